from django.db.models import QuerySet

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_to

from .models import Message

PAGE_SIZE = 50


def thread(*, viewer: User, roles: SpaceRoles) -> list[Message]:
    """The latest messages this person may see, oldest first."""
    latest: QuerySet[Message] = visible_to(
        Message.objects.select_related("author"), viewer, roles
    ).order_by("-created_at", "-pk")[:PAGE_SIZE]
    return list(reversed(latest))

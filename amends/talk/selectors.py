from django.db.models import F, QuerySet

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_or_404, visible_to

from .models import Conversation, Message, Reply

PAGE_SIZE = 50


def messages_for(*, viewer: User, roles: SpaceRoles) -> QuerySet[Message]:
    """All messages this person may see, newest first, for paginated lists (the API)."""
    return visible_to(Message.objects.select_related("author"), viewer, roles).order_by(
        "-created_at", "-pk"
    )


def thread(*, viewer: User, roles: SpaceRoles) -> list[Message]:
    """The latest messages this person may see, oldest first."""
    latest = messages_for(viewer=viewer, roles=roles)[:PAGE_SIZE]
    return list(reversed(latest))


def conversations(*, viewer: User, roles: SpaceRoles) -> list[Conversation]:
    return list(
        visible_to(Conversation.objects.select_related("author"), viewer, roles).order_by(
            "-created_at", "-pk"
        )[:PAGE_SIZE]
    )


def conversation_for(*, viewer: User, roles: SpaceRoles, conversation_id: object) -> Conversation:
    return visible_or_404(
        # The path it became is linked by its public id.
        Conversation.objects.select_related("author").annotate(breach_uid=F("breach__uid")),
        conversation_id,
        viewer,
        roles,
    )


def replies_to(*, conversation: Conversation, viewer: User, roles: SpaceRoles) -> list[Reply]:
    return list(
        visible_to(Reply.objects.filter(conversation=conversation), viewer, roles)
        .select_related("author")
        .order_by("created_at", "pk")
    )

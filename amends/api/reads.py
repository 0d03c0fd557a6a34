"""Reads the API needs that the domain apps' selectors do not offer yet. Each goes through
amends.spaces.visibility; none filters on `visibility` by hand. They belong in the
selectors.py of their app, and are here only until they move."""

from django.db.models import QuerySet

from amends.accounts.models import User
from amends.repair.models import AttemptReflection, Breach, Decision
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_to
from amends.talk.models import Message


def messages_for(*, viewer: User, roles: SpaceRoles) -> QuerySet[Message]:
    """Talk, newest first, as a queryset to paginate (talk.selectors.thread is a list of
    the latest 50, oldest first, for the page)."""
    return visible_to(Message.objects.select_related("author"), viewer, roles).order_by(
        "-created_at", "-pk"
    )


def my_decision_history(*, breach: Breach, viewer: User, roles: SpaceRoles) -> QuerySet[Decision]:
    """The hurt partner's own earlier decisions (the web page's history), newest first."""
    return (
        visible_to(Decision.objects.filter(breach=breach, author=viewer), viewer, roles)
        .select_related("author")
        .order_by("-created_at", "-pk")
    )


def my_attempt_reflections(
    *, breach: Breach, viewer: User, roles: SpaceRoles
) -> QuerySet[AttemptReflection]:
    """The viewer's own "am I refusing this to punish?" reflections on this breach."""
    return (
        visible_to(
            AttemptReflection.objects.filter(attempt__breach=breach, author=viewer), viewer, roles
        )
        .select_related("author")
        .order_by("created_at", "pk")
    )

import json
from datetime import timedelta
from typing import Any

from django.db.models import F, QuerySet
from django.utils import timezone

from amends.accounts.models import User
from amends.core.publicid import uid_or_none
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_or_404, visible_to

from .models import CoachedDraft, Conversation, Message, Reply

PAGE_SIZE = 50


def messages_for(*, viewer: User, roles: SpaceRoles) -> QuerySet[Message]:
    """All messages this person may see, newest first, for paginated lists (the API)."""
    return visible_to(Message.objects.select_related("author"), viewer, roles).order_by(
        "-created_at", "-pk"
    )


def latest_messages(*, viewer: User, roles: SpaceRoles) -> list[Message]:
    """The latest messages this person may see, oldest first."""
    latest = messages_for(viewer=viewer, roles=roles)[:PAGE_SIZE]
    return list(reversed(latest))


def conversations(*, viewer: User, roles: SpaceRoles) -> list[Conversation]:
    return list(
        visible_to(Conversation.objects.select_related("author"), viewer, roles).order_by(
            "-created_at", "-pk"
        )[:PAGE_SIZE]
    )


def conversation_or_404(
    *, viewer: User, roles: SpaceRoles, conversation_id: object
) -> Conversation:
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


def _opened(draft: CoachedDraft) -> dict[str, Any] | None:
    try:
        content = json.loads(draft.content)
    except ValueError:
        return None  # could not be opened (its key retired): as if it were not there
    if not isinstance(content, dict) or not isinstance(content.get("fields"), dict):
        return None
    return content


def draft_fields(
    *, person: User, space: Space, path: str, draft_id: object
) -> dict[str, list[str]] | None:
    """What this person wrote on this page before the coach spoke, or None: someone else's
    draft, another page's, an old one and a malformed id all look the same."""
    uid = uid_or_none(draft_id)
    if uid is None:
        return None
    since = timezone.now() - timedelta(days=1)
    draft = CoachedDraft.objects.filter(
        person=person, space=space, uid=uid, created_at__gte=since
    ).first()
    content = _opened(draft) if draft is not None else None
    if content is None or content.get("path") != path:
        return None
    return {str(k): [str(v) for v in vs] for k, vs in content["fields"].items()}

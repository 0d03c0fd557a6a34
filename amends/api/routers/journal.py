"""The journal: GET and POST /spaces/{space_id}/journal, and one entry by id."""

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from amends.journal import services
from amends.journal.models import JournalEntry
from amends.journal.selectors import journal_entries, journal_entry_or_404
from amends.spaces.visibility import changeable_or_404

from ..common import ERRORS, item, member_space
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import Item, ItemId, LongText, SpaceId, VisibilityIn

router = Router()


class JournalIn(Schema):
    text: LongText
    visibility: VisibilityIn = "private"


class JournalPatch(Schema):
    text: LongText | None = None
    visibility: VisibilityIn | None = None


class JournalOut(Item):
    text: str
    updated_at: datetime


def _out(entry: JournalEntry, me: Any) -> dict[str, Any]:
    return {**item(entry, me), "text": entry.text, "updated_at": entry.updated_at}


@router.get(
    "/spaces/{space_id}/journal",
    response={200: list[JournalOut], **ERRORS},
    operation_id="journal_list",
)
@paginate(Page)
def list_entries(request: HttpRequest, space_id: SpaceId) -> Any:
    """Your entries and those shared with you, newest first."""
    me, _, roles = member_space(request, space_id)
    return Mapped(journal_entries(viewer=me, roles=roles), lambda e: _out(e, me))


@router.post(
    "/spaces/{space_id}/journal",
    response={201: JournalOut, **ERRORS},
    operation_id="journal_create",
)
def create_entry(
    request: HttpRequest,
    space_id: SpaceId,
    payload: JournalIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Write an entry. Private unless you choose otherwise."""
    me, space, _ = member_space(request, space_id)
    entry = once(
        request,
        idempotency_key,
        lambda: services.journal_entry_create(
            space=space, by=me, text=payload.text, visibility=payload.visibility
        ),
    )
    entry.author = me
    return Status(201, _out(entry, me))


@router.get(
    "/spaces/{space_id}/journal/{entry_id}",
    response={200: JournalOut, **ERRORS},
    operation_id="journal_get",
)
def get_entry(request: HttpRequest, space_id: SpaceId, entry_id: ItemId) -> dict[str, Any]:
    me, _, roles = member_space(request, space_id)
    return _out(journal_entry_or_404(viewer=me, roles=roles, entry_id=entry_id), me)


@router.patch(
    "/spaces/{space_id}/journal/{entry_id}",
    response={200: JournalOut, **ERRORS},
    operation_id="journal_update",
)
def update_entry(
    request: HttpRequest, space_id: SpaceId, entry_id: ItemId, payload: JournalPatch
) -> dict[str, Any]:
    """Change your entry's text, or who can read it."""
    me, _, roles = member_space(request, space_id)
    entry = changeable_or_404(JournalEntry.objects.all(), entry_id, me, roles)
    entry = services.journal_entry_update(
        entry=entry, by=me, text=payload.text, visibility=payload.visibility
    )
    entry.author = me
    return _out(entry, me)


@router.delete(
    "/spaces/{space_id}/journal/{entry_id}",
    response={204: None, **ERRORS},
    operation_id="journal_delete",
)
def delete_entry(request: HttpRequest, space_id: SpaceId, entry_id: ItemId) -> Status[None]:
    me, _, roles = member_space(request, space_id)
    entry = changeable_or_404(JournalEntry.objects.all(), entry_id, me, roles)
    services.journal_entry_delete(entry=entry, by=me)
    return Status(204, None)

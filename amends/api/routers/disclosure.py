"""The account of a breach and the no-contact message (amends.disclosure).

Under /spaces/{space_id}/breaches/{breach_id}/: `account` (and its parts, the hurt partner's
choices of detail, sharing, signatures, additions told later, the timeline) and
`no-contact`. Anything the caller may not see (a draft, choices kept private) is a 404,
exactly like one that does not exist."""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from django.http import Http404, HttpRequest
from ninja import Router, Schema, Status

from amends.accounts.models import User
from amends.disclosure import selectors, services
from amends.disclosure.models import Account, DetailChoice, NoContactMessage
from amends.repair.models import Breach
from amends.repair.selectors import breach_or_404
from amends.spaces.selectors import SpaceRoles

from ..common import ERRORS, item, member_space
from ..idempotency import IdempotencyKey, once
from ..schemas import Item, ItemId, LongText, SharedVisibilityIn, SpaceId, VisibilityIn

router = Router()

B = "/spaces/{space_id}/breaches/{breach_id}"
PartKey = Literal["when", "who", "hidden", "cost", "contact", "other"]
DetailKey = Literal["outline", "should_know", "everything", "not_now"]


def _breach(
    request: HttpRequest, space_id: object, breach_id: object
) -> tuple[User, SpaceRoles, Breach]:
    me, _, roles = member_space(request, space_id)
    return me, roles, breach_or_404(viewer=me, roles=roles, breach_id=breach_id)


class AccountPartOut(Schema):
    id: UUID
    part: str
    label: str
    text: str
    created_at: datetime
    updated_at: datetime
    detail: str  # the hurt partner's choice for it, if the caller may see it ("" if not)


class AccountOut(Item):
    parts: list[AccountPartOut]
    writer_signed_at: datetime | None
    reader_signed_at: datetime | None
    signed_off: bool


class AccountDetailOut(Item):
    levels: dict[str, str]
    sexual_specifics: bool


class AccountDetailIn(Schema):
    levels: dict[PartKey, DetailKey]
    sexual_specifics: bool = False
    visibility: VisibilityIn = "private"


class AccountTextIn(Schema):
    text: LongText


class AccountShareIn(Schema):
    visibility: SharedVisibilityIn = "partner"


class AccountMomentOut(Schema):
    when: datetime
    kind: str
    title: str
    text: str
    told_later: bool


class AccountAdditionOut(Item):
    text: str
    told_later: bool


class NoContactMessageOut(Item):
    text: str
    suggestion: str
    suggested_at: datetime | None
    accepted_at: datetime | None
    sent_at: datetime | None


def _account_out(me: User, roles: SpaceRoles, breach: Breach, account: Account) -> dict[str, Any]:
    """The account as the caller sees it: each part with the hurt partner's choice of detail
    for it, if the caller may see that choice."""
    choice = selectors.detail_choice_for(breach=breach, viewer=me, roles=roles)
    return {
        **item(account, me),
        "parts": [
            {
                "id": row.written.uid,
                "part": row.key,
                "label": row.label,
                "text": row.written.text,
                "created_at": row.written.created_at,
                "updated_at": row.written.updated_at,
                "detail": row.level,
            }
            for row in selectors.part_rows(account=account, choice=choice)
            if row.written is not None
        ],
        "writer_signed_at": account.writer_signed_at,
        "reader_signed_at": account.reader_signed_at,
        "signed_off": account.signed_off,
    }


def _account_or_404(me: User, roles: SpaceRoles, breach: Breach) -> Account:
    account = selectors.account_for(breach=breach, viewer=me, roles=roles)
    if account is None:
        raise Http404("Not found.")
    return account


def _detail_out(choice: DetailChoice, me: User) -> dict[str, Any]:
    return {
        **item(choice, me),
        "levels": choice.level_map,
        "sexual_specifics": choice.sexual_specifics,
    }


def _message_out(message: NoContactMessage, me: User) -> dict[str, Any]:
    return {
        **item(message, me),
        "text": message.text,
        "suggestion": message.suggestion,
        "suggested_at": message.suggested_at,
        "accepted_at": message.accepted_at,
        "sent_at": message.sent_at,
    }


@router.get(B + "/account", response={200: AccountOut, **ERRORS}, operation_id="account_get")
def get_account(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """The account, if you wrote it or it was shared with you."""
    me, roles, breach = _breach(request, space_id, breach_id)
    return _account_out(me, roles, breach, _account_or_404(me, roles, breach))


@router.get(
    B + "/account/detail",
    response={200: AccountDetailOut, **ERRORS},
    operation_id="account_detail_get",
)
def get_detail(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """How much detail the hurt partner wants in each part, if you may see it."""
    me, roles, breach = _breach(request, space_id, breach_id)
    choice = selectors.detail_choice_for(breach=breach, viewer=me, roles=roles)
    if choice is None:
        raise Http404("Not found.")
    return _detail_out(choice, me)


@router.put(
    B + "/account/detail",
    response={200: AccountDetailOut, **ERRORS},
    operation_id="account_detail_set",
)
def set_detail(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: AccountDetailIn
) -> Any:
    """The hurt partner chooses, before reading, how much detail they want (private unless
    shared; sexual details are left out unless asked for)."""
    me, _, breach = _breach(request, space_id, breach_id)
    choice = services.detail_choose(
        breach=breach,
        by=me,
        levels={str(k): v for k, v in payload.levels.items()},
        sexual_specifics=payload.sexual_specifics,
        visibility=payload.visibility,
    )
    return _detail_out(choice, me)


@router.put(
    B + "/account/parts/{part}",
    response={200: AccountOut, **ERRORS},
    operation_id="account_part_write",
)
def write_part(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    part: PartKey,
    payload: AccountTextIn,
) -> Any:
    """Write or rewrite one part (a private draft until the account is shared)."""
    me, roles, breach = _breach(request, space_id, breach_id)
    services.account_part_write(breach=breach, by=me, part=part, text=payload.text)
    return _account_out(me, roles, breach, _account_or_404(me, roles, breach))


@router.post(
    B + "/account/share", response={200: AccountOut, **ERRORS}, operation_id="account_share"
)
def share_account(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: AccountShareIn
) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    account = services.account_share(breach=breach, by=me, visibility=payload.visibility)
    return _account_out(me, roles, breach, account)


@router.post(B + "/account/sign", response={200: AccountOut, **ERRORS}, operation_id="account_sign")
def sign_account(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """Sign the shared account off: as complete (its writer) or as read (the hurt partner)."""
    me, roles, breach = _breach(request, space_id, breach_id)
    return _account_out(me, roles, breach, services.account_sign(breach=breach, by=me))


@router.post(
    B + "/account/additions",
    response={201: AccountAdditionOut, **ERRORS},
    operation_id="account_add",
)
def add_to_account(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: AccountTextIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Something told after both signed: dated, marked told later (also in the questions)."""
    me, _, breach = _breach(request, space_id, breach_id)
    told = once(
        request,
        idempotency_key,
        lambda: services.account_add(breach=breach, by=me, text=payload.text),
    )
    told.author = me
    return Status(201, {**item(told, me), "text": told.text, "told_later": told.is_later})


@router.get(
    B + "/account/timeline",
    response={200: list[AccountMomentOut], **ERRORS},
    operation_id="account_timeline",
)
def get_timeline(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """The account in date order, as far as you may see it."""
    me, roles, breach = _breach(request, space_id, breach_id)
    return [
        {
            "when": m.when,
            "kind": m.kind,
            "title": m.title,
            "text": m.text,
            "told_later": m.told_later,
        }
        for m in selectors.timeline(breach=breach, viewer=me, roles=roles)
    ]


@router.get(
    B + "/no-contact", response={200: NoContactMessageOut, **ERRORS}, operation_id="no_contact_get"
)
def get_message(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    message = selectors.message_for(breach=breach, viewer=me, roles=roles)
    if message is None:
        raise Http404("Not found.")
    return _message_out(message, me)


@router.put(
    B + "/no-contact",
    response={200: NoContactMessageOut, **ERRORS},
    operation_id="no_contact_draft",
)
def draft_message(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: AccountTextIn
) -> Any:
    """Write or change the message (a private draft until shown). The app never sends it."""
    me, _, breach = _breach(request, space_id, breach_id)
    return _message_out(services.message_draft(breach=breach, by=me, text=payload.text), me)


@router.post(
    B + "/no-contact/show",
    response={200: NoContactMessageOut, **ERRORS},
    operation_id="no_contact_show",
)
def show_message(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: AccountShareIn
) -> Any:
    me, _, breach = _breach(request, space_id, breach_id)
    message = services.message_show(breach=breach, by=me, visibility=payload.visibility)
    return _message_out(message, me)


@router.post(
    B + "/no-contact/suggest",
    response={200: NoContactMessageOut, **ERRORS},
    operation_id="no_contact_suggest",
)
def suggest_message(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: AccountTextIn
) -> Any:
    me, _, breach = _breach(request, space_id, breach_id)
    return _message_out(services.message_suggest(breach=breach, by=me, text=payload.text), me)


@router.post(
    B + "/no-contact/accept",
    response={200: NoContactMessageOut, **ERRORS},
    operation_id="no_contact_accept",
)
def accept_suggestion(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, _, breach = _breach(request, space_id, breach_id)
    return _message_out(services.message_accept(breach=breach, by=me), me)


@router.post(
    B + "/no-contact/sent",
    response={200: NoContactMessageOut, **ERRORS},
    operation_id="no_contact_sent",
)
def record_sent(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """Record that you sent it yourself, outside the app, today."""
    me, _, breach = _breach(request, space_id, breach_id)
    return _message_out(services.message_mark_sent(breach=breach, by=me), me)

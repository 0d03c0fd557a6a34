"""The path's steps after atonement: /spaces/{space_id}/breaches/{breach_id}/afterwards.

The same selectors and services as the pages (amends.afterwards): what is returned is what
the caller may see; a closeness answer is the caller's own, and "both" is true only when
both partners said yes (never a sign of the other's "not yet")."""

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema, Status

from amends.accounts.models import User
from amends.afterwards import selectors, services
from amends.afterwards.models import Bid, Part
from amends.repair.models import Breach
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import changeable_or_404

from ..common import ERRORS, item, member_space
from ..idempotency import IdempotencyKey, once
from ..schemas import Item, ItemId, LongTextOrEmpty, ShortText, SpaceId, VisibilityIn

router = Router()

A = "/spaces/{space_id}/breaches/{breach_id}/afterwards"


def _breach(
    request: HttpRequest, space_id: object, breach_id: object
) -> tuple[User, SpaceRoles, Breach]:
    me, _, roles = member_space(request, space_id)
    return me, roles, selectors.afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)


class StepOut(Schema):
    key: str
    title: str
    status: str
    waiting_on_me: bool


class PartOut(Item):
    kind: str
    feelings: str
    realities: str
    touched: str
    own_part: str
    differently: str
    text: str
    updated_at: datetime


class BidOut(Item):
    kind: str
    text: str


class ClosenessOut(Schema):
    mine: bool | None
    both: bool


# The moments in one answer: the newest, a bounded list inside one object.
BIDS_SHOWN = 50


class AfterwardsOut(Schema):
    open: bool
    closed_reason: str
    closed_words: str
    steps: list[StepOut]
    parts: list[PartOut]
    bids: list[BidOut]
    closeness: ClosenessOut | None


class PartIn(Schema):
    kind: Literal["between_us", "vulnerable", "comfort_ask", "comfort_answer"]
    visibility: VisibilityIn = "private"
    text: LongTextOrEmpty = ""
    feelings: LongTextOrEmpty = ""
    realities: LongTextOrEmpty = ""
    touched: LongTextOrEmpty = ""
    own_part: LongTextOrEmpty = ""
    differently: LongTextOrEmpty = ""


class BidIn(Schema):
    kind: Literal["bid", "appreciation", "ritual"]
    text: ShortText
    visibility: VisibilityIn = "partner"


class ClosenessIn(Schema):
    wants: bool


def _part(p: Part, me: User) -> dict[str, Any]:
    return {
        **item(p, me),
        "kind": p.kind,
        "feelings": p.feelings,
        "realities": p.realities,
        "touched": p.touched,
        "own_part": p.own_part,
        "differently": p.differently,
        "text": p.text,
        "updated_at": p.updated_at,
    }


def _bid(b: Bid, me: User) -> dict[str, Any]:
    return {**item(b, me), "kind": b.kind, "text": b.text}


@router.get(A, response={200: AfterwardsOut, **ERRORS}, operation_id="afterwards_get")
def get_afterwards(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    """The four steps as you see them, the parts and the newest 50 moments you may read, and
    your own closeness answer."""
    me, roles, breach = _breach(request, space_id, breach_id)
    view = selectors.afterwards_for(breach=breach, viewer=me, roles=roles)
    parts = selectors.parts_for(
        breach=breach,
        viewer=me,
        roles=roles,
        kinds=("between_us", "vulnerable", "comfort_ask", "comfort_answer"),
    )
    closeness = None
    if roles.is_partner(me) and view.my_role != "professional":
        seen = selectors.closeness_for(breach=breach, viewer=me, roles=roles)
        closeness = {"mine": seen.mine, "both": seen.both}
    return {
        "open": view.open,
        "closed_reason": view.closed,
        "closed_words": view.closed_words,
        "steps": [
            {"key": s.key, "title": s.title, "status": s.status, "waiting_on_me": s.waiting_on_me}
            for s in view.steps
        ],
        "parts": [_part(p, me) for p in parts],
        "bids": [
            _bid(b, me)
            for b in list(selectors.bids_for(breach=breach, viewer=me, roles=roles))[-BIDS_SHOWN:]
        ],
        "closeness": closeness,
    }


@router.put(f"{A}/parts", response={200: PartOut, **ERRORS}, operation_id="afterwards_part_save")
def save_part(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: PartIn
) -> dict[str, Any]:
    """Write (or rewrite) your part of a step. Private is a draft; share it when ready."""
    me, _, breach = _breach(request, space_id, breach_id)
    part = services.part_save(breach=breach, by=me, **payload.dict())
    part.author = me
    return _part(part, me)


@router.post(f"{A}/bids", response={201: BidOut, **ERRORS}, operation_id="afterwards_bid_add")
def add_bid(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: BidIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, _, breach = _breach(request, space_id, breach_id)
    bid = once(
        request,
        idempotency_key,
        lambda: services.bid_add(
            breach=breach,
            by=me,
            kind=payload.kind,
            text=payload.text,
            visibility=payload.visibility,
        ),
    )
    bid.author = me
    return Status(201, _bid(bid, me))


@router.delete(
    f"{A}/bids/{{bid_id}}", response={204: None, **ERRORS}, operation_id="afterwards_bid_delete"
)
def delete_bid(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, bid_id: ItemId
) -> Status[None]:
    me, roles, breach = _breach(request, space_id, breach_id)
    bid = changeable_or_404(Bid.objects.filter(breach=breach), bid_id, me, roles)
    services.bid_delete(bid=bid, by=me)
    return Status(204, None)


@router.put(
    f"{A}/closeness", response={200: ClosenessOut, **ERRORS}, operation_id="afterwards_closeness"
)
def say_closeness(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: ClosenessIn
) -> dict[str, Any]:
    """Your private answer. Your partner never learns a "not yet"."""
    me, roles, breach = _breach(request, space_id, breach_id)
    services.closeness_say(breach=breach, by=me, wants=payload.wants)
    seen = selectors.closeness_for(breach=breach, viewer=me, roles=roles)
    return {"mine": seen.mine, "both": seen.both}

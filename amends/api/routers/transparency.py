"""Being open (transparency offers): the same services and selectors as the web pages.

Partners only: to anyone else every call is the same 404 as a space that does not exist. A
draft is read only by its author; "I feel pressured" only by whoever said it, and it is
never part of what the other partner's calls return."""

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.spaces.selectors import SpaceRoles
from amends.transparency import selectors, services
from amends.transparency.models import Offer

from ..common import ERRORS, item, partner_space, person
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import Item, ItemId, LongTextOrEmpty, Person, ShortText, SpaceId

router = Router()


class OfferIn(Schema):
    act: ShortText
    review_on: date


class ReviewIn(Schema):
    review_on: date


class PressureIn(Schema):
    note: LongTextOrEmpty = ""


class OfferOut(Item):
    act: str
    review_on: date | None
    state: str
    ending: str
    renewals: int
    offered_at: datetime | None
    answered_at: datetime | None
    ended_at: datetime | None
    ended_by: Person | None
    proposed_review_on: date | None
    proposed_by: Person | None
    # Only ever about the caller: whether they said they feel pressured into it.
    i_feel_pressured: bool


def _out(offer: Offer, me: User, pressured: set[int]) -> dict[str, Any]:
    return {
        **item(offer, me),
        "act": offer.act,
        "review_on": offer.review_on or None,
        "state": offer.state,
        "ending": offer.ending,
        "renewals": offer.renewals,
        "offered_at": offer.offered_at,
        "answered_at": offer.answered_at,
        "ended_at": offer.ended_at,
        "ended_by": person(offer.ended_by),
        "proposed_review_on": offer.proposed_review_on or None,
        "proposed_by": person(offer.proposed_by),
        "i_feel_pressured": offer.pk in pressured,
    }


def _offer(
    request: HttpRequest, space_id: object, offer_id: object
) -> tuple[User, Offer, SpaceRoles]:
    me, _, roles = partner_space(request, space_id)
    return me, selectors.offer_or_404(viewer=me, roles=roles, offer_id=offer_id), roles


def _answer(me: User, offer: Offer, roles: SpaceRoles) -> dict[str, Any]:
    fresh = selectors.offer_or_404(viewer=me, roles=roles, offer_id=offer.uid)
    return _out(fresh, me, set(selectors.my_pressure(viewer=me, roles=roles)))


@router.get(
    "/spaces/{space_id}/transparency",
    response={200: list[OfferOut], **ERRORS},
    operation_id="transparency_list",
)
@paginate(Page)
def list_offers(request: HttpRequest, space_id: SpaceId) -> Any:
    """Your offers (drafts included) and those offered to you, oldest first."""
    me, _, roles = partner_space(request, space_id)
    pressured = set(selectors.my_pressure(viewer=me, roles=roles))
    return Mapped(selectors.offers(viewer=me, roles=roles), lambda o: _out(o, me, pressured))


@router.post(
    "/spaces/{space_id}/transparency",
    response={201: OfferOut, **ERRORS},
    operation_id="transparency_draft",
)
def draft_offer(
    request: HttpRequest,
    space_id: SpaceId,
    payload: OfferIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Write an offer down, privately. Nothing is offered until you offer it."""
    me, space, roles = partner_space(request, space_id)
    offer = once(
        request,
        idempotency_key,
        lambda: services.offer_draft(
            space=space, by=me, act=payload.act, review_on=payload.review_on
        ),
    )
    return Status(201, _answer(me, offer, roles))


@router.get(
    "/spaces/{space_id}/transparency/{offer_id}",
    response={200: OfferOut, **ERRORS},
    operation_id="transparency_get",
)
def get_offer(request: HttpRequest, space_id: SpaceId, offer_id: ItemId) -> dict[str, Any]:
    me, offer, roles = _offer(request, space_id, offer_id)
    return _answer(me, offer, roles)


@router.patch(
    "/spaces/{space_id}/transparency/{offer_id}",
    response={200: OfferOut, **ERRORS},
    operation_id="transparency_update",
)
def update_offer(
    request: HttpRequest, space_id: SpaceId, offer_id: ItemId, payload: OfferIn
) -> dict[str, Any]:
    """Change a draft (once offered, it stays as it was offered)."""
    me, offer, roles = _offer(request, space_id, offer_id)
    services.offer_update(offer=offer, by=me, act=payload.act, review_on=payload.review_on)
    return _answer(me, offer, roles)


@router.delete(
    "/spaces/{space_id}/transparency/{offer_id}",
    response={204: None, **ERRORS},
    operation_id="transparency_delete",
)
def delete_offer(request: HttpRequest, space_id: SpaceId, offer_id: ItemId) -> Status[None]:
    me, offer, _ = _offer(request, space_id, offer_id)
    services.offer_delete(offer=offer, by=me)
    return Status(204, None)


def _step(name: str, doc: str, act: Any) -> None:
    """POST /spaces/{space_id}/transparency/{offer_id}/<name>: one step, no body."""

    def step(request: HttpRequest, space_id: SpaceId, offer_id: ItemId) -> dict[str, Any]:
        me, offer, roles = _offer(request, space_id, offer_id)
        act(offer, me)
        return _answer(me, offer, roles)

    step.__doc__ = doc
    step.__name__ = f"transparency_{name}"
    router.post(
        f"/spaces/{{space_id}}/transparency/{{offer_id}}/{name}",
        response={200: OfferOut, **ERRORS},
        operation_id=f"transparency_{name}",
    )(step)


_step(
    "offer", "Offer your draft to your partner.", lambda o, me: services.offer_make(offer=o, by=me)
)
_step(
    "withdraw",
    "Take back your offer before it is answered (your partner sees that you did).",
    lambda o, me: services.offer_withdraw(offer=o, by=me),
)
_step(
    "accept",
    "Take up the offer your partner made you.",
    lambda o, me: services.offer_answer(offer=o, by=me, accept=True),
)
_step(
    "not_needed",
    "Thank your partner: the offer is not needed.",
    lambda o, me: services.offer_answer(offer=o, by=me, accept=False),
)
_step(
    "release",
    "Release your partner from their offer, at any time.",
    lambda o, me: services.offer_release(offer=o, by=me),
)
_step(
    "agree",
    "Agree to the new review day your partner suggested.",
    lambda o, me: services.review_agree(offer=o, by=me),
)
_step(
    "wind_down",
    "At or after its review day: let it end.",
    lambda o, me: services.offer_wind_down(offer=o, by=me),
)


@router.post(
    "/spaces/{space_id}/transparency/{offer_id}/review",
    response={200: OfferOut, **ERRORS},
    operation_id="transparency_review_propose",
)
def propose_review(
    request: HttpRequest, space_id: SpaceId, offer_id: ItemId, payload: ReviewIn
) -> dict[str, Any]:
    """Suggest keeping it going until a new day; your partner is asked to agree."""
    me, offer, roles = _offer(request, space_id, offer_id)
    services.review_propose(offer=offer, by=me, review_on=payload.review_on)
    return _answer(me, offer, roles)


@router.put(
    "/spaces/{space_id}/transparency/{offer_id}/pressure",
    response={200: OfferOut, **ERRORS},
    operation_id="transparency_pressure_say",
)
def say_pressured(
    request: HttpRequest, space_id: SpaceId, offer_id: ItemId, payload: PressureIn
) -> dict[str, Any]:
    """Say, privately, that you feel pressured into this. Nobody else is told."""
    me, offer, roles = _offer(request, space_id, offer_id)
    services.pressure_note(offer=offer, by=me, note=payload.note)
    return _answer(me, offer, roles)


@router.delete(
    "/spaces/{space_id}/transparency/{offer_id}/pressure",
    response={200: OfferOut, **ERRORS},
    operation_id="transparency_pressure_take_back",
)
def take_back_pressured(
    request: HttpRequest, space_id: SpaceId, offer_id: ItemId
) -> dict[str, Any]:
    me, offer, roles = _offer(request, space_id, offer_id)
    pressure = selectors.my_pressure(viewer=me, roles=roles).get(offer.pk)
    if pressure is None:
        raise ActionRefused("There is nothing to take back.", code="conflict")
    services.pressure_take_back(pressure=pressure, by=me)
    return _answer(me, offer, roles)

"""Check-ins, progress figures and the export: the same selectors as the web pages."""

from datetime import date
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.pagination import paginate
from pydantic import Field

from amends.accounts import audit
from amends.accounts.export import export_document
from amends.checkins import services
from amends.checkins.models import MEASURE_KEYS, CheckIn
from amends.checkins.selectors import (
    checkin_trends_visible_to,
    my_checkins,
    stuck_signal_for,
)

from ..auth import caller
from ..common import ERRORS, item, member_space, partner_space
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import Item, ShortTextOrEmpty, SpaceId, VisibilityIn

router = Router()


class Scores(Schema):
    trust_partner: int = Field(ge=1, le=7)
    safe: int = Field(ge=1, le=7)
    avoid_urge: int = Field(ge=1, le=7)
    get_even_urge: int = Field(ge=1, le=7)
    goodwill: int = Field(ge=1, le=7)
    satisfaction: int = Field(ge=1, le=7)
    self_trust: int = Field(ge=1, le=7)


class CheckInIn(Schema):
    week: date
    scores: Scores
    note: ShortTextOrEmpty = ""
    visibility: VisibilityIn = "private"


class CheckInOut(Item):
    week: date
    scores: Scores
    note: str


class WeekOut(Schema):
    week: date
    scores: Scores


class TrendOut(Schema):
    person_id: UUID
    weeks: list[WeekOut]


class ProgressOut(Schema):
    mine: TrendOut
    partner: TrendOut | None
    stuck: bool
    stuck_reasons: list[str]


class SharingIn(Schema):
    visibility: VisibilityIn


def _out(checkin: CheckIn, me: Any) -> dict[str, Any]:
    return {
        **item(checkin, me),
        "week": checkin.week,
        "scores": {k: getattr(checkin, k) for k in MEASURE_KEYS},
        "note": checkin.note,
    }


def _trend(trends: Any) -> dict[str, Any]:
    return {
        "person_id": trends.person.uid,
        "weeks": [{"week": r.week, "scores": r.scores} for r in trends.rows],
    }


@router.get(
    "/spaces/{space_id}/checkins",
    response={200: list[CheckInOut], **ERRORS},
    operation_id="checkins_list",
)
@paginate(Page)
def list_checkins(request: HttpRequest, space_id: SpaceId) -> Any:
    """Your own weekly check-ins, newest first."""
    me, _, roles = partner_space(request, space_id)
    return Mapped(my_checkins(viewer=me, roles=roles).order_by("-week"), lambda c: _out(c, me))


@router.post(
    "/spaces/{space_id}/checkins",
    response={201: CheckInOut, **ERRORS},
    operation_id="checkins_create",
)
def create_checkin(
    request: HttpRequest,
    space_id: SpaceId,
    payload: CheckInIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """This week's check-in (or a missed earlier week). One per week."""
    me, space, _ = member_space(request, space_id)
    checkin = once(
        request,
        idempotency_key,
        lambda: services.checkin_record(
            space=space,
            by=me,
            week=payload.week,
            scores=payload.scores.dict(),
            note=payload.note,
            visibility=payload.visibility,
        ),
    )
    checkin.author = me
    return Status(201, _out(checkin, me))


@router.put(
    "/spaces/{space_id}/checkins/sharing",
    response={200: SharingIn, **ERRORS},
    operation_id="checkins_sharing_set",
)
def set_sharing(request: HttpRequest, space_id: SpaceId, payload: SharingIn) -> dict[str, str]:
    """Who may see your check-in numbers (never your notes)."""
    me, space, _ = member_space(request, space_id)
    sharing = services.checkin_sharing_set(space=space, by=me, visibility=payload.visibility)
    return {"visibility": sharing.visibility}


@router.get(
    "/spaces/{space_id}/progress",
    response={200: ProgressOut, **ERRORS},
    operation_id="progress_get",
)
def progress(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Your trends, your partner's only if they shared them, and the stuck signal (yours)."""
    me, _, roles = partner_space(request, space_id)
    mine = checkin_trends_visible_to(viewer=me, roles=roles, person=me)
    partner = roles.partner_of(me)
    theirs = checkin_trends_visible_to(viewer=me, roles=roles, person=partner) if partner else None
    signal = stuck_signal_for(viewer=me, roles=roles)
    return {
        "mine": _trend(mine) if mine else {"person_id": me.uid, "weeks": []},
        "partner": _trend(theirs) if theirs else None,
        "stuck": signal.stuck,
        "stuck_reasons": signal.reasons if signal.stuck else [],
    }


@router.get("/me/export", response={200: dict[str, Any], **ERRORS}, operation_id="me_export")
def export(request: HttpRequest) -> dict[str, Any]:
    """Everything you wrote, as JSON: only your own words, decrypted for you."""
    me = caller(request)
    audit.record("export", user=me)
    return export_document(user=me)

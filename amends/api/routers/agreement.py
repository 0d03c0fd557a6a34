"""Our agreement: blind answers, the side-by-side reveal, and the signed, versioned text.

Partners only: anyone else gets the usual 404 (amends.agreement.selectors.partner_or_404).
Who may read a rating is decided by amends.agreement.selectors, nowhere here.
"""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from amends.accounts.models import User
from amends.agreement import selectors, services
from amends.agreement.models import AgreementVersion, Behaviour, Stance
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from ..common import ERRORS, member_space, person
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import (
    ItemId,
    LongText,
    LongTextOrEmpty,
    Person,
    PublicIdIn,
    ShortText,
    ShortTextOrEmpty,
    SpaceId,
)

router = Router()

A = "/spaces/{space_id}/agreement"
BehaviourId = PublicIdIn
MAX_ITEMS = 1000


def _partner_space(request: HttpRequest, space_id: object) -> tuple[User, Space, SpaceRoles]:
    me, space, roles = member_space(request, space_id)
    selectors.partner_or_404(viewer=me, roles=roles)
    return me, space, roles


class RoundOut(Schema):
    number: int
    is_open: bool
    answered: int = Field(description="How many you have answered (yours only).")
    total: int
    finished: bool


class AgreementOut(Schema):
    round: RoundOut
    revealed_round: int | None
    signed_version_id: UUID | None
    open_version_id: UUID | None
    has_versions: bool


class BehaviourOut(Schema):
    id: UUID
    group: str
    wording: str
    custom: bool
    my_answer: str = Field(description="Your answer in the open round, or ''.")


class BehaviourIn(Schema):
    wording: ShortText
    group: Annotated[str, Field(max_length=20)]


class RatingIn(Schema):
    behaviour_id: BehaviourId
    stance: Stance


class RatingsIn(Schema):
    answers: list[RatingIn] = Field(min_length=1, max_length=MAX_ITEMS)


class RatingsOut(Schema):
    saved: int
    revealed: bool


class RevealRowOut(Schema):
    behaviour_id: UUID
    wording: str
    mine: str
    theirs: str
    kind: str
    gap: int
    prompt: str


class RevealOut(Schema):
    round: int | None
    rows: list[RevealRowOut]


class VersionSummary(Schema):
    id: UUID
    number: int
    status: str
    created_at: datetime
    updated_at: datetime
    signed_at: datetime | None


class TermOut(Schema):
    behaviour_id: UUID
    wording: str
    group: str
    stance: str
    note: str
    changed: bool
    was: str


class NoteOut(Schema):
    id: UUID
    author: Person
    text: str
    created_at: datetime


class VersionOut(VersionSummary):
    summary: str
    based_on_id: UUID | None
    terms: list[TermOut]
    changes: list[TermOut]
    signed_by: list[UUID]
    signed_by_me: bool
    notes: list[NoteOut]


class TermIn(Schema):
    behaviour_id: BehaviourId
    stance: Stance | None = None
    note: ShortTextOrEmpty = ""


class DraftIn(Schema):
    terms: list[TermIn] = Field(max_length=MAX_ITEMS)
    summary: LongTextOrEmpty = ""


class DraftOut(Schema):
    version: VersionOut
    signatures_cleared: bool


class NoteIn(Schema):
    text: LongText


def _round_out(state: selectors.RoundState) -> dict[str, Any]:
    return {
        "number": state.number,
        "is_open": state.is_open,
        "answered": state.answered,
        "total": state.total,
        "finished": state.finished,
    }


def _behaviour_out(b: Behaviour, answers: dict[int, str]) -> dict[str, Any]:
    return {
        "id": b.uid,
        "group": b.group,
        "wording": b.wording,
        "custom": b.is_custom,
        "my_answer": answers.get(b.pk, ""),
    }


def _summary(v: AgreementVersion) -> dict[str, Any]:
    return {
        "id": v.uid,
        "number": v.number,
        "status": v.status,
        "created_at": v.created_at,
        "updated_at": v.updated_at,
        "signed_at": v.signed_at,
    }


def _term(row: selectors.TermRow) -> dict[str, Any]:
    return {
        "behaviour_id": row.behaviour.uid,
        "wording": row.behaviour.wording,
        "group": row.behaviour.group,
        "stance": row.stance,
        "note": row.note,
        "changed": row.changed,
        "was": row.was,
    }


def _version_out(me: User, roles: SpaceRoles, version: AgreementVersion) -> dict[str, Any]:
    page = selectors.version_page(viewer=me, roles=roles, version=version)
    return {
        **_summary(version),
        "summary": version.summary,
        "based_on_id": version.based_on.uid if version.based_on else None,
        "terms": [_term(r) for _, rows in page.groups for r in rows],
        "changes": [_term(r) for r in page.changes],
        "signed_by": [s.partner.uid for s in page.signers],
        "signed_by_me": page.signed_by_me,
        "notes": [
            {"id": n.uid, "author": person(n.author), "text": n.text, "created_at": n.created_at}
            for n in page.notes
        ],
    }


@router.get(A, response={200: AgreementOut, **ERRORS}, operation_id="agreement_get")
def get_agreement(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Where you are: the round (your own progress only) and the written agreement."""
    me, _, roles = _partner_space(request, space_id)
    state = selectors.round_state(viewer=me, roles=roles)
    signed = selectors.current_signed_version(roles=roles)
    open_version = selectors.open_version(roles=roles)
    return {
        "round": _round_out(state),
        "revealed_round": state.revealed_round.number if state.revealed_round else None,
        "signed_version_id": signed.uid if signed else None,
        "open_version_id": open_version.uid if open_version else None,
        "has_versions": selectors.has_versions(viewer=me, roles=roles),
    }


@router.get(
    A + "/behaviours",
    response={200: list[BehaviourOut], **ERRORS},
    operation_id="agreement_behaviour_list",
)
@paginate(Page)
def list_behaviours(request: HttpRequest, space_id: SpaceId) -> Any:
    """Every behaviour you are both asked about, in order, with your own answer."""
    me, space, roles = _partner_space(request, space_id)
    answers = selectors.my_answers(viewer=me, roles=roles)
    return Mapped(
        selectors.space_behaviours(space=space, roles=roles), lambda b: _behaviour_out(b, answers)
    )


@router.post(
    A + "/behaviours",
    response={201: BehaviourOut, **ERRORS},
    operation_id="agreement_behaviour_add",
)
def add_behaviour(
    request: HttpRequest,
    space_id: SpaceId,
    payload: BehaviourIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """A question of your own; both of you will be asked it."""
    me, space, _ = _partner_space(request, space_id)
    behaviour = once(
        request,
        idempotency_key,
        lambda: services.custom_behaviour_add(
            space=space, by=me, wording=payload.wording, group=payload.group
        ),
    )
    return Status(201, _behaviour_out(behaviour, {}))


@router.put(
    A + "/answers", response={200: RatingsOut, **ERRORS}, operation_id="agreement_answers_set"
)
def set_answers(request: HttpRequest, space_id: SpaceId, payload: RatingsIn) -> dict[str, Any]:
    """Save some of your own answers, all or nothing. Nothing is shown to your partner until
    you have both answered everything."""
    me, space, _ = _partner_space(request, space_id)
    saved = services.ratings_set(
        space=space, partner=me, ratings={a.behaviour_id: a.stance for a in payload.answers}
    )
    return {"saved": saved.saved, "revealed": saved.revealed}


@router.post(
    A + "/rounds", response={201: RoundOut, **ERRORS}, operation_id="agreement_round_start"
)
def start_round(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[dict[str, Any]]:
    """Answer again, blind, after a round was revealed."""
    me, space, roles = _partner_space(request, space_id)
    once(request, idempotency_key, lambda: services.round_start(space=space, by=me))
    return Status(201, _round_out(selectors.round_state(viewer=me, roles=roles)))


@router.get(A + "/reveal", response={200: RevealOut, **ERRORS}, operation_id="agreement_reveal")
def get_reveal(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Both answers side by side, once both of you answered everything (else no rows)."""
    me, _, roles = _partner_space(request, space_id)
    reveal = selectors.reveal_for(viewer=me, roles=roles)
    if reveal is None:
        return {"round": None, "rows": []}
    return {
        "round": reveal.round.number,
        "rows": [
            {
                "behaviour_id": r.behaviour.uid,
                "wording": r.behaviour.wording,
                "mine": r.mine,
                "theirs": r.theirs,
                "kind": r.kind,
                "gap": r.gap,
                "prompt": r.prompt,
            }
            for r in reveal.rows
        ],
    }


@router.get(
    A + "/versions",
    response={200: list[VersionSummary], **ERRORS},
    operation_id="agreement_version_list",
)
@paginate(Page)
def list_versions(request: HttpRequest, space_id: SpaceId) -> Any:
    me, _, roles = _partner_space(request, space_id)
    return Mapped(selectors.version_history(viewer=me, roles=roles), _summary)


@router.post(
    A + "/versions",
    response={201: VersionOut, **ERRORS},
    operation_id="agreement_draft_start",
)
def start_draft(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[dict[str, Any]]:
    """A new version to write in: the first draft, or a proposed revision of the signed one."""
    me, space, roles = _partner_space(request, space_id)
    version = once(
        request, idempotency_key, lambda: services.agreement_draft_start(space=space, by=me)
    )
    return Status(201, _version_out(me, roles, version))


def _version(
    request: HttpRequest, space_id: object, version_id: object
) -> tuple[User, SpaceRoles, AgreementVersion]:
    me, _, roles = member_space(request, space_id)
    return me, roles, selectors.version_or_404(viewer=me, roles=roles, version_id=version_id)


@router.get(
    A + "/versions/{version_id}",
    response={200: VersionOut, **ERRORS},
    operation_id="agreement_version_get",
)
def get_version(request: HttpRequest, space_id: SpaceId, version_id: ItemId) -> dict[str, Any]:
    me, roles, version = _version(request, space_id, version_id)
    return _version_out(me, roles, version)


@router.put(
    A + "/versions/{version_id}",
    response={200: DraftOut, **ERRORS},
    operation_id="agreement_draft_save",
)
def save_draft(
    request: HttpRequest, space_id: SpaceId, version_id: ItemId, payload: DraftIn
) -> dict[str, Any]:
    """Replace what an open version says. Clears any signature already on it."""
    me, roles, version = _version(request, space_id, version_id)
    saved = services.agreement_draft_save(
        version=version,
        by=me,
        terms={t.behaviour_id: (t.stance or "", t.note) for t in payload.terms},
        summary=payload.summary,
    )
    return {
        "version": _version_out(me, roles, saved.version),
        "signatures_cleared": saved.signatures_cleared,
    }


@router.post(
    A + "/versions/{version_id}/sign",
    response={200: VersionOut, **ERRORS},
    operation_id="agreement_sign",
)
def sign_version(request: HttpRequest, space_id: SpaceId, version_id: ItemId) -> dict[str, Any]:
    me, roles, version = _version(request, space_id, version_id)
    return _version_out(me, roles, services.agreement_sign(version=version, by=me))


@router.post(
    A + "/versions/{version_id}/notes",
    response={201: VersionOut, **ERRORS},
    operation_id="agreement_note_add",
)
def add_note(
    request: HttpRequest,
    space_id: SpaceId,
    version_id: ItemId,
    payload: NoteIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """A note to your partner about an open version."""
    me, roles, version = _version(request, space_id, version_id)
    once(
        request,
        idempotency_key,
        lambda: services.agreement_note_add(version=version, by=me, text=payload.text),
    )
    return Status(201, _version_out(me, roles, version))


@router.post(
    A + "/versions/{version_id}/set-aside",
    response={200: VersionOut, **ERRORS},
    operation_id="agreement_set_aside",
)
def set_aside(request: HttpRequest, space_id: SpaceId, version_id: ItemId) -> dict[str, Any]:
    me, roles, version = _version(request, space_id, version_id)
    return _version_out(me, roles, services.agreement_set_aside(version=version, by=me))

"""Our agreement: blind answers, the side-by-side reveal, and the signed, versioned text.

Partners only: anyone else gets the usual 404 (amends.spaces.selectors.partner_or_404).
Who may read a rating is decided by amends.agreement.selectors, nowhere here.
"""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from amends.accounts.models import User
from amends.agreement import selectors, services
from amends.agreement.models import AgreementVersion, Behaviour
from amends.spaces.selectors import SpaceRoles

from ..common import ERRORS, member_space, partner_space
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import ItemId, SpaceId
from ..schemas.agreement import (
    AgreementOut,
    BehaviourIn,
    BehaviourOut,
    DraftIn,
    DraftOut,
    NoteIn,
    RatingsIn,
    RatingsOut,
    RevealOut,
    RoundOut,
    VersionOut,
    VersionSummary,
)

router = Router()

A = "/spaces/{space_id}/agreement"


def _answered(behaviour: Behaviour, answers: dict[int, str]) -> Behaviour:
    behaviour.my_answer = answers.get(behaviour.pk, "")  # type: ignore[attr-defined]
    return behaviour


def _page(me: User, roles: SpaceRoles, version: AgreementVersion) -> selectors.VersionPage:
    return selectors.version_page(viewer=me, roles=roles, version=version)


@router.get(A, response={200: AgreementOut, **ERRORS}, operation_id="agreement_get")
def get_agreement(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Where you are: the round (your own progress only) and the written agreement."""
    me, _, roles = partner_space(request, space_id)
    state = selectors.round_state(viewer=me, roles=roles)
    signed = selectors.current_signed_version(roles=roles)
    open_version = selectors.open_version(roles=roles)
    return {
        "round": state,
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
    me, space, roles = partner_space(request, space_id)
    answers = selectors.my_answers(viewer=me, roles=roles)
    return Mapped(
        selectors.space_behaviours(space=space, roles=roles), lambda b: _answered(b, answers)
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
) -> Status[Any]:
    """A question of your own; both of you will be asked it."""
    me, space, _ = partner_space(request, space_id)
    behaviour = once(
        request,
        idempotency_key,
        services.custom_behaviour_add,
        space=space,
        by=me,
        **payload.dict(),
    )
    return Status(201, behaviour)


@router.put(
    A + "/answers", response={200: RatingsOut, **ERRORS}, operation_id="agreement_answers_set"
)
def set_answers(request: HttpRequest, space_id: SpaceId, payload: RatingsIn) -> Any:
    """Save some of your own answers, all or nothing. Nothing is shown to your partner until
    you have both answered everything."""
    me, space, _ = partner_space(request, space_id)
    saved = services.ratings_set(
        space=space, by=me, ratings={a.behaviour_id: a.stance for a in payload.answers}
    )
    return saved


@router.post(
    A + "/rounds", response={201: RoundOut, **ERRORS}, operation_id="agreement_round_start"
)
def start_round(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[Any]:
    """Answer again, blind, after a round was revealed."""
    me, space, roles = partner_space(request, space_id)
    once(request, idempotency_key, services.round_start, space=space, by=me)
    return Status(201, selectors.round_state(viewer=me, roles=roles))


@router.get(A + "/reveal", response={200: RevealOut, **ERRORS}, operation_id="agreement_reveal")
def get_reveal(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Both answers side by side, once both of you answered everything (else no rows)."""
    me, _, roles = partner_space(request, space_id)
    reveal = selectors.reveal_for(viewer=me, roles=roles)
    if reveal is None:
        return {"round": None, "rows": []}
    return {"round": reveal.round.number, "rows": reveal.rows}


@router.get(
    A + "/versions",
    response={200: list[VersionSummary], **ERRORS},
    operation_id="agreement_version_list",
)
@paginate(Page)
def list_versions(request: HttpRequest, space_id: SpaceId) -> Any:
    me, _, roles = partner_space(request, space_id)
    return selectors.version_history(viewer=me, roles=roles)


@router.post(
    A + "/versions",
    response={201: VersionOut, **ERRORS},
    operation_id="agreement_draft_start",
)
def start_draft(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[Any]:
    """A new version to write in: the first draft, or a proposed revision of the signed one."""
    me, space, roles = partner_space(request, space_id)
    version = once(request, idempotency_key, services.agreement_draft_start, space=space, by=me)
    return Status(201, _page(me, roles, version))


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
def get_version(request: HttpRequest, space_id: SpaceId, version_id: ItemId) -> Any:
    me, roles, version = _version(request, space_id, version_id)
    return _page(me, roles, version)


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
        "version": _page(me, roles, saved.version),
        "signatures_cleared": saved.signatures_cleared,
    }


@router.post(
    A + "/versions/{version_id}/sign",
    response={200: VersionOut, **ERRORS},
    operation_id="agreement_sign",
)
def sign_version(request: HttpRequest, space_id: SpaceId, version_id: ItemId) -> Any:
    me, roles, version = _version(request, space_id, version_id)
    return _page(me, roles, services.agreement_sign(version=version, by=me))


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
) -> Status[Any]:
    """A note to your partner about an open version."""
    me, roles, version = _version(request, space_id, version_id)
    once(
        request,
        idempotency_key,
        services.agreement_note_add,
        version=version,
        by=me,
        **payload.dict(),
    )
    return Status(201, _page(me, roles, version))


@router.post(
    A + "/versions/{version_id}/set-aside",
    response={200: VersionOut, **ERRORS},
    operation_id="agreement_set_aside",
)
def set_aside(request: HttpRequest, space_id: SpaceId, version_id: ItemId) -> Any:
    me, roles, version = _version(request, space_id, version_id)
    return _page(me, roles, services.agreement_set_aside(version=version, by=me))

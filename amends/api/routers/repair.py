"""Breaches and every step of the repair path, the safety screen and promises.

Reads are amends.repair.selectors (through visibility); writes are amends.repair.services,
which decide who may take which step and when, and take the validated input as it came.
Items named in a path are fetched with visible_or_404, so another person's private item is
a 404, exactly like a missing one. Answers are the objects themselves, read by the shapes
in amends.api.schemas.repair.
"""

from collections.abc import Callable
from typing import Any

from django.db.models import F, Model
from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from amends.repair import selectors, services
from amends.repair.models import (
    AccountabilityStatement,
    Breach,
    Commitment,
    Disclosure,
    ImpactStatement,
    OutcomeStatement,
    Promise,
    Question,
    Reflection,
    RepairAttempt,
)
from amends.spaces.visibility import changeable_or_404

from ..common import ERRORS, member_space
from ..idempotency import IdempotencyKey, once
from ..pagination import Page
from ..schemas import ItemId, SpaceId
from ..schemas import repair as shapes
from ..steps import OnBreach, StepRoutes

router = Router()

B = "/spaces/{space_id}/breaches/{breach_id}"


_DOCS = {
    "reflection_write": "Honest with yourself first: private unless you choose to share it.",
    "statement_list": "Every version of the accountability statement, newest first, with its "
    "answer.",
    "disclosure_add": "Something the injuring partner tells of their own accord.",
    "impact_write": 'The hurt partner: "this really deeply hurt me", safely.',
    "promise_list": "Promises with each partner's record of kept or broken, over time, and the "
    "days both agree it was kept.",
    "decision_set": "The hurt partner's decision, theirs alone. Private unless they share it.",
    "forgiveness_give": "A conscious, written forgiveness, by the hurt partner, if and when it "
    "is true.",
    "statement_respond": 'The hurt partner: "this feels complete", or what is missing.',
    "attempt_acknowledge": "The hurt partner: accept, not ready yet, or decline.",
    "attempt_reflect": "Private, always.",
    "promise_mark": "Record your view of one occurrence: kept or broken. A later mark replaces "
    "yours.",
    "questions_close": 'The hurt partner: "no more questions for now".',
    "outcome_record": "Where you stand: recommit, or part with respect. The app never decides "
    "between them.",
}

# The steps whose items are listed (GET, `<noun>_list`) and added (POST, the service's name)
# the same way: path, the rows listed, the answer's shape, the input's shape, the service.
_STEPS: list[tuple[str, type[Model] | None, Any, Any, Callable[..., Any]]] = [
    ("/commitments", Commitment, shapes.TextOut, shapes.SharedTextIn, services.commitment_make),
    (
        "/reflections",
        Reflection,
        shapes.ReflectionOut,
        shapes.ReflectionIn,
        services.reflection_write,
    ),
    (
        "/statements",
        AccountabilityStatement,
        shapes.StatementOut,
        shapes.VersionedIn,
        services.statement_write,
    ),
    ("/questions", Question, shapes.QuestionOut, shapes.SharedTextIn, services.question_ask),
    (
        "/disclosures",
        Disclosure,
        shapes.DisclosureOut,
        shapes.SharedTextIn,
        services.disclosure_add,
    ),
    ("/impact", ImpactStatement, shapes.ImpactOut, shapes.VersionedIn, services.impact_write),
    ("/attempts", RepairAttempt, shapes.AttemptOut, shapes.AttemptIn, services.attempt_offer),
    ("/promises", Promise, shapes.PromiseOut, shapes.PromiseIn, services.promise_make),
    ("/decision", None, shapes.DecisionOut, shapes.DecisionIn, services.decision_set),
    ("/forgiveness", None, shapes.TextOut, shapes.ForgivenessIn, services.forgiveness_give),
    ("/outcomes", OutcomeStatement, shapes.OutcomeOut, shapes.OutcomeIn, services.outcome_record),
]


steps = StepRoutes(router, B, _DOCS)
for _path, _model, _out, _in, _service in _STEPS:
    if _model is not None:
        steps.listing(_path, _model, _out, _service.__name__.split("_")[0] + "_list")
    steps.adding(_path, _in, _out, _service)
steps.on_breach("/questions/close", services.questions_close, shapes.BreachOut)
steps.on_breach("/questions/reopen", services.questions_reopen, shapes.BreachOut)
steps.on_breach(
    "/disclosures/complete",
    services.disclosure_declare_complete,
    shapes.BreachOut,
    op="disclosure_complete",
    name="declare_disclosure_complete",
)
steps.on_item(
    "/questions/{question_id}/answer",
    Question,
    services.question_answer,
    shapes.AnswerIn,
    shapes.QuestionOut,
)
steps.on_item(
    "/questions/{question_id}/withdraw",
    Question,
    services.question_withdraw,
    None,
    shapes.QuestionOut,
)
steps.on_item(
    "/statements/{statement_id}/response",
    AccountabilityStatement,
    services.statement_respond,
    shapes.ResponseIn,
    shapes.StatementOut,
    status=201,
    replayable=True,
    name="respond_to_statement",
)
steps.on_item(
    "/attempts/{attempt_id}/acknowledgement",
    RepairAttempt,
    services.attempt_acknowledge,
    shapes.AcknowledgeIn,
    shapes.AttemptOut,
)
steps.on_item(
    "/attempts/{attempt_id}/reflections",
    RepairAttempt,
    services.attempt_reflect,
    shapes.PrivateTextIn,
    shapes.AttemptReflectionOut,
    status=201,
    replayable=True,
    answer_made=True,
    name="reflect_on_attempt",
)
steps.on_item(
    "/promises/{promise_id}/marks",
    Promise,
    services.promise_mark,
    shapes.MarkIn,
    shapes.PromiseOut,
    status=201,
)


# Breaches ------------------------------------------------------------------------------------


@router.get(
    "/spaces/{space_id}/breaches",
    response={200: list[shapes.BreachOut], **ERRORS},
    operation_id="breach_list",
)
@paginate(Page)
def list_breaches(request: HttpRequest, space_id: SpaceId) -> Any:
    me, _, roles = member_space(request, space_id)
    return selectors.breaches_for(viewer=me, roles=roles).select_related("author", "recorded_by")


@router.post(
    "/spaces/{space_id}/breaches",
    response={201: shapes.BreachOut, **ERRORS},
    operation_id="breach_record",
)
def record_breach(
    request: HttpRequest,
    space_id: SpaceId,
    payload: shapes.BreachIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[Any]:
    """Record a hurt, or tell something you did. Written for both partners."""
    me, space, _ = member_space(request, space_id)
    breach = once(
        request, idempotency_key, services.breach_record, space=space, by=me, **payload.dict()
    )
    return Status(201, breach)


@router.get(B, response={200: shapes.BreachDetail, **ERRORS}, operation_id="breach_get")
def get_breach(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Breach:
    """The breach and its path as you see it: each step, whether it is done, whom it waits on."""
    b = OnBreach(request, space_id, breach_id)
    b.breach.path = selectors.path_for(breach=b.breach, viewer=b.me, roles=b.roles)  # type: ignore[attr-defined]
    return b.breach


# 1. Safety -------------------------------------------------------------------------------------


@router.get(
    "/spaces/{space_id}/safety",
    response={200: shapes.MySafety, **ERRORS},
    operation_id="safety_get",
)
def get_safety(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    me, space, _ = member_space(request, space_id)
    return {"check": selectors.my_safety_check(space_id=space.pk, viewer=me)}


@router.post(
    "/spaces/{space_id}/safety",
    response={201: shapes.SafetyOut, **ERRORS},
    operation_id="safety_record",
)
def record_safety(
    request: HttpRequest,
    space_id: SpaceId,
    payload: shapes.SafetyIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[Any]:
    """The private safety screen. Always private: nobody else sees it, nor that it exists."""
    me, space, _ = member_space(request, space_id)
    check = once(
        request,
        idempotency_key,
        services.safety_check_record,
        space=space,
        by=me,
        **payload.dict(),
    )
    return Status(201, check)


# 2. Decision ----------------------------------------------------------------------------------


@router.get(
    B + "/decision", response={200: shapes.DecisionView, **ERRORS}, operation_id="decision_get"
)
def get_decision(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    b = OnBreach(request, space_id, breach_id)
    return {
        "decision": selectors.decision_seen_by(**b.seen),
        "partner_sees": selectors.decision_partner_sees(**b.seen),
        "history": list(selectors.decision_history(**b.seen)[:50]),
    }


@router.post(
    B + "/decision/share",
    response={200: shapes.DecisionOut, **ERRORS},
    operation_id="decision_share",
)
def share_decision(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: shapes.ShareIn
) -> Any:
    """Share your current decision (it replaces the one you shared before), or share it
    more widely. A shared decision is taken back only with /decision/withdraw."""
    b = OnBreach(request, space_id, breach_id)
    return services.decision_share(**b.by, **payload.dict())


@router.post(
    B + "/decision/withdraw",
    response={201: shapes.DecisionOut, **ERRORS},
    operation_id="decision_withdraw",
)
def withdraw_decision(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    idempotency_key: IdempotencyKey = None,
) -> Status[Any]:
    """Take back the decision you shared: whoever saw it now sees that you are deciding
    again. Nothing private you decided since is shown."""
    b = OnBreach(request, space_id, breach_id)
    return Status(201, once(request, idempotency_key, services.decision_withdraw, **b.by))


# 4. Reflections --------------------------------------------------------------------------------


@router.patch(
    B + "/reflections/{reflection_id}",
    response={200: shapes.ReflectionOut, **ERRORS},
    operation_id="reflection_share",
)
def share_reflection(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    reflection_id: ItemId,
    payload: shapes.ShareIn,
) -> Reflection:
    """Share or unshare one of your reflections."""
    b = OnBreach(request, space_id, breach_id)
    reflections = Reflection.objects.filter(breach=b.breach).select_related("author")
    reflection = changeable_or_404(reflections, reflection_id, b.me, b.roles)
    services.item_visibility_change(item=reflection, by=b.me, **payload.dict())
    return reflection


# 5. Accountability -----------------------------------------------------------------------------


# 6. Questions and disclosure -------------------------------------------------------------------


# 8. Repair attempts ------------------------------------------------------------------------------


@router.get(
    B + "/attempt-reflections",
    response={200: list[shapes.AttemptReflectionOut], **ERRORS},
    operation_id="attempt_reflection_list",
)
@paginate(Page)
def list_attempt_reflections(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """Your own, private "am I refusing this to punish?" reflections."""
    b = OnBreach(request, space_id, breach_id)
    rows = selectors.attempt_reflections_of(breach=b.breach, viewer=b.me, roles=b.roles)
    return rows.annotate(attempt_uid=F("attempt__uid"))


# 9. Promises -------------------------------------------------------------------------------------


# 10. Forgiveness ---------------------------------------------------------------------------------


@router.get(
    B + "/forgiveness",
    response={200: shapes.ForgivenessView, **ERRORS},
    operation_id="forgiveness_get",
)
def get_forgiveness(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    b = OnBreach(request, space_id, breach_id)
    forgiveness = selectors.forgiveness_seen_by(**b.seen)
    return {"forgiveness": forgiveness, "taken_back": bool(forgiveness and forgiveness.taken_back)}

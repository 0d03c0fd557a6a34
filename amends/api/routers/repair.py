"""Breaches and every step of the repair path, the safety screen and promises.

Reads are amends.repair.selectors (through visibility); writes are amends.repair.services,
which decide who may take which step and when. Items named in a path are fetched with
visible_or_404, so another person's private item is a 404, exactly like a missing one.
"""

from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.db.models import F, Model
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from amends.accounts.models import User
from amends.repair import services
from amends.repair.models import (
    SAFETY_QUESTIONS,
    AccountabilityStatement,
    Acknowledgement,
    Breach,
    Category,
    Commitment,
    DecisionChoice,
    Disclosure,
    Emotion,
    ImpactStatement,
    OutcomeChoice,
    OutcomeStatement,
    Promise,
    Question,
    Reflection,
    RepairAttempt,
    RepairKind,
    Rhythm,
    SafetyCheck,
)
from amends.repair.selectors import (
    attempt_reflections_of,
    breach_for,
    breaches_for,
    decision_history,
    decision_partner_sees,
    decision_seen_by,
    forgiveness_seen_by,
    my_safety_check,
    path_for,
    step_items,
    words_of_those_here,
)
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import can_see, changeable_or_404, visible_or_404

from ..common import ERRORS, item, member_space, person
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import (
    Item,
    ItemId,
    LongText,
    LongTextOrEmpty,
    Person,
    SharedVisibilityIn,
    ShortText,
    ShortTextOrEmpty,
    SpaceId,
    VisibilityIn,
)

router = Router()

B = "/spaces/{space_id}/breaches/{breach_id}"
VERSION_MAX = 1_000_000


def _breach(
    request: HttpRequest, space_id: object, breach_id: object
) -> tuple[User, SpaceRoles, Breach]:
    me, _, roles = member_space(request, space_id)
    return me, roles, breach_for(viewer=me, roles=roles, breach_id=breach_id)


def _in_breach[M: Model](
    model: type[M], breach: Breach, uid: object, me: User, roles: SpaceRoles
) -> M:
    return visible_or_404(model.objects.filter(breach=breach), uid, me, roles)  # type: ignore[attr-defined]


def _promise(breach: Breach, uid: object, me: User, roles: SpaceRoles) -> Promise:
    promises = Promise.objects.filter(breach=breach).prefetch_related("marks__by")
    return visible_or_404(promises, uid, me, roles)


# Shapes --------------------------------------------------------------------------------------


class BreachIn(Schema):
    i_was_hurt: bool = Field(description="True: I was hurt. False: I am telling what I did.")
    category: Category
    category_other: ShortTextOrEmpty = ""
    occurred_on: date | None = None
    description: LongText
    visibility: SharedVisibilityIn = "partner"
    agreement_term: ShortTextOrEmpty = ""


class BreachOut(Item):
    title: str
    category: str
    category_other: str
    occurred_on: date | None
    description: str
    recorded_by: Person
    hurt_partner: Person | None
    injuring_partner: Person | None
    agreement_term: str
    disclosure_complete_at: datetime | None
    questions_closed_at: datetime | None


class StepOut(Schema):
    key: str
    title: str
    why: str
    done: bool
    state: str = Field(description="done, open or closed (as far as you may see).")
    reason: str = Field(
        description="Why the step is where it is: a closed step has exactly one reason "
        "(partner_missing, decided_no or commitments_missing)."
    )
    status: str
    waiting_on_me: bool


class PathOut(Schema):
    my_role: str
    joint_open: bool
    closed_by_no: bool
    gate: str = Field(
        description="Why the joint steps are closed for you (a reason as in steps), or empty."
    )
    recommend_professional: str
    unsafe_for_me: bool
    steps: list[StepOut]


class BreachDetail(BreachOut):
    path: PathOut


class SafetyIn(Schema):
    feels_afraid: bool
    hurt_or_threatened: bool
    controlled: bool
    forced_sexual_contact: bool


class SafetyOut(Schema):
    id: UUID
    created_at: datetime
    feels_afraid: bool
    hurt_or_threatened: bool
    controlled: bool
    forced_sexual_contact: bool
    signals_danger: bool


class MySafety(Schema):
    check: SafetyOut | None = Field(description="Your latest answers. Only you ever see them.")


class DecisionIn(Schema):
    choice: DecisionChoice
    note: LongTextOrEmpty = ""
    visibility: VisibilityIn = "private"


class ShareIn(Schema):
    visibility: VisibilityIn


class DecisionOut(Item):
    choice: str
    note: str
    updated_at: datetime


class DecisionView(Schema):
    decision: DecisionOut | None = Field(
        description="The decision as you may see it: the hurt partner's own latest answer, "
        "or, for anyone else, the latest one shared with them. A choice of 'withdrawn' means "
        "the hurt partner took back the decision they shared and is deciding again."
    )
    partner_sees: DecisionOut | None = Field(
        default=None,
        description="For the hurt partner: the decision the other partner sees, the one the "
        "path goes by (the latest you shared, until you share a new one or take it back).",
    )
    history: list[DecisionOut] = Field(description="The hurt partner's own earlier answers.")


class SharedTextIn(Schema):
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class TextOut(Item):
    text: str


class ReflectionIn(Schema):
    emotion: Emotion
    text: LongText
    visibility: VisibilityIn = "private"


class ReflectionOut(Item):
    emotion: str
    text: str
    updated_at: datetime


class VersionedIn(Schema):
    text: LongText
    based_on_version: int = Field(
        ge=0, le=VERSION_MAX, description="The version you are revising; 0 for the first."
    )
    visibility: SharedVisibilityIn = "partner"


class ResponseOut(Schema):
    feels_complete: bool
    missing: str
    created_at: datetime


class StatementOut(Item):
    version: int
    text: str
    response: ResponseOut | None


class ResponseIn(Schema):
    feels_complete: bool
    missing: LongTextOrEmpty = ""


class QuestionOut(Item):
    text: str
    withdrawn_at: datetime | None
    answer: str
    answered_at: datetime | None
    answered_after_complete: bool


class AnswerIn(Schema):
    answer: LongText


class DisclosureOut(Item):
    text: str
    is_later: bool


class ImpactOut(Item):
    version: int
    text: str


class AttemptIn(Schema):
    kind: RepairKind
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class AttemptOut(Item):
    kind: str
    text: str
    acknowledgement: str
    acknowledgement_note: str
    acknowledged_at: datetime | None


class AcknowledgeIn(Schema):
    acknowledgement: Acknowledgement
    note: LongTextOrEmpty = ""


class PrivateTextIn(Schema):
    text: LongText


class AttemptReflectionOut(Item):
    attempt_id: UUID
    text: str


class PromiseIn(Schema):
    text: ShortText
    rhythm: Rhythm = Rhythm.ONCE
    due_on: date | None = None
    visibility: SharedVisibilityIn = "partner"


class MarkOut(Schema):
    by: UUID = Field(description="The public id of the partner who marked it.")
    occurrence: date
    kept: bool
    marked_at: datetime


class PromiseOut(Item):
    text: str
    rhythm: str
    due_on: date | None
    ended_at: datetime | None
    marks: list[MarkOut] = Field(description="Each partner's view of each occurrence.")


class MarkIn(Schema):
    occurrence: date
    kept: bool


class ForgivenessIn(Schema):
    text: LongText
    visibility: VisibilityIn = "partner"


class ForgivenessView(Schema):
    # The latest version you may see; it may say the forgiveness is taken back, for now.
    forgiveness: TextOut | None
    taken_back: bool = False


class OutcomeIn(Schema):
    choice: OutcomeChoice
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class OutcomeOut(Item):
    choice: str
    text: str


# Serialisers ---------------------------------------------------------------------------------


def _breach_out(breach: Breach, me: User) -> dict[str, Any]:
    return {
        **item(breach, me),
        "title": breach.title,
        "category": breach.category,
        "category_other": breach.category_other,
        "occurred_on": breach.occurred_on,
        "description": breach.description,
        "recorded_by": person(breach.recorded_by),
        "hurt_partner": person(breach.hurt_partner),
        "injuring_partner": person(breach.injuring_partner),
        "agreement_term": breach.agreement_term,
        "disclosure_complete_at": breach.disclosure_complete_at,
        "questions_closed_at": breach.questions_closed_at,
    }


def _text_out(obj: Any, me: User) -> dict[str, Any]:
    return {**item(obj, me), "text": obj.text}


def _decision_out(d: Any, me: User) -> dict[str, Any]:
    return {**item(d, me), "choice": d.choice, "note": d.note, "updated_at": d.updated_at}


def _safety_out(check: SafetyCheck) -> dict[str, Any]:
    answers = check.answer_map
    return {
        "id": check.uid,
        "created_at": check.created_at,
        **{question: answers.get(question, False) for question in SAFETY_QUESTIONS},
        "signals_danger": check.signals_danger,
    }


def _statement_out(s: AccountabilityStatement, me: User, roles: SpaceRoles) -> dict[str, Any]:
    response = getattr(s, "response", None)
    seen = response is not None and can_see(me, response, roles)
    return {
        **_text_out(s, me),
        "version": s.version,
        "response": {
            "feels_complete": response.feels_complete,
            "missing": response.missing,
            "created_at": response.created_at,
        }
        if seen and response is not None
        else None,
    }


def _question_out(q: Question, me: User, breach: Breach, roles: SpaceRoles) -> dict[str, Any]:
    [q] = words_of_those_here([q], breach=breach, roles=roles)
    return {
        **_text_out(q, me),
        "withdrawn_at": q.withdrawn_at,
        "answer": q.answer,
        "answered_at": q.answered_at,
        "answered_after_complete": q.answered_after_complete,
    }


def _attempt_out(a: RepairAttempt, me: User, breach: Breach, roles: SpaceRoles) -> dict[str, Any]:
    [a] = words_of_those_here([a], breach=breach, roles=roles)
    return {
        **_text_out(a, me),
        "kind": a.kind,
        "acknowledgement": a.acknowledgement,
        "acknowledgement_note": a.acknowledgement_note,
        "acknowledged_at": a.acknowledged_at,
    }


def _promise_out(p: Promise, me: User) -> dict[str, Any]:
    return {
        **_text_out(p, me),
        "rhythm": p.rhythm,
        "due_on": p.due_on,
        "ended_at": p.ended_at,
        "marks": [
            {"by": m.by.uid, "occurrence": m.occurrence, "kept": m.kept, "marked_at": m.marked_at}
            for m in sorted(p.marks.all(), key=lambda m: (m.occurrence, m.by_id), reverse=True)
        ],
    }


# Breaches ------------------------------------------------------------------------------------


@router.get(
    "/spaces/{space_id}/breaches",
    response={200: list[BreachOut], **ERRORS},
    operation_id="breach_list",
)
@paginate(Page)
def list_breaches(request: HttpRequest, space_id: SpaceId) -> Any:
    me, _, roles = member_space(request, space_id)
    return Mapped(
        breaches_for(viewer=me, roles=roles).select_related("author", "recorded_by"),
        lambda b: _breach_out(b, me),
    )


@router.post(
    "/spaces/{space_id}/breaches",
    response={201: BreachOut, **ERRORS},
    operation_id="breach_record",
)
def record_breach(
    request: HttpRequest,
    space_id: SpaceId,
    payload: BreachIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Record a hurt, or tell something you did. Written for both partners."""
    me, space, _ = member_space(request, space_id)
    breach = once(
        request,
        idempotency_key,
        lambda: services.breach_record(
            space=space,
            author=me,
            i_was_hurt=payload.i_was_hurt,
            category=payload.category,
            category_other=payload.category_other,
            occurred_on=payload.occurred_on,
            description=payload.description,
            visibility=payload.visibility,
            agreement_term=payload.agreement_term,
        ),
    )
    return Status(201, _breach_out(breach, me))


@router.get(B, response={200: BreachDetail, **ERRORS}, operation_id="breach_get")
def get_breach(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    """The breach and its path as you see it: each step, whether it is done, whom it waits on."""
    me, roles, breach = _breach(request, space_id, breach_id)
    path = path_for(breach=breach, viewer=me, roles=roles)
    return {
        **_breach_out(breach, me),
        "path": {
            "my_role": path.my_role,
            "joint_open": path.joint_open,
            "closed_by_no": path.closed_by_no,
            "gate": path.gate,
            "recommend_professional": path.recommend_professional,
            "unsafe_for_me": path.unsafe_for_me,
            "steps": [
                {
                    "key": s.key,
                    "title": s.title,
                    "why": s.why,
                    "done": s.done,
                    "state": s.state,
                    "reason": s.reason,
                    "status": s.status,
                    "waiting_on_me": s.waiting_on_me,
                }
                for s in path.steps
            ],
        },
    }


# 1. Safety -------------------------------------------------------------------------------------


@router.get(
    "/spaces/{space_id}/safety", response={200: MySafety, **ERRORS}, operation_id="safety_get"
)
def get_safety(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    me, space, _ = member_space(request, space_id)
    check = my_safety_check(space_id=space.pk, viewer=me)
    return {"check": _safety_out(check) if check else None}


@router.post(
    "/spaces/{space_id}/safety", response={201: SafetyOut, **ERRORS}, operation_id="safety_record"
)
def record_safety(
    request: HttpRequest,
    space_id: SpaceId,
    payload: SafetyIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """The private safety screen. Always private: nobody else sees it, nor that it exists."""
    me, space, _ = member_space(request, space_id)
    check = once(
        request,
        idempotency_key,
        lambda: services.safety_check_record(
            space=space,
            person=me,
            feels_afraid=payload.feels_afraid,
            hurt_or_threatened=payload.hurt_or_threatened,
            controlled=payload.controlled,
            forced_sexual_contact=payload.forced_sexual_contact,
        ),
    )
    return Status(201, _safety_out(check))


# 2. Decision ----------------------------------------------------------------------------------


@router.get(B + "/decision", response={200: DecisionView, **ERRORS}, operation_id="decision_get")
def get_decision(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    me, roles, breach = _breach(request, space_id, breach_id)
    decision = decision_seen_by(breach=breach, viewer=me, roles=roles)
    partner_sees = decision_partner_sees(breach=breach, viewer=me, roles=roles)
    history = decision_history(breach=breach, viewer=me, roles=roles)
    return {
        "decision": _decision_out(decision, me) if decision else None,
        "partner_sees": _decision_out(partner_sees, me) if partner_sees else None,
        "history": [_decision_out(d, me) for d in history[:50]],
    }


@router.post(B + "/decision", response={201: DecisionOut, **ERRORS}, operation_id="decision_set")
def set_decision(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: DecisionIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """The hurt partner's decision, theirs alone. Private unless they share it."""
    me, _, breach = _breach(request, space_id, breach_id)
    decision = once(
        request,
        idempotency_key,
        lambda: services.decision_set(
            breach=breach,
            by=me,
            choice=payload.choice,
            note=payload.note,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _decision_out(decision, me))


@router.post(
    B + "/decision/share", response={200: DecisionOut, **ERRORS}, operation_id="decision_share"
)
def share_decision(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, payload: ShareIn
) -> dict[str, Any]:
    """Share your current decision (it replaces the one you shared before), or share it
    more widely. A shared decision is taken back only with /decision/withdraw."""
    me, _, breach = _breach(request, space_id, breach_id)
    decision = services.decision_share(breach=breach, by=me, visibility=payload.visibility)
    return _decision_out(decision, me)


@router.post(
    B + "/decision/withdraw",
    response={201: DecisionOut, **ERRORS},
    operation_id="decision_withdraw",
)
def withdraw_decision(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Take back the decision you shared: whoever saw it now sees that you are deciding
    again. Nothing private you decided since is shown."""
    me, _, breach = _breach(request, space_id, breach_id)
    withdrawal = once(
        request, idempotency_key, lambda: services.decision_withdraw(breach=breach, by=me)
    )
    return Status(201, _decision_out(withdrawal, me))


# 3. Commitments, and other simple shared texts ---------------------------------------------


@router.get(
    B + "/commitments", response={200: list[TextOut], **ERRORS}, operation_id="commitment_list"
)
@paginate(Page)
def list_commitments(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        step_items(Commitment, breach=breach, viewer=me, roles=roles), lambda c: _text_out(c, me)
    )


@router.post(B + "/commitments", response={201: TextOut, **ERRORS}, operation_id="commitment_make")
def make_commitment(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: SharedTextIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, _, breach = _breach(request, space_id, breach_id)
    commitment = once(
        request,
        idempotency_key,
        lambda: services.commitment_make(
            breach=breach, by=me, text=payload.text, visibility=payload.visibility
        ),
    )
    return Status(201, _text_out(commitment, me))


# 4. Reflections --------------------------------------------------------------------------------


def _reflection_out(r: Reflection, me: User) -> dict[str, Any]:
    return {**_text_out(r, me), "emotion": r.emotion, "updated_at": r.updated_at}


@router.get(
    B + "/reflections",
    response={200: list[ReflectionOut], **ERRORS},
    operation_id="reflection_list",
)
@paginate(Page)
def list_reflections(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        step_items(Reflection, breach=breach, viewer=me, roles=roles),
        lambda r: _reflection_out(r, me),
    )


@router.post(
    B + "/reflections", response={201: ReflectionOut, **ERRORS}, operation_id="reflection_write"
)
def write_reflection(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: ReflectionIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Honest with yourself first: private unless you choose to share it."""
    me, _, breach = _breach(request, space_id, breach_id)
    reflection = once(
        request,
        idempotency_key,
        lambda: services.reflection_write(
            breach=breach,
            by=me,
            emotion=payload.emotion,
            text=payload.text,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _reflection_out(reflection, me))


@router.patch(
    B + "/reflections/{reflection_id}",
    response={200: ReflectionOut, **ERRORS},
    operation_id="reflection_share",
)
def share_reflection(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    reflection_id: ItemId,
    payload: ShareIn,
) -> dict[str, Any]:
    """Share or unshare one of your reflections."""
    me, roles, breach = _breach(request, space_id, breach_id)
    reflection = changeable_or_404(
        Reflection.objects.filter(breach=breach).select_related("author"), reflection_id, me, roles
    )
    services.item_visibility_change(item=reflection, by=me, visibility=payload.visibility)
    return _reflection_out(reflection, me)


# 5. Accountability -----------------------------------------------------------------------------


@router.get(
    B + "/statements",
    response={200: list[StatementOut], **ERRORS},
    operation_id="statement_list",
)
@paginate(Page)
def list_statements(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """Every version of the accountability statement, newest first, with its answer."""
    me, roles, breach = _breach(request, space_id, breach_id)
    rows = (
        step_items(AccountabilityStatement, breach=breach, viewer=me, roles=roles)
        .select_related("response")
        .order_by("-version")
    )
    return Mapped(rows, lambda s: _statement_out(s, me, roles))


@router.post(
    B + "/statements", response={201: StatementOut, **ERRORS}, operation_id="statement_write"
)
def write_statement(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: VersionedIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, roles, breach = _breach(request, space_id, breach_id)
    statement = once(
        request,
        idempotency_key,
        lambda: services.statement_write(
            breach=breach,
            by=me,
            text=payload.text,
            based_on_version=payload.based_on_version,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _statement_out(statement, me, roles))


@router.post(
    B + "/statements/{statement_id}/response",
    response={201: StatementOut, **ERRORS},
    operation_id="statement_respond",
)
def respond_to_statement(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    statement_id: ItemId,
    payload: ResponseIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """The hurt partner: "this feels complete", or what is missing."""
    me, roles, breach = _breach(request, space_id, breach_id)
    statement = _in_breach(AccountabilityStatement, breach, statement_id, me, roles)
    once(
        request,
        idempotency_key,
        lambda: services.statement_respond(
            statement=statement,
            by=me,
            feels_complete=payload.feels_complete,
            missing=payload.missing,
        ),
    )
    statement = _in_breach(AccountabilityStatement, breach, statement_id, me, roles)
    return Status(201, _statement_out(statement, me, roles))


# 6. Questions and disclosure -------------------------------------------------------------------


@router.get(
    B + "/questions", response={200: list[QuestionOut], **ERRORS}, operation_id="question_list"
)
@paginate(Page)
def list_questions(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        step_items(Question, breach=breach, viewer=me, roles=roles),
        lambda q: _question_out(q, me, breach, roles),
    )


@router.post(B + "/questions", response={201: QuestionOut, **ERRORS}, operation_id="question_ask")
def ask_question(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: SharedTextIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, roles, breach = _breach(request, space_id, breach_id)
    question = once(
        request,
        idempotency_key,
        lambda: services.question_ask(
            breach=breach, by=me, text=payload.text, visibility=payload.visibility
        ),
    )
    return Status(201, _question_out(question, me, breach, roles))


@router.post(
    B + "/questions/{question_id}/answer",
    response={200: QuestionOut, **ERRORS},
    operation_id="question_answer",
)
def answer_question(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    question_id: ItemId,
    payload: AnswerIn,
) -> dict[str, Any]:
    me, roles, breach = _breach(request, space_id, breach_id)
    question = _in_breach(Question, breach, question_id, me, roles)
    question = services.question_answer(question=question, by=me, answer=payload.answer)
    return _question_out(_in_breach(Question, breach, question.uid, me, roles), me, breach, roles)


@router.post(
    B + "/questions/{question_id}/withdraw",
    response={200: QuestionOut, **ERRORS},
    operation_id="question_withdraw",
)
def withdraw_question(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId, question_id: ItemId
) -> dict[str, Any]:
    me, roles, breach = _breach(request, space_id, breach_id)
    question = _in_breach(Question, breach, question_id, me, roles)
    services.question_withdraw(question=question, by=me)
    return _question_out(_in_breach(Question, breach, question.uid, me, roles), me, breach, roles)


@router.post(
    B + "/questions/close", response={200: BreachOut, **ERRORS}, operation_id="questions_close"
)
def close_questions(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    """The hurt partner: "no more questions for now"."""
    me, _, breach = _breach(request, space_id, breach_id)
    return _breach_out(services.questions_close(breach=breach, by=me), me)


@router.post(
    B + "/questions/reopen", response={200: BreachOut, **ERRORS}, operation_id="questions_reopen"
)
def reopen_questions(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    me, _, breach = _breach(request, space_id, breach_id)
    return _breach_out(services.questions_reopen(breach=breach, by=me), me)


def _disclosure_out(d: Disclosure, me: User) -> dict[str, Any]:
    return {**_text_out(d, me), "is_later": d.is_later}


@router.get(
    B + "/disclosures",
    response={200: list[DisclosureOut], **ERRORS},
    operation_id="disclosure_list",
)
@paginate(Page)
def list_disclosures(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        step_items(Disclosure, breach=breach, viewer=me, roles=roles),
        lambda d: _disclosure_out(d, me),
    )


@router.post(
    B + "/disclosures", response={201: DisclosureOut, **ERRORS}, operation_id="disclosure_add"
)
def add_disclosure(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: SharedTextIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Something the injuring partner tells of their own accord."""
    me, _, breach = _breach(request, space_id, breach_id)
    disclosure = once(
        request,
        idempotency_key,
        lambda: services.disclosure_add(
            breach=breach, by=me, text=payload.text, visibility=payload.visibility
        ),
    )
    return Status(201, _disclosure_out(disclosure, me))


@router.post(
    B + "/disclosures/complete",
    response={200: BreachOut, **ERRORS},
    operation_id="disclosure_complete",
)
def declare_disclosure_complete(
    request: HttpRequest, space_id: SpaceId, breach_id: ItemId
) -> dict[str, Any]:
    me, _, breach = _breach(request, space_id, breach_id)
    return _breach_out(services.disclosure_declare_complete(breach=breach, by=me), me)


# 7. Impact ---------------------------------------------------------------------------------------


def _impact_out(i: ImpactStatement, me: User) -> dict[str, Any]:
    return {**_text_out(i, me), "version": i.version}


@router.get(B + "/impact", response={200: list[ImpactOut], **ERRORS}, operation_id="impact_list")
@paginate(Page)
def list_impact(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    rows = step_items(ImpactStatement, breach=breach, viewer=me, roles=roles).order_by("-version")
    return Mapped(rows, lambda i: _impact_out(i, me))


@router.post(B + "/impact", response={201: ImpactOut, **ERRORS}, operation_id="impact_write")
def write_impact(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: VersionedIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """The hurt partner: "this really deeply hurt me", safely."""
    me, _, breach = _breach(request, space_id, breach_id)
    impact = once(
        request,
        idempotency_key,
        lambda: services.impact_write(
            breach=breach,
            by=me,
            text=payload.text,
            based_on_version=payload.based_on_version,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _impact_out(impact, me))


# 8. Repair attempts ------------------------------------------------------------------------------


@router.get(
    B + "/attempts", response={200: list[AttemptOut], **ERRORS}, operation_id="attempt_list"
)
@paginate(Page)
def list_attempts(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        step_items(RepairAttempt, breach=breach, viewer=me, roles=roles),
        lambda a: _attempt_out(a, me, breach, roles),
    )


@router.post(B + "/attempts", response={201: AttemptOut, **ERRORS}, operation_id="attempt_offer")
def offer_attempt(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: AttemptIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, roles, breach = _breach(request, space_id, breach_id)
    attempt = once(
        request,
        idempotency_key,
        lambda: services.attempt_offer(
            breach=breach,
            by=me,
            kind=payload.kind,
            text=payload.text,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _attempt_out(attempt, me, breach, roles))


@router.post(
    B + "/attempts/{attempt_id}/acknowledgement",
    response={200: AttemptOut, **ERRORS},
    operation_id="attempt_acknowledge",
)
def acknowledge_attempt(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    attempt_id: ItemId,
    payload: AcknowledgeIn,
) -> dict[str, Any]:
    """The hurt partner: accept, not ready yet, or decline."""
    me, roles, breach = _breach(request, space_id, breach_id)
    attempt = _in_breach(RepairAttempt, breach, attempt_id, me, roles)
    services.attempt_acknowledge(
        attempt=attempt, by=me, acknowledgement=payload.acknowledgement, note=payload.note
    )
    return _attempt_out(_in_breach(RepairAttempt, breach, attempt_id, me, roles), me, breach, roles)


def _attempt_reflection_out(r: Any, me: User, attempt_uid: UUID) -> dict[str, Any]:
    return {**_text_out(r, me), "attempt_id": attempt_uid}


@router.get(
    B + "/attempt-reflections",
    response={200: list[AttemptReflectionOut], **ERRORS},
    operation_id="attempt_reflection_list",
)
@paginate(Page)
def list_attempt_reflections(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """Your own, private "am I refusing this to punish?" reflections."""
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        attempt_reflections_of(breach=breach, viewer=me, roles=roles).annotate(
            attempt_uid=F("attempt__uid")
        ),
        lambda r: _attempt_reflection_out(r, me, r.attempt_uid),
    )


@router.post(
    B + "/attempts/{attempt_id}/reflections",
    response={201: AttemptReflectionOut, **ERRORS},
    operation_id="attempt_reflect",
)
def reflect_on_attempt(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    attempt_id: ItemId,
    payload: PrivateTextIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Private, always."""
    me, roles, breach = _breach(request, space_id, breach_id)
    attempt = _in_breach(RepairAttempt, breach, attempt_id, me, roles)
    reflection = once(
        request,
        idempotency_key,
        lambda: services.attempt_reflect(attempt=attempt, by=me, text=payload.text),
    )
    return Status(201, _attempt_reflection_out(reflection, me, attempt.uid))


# 9. Promises -------------------------------------------------------------------------------------


@router.get(
    B + "/promises", response={200: list[PromiseOut], **ERRORS}, operation_id="promise_list"
)
@paginate(Page)
def list_promises(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    """Promises with each partner's record of kept or broken, over time."""
    me, roles, breach = _breach(request, space_id, breach_id)
    rows = step_items(Promise, breach=breach, viewer=me, roles=roles).prefetch_related("marks__by")
    return Mapped(rows, lambda p: _promise_out(p, me))


@router.post(B + "/promises", response={201: PromiseOut, **ERRORS}, operation_id="promise_make")
def make_promise(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: PromiseIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, roles, breach = _breach(request, space_id, breach_id)
    promise = once(
        request,
        idempotency_key,
        lambda: services.promise_make(
            breach=breach,
            by=me,
            text=payload.text,
            rhythm=payload.rhythm,
            due_on=payload.due_on,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _promise_out(_promise(breach, promise.uid, me, roles), me))


@router.post(
    B + "/promises/{promise_id}/marks",
    response={201: PromiseOut, **ERRORS},
    operation_id="promise_mark",
)
def mark_promise(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    promise_id: ItemId,
    payload: MarkIn,
) -> Status[dict[str, Any]]:
    """Record your view of one occurrence: kept or broken. A later mark replaces yours."""
    me, roles, breach = _breach(request, space_id, breach_id)
    promise = _in_breach(Promise, breach, promise_id, me, roles)
    services.promise_mark(promise=promise, by=me, occurrence=payload.occurrence, kept=payload.kept)
    return Status(201, _promise_out(_promise(breach, promise_id, me, roles), me))


# 10. Forgiveness ---------------------------------------------------------------------------------


@router.get(
    B + "/forgiveness", response={200: ForgivenessView, **ERRORS}, operation_id="forgiveness_get"
)
def get_forgiveness(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> dict[str, Any]:
    me, roles, breach = _breach(request, space_id, breach_id)
    forgiveness = forgiveness_seen_by(breach=breach, viewer=me, roles=roles)
    return {
        "forgiveness": _text_out(forgiveness, me) if forgiveness else None,
        "taken_back": bool(forgiveness and forgiveness.taken_back),
    }


@router.post(B + "/forgiveness", response={201: TextOut, **ERRORS}, operation_id="forgiveness_give")
def give_forgiveness(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: ForgivenessIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """A conscious, written forgiveness, by the hurt partner, if and when it is true."""
    me, _, breach = _breach(request, space_id, breach_id)
    forgiveness = once(
        request,
        idempotency_key,
        lambda: services.forgiveness_give(
            breach=breach, by=me, text=payload.text, visibility=payload.visibility
        ),
    )
    return Status(201, _text_out(forgiveness, me))


# 11. Outcome -------------------------------------------------------------------------------------


def _outcome_out(o: OutcomeStatement, me: User) -> dict[str, Any]:
    return {**_text_out(o, me), "choice": o.choice}


@router.get(
    B + "/outcomes", response={200: list[OutcomeOut], **ERRORS}, operation_id="outcome_list"
)
@paginate(Page)
def list_outcomes(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
    me, roles, breach = _breach(request, space_id, breach_id)
    return Mapped(
        step_items(OutcomeStatement, breach=breach, viewer=me, roles=roles),
        lambda o: _outcome_out(o, me),
    )


@router.post(B + "/outcomes", response={201: OutcomeOut, **ERRORS}, operation_id="outcome_record")
def record_outcome(
    request: HttpRequest,
    space_id: SpaceId,
    breach_id: ItemId,
    payload: OutcomeIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    """Where you stand: recommit, or part with respect. The app never decides between them."""
    me, _, breach = _breach(request, space_id, breach_id)
    outcome = once(
        request,
        idempotency_key,
        lambda: services.outcome_record(
            breach=breach,
            by=me,
            choice=payload.choice,
            text=payload.text,
            visibility=payload.visibility,
        ),
    )
    return Status(201, _outcome_out(outcome, me))

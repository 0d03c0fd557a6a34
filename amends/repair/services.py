"""Writes on the repair path. Each function is one transaction and checks, before writing
anything, that this person may take this step now. Refusals are `ActionRefused` with a
message written to the person.

The rules that no function here may break:
  * only the hurt partner sets or changes the decision, and it is private until they share it;
  * joint steps wait for both commitments;
  * only the hurt partner forgives, closes or reopens questions;
  * nothing is ever done twice by a replayed form (see amends.core.once).
"""

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from amends.accounts import audit
from amends.accounts.models import User
from amends.checkins.services import trump_tally_refresh
from amends.core.errors import ActionRefused
from amends.core.limits import SHORT_TEXT_MAX
from amends.core.textrules import clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import (
    Visibility,
    audience_roles,
    can_change,
    clean_visibility,
    set_visibility,
    shared_since,
)

from . import pathwords
from .models import (
    WITHDRAWN,
    AccountabilityStatement,
    Acknowledgement,
    AttemptReflection,
    Breach,
    Category,
    Commitment,
    Decision,
    DecisionChoice,
    Disclosure,
    Emotion,
    Forgiveness,
    ImpactStatement,
    OutcomeChoice,
    OutcomeStatement,
    Promise,
    PromiseMark,
    Question,
    Reflection,
    RepairAttempt,
    RepairKind,
    Rhythm,
    SafetyCheck,
    SelfTrustEntry,
    StatementResponse,
)
from .rules import (
    decision_rows,
    is_hurt,
    is_injuring,
    joint_gate,
    locked_breach,
    own_decision,
    shown_decision,
)


def _shared_visibility(value: str) -> Visibility:
    """Things written *to* the partner are never private; the choice is whether the
    professional reads them too."""
    visibility = clean_visibility(value)
    if visibility == Visibility.PRIVATE:
        raise ActionRefused(
            "This is written for your partner, so it cannot be private. You can keep a "
            "private version in your journal or your reflections.",
            code="invalid",
        )
    return visibility


def _require_partner(breach: Breach, roles: SpaceRoles, user: User) -> None:
    if not roles.is_partner(user) or user.pk not in (
        breach.hurt_partner_id,
        breach.injuring_partner_id,
    ):
        raise ActionRefused("Only the two partners can take steps on this path.", code="not_found")


def _require_hurt(breach: Breach, roles: SpaceRoles, user: User, what: str) -> None:
    _require_partner(breach, roles, user)
    if not is_hurt(breach, user):
        raise ActionRefused(f"Only the partner who was hurt can {what}.", code="forbidden")


def _require_injuring(breach: Breach, roles: SpaceRoles, user: User, what: str) -> None:
    _require_partner(breach, roles, user)
    if not is_injuring(breach, user):
        raise ActionRefused(f"Only the partner who caused the hurt can {what}.", code="forbidden")


def _require_joint_step_open(breach: Breach, roles: SpaceRoles, by: User) -> None:
    """The joint steps wait for both partners, both commitments and no shared "no"; the
    refusal says which, in the words the path pages use (see pathstate, pathwords)."""
    reason = joint_gate(breach, roles)
    if reason is None:
        return
    hurt = is_hurt(breach, by)
    partner = breach.injuring_partner if hurt else breach.hurt_partner
    raise ActionRefused(
        pathwords.closed_words(
            reason, "hurt" if hurt else "injuring", partner=partner.name if partner else ""
        ),
        code="conflict",
    )


def _current_version(versions: QuerySet[Any], based_on_version: int) -> int:
    """The latest version number (0 for none). A form written against an older one is
    stale: saving it would silently replace words the writer has not seen."""
    latest = versions.order_by("-version").first()
    current: int = latest.version if latest else 0
    if based_on_version != current:
        raise ActionRefused(
            "This changed since you opened the page. Please look at the latest version "
            "and try again.",
            code="stale",
        )
    return current


def _version_add[Versioned: (AccountabilityStatement, ImpactStatement)](
    model: type[Versioned],
    *,
    breach: Breach,
    by: User,
    writer: Callable[[Breach, SpaceRoles, User, str], None],
    doing: str,
    text: str,
    what: str,
    based_on_version: int,
    visibility: str,
) -> Versioned:
    """The next version of a statement one partner writes to the other on a joint step,
    if `writer` lets `by` do it (`doing` is what the refusal names); `based_on_version` is the
    version the form was written against."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        writer(breach, roles, by, doing)
        _require_joint_step_open(breach, roles, by)
        current = _current_version(model.objects.filter(breach=breach), based_on_version)
        return model.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            version=current + 1,
            text=clean_text(text, what=what),
            visibility=_shared_visibility(visibility),
        )


# Recording ----------------------------------------------------------------------------


def breach_record(
    *,
    space: Space,
    by: User,
    i_was_hurt: bool,
    category: str,
    description: str,
    category_other: str = "",
    occurred_on: date | None = None,
    visibility: str = Visibility.PARTNER,
    agreement_term: str = "",
) -> Breach:
    """Record a hurt (i_was_hurt) or disclose something one did (not i_was_hurt)."""
    roles = space_roles(space)
    if not roles.is_partner(by):
        raise ActionRefused("Only a partner in this space can start a path.", code="forbidden")
    if category not in Category.values:
        raise ActionRefused("Please choose what kind of hurt this was.", code="invalid")
    category_other = " ".join(category_other.split())
    if category == Category.OTHER and not category_other:
        raise ActionRefused("Please say in a few words what it was.", code="invalid")
    if len(category_other) > SHORT_TEXT_MAX or len(agreement_term) > SHORT_TEXT_MAX:
        raise ActionRefused(f"Please keep that under {SHORT_TEXT_MAX} characters.", "invalid")
    if occurred_on is not None and occurred_on > timezone.localdate():
        raise ActionRefused("The date is in the future. Please check it.", code="invalid")
    partner = roles.partner_of(by)
    return Breach.objects.create(
        space=space,
        author=by,
        recorded_by=by,
        hurt_partner=by if i_was_hurt else partner,
        injuring_partner=partner if i_was_hurt else by,
        category=category,
        category_other=category_other if category == Category.OTHER else "",
        occurred_on=occurred_on,
        description=clean_text(description, what="what happened"),
        visibility=_shared_visibility(visibility),
        agreement_term=agreement_term.strip(),
    )


# 1. Safety ------------------------------------------------------------------------------


def safety_check_record(
    *,
    space: Space,
    by: User,
    feels_afraid: bool,
    hurt_or_threatened: bool,
    controlled: bool,
    forced_sexual_contact: bool,
) -> SafetyCheck:
    if space_roles(space).role_of(by) is None:
        raise ActionRefused("Not found.", code="not_found")
    # Always private: no parameter can share it.
    answers = {
        "feels_afraid": bool(feels_afraid),
        "hurt_or_threatened": bool(hurt_or_threatened),
        "controlled": bool(controlled),
        "forced_sexual_contact": bool(forced_sexual_contact),
    }
    return SafetyCheck.objects.create(
        space=space, author=by, visibility=Visibility.PRIVATE, answers=json.dumps(answers)
    )


# 2. The hurt partner's decision ----------------------------------------------------------


def decision_set(
    *, breach: Breach, by: User, choice: str, note: str = "", visibility: str = "private"
) -> Decision:
    """Only the hurt partner decides. A new decision starts private unless they say
    otherwise, so changing one's mind never reveals the new answer by accident: until they
    share it, everyone else still sees the decision they shared before (if any)."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "make this decision")
        if choice not in DecisionChoice.values:
            raise ActionRefused("Please choose one of the three answers.", code="invalid")
        note = note.strip()
        chosen = clean_visibility(visibility)
        if chosen != Visibility.PRIVATE:
            _take_back_from_those_left_out(breach, by, chosen)
        return Decision.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            choice=choice,
            note=clean_text(note, what="your note") if note else "",
            visibility=chosen,
        )


def decision_share(*, breach: Breach, by: User, visibility: str) -> Decision:
    """Share one's current decision (it replaces the one shared before), or share it with
    the professional too. A shared decision is never made private again quietly: taking
    it back is its own act (`decision_withdraw`), which the partner sees."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "share this decision")
        decision = own_decision(decision_rows(breach))
        if decision is None:
            raise ActionRefused("There is no decision to share yet.", code="conflict")
        chosen = clean_visibility(visibility)
        if chosen == decision.visibility:
            return decision
        if len(audience_roles(chosen)) < len(audience_roles(decision.visibility)):
            raise ActionRefused(
                "Once shared, your decision stays shared until you take it back. You can "
                "take it back on this page; they will see that you are deciding again.",
                code="conflict",
            )
        if decision.visibility == Visibility.PRIVATE:
            _take_back_from_those_left_out(breach, by, chosen)
        decision.save(update_fields=set_visibility(decision, chosen))
        audit.record("sharing_changed", user=by, space_id=breach.space_id)
        return decision


def decision_withdraw(*, breach: Breach, by: User) -> Decision:
    """Take back the decision one shared: those who saw it now see that the hurt partner
    is deciding again. Any private answer made since stays private and theirs."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "take back this decision")
        shown = shown_decision(decision_rows(breach))
        if shown is None or shown.is_withdrawal:
            raise ActionRefused(
                "There is no shared decision to take back. Nobody else can see one.",
                code="conflict",
            )
        withdrawal = _withdrawal_of(shown, by)
        audit.record("sharing_changed", user=by, space_id=breach.space_id)
        return withdrawal


def _withdrawal_of(decision: Decision, by: User) -> Decision:
    """A row that takes `decision` back, seen by exactly those who could see it."""
    return Decision.objects.create(
        space_id=decision.space_id,
        author=by,
        breach_id=decision.breach_id,
        choice=WITHDRAWN,
        visibility=decision.visibility,
        shared_at=shared_since(decision),
    )


def _take_back_from_those_left_out(breach: Breach, by: User, visibility: str) -> None:
    """Sharing a new decision with fewer people than the one shared before (the partner
    but no longer the professional) takes the old one back from the others, so nobody is
    left looking at an answer that is no longer true."""
    shown = shown_decision(decision_rows(breach))
    if shown is None or shown.is_withdrawal:
        return
    if set(audience_roles(shown.visibility)) - set(audience_roles(visibility)):
        _withdrawal_of(shown, by)


# 3. Commitments -----------------------------------------------------------------------------


def commitment_make(
    *, breach: Breach, by: User, text: str, visibility: str = Visibility.PARTNER
) -> Commitment:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_partner(breach, roles, by)
        if Commitment.objects.filter(breach=breach, author=by).exists():
            raise ActionRefused("You have already written your commitment.", code="conflict")
        return Commitment.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            text=clean_text(text, what="your commitment"),
            visibility=_shared_visibility(visibility),
        )


# 4. Private reflection ------------------------------------------------------------------------


def reflection_write(
    *, breach: Breach, by: User, emotion: str, text: str, visibility: str = Visibility.PRIVATE
) -> Reflection:
    roles = space_roles(breach.space)
    _require_partner(breach, roles, by)
    if emotion not in Emotion.values:
        raise ActionRefused("Please choose what you are writing about.", code="invalid")
    return Reflection.objects.create(
        space=breach.space,
        author=by,
        breach=breach,
        emotion=emotion,
        text=clean_text(text, what="your reflection"),
        visibility=clean_visibility(visibility),
    )


# 5. Accountability ------------------------------------------------------------------------------


def statement_write(
    *,
    breach: Breach,
    by: User,
    text: str,
    based_on_version: int,
    visibility: str = Visibility.PARTNER,
) -> AccountabilityStatement:
    """A new version. `based_on_version` (0 for the first) refuses a stale form."""
    return _version_add(
        AccountabilityStatement,
        breach=breach,
        by=by,
        writer=_require_injuring,
        doing="write the accountability statement",
        text=text,
        what="your statement",
        based_on_version=based_on_version,
        visibility=visibility,
    )


def statement_respond(
    *, statement: AccountabilityStatement, by: User, feels_complete: bool, missing: str = ""
) -> StatementResponse:
    with transaction.atomic():
        breach, roles = locked_breach(statement.breach)
        _require_hurt(breach, roles, by, "answer the statement")
        _require_joint_step_open(breach, roles, by)
        latest = breach.statements.order_by("-version").first()
        if latest is None or latest.pk != statement.pk:
            raise ActionRefused(
                "There is a newer version of the statement. Please read that one first.",
                code="stale",
            )
        if StatementResponse.objects.filter(statement=statement).exists():
            raise ActionRefused("You have already answered this version.", code="conflict")
        missing = missing.strip()
        if not feels_complete and not missing:
            raise ActionRefused("Please say what feels missing.", code="invalid")
        return StatementResponse.objects.create(
            space=breach.space,
            author=by,
            statement=statement,
            feels_complete=feels_complete,
            missing="" if feels_complete else clean_text(missing, what="what is missing"),
            visibility=statement.visibility,
        )


# 6. Questions, answers and disclosure -----------------------------------------------------------


def question_ask(
    *, breach: Breach, by: User, text: str, visibility: str = Visibility.PARTNER
) -> Question:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "ask questions here")
        _require_joint_step_open(breach, roles, by)
        if breach.questions_closed_at is not None:
            raise ActionRefused(
                "You said no more questions for now. You can reopen questions first.",
                code="conflict",
            )
        return Question.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            text=clean_text(text, what="your question"),
            visibility=_shared_visibility(visibility),
        )


def question_withdraw(*, question: Question, by: User) -> Question:
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        if question.author_id != by.pk:
            raise ActionRefused("Only the person who asked can withdraw a question.", "forbidden")
        if question.withdrawn_at or question.answered_at:
            raise ActionRefused("This question is already answered or withdrawn.", "conflict")
        question.withdrawn_at = timezone.now()
        question.save(update_fields=["withdrawn_at"])
        return question


def question_answer(*, question: Question, by: User, answer: str) -> Question:
    with transaction.atomic():
        breach, roles = locked_breach(question.breach)
        question = Question.objects.select_for_update().get(pk=question.pk)
        _require_injuring(breach, roles, by, "answer these questions")
        _require_joint_step_open(breach, roles, by)
        if question.withdrawn_at is not None:
            raise ActionRefused("Your partner withdrew this question.", code="conflict")
        if question.answered_at is not None:
            raise ActionRefused("You have already answered this question.", code="conflict")
        question.answer = clean_text(answer, what="your answer")
        question.answered_at = timezone.now()
        question.answered_after_complete = breach.disclosure_complete_at is not None
        question.save(update_fields=["answer", "answered_at", "answered_after_complete"])
        return question


def disclosure_add(
    *, breach: Breach, by: User, text: str, visibility: str = Visibility.PARTNER
) -> Disclosure:
    """Something told of one's own accord. After 'my disclosure is complete' it is marked as
    a later disclosure, with its date, so the hurt partner sees the history honestly."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_injuring(breach, roles, by, "add to the disclosure")
        _require_joint_step_open(breach, roles, by)
        return Disclosure.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            text=clean_text(text, what="what you want to tell"),
            visibility=_shared_visibility(visibility),
            is_later=breach.disclosure_complete_at is not None,
        )


def disclosure_declare_complete(*, breach: Breach, by: User) -> Breach:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_injuring(breach, roles, by, "say the disclosure is complete")
        _require_joint_step_open(breach, roles, by)
        if breach.disclosure_complete_at is None:
            breach.disclosure_complete_at = timezone.now()
            breach.save(update_fields=["disclosure_complete_at"])
        return breach


def questions_close(*, breach: Breach, by: User) -> Breach:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, 'say "no more questions for now"')
        if breach.questions_closed_at is None:
            breach.questions_closed_at = timezone.now()
            breach.save(update_fields=["questions_closed_at"])
        return breach


def questions_reopen(*, breach: Breach, by: User) -> Breach:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "reopen questions")
        breach.questions_closed_at = None
        breach.save(update_fields=["questions_closed_at"])
        return breach


# 7. Impact --------------------------------------------------------------------------------


def impact_write(
    *,
    breach: Breach,
    by: User,
    text: str,
    based_on_version: int,
    visibility: str = Visibility.PARTNER,
) -> ImpactStatement:
    return _version_add(
        ImpactStatement,
        breach=breach,
        by=by,
        writer=_require_hurt,
        doing="write the impact statement",
        text=text,
        what="your words",
        based_on_version=based_on_version,
        visibility=visibility,
    )


# 8. Repair attempts -------------------------------------------------------------------------


def attempt_offer(
    *, breach: Breach, by: User, kind: str, text: str, visibility: str = Visibility.PARTNER
) -> RepairAttempt:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_injuring(breach, roles, by, "record a repair attempt")
        _require_joint_step_open(breach, roles, by)
        if kind not in RepairKind.values:
            raise ActionRefused("Please choose what kind of attempt this is.", code="invalid")
        return RepairAttempt.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            kind=kind,
            text=clean_text(text, what="what you did or offer"),
            visibility=_shared_visibility(visibility),
        )


def attempt_acknowledge(
    *, attempt: RepairAttempt, by: User, acknowledgement: str, note: str = ""
) -> RepairAttempt:
    """Accepted is final; "not ready yet" can later become accepted or declined."""
    with transaction.atomic():
        breach, roles = locked_breach(attempt.breach)
        attempt = RepairAttempt.objects.select_for_update().get(pk=attempt.pk)
        _require_hurt(breach, roles, by, "answer a repair attempt")
        if acknowledgement not in Acknowledgement.values:
            raise ActionRefused("Please choose one of the answers.", code="invalid")
        if attempt.acknowledgement in (Acknowledgement.ACCEPTED, Acknowledgement.DECLINED):
            raise ActionRefused("You have already answered this one.", code="conflict")
        note = note.strip()
        attempt.acknowledgement = acknowledgement
        attempt.acknowledgement_note = clean_text(note, what="your note") if note else ""
        attempt.acknowledged_at = timezone.now()
        attempt.save(update_fields=["acknowledgement", "acknowledgement_note", "acknowledged_at"])
        return attempt


def attempt_reflect(*, attempt: RepairAttempt, by: User, text: str) -> AttemptReflection:
    """Private, always: "am I refusing this to punish?" is a question for oneself."""
    roles = space_roles(attempt.breach.space)
    _require_hurt(attempt.breach, roles, by, "write this reflection")
    return AttemptReflection.objects.create(
        space=attempt.space,
        author=by,
        attempt=attempt,
        text=clean_text(text, what="your reflection"),
        visibility=Visibility.PRIVATE,
    )


# 9. Promises ---------------------------------------------------------------------------------


def promise_make(
    *,
    breach: Breach,
    by: User,
    text: str,
    rhythm: str,
    due_on: date | None = None,
    visibility: str = Visibility.PARTNER,
) -> Promise:
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_partner(breach, roles, by)
        _require_joint_step_open(breach, roles, by)
        if rhythm not in Rhythm.values:
            raise ActionRefused("Please choose how often this promise applies.", code="invalid")
        if rhythm == Rhythm.ONCE and due_on is None:
            raise ActionRefused("Please give a date for a one-time promise.", code="invalid")
        return Promise.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            text=clean_text(text, max_length=SHORT_TEXT_MAX, what="your promise"),
            rhythm=rhythm,
            due_on=due_on,
            visibility=_shared_visibility(visibility),
        )


def promise_mark(*, promise: Promise, by: User, occurrence: date, kept: bool) -> PromiseMark:
    """Either partner records their view; a later mark by the same person replaces theirs.
    Disagreement between the two is shown, never resolved by the app."""
    with transaction.atomic():
        breach, roles = locked_breach(promise.breach)
        _require_partner(breach, roles, by)
        if occurrence > timezone.localdate():
            raise ActionRefused("That day has not come yet.", code="invalid")
        if promise.due_on and promise.rhythm == Rhythm.ONCE and occurrence != promise.due_on:
            occurrence = promise.due_on
        mark, _ = PromiseMark.objects.update_or_create(
            promise=promise,
            by=by,
            occurrence=occurrence,
            defaults={"kept": kept, "marked_at": timezone.now()},
        )
        return mark


# 10. Forgiveness ------------------------------------------------------------------------------


def forgiveness_give(
    *, breach: Breach, by: User, text: str, visibility: str = Visibility.PARTNER
) -> Forgiveness:
    """The first written forgiveness (its version 1). Later words are `forgiveness_revise`."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "forgive")
        _require_joint_step_open(breach, roles, by)
        if Forgiveness.objects.filter(breach=breach).exists():
            raise ActionRefused(
                "You have already written your forgiveness. You can write it again below.",
                code="conflict",
            )
        forgiveness = Forgiveness.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            version=1,
            text=clean_text(text, what="your words"),
            taken_back=False,
            visibility=clean_visibility(visibility),
        )
        trump_tally_refresh(space=breach.space)  # what counts as a trump card may change
        return forgiveness


def forgiveness_revise(
    *,
    breach: Breach,
    by: User,
    text: str,
    taken_back: bool = False,
    visibility: str = Visibility.PARTNER,
) -> Forgiveness:
    """Forgiveness revisited, by the partner who was hurt alone: new words as a new dated
    version (or, with `taken_back`, that it is taken back for now). Earlier versions stay
    as they were; each person sees the latest version shared with them."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_hurt(breach, roles, by, "revisit forgiveness")
        latest = Forgiveness.objects.filter(breach=breach).order_by("-version").first()
        if latest is None:
            raise ActionRefused("There is no forgiveness to revisit yet.", code="conflict")
        forgiveness = Forgiveness.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            version=latest.version + 1,
            text=clean_text(text, what="your words"),
            taken_back=bool(taken_back),
            visibility=clean_visibility(visibility),
        )
        trump_tally_refresh(space=breach.space)
        return forgiveness


# 11. Outcome ----------------------------------------------------------------------------------


def _outcome_choice(choice: str) -> str:
    if choice not in OutcomeChoice.values:
        raise ActionRefused("Please choose one of the two.", code="invalid")
    return choice


def outcome_record(
    *, breach: Breach, by: User, choice: str, text: str, visibility: str = Visibility.PARTNER
) -> OutcomeStatement:
    """Each partner says where they stand: recommit, or part with respect. The app shows
    both answers side by side and never decides between them."""
    return _outcome_add(
        breach=breach, by=by, choice=choice, text=text, visibility=visibility, revising=False
    )


def outcome_revise(
    *, breach: Breach, by: User, choice: str, text: str, visibility: str = Visibility.PARTNER
) -> OutcomeStatement:
    """Where a partner stands, revisited: a new dated version of their own; what they
    recorded before stays, and shows as earlier."""
    return _outcome_add(
        breach=breach, by=by, choice=choice, text=text, visibility=visibility, revising=True
    )


def _outcome_add(
    *, breach: Breach, by: User, choice: str, text: str, visibility: str, revising: bool
) -> OutcomeStatement:
    """The next version of `by`'s own outcome: the first one (`revising` refuses if there is
    none yet), or a revision (recording again refuses once there is one)."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_partner(breach, roles, by)
        choice = _outcome_choice(choice)
        latest = (
            OutcomeStatement.objects.filter(breach=breach, author=by).order_by("-version").first()
        )
        if latest is not None and not revising:
            raise ActionRefused(
                "You have already recorded where you stand. You can revisit it below.",
                code="conflict",
            )
        if latest is None and revising:
            raise ActionRefused("There is nothing recorded to revisit yet.", code="conflict")
        return OutcomeStatement.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            version=latest.version + 1 if latest else 1,
            choice=choice,
            text=clean_text(text, what="your words"),
            visibility=_shared_visibility(visibility),
        )


def item_visibility_change(*, item: Reflection, by: User, visibility: str) -> None:
    """Share or unshare a reflection. (A decision has its own rules: `decision_share`.)"""
    roles = space_roles(item.space)
    if not can_change(by, item, roles):
        raise ActionRefused("Not found.", code="not_found")
    item.save(update_fields=set_visibility(item, clean_visibility(visibility)))
    audit.record("sharing_changed", user=by, space_id=item.space_id)


def self_trust_write(*, space: Space, by: User, exercise: str, text: str) -> SelfTrustEntry:
    from .selftrust import BY_KEY

    if space_roles(space).role_of(by) is None:
        raise ActionRefused("Not found.", code="not_found")
    if exercise not in BY_KEY:
        raise ActionRefused("Please choose one of the exercises.", code="invalid")
    return SelfTrustEntry.objects.create(
        space=space,
        author=by,
        exercise=exercise,
        text=clean_text(text, what="your answer"),
        visibility=Visibility.PRIVATE,
    )

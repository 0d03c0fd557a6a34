"""Where a repair path stands: a pure rule over plain facts (no Django, no database here).

One place computes the state of every step, for everyone who asks: the path pages and
their overview (`selectors.paths_for`), the step pages (which show a closed step's reason
instead of its form), the API (`state` and `reason` of each step), the services (which
refuse a joint step with the reason of `gate_reason`) and the wording table
(`pathwords`), which turns each reason into words.

The facts are what one person may see, built by `selectors` from rows read through
visibility (`PathFacts`); the services build the gate from the rows themselves (`Gate`).
Nothing here can tell whether something exists that the viewer may not see, so nothing
said from here can reveal it: a professional's view says "nothing shared with you yet",
never "not written yet", and may be further along than what they see ("maybe_more").

Each step comes back as one of three states, with one reason code:

  done    the step has happened, as far as the viewer can see;
  open    it can be taken now (the reason says what it is waiting for);
  closed  it cannot be taken now, for exactly one reason, the first that applies of
          GATE_ORDER: the other partner is not here, the hurt partner shared "no", or the
          two commitments are not both written yet.

The joint steps (JOINT) are closed by the gate. The commitments and the decision are closed
only when the other partner is not here and nothing is left for the viewer to do there.
"""

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["hurt", "injuring", "professional"]
HURT: Role = "hurt"
INJURING: Role = "injuring"
PROFESSIONAL: Role = "professional"
ROLES: tuple[Role, ...] = (HURT, INJURING, PROFESSIONAL)

# The decision as someone sees it: none yet, one of the three answers, or taken back.
Seen = Literal["none", "rebuild", "not_sure", "no", "withdrawn"]
DECISIONS: tuple[Seen, ...] = ("none", "rebuild", "not_sure", "no", "withdrawn")

# The latest accountability statement the viewer may see, and the answer to it.
Statement = Literal["none", "unanswered", "missing", "complete"]
STATEMENTS: tuple[Statement, ...] = ("none", "unanswered", "missing", "complete")

STEPS = (
    "safety",
    "decision",
    "commitments",
    "reflection",
    "accountability",
    "questions",
    "impact",
    "attempts",
    "promises",
    "forgiveness",
    "outcome",
)
# Each partner's own, private steps: a professional has none of them.
OWN_STEPS = frozenset({"safety", "reflection"})
# Steps that wait for the gate: both partners here, both commitments, no shared "no".
JOINT = ("accountability", "questions", "impact", "attempts", "promises", "forgiveness")
# Steps someone who may not be safe is still pointed to (the others are never pushed).
SAFE_TO_PUSH = frozenset({"safety", "decision", "reflection"})

DONE, OPEN, CLOSED = "done", "open", "closed"
STATES = (DONE, OPEN, CLOSED)

# Why a step is closed: one reason, the first of these that applies.
PARTNER_MISSING = "partner_missing"
DECIDED_NO = "decided_no"
COMMITMENTS_MISSING = "commitments_missing"
GATE_ORDER = (PARTNER_MISSING, DECIDED_NO, COMMITMENTS_MISSING)

# An aside to a step's words: a professional's view may be behind the truth; the hurt
# partner's decision is private, or not what the other partner sees.
MAYBE_MORE = "maybe_more"
ONLY_YOU = "only_you"
PARTNER_SEES_EARLIER = "partner_sees_earlier"
PARTNER_SEES_DECIDING = "partner_sees_deciding"
NOTHING_SHARED = "nothing_shared"

# Every reason a step can have, per step (the open and done ones; closed ones: GATE_ORDER).
REASONS: dict[str, frozenset[str]] = {
    "safety": frozenset({"checked", "not_checked"}),
    "decision": frozenset(
        {"decided", "yours_to_make", "partner_shared", "partner_deciding", "deciding_again"}
        | {NOTHING_SHARED}
    ),
    "commitments": frozenset(
        {"both", "neither_yet", "partner_written", "waiting_for_partner", "yours_alone"}
        | {"both_shared", "some_shared", NOTHING_SHARED}
    ),
    "reflection": frozenset({"written", "not_yet"}),
    "accountability": frozenset(
        {"complete", "not_written", "awaiting_answer", "something_missing", NOTHING_SHARED}
    ),
    "questions": frozenset(
        {"no_more_questions", "waiting_answers", "all_answered", "none_asked", NOTHING_SHARED}
    ),
    "impact": frozenset({"written", "not_written", NOTHING_SHARED}),
    "attempts": frozenset({"all_answered", "some_unanswered", "none_yet", NOTHING_SHARED}),
    "promises": frozenset({"made", "none_yet", NOTHING_SHARED}),
    "forgiveness": frozenset({"written", "when_true", NOTHING_SHARED}),
    "outcome": frozenset({"both", "yours_recorded", "when_ready", "one_shared", NOTHING_SHARED}),
}


@dataclass(frozen=True)
class Gate:
    """What opens the joint steps of one path."""

    partner_here: bool  # both partners of the path are in the space now
    both_committed: bool
    decided_no: bool  # the decision the path goes by (the latest one shared) is "no"


def gate_reason(gate: Gate) -> str | None:
    """Why the joint steps are closed (one reason, the first that applies), or None."""
    if not gate.partner_here:
        return PARTNER_MISSING
    if gate.decided_no:
        return DECIDED_NO
    if not gate.both_committed:
        return COMMITMENTS_MISSING
    return None


@dataclass(frozen=True)
class PathFacts:
    """One path, as one person may see it. Counts are of items the viewer may see."""

    role: Role
    # The other partner of the path is in the space now (for a professional: both are).
    partner_here: bool = True
    # The viewer's own safety check (partners only), and whether it signals danger.
    safety_checked: bool = False
    unsafe_for_me: bool = False
    # The decision as the viewer sees it (the hurt partner: their own latest answer), and,
    # for the hurt partner, the one the path goes by (what the other partner sees).
    decision: Seen = "none"
    decision_private: bool = False
    decision_counts: Seen = "none"
    hurt_committed: bool = False
    injuring_committed: bool = False
    statement: Statement = "none"
    questions: int = 0
    open_questions: int = 0
    questions_closed: bool = False  # the hurt partner said "no more questions for now"
    impact_written: bool = False
    attempts: int = 0
    unanswered_attempts: int = 0
    promises: int = 0
    forgiven: bool = False
    outcomes: int = 0
    my_outcome: bool = False
    my_reflections: int = 0


@dataclass(frozen=True)
class StepState:
    key: str
    state: str
    reason: str
    waiting_on_me: bool = False
    asides: tuple[str, ...] = ()

    @property
    def done(self) -> bool:
        return self.state == DONE

    @property
    def closed(self) -> bool:
        return self.state == CLOSED


@dataclass(frozen=True)
class PathState:
    role: Role
    steps: tuple[StepState, ...]
    # Why the joint steps are closed, as the viewer sees it (None: open; a professional
    # takes no joint step, and sees no gate).
    gate: str | None
    closed_by_no: bool
    by_key: dict[str, StepState] = field(default_factory=dict, compare=False, repr=False)

    @property
    def joint_open(self) -> bool:
        return self.role != PROFESSIONAL and self.gate is None

    def step(self, key: str) -> StepState:
        return self.by_key[key]


def path_state(facts: PathFacts) -> PathState:
    """Every step of the path, in order, as this person may see it."""
    if facts.role == PROFESSIONAL:
        steps = _as_professional(facts)
        gate = None
        closed_by_no = facts.decision == "no"
    else:
        gate = gate_reason(
            Gate(
                partner_here=facts.partner_here,
                both_committed=facts.hurt_committed and facts.injuring_committed,
                decided_no=_counts(facts) == "no",
            )
        )
        steps = _as_partner(facts, gate)
        closed_by_no = _counts(facts) == "no"
    if facts.unsafe_for_me:
        # Joint exercises are not pushed on someone who may not be safe: they stay open,
        # but nothing says "waiting for you" except their own, private steps.
        steps = [s if s.key in SAFE_TO_PUSH else _with(s, waiting_on_me=False) for s in steps]
    ordered = tuple(steps)
    return PathState(
        role=facts.role,
        steps=ordered,
        gate=gate,
        closed_by_no=closed_by_no,
        by_key={s.key: s for s in ordered},
    )


def _with(step: StepState, *, waiting_on_me: bool) -> StepState:
    return StepState(step.key, step.state, step.reason, waiting_on_me, step.asides)


def _counts(facts: PathFacts) -> Seen:
    """The decision the path goes by: for the hurt partner, what the other partner sees;
    for anyone else, what they see themselves (never the hurt partner's private answer)."""
    return facts.decision_counts if facts.role == HURT else facts.decision


# The partners ---------------------------------------------------------------------------------


def _as_partner(f: PathFacts, gate: str | None) -> list[StepState]:
    hurt = f.role == HURT
    mine = f.hurt_committed if hurt else f.injuring_committed
    theirs = f.injuring_committed if hurt else f.hurt_committed
    steps = [
        StepState("safety", DONE, "checked")
        if f.safety_checked
        else StepState("safety", OPEN, "not_checked", waiting_on_me=True),
        _decision_for_hurt(f) if hurt else _decision_for_injuring(f),
        _commitments(f.partner_here, mine, theirs),
        StepState("reflection", DONE, "written")
        if f.my_reflections
        else StepState("reflection", OPEN, "not_yet"),
    ]

    def joint(key: str, done: str | None, reason: str, waiting: bool = False) -> StepState:
        if done:
            return StepState(key, DONE, done)
        if gate is not None:
            return StepState(key, CLOSED, gate)
        return StepState(key, OPEN, reason, waiting_on_me=waiting)

    statement_reason = {
        "none": "not_written",
        "unanswered": "awaiting_answer",
        "missing": "something_missing",
    }.get(f.statement, "not_written")
    steps.append(
        joint(
            "accountability",
            "complete" if f.statement == "complete" else None,
            statement_reason,
            waiting=(not hurt and f.statement in ("none", "missing"))
            or (hurt and f.statement == "unanswered"),
        )
    )
    open_questions = min(f.open_questions, f.questions)
    steps.append(
        joint(
            "questions",
            "no_more_questions" if f.questions_closed else None,
            "waiting_answers"
            if open_questions
            else "all_answered"
            if f.questions
            else "none_asked",
            waiting=not hurt and open_questions > 0,
        )
    )
    steps.append(joint("impact", "written" if f.impact_written else None, "not_written"))
    unanswered = min(f.unanswered_attempts, f.attempts)
    steps.append(
        joint(
            "attempts",
            "all_answered" if f.attempts and not unanswered else None,
            "some_unanswered" if unanswered else "none_yet",
            waiting=hurt and unanswered > 0,
        )
    )
    steps.append(joint("promises", "made" if f.promises else None, "none_yet"))
    steps.append(joint("forgiveness", "written" if f.forgiven else None, "when_true"))
    steps.append(_outcome_for_partner(f))
    return steps


def _decision_for_hurt(f: PathFacts) -> StepState:
    asides: list[str] = []
    decided = f.decision not in ("none", "withdrawn")
    if decided and f.decision_private:
        asides.append(ONLY_YOU)
    if f.partner_here and f.decision_counts != "none":
        if f.decision_counts == "withdrawn":
            asides.append(PARTNER_SEES_DECIDING)
        elif not decided or f.decision_private:
            # They still see an answer shared before, not the one made since (or none).
            asides.append(PARTNER_SEES_EARLIER)
    if decided:
        return StepState("decision", DONE, "decided", asides=tuple(asides))
    return StepState("decision", OPEN, "yours_to_make", waiting_on_me=True, asides=tuple(asides))


def _decision_for_injuring(f: PathFacts) -> StepState:
    if not f.partner_here:
        return StepState("decision", CLOSED, PARTNER_MISSING)
    if f.decision == "withdrawn":
        return StepState("decision", OPEN, "deciding_again")
    if f.decision == "none":
        return StepState("decision", OPEN, "partner_deciding")
    return StepState("decision", DONE, "partner_shared")


def _commitments(partner_here: bool, mine: bool, theirs: bool) -> StepState:
    if not partner_here:
        # Alone on this path: one's own can still be written; nothing else can happen here.
        if mine:
            return StepState("commitments", CLOSED, PARTNER_MISSING)
        return StepState("commitments", OPEN, "yours_alone")
    if mine and theirs:
        return StepState("commitments", DONE, "both")
    if mine:
        return StepState("commitments", OPEN, "waiting_for_partner")
    if theirs:
        return StepState("commitments", OPEN, "partner_written", waiting_on_me=True)
    return StepState("commitments", OPEN, "neither_yet", waiting_on_me=True)


def _outcome_for_partner(f: PathFacts) -> StepState:
    outcomes = max(f.outcomes, int(f.my_outcome))
    if outcomes >= 2:
        return StepState("outcome", DONE, "both")
    if f.my_outcome:
        return StepState("outcome", OPEN, "yours_recorded")
    return StepState("outcome", OPEN, "when_ready", waiting_on_me=_counts(f) == "no")


# The professional ----------------------------------------------------------------------------


def _as_professional(f: PathFacts) -> list[StepState]:
    """Only what was shared with them: "nothing shared with you yet" where they see nothing,
    and an aside that the step may be further along wherever they see part of it."""

    def seen(key: str, state: str, reason: str) -> StepState:
        more = state != DONE and reason != NOTHING_SHARED
        return StepState(key, state, reason, asides=(MAYBE_MORE,) if more else ())

    if f.decision == "none":
        decision = seen("decision", OPEN, NOTHING_SHARED)
    elif f.decision == "withdrawn":
        decision = seen("decision", OPEN, "deciding_again")
    else:
        decision = seen("decision", DONE, "partner_shared")
    committed = int(f.hurt_committed) + int(f.injuring_committed)
    commitments = (
        seen("commitments", DONE, "both_shared")
        if committed == 2
        else seen("commitments", OPEN, "some_shared")
        if committed
        else seen("commitments", OPEN, NOTHING_SHARED)
    )
    statement = {
        "none": (OPEN, NOTHING_SHARED),
        "unanswered": (OPEN, "awaiting_answer"),
        "missing": (OPEN, "something_missing"),
        "complete": (DONE, "complete"),
    }[f.statement]
    open_questions = min(f.open_questions, f.questions)
    questions = (
        seen("questions", DONE, "no_more_questions")
        if f.questions_closed
        else seen("questions", OPEN, NOTHING_SHARED)
        if not f.questions
        else seen("questions", OPEN, "waiting_answers" if open_questions else "all_answered")
    )
    unanswered = min(f.unanswered_attempts, f.attempts)
    attempts = (
        seen("attempts", OPEN, NOTHING_SHARED)
        if not f.attempts
        else seen("attempts", OPEN, "some_unanswered")
        if unanswered
        else seen("attempts", DONE, "all_answered")
    )
    outcomes = min(f.outcomes, 2)
    return [
        decision,
        commitments,
        seen("accountability", *statement),
        questions,
        seen("impact", DONE, "written")
        if f.impact_written
        else seen("impact", OPEN, NOTHING_SHARED),
        attempts,
        seen("promises", DONE, "made") if f.promises else seen("promises", OPEN, NOTHING_SHARED),
        seen("forgiveness", DONE, "written")
        if f.forgiven
        else seen("forgiveness", OPEN, NOTHING_SHARED),
        seen("outcome", DONE, "both")
        if outcomes == 2
        else seen("outcome", OPEN, "one_shared")
        if outcomes
        else seen("outcome", OPEN, NOTHING_SHARED),
    ]

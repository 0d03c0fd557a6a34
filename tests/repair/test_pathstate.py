"""The path's state: the pure rule (`amends.repair.pathstate`) and its wording table
(`amends.repair.pathwords`), tested without a database on every combination of their facts
(Hypothesis draws them; the gate's three facts are also enumerated outright)."""

import ast
import itertools
import re
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.repair import pathstate, pathwords
from amends.repair.pathstate import (
    CLOSED,
    COMMITMENTS_MISSING,
    DECIDED_NO,
    DECISIONS,
    DONE,
    GATE_ORDER,
    JOINT,
    MAYBE_MORE,
    NOTHING_SHARED,
    OPEN,
    OWN_STEPS,
    PARTNER_MISSING,
    REASONS,
    ROLES,
    SAFE_TO_PUSH,
    STATEMENTS,
    STEPS,
    Gate,
    PathFacts,
    gate_reason,
    path_state,
)

COUNT = st.integers(min_value=0, max_value=3)
NAMES = {
    "partner": "Jordan",
    "hurt": "Alex",
    "label": "I want to try to rebuild",
    "shown_label": "I'm not sure yet",
    "version": 2,
    "questions_waiting": "2 questions",
    "attempts_offered": "3 attempts offered",
    "attempts_unanswered": "1",
    "promises": "2 promises",
    "reflections": "2",
}


ANY_ROLE = st.sampled_from(ROLES)


def facts_for(role: st.SearchStrategy[str] = ANY_ROLE) -> st.SearchStrategy[PathFacts]:
    return st.builds(PathFacts, role=role, **FACTS)


FACTS: dict[str, st.SearchStrategy[object]] = dict(
    partner_here=st.booleans(),
    safety_checked=st.booleans(),
    unsafe_for_me=st.booleans(),
    decision=st.sampled_from(DECISIONS),
    decision_private=st.booleans(),
    decision_counts=st.sampled_from(DECISIONS),
    hurt_committed=st.booleans(),
    injuring_committed=st.booleans(),
    statement=st.sampled_from(STATEMENTS),
    questions=COUNT,
    open_questions=COUNT,
    questions_closed=st.booleans(),
    impact_written=st.booleans(),
    attempts=COUNT,
    unanswered_attempts=COUNT,
    promises=COUNT,
    forgiven=st.booleans(),
    outcomes=COUNT,
    my_outcome=st.booleans(),
    my_reflections=COUNT,
)


def test_every_fact_is_drawn() -> None:
    """The strategy names every field of PathFacts, so "every combination" means it."""
    assert {f.name for f in fields(PathFacts)} == {"role", *FACTS}


def test_the_modules_are_pure() -> None:
    """Like checkins/stuck.py: no Django, no database, nothing but the standard library."""
    for module in (pathstate, pathwords):
        tree = ast.parse(Path(str(module.__file__)).read_text())
        imported = {
            (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            or (isinstance(node, ast.ImportFrom) and node.level == 0)  # not "from .pathstate"
            for alias in node.names
        }
        outside = {
            name
            for name in imported
            if name.split(".")[0] not in {"", "collections", "dataclasses", "typing"}
        }
        assert outside == set(), f"{module.__name__} imports {outside}"


def expected_gate(f: PathFacts) -> str | None:
    """The gate, written out again independently: the first reason that applies."""
    counts = f.decision_counts if f.role == "hurt" else f.decision
    if not f.partner_here:
        return PARTNER_MISSING
    if counts == "no":
        return DECIDED_NO
    if not (f.hurt_committed and f.injuring_committed):
        return COMMITMENTS_MISSING
    return None


@pytest.mark.parametrize(
    ("partner_here", "both_committed", "decided_no"),
    list(itertools.product([True, False], repeat=3)),
)
def test_the_gate_has_one_reason_for_every_combination(
    partner_here: bool, both_committed: bool, decided_no: bool
) -> None:
    reason = gate_reason(Gate(partner_here, both_committed, decided_no))
    applies = [
        r
        for r, applying in zip(
            GATE_ORDER, (not partner_here, decided_no, not both_committed), strict=True
        )
        if applying
    ]
    assert reason == (applies[0] if applies else None)


@settings(max_examples=1500)
@given(facts_for())
def test_every_step_has_one_state_and_one_reason(f: PathFacts) -> None:
    state = path_state(f)
    keys = [s.key for s in state.steps]
    if f.role == "professional":
        assert keys == [k for k in STEPS if k not in OWN_STEPS]
    else:
        assert keys == list(STEPS)
    for step in state.steps:
        assert step.state in (DONE, OPEN, CLOSED)
        assert isinstance(step.reason, str) and step.reason
        if step.state == CLOSED:
            # One reason per closed step, and it is a reason of the gate.
            assert step.reason in GATE_ORDER, step
            assert not step.waiting_on_me, step
        else:
            assert step.reason in REASONS[step.key], step
        assert state.step(step.key) is step


@settings(max_examples=1500)
@given(facts_for(st.sampled_from(["hurt", "injuring"])))
def test_joint_steps_are_closed_exactly_by_the_gate(f: PathFacts) -> None:
    state = path_state(f)
    gate = expected_gate(f)
    assert state.gate == gate
    assert state.joint_open == (gate is None)
    for key in JOINT:
        step = state.step(key)
        if step.state != DONE:
            assert step.closed == (gate is not None), step
            if step.closed:
                assert step.reason == gate
    # The services ask the same rule, with the same facts.
    assert state.gate == gate_reason(
        Gate(
            partner_here=f.partner_here,
            both_committed=f.hurt_committed and f.injuring_committed,
            decided_no=(f.decision_counts if f.role == "hurt" else f.decision) == "no",
        )
    )


@settings(max_examples=1000)
@given(facts_for(st.just("injuring")), st.sampled_from(DECISIONS), st.booleans())
def test_the_hurt_partners_private_answer_changes_nothing_for_the_other(
    f: PathFacts, counts: str, private: bool
) -> None:
    """What the injuring partner sees is built from what was shared with them: the hurt
    partner's own latest answer, and whether it is private, are not among their facts."""
    other = replace(f, decision_counts=counts, decision_private=private)  # type: ignore[arg-type]
    assert path_state(other) == path_state(f)


@settings(max_examples=1000)
@given(facts_for())
def test_someone_who_may_not_be_safe_is_not_pushed(f: PathFacts) -> None:
    state = path_state(replace(f, unsafe_for_me=True))
    assert not [s for s in state.steps if s.waiting_on_me and s.key not in SAFE_TO_PUSH]


# The words ------------------------------------------------------------------------------------

SENTENCE = re.compile(r"[^.]+\.")


@settings(max_examples=1500)
@given(facts_for(), st.booleans())
def test_every_state_has_plain_words(f: PathFacts, named: bool) -> None:
    names = NAMES if named else {**NAMES, "partner": "", "hurt": ""}
    for step in path_state(f).steps:
        words = pathwords.step_words(step, f.role, **names)
        assert words and not words[0].islower() and words.endswith("."), (step, words)
        assert "{" not in words and "}" not in words, words
        # The page adds "Waiting for you." to a step waiting on the viewer: never twice.
        assert not re.search(r"Waiting for you\b", words), (step, words)
        sentences = [s.strip() for s in SENTENCE.findall(words)]
        assert len(sentences) == len(set(sentences)), words
        if not f.partner_here and f.role != "professional":
            # Alone on this path: nobody is deciding or writing "here", so nothing says so.
            assert "is deciding" not in words and "Waiting for" not in words, (step, words)
        if step.state == CLOSED:
            # Its page says why in a whole sentence: the one the services refuse with.
            long = pathwords.step_words(step, f.role, long=True, **names)
            assert long == pathwords.closed_words(step.reason, f.role, **names) or (
                step.key in ("commitments", "decision")
            ), (step, long)


FALSE_PROGRESS = ("Not written", "None yet", "No attempts", "No promises", "No questions")
FALSE_PROGRESS += ("Waiting for", "Neither", "is deciding.")


@settings(max_examples=1500)
@given(facts_for(st.just("professional")))
def test_a_professional_is_never_told_that_something_was_not_done(f: PathFacts) -> None:
    """They see what was shared with them: where that is nothing, they are told so, and
    where it is part of a step, that the step may be further along. The same words whether
    or not anything else exists (the facts hold only what was shared with them)."""
    for step in path_state(f).steps:
        words = pathwords.step_words(step, "professional", **NAMES)
        for false_progress in FALSE_PROGRESS:
            assert false_progress not in words, (step, words)
        if step.state != DONE:
            assert step.reason == NOTHING_SHARED or MAYBE_MORE in step.asides, step
        if step.reason == NOTHING_SHARED:
            assert words == "Nothing shared with you yet."


def test_the_words_reported_in_the_issue_are_gone() -> None:
    # Both committed, then the hurt partner shared "no": the other partner is told why.
    after_no = path_state(
        PathFacts(role="injuring", decision="no", hurt_committed=True, injuring_committed=True)
    )
    for key in ("impact", "questions", "accountability"):
        step = after_no.step(key)
        assert (step.state, step.reason) == (CLOSED, DECIDED_NO)
        words = pathwords.step_words(step, "injuring", partner="Alex")
        assert "decided not to rebuild" in words and "commitment" not in words
    # Neither has committed: the status is not "Waiting for you." (the page says that).
    neither = path_state(PathFacts(role="injuring")).step("commitments")
    assert neither.waiting_on_me
    assert pathwords.step_words(neither, "injuring", partner="Alex") == (
        "Neither of you has written one yet."
    )
    # Alone: not "your partner is deciding.", which was lowercase, and false.
    alone = path_state(PathFacts(role="injuring", partner_here=False)).step("decision")
    assert (alone.state, alone.reason) == (CLOSED, PARTNER_MISSING)
    words = pathwords.step_words(alone, "injuring")
    assert words[0].isupper() and "deciding" not in words


def test_every_reason_has_words_for_every_role_that_can_meet_it() -> None:
    for key, reasons in REASONS.items():
        for reason in reasons:
            assert reason in pathwords.WORDS[key], (key, reason)
    for reason in GATE_ORDER:
        for role in ("hurt", "injuring"):
            assert pathwords.closed_words(reason, role, partner="Jordan")
            assert pathwords._pick(pathwords.CLOSED_SHORT[reason], role)
    assert set(pathwords.ASIDES) >= {MAYBE_MORE}
    assert OPEN  # the three states are the module's names

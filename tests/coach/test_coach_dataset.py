"""Quality thresholds on the labelled data set (the held-out set is only reported)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from amends.coach.report import Evaluation, evaluate, load
from amends.coach.types import APOLOGY_COMPONENTS, HARMFUL_KINDS, POSITIVE_KINDS

DATA = Path(__file__).parent / "data"


@cache
def _evaluation() -> Evaluation:
    return evaluate(load(DATA / "messages.jsonl"))


def test_data_set_is_big_and_covers_every_kind() -> None:
    rows = load(DATA / "messages.jsonl")
    assert len(rows) >= 400
    for kind in HARMFUL_KINDS + POSITIVE_KINDS:
        assert sum(kind in r["kinds"] for r in rows) >= 25, kind  # type: ignore[operator]
    assert len({r["id"] for r in rows}) == len(rows)


def test_micro_harmful_precision_and_recall() -> None:
    micro = _evaluation().micro_harmful()
    assert micro.precision >= 0.90
    assert micro.recall >= 0.80


def test_each_harmful_kind_precision() -> None:
    ev = _evaluation()
    for kind in HARMFUL_KINDS:
        assert ev.kinds[kind].precision >= 0.80, kind


def test_positive_kinds_f1() -> None:
    ev = _evaluation()
    for kind in POSITIVE_KINDS:
        assert ev.kinds[kind].f1 >= 0.80, kind


def test_apology_components_f1() -> None:
    ev = _evaluation()
    for part in APOLOGY_COMPONENTS:
        assert ev.components[part].f1 >= 0.80, part


def test_heldout_runs() -> None:
    ev = evaluate(load(DATA / "heldout.jsonl"))
    assert ev.messages >= 80


def test_blind_set_floor() -> None:
    """blind.jsonl was written in new styles before the last round of rule changes. It is
    reported, and held only to a modest floor, so it catches regressions without becoming
    something to tune to."""
    ev = evaluate(load(DATA / "blind.jsonl"))
    micro = ev.micro_harmful()
    print(f"\nblind.jsonl: {ev.messages} messages")
    print(f"micro harmful P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}")
    for kind in HARMFUL_KINDS + POSITIVE_KINDS:
        c = ev.kinds[kind]
        print(f"  {kind:<16} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")
    assert ev.messages >= 150
    assert micro.precision >= 0.85
    assert micro.recall >= 0.50

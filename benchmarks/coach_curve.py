"""How far the coach's recall can go by thresholds alone, on the validation split.

    .venv/bin/python benchmarks/coach_curve.py

Moves every kind's learned threshold by the same step (the rules stay as they are), and,
with the eight-word floor lifted, once more; prints harmful micro precision and recall,
any-harm F1 and the false alarms on valid/everyday.jsonl for each step. Reads only
tests/coach/data/valid/ (never trained on; never sealed/). It answers one question: is
issue 17's bar (micro precision 0.90 with recall 0.80) a matter of where the thresholds
sit, or of what the model can tell apart?
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from amends.coach import learned, report  # noqa: E402
from amends.coach.analyzer import analyze_with_learned  # noqa: E402

VALID = ROOT / "tests" / "coach" / "data" / "valid"
STEPS = (-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0)


def main() -> None:
    rows = [r for f in sorted(VALID.glob("*.jsonl")) for r in report.load(f)]
    everyday = report.load(VALID / "everyday.jsonl")
    model = learned.model()
    assert model is not None
    shipped = dict(model.threshold)
    report.ANALYSER[0] = analyze_with_learned
    print(f"validation split: {len(rows)} messages, {len(everyday)} of them everyday lines")
    print(
        f"{'floor':>5} {'step':>5} {'micro P':>8} {'micro R':>8} {'any F1':>7} {'everyday FA':>12}"
    )
    floor = learned.MIN_WORDS
    for min_words in (floor, 0):
        learned.MIN_WORDS = min_words
        for step in STEPS:
            model.threshold = {k: v + step for k, v in shipped.items()}
            ev = report.evaluate(rows)
            micro = ev.micro_harmful()
            alarms = report.evaluate(everyday).any_harm.fp
            print(
                f"{min_words:>5} {step:>+5.1f} {micro.precision:>8.3f} {micro.recall:>8.3f} "
                f"{ev.any_harm.f1:>7.3f} {alarms:>8} / {len(everyday)}"
            )
    learned.MIN_WORDS = floor
    model.threshold = shipped


if __name__ == "__main__":
    main()

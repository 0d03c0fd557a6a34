"""Precision, recall and F1 of the coach over a labelled JSONL file.

    python -m amends.coach.report [FILE]

Each line: {"id", "text", "forgiven_breaches"?, "kinds": [...], "apology": [...]}.
Scores are per message: a kind counts as found if any flag of that kind is raised.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from amends.coach.analyzer import analyze
from amends.coach.types import APOLOGY_COMPONENTS, HARMFUL_KINDS, POSITIVE_KINDS

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "tests" / "coach" / "data" / "messages.jsonl"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: bool, found: bool) -> None:
        if expected and found:
            self.tp += 1
        elif found:
            self.fp += 1
        elif expected:
            self.fn += 1


@dataclass
class Evaluation:
    messages: int = 0
    kinds: dict[str, Counts] = field(default_factory=dict)
    components: dict[str, Counts] = field(default_factory=dict)
    # (id, kind, "missed" | "false alarm", text) for looking at mistakes.
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def micro_harmful(self) -> Counts:
        total = Counts()
        for kind in HARMFUL_KINDS:
            c = self.kinds[kind]
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: Iterable[dict[str, object]]) -> Evaluation:
    ev = Evaluation(
        kinds={k: Counts() for k in HARMFUL_KINDS + POSITIVE_KINDS},
        components={c: Counts() for c in APOLOGY_COMPONENTS},
    )
    for row in rows:
        text = str(row.get("text", ""))
        breaches = row.get("forgiven_breaches") or []
        assert isinstance(breaches, list)
        expected_kinds = set(row.get("kinds") or [])  # type: ignore[call-overload]
        expected_parts = set(row.get("apology") or [])  # type: ignore[call-overload]
        result = analyze(text, [str(b) for b in breaches])
        found_kinds = result.kinds
        found_parts = set(result.apology.components)
        ev.messages += 1
        for kind, counts in ev.kinds.items():
            exp, got = kind in expected_kinds, kind in found_kinds
            counts.add(exp, got)
            if exp != got:
                what = "missed" if exp else "false alarm"
                ev.errors.append((str(row.get("id")), kind, what, text))
        for part, counts in ev.components.items():
            exp, got = part in expected_parts, part in found_parts
            counts.add(exp, got)
            if exp != got:
                what = "missed" if exp else "false alarm"
                ev.errors.append((str(row.get("id")), "apology:" + part, what, text))
    return ev


def format_report(ev: Evaluation, title: str) -> str:
    lines = [f"{title}: {ev.messages} messages", ""]
    header = f"{'kind':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}"

    def row(name: str, c: Counts) -> str:
        return (
            f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>5}{c.fn:>5}"
        )

    lines.append(header)
    for kind in HARMFUL_KINDS + POSITIVE_KINDS:
        lines.append(row(kind, ev.kinds[kind]))
    lines.append(row("micro harmful", ev.micro_harmful()))
    lines.append("")
    lines.append(header.replace("kind", "apology component", 1))
    for part in APOLOGY_COMPONENTS:
        lines.append(row(part, ev.components[part]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    args = [a for a in args if a != "--errors"]
    path = Path(args[0]) if args else DEFAULT_DATA
    try:
        rows = load(path)
    except (OSError, ValueError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    ev = evaluate(rows)
    print(format_report(ev, str(path)))
    if show_errors:
        print()
        for ident, kind, what, text in ev.errors:
            print(f"{ident}\t{kind}\t{what}\t{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

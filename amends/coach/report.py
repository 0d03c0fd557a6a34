"""Precision, recall and F1 of the coach over labelled JSONL files.

    python -m amends.coach.report                 # tuned set and sealed set, apart
    python -m amends.coach.report --tuned         # tuned set only (while changing rules)
    python -m amends.coach.report FILE [--errors] [--rules]
    python -m amends.coach.report FILE --no-learned   # the rules alone (learned layer off)

Each line: {"id", "text", "forgiven_breaches"?, "kinds": [...], "apology": [...],
"register"?}. Scores are per message: a kind counts as found if any flag of that kind is
raised. "any harm" asks only whether a message with some harmful kind got some harmful
flag. ``--rules`` adds precision per rule id (and for the learned layer), so a bad rule
can be found and pruned.

The tuned set (``tests/coach/data/*.jsonl``) is what the rules were written against and
the learned layer was trained on: its figures are inflated. The sealed set
(``tests/coach/data/sealed/``) was never tuned against: only its totals are printed,
never its messages or its mistakes (``--errors`` refuses it).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from amends.coach.analyzer import analyze, analyze_rules, analyze_with_learned
from amends.coach.types import APOLOGY_COMPONENTS, HARMFUL_KINDS, POSITIVE_KINDS, Analysis

# What the report measures: the coach as it ships (rules), or with the learned layer.
ANALYSER: list[Callable[..., Analysis]] = [analyze]

DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "coach" / "data"
DEFAULT_DATA = DATA_DIR / "messages.jsonl"
SEALED_DIR = DATA_DIR / "sealed"


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
    any_harm: Counts = field(default_factory=Counts)
    # register -> (micro harmful, any harm)
    registers: dict[str, tuple[Counts, Counts]] = field(default_factory=dict)
    # rule id -> [flags raised on a message labelled with its kind, flags raised]
    rules: dict[str, list[int]] = field(default_factory=dict)

    def micro_harmful(self) -> Counts:
        total = Counts()
        for kind in HARMFUL_KINDS:
            c = self.kinds[kind]
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total


_HARMFUL_SET = frozenset(HARMFUL_KINDS)


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
        result = ANALYSER[0](text, [str(b) for b in breaches])
        found_kinds = result.kinds
        found_parts = set(result.apology.components)
        ev.messages += 1
        # Each message counts in its register and, where the set says whether it was
        # quoted from real people or written for the set, in that group too.
        groups = [str(row.get("register") or "all")]
        if "quoted" in row:
            groups.append("quoted" if row["quoted"] else "written")
        tallies = [ev.registers.setdefault(g, (Counts(), Counts())) for g in groups]
        harm_exp = bool(expected_kinds & _HARMFUL_SET)
        harm_got = bool(found_kinds & _HARMFUL_SET)
        ev.any_harm.add(harm_exp, harm_got)
        for _micro, anyh in tallies:
            anyh.add(harm_exp, harm_got)
        for f in result.flags:
            tally = ev.rules.setdefault(f.rule_id or "?", [0, 0])
            tally[0] += f.kind in expected_kinds
            tally[1] += 1
        for kind, counts in ev.kinds.items():
            exp, got = kind in expected_kinds, kind in found_kinds
            counts.add(exp, got)
            if kind in _HARMFUL_SET:
                for micro, _anyh in tallies:
                    micro.add(exp, got)
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
    lines.append(row("any harm", ev.any_harm))
    if len(ev.registers) > 1:
        for register, (micro, anyh) in sorted(ev.registers.items()):
            lines.append(row(f"micro harmful [{register}]", micro))
            lines.append(row(f"any harm [{register}]", anyh))
    lines.append("")
    lines.append(header.replace("kind", "apology component", 1))
    for part in APOLOGY_COMPONENTS:
        lines.append(row(part, ev.components[part]))
    return "\n".join(lines)


def format_rules(ev: Evaluation) -> str:
    lines = [f"{'rule':<52}{'right':>7}{'flags':>7}{'P':>7}"]
    for rid, (right, total) in sorted(
        ev.rules.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])
    ):
        lines.append(f"{rid:<52}{right:>7}{total:>7}{right / total:>7.3f}")
    return "\n".join(lines)


def is_sealed(path: Path) -> bool:
    return SEALED_DIR.resolve() in path.resolve().parents


def tuned_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.jsonl"))


def sealed_files() -> list[Path]:
    return sorted(SEALED_DIR.glob("*.jsonl"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    show_rules = "--rules" in args
    tuned_only = "--tuned" in args  # while tuning: not even the sealed totals
    if "--learned" in args:  # the learned layer too, whatever AMENDS_COACH_LEARNED says
        ANALYSER[0] = analyze_with_learned
    if "--no-learned" in args:  # the rules alone, as AMENDS_COACH_LEARNED=0 does
        ANALYSER[0] = analyze_rules
    flags = ("--errors", "--rules", "--learned", "--no-learned", "--tuned")
    args = [a for a in args if a not in flags]
    if not args:
        tuned = [r for p in tuned_files() for r in load(p)]
        ev = evaluate(tuned)
        names = ", ".join(p.name for p in tuned_files())
        print(
            format_report(
                ev, f"TUNED SET, inflated (rules written and model trained on it: {names})"
            )
        )
        if show_rules:
            print()
            print(format_rules(ev))
        for path in [] if tuned_only else sealed_files():
            print()
            print("=" * 72)
            title = f"HELD OUT, sealed (never tuned on): {path.name}"
            print(format_report(evaluate(load(path)), title))
        return 0
    path = Path(args[0])
    if show_errors and is_sealed(path):
        print("refusing --errors on the sealed set: its mistakes must stay unread", file=sys.stderr)
        return 2
    try:
        rows = load(path)
    except (OSError, ValueError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    ev = evaluate(rows)
    print(format_report(ev, str(path)))
    if show_rules and not is_sealed(path):
        print()
        print(format_rules(ev))
    if show_errors:
        print()
        for ident, kind, what, text in ev.errors:
            print(f"{ident}\t{kind}\t{what}\t{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

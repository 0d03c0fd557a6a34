"""The coach's findings, every field of every flag, on all tuned and validation messages.

    .venv/bin/python benchmarks/coach_same.py dump OUT.jsonl   # before a speed change
    .venv/bin/python benchmarks/coach_same.py check OUT.jsonl  # after: exit 1 on a difference

Reads tests/coach/data/*.jsonl and valid/*.jsonl (never sealed/), every rule's examples
and counterexamples, and long messages made from them (the benchmark's 1,000-2,500
characters), and writes the whole analysis (flags with spans, rule ids and words; the
apology) from the rules alone and from the rules with the learned layer.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from amends.coach.analyzer import analyze_rules, analyze_with_learned  # noqa: E402
from amends.coach.ruleset import RULES  # noqa: E402

DATA = ROOT / "tests" / "coach" / "data"


def _inputs() -> Iterator[tuple[str, list[str]]]:
    files = sorted(DATA.glob("*.jsonl")) + sorted((DATA / "valid").glob("*.jsonl"))
    pool: list[tuple[str, list[str]]] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pool.append((row["text"], row.get("forgiven_breaches", [])))
    for rule in RULES:
        for text in rule.examples + rule.counterexamples:
            pool.append((text, []))
            pool.append((text, ["the affair with Chris in 2023"]))
    yield from pool
    rng = random.Random(17)
    for _ in range(300):
        size = rng.randint(1000, 2500)
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(pool)[0])
        yield " ".join(parts)[:size], rng.choice([[], ["the affair with Chris in 2023"]])


def _lines() -> Iterator[str]:
    for text, breaches in _inputs():
        for fn in (analyze_rules, analyze_with_learned):
            yield json.dumps(fn(text, breaches).to_dict(), ensure_ascii=False, sort_keys=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"dump", "check"}:
        print(__doc__)
        return 2
    path = Path(argv[1])
    if argv[0] == "dump":
        path.write_text("".join(line + "\n" for line in _lines()), encoding="utf-8")
        return 0
    before = path.read_text(encoding="utf-8").splitlines()
    after = list(_lines())
    bad = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    if len(before) != len(after) or bad:
        print(f"DIFFERENT: {len(bad)} of {len(before)} results differ; first: {bad[:5]}")
        return 1
    print(f"same: {len(after)} results identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

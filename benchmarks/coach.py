"""Speed of the communication coach on one core.

    .venv/bin/python benchmarks/coach.py

Prints messages per second and p50/p99 latency for a mix of short and long messages,
throughput for messages under 300 characters (by `analyze` and through the batch CLI,
JSON in and out), p99 for 2,000-character messages, the time a fresh interpreter takes
to `import amends.coach`, and how long its first message then takes (the rules are
read and indexed on first use; a server calls `amends.coach.analyzer.warm()` at start).

Wall-clock figures move with the machine's load; the "cpu" figures count this process's
own CPU time only and are steadier on a shared machine. Compare runs made in the same
conditions, and give the load average (printed first).
"""

from __future__ import annotations

import io
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from amends.coach import analyze  # noqa: E402

DATA = ROOT / "tests" / "coach" / "data" / "messages.jsonl"


def _messages() -> list[tuple[str, list[str]]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [(r["text"], r.get("forgiven_breaches", [])) for r in rows]


def _long(rng: random.Random, pool: list[tuple[str, list[str]]], size: int) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        parts.append(rng.choice(pool)[0])
    return " ".join(parts)[:size]


def _timed(items: list[tuple[str, list[str]]]) -> list[float]:
    out: list[float] = []
    clock = time.perf_counter
    for text, breaches in items:
        t0 = clock()
        analyze(text, breaches)
        out.append(clock() - t0)
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _import_time() -> float:
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import amends.coach"], cwd=ROOT, check=True)
        best = min(best, time.perf_counter() - t0)
    baseline = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], cwd=ROOT, check=True)
        baseline = min(baseline, time.perf_counter() - t0)
    return best - baseline


def _first_message() -> float:
    code = (
        "import time; t0 = time.perf_counter(); import amends.coach as c; "
        "t1 = time.perf_counter(); c.analyze('you never listen to me', ['the affair']); "
        "print(time.perf_counter() - t1)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout)
        for _ in range(3)
    ]  # fmt: skip
    return statistics.median(runs)


def main() -> int:
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rng = random.Random(5)
    pool = _messages()
    short = [m for m in pool if len(m[0]) < 300]
    analyze("warm up", ["the affair with Chris"])

    batch = [rng.choice(short) for _ in range(20_000)]
    t0 = time.perf_counter()
    for text, breaches in batch:
        analyze(text, breaches)
    short_rate = len(batch) / (time.perf_counter() - t0)
    c0 = time.process_time()
    for text, breaches in batch:
        analyze(text, breaches)
    short_cpu = len(batch) / (time.process_time() - c0)

    from amends.coach.cli import run

    lines = [
        json.dumps({"id": i, "text": text, "forgiven_breaches": breaches})
        for i, (text, breaches) in enumerate(batch)
    ]
    t0, c0 = time.perf_counter(), time.process_time()
    run(lines, io.StringIO())
    cli_rate = len(lines) / (time.perf_counter() - t0)
    cli_cpu = len(lines) / (time.process_time() - c0)

    long_items = [(_long(rng, pool, rng.randint(1000, 2500)), []) for _ in range(400)]
    mix = [rng.choice(short) for _ in range(3600)] + long_items
    rng.shuffle(mix)
    mix_times = _timed(mix)

    two_k = [(_long(rng, pool, 2000), ["the affair with Chris in 2023"]) for _ in range(1000)]
    two_k_times = _timed(two_k)

    print(
        f"messages under 300 chars: {short_rate:,.0f} messages/second (one core), "
        f"cpu {short_cpu:,.0f}/s"
    )
    print(f"batch CLI, same messages as JSON lines: {cli_rate:,.0f}/s, cpu {cli_cpu:,.0f}/s")
    print(
        f"mixed ({len(mix)} messages, 10% of 1,000-2,500 chars): "
        f"{len(mix) / sum(mix_times):,.0f} messages/second, "
        f"p50 {_pct(mix_times, 0.50) * 1e3:.3f} ms, p99 {_pct(mix_times, 0.99) * 1e3:.3f} ms"
    )
    print(
        f"2,000-char messages: p50 {statistics.median(two_k_times) * 1e3:.3f} ms, "
        f"p99 {_pct(two_k_times, 0.99) * 1e3:.3f} ms"
    )
    import_ms = _import_time() * 1e3
    print(f"import amends.coach (fresh interpreter, minus bare start-up): {import_ms:.0f} ms")
    print(f"first message after that import: {_first_message() * 1e3:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

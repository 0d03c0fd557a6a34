"""Train the learned layer from our own labelled messages: ``python -m amends.coach.train``.

Reads ``tests/coach/data/*.jsonl`` (never ``tests/coach/data/sealed/``), prepares each
message as the analyser does, and compares two candidates by 5-fold cross-validation
on the same split (fixed seed):

- ``logreg``: logistic regression per kind (AdaGrad, L2), length-normalised features;
- ``bayes``: Bernoulli-style naive Bayes log-odds per kind, same features.

For each kind it picks the lowest threshold whose out-of-fold precision is at least
``PRECISION`` (a false alarm hurts more than a miss), keeps the candidate with the
better micro F1 at those thresholds, retrains it on everything and writes
``amends/coach/learned.json``. Same data, same seed, same file.

    python -m amends.coach.train            # train, print the comparison, write weights
    python -m amends.coach.train --check    # only print the comparison
    python -m amends.coach.train --exclude blind2.jsonl --out /tmp/w.json
                                            # leave a file out, to validate on it
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from amends.coach.learned import WEIGHTS, features
from amends.coach.scope import mask, normalise
from amends.coach.texting import expand
from amends.coach.types import HARMFUL_KINDS

DATA = Path(__file__).resolve().parents[2] / "tests" / "coach" / "data"
KINDS = [k for k in HARMFUL_KINDS if k != "trump_card"]  # trump cards need the breaches
SEED = 17
FOLDS = 5
PRECISION = 0.92
MIN_HITS = 4
EPOCHS = 12

Example = tuple[list[str], set[str]]


def prepare(text: str) -> str:
    return mask(expand(normalise(text))[0])


def load_training(exclude: Sequence[str] = ()) -> list[Example]:
    from amends.coach.analyzer import analyze_rules

    rows: list[Example] = []
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name in exclude:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    text = str(row["text"])
                    breaches = [str(b) for b in row.get("forgiven_breaches") or []]
                    found = analyze_rules(text, breaches).kinds
                    rows.append((features(prepare(text), found), set(row.get("kinds") or [])))
    return rows


def train_logreg(rows: Sequence[Example], seed: int = SEED) -> dict[str, object]:
    rng = random.Random(seed)
    weights: dict[str, dict[str, float]] = {k: {} for k in KINDS}
    accum: dict[str, dict[str, float]] = {k: {} for k in KINDS}
    bias = dict.fromkeys(KINDS, 0.0)
    bias_acc = dict.fromkeys(KINDS, 1e-8)
    pos = {k: sum(k in y for _x, y in rows) for k in KINDS}
    pos_weight = {k: min(4.0, math.sqrt((len(rows) - pos[k]) / max(1, pos[k]))) for k in KINDS}
    lr, l2 = 0.5, 1e-4
    order = list(range(len(rows)))
    for _epoch in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, labels = rows[i]
            if not feats:
                continue
            norm = 1.0 / math.sqrt(len(feats))
            for k in KINDS:
                w, acc = weights[k], accum[k]
                z = bias[k] + norm * sum(w.get(f, 0.0) for f in feats)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                y = k in labels
                g = (p - 1.0) * pos_weight[k] if y else p
                bias_acc[k] += g * g
                bias[k] -= lr * g / math.sqrt(bias_acc[k])
                for f in feats:
                    wf = w.get(f, 0.0)
                    gf = g * norm + l2 * wf
                    a = acc.get(f, 1e-8) + gf * gf
                    acc[f] = a
                    w[f] = wf - lr * gf / math.sqrt(a)
    return {"bias": bias, "weights": weights}


def train_bayes(rows: Sequence[Example], seed: int = SEED) -> dict[str, object]:
    del seed  # deterministic
    vocab: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    pos = dict.fromkeys(KINDS, 0)
    for feats, labels in rows:
        for f in feats:
            vocab[f] = vocab.get(f, 0) + 1
        for k in KINDS:
            if k in labels:
                pos[k] += 1
                c = counts[k]
                for f in feats:
                    c[f] = c.get(f, 0) + 1
    n = len(rows)
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for k in KINDS:
        p, q = pos[k], n - pos[k]
        bias[k] = math.log((p + 1) / (q + 1))
        w: dict[str, float] = {}
        for f, total in vocab.items():
            if total < 2:
                continue
            in_k = counts[k].get(f, 0)
            w[f] = math.log((in_k + 0.5) / (p + 1)) - math.log((total - in_k + 0.5) / (q + 1))
        weights[k] = w
    return {"bias": bias, "weights": weights, "scale": "none"}


def score(model: dict[str, object], feats: Sequence[str]) -> dict[str, float]:
    weights: dict[str, dict[str, float]] = model["weights"]  # type: ignore[assignment]
    bias: dict[str, float] = model["bias"]  # type: ignore[assignment]
    if not feats:
        return dict.fromkeys(KINDS, -100.0)
    norm = 1.0 if model.get("scale") == "none" else 1.0 / math.sqrt(len(feats))
    return {k: bias[k] + norm * sum(weights[k].get(f, 0.0) for f in feats) for k in KINDS}


def cross_validate(rows: Sequence[Example], trainer: str) -> list[dict[str, float]]:
    """Out-of-fold scores for every row (same folds for every trainer)."""
    idx = list(range(len(rows)))
    random.Random(SEED).shuffle(idx)
    oof: list[dict[str, float]] = [{} for _ in rows]
    fit = train_logreg if trainer == "logreg" else train_bayes
    for fold in range(FOLDS):
        test = set(idx[fold::FOLDS])
        model = fit([rows[i] for i in idx if i not in test])
        for i in test:
            oof[i] = score(model, rows[i][0])
    return oof


def thresholds(
    rows: Sequence[Example], oof: Sequence[dict[str, float]]
) -> dict[str, tuple[float, int, int, int]]:
    """Per kind: (threshold, tp, fp, fn) at the lowest threshold reaching PRECISION.

    Scores are margins (log-odds). A threshold can only fall between two different
    scores: messages with equal scores are all in or all out.
    """
    out = {}
    for k in KINDS:
        pairs = sorted(((s[k], k in y) for s, (_x, y) in zip(oof, rows, strict=True)), reverse=True)
        total = sum(y for _s, y in pairs)
        best = (math.inf, 0, 0, total)
        tp = fp = 0
        for i, (s, y) in enumerate(pairs):
            tp += y
            fp += not y
            if i + 1 < len(pairs) and pairs[i + 1][0] == s:
                continue
            if tp + fp >= MIN_HITS and tp / (tp + fp) >= PRECISION:
                best = (s, tp, fp, total - tp)
        out[k] = best
    return out


def report(name: str, th: dict[str, tuple[float, int, int, int]]) -> float:
    tp = sum(v[1] for v in th.values())
    fp = sum(v[2] for v in th.values())
    fn = sum(v[3] for v in th.values())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name}: out-of-fold micro P {p:.3f} R {r:.3f} F1 {f1:.3f} (alone, without rules)")
    for k, (t, a, b, c) in th.items():
        pk = a / (a + b) if a + b else 1.0
        rk = a / (a + c) if a + c else 0.0
        print(f"  {k:<16} margin {t:8.3f}  P {pk:.3f} R {rk:.3f}  (tp {a} fp {b} fn {c})")
    return f1


def _ceil4(x: float) -> float:
    return 1e9 if math.isinf(x) else math.ceil(x * 10_000) / 10_000


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    exclude = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "--exclude"]
    out = Path(args[args.index("--out") + 1]) if "--out" in args[:-1] else WEIGHTS
    rows = load_training(exclude)
    print(f"{len(rows)} labelled messages from {DATA} (sealed set excluded), {FOLDS}-fold CV")
    results = {}
    for name in ("logreg", "bayes"):
        th = thresholds(rows, cross_validate(rows, name))
        results[name] = (report(name, th), th)
    chosen = max(results, key=lambda n: results[n][0])
    print(f"chosen: {chosen}")
    if "--check" in args:
        return 0
    th = results[chosen][1]
    model = train_logreg(rows) if chosen == "logreg" else train_bayes(rows)
    weights: dict[str, dict[str, float]] = model["weights"]  # type: ignore[assignment]
    data = {
        "about": "Made by python -m amends.coach.train from tests/coach/data (our own labels).",
        "candidate": chosen,
        "kinds": KINDS,
        "bias": {k: round(v, 4) for k, v in model["bias"].items()},  # type: ignore[attr-defined]
        # Rounded up, so rounding never lets in a message the threshold left out.
        "threshold": {k: _ceil4(th[k][0]) for k in KINDS},
        "scale": model.get("scale", "sqrt"),
        "weights": {
            k: {f: round(w, 4) for f, w in sorted(weights[k].items()) if abs(w) >= 0.01}
            for k in KINDS
        },
    }
    out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

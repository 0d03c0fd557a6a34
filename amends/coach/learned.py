"""The learned layer: a small linear model that proposes what the rules missed.

Rules know the wording someone wrote them for; people find other words. This layer
reads the same prepared text (lowercased, texting spelled out, quotations masked) as
a bag of words, word pairs and letter groups, and scores each harmful kind with a
logistic regression trained by ``python -m amends.coach.train`` from our own labelled
messages (``tests/coach/data``; the sealed test set is never used). The weights are
plain numbers in ``learned.json``, made by that script and nothing else.

It only adds: a kind the rules already found is left to them (they point at the exact
words). A finding of its own points at the sentence that scored highest and explains
the kind in the same words the rules use, with ``rule_id = "learned"``. Its thresholds
were chosen for precision (a false "contempt" hurts), so it stays quiet when unsure.
Pure Python; the weights load on first use, not at import.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any

WEIGHTS = Path(__file__).with_name("learned.json")
LEARNED_ID = "learned"

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[!?]")
# The fewest words a message needs before the layer proposes anything. Short replies are
# the rules' to read: the layer's false alarms on everyday words fell on them ("ok see u at
# 7" in a hard week). 8 was chosen on the validation split alone (everyday false alarms 8 of
# 116 at 3 words, 6 at 8, as the rules; docs/decisions.md, "the learned layer is on").
MIN_WORDS = 8
_PLAIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


_NEGATORS = frozenset({"not", "no", "never", "nobody", "nothing", "without"})

# Weights in ten-thousandths, one field of _FIELD bits per kind (see Model). A field holds
# _HALF plus its sum, which stays below _HALF in size for any message: a weight is under
# 20 (2e5 in ten-thousandths), so it would take over 7e8 features to reach 2**47.
_SCALE = 10_000
_FIELD = 48
_HALF = 1 << (_FIELD - 1)
_MASK = (1 << _FIELD) - 1

# Letter groups are made fresh for words the model does not know, never remembered from one
# message to the next: a cache warmed by one person's words would make another's analysis of
# the same words faster, and timing is a channel. The model's own words are a fixed table.
_NOTHING_KNOWN: Mapping[str, tuple[str, ...]] = MappingProxyType({})


def features(text: str, found: Iterable[str] = (), chars: bool = True) -> list[str]:
    """Binary features of prepared text: words, word pairs, letter 4-grams (unless
    `chars` is false), the two words after a negation marked as negated ("you're not
    crazy"), and the kinds the rules already found in the message."""
    words = _WORD.findall(text)
    out = ["w:" + w for w in words]
    out += ["b:" + a + " " + b for a, b in pairwise(words)]
    for w, negated in _marked(words):
        if negated:
            out.append("n:" + w)
        if chars:
            out += _letter_groups(w)
    out += ["r:" + k for k in sorted(found)]
    return list(dict.fromkeys(out))


def feature_set(
    text: str,
    found: Iterable[str] = (),
    chars: bool = True,
    known: Mapping[str, tuple[str, ...]] = _NOTHING_KNOWN,
) -> set[str]:
    """The same features as `features`, as a set: what scoring needs (its sums are exact,
    so order does not matter), made faster because nothing is kept in order and the letter
    groups of the model's own words are read from `known` (Model.letter_groups)."""
    words = _WORD.findall(text)
    out = {"w:" + w for w in words}
    out.update("b:" + a + " " + b for a, b in pairwise(words))
    for w, negated in _marked(words):
        if negated:
            out.add("n:" + w)
        if chars:
            out.update(known.get(w) or _letter_groups(w))
    out.update("r:" + k for k in found)
    return out


def _marked(words: Sequence[str]) -> Iterator[tuple[str, bool]]:
    """Each word, and whether it is one of the two after a negation."""
    after = 0
    for w in words:
        yield w, after > 0
        if after:
            after -= 1
        if w in _NEGATORS or w.endswith("n't"):
            after = 2


def _letter_groups(word: str) -> tuple[str, ...]:
    if len(word) <= 2:
        return ()
    padded = " " + word + " "
    return tuple("c:" + padded[i : i + 4] for i in range(len(padded) - 3))


class Model:
    """Per kind: a bias, a weight per feature, and the threshold for a finding."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.kinds: list[str] = list(data["kinds"])
        self.bias: dict[str, float] = data["bias"]
        self.threshold: dict[str, float] = data["threshold"]
        self.weights: dict[str, dict[str, float]] = data["weights"]
        self.scaled = data.get("scale", "sqrt") != "none"
        self.chars = data.get("features", "words+chars") != "words"
        # One look-up per feature gives its weights for every kind at once: the weights are
        # written with four decimals (train.weights_file), so in ten-thousandths they are
        # whole numbers, and a feature's numbers for all kinds sit side by side in one Python
        # int, a field of _FIELD bits per kind. A message's sums for every kind are then one
        # exact sum() of ints instead of one float sum per kind: the layer was a third of the
        # coach's time on short messages (benchmarks/coach.py).
        packed: dict[str, int] = {}
        for i, kind in enumerate(self.kinds):
            for feat, weight in self.weights[kind].items():
                whole = round(weight * _SCALE)
                packed[feat] = packed.get(feat, 0) + (whole << (_FIELD * i))
        self.packed = packed
        self.letter_groups = {
            f[2:]: _letter_groups(f[2:]) for f in packed if f.startswith("w:") and len(f) > 4
        }
        # Added once to every total, so each field reads back as _HALF plus its true sum.
        self._offset = sum(_HALF << (_FIELD * i) for i in range(len(self.kinds)))

    def scores(
        self, feats: Collection[str], kinds: Iterable[str] | None = None
    ) -> dict[str, float]:
        """Margin (log-odds) per kind for one bag of features."""
        if not feats:
            return {}
        norm = 1.0 / math.sqrt(len(feats)) if self.scaled else 1.0
        total = sum(filter(None, map(self.packed.get, feats)), self._offset)
        wanted = None if kinds is None else set(kinds)
        out: dict[str, float] = {}
        for i, kind in enumerate(self.kinds):
            if wanted is None or kind in wanted:
                whole = ((total >> (_FIELD * i)) & _MASK) - _HALF
                out[kind] = self.bias[kind] + norm * (whole / _SCALE)
        return out


@cache
def model() -> Model | None:
    try:
        with WEIGHTS.open(encoding="utf-8") as fh:
            return Model(json.load(fh))
    except (OSError, ValueError, KeyError):  # pragma: no cover - shipped with the package
        return None


def propose(masked: str, found: set[str]) -> list[tuple[str, int, int, float]]:
    """(kind, start, end, margin) for kinds the rules did not find (`found`) that
    the model is sure of, judged on the whole message (as it was trained and its
    thresholds were chosen). The span is the sentence that scores highest for it."""
    m = model()
    if m is None:
        return []
    if len(_PLAIN_WORD.findall(masked)) < MIN_WORDS:
        return []  # "Why her?": too little to go on; short replies are the rules' to read
    kinds = [k for k in m.kinds if k not in found]
    if not kinds:
        return []
    whole = m.scores(feature_set(masked, found, m.chars, m.letter_groups), kinds)
    sure = [k for k in kinds if k in whole and whole[k] >= m.threshold[k]]
    if not sure:
        return []
    sentences = [(s.start(), s.end()) for s in _SENTENCE.finditer(masked)]
    out: list[tuple[str, int, int, float]] = []
    for k in sure:
        if len(sentences) > 1:
            per = [
                (
                    m.scores(feature_set(masked[a:b], (), m.chars, m.letter_groups), [k]).get(
                        k, -1e9
                    ),
                    a,
                    b,
                )
                for a, b in sentences
            ]
            _p, start, end = max(per)
        else:
            start, end = 0, len(masked)
        out.append((k, start, end, whole[k]))
    return out

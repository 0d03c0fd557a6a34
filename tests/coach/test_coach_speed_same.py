"""The coach's speed work (issue 17) changes no finding: the fast paths against the plain
readings they replaced, and `import amends.coach` stays light.

The whole-coach check (every flag of every tuned and validation message, before and
after) is ``benchmarks/coach_same.py``; these are the small, fast pieces of it.
"""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from amends.coach import scope, texting
from amends.coach.texting import _REPEAT, _TOKEN, Spans, _apply, _replacement, _squeeze


def _expand_every_word(low: str) -> tuple[str, Spans]:
    # texting.expand before the fast path: every word read.
    tokens = list(_TOKEN.finditer(low))
    if not tokens:
        return low, Spans()
    changes = []
    words = [t.group() for t in tokens]
    for i, tok in enumerate(tokens):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if _REPEAT.search(nxt):
            nxt = _squeeze(nxt)
        new = _replacement(word, nxt, prev)
        if new is not None and new != word:
            changes.append((tok.start(), tok.end(), new))
    if not changes:
        return low, Spans()
    return _apply(low, changes)


_WORDS = st.sampled_from(
    [
        "ur", "your", "u", "r", "im", "dont", "ill", "be", "of", "would", "w", "me", "so",
        "sooo", "stoppp", "goood", "noooo", "abt", "the", "cat", "you", "late", "rn", "k",
        "yesss", "idk", "bc", "a", "x", "lol", "!", ".", "?", "\n", "'", "it's",
    ]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=25).map(" ".join)


@settings(max_examples=300)
@given(_TEXTS)
def test_expand_is_the_word_by_word_reading(text: str) -> None:
    fast, fast_spans = texting.expand(text)
    plain, plain_spans = _expand_every_word(text)
    assert fast == plain
    assert [fast_spans.back(i, i + 1) for i in range(len(fast))] == [
        plain_spans.back(i, i + 1) for i in range(len(plain))
    ]


@settings(max_examples=300)
@given(_TEXTS, st.integers(min_value=0, max_value=200))
def test_sentence_bounds_is_the_character_by_character_reading(text: str, at: int) -> None:
    pos = min(at, len(text))
    assert scope.sentence_bounds(text, pos) == scope._sentence_bounds_slow(text, pos)


def test_long_text_bounds_stop_at_400_characters() -> None:
    text = "a" * 1000 + ". " + "b" * 1000
    for pos in (0, 399, 400, 999, 1000, 1001, 1500, len(text)):
        assert scope.sentence_bounds(text, pos) == scope._sentence_bounds_slow(text, pos)


def test_import_leaves_the_rules_for_first_use() -> None:
    code = "import sys, amends.coach; print('amends.coach.ruleset' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("aBİ '\"`\t\r\n\\") + [chr(c) for c in scope._FOLD])))
def test_normalise_folds_as_translate_does(text: str) -> None:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    assert scope.normalise(text) == low.translate(scope._FOLD)

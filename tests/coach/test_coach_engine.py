"""The word-start index in engine.py must never hide a match a plain regex would find."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from amends.coach import analyzer
from amends.coach.engine import Matcher, start_keys
from amends.coach.report import load
from amends.coach.ruleset import APOLOGY_RULES, RULES
from amends.coach.scope import mask, normalise, split_alternatives

DATA = Path(__file__).parent / "data"
_SPACES = re.compile(r"\s+")


@cache
def _alternatives() -> list[tuple[str, frozenset[str] | None, re.Pattern[str]]]:
    out = []
    for pattern in [r.pattern for r in RULES] + [r.pattern for r in APOLOGY_RULES]:
        for alt in split_alternatives(pattern):
            out.append((alt, start_keys(alt), re.compile(alt)))
    return out


def _check_keys(text: str) -> None:
    low = mask(normalise(text))
    for alt, keys, rx in _alternatives():
        if keys is None:
            continue
        for m in rx.finditer(low):
            if m.end() == m.start():
                continue
            ahead = _SPACES.sub(" ", low[m.start() : m.start() + 60])
            assert any(ahead.startswith(k) for k in keys), (alt, low, m.start())


@cache
def _texts() -> list[str]:
    rows = load(DATA / "messages.jsonl") + load(DATA / "heldout.jsonl")
    return [str(r["text"]) for r in rows]


def test_keys_are_true_prefixes_on_the_data() -> None:
    for text in _texts():
        _check_keys(text)


_WORDS = st.sampled_from(
    [
        "you", "you're", "your", "ur", "u", "i", "i'm", "im", "i'll", "never", "always",
        "so", "selfish", "whatever", "sorry", "  ", "\n", ".", "!", ",", "it's", "not",
        "my", "fault", "if", "you'd", "make", "me", "k", "ok", "forgive", "regret", "it",
    ]
)  # fmt: skip


@settings(max_examples=150)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_keys_are_true_prefixes_on_word_soup(text: str) -> None:
    _check_keys(text)


def test_scan_finds_what_a_plain_finditer_finds() -> None:
    # Kind by kind, the first match at each position is the same as one big regex's.
    ready = analyzer.rules()
    matcher: Matcher = ready.matcher
    plain = [
        re.compile("|".join(f"(?:{p})" for p in pats))
        for pats in [[r.pattern for r in rules] for _k, rules, _g in ready.kind_rules]
        + [[r.pattern for r in APOLOGY_RULES if r.component == c] for c in ready.components]
    ]
    for text in _texts():
        low = mask(normalise(text))
        got = {(k, s, e) for k, _i, s, e in matcher.scan(low)}
        want = {(k, m.start(), m.end()) for k, rx in enumerate(plain) for m in rx.finditer(low)}
        assert {(k, s) for k, s, _e in want} <= {(k, s) for k, s, _e in got}, text

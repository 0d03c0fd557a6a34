"""Texting is spelled out with spans still on what was typed; the learned layer adds
findings with rule_id "learned" that point at a sentence."""

from __future__ import annotations

import json

import pytest

from amends.coach import analyze
from amends.coach.analyzer import analyze_with_learned
from amends.coach.learned import WEIGHTS, model
from amends.coach.texting import expand


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("ur so selfish", "you're so selfish"),
        ("your so selfish", "you're so selfish"),
        ("u r sooo dramatic", "you are so dramatic"),
        ("im done talkin abt this", "i'm done talking about this"),
        ("i dont care rn", "i don't care right now"),
        ("i wouldnt of done it", "i wouldn't have done it"),
        ("ill take the kids", "i'll take the kids"),
        ("i feel ill", "i feel ill"),
        ("ur mom called", "your mom called"),
        ("sooo good", "so good"),
    ],
)
def test_texting_is_spelled_out(typed: str, plain: str) -> None:
    assert expand(typed)[0] == plain


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("omg ur sooo selfish", "ur sooo selfish"),
        ("ok. u never listen to me", "u never listen to me"),
        ("im not discussing this", "im not discussing this"),
    ],
)
def test_spans_point_at_what_was_typed(text: str, words: str) -> None:
    flags = analyze(text).harmful
    assert flags
    assert text[flags[0].start : flags[0].end] == words


def test_learned_weights_are_ours_and_complete() -> None:
    data = json.loads(WEIGHTS.read_text())
    assert "amends.coach.train" in data["about"]
    m = model()
    assert m is not None
    assert set(m.kinds) == set(data["threshold"]) == set(data["bias"])
    assert all(isinstance(t, float) for t in data["threshold"].values())


def test_learned_findings_point_at_a_sentence() -> None:
    text = "I had a long day. Honestly nobody would ever want to be around someone like you."
    for f in analyze_with_learned(text).flags:
        assert 0 <= f.start < f.end <= len(text)
        if f.rule_id == "learned":
            assert f.explanation and f.suggestion
            assert "." not in text[f.start : f.end].rstrip(".")

"""Texting is spelled out with spans still on what was typed; the learned layer adds
findings with rule_id "learned" that point at a sentence."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amends.coach import analyze
from amends.coach.analyzer import analyze_with_learned
from amends.coach.learned import WEIGHTS, feature_set, features, model
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


_SOUP = st.lists(
    st.sampled_from(
        [
            "you",
            "never",
            "not",
            "don't",
            "liar",
            "always",
            "i",
            "it's",
            "a",
            "ok",
            "!",
            "?",
            "nothing",
            "selfish",
            "x",
            "you're",
            "without",
            "so",
            "whatever",
            "leave",
        ]
    ),
    max_size=40,
).map(" ".join)


@given(text=_SOUP, found=st.sets(st.sampled_from(["contempt", "threat"])), chars=st.booleans())
@settings(max_examples=300, deadline=None)
def test_feature_set_is_the_features_as_a_set(text: str, found: set[str], chars: bool) -> None:
    assert feature_set(text, found, chars) == set(features(text, found, chars))


def _reference_scores(feats: set[str]) -> dict[str, float]:
    """The layer's margins added up the plain way, one float sum per kind."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    norm = 1.0 / math.sqrt(len(feats))
    return {
        k: data["bias"][k] + norm * sum(data["weights"][k].get(f, 0.0) for f in feats)
        for k in data["kinds"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "you never listen and you always make it about you, you selfish liar",
        "i'm sorry. i was wrong to hide it and i want to make it right with you",
        # Every word the layer has a weight for, in one message: far larger sums than any
        # message reaches, which must not spill from one kind's field into the next.
        "every known word",
    ],
)
def test_packed_sums_match_plain_sums(text: str) -> None:
    m = model()
    assert m is not None
    if text == "every known word":
        text = " ".join(f[2:] for f in m.packed if f.startswith("w:"))
    feats = feature_set(text)
    packed, plain = m.scores(feats), _reference_scores(feats)
    assert packed.keys() == plain.keys()
    for kind in plain:
        assert packed[kind] == pytest.approx(plain[kind], abs=1e-9)

"""Whatever text comes in, the coach answers and its spans point at real words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amends.coach import ALL_KINDS, APOLOGY_COMPONENTS, Analysis, analyze

_WORDS = st.sampled_from(
    [
        "you", "always", "never", "selfish", "whatever", "i'm", "sorry", "said", '"', "'",
        "if", "you'd", "cheated", "chris", "gambling", "at least", "i", "didn't", "\n", ".",
        "?", "!", ",", "listen", "your", "so", "crazy", "dramatic", "forgive", "me", "İ",
        "\x00", "\u200b", "😂", "ß", "ﬁ", "Σ", "don't", "talk", "about", "it",
    ]
)  # fmt: skip


def _check(text: str, result: Analysis) -> None:
    assert isinstance(result, Analysis)
    for f in result.flags:
        assert f.kind in ALL_KINDS
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip()
        assert f.explanation
    assert 0.0 <= result.apology.score <= 1.0
    assert set(result.apology.components) <= set(APOLOGY_COMPONENTS)
    result.to_dict()


@settings(max_examples=200)
@given(st.text(), st.lists(st.text(max_size=40), max_size=3))
def test_any_unicode_never_raises(text: str, breaches: list[str]) -> None:
    _check(text, analyze(text, breaches))


@settings(max_examples=200)
@given(st.lists(_WORDS, max_size=60).map(" ".join), st.lists(_WORDS, max_size=3))
def test_word_soup_never_raises(text: str, breaches: list[str]) -> None:
    _check(text, analyze(text, breaches))


@settings(max_examples=50)
@given(st.text(alphabet=st.characters(max_codepoint=31), max_size=200))
def test_control_characters(text: str) -> None:
    _check(text, analyze(text))


def test_empty_and_huge() -> None:
    _check("", analyze(""))
    big = ("you always do this. whatever. I'm sorry, it was my fault. " * 1800)[:100_000]
    _check(big, analyze(big, ["the affair with Chris"]))
    quotes = '"' * 50_000 + "'" * 50_000
    _check(quotes, analyze(quotes))


def test_non_str_raises_type_error() -> None:
    import pytest

    with pytest.raises(TypeError):
        analyze(None)  # type: ignore[arg-type]

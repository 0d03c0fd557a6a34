"""Issue 16, bug 14: what a new couple found the coach missing or quoting badly."""

from __future__ import annotations

import re

import pytest

from amends.coach import analyze

AFFAIR = ("The affair: I had an affair with a coworker last spring",)


def words(text: str, kind: str, forgiven: tuple[str, ...] = ()) -> list[str]:
    return [text[f.start : f.end] for f in analyze(text, forgiven).flags if f.kind == kind]


def test_a_question_used_as_an_attack_is_read() -> None:
    assert words("Why are you such a pathetic liar?", "contempt")
    assert not analyze("Why are you such a good listener?").harmful


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("Calm down, you are overreacting.", "gaslighting", "Calm down, you are overreacting"),
        ("calm down, its fine", "gaslighting", "calm down, its fine"),
        (
            "you are being way too emotional about this",
            "gaslighting",
            "you are being way too emotional about this",
        ),
        ("your too emotional about this", "gaslighting", "your too emotional about this"),
    ],
)
def test_the_words_shown_are_a_whole_phrase(text: str, kind: str, shown: str) -> None:
    assert words(text, kind) == [shown]


_HANGING = re.compile(r"\b(?:you|u|your|ur|it's|its|the|a|to|of|and|but|emotional)$", re.I)


@pytest.mark.parametrize(
    "text",
    [
        "Calm down, you are making a scene over nothing.",
        "Calm down, you're being hysterical again",
        "honestly your emotional reaction is the problem here, calm down, you",
        "ur so emotional about everything",
        "You never listen to me and you always make it about you.",
    ],
)
def test_no_shown_phrase_ends_hanging(text: str) -> None:
    for f in analyze(text).flags:
        shown = text[f.start : f.end]
        at_the_end = text[f.end :].strip(" .!?") == ""
        assert at_the_end or not _HANGING.search(shown), (text, shown)


@pytest.mark.parametrize(
    "text",
    [
        "it was just messages",
        "It was just messages, nothing physical.",
        "it was never a big deal",
        "never a big deal, you just like drama",
        "it meant nothing so why are you still upset",
        "She meant nothing, so stop going on about it.",
        "its just texting lol chill",
        "stop making a big deal out of nothing",
    ],
)
def test_minimising_is_flagged(text: str) -> None:
    assert "gaslighting" in analyze(text).kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "I know it wasn't just messages to you.",
        "It's never a big deal to ask me for help.",
        "It meant nothing to me, and I know that doesn't make it hurt less.",
        "I understand why you're still upset about it.",
        "it was just messages about the kids' pickup",
    ],
)
def test_calm_words_near_minimising_are_left_alone(text: str) -> None:
    assert "gaslighting" not in analyze(text).kinds, text


def test_a_forgiven_breach_pointed_at_without_its_name_is_a_trump_card() -> None:
    text = "Remember what you did last year? You have no right to complain"
    assert words(text, "trump_card", AFFAIR) == ["Remember what you did last year"]
    assert "trump_card" not in analyze(text).kinds  # nothing forgiven: nothing brought back
    assert words("Remember March? Exactly. So don't lecture me.", "trump_card", AFFAIR)
    later = "after everything you put me through, you want to lecture me?"
    assert words(later, "trump_card", AFFAIR)


@pytest.mark.parametrize(
    "text",
    [
        "remember what you did for my birthday last year? so sweet",
        "remember last summer? best trip ever",
        "I still think about what you did last year. Can we talk about it?",
    ],
)
def test_a_warm_or_calm_look_back_is_not_a_trump_card(text: str) -> None:
    assert "trump_card" not in analyze(text, AFFAIR).kinds, text

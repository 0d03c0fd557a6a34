"""Issue 17 follow-up: guards (negation, quotation, target, playful), word lists, and the
pattern language's sentence and message ends."""

from __future__ import annotations

import re

import pytest

from amends.coach import analyze
from amends.coach.analyzer import analyze_rules
from amends.coach.rulelang import Compiler, _alternation

SAM = ("The affair with Sam in 2022",)


def kinds(text: str, forgiven: tuple[str, ...] = ()) -> set[str]:
    return analyze(text, forgiven).kinds


@pytest.mark.parametrize(
    "text",
    [
        'My mum used to say "you\'re such a pathetic liar" to my dad.',  # quotation
        'He told me "it was just messages" and I believed him.',  # reported speech
        "I'm not saying it was just messages, I know it was more.",  # negation
        "I'm not asking you to just get over it.",  # negation: "not asking"
        "The ref gave a penalty. Pathetic.",  # target: someone else is named
        "you always forget your keys, silly 😂",  # playful
        "Don't make me laugh during the meeting!",
        "I'll make sure the kids know you'll be back on Sunday.",
        "You're the reason I believe in us again.",
        "no pressure at all but do u wanna talk abt sam this wknd? i still think abt it",
    ],
)
def test_guards_keep_calm_words_calm(text: str) -> None:
    assert not (kinds(text, SAM) - {"i_statement", "repair_attempt", "validation"}), text


def test_a_laugh_beside_words_that_mean_it_is_no_joke() -> None:
    assert "criticism" in kinds("i love u but ur impossible sometimes")
    assert "criticism" not in kinds("you drive me crazy in the best way 😍")


@pytest.mark.parametrize(
    "text",
    [
        "If you leave I'm changing the locks. I'm not kidding.",
        "im not kidding, if ur not home in 20 mins im changing the locks",
        "No joke: walk out and ill show ur dad the messages",
    ],
)
def test_saying_it_is_no_joke_keeps_a_threat_a_threat(text: str) -> None:
    # "kidding" alone marks teasing; "not kidding" says the opposite (the rules alone are
    # asked, so the learned layer cannot hide a guard that swallows the threat).
    assert "threat" in analyze_rules(text).kinds, text


def test_love_you_inside_a_put_down_is_no_tease() -> None:
    assert "contempt" in analyze_rules("No one will ever love you.").kinds
    assert not analyze_rules("love you, see you at 6 😂").kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("u nevr listen to me ever", "criticism"),  # a slip of the thumb
        ("not my problem lol", "stonewalling"),  # a trailing filler ends the clause
        ("cba with this tonight", "stonewalling"),
        ("If you end this, I don't see any reason to keep living.", "threat"),
        ("Think very carefully about your next move.", "threat"),
        ("I only went to her because you shut me out.", "blame_shifting"),
        ("You're lucky anyone puts up with you.", "contempt"),
    ],
)
def test_unseen_wording_of_each_kind(text: str, kind: str) -> None:
    assert kind in kinds(text), text


@pytest.mark.parametrize(
    "text",
    ["Like you're one to talk.", "Rich, from a liar.", "lol after sam?", "Remember 2022?"],
)
def test_jabs_are_trump_cards_only_when_something_was_forgiven(text: str) -> None:
    assert "trump_card" in kinds(text, (*SAM, "lying about the phone bills"))
    assert "trump_card" not in kinds(text)


def test_sentence_and_message_ends() -> None:
    c = Compiler({})
    sentence, message = re.compile(c.compile("done $$")), re.compile(c.compile("done $$$"))
    assert sentence.search("done. bye") and not sentence.search("done, bye")
    assert message.search("ok done 🙄") and not message.search("done, sent it")


def test_word_lists_compile_to_a_trie_with_the_same_matches() -> None:
    phrases = ["you", "your", "you're", "u", "you are", "ya"]
    rx = re.compile(_alternation(phrases) + r"(?!\w)")
    for p in phrases:
        assert rx.fullmatch(p)
    assert not rx.fullmatch("yo")
    assert rx.match("you are").group() == "you are"  # the longest first

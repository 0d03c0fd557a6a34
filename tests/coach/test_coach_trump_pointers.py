"""coach5: a forgiven breach named and left to speak for itself, or set beside what the
partner asks for now, is a trump card; the same words without a breach, or a breach
mentioned calmly, are not."""

from __future__ import annotations

import pytest

from amends.coach import analyze

SAM = ("The affair with Sam in 2022",)
DEBT = ("the gambling debt",)


def kinds(text: str, forgiven: tuple[str, ...] = ()) -> set[str]:
    return analyze(text, forgiven).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Sam. Enough said.",
        "sam. need i say more",
        "Sam. That's all.",
        "sam, thats all im gonna say",
        "Does Sam ring a bell?",
        "Sam says hi.",
        "remember sam? thought so",
        "I'll start caring about your worries when you explain Sam.",
        "didnt hear u complaining about privacy when sam was around",
        "Funny how you suddenly care where I am. You didn't while Sam was around.",
        "Oh, we're keeping secrets now? Like with Sam?",
        "This is how it started with Sam.",
        "i forgave sam. doesnt mean i forgot",
        "I'm not the one with a Sam in my past.",
        "lol sam tho",
        "ok sam's girlfriend",
    ],
)
def test_a_named_breach_left_to_speak_for_itself_is_a_trump_card(text: str) -> None:
    assert "trump_card" in kinds(text, SAM), text


@pytest.mark.parametrize(
    "text",
    [
        "You of all people.",
        "You'd know all about secrets, wouldn't you.",
        "We both know which of us broke this first.",
        "You're hardly in a position to talk.",
        "Pot, kettle.",
    ],
)
def test_jabs_point_at_a_forgiven_breach_only_when_there_is_one(text: str) -> None:
    assert "trump_card" in kinds(text, SAM), text
    assert "trump_card" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Enough said, I'll book the table for eight.",
        "Mum says hi, she's coming on Sunday.",
        "Sam came up in counselling today. It still hurts, can we talk about it tonight?",
        "I saw Sam at the station. I'm okay, I just wanted you to know.",
        "Whose turn is it to cook?",
        "Like at the wedding? That was a great song.",
        "I talked to the counsellor about Sam. We both know it's been hard, and I'm proud of us.",
        "I'll listen to you when you're ready to talk about Sam.",
        "When you stop by later, can we talk about Sam? It still hurts.",
        "I miss Sam's girlfriend, she was fun.",
        "Sam's boyfriend is lovely though.",
    ],
)
def test_calm_or_unrelated_words_are_not_a_trump_card(text: str) -> None:
    assert "trump_card" not in kinds(text, SAM), text
    assert "trump_card" not in kinds(text, DEBT), text


@pytest.mark.parametrize(
    "text",
    [
        "I saw Sam at the shop. She says hi, I just walked away. Telling you because I promised.",
        "Sam wrote again today, says hi and wants to meet. I blocked the number.",
    ],
)
def test_telling_of_contact_with_the_forgiven_breach_is_no_trump_card(text: str) -> None:
    assert "trump_card" not in kinds(text, SAM), text


MONEY = ("hiding the money",)


@pytest.mark.parametrize(
    "text",
    [
        "Do you remember when I hid the money? I still feel sick about it. Thank you for "
        "giving me another chance.",
        "Remember when I hid the money? I'm still paying it back, and I'll show you the "
        "statement every month.",
    ],
)
def test_the_writer_owning_their_own_forgiven_breach_is_no_trump_card(text: str) -> None:
    assert "trump_card" not in kinds(text, MONEY), text


@pytest.mark.parametrize(
    "text",
    [
        "At least I never hid the money like you did.",
        "I forgave you for hiding the money. Doesn't mean I forgot.",
    ],
)
def test_the_partner_s_breach_after_i_is_still_a_trump_card(text: str) -> None:
    assert "trump_card" in kinds(text, MONEY), text

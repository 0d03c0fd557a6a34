"""Hand-picked cases from the spec: the hard negatives matter as much as the hits."""

from __future__ import annotations

import pytest

from amends.coach import APOLOGY_WEIGHTS, analyze


def kinds(text: str, breaches: tuple[str, ...] = ()) -> set[str]:
    return analyze(text, breaches).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("you always interrupt me", "criticism"),
        ("your so selfish", "criticism"),
        ("ur so lazy", "criticism"),
        ("YOU NEVER LISTEN", "criticism"),
        ("You're pathetic.", "contempt"),
        ("yeah but you were late too", "defensiveness"),
        ("whatever.", "stonewalling"),
        ("I'm not discussing this", "stonewalling"),
        ("you're being dramatic", "gaslighting"),
        ("that never happened", "gaslighting"),
        ("maybe if anyone at home had noticed me I wouldn't have gone looking", "blame_shifting"),
        ("if you leave I'll take the kids", "threat"),
        ("if you leave me I'll kill myself", "threat"),
        ("I feel lonely when you work late", "i_statement"),
        ("I was wrong and I'm sorry", "responsibility"),
        ("I'm taking a break, I'll come back in 20 minutes", "repair_attempt"),
        ("I understand why you're upset", "validation"),
    ],
)
def test_finds(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "you always make me laugh",
        "you never let me down",
        "you're not selfish",
        "I don't think you're selfish at all",
        "my therapist said 'you always interrupt' is criticism",
        'my therapist said "you always interrupt" is criticism',
        "I know I can be dramatic",
        "whatever you decide, I'm with you",
        "haha you idiot 😂 love you",
        "It's not a big deal if we're late",
    ],
)
def test_hard_negatives_raise_nothing_harmful(text: str) -> None:
    assert not analyze(text).harmful


def test_break_with_promise_is_repair_not_stonewalling() -> None:
    found = kinds("I don't want to talk about it right now. I'll come back in 20 minutes.")
    assert "stonewalling" not in found
    assert "repair_attempt" in found


def test_trump_card_needs_a_forgiven_breach_and_a_weapon() -> None:
    breach = ("the affair with Chris in 2023",)
    assert "trump_card" in kinds("At least I didn't sleep with Chris.", breach)
    assert "trump_card" in kinds("Who are you to talk about trust, you cheated", breach)
    assert "trump_card" not in kinds("At least I didn't sleep with Chris.")
    calm = "I'd like to talk about the affair this week. It still hurts sometimes."
    assert "trump_card" not in kinds(calm, breach)
    money = ("gambling debts",)
    assert "trump_card" in kinds("You have no right to lecture me after your gambling", money)
    assert "trump_card" not in kinds("Can we talk about the gambling debts tonight?", money)


def test_spans_point_at_the_words() -> None:
    text = "Honestly, you're SO selfish."
    flag = analyze(text).harmful[0]
    assert text[flag.start : flag.end] == "you're SO selfish"
    assert flag.explanation and flag.suggestion


def test_apology_weights_follow_the_research_order() -> None:
    w = APOLOGY_WEIGHTS
    assert abs(sum(w.values()) - 1.0) < 1e-9
    assert w["responsibility"] > w["repair_offer"] > w["regret"]
    assert min(w["regret"], w["explanation"], w["repentance"]) > w["forgiveness_request"]


def test_excuses_pull_an_apology_down() -> None:
    good = analyze("I'm sorry. It was my fault and I'll make it right.").apology
    bad = analyze("I'm sorry, but it wasn't my fault, you pushed me away.").apology
    assert good.score > 0.5
    assert bad.score < good.score / 2
    assert "responsibility" in good.components


def test_to_dict_is_json_ready() -> None:
    import json

    data = analyze("you never listen. I'm sorry.").to_dict()
    json.dumps(data)
    assert set(data) == {"flags", "apology"}
    assert set(data["flags"][0]) == {"kind", "start", "end", "explanation", "suggestion", "rule_id"}

"""Calm words the coach must leave alone, whatever the rules or the learned weights become.

Each line here was once flagged by a candidate that otherwise looked better, and each is the
kind of moment where a wrong word from the coach does the most harm: someone telling the
truth. (Found by tests/browser/test_account.py: a retrained layer called this
blame-shifting; docs/decisions.md, "The retrained layer was taken back".)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from amends.coach import analyzer
from amends.coach.analyzer import analyze_rules, analyze_with_learned
from amends.coach.types import HARMFUL_KINDS

TELLING_THE_TRUTH = [
    "She wrote to me yesterday. I did not answer, and I wanted you to know.",
    # Taking back one's own old words (the rules called these criticism or gaslighting).
    "I told my sister you were cold and selfish. That wasn't fair, and I've told her so.",
    "i used to say u were paranoid. u werent. u were right about all of it",
    "For months I told you it was just messages and you were imagining things. That was a lie.",
    "I said you always pushed me away. None of it was true, it was me shifting it onto you.",
    "You're entitled to know where I was on Friday, so here it is.",
    # Old words taken back by owning what they blamed, by saying the opposite, or told
    # after the words ("..., I said for months."), or as what one would have said.
    "I kept telling you it was just a few bets. It was never just a few bets, and it is my "
    "fault you doubted the bank statements.",
    "It was just a bit of fun, I said for months. It was not fun for you and I'm responsible "
    "for the lying.",
    "It's no big deal, I kept saying to you. It was a big deal, and it was my choice to hide it.",
    "If you'd asked me last spring I would have said it was because you worked late. I was "
    "wrong, it was my decision.",
    "I once said you pushed me away but the truth is I chose to lie, and I own that.",
    "I used to say you drove me to drink. You didn't. I made those choices myself.",
    "I used to say that if you had been around more, none of this would have happened. That "
    "was me dodging it.",
    "I said sorry you feel that way. That was not an apology. I'm sorry I hurt you.",
    # The partner cleared, a past wish told against oneself, a refusal to deny.
    "You never did anything to deserve it.",
    "Every time you asked, I made you feel like you were the problem. You never were.",
    "I was hoping you'd drop it. I knew you were right and that was unfair of me.",
    "I won't pretend it didn't happen. I lied and I'm telling you everything now.",
    "Tell me if she messages you, even if you think it's nothing.",
]

# The same shapes without taking anything back are still the writer speaking now.
STILL_SAID_NOW = [
    ("I told you, you never listen. And you still don't.", "criticism"),
    ("I told you already, you are imagining things.", "gaslighting"),
    ("You're so entitled.", "criticism"),
    # "It was not ..." after the words is not taking them back.
    ("I told you, you're paranoid. It was never about you.", "gaslighting"),
    ("I told you, you never listen. It was not the first time.", "criticism"),
    ("I said it was nothing, and it was nothing. You're imagining things.", "gaslighting"),
    ("I used to say you drove me to it, and you did.", "blame_shifting"),
    ("You never were there for me.", "criticism"),
]


@pytest.mark.parametrize("text", TELLING_THE_TRUTH)
def test_telling_the_truth_is_not_flagged(text: str) -> None:
    found = analyze_with_learned(text).kinds
    assert not found & set(HARMFUL_KINDS), found


@pytest.mark.parametrize(("text", "kind"), STILL_SAID_NOW)
def test_words_not_taken_back_are_still_heard(text: str, kind: str) -> None:
    assert kind in analyze_with_learned(text).kinds


@pytest.mark.parametrize(("setting", "on"), [(None, True), ("1", True), ("0", False)])
def test_the_learned_layer_is_on_unless_turned_off(setting: str | None, on: bool) -> None:
    # Back on since everyday7, with the owning-up guard (docs/decisions.md). Read in a fresh
    # interpreter: the flag is read once.
    env = {k: v for k, v in os.environ.items() if k != "AMENDS_COACH_LEARNED"}
    if setting is not None:
        env["AMENDS_COACH_LEARNED"] = setting
    code = "from amends.coach.analyzer import LEARNED_ON; print(LEARNED_ON)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == str(on)


def _owning_up_lines() -> list[str]:
    """Training lines, each followed by someone taking it on."""
    data = Path(__file__).parent / "data" / "dev8.jsonl"
    rows = [json.loads(line) for line in data.open(encoding="utf-8")]
    return [f"{r['text']} That's on me, I take responsibility." for r in rows[:400]]


def test_the_owning_up_guard_leaves_such_messages_to_the_rules() -> None:
    """Where the rules find someone taking responsibility and no harm, the learned layer
    adds nothing (docs/decisions.md, "The layer is back on"); elsewhere it still reads."""
    harmful = set(HARMFUL_KINDS)
    silenced = 0
    for text in _owning_up_lines():
        rules = analyze_rules(text)
        owning = rules.kinds | set(rules.apology.components)
        if rules.kinds & harmful or "responsibility" not in owning:
            continue
        assert not analyze_with_learned(text).kinds & harmful, text
        analyzer.OWNING_UP_GUARD = False
        try:
            silenced += bool(analyze_with_learned(text).kinds & harmful)
        finally:
            analyzer.OWNING_UP_GUARD = True
    assert silenced  # the guard is what keeps these quiet, not the weights

"""Tests generated from the rules' own data: every example is found by its rule, no
counterexample is, every rule compiles by itself, and rules written in the pattern
language carry both."""

from __future__ import annotations

import re

import pytest

from amends.coach import analyze
from amends.coach.rulelang import Compiler, PatternError, head_keys, inflect
from amends.coach.ruleset import RULES, Rule

_EXAMPLES = [(r.id, text) for r in RULES for text in r.examples]
_COUNTER = [(r.id, text) for r in RULES for text in r.counterexamples]


@pytest.mark.parametrize(("rule_id", "text"), _EXAMPLES)
def test_example_is_found_by_its_rule(rule_id: str, text: str) -> None:
    ids = {f.rule_id for f in analyze(text).flags}
    assert rule_id in ids, (text, sorted(ids))


@pytest.mark.parametrize(("rule_id", "text"), _COUNTER)
def test_counterexample_is_not_flagged_by_its_rule(rule_id: str, text: str) -> None:
    ids = {f.rule_id for f in analyze(text).flags}
    assert rule_id not in ids, text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_compiles_alone(rule: Rule) -> None:
    re.compile(rule.pattern)


def test_pattern_rules_carry_examples_and_counterexamples() -> None:
    for rule in RULES:
        if rule.source == "patterns":
            assert rule.examples and rule.counterexamples, rule.id


def test_ids_are_stable_and_named_by_kind() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+\.[a-z0-9-]+", i) for i in ids)


def test_pattern_language() -> None:
    c = Compiler({"YOU": ["you", "u"], "DOES": ["listen", "help out"]})
    rx = re.compile(c.compile("@YOU never|rarely even? ~@DOES"))
    assert rx.search("you never listened")
    assert rx.search("u rarely even helps out")
    assert not rx.search("you never listenings")  # whole words only
    assert rx.search("you never listening")
    assert not rx.search("you always listen")
    gap = re.compile(c.compile("if @YOU ... i wouldn't have ~cheat|stray"))
    assert gap.search("if you weren't so cold i wouldn't have cheated")
    assert not gap.search("if you want. i wouldn't have cheated")  # not across a sentence
    neg = re.compile(c.compile("you're so right !about"))
    assert neg.search("you're so right")
    assert not neg.search("you're so right about that")
    keys = head_keys(c.compile("@YOU never"))
    assert keys == frozenset({"you neve", "you, nev", "u never", "u, never"})
    with pytest.raises(PatternError):
        c.compile("@NOPE")


def test_inflections() -> None:
    assert set(inflect("listen")) == {"listen", "listens", "listened", "listening"}
    assert "stopped" in inflect("stop")
    assert "cries" in inflect("cry") and "cried" in inflect("cry")
    assert "lying" in inflect("lie") and "lied" in inflect("lie")
    assert "made up" in inflect("make up")
    assert "drove" in inflect("drive")

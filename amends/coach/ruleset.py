"""Loads the rules from their data files (``amends/coach/rules/``) and checks them.

Each kind has its own file of records; see the docstring of any of them for the fields.
Everything is checked at import: an unknown field, a duplicate id, a missing wording or
a pattern that does not compile is an error here, not a silent miss later.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field

from amends.coach.rulelang import (
    CSTART,
    EOS,
    GAP,
    SHORTGAP,
    SSTART,
    TSTART,
    Compiler,
    expand_macros,
)
from amends.coach.rules.lexicon import MACROS, WORDS
from amends.coach.rules.wording import WORDING
from amends.coach.types import ALL_KINDS, APOLOGY_COMPONENTS

_FIELDS = frozenset(
    {"id", "says", "patterns", "regex", "guards", "not_after", "examples", "counterexamples"}
)
# negation: "I'm not saying ..."; playful: plain teasing; target: with no "you" in the
# words, skipped when someone else is named around them (criticism and contempt always).
_GUARDS = frozenset({"negation", "playful", "target"})
# Zero-width and gap macros any legacy regex may use.
_BUILTIN = {
    "GAP": GAP,
    "SHORTGAP": SHORTGAP,
    "EOS": EOS,
    "TSTART": TSTART,
    "SSTART": SSTART,
    "CSTART": CSTART,
}


class RuleError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    pattern: str  # one compiled regular expression
    explanation: str
    suggestion: str | None
    # Skip the match when the clause before it says "I'm not saying" and the like.
    negatable: bool = True
    # Skip when the words just before the match contain this (e.g. "i said i'm sorry").
    not_after: str | None = None
    # Skip when the message is plainly joking ("haha you idiot 😂 love you").
    playful_ok: bool = False
    # Skip when the words have no "you" and someone else is named around them.
    target: bool = False
    examples: tuple[str, ...] = field(default=())
    counterexamples: tuple[str, ...] = field(default=())
    source: str = "patterns"  # or "regex" for a rule not yet rewritten as patterns


_COMPILER = Compiler(WORDS)


def _lookup(name: str) -> str:
    if name in _BUILTIN:
        return _BUILTIN[name]
    if name in WORDS:
        return "(?:" + "|".join(re.escape(w) for w in WORDS[name]) + ")"
    raise RuleError(f"unknown macro <{name}>")


def expand(rx: str) -> str:
    return expand_macros(rx, MACROS, _lookup)


def _compile(record: dict[str, object], where: str) -> tuple[str, str]:
    patterns = record.get("patterns")
    regex = record.get("regex")
    if (patterns is None) == (regex is None):
        raise RuleError(f"{where}: give either 'patterns' or 'regex'")
    if patterns is not None:
        if not isinstance(patterns, list) or not patterns:
            raise RuleError(f"{where}: 'patterns' must be a non-empty list")
        compiled = [_COMPILER.compile(str(p)) for p in patterns]
        rx = compiled[0] if len(compiled) == 1 else "|".join(compiled)
        source = "patterns"
    else:
        rx = expand(str(regex))
        source = "regex"
    # Compiled once, by the engine, on first use or by `analyzer.warm()` at server start
    # (tests/coach/test_coach_rule_examples.py compiles each one by itself, so a bad one
    # fails the tests).
    return rx, source


def _strings(record: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def load_kind(kind: str) -> list[Rule]:
    module = importlib.import_module(f"amends.coach.rules.{kind}")
    if getattr(module, "KIND", None) != kind:
        raise RuleError(f"rules/{kind}.py must say KIND = {kind!r}")
    out: list[Rule] = []
    for n, record in enumerate(module.RULES):
        where = f"rules/{kind}.py #{n}"
        unknown = set(record) - _FIELDS
        if unknown:
            raise RuleError(f"{where}: unknown fields {sorted(unknown)}")
        rid = record.get("id")
        if not isinstance(rid, str) or not rid.startswith(kind + "."):
            raise RuleError(f"{where}: id must start with '{kind}.'")
        says = record.get("says")
        if says not in WORDING:
            raise RuleError(f"{rid}: 'says' must name an entry of wording.py")
        explanation, suggestion = WORDING[str(says)]
        guards = set(_strings(record, "guards", rid))
        if guards - _GUARDS:
            raise RuleError(f"{rid}: unknown guards {sorted(guards - _GUARDS)}")
        not_after = record.get("not_after")
        if not_after is not None:
            re.compile(str(not_after))
        rx, source = _compile(record, rid)
        out.append(
            Rule(
                id=rid,
                kind=kind,
                pattern=rx,
                explanation=explanation,
                suggestion=suggestion,
                negatable="negation" in guards,
                not_after=None if not_after is None else str(not_after),
                playful_ok="playful" in guards,
                target="target" in guards,
                examples=_strings(record, "examples", rid),
                counterexamples=_strings(record, "counterexamples", rid),
                source=source,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class ApologyRule:
    id: str
    component: str
    pattern: str
    examples: tuple[str, ...] = ()


def load_apology() -> list[ApologyRule]:
    module = importlib.import_module("amends.coach.rules.apology")
    out: list[ApologyRule] = []
    for n, record in enumerate(module.RULES):
        where = f"rules/apology.py #{n}"
        component = record.get("component")
        if component not in APOLOGY_COMPONENTS:
            raise RuleError(f"{where}: unknown component {component!r}")
        rid = record.get("id")
        if not isinstance(rid, str) or not rid.startswith(f"apology.{component}."):
            raise RuleError(f"{where}: id must start with 'apology.{component}.'")
        rx, _source = _compile(record, rid)
        out.append(ApologyRule(rid, str(component), rx, _strings(record, "examples", rid)))
    return out


def _load_all() -> tuple[tuple[Rule, ...], tuple[ApologyRule, ...]]:
    rules: list[Rule] = []
    for kind in ALL_KINDS:
        rules.extend(load_kind(kind))
    apology = load_apology()
    seen: set[str] = set()
    for rid in [r.id for r in rules] + [r.id for r in apology]:
        if rid in seen:
            raise RuleError(f"duplicate rule id {rid}")
        seen.add(rid)
    return tuple(rules), tuple(apology)


RULES, APOLOGY_RULES = _load_all()
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}

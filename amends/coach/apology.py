"""Scoring an apology by its parts.

Lewicki, Polin and Lount (2016, "An Exploration of the Structure of Effective
Apologies", Negotiation and Conflict Management Research 9(2)) tested six components
and found that acknowledging responsibility mattered most, then an offer of repair;
expressing regret, explaining what went wrong and declaring repentance came next and
were close to each other; and a request for forgiveness mattered least. The weights
below follow that order and add up to 1.0, so a full apology scores 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import MappingProxyType

from amends.coach.types import APOLOGY_COMPONENTS, Apology

APOLOGY_WEIGHTS: MappingProxyType[str, float] = MappingProxyType(
    {
        "responsibility": 0.30,
        "repair_offer": 0.22,
        "regret": 0.15,
        "explanation": 0.13,
        "repentance": 0.13,
        "forgiveness_request": 0.07,
    }
)

# An apology wrapped around excuses, blame or "you're overreacting" mostly lands as the
# excuse, so we keep only this share of the score when any of those are present.
EXCUSE_PENALTY = 0.35
EXCUSE_KINDS = frozenset({"defensiveness", "blame_shifting", "gaslighting"})

# "I said I'm sorry" or "how many times do I have to say sorry" is not fresh regret.
_REPORTED_SORRY = re.compile(
    r"(?:said|say|saying|told you|tell you|says|apologised|apologized|already|"
    r"not|never|isn't|isnt|won't|wont)\s*(?:(?:i'?m|im|i am|that|i was)\s*)?$"
)


_NOT_ASKING = re.compile(
    r"(?:never|won't|wont|not asking|don't|dont|can't|cant)\s+(?:\w+\s+){0,2}$"
)


def find_components(masked: str, matches: Iterable[tuple[str, int, int]]) -> set[str]:
    """Which apology parts are present, given raw (component, start, end) matches in
    `masked` (see analyzer); reported or refused ones ("I said sorry") don't count."""
    found: set[str] = set()
    for name, start, _end in matches:
        if name in found:
            continue
        if name == "regret" and _REPORTED_SORRY.search(masked[max(0, start - 24) : start]):
            continue
        if name == "forgiveness_request" and _NOT_ASKING.search(masked[max(0, start - 30) : start]):
            continue
        found.add(name)
    return found


def score(components: Iterable[str], flagged_kinds: Iterable[str]) -> Apology:
    present = set(components)
    ordered = [c for c in APOLOGY_COMPONENTS if c in present]
    total = sum(APOLOGY_WEIGHTS[c] for c in ordered)
    if EXCUSE_KINDS.intersection(flagged_kinds):
        total *= EXCUSE_PENALTY
    return Apology(components=ordered, score=round(min(1.0, max(0.0, total)), 3))

"""Communication coach: a local, rule-based reader for messages between partners.

It points at words that tend to hurt (criticism, contempt, defensiveness, stonewalling,
gaslighting, blame-shifting, threats, trump cards) and words that help (I-statements,
responsibility, repair attempts, validation), says why in plain words, offers a gentler
phrasing, and scores apologies by their parts. It advises; it never blocks. Pure Python,
no Django, nothing leaves the process.
"""

from amends.coach.analyzer import analyze
from amends.coach.apology import APOLOGY_WEIGHTS, EXCUSE_PENALTY
from amends.coach.types import (
    ALL_KINDS,
    APOLOGY_COMPONENTS,
    HARMFUL_KINDS,
    POSITIVE_KINDS,
    Analysis,
    Apology,
    Flag,
)

__all__ = [
    "ALL_KINDS",
    "APOLOGY_COMPONENTS",
    "APOLOGY_WEIGHTS",
    "EXCUSE_PENALTY",
    "HARMFUL_KINDS",
    "POSITIVE_KINDS",
    "Analysis",
    "Apology",
    "Flag",
    "analyze",
]

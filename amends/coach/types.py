"""The results the coach hands back: plain frozen dataclasses that serialise to JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

HARMFUL_KINDS: tuple[str, ...] = (
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "gaslighting",
    "blame_shifting",
    "threat",
    "trump_card",
)
POSITIVE_KINDS: tuple[str, ...] = (
    "i_statement",
    "responsibility",
    "repair_attempt",
    "validation",
)
ALL_KINDS: tuple[str, ...] = HARMFUL_KINDS + POSITIVE_KINDS

APOLOGY_COMPONENTS: tuple[str, ...] = (
    "regret",
    "explanation",
    "responsibility",
    "repentance",
    "repair_offer",
    "forgiveness_request",
)

_HARMFUL = frozenset(HARMFUL_KINDS)


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding: which words (text[start:end]), why they matter, and a gentler option."""

    kind: str
    start: int
    end: int
    explanation: str
    suggestion: str | None = None
    # Which rule found it (an id from amends/coach/rules/), or "learned" for the learned
    # layer, "breach" for a trump card read from the forgiven breaches.
    rule_id: str = ""

    @property
    def harmful(self) -> bool:
        return self.kind in _HARMFUL

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "explanation": self.explanation,
            "suggestion": self.suggestion,
            "rule_id": self.rule_id,
        }


@dataclass(frozen=True, slots=True)
class Apology:
    """Which parts of an apology are present, and how much they add up to (0..1)."""

    components: list[str] = field(default_factory=list)
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"components": list(self.components), "score": self.score}


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    flags: list[Flag] = field(default_factory=list)
    apology: Apology = field(default_factory=Apology)

    @property
    def harmful(self) -> list[Flag]:
        return [f for f in self.flags if f.kind in _HARMFUL]

    @property
    def positive(self) -> list[Flag]:
        return [f for f in self.flags if f.kind not in _HARMFUL]

    @property
    def kinds(self) -> set[str]:
        return {f.kind for f in self.flags}

    def to_dict(self) -> dict[str, Any]:
        return {
            "flags": [f.to_dict() for f in self.flags],
            "apology": self.apology.to_dict(),
        }

"""An optional published questionnaire inside the weekly check-in ("how things feel between
you"), its scoring and the one rule that reads it for a professional.

Nothing here ships a questionnaire. `current()` returns the one this installation switched on
with the setting `AMENDS_CHECKIN_INSTRUMENT` (the dotted path of an `Instrument`), or None:
off, which is the default. docs/measures.md says why: the wording, the licence and the
reliable-change threshold of the measure we wanted (the CSI-4) could not be confirmed from a
source we can cite (searched twice; no published reliable-change threshold for the CSI-4 was
found at all), and we ship only what we can cite. An installation that holds a licence
and the exact wording defines the `Instrument` (items, answer scales, the published
reliable-change threshold and where it comes from) and names it in the setting.

Pure Python: no database here.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Item:
    key: str
    text: str  # exactly as published
    choices: tuple[tuple[int, str], ...]  # (points, the answer's words), as published

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(p for p, _ in self.choices)


@dataclass(frozen=True)
class Instrument:
    key: str  # stored with each answer, so a later change of instrument is never mixed in
    title: str  # plain words for the page: what it asks about, never a clinical name
    items: tuple[Item, ...]
    # A fall of at least this many points is more than the measure's own noise, as
    # published for this measure (`source`). None: no published threshold, so no alert.
    reliable_change: int | None
    source: str  # the citation of the items, scoring and threshold

    def __post_init__(self) -> None:
        # We ship only what we can cite (docs/measures.md): an installation's questionnaire
        # must say where its items and threshold come from, and a threshold must be a fall
        # its items can actually make. Refused here, when the setting is first read.
        if not self.source.strip():
            raise ValueError(f"The questionnaire {self.key!r} needs its citation (source).")
        if not self.items or any(len(set(i.points)) < 2 for i in self.items):
            raise ValueError(f"Each question of {self.key!r} needs at least two answers.")
        if len({i.key for i in self.items}) != len(self.items):
            raise ValueError(f"The questions of {self.key!r} need different keys.")
        spread = self.highest - self.lowest
        if self.reliable_change is not None and not 0 < self.reliable_change <= spread:
            raise ValueError(
                f"The reliable-change threshold of {self.key!r} must be between 1 and {spread}."
            )

    @property
    def lowest(self) -> int:
        return sum(min(i.points) for i in self.items)

    @property
    def highest(self) -> int:
        return sum(max(i.points) for i in self.items)


def current() -> Instrument | None:
    """The instrument this installation switched on, or None (off, the default)."""
    path = getattr(settings, "AMENDS_CHECKIN_INSTRUMENT", "")
    if not path:
        return None
    found = import_string(path)
    if not isinstance(found, Instrument):
        raise TypeError(f"AMENDS_CHECKIN_INSTRUMENT names {path}, which is not an Instrument.")
    return found


def score(instrument: Instrument, answers: Sequence[int]) -> int:
    """The total: the sum of the points of each answer (the caller checked each answer)."""
    return sum(answers)


def fell(scores: Sequence[int], *, threshold: int | None) -> bool:
    """Whether the latest score (scores oldest first) is lower by at least `threshold` than
    the first score or the one just before it: a fall past the published reliable-change
    threshold, from where they started or since last time. No threshold: never."""
    if threshold is None or threshold <= 0 or len(scores) < 2:
        return False
    latest = scores[-1]
    return scores[0] - latest >= threshold or scores[-2] - latest >= threshold

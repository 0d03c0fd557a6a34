"""The stuck signal: a pure rule over plain weekly figures (no database here).

The product promises to name it honestly when a couple is stuck, and never to decide for
them. This rule only notices a pattern; the page that shows it suggests a professional or
an honest decision, and says both rebuilding and parting are good endings.

What it looks at: the last WINDOW_WEEKS ISO weeks (this one included), built for one
person from what that person may see (see `selectors.stuck_history`): their own
check-ins, their partner's only if shared with them, repair attempts, promise marks and
Talk messages on their side of the visibility rules. The partner's private check-ins never
count, so the signal can never reveal them.

The signs (each counts once):

  declined    at least 2 repair attempts answered "I decline this" in the window, and more
              declined than accepted;
  get_even    in anyone's visible check-ins, the urge to get even is high (the latest two
              answers average 5 or more on the 1-7 scale) or rising (3 answers or more, the
              latest at least 4 and at least 2 points above the first in the window);
  trump_cards at least 2 Talk messages in the window that bring back a forgiven hurt;
  promises    at least 2 promise days noted "not kept", and no fewer than noted "kept";
  no_steps    at least one path is still open (no outcome from both), and nothing moved on
              any path in the last STILL_WEEKS weeks (no commitment, statement, answer,
              impact statement, attempt, promise, forgiveness or outcome).

Stuck means at least MIN_SIGNS signs at once. One sign alone is a hard week, not a
pattern. Nothing is said before a person has been in the space for MIN_WEEKS weeks.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

WINDOW_WEEKS = 6
STILL_WEEKS = 4
MIN_WEEKS = 4
MIN_SIGNS = 2
HIGH_URGE = 5.0
RISE = 2


@dataclass(frozen=True)
class WeekFigures:
    """One ISO week, as one person may see it."""

    week: date
    attempts_accepted: int = 0
    attempts_declined: int = 0
    get_even_mine: int | None = None
    get_even_partner: int | None = None  # only when the partner shares their check-ins
    trump_cards: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    steps_taken: int = 0


@dataclass(frozen=True)
class History:
    weeks: Sequence[WeekFigures]  # oldest first; at most the last WINDOW_WEEKS are used
    weeks_in_space: int
    open_paths: int


# Worded without blame: what happened, not who did it.
SIGN_WORDS: dict[str, str] = {
    "declined": "Most repair attempts in these weeks were not accepted.",
    "get_even": "The wish to get even has been strong, or growing.",
    "trump_cards": "Hurts that were forgiven have come back into conversations.",
    "promises": "Several promises were noted as not kept.",
    "no_steps": "Nothing has moved on your paths for a few weeks.",
}


@dataclass(frozen=True)
class StuckSignal:
    stuck: bool
    signs: tuple[str, ...] = field(default=())
    too_early: bool = False

    @property
    def reasons(self) -> list[str]:
        return [SIGN_WORDS[s] for s in self.signs]


def _urge_sign(values: list[int]) -> bool:
    if not values:
        return False
    latest = values[-2:]
    if sum(latest) / len(latest) >= HIGH_URGE:
        return True
    return len(values) >= 3 and values[-1] >= 4 and values[-1] - values[0] >= RISE


def signs_in(history: History) -> tuple[str, ...]:
    weeks = list(history.weeks)[-WINDOW_WEEKS:]
    signs: list[str] = []
    declined = sum(w.attempts_declined for w in weeks)
    accepted = sum(w.attempts_accepted for w in weeks)
    if declined >= 2 and declined > accepted:
        signs.append("declined")
    mine = [w.get_even_mine for w in weeks if w.get_even_mine is not None]
    theirs = [w.get_even_partner for w in weeks if w.get_even_partner is not None]
    if _urge_sign(mine) or _urge_sign(theirs):
        signs.append("get_even")
    if sum(w.trump_cards for w in weeks) >= 2:
        signs.append("trump_cards")
    broken = sum(w.promises_broken for w in weeks)
    kept = sum(w.promises_kept for w in weeks)
    if broken >= 2 and broken >= kept:
        signs.append("promises")
    recent = weeks[-STILL_WEEKS:]
    if (
        history.open_paths > 0
        and len(recent) >= STILL_WEEKS
        and not any(w.steps_taken for w in recent)
    ):
        signs.append("no_steps")
    return tuple(signs)


def stuck_signal(history: History) -> StuckSignal:
    if history.weeks_in_space < MIN_WEEKS:
        return StuckSignal(stuck=False, too_early=True)
    signs = signs_in(history)
    return StuckSignal(stuck=len(signs) >= MIN_SIGNS, signs=signs)

"""What the caseload notices, as pure rules over plain data (no database here).

The figures come only from what the professional may see (`selectors.caseload`): check-ins
each partner chose to share with them, the stuck signal built from their side of the
visibility rules, homework they set. A partner's private check-ins, safety answers or notes
never reach these functions, so nothing here can reveal them.

  falling   a partner's shared check-ins in the window: the latest answer is at least DROP
            points worse than the best earlier answer in the window, on any measure (for the
            two urges, "worse" is higher);
  safety    a partner's latest shared check-in in the window says they felt safe at
            SAFE_AT_MOST or lower (of 7). The safety questions themselves are always private
            and never read here;
  stuck     the stuck signal (docs/stuck-signal.md) as the professional may see it;
  overdue   homework set by this professional, past its day and not marked done;
  feeling   a partner who shares their answers to the check-in's optional questionnaire
            with this professional answered lower by at least its published
            reliable-change threshold (amends.checkins.instrument.fell). Read only from
            answers shared with them (checkins.selectors.instrument_falling).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

DROP = 2
SAFE_AT_MOST = 2
URGES = ("avoid_urge", "get_even_urge")

# How much each sign weighs in the order of the caseload (most attention first).
WEIGHT = {"safety": 8, "stuck": 4, "feeling": 2, "falling": 2, "overdue": 1}

SIGN_WORDS = {
    "safety": "Someone said, in a check-in shared with you, that they did not feel safe.",
    "stuck": "They may be stuck: the same signs their own Progress page watches for.",
    "falling": "Some check-in answers shared with you have dropped.",
    "overdue": "Homework is past its day and not marked done.",
    "feeling": "How things feel between them, in answers shared with you, has dropped by "
    "more than the usual week-to-week change.",
}


@dataclass(frozen=True)
class Row:
    """One check-in, as numbers only: its week and the answers, 1-7."""

    week: date
    scores: dict[str, int]


def _worse_by(key: str, earlier: int, latest: int) -> int:
    return latest - earlier if key in URGES else earlier - latest


def falling(rows: Sequence[Row], *, since: date) -> tuple[str, ...]:
    """The measures whose latest answer dropped by DROP or more against the best answer
    earlier in the window (oldest first in `rows`)."""
    window = [r for r in rows if r.week >= since]
    if len(window) < 2:
        return ()
    latest, earlier = window[-1], window[:-1]
    dropped = []
    for key, value in latest.scores.items():
        best = max(
            (-e.scores[key] if key in URGES else e.scores[key]) for e in earlier if key in e.scores
        )
        best = -best if key in URGES else best
        if _worse_by(key, best, value) >= DROP:
            dropped.append(key)
    return tuple(dropped)


def safety_concern(rows: Sequence[Row], *, since: date) -> bool:
    window = [r for r in rows if r.week >= since]
    return bool(window) and window[-1].scores.get("safe", 7) <= SAFE_AT_MOST


def weight(signs: Sequence[str]) -> int:
    return sum(WEIGHT[s] for s in signs)

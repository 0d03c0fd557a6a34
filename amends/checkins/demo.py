"""Twelve weeks of check-ins for the demo couple, so a newcomer's first look at Progress
shows the picture: slow, uneven change, some weeks missed, some notes shared. Built with
the same services the pages use."""

from datetime import timedelta

from amends.accounts.models import User
from amends.spaces.models import Space
from amends.spaces.visibility import Visibility

from . import services
from . import weeks as w
from .models import MEASURE_KEYS

WEEKS = 12

# Oldest week first, one number per measure, in MEASURE_KEYS order: trust, safe, wanting to
# keep away, wanting to get even, goodwill, content with us, trust in myself. None is a
# week missed, which is normal.
ALEX = (
    (2, 3, 6, 4, 3, 2, 2),
    (2, 3, 6, 5, 3, 2, 2),
    (2, 4, 5, 4, 3, 2, 3),
    None,
    (3, 4, 5, 3, 4, 3, 3),
    (2, 3, 6, 4, 3, 2, 3),
    (3, 4, 5, 3, 4, 3, 4),
    (3, 5, 4, 3, 4, 3, 4),
    None,
    (4, 5, 4, 2, 5, 4, 4),
    (3, 5, 4, 2, 5, 3, 5),
    (4, 5, 3, 2, 5, 4, 5),
)
JORDAN = (
    (4, 5, 3, 1, 6, 3, 2),
    (4, 5, 4, 1, 6, 3, 2),
    (4, 5, 3, 1, 6, 3, 3),
    (5, 5, 3, 1, 6, 4, 3),
    None,
    (4, 4, 4, 2, 5, 3, 3),
    (5, 5, 3, 1, 6, 4, 3),
    (5, 5, 3, 1, 6, 4, 4),
    (5, 6, 2, 1, 6, 4, 4),
    (5, 6, 2, 1, 6, 5, 4),
    None,
    (6, 6, 2, 1, 6, 5, 5),
)
# (week index, words, who may read them): private unless shared.
ALEX_NOTES = {
    1: ("The worst week so far. I couldn't sleep.", Visibility.PRIVATE),
    5: ("A setback: I saw a message notification and froze.", Visibility.PARTNER),
    9: ("We laughed together for the first time in months.", Visibility.PARTNER),
    11: ("Still careful, but I look forward to our walks.", Visibility.PRIVATE),
}
JORDAN_NOTES = {
    0: ("I keep wanting to explain myself. I'm trying to listen instead.", Visibility.PRIVATE),
    5: ("Alex pulled away this week. I understand why.", Visibility.PARTNER_AND_PROFESSIONAL),
    11: ("It feels like we are both trying.", Visibility.PARTNER),
}


def load_demo_checkins(*, space: Space, alex: User, jordan: User) -> None:
    first = w.this_monday() - timedelta(weeks=WEEKS - 1)
    for person, rows, notes in ((alex, ALEX, ALEX_NOTES), (jordan, JORDAN, JORDAN_NOTES)):
        for index, row in enumerate(rows):
            if row is None:
                continue
            note, visibility = notes.get(index, ("", Visibility.PRIVATE))
            services.checkin_record(
                space=space,
                by=person,
                week=first + timedelta(weeks=index),
                scores=dict(zip(MEASURE_KEYS, row, strict=True)),
                note=note,
                visibility=visibility,
            )
    # Alex shows their numbers to Jordan; Jordan to Alex and to Sam, their coach.
    services.checkin_sharing_set(space=space, by=alex, visibility=Visibility.PARTNER)
    services.checkin_sharing_set(
        space=space, by=jordan, visibility=Visibility.PARTNER_AND_PROFESSIONAL
    )

"""Shared bits for check-in tests."""

from datetime import date, timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.checkins import weeks
from amends.checkins.models import MEASURE_KEYS, CheckIn
from amends.core.once import new_form_token
from amends.spaces.models import Membership, Space

SECRET_NOTE = "ZEBRA-7731 the thing I cannot say out loud"


def scores(**overrides: object) -> dict[str, object]:
    return {key: 4 for key in MEASURE_KEYS} | overrides


def form_data(week: date | str | None = None, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "week": week if isinstance(week, str) else weeks.iso_name(week or weeks.this_monday()),
        "visibility": "private",
        "note": "",
        "once": new_form_token(),
    }
    return data | scores() | overrides


def age_space(space: Space, *, days: int) -> None:
    """Pretend the space (and everyone's membership) began `days` ago."""
    then = timezone.now() - timedelta(days=days)
    Space.objects.filter(pk=space.pk).update(created_at=then)
    Membership.objects.filter(space=space).update(joined_at=then)
    space.refresh_from_db()


def many_checkins(space: Space, person: User, count: int, **values: int) -> None:
    """`count` weekly check-ins ending this week (ages the space to fit)."""
    age_space(space, days=7 * count + 7)
    current = weeks.this_monday()
    CheckIn.objects.bulk_create(
        CheckIn(
            space=space,
            author=person,
            week=current - timedelta(weeks=n),
            **(dict.fromkeys(MEASURE_KEYS, 1 + n % 7) | values),
        )
        for n in range(count)
    )

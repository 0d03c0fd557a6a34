"""Who has which part here, and the few facts the services, selectors and pages share.

Breaches are never private (visibility: partner, or partner and professional), so whether
someone caused a hurt here, and whether it was an addiction, is something both partners
already see: gating a page on it tells nobody anything new.
"""

from datetime import date, timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.textrules import clean_day
from amends.repair.models import Breach, Category
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import can_see

# The 24-hour rule.
A_DAY = timedelta(hours=24)
# How far back a check-in may be written or changed (a forgotten day can be filled in).
DAYS_BACK = 7

ADDICTIONS = frozenset(
    {
        Category.ADDICTION_ALCOHOL,
        Category.ADDICTION_DRUGS,
        Category.ADDICTION_PORN,
        Category.ADDICTION_GAMBLING,
        Category.ADDICTION_OTHER,
    }
)


def injuring_breaches(*, space: Space, person: User, roles: SpaceRoles) -> list[Breach]:
    """Breaches here where `person` is the partner who caused the hurt, as they may see them.
    Breaches are never private, so this reads what both partners see."""
    rows = Breach.objects.filter(space=space, injuring_partner=person)
    return [b for b in rows if can_see(person, b, roles)]


def has_addiction_track(*, space: Space, person: User, roles: SpaceRoles) -> bool:
    return any(
        b.category in ADDICTIONS for b in injuring_breaches(space=space, person=person, roles=roles)
    )


def check_day(value: object) -> date:
    value = clean_day(value, refusal="Please choose a day.")
    today = timezone.localdate()
    if value > today:
        raise ActionRefused("Please choose today, or a day before it.", code="invalid")
    if value < today - timedelta(days=DAYS_BACK):
        raise ActionRefused(
            "A check-in can be filled in for the last week. Older days can stay as they are.",
            code="invalid",
        )
    return value

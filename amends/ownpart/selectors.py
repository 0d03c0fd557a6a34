"""Reads for the injuring partner's own part, always through visibility. Partners only:
anyone else gets the same 404 as a page that does not exist."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from amends.accounts.models import User
from amends.repair.models import Breach
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_or_404, space_roles
from amends.spaces.visibility import can_see, visible_or_404, visible_to

from .models import Day, DayCheck, Helped, Prompt, Reflection, RuleYes, Slip, SlipReminderSent
from .rules import A_DAY, ADDICTIONS

# The picture covers this many weeks, newest last.
WEEKS = 8


@dataclass(frozen=True)
class Track:
    """What this partner's own part holds for them here."""

    reflections: bool  # they caused a hurt recorded here
    addiction: bool  # ... and it was an addiction: the daily check-in and slips
    partner_addiction: bool  # their partner has the addiction track: the rule and the slips


def track_for(*, viewer: User, space: Space, roles: SpaceRoles) -> Track:
    partner = roles.partner_of(viewer)
    people = [viewer.pk] + ([partner.pk] if partner else [])
    rows = [
        b
        for b in Breach.objects.filter(space=space, injuring_partner_id__in=people)
        if can_see(viewer, b, roles)
    ]
    mine = [b for b in rows if b.injuring_partner_id == viewer.pk]
    theirs = [b for b in rows if partner is not None and b.injuring_partner_id == partner.pk]
    return Track(
        reflections=bool(mine),
        addiction=any(b.category in ADDICTIONS for b in mine),
        partner_addiction=any(b.category in ADDICTIONS for b in theirs),
    )


def my_reflections(*, viewer: User, roles: SpaceRoles) -> dict[str, Reflection]:
    rows = visible_to(Reflection.objects.filter(author=viewer), viewer, roles)
    return {r.prompt: r for r in rows}


def shared_with_me(*, viewer: User, roles: SpaceRoles) -> list[Reflection]:
    """Reflections the partner shared with the viewer, in the order of the prompts."""
    rows = visible_to(
        Reflection.objects.exclude(author=viewer).select_related("author"), viewer, roles
    )
    order = {key: i for i, key in enumerate(Prompt.values)}
    return sorted(rows, key=lambda r: (order.get(r.prompt, 99), r.created_at, r.pk))


def reflection_or_none(*, viewer: User, roles: SpaceRoles, prompt: str) -> Reflection | None:
    if prompt not in Prompt.values:
        raise Http404("Not found.")
    return my_reflections(viewer=viewer, roles=roles).get(prompt)


def checks(*, viewer: User, roles: SpaceRoles, since: date | None = None) -> QuerySet[DayCheck]:
    rows = visible_to(DayCheck.objects.filter(author=viewer), viewer, roles)
    if since is not None:
        rows = rows.filter(day__gte=since)
    return rows.order_by("-day", "-pk")


def check_on(*, viewer: User, roles: SpaceRoles, day: date) -> DayCheck | None:
    return checks(viewer=viewer, roles=roles).filter(day=day).first()


def my_slips(*, viewer: User, roles: SpaceRoles) -> list[Slip]:
    rows = visible_to(Slip.objects.filter(author=viewer), viewer, roles)
    return list(rows.order_by("-created_at", "-pk"))


def slips_told_to_me(*, viewer: User, roles: SpaceRoles) -> list[Slip]:
    rows = visible_to(Slip.objects.exclude(author=viewer).select_related("author"), viewer, roles)
    return list(rows.filter(told_at__isnull=False).order_by("-told_at", "-pk"))


def slip_or_404(*, viewer: User, roles: SpaceRoles, slip_id: object) -> Slip:
    partner_or_404(viewer=viewer, roles=roles)
    return visible_or_404(Slip.objects.select_related("author"), slip_id, viewer, roles)


def untold(slip: Slip) -> bool:
    return slip.told_at is None


def past_a_day(slip: Slip) -> bool:
    return slip.told_at is None and timezone.now() - slip.created_at > A_DAY


# ---------------------------------------------------------------------------- the rule


@dataclass(frozen=True)
class Rule:
    mine: bool  # the viewer said yes (and their partner can see it)
    theirs: bool  # the partner said yes (and the viewer can see it)

    @property
    def on(self) -> bool:
        return self.mine and self.theirs


def rule_for(*, viewer: User, roles: SpaceRoles, space: Space) -> Rule:
    """The 24-hour rule as both partners see it: a yes counts once the other can see it."""
    partner = roles.partner_of(viewer)
    if partner is None:
        return Rule(mine=False, theirs=False)
    rows = list(RuleYes.objects.filter(space=space, author_id__in=(viewer.pk, partner.pk)))
    mine = any(r.author_id == viewer.pk and can_see(partner, r, roles) for r in rows)
    theirs = any(r.author_id == partner.pk and can_see(viewer, r, roles) for r in rows)
    return Rule(mine=mine, theirs=theirs)


# ---------------------------------------------------------------------------- the picture


@dataclass
class Week:
    starts: date
    steady: int = 0
    urges: int = 0
    slipped: int = 0
    helped: dict[str, int] = field(default_factory=dict)

    @property
    def days(self) -> int:
        return self.steady + self.urges + self.slipped

    @property
    def helped_words(self) -> list[tuple[str, int]]:
        return [
            (str(Helped(k).label), n)
            for k, n in sorted(self.helped.items(), key=lambda kv: (-kv[1], kv[0]))
        ]


def weeks(*, viewer: User, roles: SpaceRoles, today: date | None = None) -> list[Week]:
    """The last `WEEKS` weeks (Monday to Sunday), oldest first: how many days were steady,
    had urges, or had a slip, and what helped. Counts of days, never a score or a streak."""
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    first = this_monday - timedelta(weeks=WEEKS - 1)
    shown = [Week(starts=first + timedelta(weeks=i)) for i in range(WEEKS)]
    for check in checks(viewer=viewer, roles=roles, since=first):
        week = shown[(check.day - first).days // 7]
        if check.how == Day.STEADY:
            week.steady += 1
        elif check.how == Day.URGES:
            week.urges += 1
        elif check.how == Day.SLIPPED:
            week.slipped += 1
        for key in check.helped_keys:
            week.helped[key] = week.helped.get(key, 0) + 1
    return shown


# ---------------------------------------------------------------------------- reminders


def slip_reminders_due(*, now: object = None) -> list[tuple[int, int]]:
    """(user id, slip id) for each slip not told more than a day after it was logged, where
    the couple agreed to the 24-hour rule, to its author only, once."""
    moment = now or timezone.now()
    sent = set(SlipReminderSent.objects.values_list("user_id", "slip_id"))
    due: list[tuple[int, int]] = []
    rows = Slip.objects.filter(told_at__isnull=True, created_at__lt=moment - A_DAY)  # type: ignore[operator]
    by_space: dict[int, SpaceRoles] = {}
    for slip in rows.select_related("space", "author"):
        if (slip.author_id, slip.pk) in sent:
            continue
        roles = by_space.setdefault(slip.space_id, space_roles(slip.space))
        if slip_reminder_due(user=slip.author, slip=slip, roles=roles):
            due.append((slip.author_id, slip.pk))
    return due


def slip_reminder_due(*, user: User, slip: Slip, roles: SpaceRoles | None = None) -> bool:
    roles = roles or space_roles(slip.space)
    return (
        slip.author_id == user.pk
        and past_a_day(slip)
        and roles.is_partner(user)
        and rule_for(viewer=user, roles=roles, space=slip.space).on
        and not SlipReminderSent.objects.filter(user=user, slip=slip).exists()
    )

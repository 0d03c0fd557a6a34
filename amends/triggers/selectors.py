"""Reads for hard moments, always through visibility. Partners only: anyone else gets the
same 404 as a page that does not exist."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from amends.accounts.models import User
from amends.checkins import weeks as w
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import can_see, changeable_or_404, visible_or_404, visible_to

from .models import (
    AgreedResponse,
    DayReminderSent,
    HardDay,
    Remind,
    Signal,
    SignalSetting,
    Trigger,
)

PICTURE_WEEKS = 12
# How long a signal stays on the partner's pages as something happening now.
SIGNAL_FRESH = timedelta(hours=12)
# How far ahead a hard day is shown as coming up.
DAYS_AHEAD = 21


# ---------------------------------------------------------------------------- the log


def my_triggers(*, viewer: User, roles: SpaceRoles) -> QuerySet[Trigger]:
    return visible_to(Trigger.objects.filter(author=viewer), viewer, roles).order_by(
        "-created_at", "-pk"
    )


def my_trigger_or_404(*, viewer: User, roles: SpaceRoles, trigger_id: object) -> Trigger:
    return changeable_or_404(Trigger.objects.all(), trigger_id, viewer, roles)


@dataclass(frozen=True)
class WeekRow:
    week: date
    count: int
    strengths: tuple[int, ...]

    @property
    def average(self) -> float | None:
        return round(sum(self.strengths) / len(self.strengths), 1) if self.strengths else None

    @property
    def average_text(self) -> str:
        """As a person reads it: "4", "3.5", or "" for a week with none."""
        value = self.average
        if value is None:
            return ""
        return str(int(value)) if value == int(value) else str(value)

    @property
    def strongest(self) -> int | None:
        return max(self.strengths) if self.strengths else None


@dataclass(frozen=True)
class Picture:
    rows: list[WeekRow]  # oldest first, every week, none left out
    total: int
    kinds: list[tuple[str, int]]  # what brought them on, most often first
    helped: list[tuple[str, int]]  # what helped, most often first
    helped_noted: int  # how many moments say what helped
    recent: list[int] = field(default_factory=list)  # the last four weeks' counts
    before: list[int] = field(default_factory=list)  # the four weeks before those


def picture(*, viewer: User, roles: SpaceRoles, weeks: int = PICTURE_WEEKS) -> Picture:
    """How often, how strong and what helped, week by week, over the last `weeks` weeks.
    The person's own moments only; read in Python, since the numbers are sealed."""
    mondays = w.weeks_back(w.this_monday(), weeks)
    since = timezone.make_aware(datetime.combine(mondays[0], time.min))
    moments = list(my_triggers(viewer=viewer, roles=roles).filter(created_at__gte=since))
    by_week: dict[date, list[int]] = {m: [] for m in mondays}
    kinds: Counter[str] = Counter()
    helped: Counter[str] = Counter()
    noted = 0
    for moment in moments:
        monday = w.monday_of(timezone.localtime(moment.created_at).date())
        if monday in by_week and isinstance(moment.strength, int):
            by_week[monday].append(moment.strength)
        kinds[moment.kind_label] += 1
        if moment.helped_keys:
            noted += 1
            helped.update(moment.helped_labels)
    rows = [WeekRow(m, len(by_week[m]), tuple(by_week[m])) for m in mondays]
    counts = [r.count for r in rows]
    return Picture(
        rows=rows,
        total=len(moments),
        kinds=kinds.most_common(),
        helped=helped.most_common(),
        helped_noted=noted,
        recent=counts[-4:],
        before=counts[-8:-4],
    )


# ---------------------------------------------------------------------------- hard days


@dataclass(frozen=True)
class Upcoming:
    day: HardDay
    on: date
    in_days: int


def next_time(day: HardDay, today: date) -> date | None:
    """When this day next comes (today included), or None if it has passed for good."""
    if not isinstance(day.day, date):
        return None
    if not day.every_year:
        return day.day if day.day >= today else None
    for year in (today.year, today.year + 1):
        try:
            candidate = day.day.replace(year=year)
        except ValueError:  # 29 February
            candidate = date(year, 3, 1)
        if candidate >= today:
            return candidate
    return None


def hard_days(*, viewer: User, roles: SpaceRoles) -> QuerySet[HardDay]:
    """The viewer's own days, and the ones their partner shared with them."""
    return visible_to(HardDay.objects.select_related("author"), viewer, roles).order_by(
        "created_at", "pk"
    )


def upcoming_days(*, viewer: User, roles: SpaceRoles, ahead: int = DAYS_AHEAD) -> list[Upcoming]:
    today = timezone.localdate()
    found = []
    for day in hard_days(viewer=viewer, roles=roles):
        when = next_time(day, today)
        if when is not None and (when - today).days <= ahead:
            found.append(Upcoming(day, when, (when - today).days))
    return sorted(found, key=lambda u: (u.on, u.day.created_at))


def day_reminders_due(*, today: date | None = None) -> list[tuple[int, int, int]]:
    """(user id, hard day id, year) for every reminder due: a day that comes tomorrow, to
    its author when they chose a reminder, and to their partner too when they chose "us
    both" and the partner may see the day. Days are sealed, so they are read in Python."""
    today = today or timezone.localdate()
    tomorrow = today + timedelta(days=1)
    sent = set(DayReminderSent.objects.values_list("user_id", "hard_day_id", "year"))
    due: list[tuple[int, int, int]] = []
    by_space: dict[int, SpaceRoles] = {}
    for day in HardDay.objects.select_related("space"):
        if day.remind not in (Remind.ME, Remind.BOTH) or next_time(day, tomorrow) != tomorrow:
            continue
        roles = by_space.setdefault(day.space_id, space_roles(day.space))
        for person in day_reminder_people(day=day, roles=roles):
            if (person.pk, day.pk, tomorrow.year) not in sent:
                due.append((person.pk, day.pk, tomorrow.year))
    return due


def day_reminder_people(*, day: HardDay, roles: SpaceRoles) -> list[User]:
    """Who a reminder for this day goes to, as its author chose and as visibility allows."""
    people = [p for p in roles.partners if p.pk == day.author_id]
    if not people:
        return []  # its author left: nobody
    if day.remind == Remind.BOTH:
        partner = roles.partner_of(people[0])
        if partner is not None and can_see(partner, day, roles):
            people.append(partner)
    return people if day.remind in (Remind.ME, Remind.BOTH) else []


def my_day_or_404(*, viewer: User, roles: SpaceRoles, day_id: object) -> HardDay:
    return changeable_or_404(HardDay.objects.all(), day_id, viewer, roles)


# ---------------------------------------------------------------------------- together


def response_for(*, person: User, viewer: User, roles: SpaceRoles) -> AgreedResponse | None:
    """What helps `person`, as the viewer may see it (both partners, once it is written)."""
    return (
        visible_to(AgreedResponse.objects.select_related("changed_by"), viewer, roles)
        .filter(author=person)
        .first()
    )


def signal_is_on(*, person: User, viewer: User, roles: SpaceRoles) -> bool:
    """Whether `person` has the signal on, as the viewer may know: the partner is told
    only once it is on (a setting that is off is its owner's alone). To its owner, a signal
    turned on before their partner joined is off: that partner was never told."""
    setting = visible_to(SignalSetting.objects.filter(author=person), viewer, roles).first()
    if setting is None or setting.visibility == "private":
        return False
    partner = roles.partner_of(person)
    return partner is None or can_see(partner, setting, roles)


def unseen_by_partner(*, item: AgreedResponse, roles: SpaceRoles) -> bool:
    """Written before the partner joined, and not shared with them since."""
    partner = roles.partner_of(item.author)
    return partner is not None and not can_see(partner, item, roles)


def latest_signal(*, sender: User, viewer: User, roles: SpaceRoles) -> Signal | None:
    return (
        visible_to(Signal.objects.filter(author=sender), viewer, roles)
        .order_by("-created_at", "-pk")
        .first()
    )


def fresh_signal_from_partner(*, viewer: User, roles: SpaceRoles) -> Signal | None:
    """A signal the viewer's partner sent in the last hours, for the viewer's pages."""
    partner = roles.partner_of(viewer)
    if partner is None or not roles.is_partner(viewer):
        return None
    signal = latest_signal(sender=partner, viewer=viewer, roles=roles)
    if signal is None or timezone.now() - signal.created_at > SIGNAL_FRESH:
        return None
    return signal


def signal_or_404(*, viewer: User, roles: SpaceRoles, signal_id: object) -> Signal:
    return visible_or_404(Signal.objects.all(), signal_id, viewer, roles)


@dataclass(frozen=True)
class PartnerSignal:
    signal: Signal
    name: str
    response: AgreedResponse | None


def partner_signal_for(*, viewer: User, roles: SpaceRoles) -> PartnerSignal | None:
    """The partner's fresh signal, with what the two of them agreed, for the viewer."""
    signal = fresh_signal_from_partner(viewer=viewer, roles=roles)
    partner = roles.partner_of(viewer)
    if signal is None or partner is None:
        return None
    return PartnerSignal(
        signal, partner.name, response_for(person=partner, viewer=viewer, roles=roles)
    )

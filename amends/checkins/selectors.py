"""Reads for check-ins and progress. Every read of someone else's numbers or words goes
through amends.spaces.visibility: the numbers through the author's CheckinSharing row
(`can_see`), notes and path items through `visible_to`.

Each page costs a fixed number of queries, whatever the number of weeks, breaches,
attempts or promises: lists are fetched once and grouped in Python, counts are grouped
in the database.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, F, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from amends.accounts.models import User
from amends.coach import analyze
from amends.core.pagecache import remember
from amends.repair.models import (
    AccountabilityStatement,
    Breach,
    Commitment,
    Forgiveness,
    ImpactStatement,
    OutcomeStatement,
    Promise,
    PromiseMark,
    Question,
    RepairAttempt,
    StatementResponse,
)
from amends.repair.selectors import forgiven_breach_descriptions
from amends.spaces.models import Membership, Role
from amends.spaces.selectors import SpaceRoles, current_path_version
from amends.spaces.visibility import Visibility, can_see, named_q, visible_to
from amends.talk.models import Message

from . import instrument as inst
from . import weeks as w
from .charts import WeekRow
from .models import (
    MEASURE_KEYS,
    CheckIn,
    CheckinSharing,
    InstrumentAnswer,
    InstrumentSharing,
    ReminderKind,
    ReminderPreference,
    ReminderSent,
    TrumpTally,
)
from .stuck import WINDOW_WEEKS, History, StuckSignal, WeekFigures, stuck_signal

LATE_WEEKS = 8  # how far back the check-in page offers missed weeks
TRUMP_WINDOW_WEEKS = 6
TRUMP_MESSAGES_MAX = 300  # the coach reads at most this many messages per page


def partner_or_404(*, viewer: User, roles: SpaceRoles) -> None:
    """Check-ins and progress belong to the partners; anyone else gets the usual 404."""
    if not roles.is_partner(viewer):
        raise Http404("Not found.")


def _local_date(moment: datetime) -> date:
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


# ------------------------------------------------------------------ own check-ins


def my_checkins(*, viewer: User, roles: SpaceRoles) -> QuerySet[CheckIn]:
    return CheckIn.objects.filter(space=roles.space, author=viewer).order_by("-week")


def checkin_for_week(*, viewer: User, roles: SpaceRoles, week: date) -> CheckIn | None:
    return my_checkins(viewer=viewer, roles=roles).filter(week=w.monday_of(week)).first()


def open_weeks(*, viewer: User, roles: SpaceRoles) -> list[date]:
    """Weeks this person can still check in for: this one and recent missed ones, newest
    first, never before the space began."""
    current = w.this_monday()
    earliest = max(
        w.monday_of(_local_date(roles.space.created_at)),
        current - timedelta(weeks=LATE_WEEKS - 1),
    )
    done = set(
        my_checkins(viewer=viewer, roles=roles)
        .filter(week__gte=earliest)
        .values_list("week", flat=True)
    )
    candidates = [current - timedelta(weeks=n) for n in range(LATE_WEEKS)]
    return [d for d in candidates if d >= earliest and d not in done]


# ------------------------------------------------------------------ sharing and trends


def sharing_of(*, person: User, roles: SpaceRoles) -> CheckinSharing | None:
    return CheckinSharing.objects.filter(space=roles.space, author=person).first()


def sharing_setting(*, person: User, roles: SpaceRoles) -> str:
    sharing = sharing_of(person=person, roles=roles)
    return sharing.visibility if sharing else Visibility.PRIVATE


@dataclass(frozen=True)
class Trends:
    person: User
    rows: list[WeekRow]  # oldest first


def _rows(queryset: QuerySet[CheckIn]) -> list[WeekRow]:
    # Scores are sealed: each row is opened here, never read or summed by the database.
    checkins = queryset.order_by("week").only("week", "uid", *MEASURE_KEYS)
    return [WeekRow(c.week, c.scores()) for c in checkins if c.readable]


def checkin_trends_visible_to(*, viewer: User, roles: SpaceRoles, person: User) -> Trends | None:
    """A person's check-in numbers, or None when the viewer may not see them.

    The person always sees their own. Anyone else sees them only while the person's
    sharing setting reaches them, by the visibility rules: a partner for "partner" and
    "partner_and_professional", an approved professional for the latter only, nobody once
    the person has left the space. Notes are never part of trends.
    """
    if roles.role_of(viewer) is None:
        return None
    if viewer.pk != person.pk:
        sharing = sharing_of(person=person, roles=roles)
        if sharing is None or not can_see(viewer, sharing, roles):
            return None
    return Trends(person, _rows(CheckIn.objects.filter(space=roles.space, author=person)))


def shared_notes(*, viewer: User, roles: SpaceRoles, person: User) -> list[CheckIn]:
    """Another person's check-in notes that they shared with the viewer, newest first."""
    if viewer.pk == person.pk:
        return []
    return list(
        visible_to(CheckIn.objects.filter(author=person).exclude(note=""), viewer, roles).order_by(
            "-week"
        )[:LATE_WEEKS]
    )


# ------------------------------------------------------------------ what people did


# --------------------------------------------------------- the optional questionnaire


def instrument_answers(*, viewer: User, roles: SpaceRoles, person: User) -> list[InstrumentAnswer]:
    """`person`'s answers to the questionnaire switched on now, oldest first, as the viewer
    may see them (visibility.named_q): their own, or shared with this professional by name.
    Nothing when the questionnaire is off."""
    instrument = inst.current()
    if instrument is None:
        return []
    seen = InstrumentAnswer.objects.filter(
        named_q(viewer, roles, author="author", shared_with="shared_with"),
        author=person,
        instrument=instrument.key,
    )
    return list(seen.order_by("week", "pk"))


def instrument_shared(*, person: User, roles: SpaceRoles) -> bool:
    """The person's own choice: are their scores shared with the professional here now?"""
    sharing = InstrumentSharing.objects.filter(space=roles.space, author=person).first()
    return bool(
        sharing and sharing.shared_with is not None and roles.is_professional(sharing.shared_with)
    )


def instrument_falling(*, viewer: User, roles: SpaceRoles) -> bool:
    """For a professional: has any partner who shares their scores with them fallen past the
    questionnaire's published reliable-change threshold (instrument.fell)? Only shared
    scores are read, so a partner who keeps theirs changes nothing here."""
    instrument = inst.current()
    if instrument is None or not roles.is_professional(viewer):
        return False
    return any(
        inst.fell(
            [a.total for a in instrument_answers(viewer=viewer, roles=roles, person=p)],
            threshold=instrument.reliable_change,
        )
        for p in roles.partners
    )


@dataclass(frozen=True)
class AttemptCounts:
    offered: int = 0
    accepted: int = 0
    not_ready: int = 0
    declined: int = 0

    @property
    def waiting(self) -> int:
        return self.offered - self.accepted - self.not_ready - self.declined


@dataclass(frozen=True)
class PromiseCounts:
    promises: int = 0
    kept_by_me: int = 0
    broken_by_me: int = 0
    kept_by_partner: int = 0
    broken_by_partner: int = 0

    @property
    def noted(self) -> int:
        return self.kept_by_me + self.broken_by_me + self.kept_by_partner + self.broken_by_partner


def attempt_counts(*, viewer: User, roles: SpaceRoles) -> tuple[AttemptCounts, AttemptCounts]:
    """(attempts the viewer offered, attempts offered to the viewer), by answer."""
    # The answer to an attempt is sealed: counted here, one row at a time, in one query.
    attempts = (
        visible_to(RepairAttempt.objects.all(), viewer, roles)
        .filter(Q(author=viewer) | Q(breach__hurt_partner=viewer))
        .annotate(answerer=F("breach__hurt_partner_id"))
        .only("author", "uid", "acknowledgement")
    )
    mine: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    for attempt in attempts:
        bucket = mine if attempt.author_id == viewer.pk else theirs
        bucket["offered"] += 1
        # An answer leaves with a partner who left (repair.selectors.words_of_those_here).
        if attempt.acknowledgement and attempt.answerer in roles.partner_ids:
            bucket[attempt.acknowledgement] += 1

    def counts(c: Counter[str]) -> AttemptCounts:
        return AttemptCounts(c["offered"], c["accepted"], c["not_ready"], c["declined"])

    return counts(mine), counts(theirs)


def promise_counts(*, viewer: User, roles: SpaceRoles) -> PromiseCounts:
    """Follow-through on the promises the viewer made, as each partner noted it."""
    mine = visible_to(Promise.objects.filter(author=viewer), viewer, roles)
    # Kept or not is sealed: counted here, one mark at a time, in one query.
    # Marks by a partner who has left went with them (repair.selectors.follow_through).
    marks = PromiseMark.objects.filter(
        promise__in=mine.values("pk"), by_id__in=roles.partner_ids
    ).only("by", "uid", "kept")
    c: Counter[str] = Counter()
    for mark in marks:
        if mark.kept is None:
            continue  # could not be opened (its key retired)
        who = "me" if mark.by_id == viewer.pk else "partner"
        c[f"{'kept' if mark.kept else 'broken'}_by_{who}"] += 1
    return PromiseCounts(
        promises=mine.count(),
        kept_by_me=c["kept_by_me"],
        broken_by_me=c["broken_by_me"],
        kept_by_partner=c["kept_by_partner"],
        broken_by_partner=c["broken_by_partner"],
    )


def trump_messages_read(*, viewer: User, roles: SpaceRoles, since: date) -> list[Message]:
    """The Talk messages since `since` that the coach, given what this viewer knows to be
    forgiven, reads as bringing a forgiven hurt back: read now, over at most
    TRUMP_MESSAGES_MAX messages the viewer can see. What a partner's tally holds
    (`services.trump_tally_refresh`), and what a professional's pages read directly."""
    forgiven = forgiven_breach_descriptions(viewer=viewer, roles=roles)
    if not forgiven:
        return []
    messages = (
        visible_to(Message.objects.filter(created_at__gte=_start_of(since)), viewer, roles)
        .filter(author_id__in=roles.partner_ids)
        .order_by("-created_at")[:TRUMP_MESSAGES_MAX]
    )
    return [m for m in messages if "trump_card" in analyze(m.text, forgiven).kinds]


def trump_tally_window() -> date:
    """The first day any page counts trump cards from."""
    return w.weeks_back(w.this_monday(), max(TRUMP_WINDOW_WEEKS, WINDOW_WEEKS))[0]


def trump_card_weeks(*, viewer: User, roles: SpaceRoles, since: date) -> list[tuple[int, date]]:
    """(author id, week) for each Talk message since `since` that brings back a forgiven
    hurt, as this viewer may know it. A partner's come from their tally, so their pages do
    not read Talk; each message's audience is still checked here."""
    if not roles.is_partner(viewer):
        found = trump_messages_read(viewer=viewer, roles=roles, since=since)
    else:
        tally = TrumpTally.objects.filter(space=roles.space, viewer=viewer).first()
        ids = json.loads(tally.messages) if tally is not None else []
        if not ids:
            return []
        found = list(
            visible_to(
                Message.objects.filter(pk__in=ids, created_at__gte=_start_of(since)),
                viewer,
                roles,
            )
            .filter(author_id__in=roles.partner_ids)
            .only("author_id", "created_at")
        )
    return [(m.author_id, w.monday_of(_local_date(m.created_at))) for m in found]


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, datetime.min.time()))


# ------------------------------------------------------------------ the stuck signal


def _weekly(moments: list[datetime | date | None]) -> Counter[date]:
    c: Counter[date] = Counter()
    for moment in moments:
        if moment is None:
            continue
        day = moment if not isinstance(moment, datetime) else _local_date(moment)
        c[w.monday_of(day)] += 1
    return c


@dataclass(frozen=True)
class _PathWeeks:
    accepted: Counter[date]
    declined: Counter[date]
    kept: Counter[date]
    broken: Counter[date]
    steps: Counter[date]
    open_paths: int


def _path_weeks(viewer: User, roles: SpaceRoles, start_day: date, start: datetime) -> _PathWeeks:
    """Week by week, what happened on the repair paths this viewer may see."""
    acknowledged = (
        visible_to(RepairAttempt.objects.filter(acknowledged_at__gte=start), viewer, roles)
        .filter(breach__hurt_partner_id__in=roles.partner_ids)  # answers of those still here
        .exclude(acknowledgement="")
        .only("uid", "acknowledgement", "acknowledged_at")
    )
    answers = [(a.acknowledgement, a.acknowledged_at) for a in acknowledged]  # opened here
    accepted = _weekly([at for ack, at in answers if ack == "accepted"])
    declined = _weekly([at for ack, at in answers if ack == "declined"])

    visible_promises = visible_to(Promise.objects.all(), viewer, roles).values("pk")
    marks = [
        (m.occurrence, m.kept)  # opened here
        for m in PromiseMark.objects.filter(
            promise__in=visible_promises, occurrence__gte=start_day, by_id__in=roles.partner_ids
        ).only("uid", "occurrence", "kept")
    ]
    kept = _weekly([day for day, ok in marks if ok is True])
    broken = _weekly([day for day, ok in marks if ok is False])

    steps: Counter[date] = Counter()
    for model in (
        Commitment,
        AccountabilityStatement,
        StatementResponse,
        ImpactStatement,
        RepairAttempt,
        Promise,
        Forgiveness,
        OutcomeStatement,
    ):
        created = visible_to(model.objects.filter(created_at__gte=start), viewer, roles)
        steps += _weekly(list(created.values_list("created_at", flat=True)))
    answered = visible_to(Question.objects.filter(answered_at__gte=start), viewer, roles)
    steps += _weekly(list(answered.values_list("answered_at", flat=True)))

    open_paths = (
        visible_to(Breach.objects.all(), viewer, roles)
        .annotate(n_outcomes=Count("outcomes__author", distinct=True))
        .filter(n_outcomes__lt=2)
        .count()
    )
    return _PathWeeks(accepted, declined, kept, broken, steps, open_paths)


def stuck_history(
    *,
    viewer: User,
    roles: SpaceRoles,
    trumps: list[tuple[int, date]] | None = None,
    my_rows: list[WeekRow] | None = None,
    partner_rows: list[WeekRow] | None = None,
) -> History:
    """The figures the stuck rule reads, built only from what this viewer may see."""
    window = w.weeks_back(w.this_monday(), WINDOW_WEEKS)
    start_day = window[0]
    start = timezone.make_aware(datetime.combine(start_day, datetime.min.time()))
    if trumps is None:
        trumps = trump_card_weeks(viewer=viewer, roles=roles, since=start_day)
    if my_rows is None:
        own = checkin_trends_visible_to(viewer=viewer, roles=roles, person=viewer)
        my_rows = own.rows if own else []
    mine = {r.week: r.scores["get_even_urge"] for r in my_rows if r.week >= start_day}
    theirs = {r.week: r.scores["get_even_urge"] for r in partner_rows or [] if r.week >= start_day}

    # The repair path's part changes only with the path: kept per viewer under its version.
    version = current_path_version(viewer=viewer, roles=roles)
    if version is None:
        path = _path_weeks(viewer, roles, start_day, start)
    else:
        parts = (roles.memberships[viewer.pk].pk, version, start_day)
        path = remember(
            "stuck-path",
            parts,
            lambda: _path_weeks(viewer, roles, start_day, start),
            space_id=roles.space.pk,
            people=(viewer.pk,),
        )
    trump_weeks = Counter(week for _, week in trumps)
    figures = [
        WeekFigures(
            week=week,
            attempts_accepted=path.accepted[week],
            attempts_declined=path.declined[week],
            get_even_mine=mine.get(week),
            get_even_partner=theirs.get(week),
            trump_cards=trump_weeks[week],
            promises_kept=path.kept[week],
            promises_broken=path.broken[week],
            steps_taken=path.steps[week],
        )
        for week in window
    ]
    since_joined = timezone.now() - roles.joined(viewer)
    return History(weeks=figures, weeks_in_space=since_joined.days // 7, open_paths=path.open_paths)


def stuck_signal_for(*, viewer: User, roles: SpaceRoles) -> StuckSignal:
    partner = roles.partner_of(viewer)
    partner_trends = (
        checkin_trends_visible_to(viewer=viewer, roles=roles, person=partner) if partner else None
    )
    history = stuck_history(
        viewer=viewer, roles=roles, partner_rows=partner_trends.rows if partner_trends else []
    )
    return stuck_signal(history)


# ------------------------------------------------------------------ the progress page


@dataclass
class Progress:
    me: Trends
    partner: User | None
    partner_trends: Trends | None
    partner_notes: list[CheckIn]
    offered: AttemptCounts
    offered_to_me: AttemptCounts
    promises: PromiseCounts
    my_trump_cards: int
    stuck: StuckSignal
    has_professional: bool
    sharing: str = Visibility.PRIVATE
    notes: list[CheckIn] = field(default_factory=list)


def progress_for(*, viewer: User, roles: SpaceRoles) -> Progress:
    partner = roles.partner_of(viewer)
    me = checkin_trends_visible_to(viewer=viewer, roles=roles, person=viewer)
    assert me is not None  # the viewer is a partner (partner_or_404 ran)
    partner_trends = (
        checkin_trends_visible_to(viewer=viewer, roles=roles, person=partner) if partner else None
    )
    window_start = w.weeks_back(w.this_monday(), TRUMP_WINDOW_WEEKS)[0]
    trumps = trump_card_weeks(viewer=viewer, roles=roles, since=window_start)
    history = stuck_history(
        viewer=viewer,
        roles=roles,
        trumps=trumps,
        my_rows=me.rows,
        partner_rows=partner_trends.rows if partner_trends else [],
    )
    offered, offered_to_me = attempt_counts(viewer=viewer, roles=roles)
    return Progress(
        me=me,
        partner=partner,
        partner_trends=partner_trends,
        partner_notes=shared_notes(viewer=viewer, roles=roles, person=partner) if partner else [],
        offered=offered,
        offered_to_me=offered_to_me,
        promises=promise_counts(viewer=viewer, roles=roles),
        my_trump_cards=sum(1 for author, _ in trumps if author == viewer.pk),
        stuck=stuck_signal(history),
        has_professional=bool(roles.professionals),
        sharing=sharing_setting(person=viewer, roles=roles),
    )


# ------------------------------------------------------------------ reminders


def reminder_preference(*, user: User) -> ReminderPreference | None:
    return ReminderPreference.objects.filter(user=user).first()


def _partner_space_ids(user_id: int) -> set[int]:
    return set(
        Membership.objects.filter(
            user_id=user_id, role=Role.PARTNER, left_at__isnull=True
        ).values_list("space_id", flat=True)
    )


def checkin_reminder_due(*, user: User, today: date | None = None) -> bool:
    """Wanted (the person chose check-in reminders on a day that has come this week), not
    sent yet this week, and some space of theirs still has no check-in from them."""
    today = today or timezone.localdate()
    monday = w.monday_of(today)
    pref = reminder_preference(user=user)
    if pref is None or pref.weekday is None or not pref.checkin or pref.weekday > today.weekday():
        return False
    if ReminderSent.objects.filter(user=user, kind=ReminderKind.CHECKIN, week=monday).exists():
        return False
    spaces = _partner_space_ids(user.pk)
    done = set(
        CheckIn.objects.filter(author=user, week=monday, space_id__in=spaces).values_list(
            "space_id", flat=True
        )
    )
    return bool(spaces - done)


def promise_reminder_due(*, user: User, today: date | None = None) -> bool:
    """Wanted, not sent yet this week, and a promise is open in a space of theirs."""
    today = today or timezone.localdate()
    monday = w.monday_of(today)
    pref = reminder_preference(user=user)
    if pref is None or pref.weekday is None or not pref.promises or pref.weekday > today.weekday():
        return False
    if ReminderSent.objects.filter(user=user, kind=ReminderKind.PROMISES, week=monday).exists():
        return False
    return (
        Promise.objects.filter(space_id__in=_partner_space_ids(user.pk), ended_at__isnull=True)
        .filter(Q(author=user) | Q(breach__hurt_partner=user) | Q(breach__injuring_partner=user))
        .exists()
    )


def reminders_due(*, today: date | None = None) -> list[tuple[int, str]]:
    """(user id, kind) for every reminder due today. One pass over the preferences."""
    today = today or timezone.localdate()
    monday = w.monday_of(today)
    prefs = ReminderPreference.objects.filter(
        weekday__isnull=False, weekday__lte=today.weekday()
    ).select_related("user")
    sent = set(ReminderSent.objects.filter(week=monday).values_list("user_id", "kind"))
    due: list[tuple[int, str]] = []
    for pref in prefs:
        wanted = (
            (ReminderKind.CHECKIN, pref.checkin, checkin_reminder_due),
            (ReminderKind.PROMISES, pref.promises, promise_reminder_due),
        )
        for kind, chosen, is_due in wanted:
            if chosen and (pref.user_id, kind) not in sent and is_due(user=pref.user, today=today):
                due.append((pref.user_id, kind))
    return due


def something_waits(*, user: User) -> bool:
    """Whether an account (to write, read or sign), an ask for comfort or an offer to be
    open waits for this person in a space where they are a partner, read as the home page
    reads it, through what they may see. Only a yes or no, for the reminder's one neutral
    line: an e-mail never says what, or about whom. Choosing how much detail to ask for is
    not counted: it is the hurt partner's, with no deadline, and a reminder would press
    them."""
    from amends.afterwards.selectors import comfort_waiting_on_me
    from amends.disclosure.selectors import waiting_on_me
    from amends.repair.selectors import breaches_for
    from amends.spaces.selectors import space_roles, spaces_of
    from amends.transparency.models import State as OfferState
    from amends.transparency.selectors import waiting_on_me as offers_waiting

    for space in spaces_of(user=user):
        roles = space_roles(space)
        if not roles.is_partner(user) or roles.partner_of(user) is None:
            continue
        breaches = list(breaches_for(viewer=user, roles=roles)[:10])
        if any(
            w.kind != "choose" for w in waiting_on_me(viewer=user, roles=roles, breaches=breaches)
        ) or comfort_waiting_on_me(viewer=user, roles=roles, breaches=breaches):
            return True
        if any(o.state == OfferState.OFFERED for o in offers_waiting(viewer=user, roles=roles)):
            return True  # review days have their own reminder (transparency.tasks)
    return False

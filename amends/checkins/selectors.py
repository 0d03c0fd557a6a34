"""Reads for check-ins and progress. Every read of someone else's numbers or words goes
through amends.spaces.visibility: the numbers through the author's CheckinSharing row
(`can_see`), notes and path items through `visible_to`.

Each page costs a fixed number of queries, whatever the number of weeks, breaches,
attempts or promises: lists are fetched once and grouped in Python, counts are grouped
in the database.
"""

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from amends.accounts.models import User
from amends.coach import analyze
from amends.core.pagecache import Keep, remember_many
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
from amends.repair.selectors import forgiven_across
from amends.spaces.models import Membership, Role
from amends.spaces.selectors import SpaceRoles, current_path_versions, newest_in_each_space
from amends.spaces.visibility import (
    Visibility,
    across,
    can_see,
    named_q,
    named_q_across,
    visible_q,
    visible_q_across,
    visible_to,
)
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


def _rows(queryset: QuerySet[CheckIn]) -> list[tuple[tuple[int, int], WeekRow]]:
    """((space id, author id), row) for each check-in, oldest first."""
    # Scores are sealed: each row is opened here, never read or summed by the database.
    checkins = queryset.order_by("week", "pk").only("space", "author", "week", "uid", *MEASURE_KEYS)
    return [
        ((c.space_id, c.author_id), WeekRow(c.week, c.scores())) for c in checkins if c.readable
    ]


def checkin_trends_visible_to(*, viewer: User, roles: SpaceRoles, person: User) -> Trends | None:
    """A person's check-in numbers, or None when the viewer may not see them.

    The person always sees their own. Anyone else sees them only while the person's
    sharing setting reaches them, by the visibility rules: a partner for "partner" and
    "partner_and_professional", an approved professional for the latter only, nobody once
    the person has left the space. Notes are never part of trends.
    """
    return checkin_trends_across(viewer=viewer, asked=[(roles, person)])[0]


def checkin_trends_across(
    *, viewer: User, asked: Sequence[tuple[SpaceRoles, User]]
) -> list[Trends | None]:
    """`checkin_trends_visible_to` for several (space, person) at once, in the order asked:
    the sharing rows in one query, the check-ins in one more, whatever their number."""
    mine = [(roles, person) for roles, person in asked if roles.role_of(viewer) is not None]
    others = [(roles, person) for roles, person in mine if person.pk != viewer.pk]
    sharings: dict[tuple[int, int], CheckinSharing] = {}
    if others:
        wanted = Q(pk__in=[])
        for roles, person in others:
            wanted |= Q(space=roles.space, author=person)
        for sharing in CheckinSharing.objects.filter(wanted):
            sharings[(sharing.space_id, sharing.author_id)] = sharing
    readable: set[tuple[int, int]] = set()
    for roles, person in mine:
        if person.pk != viewer.pk:
            found = sharings.get((roles.space.pk, person.pk))
            if found is None or not can_see(viewer, found, roles):
                continue
        readable.add((roles.space.pk, person.pk))
    rows: dict[tuple[int, int], list[WeekRow]] = {key: [] for key in readable}
    if readable:
        wanted = Q(pk__in=[])
        for space_id, person_id in readable:
            wanted |= Q(space_id=space_id, author_id=person_id)
        for key, row in _rows(CheckIn.objects.filter(wanted)):
            rows[key].append(row)
    return [
        Trends(person, rows[(roles.space.pk, person.pk)])
        if (roles.space.pk, person.pk) in readable
        else None
        for roles, person in asked
    ]


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
    return instrument_falling_across(viewer=viewer, roles_list=[roles])[roles.space.pk]


def instrument_falling_across(*, viewer: User, roles_list: Sequence[SpaceRoles]) -> dict[int, bool]:
    """`instrument_falling` for several spaces, by space id (one query, or none when the
    questionnaire is off)."""
    found = dict.fromkeys((r.space.pk for r in roles_list), False)
    instrument = inst.current()
    mine = [r for r in roles_list if r.is_professional(viewer)]
    if instrument is None or not mine:
        return found
    totals: dict[tuple[int, int], list[int]] = {}
    for a in InstrumentAnswer.objects.filter(
        named_q_across(viewer, mine, author="author", shared_with="shared_with"),
        instrument=instrument.key,
    ).order_by("week", "pk"):
        totals.setdefault((a.space_id, a.author_id), []).append(a.total)
    for roles in mine:
        found[roles.space.pk] = any(
            inst.fell(totals.get((roles.space.pk, p.pk), []), threshold=instrument.reliable_change)
            for p in roles.partners
        )
    return found


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
    return trump_messages_across(viewer=viewer, roles_list=[roles], since=since)[roles.space.pk]


def trump_messages_across(
    *, viewer: User, roles_list: Sequence[SpaceRoles], since: date
) -> dict[int, list[Message]]:
    """`trump_messages_read` for several spaces, by space id: what is forgiven in one
    query, the messages in one more (at most TRUMP_MESSAGES_MAX per space)."""
    found: dict[int, list[Message]] = {r.space.pk: [] for r in roles_list}
    forgiven = forgiven_across(viewer=viewer, roles_list=roles_list)
    read = [r for r in roles_list if forgiven[r.space.pk]]
    if not read:
        return found
    messages = newest_in_each_space(
        Message.objects.filter(
            across(lambda r: visible_q(viewer, r) & Q(author_id__in=r.partner_ids), read),
            created_at__gte=_start_of(since),
        ),
        most=TRUMP_MESSAGES_MAX,
    )
    for m in messages:
        if "trump_card" in analyze(m.text, forgiven[m.space_id]).kinds:
            found[m.space_id].append(m)
    return found


def trump_tally_window() -> date:
    """The first day any page counts trump cards from."""
    return w.weeks_back(w.this_monday(), max(TRUMP_WINDOW_WEEKS, WINDOW_WEEKS))[0]


def trump_card_weeks(*, viewer: User, roles: SpaceRoles, since: date) -> list[tuple[int, date]]:
    """(author id, week) for each Talk message since `since` that brings back a forgiven
    hurt, as this viewer may know it. A partner's come from their tally, so their pages do
    not read Talk; each message's audience is still checked here."""
    return trump_weeks_across(viewer=viewer, roles_list=[roles], since=since)[roles.space.pk]


def trump_weeks_across(
    *, viewer: User, roles_list: Sequence[SpaceRoles], since: date
) -> dict[int, list[tuple[int, date]]]:
    """`trump_card_weeks` for several spaces, by space id, in a fixed number of queries."""
    found: dict[int, list[Message]] = {r.space.pk: [] for r in roles_list}
    others = [r for r in roles_list if not r.is_partner(viewer)]
    if others:
        found |= trump_messages_across(viewer=viewer, roles_list=others, since=since)
    partner_of = [r for r in roles_list if r.is_partner(viewer)]
    if partner_of:
        tallies = TrumpTally.objects.filter(
            space_id__in=[r.space.pk for r in partner_of], viewer=viewer
        ).order_by("pk")
        ids: dict[int, list[int]] = {}
        for tally in tallies:
            ids.setdefault(tally.space_id, json.loads(tally.messages))
        asked = [r for r in partner_of if ids.get(r.space.pk)]
        if asked:
            messages = Message.objects.filter(
                across(
                    lambda r: (
                        visible_q(viewer, r)
                        & Q(pk__in=ids[r.space.pk], author_id__in=r.partner_ids)
                    ),
                    asked,
                ),
                created_at__gte=_start_of(since),
            ).only("space", "author_id", "created_at")
            for m in messages:
                found[m.space_id].append(m)
    return {
        pk: [(m.author_id, w.monday_of(_local_date(m.created_at))) for m in messages]
        for pk, messages in found.items()
    }


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


def _path_weeks_across(
    viewer: User, roles_list: Sequence[SpaceRoles], start_day: date, start: datetime
) -> dict[int, _PathWeeks]:
    """Week by week, what happened on the repair paths this viewer may see, for each of
    these spaces (by space id), in a fixed number of queries whatever their number."""
    ids = [r.space.pk for r in roles_list]
    seen = visible_q_across(viewer, roles_list)
    # Each query gets its many-space filter last, so that it is never copied.
    acknowledged = (
        RepairAttempt.objects.exclude(acknowledgement="")
        .only("space", "uid", "acknowledgement", "acknowledged_at")
        .filter(
            # Answers of those still here, in each space.
            across(
                lambda r: visible_q(viewer, r) & Q(breach__hurt_partner_id__in=r.partner_ids),
                roles_list,
            ),
            acknowledged_at__gte=start,
        )
    )
    answers: dict[int, list[tuple[str, datetime | None]]] = {pk: [] for pk in ids}
    for a in acknowledged:
        answers[a.space_id].append((a.acknowledgement, a.acknowledged_at))  # opened here

    visible_promises = Promise.objects.filter(seen).values("pk")
    marks: dict[int, list[tuple[date, bool | None]]] = {pk: [] for pk in ids}
    for m in (
        PromiseMark.objects.annotate(in_space=F("promise__space_id"))
        .only("uid", "occurrence", "kept")
        .filter(
            across(lambda r: Q(promise__space=r.space, by_id__in=r.partner_ids), roles_list),
            promise__in=visible_promises,
            occurrence__gte=start_day,
        )
    ):
        marks[m.in_space].append((m.occurrence, m.kept))  # opened here

    # Every step taken, read in one query (a union of each table's visible rows).
    made = [
        model.objects.order_by()
        .values_list("space_id", "created_at")
        .filter(seen, created_at__gte=start)
        for model in (
            Commitment,
            AccountabilityStatement,
            StatementResponse,
            ImpactStatement,
            RepairAttempt,
            Promise,
            Forgiveness,
            OutcomeStatement,
        )
    ]
    answered = (
        Question.objects.order_by()
        .values_list("space_id", "answered_at")
        .filter(seen, answered_at__gte=start)
    )
    steps: dict[int, list[datetime | date | None]] = {pk: [] for pk in ids}
    for space_id, moment in made[0].union(*made[1:], answered, all=True):
        steps[space_id].append(moment)

    open_paths = Counter(
        Breach.objects.annotate(n_outcomes=Count("outcomes__author", distinct=True))
        .values_list("space_id", flat=True)
        .filter(seen, n_outcomes__lt=2)
    )
    return {
        pk: _PathWeeks(
            accepted=_weekly([at for ack, at in answers[pk] if ack == "accepted"]),
            declined=_weekly([at for ack, at in answers[pk] if ack == "declined"]),
            kept=_weekly([day for day, ok in marks[pk] if ok is True]),
            broken=_weekly([day for day, ok in marks[pk] if ok is False]),
            steps=_weekly(steps[pk]),
            open_paths=open_paths[pk],
        )
        for pk in ids
    }


@dataclass(frozen=True)
class StuckAsk:
    """What `stuck_histories` needs for one space: the roles, and the check-in rows already
    read (the viewer's own and their partner's; None: read them here)."""

    roles: SpaceRoles
    my_rows: list[WeekRow] | None = None
    partner_rows: list[WeekRow] | None = None


def stuck_history(
    *,
    viewer: User,
    roles: SpaceRoles,
    trumps: list[tuple[int, date]] | None = None,
    my_rows: list[WeekRow] | None = None,
    partner_rows: list[WeekRow] | None = None,
) -> History:
    """The figures the stuck rule reads, built only from what this viewer may see."""
    return stuck_histories(
        viewer=viewer,
        asked=[StuckAsk(roles, my_rows, partner_rows)],
        trumps=None if trumps is None else {roles.space.pk: trumps},
    )[roles.space.pk]


def stuck_histories(
    *,
    viewer: User,
    asked: Sequence[StuckAsk],
    trumps: dict[int, list[tuple[int, date]]] | None = None,
) -> dict[int, History]:
    """`stuck_history` for several spaces, by space id, in a fixed number of queries."""
    window = w.weeks_back(w.this_monday(), WINDOW_WEEKS)
    start_day = window[0]
    start = timezone.make_aware(datetime.combine(start_day, datetime.min.time()))
    roles_list = [a.roles for a in asked]
    by_space = {r.space.pk: r for r in roles_list}
    if trumps is None:
        trumps = trump_weeks_across(viewer=viewer, roles_list=roles_list, since=start_day)
    own_needed = [a.roles for a in asked if a.my_rows is None]
    own = dict(
        zip(
            [r.space.pk for r in own_needed],
            checkin_trends_across(viewer=viewer, asked=[(r, viewer) for r in own_needed]),
            strict=True,
        )
    )

    # The repair path's part changes only with the path: kept per viewer under its version.
    versions = current_path_versions(viewer=viewer, roles_list=roles_list)
    paths = remember_many(
        "stuck-path",
        {
            pk: Keep(
                None
                if versions[pk] is None
                else (by_space[pk].memberships[viewer.pk].pk, versions[pk], start_day),
                space_id=pk,
                people=(viewer.pk,),
            )
            for pk in by_space
        },
        lambda missing: _path_weeks_across(
            viewer, [by_space[pk] for pk in missing], start_day, start
        ),
    )
    found = {}
    for a in asked:
        pk = a.roles.space.pk
        path = paths[pk]
        if a.my_rows is None:
            mine_trend = own[pk]
            my_rows = mine_trend.rows if mine_trend else []
        else:
            my_rows = a.my_rows
        mine = {r.week: r.scores["get_even_urge"] for r in my_rows if r.week >= start_day}
        theirs = {
            r.week: r.scores["get_even_urge"] for r in a.partner_rows or [] if r.week >= start_day
        }
        trump_weeks = Counter(week for _, week in trumps[pk])
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
        since_joined = timezone.now() - a.roles.joined(viewer)
        found[pk] = History(
            weeks=figures, weeks_in_space=since_joined.days // 7, open_paths=path.open_paths
        )
    return found


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

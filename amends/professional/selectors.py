"""What a professional sees: only what each partner shared with them, and stages; their
caseload (every couple, built from the same reads); homework, between two people."""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import CharField, Max, Q, QuerySet, Value
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.checkins import weeks as w
from amends.checkins.charts import WeekRow
from amends.checkins.models import MEASURES, CheckIn
from amends.checkins.selectors import (
    StuckAsk,
    checkin_trends_across,
    checkin_trends_visible_to,
    instrument_falling_across,
    stuck_histories,
)
from amends.checkins.stuck import WINDOW_WEEKS, stuck_signal
from amends.core.pagecache import Keep, remember_many
from amends.core.publicid import parse_uid
from amends.journal.models import JournalEntry
from amends.journal.selectors import journal_entries
from amends.program.selectors import cohort_starts, week_number
from amends.repair import models as repair
from amends.repair.selectors import (
    breach_overview_for_home,
    breach_overviews_across,
    breaches_for,
    paths_for,
)
from amends.spaces.models import Role, Space
from amends.spaces.selectors import SpaceRoles, roles_of_spaces
from amends.spaces.visibility import across, between_q, between_q_across, visible_q, visible_to
from amends.talk.models import Conversation, Message, Reply

from . import attention
from .models import (
    Cohort,
    CohortPlace,
    Homework,
    HomeworkNote,
    Note,
    SecretsPolicy,
    SecretsStance,
    Session,
)
from .sources import source_link, source_prompt


@dataclass
class CouplePanel:
    space: Space
    roles: SpaceRoles
    paths: list[Any]
    shared_entries: list[Any]
    notes: list[Note]


def spaces_as_professional(*, user: User) -> list[tuple[Space, SpaceRoles]]:
    """Every space where this person is an approved professional now, with its roles: three
    queries whatever the number of couples."""
    spaces = list(
        Space.objects.filter(
            memberships__user=user,
            memberships__role=Role.PROFESSIONAL,
            memberships__left_at__isnull=True,
        ).order_by("created_at", "pk")
    )
    roles = roles_of_spaces(spaces)
    return [(s, roles[s.pk]) for s in spaces if roles[s.pk].is_professional(user)]


def couples_waiting_for(*, user: User) -> int:
    """How many couples this professional joined whose partners have not all said yes to
    their access yet (docs/practice.md): only the number, nothing of the couples."""
    spaces = list(
        Space.objects.filter(
            memberships__user=user,
            memberships__role=Role.PROFESSIONAL,
            memberships__left_at__isnull=True,
        )
    )
    roles = roles_of_spaces(spaces) if spaces else {}
    return sum(1 for r in roles.values() if user in r.unapproved_professionals)


def couple_panel(*, viewer: User, roles: SpaceRoles) -> CouplePanel:
    return CouplePanel(
        space=roles.space,
        roles=roles,
        paths=paths_for(
            breaches=list(breaches_for(viewer=viewer, roles=roles)), viewer=viewer, roles=roles
        ),
        shared_entries=list(journal_entries(viewer=viewer, roles=roles)[:20]),
        notes=list(Note.objects.filter(space=roles.space, author=viewer).order_by("-created_at")),
    )


# ------------------------------------------------------------------ homework


def homework_visible(*, viewer: User, roles: SpaceRoles) -> QuerySet[Homework]:
    """Homework between the viewer and someone in the space: for a partner, theirs (set by a
    professional who is still theirs); for a professional, what they set for a partner."""
    return homework_across(viewer=viewer, roles_list=[roles])


def homework_across(*, viewer: User, roles_list: Sequence[SpaceRoles]) -> QuerySet[Homework]:
    """`homework_visible` in several spaces at once (one query; group by `space_id`)."""
    return (
        Homework.objects.filter(
            between_q_across(viewer, roles_list, partner="partner", professional="set_by")
        )
        .select_related("partner", "set_by")
        .order_by("done_at", "due", "-created_at", "pk")
    )


def homework_or_404(*, viewer: User, roles: SpaceRoles, homework_id: object) -> Homework:
    try:
        return homework_visible(viewer=viewer, roles=roles).get(uid=parse_uid(homework_id))
    except (Homework.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("Not found.") from None


def homework_notes(*, viewer: User, roles: SpaceRoles, homework: Homework) -> list[HomeworkNote]:
    """The notes on this homework the viewer may read: their own; a professional, only the
    ones shared with them."""
    return list(
        HomeworkNote.objects.filter(
            between_q(viewer, roles, partner="author", professional="shared_with"),
            homework=homework,
        ).order_by("created_at", "pk")
    )


@dataclass
class HomeworkView:
    homework: Homework
    link: str
    notes: list[HomeworkNote] = field(default_factory=list)

    @property
    def prompt(self) -> str:
        """The product's own words about the exercise (read only where it is shown)."""
        return source_prompt(self.homework.source)

    @property
    def overdue(self) -> bool:
        h = self.homework
        return h.done_at is None and h.due is not None and h.due < timezone.localdate()


def _view(h: Homework, roles: SpaceRoles, notes: list[HomeworkNote]) -> HomeworkView:
    link = source_link(h.source)
    return HomeworkView(h, reverse(link[0], args=[roles.space.uid]) if link else "", notes)


def homework_list(*, viewer: User, roles: SpaceRoles) -> list[HomeworkView]:
    """Homework with the notes the viewer may read (two queries, whatever the number)."""
    rows = list(homework_visible(viewer=viewer, roles=roles))
    notes: dict[int, list[HomeworkNote]] = {}
    for n in HomeworkNote.objects.filter(
        between_q(viewer, roles, partner="author", professional="shared_with"),
        homework__in=rows,
    ).order_by("created_at", "pk"):
        notes.setdefault(n.homework_id, []).append(n)
    return [_view(h, roles, notes.get(h.pk, [])) for h in rows]


def homework_view(*, viewer: User, roles: SpaceRoles, homework: Homework) -> HomeworkView:
    return _view(homework, roles, homework_notes(viewer=viewer, roles=roles, homework=homework))


def last_session(*, viewer: User, roles: SpaceRoles) -> datetime | None:
    return last_sessions(viewer=viewer, roles_list=[roles])[roles.space.pk]


def last_sessions(*, viewer: User, roles_list: Sequence[SpaceRoles]) -> dict[int, datetime | None]:
    """The last session this professional noted with each couple, by space id (one query)."""
    found: dict[int, datetime | None] = {r.space.pk: None for r in roles_list}
    for space_id, held_at in (
        Session.objects.filter(space_id__in=list(found), professional=viewer)
        .values("space_id")
        .annotate(last=Max("held_at"))
        .values_list("space_id", "last")
    ):
        found[space_id] = held_at
    return found


# ------------------------------------------------------------------ the caseload

# What partners wrote that can be shared with a professional, counted by where it lives.
SHARED_KINDS: tuple[tuple[str, tuple[Any, ...]], ...] = (
    ("in their journals", (JournalEntry, repair.SelfTrustEntry)),
    (
        "on their paths",
        (
            repair.Breach,
            repair.Decision,
            repair.Commitment,
            repair.Reflection,
            repair.AccountabilityStatement,
            repair.StatementResponse,
            repair.Question,
            repair.Disclosure,
            repair.ImpactStatement,
            repair.RepairAttempt,
            repair.Promise,
            repair.Forgiveness,
            repair.OutcomeStatement,
        ),
    ),
    ("in Talk", (Message, Conversation, Reply)),
    ("check-ins", (CheckIn,)),
)
HOMEWORK_KIND = "about homework"
# With no session recorded, "new" means shared in the last days.
NEW_WITHOUT_SESSION = timedelta(days=14)


@dataclass(frozen=True)
class CaseRow:
    """One couple on the caseload, made only of what the professional may see."""

    space_uid: str
    name: str
    partners: tuple[str, ...]
    paths: tuple[tuple[str, str, str], ...]  # (title, stage, url)
    program_week: int
    since: datetime | None  # the last session recorded, or None
    new: tuple[tuple[str, int], ...]  # (where, how many), only those with some
    homework_open: int
    homework_done: int
    signs: tuple[str, ...]

    @property
    def new_total(self) -> int:
        return sum(n for _, n in self.new)

    @property
    def weight(self) -> int:
        return attention.weight(self.signs)

    @property
    def sign_words(self) -> list[str]:
        return [attention.SIGN_WORDS[s] for s in self.signs]


def _shared_since(since: datetime, until: datetime | None = None) -> Q:
    q = Q(shared_at__gte=since) | Q(shared_at__isnull=True, created_at__gte=since)
    if until is not None:
        q &= Q(shared_at__lt=until) | Q(shared_at__isnull=True, created_at__lt=until)
    return q


def _new_counts(
    viewer: User, roles: SpaceRoles, since: datetime, until: datetime | None = None
) -> tuple[tuple[str, int], ...]:
    """How many things each partner shared with this professional in the window, by where
    they live: one query, a union of every table's visible rows, each named by its place."""
    return _new_counts_across(viewer, [(roles, since)], until)[roles.space.pk]


def _new_counts_across(
    viewer: User,
    asked: Sequence[tuple[SpaceRoles, datetime]],
    until: datetime | None = None,
) -> dict[int, tuple[tuple[str, int], ...]]:
    """`_new_counts` in several spaces, each from its own `since`, by space id: still one
    query (each table's rows visible in each space since its own moment)."""
    before = {} if until is None else {"done_at__lt": until}
    written_before = {} if until is None else {"created_at__lt": until}

    since_of = {roles.space.pk: since for roles, since in asked}
    spaces = [roles for roles, _ in asked]

    def each(rule: Callable[[SpaceRoles, datetime], Q]) -> Q:
        return across(lambda roles: rule(roles, since_of[roles.space.pk]), spaces)

    def named(model: Any, where: str, *filters: Q, **more: Any) -> QuerySet[Any]:
        # The filter last: the query is not copied once it holds every space's filter.
        return (
            model.objects.order_by()
            .annotate(where=Value(where, CharField()))
            .values_list("where", "space_id")
            .filter(*filters, **more)
        )

    shared = each(lambda roles, since: visible_q(viewer, roles) & _shared_since(since, until))
    parts = [
        named(m, where, shared, ~Q(author=viewer)) for where, models in SHARED_KINDS for m in models
    ]
    # Homework: marked done, and words about it shared with this professional.
    parts += [
        named(
            Homework,
            HOMEWORK_KIND,
            each(
                lambda roles, since: (
                    between_q(viewer, roles, partner="partner", professional="set_by")
                    & Q(done_at__gte=since)
                )
            ),
            **before,
        ),
        named(
            HomeworkNote,
            HOMEWORK_KIND,
            each(
                lambda roles, since: (
                    between_q(viewer, roles, partner="author", professional="shared_with")
                    & Q(created_at__gte=since)
                )
            ),
            **written_before,
        ),
    ]
    found: dict[int, Counter[str]] = {roles.space.pk: Counter() for roles, _ in asked}
    for where, space_id in parts[0].union(*parts[1:], all=True):
        found[space_id][where] += 1
    order = [where for where, _ in SHARED_KINDS] + [HOMEWORK_KIND]
    return {pk: tuple((where, c[where]) for where in order if c[where]) for pk, c in found.items()}


def _case_rows(viewer: User, roles_list: Sequence[SpaceRoles]) -> dict[int, CaseRow]:
    """The cards of these couples, by space id, in a fixed number of queries whatever their
    number: each read is one query over every space (its own filter in each, see
    visibility.across), grouped by space here."""
    if not roles_list:
        return {}
    sessions = last_sessions(viewer=viewer, roles_list=roles_list)
    now = timezone.now()
    window_start = w.weeks_back(w.this_monday(), WINDOW_WEEKS)[0]
    asked = [(roles, p) for roles in roles_list for p in roles.partners]
    trends = dict(
        zip(
            [(roles.space.pk, p.pk) for roles, p in asked],
            checkin_trends_across(viewer=viewer, asked=asked),
            strict=True,
        )
    )

    def rows_of(roles: SpaceRoles) -> list[list[WeekRow]]:
        return [t.rows if (t := trends[(roles.space.pk, p.pk)]) else [] for p in roles.partners]

    # As the stuck rule reads it for a professional: the first partner's rows as "mine".
    stuck_asked = []
    for roles in roles_list:
        rows = rows_of(roles)
        stuck_asked.append(
            StuckAsk(
                roles,
                my_rows=rows[0] if rows else [],
                partner_rows=rows[1] if len(rows) > 1 else [],
            )
        )
    histories = stuck_histories(viewer=viewer, asked=stuck_asked)
    feeling = instrument_falling_across(viewer=viewer, roles_list=roles_list)
    homework: dict[int, list[Homework]] = {r.space.pk: [] for r in roles_list}
    for h in homework_across(viewer=viewer, roles_list=roles_list):
        homework[h.space_id].append(h)
    overviews = breach_overviews_across(viewer=viewer, roles_list=roles_list)
    starts = cohort_starts(roles_list=roles_list)
    new = _new_counts_across(
        viewer, [(r, sessions[r.space.pk] or now - NEW_WITHOUT_SESSION) for r in roles_list]
    )
    today = timezone.localdate()
    cards = {}
    for roles in roles_list:
        pk = roles.space.pk
        answers = [[attention.Row(r.week, r.scores) for r in t] for t in rows_of(roles)]
        signs: list[str] = []
        if any(attention.safety_concern(r, since=window_start) for r in answers):
            signs.append("safety")
        if stuck_signal(histories[pk]).stuck:
            signs.append("stuck")
        if any(attention.falling(r, since=window_start) for r in answers):
            signs.append("falling")
        if feeling[pk]:
            signs.append("feeling")
        mine = homework[pk]
        if any(h.done_at is None and h.due is not None and h.due < today for h in mine):
            signs.append("overdue")
        first = roles.partners[0] if roles.partners else None
        cards[pk] = CaseRow(
            space_uid=str(roles.space.uid),
            name=roles.space.name,
            partners=tuple(p.name for p in roles.partners),
            paths=tuple((r["title"], r["stage"], r["url"]) for r in overviews[pk].rows),
            program_week=week_number(person=first, roles=roles, starts_on=starts[pk])
            if first
            else 0,
            since=sessions[pk],
            new=new[pk],
            homework_open=sum(1 for h in mine if h.done_at is None),
            homework_done=sum(1 for h in mine if h.done_at is not None),
            signs=tuple(signs),
        )
    return cards


def caseload(*, viewer: User) -> list[CaseRow]:
    """Every couple this person is the approved professional of, those who may need them
    most first. Each row is read as the professional (every selector applies visibility),
    and kept while nothing they may see in that space changed (their own version there).
    The cards not kept are made together, in a fixed number of queries (`_case_rows`)."""
    mine = {space.pk: roles for space, roles in spaces_as_professional(user=viewer)}
    today = timezone.localdate()
    wanted = {}
    for pk, roles in mine.items():
        seen = roles.seen_by(viewer)
        parts = None if seen is None else (seen.membership_id, seen.version, today)
        wanted[pk] = Keep(parts, space_id=pk, people=(viewer.pk,))
    cards = remember_many(
        "caseload-row", wanted, lambda missing: _case_rows(viewer, [mine[pk] for pk in missing])
    )
    rows = list(cards.values())
    return sorted(rows, key=lambda r: (-r.weight, -r.new_total, r.name.casefold(), r.space_uid))


# ------------------------------------------------------------------ session prep


@dataclass
class PrepTrend:
    """One partner's check-ins, as they chose to share them with the professional."""

    person: User
    columns: list[str]
    table: list[tuple[str, list[int]]]


@dataclass
class Prep:
    """What a professional reads before a session with a couple: only what they may see.

    `session` is the session prepared for (None: the next one, not noted yet); the window
    runs from the session before it (or NEW_WITHOUT_SESSION back, when there is none) to it
    (or now)."""

    session: Session | None
    since: datetime
    since_session: bool
    until: datetime | None
    sessions: list[Session]
    new: tuple[tuple[str, int], ...]
    entries: list[JournalEntry]
    checkin_notes: list[CheckIn]
    paths: list[dict[str, str]]
    trends: list[PrepTrend]
    homework: list[HomeworkView]
    notes: list[Note]

    @property
    def new_total(self) -> int:
        return sum(n for _, n in self.new)


def sessions_noted(*, viewer: User, roles: SpaceRoles) -> list[Session]:
    """The sessions this professional noted with this couple, newest first (theirs only)."""
    return list(
        Session.objects.filter(space=roles.space, professional=viewer).order_by("-held_at", "-pk")
    )


def session_or_404(*, viewer: User, roles: SpaceRoles, session_id: object) -> Session:
    if not roles.is_professional(viewer):
        raise Http404("Not found.")
    try:
        return Session.objects.get(
            space=roles.space, professional=viewer, uid=parse_uid(session_id)
        )
    except (Session.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("Not found.") from None


def session_prep(*, viewer: User, roles: SpaceRoles, session: Session | None = None) -> Prep:
    """The page a professional prints before a session: what was shared with them since the
    session before, the check-in trends partners chose to share with them, homework (done or
    not, and the words shared with them), their own notes. Read as the professional, through
    the same selectors as their other pages, so nothing private to a partner reaches it."""
    if not roles.is_professional(viewer):
        raise Http404("Not found.")
    sessions = sessions_noted(viewer=viewer, roles=roles)
    until = session.held_at if session is not None else None
    earlier = [s for s in sessions if until is None or s.held_at < until]
    since_session = bool(earlier)
    since = earlier[0].held_at if earlier else (until or timezone.now()) - NEW_WITHOUT_SESSION
    entries = list(
        journal_entries(viewer=viewer, roles=roles)
        .exclude(author=viewer)
        .filter(_shared_since(since, until))
    )
    notes_shared: list[CheckIn] = []
    trends: list[PrepTrend] = []
    for partner in roles.partners:
        notes_shared += [
            c
            for c in visible_to(
                CheckIn.objects.filter(_shared_since(since, until), author=partner), viewer, roles
            )
            .select_related("author")
            .order_by("-week", "-pk")
            if c.note
        ]
        trend = checkin_trends_visible_to(viewer=viewer, roles=roles, person=partner)
        if trend and trend.rows:
            other = roles.partner_of(partner)
            columns = [
                m.label.format(partner=other.name if other else "their partner") for m in MEASURES
            ]
            table = [
                (w.label(r.week), [r.scores[m.key] for m in MEASURES]) for r in reversed(trend.rows)
            ]
            trends.append(PrepTrend(partner, columns, table))
    return Prep(
        session=session,
        since=since,
        since_session=since_session,
        until=until,
        sessions=sessions,
        new=_new_counts(viewer, roles, since, until),
        entries=entries,
        checkin_notes=notes_shared,
        paths=breach_overview_for_home(viewer=viewer, roles=roles).rows,
        trends=trends,
        homework=homework_list(viewer=viewer, roles=roles),
        notes=list(
            Note.objects.filter(space=roles.space, author=viewer).order_by("-created_at", "-pk")
        ),
    )


# ------------------------------------------------------------------ the secrets policy


@dataclass(frozen=True)
class SecretsWords:
    """What a professional says about something one partner tells them alone."""

    professional: User
    stance: str  # a SecretsStance value, or "" when they have not said yet
    said: str  # the product's wording of their stance ("" for their own words only)
    words: str  # their own words, if any


def secrets_policy(*, professional: User) -> SecretsWords:
    return secrets_policies(professionals=[professional])[0]


def secrets_policies(*, professionals: Sequence[User]) -> list[SecretsWords]:
    """The policy of each professional named (one query)."""
    found = {
        p.professional_id: p
        for p in SecretsPolicy.objects.filter(professional__in=[u.pk for u in professionals])
    }
    shown = []
    for user in professionals:
        policy = found.get(user.pk)
        if policy is None:
            shown.append(SecretsWords(user, "", "", ""))
            continue
        own = policy.stance == SecretsStance.OWN
        said = "" if own else str(SecretsStance(policy.stance).label)
        shown.append(SecretsWords(user, policy.stance, said, policy.words))
    return shown


# ------------------------------------------------------------------ program cohorts


@dataclass(frozen=True)
class PlaceView:
    """A couple's place in a cohort, as someone in that space (or its professional) sees it:
    the cohort's name, start, its professional and who of the two has agreed; never anything
    about other couples in it."""

    place: CohortPlace
    cohort: Cohort
    agreed: frozenset[int]  # the partners here now who said yes
    partner_ids: frozenset[int]

    @property
    def joined(self) -> bool:
        return bool(self.partner_ids) and self.partner_ids <= self.agreed

    @property
    def week(self) -> int:
        return cohort_week(self.cohort.starts_on)

    @property
    def started(self) -> bool:
        return self.cohort.starts_on <= timezone.localdate()


def cohort_week(starts_on: date) -> int:
    """The program week of a cohort that starts (or started) on this day: 1 to 12."""
    days = (timezone.localdate() - starts_on).days
    return max(1, min(12, days // 7 + 1))


def cohort_place(*, viewer: User, roles: SpaceRoles) -> PlaceView | None:
    """This couple's place in a cohort, for its partners and the cohort's professional (while
    they are the couple's professional); None for anyone else, or when there is none."""
    if not (roles.is_partner(viewer) or roles.is_professional(viewer)):
        return None
    place = (
        CohortPlace.objects.filter(space=roles.space)
        .select_related("cohort", "cohort__professional")
        .first()
    )
    # Only while the cohort's professional is still this couple's professional.
    if place is None or not any(p.pk == place.cohort.professional_id for p in roles.professionals):
        return None
    if roles.is_professional(viewer) and place.cohort.professional_id != viewer.pk:
        return None
    agreed = frozenset(place.agreements.values_list("partner_id", flat=True)) & roles.partner_ids
    return PlaceView(place, place.cohort, agreed, frozenset(roles.partner_ids))


def place_or_404(*, viewer: User, roles: SpaceRoles, place_id: object) -> CohortPlace:
    view = cohort_place(viewer=viewer, roles=roles)
    if view is None or str(view.place.uid) != str(place_id):
        raise Http404("Not found.")
    return view.place


@dataclass
class CohortView:
    cohort: Cohort
    couples: list[tuple[Space, bool]]  # (space, both agreed)

    @property
    def week(self) -> int:
        return cohort_week(self.cohort.starts_on)


def cohorts_of(*, professional: User) -> list[CohortView]:
    """A professional's cohorts, each with the couples offered a place in it (only couples
    they are still the professional of) and whether both partners agreed."""
    mine = {s.pk: roles for s, roles in spaces_as_professional(user=professional)}
    views = []
    for cohort in Cohort.objects.filter(professional=professional).order_by("starts_on", "pk"):
        couples = []
        for place in cohort.places.select_related("space").order_by("created_at", "pk"):
            roles = mine.get(place.space_id)
            if roles is None:
                continue
            agreed = set(place.agreements.values_list("partner_id", flat=True))
            couples.append((place.space, bool(roles.partner_ids) and roles.partner_ids <= agreed))
        views.append(CohortView(cohort, couples))
    return views


def cohort_of_professional_or_404(*, professional: User, cohort_id: object) -> Cohort:
    try:
        return Cohort.objects.get(professional=professional, uid=parse_uid(cohort_id))
    except (Cohort.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("Not found.") from None

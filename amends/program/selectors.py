"""Reads for the program: which week a person is in, and which exercises they have done.

Completion is read, not stored: an exercise is done when its feature's own records show
the person did the linked action in this space (see COUNTERS). A feature that appears
several times in the program counts up: the second journal exercise is done with a second
journal entry, and so on. Everything is read through the person's own view of the space
(`visible_to`), so a partner's private items never count and are never revealed.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from amends.accounts.models import User
from amends.afterwards.models import Bid, Part, PartKind
from amends.agreement.selectors import latest_revealed_round, latest_round, ratings_visible_to
from amends.checkins.models import CheckIn
from amends.journal.models import JournalEntry
from amends.repair.models import (
    AccountabilityStatement,
    Commitment,
    ImpactStatement,
    Promise,
    PromiseMark,
    RepairAttempt,
    SafetyCheck,
    StatementResponse,
)
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_to
from amends.talk.models import Message

from .models import PROGRAM_WEEKS, Exercise, Feature, Module, Practice, ProgramWeek

# Features that count the same thing share a counter.
COUNTERS: dict[str, str] = {
    Feature.FIRST_CHECKIN: "checkins",
    Feature.CHECKIN: "checkins",
}

FEATURE_URLS: dict[str, str] = {
    Feature.FIRST_CHECKIN: "checkin",
    Feature.CHECKIN: "checkin",
    Feature.WRITE_COMMITMENT: "path_list",
    Feature.ACCOUNTABILITY_STATEMENT: "path_list",
    Feature.AGREEMENT_ANSWERS: "agreement_home",
    Feature.JOURNAL_ENTRY: "journal_list",
    Feature.TALK_MESSAGE: "talk",
    Feature.IMPACT_STATEMENT: "path_list",
    Feature.REPAIR_ATTEMPT: "path_list",
    Feature.PROMISE: "path_list",
    Feature.SAFETY_CHECK: "safety_check",
    Feature.AFTER_BETWEEN_US: "path_list",
    Feature.AFTER_COMFORT: "path_list",
    Feature.AFTER_TURNING: "path_list",
}


def counter_of(feature: str) -> str:
    return COUNTERS.get(feature, feature)


def current_week_number(*, person: User, roles: SpaceRoles) -> int:
    """Week 1 is the person's first week in the space; after week 12 it stays 12. A couple
    in a professional's cohort (both partners agreed) follows the cohort's calendar."""
    return week_number(person=person, roles=roles, starts_on=cohort_start(roles=roles))


def week_number(*, person: User, roles: SpaceRoles, starts_on: date | None) -> int:
    """`current_week_number`, given the couple's cohort start (`cohort_starts`)."""
    if starts_on is not None:
        days = (timezone.localdate() - starts_on).days
    else:
        days = (timezone.now() - roles.joined(person)).days
    return max(1, min(PROGRAM_WEEKS, days // 7 + 1))


def cohort_start(*, roles: SpaceRoles) -> date | None:
    """The start of the cohort this couple is in: offered a place by their professional
    (still theirs), and every partner here now agreed. None otherwise."""
    return cohort_starts(roles_list=[roles])[roles.space.pk]


def cohort_starts(*, roles_list: Sequence[SpaceRoles]) -> dict[int, date | None]:
    """`cohort_start` of several couples, by space id (two queries, whatever their number)."""
    from amends.professional.models import CohortAgreement, CohortPlace

    found: dict[int, date | None] = {r.space.pk: None for r in roles_list}
    places = list(
        CohortPlace.objects.filter(space_id__in=list(found)).select_related("cohort").order_by("pk")
    )
    if not places:
        return found
    agreed: dict[int, set[int]] = {}
    for place_id, partner_id in CohortAgreement.objects.filter(
        place_id__in=[p.pk for p in places]
    ).values_list("place_id", "partner_id"):
        agreed.setdefault(place_id, set()).add(partner_id)
    by_space = {r.space.pk: r for r in roles_list}
    for place in places:
        roles = by_space[place.space_id]
        if not any(p.pk == place.cohort.professional_id for p in roles.professionals):
            continue
        if not roles.partner_ids or not roles.partner_ids <= agreed.get(place.pk, set()):
            continue
        found[place.space_id] = place.cohort.starts_on
    return found


def _agreement_answered(person: User, roles: SpaceRoles) -> int:
    rounds = {r.pk: r for r in (latest_round(roles=roles), latest_revealed_round(roles=roles)) if r}
    for round_ in rounds.values():
        answers = ratings_visible_to(viewer=person, roles=roles, round=round_)
        if answers.filter(partner=person).exists():
            return 1
    return 0


def done_counts(*, person: User, roles: SpaceRoles) -> Counter[str]:
    """How many times this person did each linked action in this space (a fixed number of
    queries, whatever the amount of data)."""
    space = roles.space

    def mine(model: Any) -> QuerySet[Any]:
        return model.objects.filter(space=space, author=person)

    def seen(queryset: QuerySet[Any]) -> QuerySet[Any]:
        return visible_to(queryset, person, roles)

    counts: Counter[str] = Counter()
    if not roles.is_partner(person):
        return counts
    counts["checkins"] = mine(CheckIn).count()
    counts[Feature.WRITE_COMMITMENT] = mine(Commitment).count()
    counts[Feature.JOURNAL_ENTRY] = mine(JournalEntry).count()
    counts[Feature.TALK_MESSAGE] = mine(Message).count()
    counts[Feature.SAFETY_CHECK] = min(1, mine(SafetyCheck).count())
    counts[Feature.ACCOUNTABILITY_STATEMENT] = (
        seen(AccountabilityStatement.objects.filter(author=person)).count()
        + seen(StatementResponse.objects.filter(author=person)).count()
    )
    counts[Feature.IMPACT_STATEMENT] = seen(
        ImpactStatement.objects.filter(Q(author=person) | Q(breach__injuring_partner=person))
    ).count()
    counts[Feature.REPAIR_ATTEMPT] = seen(
        RepairAttempt.objects.filter(
            Q(author=person) | (Q(breach__hurt_partner=person) & ~Q(acknowledgement=""))
        )
    ).count()
    my_promises = seen(Promise.objects.filter(author=person)).count()
    marked = (
        PromiseMark.objects.filter(by=person, promise__space=space)
        .exclude(promise__author=person)
        .values("promise")
        .distinct()
        .count()
    )
    counts[Feature.PROMISE] = my_promises + marked
    counts[Feature.AGREEMENT_ANSWERS] = _agreement_answered(person, roles)
    # After the repair: your own words on those steps (a draft counts: it is yours).
    after = mine(Part).values_list("kind", flat=True)
    counts[Feature.AFTER_BETWEEN_US] = sum(1 for k in after if k == PartKind.BETWEEN_US)
    counts[Feature.AFTER_COMFORT] = sum(
        1 for k in after if k in (PartKind.COMFORT_ASK, PartKind.COMFORT_ANSWER)
    )
    counts[Feature.AFTER_TURNING] = mine(Bid).count()
    return counts


@dataclass(frozen=True)
class ExerciseView:
    exercise: Exercise
    done: bool
    url_name: str


@dataclass(frozen=True)
class WeekView:
    week: ProgramWeek
    modules: list[tuple[Module, list[ExerciseView]]]
    current: int
    numbers: list[tuple[int, str]]
    show_progress: bool

    @property
    def previous(self) -> int | None:
        return self.week.number - 1 if self.week.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.week.number + 1 if self.week.number < PROGRAM_WEEKS else None


def week_view(*, viewer: User, roles: SpaceRoles, number: int) -> WeekView | None:
    """One week of the program as this person sees it; None if the program is not loaded.
    A number outside 1-12 is a 404."""
    if not 1 <= number <= PROGRAM_WEEKS:
        raise Http404("Not found.")
    weeks = list(ProgramWeek.objects.order_by("number"))
    week = next((wk for wk in weeks if wk.number == number), None)
    if week is None:
        return None
    exercises = list(
        Exercise.objects.select_related("module", "module__week").order_by(
            "module__week__number", "module__order", "order", "pk"
        )
    )
    is_partner = roles.is_partner(viewer)
    counts = done_counts(person=viewer, roles=roles) if is_partner else Counter()
    seen_so_far: Counter[str] = Counter()
    by_module: dict[int, list[ExerciseView]] = {}
    for exercise in exercises:
        counter = counter_of(exercise.feature)
        seen_so_far[counter] += 1
        if exercise.module.week_id != week.pk:
            continue
        by_module.setdefault(exercise.module_id, []).append(
            ExerciseView(
                exercise,
                done=is_partner and counts[counter] >= seen_so_far[counter],
                url_name=FEATURE_URLS.get(exercise.feature, "space_home"),
            )
        )
    modules = [(m, by_module.get(m.pk, [])) for m in week.modules.order_by("order", "pk")]
    return WeekView(
        week=week,
        modules=modules,
        current=current_week_number(person=viewer, roles=roles) if is_partner else 0,
        numbers=[(wk.number, wk.title) for wk in weeks],
        show_progress=is_partner,
    )


def hosting_practice() -> Practice | None:
    """The practice that hosts this instance, with its links, or None if not set."""
    return Practice.objects.prefetch_related("links").order_by("pk").first()

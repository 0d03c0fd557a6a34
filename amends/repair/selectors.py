"""Reads for the repair path. Everything a person sees passes through visibility.

`path_for` builds the overview of one breach as one person sees it: each step, whether it
is done, and whom it is waiting on, computed only from what that person may see. The
partner's safety check and private reflections never appear in it, not even as a count.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.core.pagecache import Keep, remember_many
from amends.core.textrules import isolate
from amends.spaces.selectors import SpaceRoles, current_path_versions, newest_in_each_space
from amends.spaces.visibility import (
    Visibility,
    can_see,
    visible_or_404,
    visible_q_across,
    visible_to,
)

from . import likeness, pathstate, pathwords
from .models import (
    AccountabilityStatement,
    AttemptReflection,
    Breach,
    Commitment,
    Decision,
    Disclosure,
    Forgiveness,
    ImpactStatement,
    OutcomeStatement,
    Promise,
    PromiseMark,
    Question,
    Reflection,
    RepairAttempt,
    SafetyCheck,
    SelfTrustEntry,
)
from .promisewords import follow_through_words
from .rules import decision_that_counts, is_hurt, is_injuring, own_decision, shown_decision

# A path with no new step for this long is quiet enough to mention a professional (not the
# stuck signal of docs/stuck-signal.md, which reads the last weeks of the whole space).
QUIET_PATH_AFTER = timedelta(days=28)


@dataclass
class Step:
    key: str
    title: str
    why: str
    done: bool
    status: str
    waiting_on_me: bool = False
    url: str = ""
    # From `pathstate`: "done", "open" or "closed", and why (a closed step: one reason),
    # and, for a closed step, why in a whole sentence (its own page says it).
    state: str = ""
    reason: str = ""
    closed_words: str = ""

    @property
    def closed(self) -> bool:
        return self.state == pathstate.CLOSED


@dataclass
class PathView:
    breach: Breach
    steps: list[Step]
    my_role: str  # "hurt", "injuring" or "professional"
    joint_open: bool
    closed_by_no: bool
    recommend_professional: str = ""
    partner_name: str = "your partner"
    # Only ever set from the viewer's own safety check, so it says nothing about the partner.
    unsafe_for_me: bool = False
    # Why the joint steps are closed for this viewer (a `pathstate` reason), or "".
    gate: str = ""

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)


@dataclass
class HomeOverview:
    rows: list[dict[str, str]] = field(default_factory=list)
    waiting: list[dict[str, str]] = field(default_factory=list)
    # The hurt partner's decision: theirs, with no deadline, so not "waiting" on them.
    yours_when_ready: list[dict[str, str]] = field(default_factory=list)
    # The breaches read (the latest ten the viewer may see), for other apps' home cards.
    breaches: list[Breach] = field(default_factory=list)


def breaches_for(*, viewer: User, roles: SpaceRoles) -> QuerySet[Breach]:
    return visible_to(
        Breach.objects.select_related("hurt_partner", "injuring_partner"), viewer, roles
    ).order_by("-created_at", "-pk")


def breach_or_404(*, viewer: User, roles: SpaceRoles, breach_id: object) -> Breach:
    return visible_or_404(
        Breach.objects.select_related("hurt_partner", "injuring_partner", "space"),
        breach_id,
        viewer,
        roles,
    )


def step_items(
    model: type[Any], *, breach: Breach, viewer: User, roles: SpaceRoles
) -> QuerySet[Any]:
    """The items of one step that this viewer may see, oldest first."""
    return (
        visible_to(model.objects.filter(breach=breach), viewer, roles)
        .select_related("author")
        .order_by("created_at", "pk")
    )


def words_of_those_here[T: Question | RepairAttempt](
    items: Iterable[T], *, breach: Breach, roles: SpaceRoles
) -> list[T]:
    """Questions or repair attempts as they may be shown now. An answer written inside
    someone else's row (the injuring partner's answer to a question, the hurt partner's
    answer to a repair attempt) is its writer's words: like everything they wrote, it
    leaves the space with them (visibility: an item whose author has left is seen by its
    author only), and comes back if they do. The row stays with its author, as after an
    account is deleted; nothing is written."""
    shown = list(items)
    for item in shown:
        if isinstance(item, Question):
            if item.answered_at and breach.injuring_partner_id not in roles.partner_ids:
                item.answer = ""
        elif item.acknowledged_at and breach.hurt_partner_id not in roles.partner_ids:
            item.acknowledgement = item.acknowledgement_note = ""
            item.acknowledged_at = None
    return shown


def asked_before(
    questions: Iterable[Question], *, viewer: User, breach: Breach
) -> dict[int, Question]:
    """For the partner who answers: each open question much like one they answered before
    (amends.repair.likeness), by the open question's pk, with that earlier question. Only the
    answering partner is given this; the one who asks is never told they asked before.
    `questions` are those the viewer may see, oldest first, as the step shows them."""
    if not is_injuring(breach, viewer):
        return {}
    shown = list(questions)
    found: dict[int, Question] = {}
    for index, question in enumerate(shown):
        if question.answered_at or question.withdrawn_at:
            continue
        earlier = [
            (q.text, q) for q in shown[:index] if q.answered_at and q.answer and q.pk != question.pk
        ]
        match = likeness.earlier_alike(question.text, earlier)
        if match is not None:
            found[question.pk] = match
    return found


def decision_history(*, breach: Breach, viewer: User, roles: SpaceRoles) -> QuerySet[Decision]:
    """The viewer's own decisions on this breach, newest first (only ever the hurt partner's)."""
    return (
        visible_to(Decision.objects.filter(breach=breach, author=viewer), viewer, roles)
        .select_related("author")
        .order_by("-created_at", "-pk")
    )


def attempt_reflections_of(
    *, breach: Breach, viewer: User, roles: SpaceRoles
) -> QuerySet[AttemptReflection]:
    """The viewer's own "am I refusing this to punish?" reflections on this breach."""
    return (
        visible_to(
            AttemptReflection.objects.filter(attempt__breach=breach, author=viewer), viewer, roles
        )
        .select_related("author")
        .order_by("created_at", "pk")
    )


def responses_seen[T: AccountabilityStatement](
    statements: Iterable[T], *, viewer: User, roles: SpaceRoles
) -> list[T]:
    """Accountability statements with `response_seen`: the hurt partner's answer to each
    ("this feels complete", or what is missing) if this viewer may see it, else None."""
    shown = list(statements)
    for s in shown:
        response = getattr(s, "response", None)
        s.response_seen = response if response and can_see(viewer, response, roles) else None  # type: ignore[attr-defined]
    return shown


@dataclass(frozen=True)
class FollowThrough:
    """One promise as both partners saw it, day by day (newest first): each day's "hurt" and
    "injuring" views (True, False or None when not noted) and whether they differ; `words`
    says it in a sentence, with no score. `marks` are the marks it is made of."""

    rows: list[dict[str, Any]]
    words: str
    marks: list[PromiseMark]

    @property
    def days(self) -> int:
        return len(self.rows)


def follow_through(
    promise: Promise, *, breach: Breach, viewer: User, roles: SpaceRoles
) -> FollowThrough:
    """The days both partners agree a promise was kept (or not), from the marks of the
    breach's two partners who are in the space now: a partner who left takes their marks
    with them (as with everything they wrote, see `words_of_those_here`), and they count
    again if that partner comes back. `promise.marks` should be prefetched."""
    here = roles.partner_ids & {breach.hurt_partner_id, breach.injuring_partner_id}
    marks = sorted(
        (m for m in promise.marks.all() if m.by_id in here),
        key=lambda m: (m.occurrence, m.by_id),
        reverse=True,
    )
    days: dict[Any, dict[str, bool | None]] = {}
    for m in marks:
        row = days.setdefault(m.occurrence, {"hurt": None, "injuring": None})
        row["hurt" if m.by_id == breach.hurt_partner_id else "injuring"] = m.kept
    rows = [
        {"day": day, **seen, "disagree": None not in seen.values() and len(set(seen.values())) > 1}
        for day, seen in sorted(days.items(), reverse=True)
    ]
    words = follow_through_words(rows, professional=not roles.is_partner(viewer))
    return FollowThrough(rows=rows, words=words, marks=marks)


def promises_followed[T: Promise](
    promises: Iterable[T], *, breach: Breach, viewer: User, roles: SpaceRoles
) -> list[T]:
    """Promises with their `follow_through` (see above), for pages and the API alike."""
    shown = list(promises)
    for p in shown:
        p.follow_through = follow_through(p, breach=breach, viewer=viewer, roles=roles)  # type: ignore[attr-defined]
    return shown


def self_trust_entries(*, viewer: User, roles: SpaceRoles) -> QuerySet[SelfTrustEntry]:
    return visible_to(SelfTrustEntry.objects.filter(author=viewer), viewer, roles).order_by(
        "-created_at", "-pk"
    )


def decision_seen_by(*, breach: Breach, viewer: User, roles: SpaceRoles) -> Decision | None:
    """The decision as this viewer sees it. The hurt partner: their own latest answer,
    private or not. Anyone else: the latest decision shared with them, which a private
    change of mind never touches (it stays until the hurt partner shares a new one or
    takes it back), read only from rows they may see."""
    rows = list(visible_to(Decision.objects.filter(breach=breach), viewer, roles))
    if is_hurt(breach, viewer):
        return own_decision(rows)
    return shown_decision(rows, viewer, roles)


def decision_partner_sees(*, breach: Breach, viewer: User, roles: SpaceRoles) -> Decision | None:
    """For the hurt partner: the decision the other partner of the path sees, the one the
    path goes by. None for anyone else (they see it through `decision_seen_by`)."""
    if not is_hurt(breach, viewer):
        return None
    rows = list(visible_to(Decision.objects.filter(breach=breach), viewer, roles))
    return decision_that_counts(breach, roles, rows)


def forgiveness_seen_by(*, breach: Breach, viewer: User, roles: SpaceRoles) -> Forgiveness | None:
    """The latest version of the forgiveness this viewer may see (it may be taken back)."""
    return forgiveness_versions(breach=breach, viewer=viewer, roles=roles).first()


def forgiveness_versions(
    *, breach: Breach, viewer: User, roles: SpaceRoles
) -> QuerySet[Forgiveness]:
    """Every version of the forgiveness this viewer may see, newest first, each dated."""
    return visible_to(Forgiveness.objects.filter(breach=breach), viewer, roles).order_by("-version")


def outcomes_seen_by(
    *, breach: Breach, viewer: User, roles: SpaceRoles
) -> tuple[list[OutcomeStatement], list[OutcomeStatement]]:
    """(where each partner stands now, the earlier versions) as this viewer may see them:
    each author's latest visible version, then the rest, newest first."""
    latest: dict[int, OutcomeStatement] = {}
    earlier: list[OutcomeStatement] = []
    rows = step_items(OutcomeStatement, breach=breach, viewer=viewer, roles=roles).order_by(
        "-version", "-created_at"
    )
    for o in rows:
        if o.author_id in latest:
            earlier.append(o)
        else:
            latest[o.author_id] = o
    now = sorted(latest.values(), key=lambda o: (o.created_at, o.pk))
    return now, earlier


def my_safety_check(*, space_id: int, viewer: User) -> SafetyCheck | None:
    return my_safety_checks(space_ids=[space_id], viewer=viewer)[space_id]


def my_safety_checks(*, space_ids: Sequence[int], viewer: User) -> dict[int, SafetyCheck | None]:
    """The viewer's own latest safety check in each of these spaces, by space id (one query)."""
    found: dict[int, SafetyCheck | None] = dict.fromkeys(space_ids)
    for check in SafetyCheck.objects.filter(space_id__in=list(space_ids), author=viewer).order_by(
        "created_at", "pk"
    ):
        found[check.space_id] = check  # the latest one wins
    return found


def forgiven_breach_descriptions(*, viewer: User, roles: SpaceRoles) -> list[str]:
    """For the coach: breaches this person forgave (as hurt partner) or was forgiven for."""
    return forgiven_across(viewer=viewer, roles_list=[roles])[roles.space.pk]


def forgiven_across(*, viewer: User, roles_list: Sequence[SpaceRoles]) -> dict[int, list[str]]:
    """`forgiven_breach_descriptions` for several spaces, by space id, in one query."""
    by_space = {r.space.pk: r for r in roles_list}
    latest: dict[int, dict[int, Forgiveness]] = {pk: {} for pk in by_space}
    rows = Forgiveness.objects.filter(space_id__in=list(by_space)).select_related("breach")
    for f in rows.order_by("version", "pk"):
        roles = by_space[f.space_id]
        if can_see(viewer, f, roles) and can_see(viewer, f.breach, roles):
            latest[f.space_id][f.breach_id] = f  # the latest version this person may see
    return {
        pk: [
            f"{f.breach.title}: {f.breach.description[:200]}"
            for f in found.values()
            if not f.taken_back
        ]
        for pk, found in latest.items()
    }


@dataclass
class _Facts:
    """What one breach's overview needs, as one viewer may see it."""

    commitments: list[Commitment] = field(default_factory=list)
    # The decision as the viewer sees it (the hurt partner: their own, maybe private), and
    # the one the path goes by (the latest shared, as the other partner sees it).
    decision: Decision | None = None
    decision_counts: Decision | None = None
    latest_statement: AccountabilityStatement | None = None
    questions: list[Question] = field(default_factory=list)
    impact_done: bool = False
    attempts: list[RepairAttempt] = field(default_factory=list)
    promises_count: int = 0
    forgiveness: Forgiveness | None = None
    outcomes: list[OutcomeStatement] = field(default_factory=list)
    my_reflections: int = 0


def _facts_for(
    breaches: list[Breach], viewer: User, roles_of: dict[int, SpaceRoles]
) -> dict[int, _Facts]:
    """Every breach's facts in a fixed number of queries, however many breaches and however
    many spaces they are in (`roles_of`: each breach's space's roles, by space id)."""
    ids = [b.pk for b in breaches]
    facts = {pk: _Facts() for pk in ids}
    seen = visible_q_across(viewer, list(roles_of.values()))

    def visible(model: type[Any]) -> QuerySet[Any]:
        return model.objects.filter(seen, breach_id__in=ids)

    for c in visible(Commitment).order_by("created_at", "pk"):
        facts[c.breach_id].commitments.append(c)
    # Decisions: only rows this viewer may see (all of them, for the hurt partner who wrote
    # them), so nobody's view moves with a private change of mind.
    decisions: dict[int, list[Decision]] = {pk: [] for pk in ids}
    for d in visible(Decision).order_by("created_at", "pk"):
        decisions[d.breach_id].append(d)
    for breach in breaches:
        rows, f = decisions[breach.pk], facts[breach.pk]
        roles = roles_of[breach.space_id]
        if is_hurt(breach, viewer):
            f.decision = own_decision(rows)
            f.decision_counts = decision_that_counts(breach, roles, rows)
        else:
            f.decision = f.decision_counts = shown_decision(rows, viewer, roles)
    for s in visible(AccountabilityStatement).select_related("response").order_by("version"):
        facts[s.breach_id].latest_statement = s
    by_pk = {b.pk: b for b in breaches}
    for q in visible(Question).defer("text", "answer").order_by("created_at", "pk"):
        facts[q.breach_id].questions.append(q)
    for pk in visible(ImpactStatement).values_list("breach_id", flat=True):
        facts[pk].impact_done = True
    attempts = visible(RepairAttempt).defer("text", "acknowledgement_note").order_by("created_at")
    for a in attempts:
        facts[a.breach_id].attempts.extend(
            words_of_those_here([a], breach=by_pk[a.breach_id], roles=roles_of[a.space_id])
        )
    for pk in visible(Promise).values_list("breach_id", flat=True):
        facts[pk].promises_count += 1
    for fg in visible(Forgiveness).defer("text").order_by("version"):
        facts[fg.breach_id].forgiveness = fg  # the latest version this viewer may see
    # Where each partner stands: their latest version (earlier ones are history).
    stands: dict[int, dict[int, OutcomeStatement]] = {pk: {} for pk in ids}
    for o in visible(OutcomeStatement).defer("text").order_by("version"):
        stands[o.breach_id][o.author_id] = o
    for pk, by_author in stands.items():
        facts[pk].outcomes = list(by_author.values())
    mine = Reflection.objects.filter(breach_id__in=ids, author=viewer)
    for pk in mine.values_list("breach_id", flat=True):
        facts[pk].my_reflections += 1
    return facts


def path_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> PathView:
    return paths_for(breaches=[breach], viewer=viewer, roles=roles)[0]


def paths_for(*, breaches: list[Breach], viewer: User, roles: SpaceRoles) -> list[PathView]:
    """Overviews of several breaches, in a number of queries that does not grow with them."""
    return paths_across(viewer=viewer, asked=[(roles, breaches)])[roles.space.pk]


def paths_across(
    *, viewer: User, asked: Sequence[tuple[SpaceRoles, list[Breach]]]
) -> dict[int, list[PathView]]:
    """`paths_for` in several spaces at once (by space id), in a number of queries that
    grows with neither the breaches nor the spaces. Each space's overviews are kept per
    viewer while nothing their path overview shows there has changed (see versioning)."""
    roles_of = {roles.space.pk: roles for roles, _ in asked}
    breaches_of = {roles.space.pk: breaches for roles, breaches in asked}
    found: dict[int, list[PathView]] = {pk: [] for pk in roles_of}
    some = [roles_of[pk] for pk, breaches in breaches_of.items() if breaches]
    if not some:
        return found
    today = timezone.localdate()

    def compute(missing: list[int]) -> dict[int, list[PathView]]:
        everything = [b for pk in missing for b in breaches_of[pk]]
        facts = _facts_for(everything, viewer, {pk: roles_of[pk] for pk in missing})
        my_safety = my_safety_checks(space_ids=missing, viewer=viewer)
        return {
            pk: [
                _path(b, viewer, roles_of[pk], facts[b.pk], my_safety[pk]) for b in breaches_of[pk]
            ]
            for pk in missing
        }

    versions = current_path_versions(viewer=viewer, roles_list=some)
    wanted = {
        roles.space.pk: Keep(
            None
            if versions[roles.space.pk] is None
            else (
                roles.memberships[viewer.pk].pk,
                versions[roles.space.pk],
                today,
                *[b.pk for b in breaches_of[roles.space.pk]],
            ),
            space_id=roles.space.pk,
            people=(viewer.pk,),
        )
        for roles in some
    }
    return found | remember_many("paths", wanted, compute)


def _seen(decision: Decision | None) -> pathstate.Seen:
    if decision is None:
        return "none"
    if decision.is_withdrawal:
        return "withdrawn"
    return decision.choice  # type: ignore[return-value]


def _statement(latest: AccountabilityStatement | None) -> pathstate.Statement:
    if latest is None:
        return "none"
    response = getattr(latest, "response", None)
    if response is None:
        return "unanswered"
    return "complete" if response.feels_complete else "missing"


def path_facts(
    breach: Breach, viewer: User, roles: SpaceRoles, facts: _Facts, my_safety: SafetyCheck | None
) -> pathstate.PathFacts:
    """The plain facts of one path as this viewer may see it, for `pathstate`."""
    hurt, injuring = is_hurt(breach, viewer), is_injuring(breach, viewer)
    role: pathstate.Role = "hurt" if hurt else "injuring" if injuring else "professional"
    people = {breach.hurt_partner_id, breach.injuring_partner_id}
    partner_here = None not in people and people <= roles.partner_ids
    committed = {c.author_id for c in facts.commitments}
    questions = facts.questions
    attempts = facts.attempts
    return pathstate.PathFacts(
        role=role,
        partner_here=partner_here,
        safety_checked=my_safety is not None and role != "professional",
        unsafe_for_me=bool(my_safety and my_safety.signals_danger) and role != "professional",
        decision=_seen(facts.decision),
        decision_private=facts.decision is not None
        and facts.decision.visibility == Visibility.PRIVATE,
        decision_counts=_seen(facts.decision_counts),
        hurt_committed=breach.hurt_partner_id in committed,
        injuring_committed=breach.injuring_partner_id in committed,
        statement=_statement(facts.latest_statement),
        questions=len(questions),
        open_questions=sum(1 for q in questions if not q.answered_at and not q.withdrawn_at),
        questions_closed=breach.questions_closed_at is not None,
        impact_written=facts.impact_done,
        attempts=len(attempts),
        unanswered_attempts=sum(1 for a in attempts if not a.acknowledgement),
        promises=facts.promises_count,
        forgiven=facts.forgiveness is not None and not facts.forgiveness.taken_back,
        outcomes=len(facts.outcomes),
        my_outcome=any(o.author_id == viewer.pk for o in facts.outcomes),
        my_reflections=facts.my_reflections if role != "professional" else 0,
    )


STEP_TEXT: dict[str, tuple[str, str]] = {
    "safety": (
        "Are you safe?",
        "Working on a relationship together is only right when both people are safe.",
    ),
    "decision": (
        "The decision",
        "The partner who was hurt decides, privately, whether they want to rebuild.",
    ),
    "commitments": (
        "Both commitments",
        "Trust is the promise that when we hurt each other, both of us will work to repair.",
    ),
    "reflection": (
        "Honest with yourself",
        "Before telling the truth to each other, it helps to tell it to yourself.",
    ),
    "accountability": (
        "Taking responsibility",
        "The partner who caused the hurt says what they did, without excuses or blame.",
    ),
    "questions": (
        "Questions and honest answers",
        "The hurt partner can ask what they need to know; the answers are honest and whole.",
    ),
    "impact": ("How it hurt", 'The hurt partner can say "this really deeply hurt me", safely.'),
    "attempts": (
        "Repair attempts",
        "Trust comes back through what is done, and through letting it land.",
    ),
    "promises": ("Promises", "Concrete things, kept over time."),
    "forgiveness": (
        "Forgiveness",
        "Forgiveness is a conscious decision, made by the partner who was hurt, if and when "
        "they are ready. It is never owed.",
    ),
    "outcome": (
        "Where we go from here",
        "Recommitting and parting with respect are both good endings. Staying while holding "
        "on to resentment is the one to avoid.",
    ),
}
STEP_URLS = {key: f"step_{key}" for key in pathstate.STEPS}


def _path(
    breach: Breach,
    viewer: User,
    roles: SpaceRoles,
    facts: _Facts,
    my_safety: SafetyCheck | None,
) -> PathView:
    space_id = roles.space.uid  # URLs carry public ids only
    plain = path_facts(breach, viewer, roles, facts, my_safety)
    state = pathstate.path_state(plain)
    role = plain.role
    partner = breach.injuring_partner if role == "hurt" else breach.hurt_partner
    partner_name = partner.name if partner else "your partner"
    latest = facts.latest_statement
    attempts = facts.attempts
    unanswered = plain.unanswered_attempts
    params: dict[str, Any] = {
        "partner": partner.name if partner else "",
        "hurt": breach.hurt_partner.name if breach.hurt_partner else "",
        "label": facts.decision.label if facts.decision else "",
        "shown_label": facts.decision_counts.label if facts.decision_counts else "",
        "version": latest.version if latest else 0,
        "questions_waiting": _count(plain.open_questions, "question"),
        "attempts_offered": _count(len(attempts), "attempt") + " offered",
        "attempts_unanswered": str(unanswered),
        "promises": _count(plain.promises, "promise"),
        "reflections": str(plain.my_reflections),
    }

    steps: list[Step] = []
    for s in state.steps:
        title, why = STEP_TEXT[s.key]
        if s.key == "decision" and role == "hurt":
            title = "Your decision"
        if s.key == "safety":
            url = reverse("safety_check", args=[space_id]) + f"?breach={breach.uid}"
        else:
            url = reverse(STEP_URLS[s.key], args=[space_id, breach.uid])
        steps.append(
            Step(
                s.key,
                title,
                why,
                done=s.done,
                status=pathwords.step_words(s, role, **params),
                waiting_on_me=s.waiting_on_me,
                url=url,
                state=s.state,
                reason=s.reason,
                closed_words=pathwords.step_words(s, role, long=True, **params) if s.closed else "",
            )
        )

    recommend = ""
    if not roles.professionals:
        last_activity = max(
            [breach.created_at]
            + [c.created_at for c in facts.commitments]
            + [q.created_at for q in facts.questions]
            + [a.created_at for a in attempts]
            + ([latest.created_at] if latest else [])
        )
        if timezone.now() - last_activity > QUIET_PATH_AFTER and len(facts.outcomes) < 2:
            recommend = (
                "Nothing has moved on this path for a few weeks. That happens, and it is "
                "often the moment when a couples therapist or coach helps most."
            )
        elif breach.is_serious:
            recommend = (
                "A breach like this is a lot to carry, even together. Many couples find a "
                "couples therapist or coach helps: neutral ground where both of you are held."
            )
    return PathView(
        breach=breach,
        steps=steps,
        my_role=role,
        joint_open=state.joint_open,
        closed_by_no=state.closed_by_no,
        recommend_professional=recommend,
        partner_name=partner_name,
        unsafe_for_me=plain.unsafe_for_me,
        gate=state.gate or "",
    )


def breach_overview_for_home(*, viewer: User, roles: SpaceRoles) -> HomeOverview:
    return breach_overviews_across(viewer=viewer, roles_list=[roles])[roles.space.pk]


HOME_BREACHES = 10  # the latest breaches a home overview reads


def latest_breaches_across(
    *, viewer: User, roles_list: Sequence[SpaceRoles], latest: int = HOME_BREACHES
) -> dict[int, list[Breach]]:
    """The latest `latest` breaches the viewer may see in each space, newest first, by
    space id (one query, whatever the number of spaces)."""
    found: dict[int, list[Breach]] = {r.space.pk: [] for r in roles_list}
    rows = newest_in_each_space(
        Breach.objects.select_related("hurt_partner", "injuring_partner").filter(
            visible_q_across(viewer, roles_list)
        ),
        most=latest,
    )
    for breach in rows:
        found[breach.space_id].append(breach)
    return found


def breach_overviews_across(
    *, viewer: User, roles_list: Sequence[SpaceRoles]
) -> dict[int, HomeOverview]:
    """`breach_overview_for_home` in several spaces, by space id, in a fixed number of
    queries whatever the number of spaces."""
    latest = latest_breaches_across(viewer=viewer, roles_list=roles_list)
    paths = paths_across(viewer=viewer, asked=[(r, latest[r.space.pk]) for r in roles_list])
    return {r.space.pk: _overview(r, latest[r.space.pk], paths[r.space.pk]) for r in roles_list}


def _overview(roles: SpaceRoles, breaches: list[Breach], paths: list[PathView]) -> HomeOverview:
    overview = HomeOverview()
    overview.breaches = breaches
    for breach, path in zip(breaches, paths, strict=True):
        upcoming = next(
            (s for s in path.steps if not s.done and not s.closed and s.key != "safety"), None
        )
        url = reverse("breach_detail", args=[roles.space.uid, breach.uid])
        stage = (
            f"Now: {upcoming.title.lower()}"
            if upcoming
            else "Every step has been taken."
            if all(s.done for s in path.steps if s.key != "safety")
            else "Nothing more can be done here for now."
        )
        overview.rows.append({"title": breach.title, "url": url, "stage": stage})
        for step in path.steps:
            if step.waiting_on_me and step.key == "decision":
                overview.yours_when_ready.append(
                    {
                        "text": f"Whether you want to rebuild ({isolate(breach.title.lower())}) "
                        "is yours to decide, in your own time. There is no deadline.",
                        "url": step.url,
                        "action": "Open your decision",
                    }
                )
            elif step.waiting_on_me and step.key != "safety":
                overview.waiting.append(
                    {
                        "text": f"{step.title} ({isolate(breach.title.lower())}). {step.status}",
                        "url": step.url,
                        "action": "Open this step",
                    }
                )
    return overview


@dataclass(frozen=True)
class Fact:
    when: Any
    what: str
    words: str = ""


WORRYING_KINDS = {
    "gaslighting": "making it smaller or doubting what you saw",
    "blame_shifting": "putting the blame on you",
    "defensiveness": "defending or excusing",
}
LONG_UNANSWERED = timedelta(days=7)


def seeing_facts(*, breach: Breach, viewer: User, roles: SpaceRoles) -> list[Fact]:
    """Facts with dates, for the hurt partner alone: no verdict, no score.

    Reads only what the hurt partner can already see, and writes nothing, so opening it
    leaves no trace anyone else could notice.
    """
    from amends.coach import analyze

    if not is_hurt(breach, viewer) or not roles.is_partner(viewer):
        raise Http404("Not found.")
    facts: list[Fact] = []
    for statement in step_items(AccountabilityStatement, breach=breach, viewer=viewer, roles=roles):
        for flag in analyze(statement.text).flags:
            if flag.kind in WORRYING_KINDS:
                facts.append(
                    Fact(
                        statement.created_at,
                        f"Version {statement.version} of the accountability statement has "
                        f"words the coach reads as {WORRYING_KINDS[flag.kind]}",
                        statement.text[flag.start : flag.end],
                    )
                )
    complete = breach.disclosure_complete_at
    for disclosure in step_items(Disclosure, breach=breach, viewer=viewer, roles=roles):
        if disclosure.is_later and complete:
            facts.append(
                Fact(
                    disclosure.created_at,
                    "Something new was told after the disclosure was said to be complete "
                    f"(on {complete:%d %b %Y})",
                    disclosure.text[:200],
                )
            )
    now = timezone.now()
    questions = step_items(Question, breach=breach, viewer=viewer, roles=roles)
    for question in words_of_those_here(questions, breach=breach, roles=roles):
        if question.answered_after_complete and question.answered_at and complete:
            facts.append(
                Fact(
                    question.answered_at,
                    "An answer came after the disclosure was said to be complete",
                    question.text[:200],
                )
            )
        if (
            not question.answered_at
            and not question.withdrawn_at
            and now - question.created_at > LONG_UNANSWERED
        ):
            days = (now - question.created_at).days
            facts.append(
                Fact(
                    question.created_at,
                    f"A question not answered after {days} days",
                    question.text[:200],
                )
            )
    promises = step_items(Promise, breach=breach, viewer=viewer, roles=roles).prefetch_related(
        "marks"
    )
    for promise in promises:
        for mark in promise.marks.all():
            if not mark.kept:
                who = "by you" if mark.by_id == viewer.pk else "by your partner"
                facts.append(
                    Fact(mark.occurrence, f"A promise noted as not kept {who}", promise.text)
                )
    for attempt in step_items(RepairAttempt, breach=breach, viewer=viewer, roles=roles):
        facts.append(
            Fact(
                attempt.created_at,
                f"A repair attempt was offered: {attempt.get_kind_display()}",
                attempt.text[:200],
            )
        )
    return sorted(facts, key=lambda f: _as_date(f.when), reverse=True)


def _as_date(when: Any) -> Any:
    return when.date() if hasattr(when, "date") and callable(when.date) else when


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

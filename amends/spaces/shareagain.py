"""Sharing is with people: what a member shared before someone joined, and their choice.

An item is seen by those who were in the space when it was shared (amends.spaces.visibility).
So when a partner or a professional joins (a new partner after another left, a professional
who replaces another, the first professional, or the partner joining someone who started
alone), what the members shared before then is not theirs to read. Each member finds those
things here, privately, and chooses, all at once or one by one: share it with the newcomer
(`visibility.share_again`), or keep it as it is (`KeptAsItWas`). A path recorded alone is
offered the same way; sharing it makes the newcomer its other partner.

These are reads (`shared_before_joining`, `newcomers_waiting`); the writes are
`spaces.services.items_share_again` and `items_keep`. Everything here is about the viewer's
own items, and is shown to the viewer only: a newcomer cannot tell whether there is any.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any
from uuid import UUID

from django.db import connection
from django.db.models import CharField, F, Q, QuerySet, Value
from django.db.models import IntegerField as IntField

from amends.accounts.models import User

from .models import KeptAsItWas, Role
from .selectors import SpaceRoles
from .visibility import Visibility, audience_roles

PATH = "path"


@dataclass(frozen=True)
class Kind:
    """One kind of item a member can have shared before someone joined."""

    key: str
    model: type[Any]
    title: str  # alone: "A journal entry"; on a path: the part, "your commitment"
    plural: str = ""
    words: str = ""  # the field to quote from
    breach: str = ""  # on a path: the lookup of its breach
    # Items answering someone else's (a reply, a step on their path) are offered only while
    # that someone is still a partner here: otherwise nobody else could ever read them.
    parent_author: str = ""
    only_with_words: bool = False


def _on_path(key: str, model: type[Any], title: str, plural: str = "") -> Kind:
    return Kind(key, model, title, plural, breach="breach_id", parent_author="breach__author_id")


def kinds() -> tuple[Kind, ...]:
    from amends.checkins.models import CheckIn, CheckinSharing
    from amends.journal.models import JournalEntry
    from amends.repair import models as r
    from amends.talk.models import Conversation, Message, Reply
    from amends.triggers.models import AgreedResponse, HardDay, SignalSetting

    return (
        Kind("journal", JournalEntry, "A journal entry", words="text"),
        Kind("message", Message, "A message in Talk", words="text"),
        Kind(
            "conversation", Conversation, "Something that hurt you, in Talk", words="what_happened"
        ),
        Kind(
            "reply",
            Reply,
            "What you heard, in Talk",
            words="text",
            parent_author="conversation__author_id",
        ),
        Kind("checkins", CheckinSharing, "Your check-in numbers"),
        Kind(
            "checkin_note", CheckIn, "A note with your check-in", words="note", only_with_words=True
        ),
        Kind("hard_day", HardDay, "A day that may be hard, and your plan", words="label"),
        Kind("what_helps", AgreedResponse, "What helps you in a hard moment", words="what_helps"),
        Kind("signal", SignalSetting, "Your “I'm triggered” signal, turned on"),
        # A path, and what the viewer wrote on it: offered together, as one choice.
        Kind("breach", r.Breach, "what happened, as you recorded it", breach="pk"),
        _on_path("commitment", r.Commitment, "your commitment"),
        _on_path("decision", r.Decision, "your decision"),
        _on_path("reflection", r.Reflection, "a reflection", "reflections"),
        _on_path("statement", r.AccountabilityStatement, "your statement", "statements"),
        Kind(
            "response",
            r.StatementResponse,
            "your answer to a statement",
            "your answers to statements",
            breach="statement__breach_id",
            parent_author="statement__breach__author_id",
        ),
        _on_path("question", r.Question, "a question", "questions"),
        _on_path("disclosure", r.Disclosure, "something you told", "things you told"),
        _on_path("impact", r.ImpactStatement, "how it hurt"),
        _on_path("attempt", r.RepairAttempt, "a repair attempt", "repair attempts"),
        _on_path("promise", r.Promise, "a promise", "promises"),
        _on_path("forgiveness", r.Forgiveness, "your forgiveness"),
        _on_path("outcome", r.OutcomeStatement, "where you stand"),
    )


@dataclass(frozen=True)
class Newcomer:
    user: User
    role: str
    joined_at: datetime
    membership_id: int


@dataclass(frozen=True)
class Row:
    """One item, as the list needs it (no text)."""

    kind: str
    pk: int
    uid: UUID
    visibility: str
    shared_since: datetime
    breach_id: int  # 0 when not on a path
    group: UUID  # its own uid, or its breach's

    def reaches(self, newcomer: Newcomer) -> bool:
        return newcomer.role in audience_roles(self.visibility) and (
            self.shared_since < newcomer.joined_at
        )


@dataclass
class Choice:
    """One thing to decide about: an item, or a path with what the viewer wrote on it."""

    key: str  # what the form sends back: "journal:<uid>", "path:<uid of the breach>"
    kind: str
    uid: UUID
    rows: list[Row]
    newcomers: tuple[Newcomer, ...]  # who would see it once shared again
    waiting_for: tuple[Newcomer, ...]  # of those, the ones not yet decided about
    title: str = ""
    words: str = ""
    when: datetime | None = None
    parts: list[str] = field(default_factory=list)  # a path: what sharing it includes
    with_whom: str = ""  # a path: who else it is about
    joins_path: User | None = None  # a path recorded alone: who would become part of it
    once: str = ""  # the form's one-time token

    @property
    def names(self) -> str:
        return names_of([n.user for n in self.newcomers])


@dataclass
class SharedBeforeJoining:
    waiting: list[Choice] = field(default_factory=list)
    kept: list[Choice] = field(default_factory=list)

    @property
    def newcomers(self) -> list[User]:
        """Those something is waiting for, in the order they joined."""
        seen: dict[int, Newcomer] = {}
        for choice in self.waiting:
            for n in choice.waiting_for:
                seen[n.user.pk] = n
        return [n.user for n in sorted(seen.values(), key=lambda n: n.joined_at)]

    @property
    def everything(self) -> list[Choice]:
        return self.waiting + self.kept


def names_of(people: list[User]) -> str:
    names = [p.name for p in people]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _newcomers(viewer: User, roles: SpaceRoles) -> list[Newcomer]:
    """Everyone else here now who can be shown something: the other partner and an
    approved professional. Only partners share (a professional's notes are their own)."""
    if not roles.is_partner(viewer):
        return []
    others = [(u, Role.PARTNER) for u in roles.partners] + [
        (u, Role.PROFESSIONAL) for u in roles.professionals
    ]
    return [
        Newcomer(u, role, roles.joined_at[u.pk], roles.memberships[u.pk].pk)
        for u, role in others
        if u.pk != viewer.pk
    ]


def _shared_before(newcomers: list[Newcomer]) -> Q:
    """Items shared with a role a newcomer holds, before they joined."""
    q = Q(pk__in=[])
    for n in newcomers:
        reaching = [v for v in Visibility if n.role in audience_roles(v)]
        q |= Q(visibility__in=reaching) & (
            Q(shared_at__lt=n.joined_at) | Q(shared_at__isnull=True, created_at__lt=n.joined_at)
        )
    return q


def _group_of(kind: Kind) -> str:
    """The uid a choice goes by: the item's own, or its path's (its breach's)."""
    if kind.breach in ("", "pk"):
        return "uid"
    return kind.breach.removesuffix("_id") + "__uid"


@cache
def _anything_shared_before_sql() -> str:
    # Built once from the table names of `kinds` (constants), never from input.
    return " UNION ALL ".join(
        f"SELECT 1 FROM (SELECT 1 FROM {kind.model._meta.db_table} "  # noqa: S608
        "WHERE space_id = %s AND author_id = %s AND visibility <> 'private' "
        "AND COALESCE(shared_at, created_at) < %s LIMIT 1) t"
        for kind in kinds()
    )


def _anything_shared_before(viewer: User, roles: SpaceRoles, newcomers: list[Newcomer]) -> bool:
    """Whether the viewer shared anything at all before the latest newcomer joined: one
    quick query that, for nearly everyone, says there is nothing to look at (the full
    question, `_rows`, costs twenty querysets)."""
    latest = connection.ops.adapt_datetimefield_value(max(n.joined_at for n in newcomers))
    params = [roles.space.pk, viewer.pk, latest] * len(kinds())
    with connection.cursor() as cursor:
        cursor.execute(_anything_shared_before_sql(), params)
        return cursor.fetchone() is not None


def _rows(viewer: User, roles: SpaceRoles, newcomers: list[Newcomer]) -> list[Row]:
    """Every item of the viewer shared before a newcomer joined, in one query."""
    reach = _shared_before(newcomers)
    parts: list[QuerySet[Any]] = []
    for kind in kinds():
        found = kind.model.objects.filter(space=roles.space, author=viewer).filter(reach)
        if kind.parent_author:
            found = found.filter(**{f"{kind.parent_author}__in": roles.partner_ids})
        if kind.only_with_words:
            found = found.exclude(**{kind.words: ""})
        parts.append(
            found.annotate(
                sa_kind=Value(kind.key, output_field=CharField()),
                sa_breach=F(kind.breach) if kind.breach else Value(0, output_field=IntField()),
                sa_group=F(_group_of(kind)),
            ).values_list(
                "pk",
                "uid",
                "visibility",
                "shared_at",
                "created_at",
                "sa_kind",
                "sa_breach",
                "sa_group",
            )
        )
    rows = [
        Row(kind, pk, uid, visibility, shared_at or created_at, breach or 0, group)
        for pk, uid, visibility, shared_at, created_at, kind, breach, group in parts[0].union(
            *parts[1:], all=True
        )
    ]
    return _current_decisions_only(viewer, rows)


def _current_decisions_only(viewer: User, rows: list[Row]) -> list[Row]:
    """Of the decisions, only the one others would see now (never an earlier answer, nor a
    row taking one back: sharing that again would say there had been one)."""
    breach_ids = {r.breach_id for r in rows if r.kind == "decision"}
    if not breach_ids:
        return rows
    from amends.repair.models import Decision
    from amends.repair.rules import shown_decision

    by_breach: dict[int, list[Decision]] = defaultdict(list)
    shared = Decision.objects.filter(author=viewer, breach_id__in=breach_ids).exclude(
        visibility=Visibility.PRIVATE
    )
    for decision in shared.defer("note"):
        by_breach[decision.breach_id].append(decision)
    offered = set()
    for ds in by_breach.values():
        current = shown_decision(ds)
        if current is not None and not current.is_withdrawal:
            offered.add(current.pk)
    return [r for r in rows if r.kind != "decision" or r.pk in offered]


def shared_before_joining(
    *, viewer: User, roles: SpaceRoles, details: bool = True
) -> SharedBeforeJoining:
    """What the viewer shared before someone now here joined, as choices: those still
    waiting for their decision, and those they chose to keep as they were (which they
    can still share). `details` adds what the page shows (titles, words, dates)."""
    newcomers = _newcomers(viewer, roles)
    if not newcomers or not _anything_shared_before(viewer, roles, newcomers):
        return SharedBeforeJoining()
    rows = _rows(viewer, roles, newcomers)
    if not rows:
        return SharedBeforeJoining()
    kept = set(
        KeptAsItWas.objects.filter(
            author=viewer, membership_id__in=[n.membership_id for n in newcomers]
        ).values_list("membership_id", "kind", "item_uid")
    )
    grouped: dict[tuple[str, UUID], list[Row]] = defaultdict(list)
    for row in rows:
        grouped[(PATH if row.breach_id else row.kind, row.group)].append(row)
    result = SharedBeforeJoining()
    for (kind, uid), members in grouped.items():
        reached = tuple(n for n in newcomers if any(r.reaches(n) for r in members))
        waiting = tuple(n for n in reached if (n.membership_id, kind, uid) not in kept)
        choice = Choice(f"{kind}:{uid}", kind, uid, members, reached, waiting)
        (result.waiting if waiting else result.kept).append(choice)
    if details:
        _describe(result.everything, viewer, roles)
    for choices in (result.waiting, result.kept):
        choices.sort(key=lambda c: (c.kind != PATH, -(c.when.timestamp() if c.when else 0)))
    return result


def newcomers_waiting(*, viewer: User, roles: SpaceRoles) -> list[User]:
    """For the calm notice on the viewer's home: who joined since the viewer shared things
    that are still waiting for their choice. Empty for nearly everyone, always for anyone
    but the author."""
    return shared_before_joining(viewer=viewer, roles=roles, details=False).newcomers


def _describe(choices: list[Choice], viewer: User, roles: SpaceRoles) -> None:
    """Titles, words and dates, read only for the viewer's own items."""
    by_key = {k.key: k for k in kinds()}
    wanted: dict[str, list[int]] = defaultdict(list)
    for choice in choices:
        for row in choice.rows:
            wanted[row.kind].append(row.pk)
    objects: dict[tuple[str, int], Any] = {}
    for kind_key, pks in wanted.items():
        kind = by_key[kind_key]
        found = kind.model.objects.filter(pk__in=pks)
        if kind.key == "breach":
            found = found.select_related("hurt_partner", "injuring_partner")
        for obj in found:
            objects[(kind_key, obj.pk)] = obj
    breach_ids = {r.breach_id for c in choices for r in c.rows if r.breach_id}
    missing = breach_ids - {pk for k, pk in objects if k == "breach"}
    breaches = {pk: obj for (k, pk), obj in objects.items() if k == "breach"}
    if missing:
        from amends.repair.models import Breach

        for b in Breach.objects.filter(pk__in=missing).select_related(
            "hurt_partner", "injuring_partner"
        ):
            breaches[b.pk] = b
    for choice in choices:
        if choice.kind == PATH:
            _describe_path(choice, breaches[choice.rows[0].breach_id], by_key, viewer, roles)
            continue
        row = choice.rows[0]
        obj = objects[(row.kind, row.pk)]
        kind = by_key[row.kind]
        choice.title = kind.title
        choice.words = _words(getattr(obj, kind.words, "")) if kind.words else ""
        choice.when = row.shared_since if row.kind == "checkins" else obj.created_at


def _describe_path(
    choice: Choice, breach: Any, by_key: dict[str, Kind], viewer: User, roles: SpaceRoles
) -> None:
    mine = breach.author_id == viewer.pk
    choice.title = f"A path: {breach.title}" if mine else f"Your part of the path: {breach.title}"
    choice.words = _words(breach.description) if mine else ""
    choice.when = breach.created_at
    counts: dict[str, int] = defaultdict(int)
    for row in choice.rows:
        counts[row.kind] += 1
    for kind in kinds():
        n = counts.get(kind.key, 0)
        if n:
            choice.parts.append(kind.title if n == 1 else f"{n} {kind.plural or kind.title}")
    sides = [breach.hurt_partner, breach.injuring_partner]
    other = next((p for p in sides if p is not None and p.pk != viewer.pk), None)
    if mine and None in sides:
        choice.with_whom = "You recorded this when you were here on your own."
        choice.joins_path = roles.partner_of(viewer)
    elif other is not None and other.pk not in roles.partner_ids:
        choice.with_whom = f"This path is about you and {other.name}, who has left this space."


def _words(text: str, limit: int = 40) -> str:
    words = text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")

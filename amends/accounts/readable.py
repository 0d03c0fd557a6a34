"""The readable copy of what a person wrote: a document they would keep, or hand to a
therapist they trust.

Parts with headings (each space, then its journal, paths, agreement, Talk, check-ins),
dates in words, and beside every piece of writing who wrote it and who could read it. It
holds everything the person wrote, private things included, and, where someone else's
words belong with theirs (an answer to their question, the hurt partner's answer to a
repair attempt, the agreement they wrote together, the other side of a conversation on a
path or in Talk), those words too, with their author's name: only what was shared with
this person, read through `amends.spaces.visibility` like every page. In a space they have
left, only their own words (which left with them).

The machine-readable copy (JSON) is `export.export_document`; this is its readable twin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db.models import Model, QuerySet
from django.utils import dateformat, timezone

from amends.accounts.models import User
from amends.spaces.models import Membership, Role, Space
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import Visibility, audience_label, visible_to

YES_NO = {True: "Yes", False: "No"}


@dataclass
class Entry:
    """One piece of writing (or one answer), with who wrote it and when."""

    who: str
    when: datetime | date | None = None
    title: str = ""
    text: str = ""
    audience: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)
    answers: list[Entry] = field(default_factory=list)

    @property
    def when_in_words(self) -> str:
        return in_words(self.when)


@dataclass
class Part:
    heading: str
    intro: str = ""
    entries: list[Entry] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.entries and all(p.is_empty for p in self.parts)


@dataclass
class SpacePart:
    name: str
    role: str
    joined: datetime
    left: datetime | None
    people: list[str]
    parts: list[Part]


@dataclass
class ReadableExport:
    name: str
    email: str
    joined: datetime
    spaces: list[SpacePart]
    # A professional's own, across the couples they work with: their secrets policy and the
    # program groups they run (`_practice`).
    practice: list[Part] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return all(all(p.is_empty for p in s.parts) for s in self.spaces) and all(
            p.is_empty for p in self.practice
        )


def in_words(when: datetime | date | None) -> str:
    """ "Tuesday 3 March 2026, 21:04", or "Tuesday 3 March 2026" for a day."""
    if when is None:
        return ""
    if isinstance(when, datetime):
        return dateformat.format(timezone.localtime(when), "l j F Y, H:i")
    return dateformat.format(when, "l j F Y")


class _Reader:
    """What one person may read in one space: everything shown to them while they are in
    it (through visibility), or only their own words in a space they have left."""

    def __init__(self, user: User, space: Space, roles: SpaceRoles | None) -> None:
        self.user = user
        self.space = space
        self.roles = roles

    def items(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.roles is not None:
            return visible_to(queryset, self.user, self.roles)
        return queryset.filter(space=self.space, author=self.user)

    def who(self, person: User | None) -> str:
        if person is None:
            return "Someone who has left"
        return "You" if person.pk == self.user.pk else person.name

    def audience(self, item: Any) -> str:
        """Who could read it, in this person's words."""
        if item.author_id != self.user.pk:
            if item.visibility == Visibility.PARTNER_AND_PROFESSIONAL:
                return "Shared with you and the professional"
            return "Shared with you"
        if self.roles is not None:
            return audience_label(item.visibility, self.user, self.roles)
        return {
            Visibility.PRIVATE: "Only you",
            Visibility.PARTNER: "You and your partner",
            Visibility.PARTNER_AND_PROFESSIONAL: "You, your partner and your professional",
        }.get(item.visibility, "")

    def entry(self, item: Any, *, title: str = "", text: str | None = None, **extra: Any) -> Entry:
        return Entry(
            who=self.who(item.author),
            when=item.created_at,
            title=title,
            text=item.text if text is None else text,
            audience=self.audience(item),
            **extra,
        )


def readable_export(*, user: User) -> ReadableExport:
    memberships = list(
        Membership.objects.filter(user=user).select_related("space").order_by("joined_at", "pk")
    )
    spaces: list[SpacePart] = []
    seen: set[int] = set()
    for membership in reversed(memberships):  # the latest membership of each space
        if membership.space_id in seen:
            continue
        seen.add(membership.space_id)
        spaces.append(_space_part(user, membership))
    spaces.reverse()
    practice = [p for p in _practice(user) if not p.is_empty]
    return ReadableExport(user.name, user.email, user.date_joined, spaces, practice)


def _practice(user: User) -> list[Part]:
    """What a professional wrote for every couple they work with: how they handle what one
    partner tells them alone, and the program groups they run (name and start; which
    couples are in a group is each couple's, in that couple's space part)."""
    from amends.professional.models import Cohort
    from amends.professional.selectors import secrets_policy

    policy = secrets_policy(professional=user)
    said = (
        [
            Entry(
                who="You",
                when=None,
                title="When one partner tells you something alone",
                text="\n\n".join(w for w in (policy.said, policy.words) if w),
                audience="Every couple you work with",
            )
        ]
        if policy.stance
        else []
    )
    groups = [
        Entry(
            who="You",
            when=c.created_at,
            title=c.name,
            audience="You, and the couples placed in it (each sees only its own place)",
            facts=[("Week 1 starts", in_words(c.starts_on))],
        )
        for c in Cohort.objects.filter(professional=user).order_by("created_at", "pk")
    ]
    return [
        Part("How you handle what one partner tells you alone", entries=said),
        Part("Program groups you run", entries=groups),
    ]


def _space_part(user: User, membership: Membership) -> SpacePart:
    space = membership.space
    roles: SpaceRoles | None = None
    people: list[str] = []
    if membership.left_at is None:
        roles = space_roles(space)
        if roles.role_of(user) is None:
            roles = None  # not approved yet (a professional): their own words only
        else:
            people = [p.name for p in roles.partners if p.pk != user.pk] + [
                f"{p.name} (professional)" for p in roles.professionals if p.pk != user.pk
            ]
    reader = _Reader(user, space, roles)
    parts = [
        _journal(reader),
        _paths(reader),
        _self_trust(reader),
        _safety(reader),
        _agreement(reader),
        _talk(reader),
        _checkins(reader),
        _homework(reader),
        _instrument(reader),
        _hard_moments(reader),
        _afterwards(reader),
        _being_open(reader),
        _accounts(reader),
        _program_group(reader),
        _own_part(reader),
        _professional_notes(reader),
    ]
    return SpacePart(
        name=space.name,
        role="professional" if membership.role == Role.PROFESSIONAL else "partner",
        joined=membership.joined_at,
        left=membership.left_at,
        people=people,
        parts=[p for p in parts if not p.is_empty],
    )


# ---------------------------------------------------------------------------- journal


def _journal(reader: _Reader) -> Part:
    from amends.journal.models import JournalEntry

    rows = reader.items(JournalEntry.objects.filter(author=reader.user).select_related("author"))
    return Part(
        "Your journal",
        entries=[reader.entry(e) for e in rows.order_by("created_at", "pk")],
    )


# ---------------------------------------------------------------------------- paths


def _paths(reader: _Reader) -> Part:
    from amends.repair.models import Breach

    breaches = Breach.objects.select_related("author", "hurt_partner", "injuring_partner")
    if reader.roles is not None:
        breaches = reader.items(breaches)
    else:
        # A space they left: the paths they wrote on (their own words only, below).
        breaches = breaches.filter(pk__in=_breaches_written_on(reader))
    breaches = breaches.order_by("created_at", "pk")
    return Part(
        "Paths",
        intro="Each hurt has its own path, with its steps in order.",
        parts=[_path(reader, b) for b in breaches],
    )


def _breaches_written_on(reader: _Reader) -> set[int]:
    from amends.repair import models as m

    found = set(
        m.Breach.objects.filter(space=reader.space, author=reader.user).values_list("pk", flat=True)
    )
    for model in (
        m.Decision,
        m.Commitment,
        m.Reflection,
        m.AccountabilityStatement,
        m.Question,
        m.Disclosure,
        m.ImpactStatement,
        m.RepairAttempt,
        m.Promise,
        m.Forgiveness,
        m.OutcomeStatement,
    ):
        found |= set(
            model.objects.filter(space=reader.space, author=reader.user).values_list(
                "breach_id", flat=True
            )
        )
    found |= set(
        m.StatementResponse.objects.filter(space=reader.space, author=reader.user).values_list(
            "statement__breach_id", flat=True
        )
    )
    found |= set(
        m.AttemptReflection.objects.filter(space=reader.space, author=reader.user).values_list(
            "attempt__breach_id", flat=True
        )
    )
    return found


def _path(reader: _Reader, breach: Any) -> Part:
    from amends.repair import models as m

    facts = [("Recorded by", reader.who(breach.recorded_by))]
    if breach.hurt_partner_id:
        facts.append(("Who was hurt", reader.who(breach.hurt_partner)))
    if breach.injuring_partner_id:
        facts.append(("Who caused the hurt", reader.who(breach.injuring_partner)))
    if breach.occurred_on:
        facts.append(("When it happened", breach.occurred_on.strftime("%-d %B %Y")))
    if breach.agreement_term:
        facts.append(("The part of our agreement it broke", breach.agreement_term))
    what = reader.entry(breach, title="What happened", text=breach.description, facts=facts)
    mine_to_read = _may_read(reader, breach)

    def step(model: type[Model], *related: str) -> QuerySet[Any]:
        return reader.items(
            model.objects.filter(breach=breach).select_related("author", *related)  # type: ignore[attr-defined]
        ).order_by("created_at", "pk")

    steps: list[Part] = []
    steps.append(
        Part(
            "The decision",
            entries=[reader.entry(d, title=d.label, text=d.note) for d in step(m.Decision)],
        )
    )
    steps.append(Part("Commitments", entries=[reader.entry(c) for c in step(m.Commitment)]))
    steps.append(
        Part(
            "Reflections",
            entries=[reader.entry(r, title=r.get_emotion_display()) for r in step(m.Reflection)],
        )
    )
    statements = []
    for s in step(m.AccountabilityStatement):
        answers = []
        response = m.StatementResponse.objects.filter(statement=s).select_related("author").first()
        if response is not None and _may_read(reader, response):
            answers.append(
                reader.entry(
                    response,
                    title="This felt complete"
                    if response.feels_complete
                    else "Something was missing",
                    text=response.missing,
                )
            )
        statements.append(reader.entry(s, title=f"Version {s.version}", answers=answers))
    steps.append(Part("Taking responsibility", entries=statements))
    questions = []
    for q in _words_here(reader, breach, step(m.Question)):
        answers = []
        answerer = breach.injuring_partner
        others_words = answerer is None or answerer.pk != reader.user.pk
        if q.answered_at and q.answer and not (others_words and reader.roles is None):
            later = " (told later, after the disclosure was said to be complete)"
            answers.append(
                Entry(
                    who=reader.who(answerer),
                    when=q.answered_at,
                    title="Answer" + (later if q.answered_after_complete else ""),
                    text=q.answer,
                    audience=reader.audience(q),
                )
            )
        title = "Question" + (" (withdrawn)" if q.withdrawn_at else "")
        questions.append(reader.entry(q, title=title, answers=answers))
    for d in step(m.Disclosure):
        title = "Told of their own accord" + (" (told later)" if d.is_later else "")
        questions.append(reader.entry(d, title=title))
    questions.sort(key=lambda e: e.when or datetime.min)
    steps.append(Part("Questions and honest answers", entries=questions))
    steps.append(
        Part(
            "How it hurt",
            entries=[
                reader.entry(i, title=f"Version {i.version}") for i in step(m.ImpactStatement)
            ],
        )
    )
    attempts = []
    for a in _words_here(reader, breach, step(m.RepairAttempt)):
        answers = []
        if a.acknowledgement and reader.roles is not None:
            answers.append(
                Entry(
                    who=reader.who(breach.hurt_partner),
                    when=a.acknowledged_at,
                    title=a.get_acknowledgement_display(),
                    text=a.acknowledgement_note,
                    audience=reader.audience(a),
                )
            )
        reflections = reader.items(
            m.AttemptReflection.objects.filter(attempt=a, author=reader.user).select_related(
                "author"
            )
        ).order_by("created_at", "pk")
        for r in reflections:
            answers.append(reader.entry(r, title="Am I refusing this to punish?"))
        attempts.append(reader.entry(a, title=a.get_kind_display(), answers=answers))
    steps.append(Part("Repair attempts", entries=attempts))
    promises = []
    for p in step(m.Promise):
        facts = [("How often", p.get_rhythm_display())]
        if p.due_on:
            facts.append(("By", p.due_on.strftime("%-d %B %Y")))
        marks = [
            Entry(
                who=reader.who(mark.by),
                when=mark.occurrence,
                title="Kept" if mark.kept else "Not kept",
            )
            for mark in p.marks.select_related("by").order_by("occurrence", "marked_at")
            if mark.by_id == reader.user.pk or reader.roles is not None
        ]
        promises.append(reader.entry(p, title="A promise", facts=facts, answers=marks))
    steps.append(Part("Promises", entries=promises))
    steps.append(
        Part(
            "Forgiveness",
            entries=[
                reader.entry(f, title="Taken back, for now" if f.taken_back else "")
                for f in step(m.Forgiveness)
            ],
        )
    )
    steps.append(
        Part(
            "Where we go from here",
            entries=[
                reader.entry(o, title=o.get_choice_display()) for o in step(m.OutcomeStatement)
            ],
        )
    )
    return Part(
        breach.title if mine_to_read else "A path you wrote on",
        entries=[what] if mine_to_read else [],
        parts=[s for s in steps if not s.is_empty],
    )


def _may_read(reader: _Reader, item: Any) -> bool:
    from amends.spaces.visibility import can_see

    if reader.roles is not None:
        return can_see(reader.user, item, reader.roles)
    return bool(item.author_id == reader.user.pk)


# ---------------------------------------------------------------------------- on your own


def _self_trust(reader: _Reader) -> Part:
    from amends.repair.models import SelfTrustEntry
    from amends.repair.selftrust import BY_KEY

    rows = reader.items(SelfTrustEntry.objects.filter(author=reader.user).select_related("author"))
    entries = []
    for e in rows.order_by("created_at", "pk"):
        exercise = BY_KEY.get(e.exercise)
        entries.append(reader.entry(e, title=exercise.title if exercise else ""))
    return Part("Trusting myself", entries=entries)


def _safety(reader: _Reader) -> Part:
    from amends.repair.forms import SafetyForm
    from amends.repair.models import SafetyCheck

    labels = {name: str(f.label) for name, f in SafetyForm.base_fields.items()}
    checks = SafetyCheck.objects.filter(space=reader.space, author=reader.user).select_related(
        "author"
    )
    entries = []
    for check in checks.order_by("created_at", "pk"):
        answers = check.answer_map
        facts = [(labels.get(q, q), YES_NO[answer]) for q, answer in answers.items()]
        entries.append(reader.entry(check, title="Your answers", text="", facts=facts))
    return Part(
        "Your private safety questions",
        intro="Only you ever saw these answers.",
        entries=entries,
    )


def _words_here(reader: _Reader, breach: Any, items: Any) -> list[Any]:
    """Answers written inside the reader's rows by a partner who has since left are shown
    as on the pages: not at all (they left with their writer)."""
    from amends.repair.selectors import words_of_those_here

    if reader.roles is None:
        return list(items)
    return words_of_those_here(items, breach=breach, roles=reader.roles)


# ---------------------------------------------------------------------------- agreement


def _agreement(reader: _Reader) -> Part:
    from amends.agreement.models import AgreementNote, Rating, Stance
    from amends.agreement.selectors import is_ours_now, version_history, version_page

    part = Part(
        "Our agreement: what counts as cheating",
        intro="Your own answers to the questions, and every version of the agreement you "
        "wrote together.",
    )
    ratings = (
        Rating.objects.filter(partner=reader.user, round__space=reader.space)
        .select_related("behaviour", "round")
        .order_by(
            "round__together_since",
            "round__number",
            "behaviour__group",
            "behaviour__position",
            "pk",
        )
    )
    by_round: dict[int, Entry] = {}
    for rating in ratings:
        entry = by_round.setdefault(
            rating.round_id,
            Entry(
                who="You",
                when=rating.round.started_at,
                title=f"Your answers, round {rating.round.number}",
                audience="Only you until you had both answered",
            ),
        )
        if rating.stance:
            entry.facts.append((rating.behaviour.wording, str(Stance(rating.stance).label)))
    if by_round:
        part.parts.append(Part("Your answers", entries=list(by_round.values())))
    if reader.roles is not None and reader.roles.is_partner(reader.user):
        versions = []
        # Every version they may see: with the partner here now, and with one who left.
        for version in reversed(version_history(viewer=reader.user, roles=reader.roles)):
            page = version_page(viewer=reader.user, roles=reader.roles, version=version)
            facts = [
                (
                    row.behaviour.wording,
                    ", ".join(
                        x for x in (row.stance_label, f"“{row.note}”" if row.note else "") if x
                    ),
                )
                for _, rows in page.groups
                for row in rows
            ]
            answers = [
                Entry(who=reader.who(s.partner), when=s.signed_at, title="Signed")
                for s in page.signers
            ] + [
                Entry(who=reader.who(n.author), when=n.created_at, title="A note", text=n.text)
                for n in page.notes
            ]
            versions.append(
                Entry(
                    who=f"Written together (started by {reader.who(version.created_by)})"
                    if version.created_by_id
                    else "Written together",
                    when=version.created_at,
                    title=f"Version {version.number}: {version.get_status_display()}",
                    text=version.summary,
                    audience="You and your partner"
                    if is_ours_now(version=version, roles=reader.roles)
                    else "You and a partner who has since left",
                    facts=facts,
                    answers=answers,
                )
            )
        part.parts.append(Part("The written agreement", entries=versions))
    else:
        own_notes = AgreementNote.objects.filter(
            author=reader.user, version__space=reader.space
        ).order_by("created_at", "pk")
        part.parts.append(
            Part(
                "Your notes on the agreement",
                entries=[
                    Entry(who="You", when=n.created_at, title="A note", text=n.text)
                    for n in own_notes
                ],
            )
        )
    return part


# ---------------------------------------------------------------------------- talk


def _talk(reader: _Reader) -> Part:
    from amends.talk.models import Conversation, Message, Reply

    messages = reader.items(Message.objects.select_related("author")).order_by("created_at", "pk")
    hurts = []
    for c in reader.items(Conversation.objects.select_related("author")).order_by(
        "created_at", "pk"
    ):
        replies = reader.items(Reply.objects.filter(conversation=c).select_related("author"))
        facts = [("How I felt", c.how_i_felt)]
        if c.what_i_need:
            facts.append(("What I need", c.what_i_need))
        facts.append(("Where it stands", c.get_state_display()))
        hurts.append(
            reader.entry(
                c,
                title="Something hurt me",
                text=c.what_happened,
                facts=facts,
                answers=[
                    reader.entry(r, title="What I heard")
                    for r in replies.order_by("created_at", "pk")
                ],
            )
        )
    return Part(
        "Talk",
        parts=[
            Part("Messages", entries=[reader.entry(m) for m in messages]),
            Part("Everyday hurts", entries=hurts),
        ],
    )


# ---------------------------------------------------------------------------- check-ins


def _checkins(reader: _Reader) -> Part:
    from amends.checkins.models import MEASURES, SCALE_MAX, CheckIn

    partner_name = reader.roles.partner_name_of(reader.user) if reader.roles else "your partner"
    rows = reader.items(CheckIn.objects.filter(author=reader.user).select_related("author"))
    entries = []
    for checkin in rows.order_by("week", "pk"):
        facts = [
            (m.label.format(partner=partner_name), _score(getattr(checkin, m.key), SCALE_MAX))
            for m in MEASURES
        ]
        entry = reader.entry(
            checkin,
            title=f"The week of {checkin.week.strftime('%-d %B %Y')}",
            text=checkin.note,
            facts=facts,
        )
        entries.append(entry)
    return Part(
        "Check-ins",
        intro="Each week's numbers go from 1 to 7. Your notes are marked with who could read "
        "them; your numbers were seen only by the people you chose to share them with.",
        entries=entries,
    )


# ---------------------------------------------------------------------------- hard moments


def _hard_moments(reader: _Reader) -> Part:
    """Your own log, your days, and what helps you (written with your partner)."""
    from amends.triggers.models import STRENGTH_MAX, AgreedResponse, HardDay, Trigger

    moments = reader.items(Trigger.objects.filter(author=reader.user).select_related("author"))
    logged = [
        reader.entry(
            t,
            title=t.kind_label,
            text=t.note,
            facts=[("How strong", _score(t.strength, STRENGTH_MAX))]
            + ([("What helped", ", ".join(t.helped_labels))] if t.helped_labels else []),
        )
        for t in moments.order_by("created_at", "pk")
    ]
    days = reader.items(HardDay.objects.filter(author=reader.user).select_related("author"))
    marked = [
        reader.entry(
            d,
            title=d.label,
            text=d.plan,
            facts=[("The day", in_words(d.day) + (", every year" if d.every_year else ""))],
        )
        for d in days.order_by("created_at", "pk")
    ]
    helps = reader.items(AgreedResponse.objects.filter(author=reader.user).select_related("author"))
    written = [
        reader.entry(
            r,
            title="What helps me, written together",
            text="",
            facts=[
                (label, value)
                for label, value in (
                    ("What helps", r.what_helps),
                    ("What to say", r.what_to_say),
                    ("What not to say", r.what_not_to_say),
                )
                if value
            ],
        )
        for r in helps.order_by("created_at", "pk")
    ]
    return Part(
        "Hard moments",
        intro="The moments you noted were only ever yours. Strength goes from 1 to 5.",
        parts=[
            Part("Moments you noted", entries=logged),
            Part("Days that may be hard", entries=marked),
            Part("What helps", entries=written),
        ],
    )


# ---------------------------------------------------------------------------- after the repair


def _afterwards(reader: _Reader) -> Part:
    """The steps after atonement: what you wrote, and what was shared with you. A closeness
    answer is yours alone, so only your own is here."""
    from amends.afterwards.models import Bid, Closeness
    from amends.afterwards.models import Part as AfterPart
    from amends.afterwards.templatetags.afterwards_words import part_words

    parts = reader.items(AfterPart.objects.select_related("author")).order_by("created_at", "pk")
    written = [
        reader.entry(p, title=p.get_kind_display(), text="", facts=part_words(p)) for p in parts
    ]
    bids = reader.items(Bid.objects.select_related("author")).order_by("created_at", "pk")
    moments = [reader.entry(b, title=b.kind_label) for b in bids]
    closeness = Closeness.objects.filter(space=reader.space, author=reader.user).select_related(
        "author"
    )
    answers = [
        reader.entry(
            c,
            title="A slow plan for being close again",
            text="",
            facts=[("Your answer", "Yes" if c.wants else "Not yet")],
        )
        for c in closeness.order_by("created_at", "pk")
    ]
    return Part(
        "After the repair",
        parts=[
            Part("What you wrote to each other", entries=written),
            Part("Turning toward", entries=moments),
            Part("Being close again", entries=answers),
        ],
    )


# ---------------------------------------------------------------------------- being open


def _being_open(reader: _Reader) -> Part:
    """Offers this person made (drafts included) and those made to them, as they may read
    them; and, theirs alone, where they said they felt pressured."""
    from amends.transparency.models import Offer, Pressure, State

    offers = reader.items(Offer.objects.select_related("author", "ended_by"))
    pressured = {
        p.offer_id: p
        for p in reader.items(Pressure.objects.filter(author=reader.user).select_related("author"))
    }
    entries = []
    for o in offers.order_by("created_at", "pk"):
        facts = [("Where it stands", o.get_state_display())]
        if o.state == State.ENDED:
            facts.append(("How it ended", f"{o.ending_label}, {in_words(o.ended_at)}"))
        else:
            facts.append(("To look at again on", in_words(o.review_on)))
        if o.renewals:
            facts.append(("Kept going at a review", str(o.renewals)))
        answers = []
        if o.pk in pressured:
            p = pressured[o.pk]
            answers.append(reader.entry(p, title="I feel pressured into this", text=p.note))
        entries.append(
            reader.entry(o, title="An offer to be open", text=o.act, facts=facts, answers=answers)
        )
    return Part(
        "Being open",
        intro="What was offered, for how long, and how it ended. Where you said you felt "
        "pressured, only you ever saw it.",
        entries=entries,
    )


# ---------------------------------------------------------------------------- my own part


def _own_part(reader: _Reader) -> Part:
    """The reflections, the days and the slips: this person's own, and what their partner
    shared with them."""
    from amends.ownpart.models import DayCheck, Reflection, RuleYes, Slip

    reflections = [
        reader.entry(r, title=r.prompt_label)
        for r in reader.items(Reflection.objects.select_related("author")).order_by(
            "created_at", "pk"
        )
    ]
    days = [
        reader.entry(
            d,
            title=f"{in_words(d.day)}: {d.how_label}",
            text=d.note,
            facts=[("What helped", ", ".join(d.helped_labels))] if d.helped_labels else [],
        )
        for d in reader.items(
            DayCheck.objects.filter(author=reader.user).select_related("author")
        ).order_by("day", "pk")
    ]
    slips = []
    for slip in reader.items(Slip.objects.select_related("author")).order_by("day", "pk"):
        if slip.told_at:
            told = "within a day" if slip.told_within_day else "later"
            facts = [("Told", f"{in_words(slip.told_at)}, {told}")]
        else:
            facts = [("Told", "Not yet")]
        slips.append(
            reader.entry(
                slip, title=f"A slip on {in_words(slip.day)}", text=slip.told_note, facts=facts
            )
        )
    rule = [
        reader.entry(y, title="A yes to the 24-hour rule", text="")
        for y in reader.items(RuleYes.objects.select_related("author")).order_by("created_at", "pk")
    ]
    return Part(
        "My own part",
        parts=[
            Part("Reflections", entries=reflections),
            Part("Each day", entries=days),
            Part("Slips", entries=slips),
            Part("The 24-hour rule", entries=rule),
        ],
    )


def _accounts(reader: _Reader) -> Part:
    """The account of each path (what was told, in parts), the choices of how much detail,
    and the no-contact message: what you wrote, and what was shared with you."""
    from amends.disclosure.models import Account, DetailChoice, NoContactMessage
    from amends.disclosure.selectors import part_rows

    parts: list[Part] = []
    accounts = reader.items(Account.objects.select_related("author", "breach"))
    choices = {c.breach_id: c for c in reader.items(DetailChoice.objects.select_related("author"))}
    for account in accounts.order_by("created_at", "pk"):
        choice = choices.get(account.breach_id)
        entries = [
            reader.entry(
                account,
                title=row.label,
                text=row.written.text,
                facts=[("Detail asked for", row.level_label)] if row.level_label else [],
            )
            for row in part_rows(account=account, choice=choice)
            if row.written is not None
        ]
        signed = [
            (label, in_words(when))
            for label, when in (
                ("Signed as complete by its writer", account.writer_signed_at),
                ("Signed as read", account.reader_signed_at),
            )
            if when
        ]
        if signed and entries:
            entries[0].facts = signed + entries[0].facts
        parts.append(Part(f"The account: {account.breach.title}", entries=entries))
    for choice in choices.values():
        levels = ", ".join(
            f"{row.label}: {row.level_label}" for row in part_rows(account=None, choice=choice)
        )
        specifics = "asked for" if choice.sexual_specifics else "left out"
        parts.append(
            Part(
                "How much detail was asked for",
                entries=[
                    reader.entry(
                        choice, title="Choices", text=f"{levels}. Sexual details: {specifics}."
                    )
                ],
            )
        )
    messages = reader.items(NoContactMessage.objects.select_related("author"))
    sent = [
        reader.entry(
            m,
            title="The no-contact message",
            facts=[("Sent", in_words(m.sent_at))] if m.sent_at else [("Sent", "Not yet")],
        )
        for m in messages.order_by("created_at", "pk")
    ]
    if sent:
        parts.append(Part("Ending contact", entries=sent))
    return Part(
        "The account",
        intro="Things told after the account was signed off are with the path, marked told later.",
        parts=parts,
    )


def _score(value: Any, top: int) -> str:
    return f"{value} of {top}" if isinstance(value, int) else "could not be read"


# ---------------------------------------------------------------------------- professional


def _professional_notes(reader: _Reader) -> Part:
    from amends.professional.models import Note

    rows = Note.objects.filter(space=reader.space, author=reader.user).select_related("author")
    return Part(
        "Your notes as their professional",
        entries=[reader.entry(n) for n in rows.order_by("created_at", "pk")],
    )


def _program_group(reader: _Reader) -> Part:
    """The program group this couple is in (or was offered), as the couple sees it: its
    name, start, week and professional; never who else is in it. Read through
    `cohort_place`, so a professional sees only a group they run."""
    from amends.professional.selectors import cohort_place

    if reader.roles is None:
        return Part("Program group")
    view = cohort_place(viewer=reader.user, roles=reader.roles)
    if view is None:
        return Part("Program group")
    return Part(
        "Program group",
        entries=[
            Entry(
                who=reader.who(view.cohort.professional),
                when=view.place.created_at,
                title=view.cohort.name,
                audience="The two of you and your professional",
                facts=[
                    ("Week 1 starts", in_words(view.cohort.starts_on)),
                    ("In the group", "Yes, you both agreed" if view.joined else "Not yet"),
                ],
            )
        ],
    )


def _homework(reader: _Reader) -> Part:
    """Homework between this person and the professional (or a partner), with the words
    written about it that they may read; in a space they left, their own words only."""
    from amends.professional.models import HomeworkNote
    from amends.professional.selectors import homework_list

    if reader.roles is None:
        own = HomeworkNote.objects.filter(space=reader.space, author=reader.user)
        return Part(
            "Between sessions",
            entries=[
                Entry(who="You", when=n.created_at, text=n.text, audience=_note_audience(reader, n))
                for n in own.select_related("shared_with").order_by("created_at", "pk")
            ],
        )
    entries = []
    for item in homework_list(viewer=reader.user, roles=reader.roles):
        h = item.homework
        done = in_words(h.done_at) if h.done_at else "Not yet"
        other = h.partner if h.set_by_id == reader.user.pk else h.set_by
        entries.append(
            Entry(
                who=reader.who(h.set_by),
                when=h.created_at,
                title=h.title,
                text=h.text,
                audience=f"You and {other.name}",
                facts=[("By", in_words(h.due) if h.due else "No day"), ("Done", done)],
                answers=[
                    Entry(
                        who=reader.who(n.author),
                        when=n.created_at,
                        text=n.text,
                        audience=_note_audience(reader, n),
                    )
                    for n in item.notes
                ],
            )
        )
    return Part("Between sessions", entries=entries)


def _instrument(reader: _Reader) -> Part:
    """Your own answers to the check-in's optional questions, with their total and who could
    see them. Only ever your own: nobody else's answers are yours to export."""
    from amends.checkins.models import InstrumentAnswer

    own = InstrumentAnswer.objects.filter(space=reader.space, author=reader.user)
    entries = [
        Entry(
            who="You",
            when=a.created_at,
            title=f"The week of {a.week.strftime('%-d %B %Y')}",
            audience=f"You and {a.shared_with.name}" if a.shared_with else "Only you",
            facts=[("Your answers, in points", str(a.answers)), ("Added up", str(a.total))],
        )
        for a in own.select_related("shared_with").order_by("week", "pk")
    ]
    return Part("How things feel between you", entries=entries)


def _note_audience(reader: _Reader, note: Any) -> str:
    if note.author_id != reader.user.pk:
        return "Shared with you"
    return f"You and {note.shared_with.name}" if note.shared_with_id else "Only you"

"""Reads for the agreement. Who may see a rating is decided here, in one place.

The rule for ratings (see `ratings_visible_to`):
  * a partner always sees their own answers;
  * a partner sees the other partner's answers for a round only once that round is
    revealed, which happens when both have answered every behaviour in the space;
  * a professional, a stranger or a former member sees no answers at all.

Before a round is revealed, nothing a partner can load depends on the other partner's
answers: not counts, not progress, not ordering, not which page they land on. Pages show
only the viewer's own answers and things both of them can see anyway (the list of
behaviours, custom behaviours either of them added, the written agreement).

The written agreement (versions, terms, signatures, notes) is shared by the two partners.
Professionals do not see it yet: the pages are partner-only (a 404 for anyone else).

Everything here belongs to the two people who made it, not to the space
(amends.spaces.visibility: `ours_now_q`, `made_together_q`). The questions, the round and
the agreement the pages work on are those of the partners here now; a partner who joins
later starts afresh, and sees nothing from before. What someone made with a partner who
has left stays readable to them (history, a version's page, the export), never changeable.
"""

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.http import Http404

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.publicid import parse_uid
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_or_404, space_roles
from amends.spaces.visibility import can_see_made_together, made_together_q, ours_now_q

from .catalogue import GROUP_KEYS, GROUP_LABELS, GROUPS
from .models import (
    AGREED_LABELS,
    AgreementNote,
    AgreementSignature,
    AgreementTerm,
    AgreementVersion,
    Behaviour,
    Rating,
    Round,
    Stance,
    VersionStatus,
)

# ---------------------------------------------------------------- access


def group_or_404(group: str) -> str:
    if group not in GROUP_KEYS:
        raise Http404("Not found.")
    return group


# ---------------------------------------------------------------- behaviours


def _order_key(b: Behaviour) -> tuple[int, int, int, int]:
    return (GROUP_KEYS.index(b.group), int(b.space_id is not None), b.position, b.pk)


def space_behaviours_q(roles: SpaceRoles) -> Q:
    """The catalogue, and the questions the partners here now added."""
    return Q(space__isnull=True) | ours_now_q(roles)


def space_behaviours(*, space: Space, roles: SpaceRoles | None = None) -> list[Behaviour]:
    """Every behaviour this couple is asked about, in questionnaire order (one query)."""
    roles = roles or space_roles(space)
    return sorted(Behaviour.objects.filter(space_behaviours_q(roles)), key=_order_key)


def behaviour_ids(*, space: Space, roles: SpaceRoles | None = None) -> set[int]:
    roles = roles or space_roles(space)
    return set(Behaviour.objects.filter(space_behaviours_q(roles)).values_list("pk", flat=True))


# ---------------------------------------------------------------- rounds and ratings


def latest_round(*, roles: SpaceRoles) -> Round | None:
    """The round the partners here now are in (or last finished), if they have one."""
    return Round.objects.filter(ours_now_q(roles)).order_by("-number").first()


def latest_revealed_round(*, roles: SpaceRoles) -> Round | None:
    return (
        Round.objects.filter(ours_now_q(roles), revealed_at__isnull=False)
        .order_by("-number")
        .first()
    )


def ratings_visible_to(*, viewer: User, roles: SpaceRoles, round: Round) -> QuerySet[Rating]:
    """The one filter for ratings. Own answers always; the partner's only after the reveal;
    nothing of a round made before the viewer was here."""
    if not can_see_made_together(viewer, round, roles):
        return Rating.objects.none()
    mine = Q(partner=viewer)
    if round.revealed_at is None:
        return Rating.objects.filter(mine, round=round)
    partners = Q(partner_id__in=roles.partner_ids)
    return Rating.objects.filter(mine | partners, round=round)


@dataclass(frozen=True)
class RoundState:
    """Where the viewer is with the questions. Built only from the viewer's own answers
    and from things both partners see (the behaviours, whether a round is revealed)."""

    number: int
    is_open: bool
    answered: int
    total: int
    revealed_round: Round | None

    @property
    def finished(self) -> bool:
        return self.is_open and self.answered >= self.total


def round_state(*, viewer: User, roles: SpaceRoles, ids: set[int] | None = None) -> RoundState:
    ids = behaviour_ids(space=roles.space, roles=roles) if ids is None else ids
    current = latest_round(roles=roles)
    revealed = latest_revealed_round(roles=roles)
    if current is None or current.revealed_at is not None:
        # No answers yet in this round, or the round is over: nothing about anyone's
        # progress to count. (A round that does not exist yet is round 1 for both.)
        return RoundState(
            number=current.number if current else 1,
            is_open=current is None,
            answered=0,
            total=len(ids),
            revealed_round=revealed,
        )
    answered = (
        ratings_visible_to(viewer=viewer, roles=roles, round=current)
        .filter(partner=viewer, behaviour_id__in=ids)
        .count()
    )
    return RoundState(
        number=current.number,
        is_open=True,
        answered=answered,
        total=len(ids),
        revealed_round=revealed,
    )


def my_answers(*, viewer: User, roles: SpaceRoles) -> dict[int, str]:
    """The viewer's own answers in the open round (empty if there is none)."""
    current = latest_round(roles=roles)
    if current is None or current.revealed_at is not None:
        return {}
    # Answers are sealed: read the rows, each opened in Python.
    return {
        r.behaviour_id: r.stance
        for r in ratings_visible_to(viewer=viewer, roles=roles, round=current).filter(
            partner=viewer
        )
    }


@dataclass(frozen=True)
class Question:
    behaviour: Behaviour
    answer: str


@dataclass(frozen=True)
class GroupPage:
    key: str
    label: str
    questions: list[Question]
    next_group: str | None
    previous_group: str | None
    answered_here: int


def questions_for(*, viewer: User, roles: SpaceRoles, group: str) -> GroupPage:
    """One group of questions with the viewer's own answers (a fixed number of queries)."""
    answers = my_answers(viewer=viewer, roles=roles)
    behaviours = sorted(
        Behaviour.objects.filter(space_behaviours_q(roles), group=group), key=_order_key
    )
    index = GROUP_KEYS.index(group)
    questions = [Question(b, answers.get(b.pk, "")) for b in behaviours]
    return GroupPage(
        key=group,
        label=GROUP_LABELS[group],
        questions=questions,
        next_group=GROUP_KEYS[index + 1] if index + 1 < len(GROUP_KEYS) else None,
        previous_group=GROUP_KEYS[index - 1] if index > 0 else None,
        answered_here=sum(1 for q in questions if q.answer),
    )


# ---------------------------------------------------------------- the reveal

MISMATCH, TALK, MATCH = "mismatch", "talk", "match"
_KIND_ORDER = {MISMATCH: 0, TALK: 1, MATCH: 2}
_SCALE = {Stance.FINE: 0, Stance.NOT_OKAY: 1, Stance.CHEATING: 2}

PROMPTS = {
    "far": "You see this very differently. Take turns: what would it mean to you if the "
    "other did this? Listen to the end before you answer. You do not have to agree today.",
    # One calls it cheating, the other does not: whether it is cheating is the whole question.
    "cheating_or_not": "One of you calls this cheating and the other does not. That is worth "
    "talking through slowly: what would it mean to each of you if the other did this? You do "
    "not have to agree today.",
    # Neither calls it cheating; one of them is not okay with it.
    "okay_or_not": "Neither of you calls this cheating, but one of you is not okay with it. "
    "What would make it feel okay, or not okay, for each of you?",
    "talk_one": "One of you would like to talk about this. The one who asked can start: what "
    "comes up for you when you think about it?",
    "talk_both": "You both want to talk about this. Start with what you are unsure about, "
    "not with what you think the other should do.",
}


@dataclass(frozen=True)
class RevealRow:
    behaviour: Behaviour
    mine: str
    theirs: str
    kind: str
    gap: int
    prompt: str

    @property
    def mine_label(self) -> str:
        return str(Stance(self.mine).label)

    @property
    def theirs_label(self) -> str:
        return str(Stance(self.theirs).label)


@dataclass(frozen=True)
class Reveal:
    round: Round
    partner: User
    rows: list[RevealRow]

    def of_kind(self, kind: str) -> list[RevealRow]:
        return [r for r in self.rows if r.kind == kind]

    @property
    def mismatches(self) -> list[RevealRow]:
        return self.of_kind(MISMATCH)

    @property
    def talks(self) -> list[RevealRow]:
        return self.of_kind(TALK)

    @property
    def matches(self) -> list[RevealRow]:
        return self.of_kind(MATCH)


def _classify(mine: str, theirs: str) -> tuple[str, int, str]:
    if Stance.TALK in (mine, theirs):
        both = mine == theirs
        return TALK, 0, PROMPTS["talk_both" if both else "talk_one"]
    if mine != theirs:
        gap = abs(_SCALE[Stance(mine)] - _SCALE[Stance(theirs)])
        if gap > 1:
            return MISMATCH, gap, PROMPTS["far"]
        if Stance.CHEATING in (mine, theirs):
            return MISMATCH, gap, PROMPTS["cheating_or_not"]
        return MISMATCH, gap, PROMPTS["okay_or_not"]
    return MATCH, 0, ""


def reveal_for(*, viewer: User, roles: SpaceRoles) -> Reveal | None:
    """Both partners' answers side by side, for the latest revealed round, or None.

    Only behaviours both answered are shown. Order: mismatches (widest gap first, then
    the ones where only one of them calls it cheating), then
    the ones either wants to talk about, then matches; within each, questionnaire order.
    """
    revealed = latest_revealed_round(roles=roles)
    partner = roles.partner_of(viewer)
    if revealed is None or partner is None or not roles.is_partner(viewer):
        return None
    mine: dict[int, str] = {}
    theirs: dict[int, str] = {}
    for rating in ratings_visible_to(viewer=viewer, roles=roles, round=revealed):
        if rating.stance:  # "" only if it could not be opened (its key retired)
            side = mine if rating.partner_id == viewer.pk else theirs
            side[rating.behaviour_id] = rating.stance
    both = mine.keys() & theirs.keys()
    behaviours = sorted(Behaviour.objects.filter(pk__in=both), key=_order_key)
    rows = []
    for b in behaviours:
        kind, gap, prompt = _classify(mine[b.pk], theirs[b.pk])
        rows.append(RevealRow(b, mine[b.pk], theirs[b.pk], kind, gap, prompt))
    position = {b.pk: i for i, b in enumerate(behaviours)}
    # Within the mismatches, whether something is cheating at all comes before how okay it is.
    rows.sort(
        key=lambda r: (
            _KIND_ORDER[r.kind],
            -r.gap,
            Stance.CHEATING not in (r.mine, r.theirs),
            position[r.behaviour.pk],
        )
    )
    return Reveal(revealed, partner, rows)


# ---------------------------------------------------------------- the written agreement


def current_signed_version(*, roles: SpaceRoles) -> AgreementVersion | None:
    """The agreement the partners here now signed together, if they have one."""
    return AgreementVersion.objects.filter(ours_now_q(roles), status=VersionStatus.SIGNED).first()


def open_version(*, roles: SpaceRoles) -> AgreementVersion | None:
    return (
        AgreementVersion.objects.filter(
            ours_now_q(roles), status__in=[VersionStatus.DRAFT, VersionStatus.PROPOSED]
        )
        .order_by("-number")
        .first()
    )


def is_ours_now(*, version: AgreementVersion, roles: SpaceRoles) -> bool:
    """Whether the partners here now made it (so can change it): an agreement made with a
    partner who has left is only read."""
    return AgreementVersion.objects.filter(ours_now_q(roles), pk=version.pk).exists()


def version_history(*, viewer: User, roles: SpaceRoles) -> list[AgreementVersion]:
    """Every version the viewer may see: the ones made with the partner here now first, then
    any made with a partner who has left, newest first."""
    return list(
        AgreementVersion.objects.filter(made_together_q(viewer, roles))
        .select_related("created_by")
        .prefetch_related("signatures__partner")
        .order_by("-together_since", "-number")
    )


def has_versions(*, viewer: User, roles: SpaceRoles) -> bool:
    return AgreementVersion.objects.filter(made_together_q(viewer, roles)).exists()


def version_or_404(*, viewer: User, roles: SpaceRoles, version_id: object) -> AgreementVersion:
    """The fetch-and-authorize helper for versions, by public id: a partner who was here
    when it was made only (anyone else, a newcomer too, gets the usual 404)."""
    partner_or_404(viewer=viewer, roles=roles)
    try:
        return AgreementVersion.objects.select_related("created_by").get(
            made_together_q(viewer, roles), uid=parse_uid(version_id)
        )
    except (AgreementVersion.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("Not found.") from None


@dataclass(frozen=True)
class TermRow:
    behaviour: Behaviour
    stance: str
    note: str
    changed: bool = False
    was: str = ""

    @property
    def stance_label(self) -> str:
        return AGREED_LABELS[Stance(self.stance)] if self.stance else ""


@dataclass(frozen=True)
class VersionPage:
    version: AgreementVersion
    groups: list[tuple[str, list[TermRow]]]
    changes: list[TermRow]
    signers: list[AgreementSignature]
    signed_by_me: bool
    notes: list[AgreementNote] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(rows for _, rows in self.groups) and not self.version.summary


def _describe(term: AgreementTerm | None) -> str:
    if term is None or (not term.stance and not term.note):
        return "nothing written"
    parts = [term.stance_label] if term.stance else []
    if term.note:
        parts.append(f"“{term.note}”")
    return ", ".join(parts)


def version_page(*, viewer: User, roles: SpaceRoles, version: AgreementVersion) -> VersionPage:
    terms = list(AgreementTerm.objects.filter(version=version).select_related("behaviour"))
    before: dict[int, AgreementTerm] = {}
    based_on_id = version.based_on_id
    if (
        based_on_id is not None
        and not AgreementVersion.objects.filter(
            made_together_q(viewer, roles), pk=based_on_id
        ).exists()
    ):
        # Based on a version made before the viewer was here (only ever in data older than
        # this rule): what it said is not theirs to read, so no "what changed".
        based_on_id = None
    if based_on_id is not None:
        before = {t.behaviour_id: t for t in AgreementTerm.objects.filter(version_id=based_on_id)}
    by_behaviour = {t.behaviour_id: t for t in terms}
    rows: list[TermRow] = []
    for term in sorted(terms, key=lambda t: _order_key(t.behaviour)):
        old = before.get(term.behaviour_id)
        changed = based_on_id is not None and (
            old is None or (old.stance, old.note) != (term.stance, term.note)
        )
        rows.append(TermRow(term.behaviour, term.stance, term.note, changed, _describe(old)))
    removed = (
        [
            TermRow(t.behaviour, "", "", True, _describe(t))
            for t in sorted(
                AgreementTerm.objects.filter(version_id=based_on_id)
                .exclude(behaviour_id__in=by_behaviour)
                .select_related("behaviour"),
                key=lambda t: _order_key(t.behaviour),
            )
        ]
        if based_on_id is not None
        else []
    )
    groups = [(label, [r for r in rows if r.behaviour.group == key]) for key, label in GROUPS]
    signers = list(
        AgreementSignature.objects.filter(version=version, partner_id__in=roles.partner_ids)
        .select_related("partner")
        .order_by("signed_at")
    )
    notes = list(
        AgreementNote.objects.filter(version=version, author_id__in=roles.partner_ids)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    return VersionPage(
        version=version,
        groups=[(label, rs) for label, rs in groups if rs],
        changes=[r for r in rows if r.changed] + removed,
        signers=signers,
        signed_by_me=any(s.partner_id == viewer.pk for s in signers),
        notes=notes,
    )


@dataclass(frozen=True)
class EditRow:
    behaviour: Behaviour
    stance: str
    note: str
    mine: str = ""
    theirs: str = ""


def edit_rows(
    *, viewer: User, roles: SpaceRoles, version: AgreementVersion
) -> list[tuple[str, list[EditRow]]]:
    """Every behaviour in the space with what this version says, and, to help them write,
    both partners' answers from the latest reveal (which both have already seen)."""
    terms = {t.behaviour_id: t for t in AgreementTerm.objects.filter(version=version)}
    reveal = reveal_for(viewer=viewer, roles=roles)
    answers = {r.behaviour.pk: r for r in reveal.rows} if reveal else {}
    rows: list[EditRow] = []
    for b in space_behaviours(space=roles.space, roles=roles):
        term = terms.get(b.pk)
        answer = answers.get(b.pk)
        rows.append(
            EditRow(
                b,
                term.stance if term else "",
                term.note if term else "",
                answer.mine_label if answer else "",
                answer.theirs_label if answer else "",
            )
        )
    return [(label, [r for r in rows if r.behaviour.group == key]) for key, label in GROUPS]


def agreement_terms_for_breach(*, space: Space) -> list[tuple[int, str]]:
    """(term id, wording) for each part of the current partners' signed agreement, in
    questionnaire order, for "which part of our agreement was broken?" on a breach.
    Empty when they have no signed agreement: a breach never needs one."""
    signed = current_signed_version(roles=space_roles(space))
    if signed is None:
        return []
    terms = AgreementTerm.objects.filter(version=signed).select_related("behaviour")
    return [(t.pk, _term_wording(t)) for t in sorted(terms, key=lambda t: _order_key(t.behaviour))]


def _term_wording(term: AgreementTerm) -> str:
    text = term.behaviour.wording
    if term.stance:
        text = f"{text}: {term.stance_label}"
    if term.note:
        text = f"{text} (“{term.note}”)"
    return text


def agreement_term_for_breach(*, space: Space, term_id: int | str) -> AgreementTerm:
    """Check a term id posted with a breach: it must be a term of a version of this space's
    agreement (the current one, or one signed before it). Refused otherwise."""
    try:
        return AgreementTerm.objects.select_related("behaviour").get(
            ours_now_q(space_roles(space), prefix="version__"),
            pk=int(term_id),
            version__status__in=[VersionStatus.SIGNED, VersionStatus.SUPERSEDED],
        )
    except (AgreementTerm.DoesNotExist, ValueError, TypeError, OverflowError):
        raise ActionRefused(
            "That part of your agreement could not be found. Please choose from the list.",
            code="not_found",
        ) from None

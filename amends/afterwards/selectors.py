"""Reads for the steps after atonement. Everything a person sees passes through visibility.

When the steps open is decided here, from the path as the viewer sees it
(`repair.selectors.path_for`, whose rules live in `repair.pathstate`; nothing here changes
them): the joint steps must be open (both partners here, both commitments, no shared "no")
and the atonement steps done as far as the viewer can see: the accountability statement
answered as complete, the impact statement written, and every repair attempt answered.

The one read of another person's private row is the closeness answer, and it says only
one thing, only to someone who said yes themselves: whether both said yes.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.urls import reverse

from amends.accounts.models import User
from amends.repair.models import Breach
from amends.repair.rules import is_hurt, is_injuring
from amends.repair.selectors import breach_or_404, path_for
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility, visible_to

from .models import Bid, Closeness, Part, PartKind, Step

# The repair path's steps that are atonement: these come first.
ATONEMENT = ("accountability", "impact", "attempts")

# Why the steps are not open yet, for this viewer ("" when open).
NOT_A_PARTNER = "not_a_partner"
ATONEMENT_FIRST = "atonement_first"

STEP_WORDS: dict[str, tuple[str, str]] = {
    Step.BETWEEN_US: (
        "What happened between us",
        "Each of you tells your side of how it was: what you felt, what was real for you, "
        "what it touched in you, your own part, and one thing you would do differently. "
        "There are two sides, and both can be true.",
    ),
    Step.VULNERABLE: (
        "What made us vulnerable",
        "What was going on between you, and in each of you, that left a gap. Understanding "
        "it helps you protect what you are rebuilding.",
    ),
    Step.COMFORT: (
        "Asking for comfort",
        "The partner who was hurt names the comfort they needed and did not get. The other "
        "answers. Being answered, at last, can ease what was left open.",
    ),
    Step.TURNING: (
        "Turning toward",
        "Small, everyday moments of reaching for each other: a question, a thank-you, a "
        "ritual that is yours. And, only if you both want it, a slow plan for closeness.",
    ),
}


@dataclass
class AfterStep:
    key: str
    title: str
    why: str
    url: str
    status: str
    waiting_on_me: bool = False


@dataclass
class Afterwards:
    breach: Breach
    my_role: str  # "hurt", "injuring" or "professional"
    closed: str  # "" when open, else a reason (`NOT_A_PARTNER`, `ATONEMENT_FIRST`, a gate)
    closed_words: str = ""
    steps: list[AfterStep] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return not self.closed


def _role(breach: Breach, viewer: User) -> str:
    if is_hurt(breach, viewer):
        return "hurt"
    if is_injuring(breach, viewer):
        return "injuring"
    return "professional"


def why_closed(*, breach: Breach, viewer: User, roles: SpaceRoles) -> tuple[str, str]:
    """(reason, words): why these steps are not open for this viewer, or ("", "")."""
    if _role(breach, viewer) == "professional" or not roles.is_partner(viewer):
        return NOT_A_PARTNER, "These steps are for the two partners. You see what they share."
    path = path_for(breach=breach, viewer=viewer, roles=roles)
    if not path.joint_open:
        step = next((s for s in path.steps if s.closed), None)
        return path.gate or "closed", step.closed_words if step else ""
    if not all((s := path.step(k)) is not None and s.done for k in ATONEMENT):
        return ATONEMENT_FIRST, (
            "These steps open once three steps of the path are done: \u201cTaking "
            "responsibility\u201d feels complete, \u201cHow it hurt\u201d is written, and the "
            "repair attempts are answered. There is no rush."
        )
    return "", ""


def afterwards_breach(*, viewer: User, roles: SpaceRoles, breach_id: object) -> Breach:
    return breach_or_404(viewer=viewer, roles=roles, breach_id=breach_id)


def parts_for(
    *, breach: Breach, viewer: User, roles: SpaceRoles, kinds: tuple[str, ...]
) -> QuerySet[Part]:
    """The parts of these kinds this viewer may see, their own first."""
    return (
        visible_to(Part.objects.filter(breach=breach, kind__in=kinds), viewer, roles)
        .select_related("author")
        .order_by("created_at", "pk")
    )


def my_part(*, breach: Breach, viewer: User, kind: str) -> Part | None:
    return Part.objects.filter(breach=breach, author=viewer, kind=kind).first()


def bids_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> QuerySet[Bid]:
    return (
        visible_to(Bid.objects.filter(breach=breach), viewer, roles)
        .select_related("author")
        .order_by("-created_at", "-pk")
    )


@dataclass(frozen=True)
class ClosenessView:
    mine: bool | None  # None: not answered
    both: bool  # both said yes (only ever True for someone who said yes)


def closeness_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> ClosenessView:
    own = Closeness.objects.filter(breach=breach, author=viewer).first()
    mine = None if own is None else bool(own.wants)
    if not mine:
        return ClosenessView(mine=mine, both=False)
    other = breach.injuring_partner_id if is_hurt(breach, viewer) else breach.hurt_partner_id
    if other is None or other not in roles.partner_ids:
        return ClosenessView(mine=True, both=False)
    theirs = Closeness.objects.filter(breach=breach, author_id=other).first()
    return ClosenessView(mine=True, both=theirs is not None and bool(theirs.wants))


def _shared(part: Part | None) -> bool:
    return part is not None and part.visibility != Visibility.PRIVATE


def afterwards_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> Afterwards:
    """The four steps as this viewer sees them: open or not, and a line of status each."""
    reason, words = why_closed(breach=breach, viewer=viewer, roles=roles)
    role = _role(breach, viewer)
    view = Afterwards(breach=breach, my_role=role, closed=reason, closed_words=words)
    seen = list(
        parts_for(
            breach=breach,
            viewer=viewer,
            roles=roles,
            kinds=tuple(PartKind.values),
        )
    )

    def theirs(kind: str) -> Part | None:
        return next((p for p in seen if p.kind == kind and p.author_id != viewer.pk), None)

    def mine(kind: str) -> Part | None:
        return next((p for p in seen if p.kind == kind and p.author_id == viewer.pk), None)

    def status(kind: str) -> str:
        if role == "professional":
            n = sum(1 for p in seen if p.kind == kind)
            return f"{n} shared with you" if n else "Nothing shared with you yet."
        own = mine(kind)
        said = "You shared yours." if _shared(own) else "Your draft is kept for you." if own else ""
        other = " Your partner shared theirs." if theirs(kind) else ""
        return (said + other).strip() or "Optional, when you are ready."

    ask, answer = theirs(PartKind.COMFORT_ASK) or mine(PartKind.COMFORT_ASK), None
    answer = theirs(PartKind.COMFORT_ANSWER) or mine(PartKind.COMFORT_ANSWER)
    if role == "professional":
        comfort = status(PartKind.COMFORT_ASK)
    elif ask is None or not _shared(ask):
        comfort = (
            "Yours, when you are ready."
            if role == "hurt"
            else "When your partner asks, it is here."
        )
    elif answer is None or not _shared(answer):
        comfort = "Asked. Waiting for an answer." if role == "hurt" else "Your partner asked."
    else:
        comfort = "Asked and answered."
    waiting_comfort = role == "injuring" and _shared(ask) and not _shared(answer) and not reason
    for key, state in (
        (Step.BETWEEN_US, status(PartKind.BETWEEN_US)),
        (Step.VULNERABLE, status(PartKind.VULNERABLE)),
        (Step.COMFORT, comfort),
        (Step.TURNING, "Small things, often. Optional, like every step here."),
    ):
        title, why = STEP_WORDS[key]
        view.steps.append(
            AfterStep(
                key=str(key),
                title=title,
                why=why,
                url=reverse(f"afterwards_{key}", args=[breach.space.uid, breach.uid]),
                status=state,
                waiting_on_me=key == Step.COMFORT and waiting_comfort,
            )
        )
    return view


def comfort_waiting_on_me(
    *, viewer: User, roles: SpaceRoles, breaches: list[Breach]
) -> list[Breach]:
    """The breaches, among these (ones the viewer may see), where the hurt partner's ask for
    comfort is shared with this viewer and waits for their answer, as the steps page says
    ("Your partner asked."). One query when nothing is asked; a draft ask or a private
    one reads exactly as none."""
    mine = [
        b for b in breaches if is_injuring(b, viewer) and b.hurt_partner_id in roles.partner_ids
    ]
    if not mine or not roles.is_partner(viewer):
        return []
    seen = list(
        visible_to(
            Part.objects.filter(
                breach_id__in=[b.pk for b in mine],
                kind__in=(PartKind.COMFORT_ASK, PartKind.COMFORT_ANSWER),
            ),
            viewer,
            roles,
        )
    )
    waiting = []
    for breach in mine:
        asked = any(
            p.breach_id == breach.pk
            and p.kind == PartKind.COMFORT_ASK
            and p.author_id == breach.hurt_partner_id
            and _shared(p)
            for p in seen
        )
        answered = any(
            p.breach_id == breach.pk
            and p.kind == PartKind.COMFORT_ANSWER
            and p.author_id == viewer.pk
            and _shared(p)
            for p in seen
        )
        # The steps may have closed since (a shared "no"): then nothing is asked of them.
        if asked and not answered and not why_closed(breach=breach, viewer=viewer, roles=roles)[0]:
            waiting.append(breach)
    return waiting

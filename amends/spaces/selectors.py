"""Reads about spaces and who is in them."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import F, Model, QuerySet, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.publicid import parse_uid, uid_or_none

from .models import Invite, Membership, MemberVersion, ProfessionalApproval, Role, Space


@dataclass(frozen=True)
class SpaceRoles:
    """Who is in a space right now, computed once per request.

    A professional counts only while every current partner has approved their access (a
    yes given after the professional joined, with their secrets policy in front of the
    partner), so nobody is watched by someone they did not agree to knowing how they work.
    """

    space: Space
    partners: tuple[User, ...]
    professionals: tuple[User, ...]
    unapproved_professionals: tuple[User, ...] = field(default=())
    # Per current member (by user id): when they joined, and their membership with the
    # versions of what they may see (see versioning).
    joined_at: dict[int, datetime] = field(default_factory=dict)
    memberships: dict[int, Membership] = field(default_factory=dict)

    def joined(self, user: User) -> datetime:
        """When this person joined the space (its creation, for someone no longer in it)."""
        return self.joined_at.get(user.pk, self.space.created_at)

    def role_of(self, user: User) -> str | None:
        if any(p.pk == user.pk for p in self.partners):
            return Role.PARTNER
        if any(p.pk == user.pk for p in self.professionals):
            return Role.PROFESSIONAL
        return None

    def is_partner(self, user: User) -> bool:
        return self.role_of(user) == Role.PARTNER

    def is_professional(self, user: User) -> bool:
        return self.role_of(user) == Role.PROFESSIONAL

    def partner_of(self, user: User) -> User | None:
        others = [p for p in self.partners if p.pk != user.pk]
        return others[0] if others else None

    def partner_name_of(self, user: User) -> str:
        """The other partner's name as `user`'s pages say it; "your partner" while there is
        none."""
        partner = self.partner_of(user)
        return partner.name if partner else "your partner"

    @property
    def partner_ids(self) -> set[int]:
        return {p.pk for p in self.partners}

    @property
    def is_full(self) -> bool:
        return len(self.partners) >= 2

    def seen_by(self, user: User) -> MemberVersion | None:
        """The versions of what this person may see here (None if the database has none)."""
        membership = self.memberships.get(user.pk)
        try:
            return membership.seen if membership else None
        except MemberVersion.DoesNotExist:
            return None


def _current_memberships() -> QuerySet[Membership]:
    return (
        Membership.objects.filter(left_at__isnull=True)
        .select_related("user", "seen")
        .order_by("joined_at", "pk")
    )


def space_roles(space: Space) -> SpaceRoles:
    return _roles_from(space, list(_current_memberships().filter(space=space)))


def space_roles_for_partner(space: Space, *, by: User, refusal: str) -> SpaceRoles:
    """The space's roles, for a service only the partners use: anyone else is refused with
    `refusal` (the words of the app that asks)."""
    roles = space_roles(space)
    if not roles.is_partner(by):
        raise ActionRefused(refusal, code="forbidden")
    return roles


def _roles_from(space: Space, memberships: list[Membership]) -> SpaceRoles:
    return roles_of_spaces([space], memberships)[space.pk]


def roles_of_spaces(
    spaces: list[Space], memberships: list[Membership] | None = None
) -> dict[int, SpaceRoles]:
    """Who is in each of these spaces now, by space id: the current memberships of all of
    them in one query (unless given) and approvals in one more, whatever their number."""
    if memberships is None:
        memberships = list(_current_memberships().filter(space__in=[s.pk for s in spaces]))
    by_space: dict[int, list[Membership]] = {s.pk: [] for s in spaces}
    for m in memberships:
        by_space[m.space_id].append(m)
    # Approvals are read only where there is a professional to approve (most couples have
    # none): one query fewer on every page for them.
    approvers: dict[int, set[int]] = {}
    invites = [m.invite_id for m in memberships if m.role == Role.PROFESSIONAL and m.invite_id]
    if invites:
        for invite_id, partner_id in ProfessionalApproval.objects.filter(
            invite_id__in=invites, access_given_at__isnull=False
        ).values_list("invite_id", "partner_id"):
            approvers.setdefault(invite_id, set()).add(partner_id)
    found = {}
    for space in spaces:
        members = by_space[space.pk]
        partners = tuple(m.user for m in members if m.role == Role.PARTNER)
        partner_ids = {p.pk for p in partners}
        approved: list[User] = []
        unapproved: list[User] = []
        for m in members:
            if m.role != Role.PROFESSIONAL:
                continue
            given = approvers.get(m.invite_id, set()) if m.invite_id else set()
            # With no partner left there is nobody to approve: access ends with the space.
            (approved if partner_ids and partner_ids <= given else unapproved).append(m.user)
        found[space.pk] = SpaceRoles(
            space,
            partners,
            tuple(approved),
            tuple(unapproved),
            joined_at={m.user_id: m.joined_at for m in members},
            memberships={m.user_id: m for m in members},
        )
    return found


def space_for_member_or_404(*, user: User, space_id: object) -> tuple[Space, SpaceRoles]:
    """The fetch-and-authorize helper for spaces, by public id (`Space.uid`): non-members,
    unknown and malformed ids get the same 404 as nobody. Read afresh on every request
    (nothing kept ever decides who is in a space), the space with its members in one query."""
    try:
        uid = parse_uid(space_id)
    except (ValueError, TypeError, OverflowError):
        raise Http404("No such space.") from None
    memberships = list(_current_memberships().filter(space__uid=uid).select_related("space"))
    if not any(m.user_id == user.pk for m in memberships):
        raise Http404("No such space.")
    space = memberships[0].space
    for m in memberships:
        m.space = space  # one object for the space, as the page and its roles share it
    roles = _roles_from(space, memberships)
    if roles.role_of(user) is None:
        raise Http404("No such space.")
    return space, roles


def partner_or_404(*, viewer: User, roles: SpaceRoles) -> None:
    """For pages and calls that belong to the two partners (the agreement, check-ins and
    progress, hard moments, being open, the own part): anyone else, a professional
    included, gets the usual 404."""
    if not roles.is_partner(viewer):
        raise Http404("Not found.")


def current_path_version(*, viewer: User, roles: SpaceRoles) -> int | None:
    """What this person's repair path overviews can show, as a number read afresh (the
    roles may predate a change made earlier in the same request); None when it cannot be
    known, and nothing should be kept."""
    return current_path_versions(viewer=viewer, roles_list=[roles])[roles.space.pk]


def current_path_versions(
    *, viewer: User, roles_list: Sequence[SpaceRoles]
) -> dict[int, int | None]:
    """`current_path_version` in several spaces, by space id, in one query."""
    memberships = {
        r.memberships[viewer.pk].pk: r.space.pk for r in roles_list if viewer.pk in r.memberships
    }
    found: dict[int, int | None] = {r.space.pk: None for r in roles_list}
    if memberships:
        for membership_id, version in MemberVersion.objects.filter(
            membership_id__in=list(memberships)
        ).values_list("membership_id", "path_version"):
            found[memberships[membership_id]] = version
    return found


def spaces_of(*, user: User) -> QuerySet[Space]:
    return Space.objects.filter(memberships__user=user, memberships__left_at__isnull=True).order_by(
        "created_at"
    )


def open_professional_invites(*, space: Space) -> QuerySet[Invite]:
    return (
        Invite.objects.filter(
            space=space, role=Role.PROFESSIONAL, accepted_at__isnull=True, revoked_at__isnull=True
        )
        .prefetch_related("approvals")
        .order_by("created_at")
    )


def open_partner_invite(*, space: Space) -> Invite | None:
    return (
        Invite.objects.filter(
            space=space, role=Role.PARTNER, accepted_at__isnull=True, revoked_at__isnull=True
        )
        .order_by("-created_at")
        .first()
    )


def space_joined_through(*, token: str, user: User) -> Space | None:
    """The space this person joined through this link and is still in, or None. Opening or
    pressing Join on a link one has already used takes them in, instead of an error."""
    from .invites import token_hash

    invite = (
        Invite.objects.select_related("space")
        .filter(token_hash=token_hash(token), accepted_by=user, accepted_at__isnull=False)
        .first()
    )
    if invite is None:
        return None
    joined = Membership.objects.filter(
        space=invite.space, user=user, invite=invite, left_at__isnull=True
    ).exists()
    return invite.space if joined else None


def invite_in_space(*, space: Space, invite_id: object, role: str | None = None) -> Invite:
    """An invitation of this space by public id, or a refusal (invites carry no written text, so
    the caller's membership of the space is the whole check)."""
    from amends.core.errors import ActionRefused

    uid = uid_or_none(invite_id)
    found = Invite.objects.filter(space=space, uid=uid) if uid else Invite.objects.none()
    if role is not None:
        found = found.filter(role=role)
    invite = found.first()
    if invite is None:
        raise ActionRefused("That invitation no longer exists.", code="not_found")
    return invite


@dataclass(frozen=True)
class WaitingProfessional:
    """A professional in the space whom not every partner has approved yet."""

    user: User
    invite: Invite | None
    i_approved: bool


def professionals_waiting(*, viewer: User, roles: SpaceRoles) -> list[WaitingProfessional]:
    """The professionals waiting for approval of their access, each with whether this
    partner has given theirs (a yes to inviting them, given before they joined, is not it)."""
    waiting = []
    for pro in roles.unapproved_professionals:
        membership = roles.memberships.get(pro.pk)
        invite = membership.invite if membership else None
        approvers = (
            {a.partner_id for a in invite.approvals.all() if a.access_given_at is not None}
            if invite
            else set()
        )
        waiting.append(WaitingProfessional(pro, invite, viewer.pk in approvers))
    return waiting


def link_problem(invite: Invite | None, *, is_full: bool = False) -> tuple[str, str] | None:
    """Why an invitation link cannot be used by anyone now, as (message, code), or None.
    The join page says it as soon as the link is opened, before anyone signs up; joining
    checks it again (`services.invite_accept`)."""
    if invite is None or invite.revoked_at is not None:
        return (
            "This invitation link does not work any more: a newer link may have replaced "
            "it, or it was cancelled. Ask the person who invited you for a new one.",
            "invalid",
        )
    if invite.accepted_at is not None:
        return ("This invitation has already been used. Ask for a new link.", "used")
    if invite.expires_at is None or invite.expires_at <= timezone.now():
        return ("This invitation has expired (links last 7 days). Ask for a new one.", "expired")
    if invite.role == Role.PARTNER and is_full:
        return ("This space already has two partners.", "full")
    return None


def invite_by_token(*, token: str) -> Invite | None:
    from .invites import token_hash

    return (
        Invite.objects.select_related("space").filter(token_hash=token_hash(token)).first()
        if token
        else None
    )


def partner_left(*, viewer: User, roles: SpaceRoles) -> bool:
    """Whether a partner left this space while the viewer was in it, and nobody has taken
    their place: the viewer is told so, without details (nothing says why, or how)."""
    left = roles.space.partner_left_at
    joined = roles.joined_at.get(viewer.pk)
    return (
        roles.is_partner(viewer)
        and roles.partner_of(viewer) is None
        and left is not None
        and joined is not None
        and left >= joined
    )


@dataclass(frozen=True)
class Approvers:
    """Who approved inviting a professional, and (once they joined) who said yes to their
    access: only current partners count."""

    approved: list[User]
    everyone: bool  # every current partner has approved
    access: list[User] = field(default_factory=list)


def with_approvers[T: Invite](invites: list[T], *, roles: SpaceRoles) -> list[T]:
    """Invitations with `approvers` (above); `approvals` should be prefetched."""
    for invite in invites:
        ids = (
            {a.partner_id for a in invite.approvals.all()}
            if invite.role == Role.PROFESSIONAL
            else set()
        )
        access = (
            {a.partner_id for a in invite.approvals.all() if a.access_given_at is not None}
            if invite.role == Role.PROFESSIONAL
            else set()
        )
        invite.approvers = Approvers(  # type: ignore[attr-defined]
            approved=[p for p in roles.partners if p.pk in ids],
            everyone=invite.role == Role.PROFESSIONAL and roles.partner_ids <= ids,
            access=[p for p in roles.partners if p.pk in access],
        )
    return invites


def newest_in_each_space[M: Model](rows: QuerySet[M], *, most: int) -> QuerySet[Any, M]:
    """At most `most` of `rows` in each space, the newest, newest first: one query, whatever
    the number of spaces (a window numbers the rows of each space apart)."""
    return (
        rows.annotate(
            newest=Window(
                RowNumber(),
                partition_by=[F("space_id")],
                order_by=[F("created_at").desc(), F("pk").desc()],
            )
        )
        .filter(newest__lte=most)
        .order_by("-created_at", "-pk")
    )

"""Writes about spaces, memberships and invites. Each is one transaction."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from amends.accounts import audit
from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import NAME_MAX

from .invites import new_token, token_hash
from .models import Invite, KeptAsItWas, Membership, ProfessionalApproval, Role, Space
from .selectors import SpaceRoles, link_problem, space_roles

if TYPE_CHECKING:
    from .shareagain import Choice


@dataclass(frozen=True)
class InviteLink:
    invite: Invite
    token: str


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ActionRefused("Please give your space a name. Anything you like.", code="invalid")
    if len(name) > NAME_MAX:
        raise ActionRefused(f"Please keep the name under {NAME_MAX} characters.", code="invalid")
    return name


def space_create(*, by: User, name: str) -> Space:
    name = _clean_name(name)
    with transaction.atomic():
        space = Space.objects.create(name=name, created_by=by)
        Membership.objects.create(space=space, user=by, role=Role.PARTNER)
    return space


def space_rename(*, space: Space, by: User, name: str) -> Space:
    if not space_roles(space).is_partner(by):
        raise ActionRefused("Only the partners in a space can rename it.", code="forbidden")
    space.name = _clean_name(name)
    space.save(update_fields=["name"])
    return space


def partner_invite_create(*, space: Space, by: User) -> InviteLink:
    """A fresh link for the partner. Making a new one cancels the previous one."""
    with transaction.atomic():
        Space.objects.select_for_update().get(pk=space.pk)
        roles = space_roles(space)
        if not roles.is_partner(by):
            raise ActionRefused("Only a partner in this space can invite.", code="forbidden")
        if roles.is_full:
            raise ActionRefused("This space already has two partners.", code="conflict")
        now = timezone.now()
        Invite.objects.filter(
            space=space, role=Role.PARTNER, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=now)
        token, hashed = new_token()
        invite = Invite.objects.create(
            space=space,
            role=Role.PARTNER,
            created_by=by,
            token_hash=hashed,
            link_created_at=now,
            expires_at=now + timedelta(days=settings.AMENDS_INVITE_DAYS),
        )
        audit.record("invite_created", user=by, space_id=space.pk)
    return InviteLink(invite, token)


def invite_revoke(*, invite: Invite, by: User) -> None:
    with transaction.atomic():
        roles = space_roles(invite.space)
        if not roles.is_partner(by):
            raise ActionRefused("Only a partner in this space can cancel an invitation.")
        updated = Invite.objects.filter(
            pk=invite.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if not updated:
            raise ActionRefused("This invitation was already used or cancelled.", code="conflict")
        audit.record("invite_revoked", user=by, space_id=invite.space_id)


def professional_invite_propose(*, space: Space, by: User) -> Invite:
    """A partner proposes inviting a professional; it counts as their approval."""
    with transaction.atomic():
        Space.objects.select_for_update().get(pk=space.pk)
        roles = space_roles(space)
        if not roles.is_partner(by):
            raise ActionRefused("Only a partner can propose a professional.", code="forbidden")
        if roles.professionals or roles.unapproved_professionals:
            raise ActionRefused("This space already has a professional.", code="conflict")
        existing = Invite.objects.filter(
            space=space, role=Role.PROFESSIONAL, accepted_at__isnull=True, revoked_at__isnull=True
        ).first()
        if existing:
            raise ActionRefused("There is already a proposal waiting.", code="conflict")
        invite = Invite.objects.create(space=space, role=Role.PROFESSIONAL, created_by=by)
        ProfessionalApproval.objects.create(invite=invite, partner=by)
        audit.record("professional_proposed", user=by, space_id=space.pk)
    return invite


def professional_approve(*, invite: Invite, by: User) -> None:
    """A partner's yes. Before the professional joined, it is a yes to inviting them; once
    they joined (the partner has read how they handle what one partner tells them alone,
    shown wherever the partner agrees), it is a yes to their access: they see anything only
    when every current partner has given that one (selectors.roles_of_spaces)."""
    with transaction.atomic():
        invite = Invite.objects.select_for_update().select_related("space").get(pk=invite.pk)
        roles = space_roles(invite.space)
        if not roles.is_partner(by) or invite.role != Role.PROFESSIONAL:
            raise ActionRefused("Only a partner can approve a professional.", code="forbidden")
        if invite.revoked_at is not None:
            raise ActionRefused("This proposal was withdrawn.", code="conflict")
        if invite.accepted_at is None:
            ProfessionalApproval.objects.get_or_create(invite=invite, partner=by)
            audit.record("professional_approved", user=by, space_id=invite.space_id)
            return
        joined = any(
            m.invite_id == invite.pk and m.role == Role.PROFESSIONAL
            for m in roles.memberships.values()
        )
        if not joined:
            raise ActionRefused("This professional is no longer in this space.", code="conflict")
        approval, _ = ProfessionalApproval.objects.get_or_create(invite=invite, partner=by)
        if approval.access_given_at is None:
            approval.access_given_at = timezone.now()
            approval.save(update_fields=["access_given_at"])
        audit.record("professional_approved", user=by, space_id=invite.space_id)


def professional_link_create(*, invite: Invite, by: User) -> InviteLink:
    """Once every partner has approved, either can make the link for the professional."""
    with transaction.atomic():
        invite = Invite.objects.select_for_update().get(pk=invite.pk)
        roles = space_roles(invite.space)
        if not roles.is_partner(by):
            raise ActionRefused("Only a partner can do this.", code="forbidden")
        if not invite.is_open:
            raise ActionRefused("This invitation was already used or withdrawn.", code="conflict")
        _require_all_partners_approved(invite, roles)
        token, hashed = new_token()
        now = timezone.now()
        invite.token_hash = hashed
        invite.link_created_at = now
        invite.expires_at = now + timedelta(days=settings.AMENDS_INVITE_DAYS)
        invite.save(update_fields=["token_hash", "link_created_at", "expires_at"])
    return InviteLink(invite, token)


def _require_all_partners_approved(invite: Invite, roles: SpaceRoles) -> None:
    """Every current partner's yes to inviting: to make the link, and to join through it.
    Their yes to the professional's access comes after, once the professional joined."""
    approvers = set(invite.approvals.values_list("partner_id", flat=True))
    if not roles.partner_ids <= approvers:
        raise ActionRefused(
            "A professional can join only when both partners have agreed.", code="conflict"
        )


def professional_remove(*, space: Space, by: User) -> int:
    """Either partner can end the professional's access at any time, without a reason."""
    with transaction.atomic():
        roles = space_roles(space)
        if not roles.is_partner(by):
            raise ActionRefused("Only a partner can do this.", code="forbidden")
        now = timezone.now()
        Invite.objects.filter(
            space=space, role=Role.PROFESSIONAL, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=now)
        audit.record("professional_removed", user=by, space_id=space.pk)
        return Membership.objects.filter(
            space=space, role=Role.PROFESSIONAL, left_at__isnull=True
        ).update(left_at=now)


def invite_accept(*, token: str, by: User) -> Membership:
    """Join a space through a link. Single use: the first person to accept wins."""
    with transaction.atomic():
        invite = (
            Invite.objects.select_for_update()
            .select_related("space")
            .filter(token_hash=token_hash(token))
            .first()
        )
        problem = link_problem(invite)
        if problem is not None or invite is None:
            raise ActionRefused(*(problem or ("", "invalid")))
        space = Space.objects.select_for_update().get(pk=invite.space_id)
        roles = space_roles(space)
        if roles.role_of(by) is not None or by in roles.unapproved_professionals:
            raise ActionRefused("You are already in this space.", code="conflict")
        problem = link_problem(invite, is_full=roles.is_full)
        if problem is not None:
            raise ActionRefused(*problem)
        if invite.role == Role.PROFESSIONAL:
            _require_all_partners_approved(invite, roles)
        invite.accepted_at = timezone.now()
        invite.accepted_by = by
        invite.save(update_fields=["accepted_at", "accepted_by"])
        audit.record("invite_accepted", user=by, space_id=space.pk)
        # What the others shared before now is not shared with the newcomer: each of them
        # chooses, privately, what to share again (see shareagain). Paths recorded alone
        # included: the newcomer becomes part of one only if its author shares it.
        joined = Membership.objects.create(space=space, user=by, role=invite.role, invite=invite)
        if invite.role == Role.PARTNER:
            # The agreement is made by two people: what the partner already here began
            # alone (answers nobody has seen yet, their own questions) becomes the two of
            # theirs; what they made with an earlier partner does not (agreement.services).
            from amends.agreement.services import agreement_open_to_newcomer

            agreement_open_to_newcomer(space=space)
            _trump_tallies_refresh(space)
        return joined


def space_leave(*, space: Space, by: User) -> None:
    """Leave a space. Your words leave with you; the other member's stay theirs."""
    with transaction.atomic():
        now = timezone.now()
        was_partner = Membership.objects.filter(
            space=space, user=by, left_at__isnull=True, role=Role.PARTNER
        ).exists()
        updated = Membership.objects.filter(space=space, user=by, left_at__isnull=True).update(
            left_at=now
        )
        if not updated:
            raise ActionRefused("You are not in this space.", code="not_found")
        if was_partner:
            spaces_mark_partner_left(space_ids=[space.pk], at=now)
        Invite.objects.filter(
            space=space, created_by=by, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        professional_access_end_if_alone(space=space)
        audit.record("space_left", user=by, space_id=space.pk)
        _trump_tallies_refresh(space)


def _trump_tallies_refresh(space: Space) -> None:
    """Who sees which message, or which hurt is forgiven for whom, changed: each partner's
    count of trump cards follows (amends.checkins.services.trump_tally_refresh)."""
    from amends.checkins.services import trump_tally_refresh

    trump_tally_refresh(space=space)


def spaces_mark_partner_left(*, space_ids: Sequence[int], at: datetime) -> None:
    """A partner left these spaces (or deleted their account): the one who stays sees a calm
    note saying so (`selectors.partner_left`), with no details."""
    Space.objects.filter(pk__in=space_ids).update(partner_left_at=at)


def professional_access_end_if_alone(*, space: Space) -> None:
    """A professional is there for a couple; when no partner remains, their access ends."""
    if not Membership.objects.filter(space=space, role=Role.PARTNER, left_at__isnull=True).exists():
        Membership.objects.filter(space=space, role=Role.PROFESSIONAL, left_at__isnull=True).update(
            left_at=timezone.now()
        )


# Sharing again with someone who joined (see shareagain) -------------------------------------


def _choices_for(
    *, space: Space, author: User, items: Sequence[str] | Literal["all"]
) -> tuple[SpaceRoles, list["Choice"]]:
    """The author's choices named in `items` ("all": every one still waiting), read afresh
    in the caller's transaction. A key that is not (or no longer) theirs is refused."""
    from .shareagain import shared_before_joining

    Space.objects.select_for_update().get(pk=space.pk)
    roles = space_roles(space)
    if not roles.is_partner(author):
        raise ActionRefused("Only a partner in this space can do this.", code="forbidden")
    found = shared_before_joining(viewer=author, roles=roles, details=False)
    if items == "all":
        return roles, found.waiting
    by_key = {c.key: c for c in found.everything}
    keys = list(dict.fromkeys(items))
    if not keys or any(k not in by_key for k in keys):
        raise ActionRefused(
            "That is no longer waiting for your choice. Please look at the list again.",
            code="not_found",
        )
    return roles, [by_key[k] for k in keys]


def items_share_again(
    *, space: Space, by: User, items: Sequence[str] | Literal["all"]
) -> list["Choice"]:
    """Share again, with the people in the space today, what the author had shared before
    someone joined: the items named (keys from `shareagain`), or every one still waiting.
    A path recorded alone makes the other partner part of it. All or nothing."""
    from .shareagain import kinds
    from .visibility import share_again

    with transaction.atomic():
        roles, choices = _choices_for(space=space, author=by, items=items)
        models = {k.key: k.model for k in kinds()}
        partner = roles.partner_of(by)
        pks: dict[str, list[int]] = {}
        for choice in choices:
            for row in choice.rows:
                pks.setdefault(row.kind, []).append(row.pk)
        for kind, ids in pks.items():
            model = models[kind]
            found = list(model.objects.filter(pk__in=ids, author=by).select_for_update())
            fields: set[str] = set()
            for obj in found:
                fields.update(share_again(obj))
                if kind == "breach" and partner is not None:
                    fields.update(_join_path_recorded_alone(obj, partner))
            model.objects.bulk_update(found, sorted(fields))
        if choices:
            audit.record("sharing_changed", user=by, space_id=space.pk)
            _trump_tallies_refresh(space)
        return choices


def _join_path_recorded_alone(breach: object, partner: User) -> list[str]:
    """A path recorded alone gets its other partner: the one it is now shared with."""
    if partner.pk in (breach.hurt_partner_id, breach.injuring_partner_id):  # type: ignore[attr-defined]
        return []
    if breach.hurt_partner_id is None:  # type: ignore[attr-defined]
        breach.hurt_partner = partner  # type: ignore[attr-defined]
        return ["hurt_partner"]
    if breach.injuring_partner_id is None:  # type: ignore[attr-defined]
        breach.injuring_partner = partner  # type: ignore[attr-defined]
        return ["injuring_partner"]
    return []


def items_keep(*, space: Space, by: User, items: Sequence[str] | Literal["all"]) -> list["Choice"]:
    """Keep as they are what the author had shared before someone joined: the newcomer
    still cannot see them, and they leave the list of things waiting. Only the author
    ever sees this choice; it can be changed by sharing later."""
    with transaction.atomic():
        _, choices = _choices_for(space=space, author=by, items=items)
        KeptAsItWas.objects.bulk_create(
            [
                KeptAsItWas(membership_id=n.membership_id, author=by, kind=c.kind, item_uid=c.uid)
                for c in choices
                for n in c.waiting_for
            ],
            ignore_conflicts=True,
        )
        return choices

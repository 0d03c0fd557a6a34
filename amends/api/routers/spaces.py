"""Spaces, who is in them, invitations and leaving. Writes are amends.spaces.services."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.spaces import services
from amends.spaces.models import Invite
from amends.spaces.selectors import (
    SpaceRoles,
    invite_in_space,
    open_partner_invite,
    open_professional_invites,
    professionals_waiting,
    space_for_member_or_404,
    spaces_of,
    with_approvers,
)

from ..auth import caller
from ..common import ERRORS, member_space
from ..idempotency import IdempotencyKey, once
from ..pagination import Page
from ..schemas import ItemId, Person, SpaceId
from ..schemas.spaces import (
    AcceptIn,
    InviteLinkOut,
    InviteOut,
    InvitesOut,
    MembershipOut,
    SpaceIn,
    SpaceOut,
    SpaceSummary,
)

router = Router()


def _approved(invite: Invite, roles: SpaceRoles) -> Invite:
    return with_approvers([invite], roles=roles)[0]


@router.get("/spaces", response={200: list[SpaceSummary], **ERRORS}, operation_id="space_list")
@paginate(Page)
def list_spaces(request: HttpRequest) -> Any:
    """The spaces you are in."""
    return spaces_of(user=caller(request))


@router.post("/spaces", response={201: SpaceOut, **ERRORS}, operation_id="space_create")
def create_space(
    request: HttpRequest, payload: SpaceIn, idempotency_key: IdempotencyKey = None
) -> Status[Any]:
    """Start a space; you are its first partner."""
    me = caller(request)
    space = once(request, idempotency_key, services.space_create, by=me, **payload.dict())
    return Status(201, space_for_member_or_404(user=me, space_id=space.uid)[1])


@router.get("/spaces/{space_id}", response={200: SpaceOut, **ERRORS}, operation_id="space_get")
def get_space(request: HttpRequest, space_id: SpaceId) -> SpaceRoles:
    return member_space(request, space_id)[2]


@router.patch("/spaces/{space_id}", response={200: SpaceOut, **ERRORS}, operation_id="space_rename")
def rename_space(request: HttpRequest, space_id: SpaceId, payload: SpaceIn) -> SpaceRoles:
    me, space, roles = member_space(request, space_id)
    services.space_rename(space=space, by=me, **payload.dict())
    return roles  # whose space is the one renamed


@router.post("/spaces/{space_id}/leave", response={204: None, **ERRORS}, operation_id="space_leave")
def leave_space(request: HttpRequest, space_id: SpaceId) -> Status[None]:
    """Leave the space. What you wrote leaves with you; nothing of the other's is deleted."""
    me, space, _ = member_space(request, space_id)
    services.space_leave(space=space, by=me)
    return Status(204, None)


@router.get(
    "/spaces/{space_id}/invites", response={200: InvitesOut, **ERRORS}, operation_id="invite_list"
)
def list_invites(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Open invitations (partners only; others see none)."""
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        return {"partner_invite": None, "professional_proposals": [], "professionals_waiting": []}
    partner_invite = open_partner_invite(space=space)
    return {
        "partner_invite": _approved(partner_invite, roles) if partner_invite else None,
        "professional_proposals": with_approvers(
            list(open_professional_invites(space=space)), roles=roles
        ),
        "professionals_waiting": _professionals_waiting(me, roles),
    }


def _professionals_waiting(me: User, roles: SpaceRoles) -> list[dict[str, Any]]:
    """Who joined and waits for each partner's yes to their access, with their policy."""
    from amends.professional.selectors import secrets_policies

    waiting = [w for w in professionals_waiting(viewer=me, roles=roles) if w.invite]
    policies = secrets_policies(professionals=[w.user for w in waiting]) if waiting else []
    found = []
    for w, policy in zip(waiting, policies, strict=True):
        assert w.invite is not None
        invite = with_approvers([w.invite], roles=roles)[0]
        found.append(
            {
                "invite_id": w.invite.uid,
                "professional": Person.of(w.user),
                "secrets_policy": policy,
                "access_approved_by": sorted(
                    str(p.uid)
                    for p in invite.approvers.access  # type: ignore[attr-defined]
                ),
            }
        )
    return found


@router.post(
    "/spaces/{space_id}/invites/partner",
    response={201: InviteLinkOut, **ERRORS},
    operation_id="invite_partner",
)
def invite_partner(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[Any]:
    """A single-use, expiring link for your partner. A new one cancels the previous one."""
    me, space, _ = member_space(request, space_id)
    return Status(
        201, once(request, idempotency_key, services.partner_invite_create, space=space, by=me)
    )


@router.post(
    "/spaces/{space_id}/invites/professional",
    response={201: InviteOut, **ERRORS},
    operation_id="invite_professional_propose",
)
def propose_professional(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[Any]:
    """Propose inviting a professional; it counts as your approval."""
    me, space, roles = member_space(request, space_id)
    invite = once(
        request, idempotency_key, services.professional_invite_propose, space=space, by=me
    )
    return Status(201, _approved(invite, roles))


@router.post(
    "/spaces/{space_id}/invites/{invite_id}/approve",
    response={200: InviteOut, **ERRORS},
    operation_id="invite_professional_approve",
)
def approve_professional(request: HttpRequest, space_id: SpaceId, invite_id: ItemId) -> Invite:
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        raise ActionRefused("Not found.", code="not_found")
    invite = invite_in_space(space=space, invite_id=invite_id)
    services.professional_approve(invite=invite, by=me)
    return _approved(invite, roles)


@router.post(
    "/spaces/{space_id}/invites/{invite_id}/link",
    response={201: InviteLinkOut, **ERRORS},
    operation_id="invite_professional_link",
)
def professional_link(request: HttpRequest, space_id: SpaceId, invite_id: ItemId) -> Status[Any]:
    """Once both partners approved: the link for the professional."""
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        raise ActionRefused("Not found.", code="not_found")
    link = services.professional_link_create(
        invite=invite_in_space(space=space, invite_id=invite_id), by=me
    )
    return Status(201, link)


@router.delete(
    "/spaces/{space_id}/invites/{invite_id}",
    response={204: None, **ERRORS},
    operation_id="invite_revoke",
)
def revoke_invite(request: HttpRequest, space_id: SpaceId, invite_id: ItemId) -> Status[None]:
    """Cancel an invitation or withdraw a proposal."""
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        raise ActionRefused("Not found.", code="not_found")
    services.invite_revoke(invite=invite_in_space(space=space, invite_id=invite_id), by=me)
    return Status(204, None)


@router.delete(
    "/spaces/{space_id}/professional",
    response={204: None, **ERRORS},
    operation_id="professional_remove",
)
def remove_professional(request: HttpRequest, space_id: SpaceId) -> Status[None]:
    """End the professional's access, at any time, without a reason."""
    me, space, _ = member_space(request, space_id)
    services.professional_remove(space=space, by=me)
    return Status(204, None)


@router.post(
    "/invites/accept", response={201: MembershipOut, **ERRORS}, operation_id="invite_accept"
)
def accept_invite(
    request: HttpRequest, payload: AcceptIn, idempotency_key: IdempotencyKey = None
) -> Status[Any]:
    """Join a space with the token from an invitation link."""
    me = caller(request)
    return Status(
        201, once(request, idempotency_key, services.invite_accept, by=me, **payload.dict())
    )

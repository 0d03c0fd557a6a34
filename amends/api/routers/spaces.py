"""Spaces, who is in them, invitations and leaving. Writes are amends.spaces.services."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from amends.errors import ActionRefused
from amends.spaces import services
from amends.spaces.models import Invite, Role, Space
from amends.spaces.selectors import (
    SpaceRoles,
    invite_in_space,
    open_partner_invite,
    open_professional_invites,
    space_for_member_or_404,
    spaces_of,
)

from ..auth import caller
from ..common import ERRORS, member_space, person
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import ItemId, Name, Person, SpaceId, _Clean
from .me import role_in

router = Router()


class SpaceIn(Schema):
    name: Name


class SpaceSummary(Schema):
    id: UUID
    name: str
    role: str


class SpaceOut(Schema):
    id: UUID
    name: str
    role: str
    created_at: datetime
    partners: list[Person]
    professionals: list[Person]


class InviteOut(Schema):
    id: UUID
    role: str
    created_at: datetime
    expires_at: datetime | None
    approved_by: list[UUID] = Field(description="Partner ids who approved (professionals).")
    all_approved: bool


class InvitesOut(Schema):
    partner_invite: InviteOut | None
    professional_proposals: list[InviteOut]


class InviteLinkOut(Schema):
    invite_id: UUID
    token: str
    url: str
    expires_at: datetime | None


class AcceptIn(Schema):
    token: Annotated[str, Field(max_length=200), _Clean]


class MembershipOut(Schema):
    space_id: UUID
    role: str


def _space_out(space: Space, roles: Any, me: Any) -> dict[str, Any]:
    return {
        "id": space.uid,
        "name": space.name,
        "role": role_in(space, me),
        "created_at": space.created_at,
        "partners": [person(p) for p in roles.partners],
        "professionals": [person(p) for p in roles.professionals],
    }


def _invite_out(invite: Invite, roles: SpaceRoles) -> dict[str, Any]:
    approvers = (
        {a.partner_id for a in invite.approvals.all()}
        if invite.role == Role.PROFESSIONAL
        else set()
    )
    # Approvals count only from current partners, named by their public ids.
    return {
        "id": invite.uid,
        "role": invite.role,
        "created_at": invite.created_at,
        "expires_at": invite.expires_at,
        "approved_by": sorted(str(p.uid) for p in roles.partners if p.pk in approvers),
        "all_approved": invite.role == Role.PROFESSIONAL and roles.partner_ids <= approvers,
    }


def _link_out(request: HttpRequest, link: services.InviteLink) -> dict[str, Any]:
    return {
        "invite_id": link.invite.uid,
        "token": link.token,
        "url": request.build_absolute_uri(reverse("invite_accept", args=[link.token])),
        "expires_at": link.invite.expires_at,
    }


@router.get("/spaces", response={200: list[SpaceSummary], **ERRORS}, operation_id="space_list")
@paginate(Page)
def list_spaces(request: HttpRequest) -> Any:
    """The spaces you are in."""
    me = caller(request)
    return Mapped(
        spaces_of(user=me), lambda s: {"id": s.uid, "name": s.name, "role": role_in(s, me)}
    )


@router.post("/spaces", response={201: SpaceOut, **ERRORS}, operation_id="space_create")
def create_space(
    request: HttpRequest, payload: SpaceIn, idempotency_key: IdempotencyKey = None
) -> Status[dict[str, Any]]:
    """Start a space; you are its first partner."""
    me = caller(request)
    space = once(
        request, idempotency_key, lambda: services.space_create(creator=me, name=payload.name)
    )
    _, roles = space_for_member_or_404(user=me, space_id=space.uid)
    return Status(201, _space_out(space, roles, me))


@router.get("/spaces/{space_id}", response={200: SpaceOut, **ERRORS}, operation_id="space_get")
def get_space(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    me, space, roles = member_space(request, space_id)
    return _space_out(space, roles, me)


@router.patch("/spaces/{space_id}", response={200: SpaceOut, **ERRORS}, operation_id="space_rename")
def rename_space(request: HttpRequest, space_id: SpaceId, payload: SpaceIn) -> dict[str, Any]:
    me, space, roles = member_space(request, space_id)
    services.space_rename(space=space, by=me, name=payload.name)
    return _space_out(space, roles, me)


@router.post("/spaces/{space_id}/leave", response={204: None, **ERRORS}, operation_id="space_leave")
def leave_space(request: HttpRequest, space_id: SpaceId) -> Status[None]:
    """Leave the space. What you wrote leaves with you; nothing of the other's is deleted."""
    me, space, _ = member_space(request, space_id)
    services.space_leave(space=space, user=me)
    return Status(204, None)


@router.get(
    "/spaces/{space_id}/invites", response={200: InvitesOut, **ERRORS}, operation_id="invite_list"
)
def list_invites(request: HttpRequest, space_id: SpaceId) -> dict[str, Any]:
    """Open invitations (partners only; others see none)."""
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        return {"partner_invite": None, "professional_proposals": []}
    partner_invite = open_partner_invite(space=space)
    return {
        "partner_invite": _invite_out(partner_invite, roles) if partner_invite else None,
        "professional_proposals": [
            _invite_out(i, roles) for i in open_professional_invites(space=space)
        ],
    }


@router.post(
    "/spaces/{space_id}/invites/partner",
    response={201: InviteLinkOut, **ERRORS},
    operation_id="invite_partner",
)
def invite_partner(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[dict[str, Any]]:
    """A single-use, expiring link for your partner. A new one cancels the previous one."""
    me, space, _ = member_space(request, space_id)
    link = once(
        request, idempotency_key, lambda: services.partner_invite_create(space=space, by=me)
    )
    return Status(201, _link_out(request, link))


@router.post(
    "/spaces/{space_id}/invites/professional",
    response={201: InviteOut, **ERRORS},
    operation_id="invite_professional_propose",
)
def propose_professional(
    request: HttpRequest, space_id: SpaceId, idempotency_key: IdempotencyKey = None
) -> Status[dict[str, Any]]:
    """Propose inviting a professional; it counts as your approval."""
    me, space, roles = member_space(request, space_id)
    invite = once(
        request,
        idempotency_key,
        lambda: services.professional_invite_propose(space=space, by=me),
    )
    return Status(201, _invite_out(invite, roles))


@router.post(
    "/spaces/{space_id}/invites/{invite_id}/approve",
    response={200: InviteOut, **ERRORS},
    operation_id="invite_professional_approve",
)
def approve_professional(
    request: HttpRequest, space_id: SpaceId, invite_id: ItemId
) -> dict[str, Any]:
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        raise ActionRefused("Not found.", code="not_found")
    invite = invite_in_space(space=space, invite_id=invite_id)
    services.professional_approve(invite=invite, by=me)
    return _invite_out(invite, roles)


@router.post(
    "/spaces/{space_id}/invites/{invite_id}/link",
    response={201: InviteLinkOut, **ERRORS},
    operation_id="invite_professional_link",
)
def professional_link(
    request: HttpRequest, space_id: SpaceId, invite_id: ItemId
) -> Status[dict[str, Any]]:
    """Once both partners approved: the link for the professional."""
    me, space, roles = member_space(request, space_id)
    if not roles.is_partner(me):
        raise ActionRefused("Not found.", code="not_found")
    link = services.professional_link_create(
        invite=invite_in_space(space=space, invite_id=invite_id), by=me
    )
    return Status(201, _link_out(request, link))


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
) -> Status[dict[str, Any]]:
    """Join a space with the token from an invitation link."""
    me = caller(request)
    membership = once(
        request,
        idempotency_key,
        lambda: services.invite_accept(token=payload.token, user=me),
    )
    return Status(201, {"space_id": membership.space.uid, "role": membership.role})

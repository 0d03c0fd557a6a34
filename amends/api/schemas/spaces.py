"""The shapes of spaces, their people and invitations, read from the objects the spaces
selectors and services return: a space with its people is its `SpaceRoles`."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.urls import reverse
from ninja import Field, Schema

from amends.spaces.models import Role

from . import Name, Person, Public, _Clean, viewer_of

# A professional whom not every current partner has approved yet is in the space but
# sees nothing in it until they are approved.
PENDING = "professional_pending"


class SpaceIn(Schema):
    name: Name


class SpaceSummary(Public):
    # Read from a Space: the caller's role is looked up.

    name: str
    role: str

    @staticmethod
    def resolve_role(obj: Any, context: Any) -> str:
        from amends.spaces.selectors import space_roles

        me = viewer_of(context)
        return str((me and space_roles(obj).role_of(me)) or PENDING)


class SpaceOut(Public):
    # Read from the space's `SpaceRoles` (the space and who is in it now).

    name: str
    role: str
    created_at: datetime
    partners: list[Person]
    professionals: list[Person]

    @staticmethod
    def resolve_id(obj: Any) -> Any:
        return obj.space.uid

    @staticmethod
    def resolve_name(obj: Any) -> str:
        return str(obj.space.name)

    @staticmethod
    def resolve_created_at(obj: Any) -> datetime:
        return obj.space.created_at

    @staticmethod
    def resolve_role(obj: Any, context: Any) -> str:
        me = viewer_of(context)
        return str((me and obj.role_of(me)) or PENDING)


class InviteOut(Public):
    # Read from an Invite with `approvers` (amends.spaces.selectors.with_approvers).

    role: str
    created_at: datetime
    expires_at: datetime | None
    approved_by: list[UUID] = Field(
        description="Partner ids who approved inviting the professional (before they joined)."
    )
    all_approved: bool
    access_approved_by: list[UUID] = Field(
        description="Partner ids who said yes to the professional's access, after they "
        "joined, their secrets policy shown. They see nothing until every partner has."
    )

    @staticmethod
    def resolve_approved_by(obj: Any) -> list[str]:
        return sorted(str(p.uid) for p in obj.approvers.approved)

    @staticmethod
    def resolve_access_approved_by(obj: Any) -> list[str]:
        return sorted(str(p.uid) for p in obj.approvers.access)

    @staticmethod
    def resolve_all_approved(obj: Any) -> bool:
        return obj.role == Role.PROFESSIONAL and obj.approvers.everyone


class SecretsPolicyOut(Schema):
    # Read from amends.professional.selectors.SecretsWords.

    stance: str = Field(description='"" when they have not said yet.')
    said: str
    words: str


class WaitingProfessionalOut(Schema):
    # Read from a dict made by the router: a professional who joined and is waiting for
    # every partner's yes to their access, with how they handle what one partner tells
    # them alone (read it before approving: POST .../invites/{invite_id}/approve).

    invite_id: UUID
    professional: Person
    secrets_policy: SecretsPolicyOut
    access_approved_by: list[UUID]


class InvitesOut(Schema):
    partner_invite: InviteOut | None
    professional_proposals: list[InviteOut]
    professionals_waiting: list[WaitingProfessionalOut] = Field(default_factory=list)


class InviteLinkOut(Schema):
    # Read from an amends.spaces.services.InviteLink; the url is made for this request.

    invite_id: UUID
    token: str
    url: str
    expires_at: datetime | None

    @staticmethod
    def resolve_invite_id(obj: Any) -> Any:
        return obj.invite.uid

    @staticmethod
    def resolve_url(obj: Any, context: Any) -> str:
        return context["request"].build_absolute_uri(reverse("invite_accept", args=[obj.token]))

    @staticmethod
    def resolve_expires_at(obj: Any) -> datetime | None:
        return obj.invite.expires_at


class AcceptIn(Schema):
    token: Annotated[str, Field(max_length=200), _Clean]


class MembershipOut(Schema):
    space_id: UUID
    role: str

    @staticmethod
    def resolve_space_id(obj: Any) -> Any:
        return obj.space.uid

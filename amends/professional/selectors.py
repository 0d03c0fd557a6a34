"""What a professional sees: only what each partner shared with them, and stages."""

from dataclasses import dataclass
from typing import Any

from amends.accounts.models import User
from amends.journal.selectors import journal_entries
from amends.repair.selectors import breaches_for, paths_for
from amends.spaces.models import Role, Space
from amends.spaces.selectors import SpaceRoles, space_roles

from .models import Note


@dataclass
class CouplePanel:
    space: Space
    roles: SpaceRoles
    paths: list[Any]
    shared_entries: list[Any]
    notes: list[Note]


def spaces_as_professional(*, user: User) -> list[Space]:
    spaces = Space.objects.filter(
        memberships__user=user,
        memberships__role=Role.PROFESSIONAL,
        memberships__left_at__isnull=True,
    ).order_by("created_at")
    return [s for s in spaces if space_roles(s).is_professional(user)]


def couple_panel(*, viewer: User, roles: SpaceRoles) -> CouplePanel:
    return CouplePanel(
        space=roles.space,
        roles=roles,
        paths=paths_for(
            breaches=list(breaches_for(viewer=viewer, roles=roles)), viewer=viewer, roles=roles
        ),
        shared_entries=list(journal_entries(viewer=viewer, roles=roles)[:20]),
        notes=list(Note.objects.filter(space=roles.space, author=viewer).order_by("-created_at")),
    )

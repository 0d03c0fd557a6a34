"""Reads for the repair path. Everything a person sees passes through visibility."""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.urls import reverse

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_or_404, visible_to

from .models import Breach


@dataclass
class HomeOverview:
    rows: list[dict[str, str]] = field(default_factory=list)
    waiting: list[dict[str, str]] = field(default_factory=list)


def breaches_for(*, viewer: User, roles: SpaceRoles) -> QuerySet[Breach]:
    return visible_to(
        Breach.objects.select_related("hurt_partner", "injuring_partner"), viewer, roles
    ).order_by("-created_at", "-pk")


def breach_for(*, viewer: User, roles: SpaceRoles, breach_id: object) -> Breach:
    return visible_or_404(
        Breach.objects.select_related("hurt_partner", "injuring_partner"),
        breach_id,
        viewer,
        roles,
    )


def breach_overview_for_home(*, viewer: User, roles: SpaceRoles) -> HomeOverview:
    overview = HomeOverview()
    for breach in breaches_for(viewer=viewer, roles=roles)[:20]:
        url = reverse("breach_detail", args=[roles.space.pk, breach.pk])
        overview.rows.append({"title": breach.title, "url": url, "stage": ""})
    return overview

"""Program pages: this week's module, and any other week to browse. Members only."""

from django.http import HttpResponse
from django.shortcuts import render

from amends.core.http import AuthedRequest
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from .selectors import current_week_number, week_view


def _render(request: AuthedRequest, space: Space, roles: SpaceRoles, number: int) -> HttpResponse:
    from amends.professional.selectors import cohort_place

    view = week_view(viewer=request.user, roles=roles, number=number)
    me = request.user
    place = cohort_place(viewer=me, roles=roles) if roles.is_partner(me) else None
    return render(
        request,
        "program/week.html",
        {"space": space, "view": view, "number": number, "place": place, "nav": "more"},
    )


@space_view
@kept_for_viewer
def program_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    number = (
        current_week_number(person=request.user, roles=roles)
        if roles.is_partner(request.user)
        else 1
    )
    return _render(request, space, roles, number)


@space_view
@kept_for_viewer
def program_week(
    request: AuthedRequest, space: Space, roles: SpaceRoles, number: int
) -> HttpResponse:
    return _render(request, space, roles, number)

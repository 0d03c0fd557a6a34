from django.http import HttpResponse
from django.shortcuts import render

from amends.http import AuthedRequest
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from .selectors import breach_for, breaches_for


@space_view
def path_list(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    breaches = breaches_for(viewer=request.user, roles=roles)
    return render(
        request, "repair/list.html", {"space": space, "breaches": breaches, "nav": "path"}
    )


@space_view
def breach_new(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    return render(request, "repair/list.html", {"space": space, "breaches": [], "nav": "path"})


@space_view
def breach_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: int
) -> HttpResponse:
    breach = breach_for(viewer=request.user, roles=roles, breach_id=breach_id)
    return render(request, "repair/list.html", {"space": space, "breaches": [breach]})

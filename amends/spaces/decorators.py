from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from .selectors import space_for_member_or_404

# Views take (request, space, roles, **url kwargs); typed loosely so AuthedRequest fits.
SpaceView = Callable[..., HttpResponse]


def space_view(view: SpaceView) -> Callable[..., HttpResponse]:
    """Log-in, membership and the space's roles, once, before any space page runs."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, space_id: object, *args: Any, **kwargs: Any) -> HttpResponse:
        space, roles = space_for_member_or_404(user=request.user, space_id=space_id)  # type: ignore[arg-type]
        # The space's public id (never its primary key), for the navigation.
        if request.session.get("space_id") != str(space.uid):
            request.session["space_id"] = str(space.uid)
        return view(request, space, roles, *args, **kwargs)

    return wrapper

"""What every router needs: the caller's space (or the same 404 as nobody's), the error
responses each operation documents, and the fields common to written items."""

from typing import Any

from django.http import HttpRequest

from amends.accounts.models import User
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_or_404, space_for_member_or_404

from .auth import caller
from .errors import Error

# Every operation may answer with these; each is {"detail", "code"}.
ERRORS: dict[int, type[Error]] = {
    400: Error,
    401: Error,
    403: Error,
    404: Error,
    409: Error,
    413: Error,
    422: Error,
    429: Error,
}


def member_space(request: HttpRequest, space_id: object) -> tuple[User, Space, SpaceRoles]:
    me = caller(request)
    space, roles = space_for_member_or_404(user=me, space_id=space_id)
    return me, space, roles


def partner_space(request: HttpRequest, space_id: object) -> tuple[User, Space, SpaceRoles]:
    """The caller's space for what only the two partners use; anyone else gets the same 404
    as a space that is not theirs."""
    me, space, roles = member_space(request, space_id)
    partner_or_404(viewer=me, roles=roles)
    return me, space, roles


def person(user: User | None) -> dict[str, Any] | None:
    return {"id": user.uid, "name": user.name} if user is not None else None


def item(obj: Any, me: User) -> dict[str, Any]:
    """The fields every SpaceItem shares, as this viewer sees them."""
    return {
        "id": obj.uid,
        "author": person(obj.author),
        "visibility": obj.visibility,
        "mine": obj.author_id == me.pk,
        "created_at": obj.created_at,
    }

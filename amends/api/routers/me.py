"""GET /me: the caller and their spaces."""

from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Schema

from amends.accounts.models import User
from amends.spaces.models import Space
from amends.spaces.selectors import space_roles, spaces_of

from ..auth import caller
from ..common import ERRORS
from ..schemas.spaces import PENDING

router = Router()


class MySpace(Schema):
    id: UUID
    name: str
    role: str


class MeOut(Schema):
    id: UUID
    name: str
    email: str
    spaces: list[MySpace]


def role_in(space: Space, user: User) -> str:
    return str(space_roles(space).role_of(user) or PENDING)


@router.get("/me", response={200: MeOut, **ERRORS}, operation_id="me")
def me(request: HttpRequest) -> dict[str, object]:
    """Who you are, and each space you are in with your role there."""
    user = caller(request)
    return {
        "id": user.uid,
        "name": user.name,
        "email": user.email,
        "spaces": [
            {"id": s.uid, "name": s.name, "role": role_in(s, user)} for s in spaces_of(user=user)
        ],
    }

"""Bearer tokens: every call but POST /auth/token carries `Authorization: Bearer <token>`."""

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from amends.accounts.models import User

from .models import ApiToken
from .tokens import token_user


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = token_user(token)
        if found is None:
            return None
        user, row = found
        request.user = user
        request.api_token = row  # type: ignore[attr-defined]
        return user


def caller(request: HttpRequest) -> User:
    """The signed-in person (the auth class has already refused anyone else)."""
    user: Any = request.auth  # type: ignore[attr-defined]
    assert isinstance(user, User)
    return user


def current_token(request: HttpRequest) -> ApiToken | None:
    return getattr(request, "api_token", None)

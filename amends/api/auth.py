"""Bearer tokens: every call but POST /auth/token carries `Authorization: Bearer <token>`."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from amends.accounts.models import User
from amends.accounts.reauth import api_call_is_guarded

from .errors import ApiError
from .models import ApiToken
from .tokens import recently_reauthenticated, token_user


def name_the_operation(run: Callable[..., Any]) -> Callable[..., Any]:
    """An API-wide decorator ("view" mode: around the operation's `run`, before the token is
    checked) that puts the operation id on the request, so the token check can look it up
    in the journal lock's list (amends/accounts/reauth.py)."""
    operation = run.__self__  # type: ignore[attr-defined]

    @wraps(run)
    def named(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        request.api_operation_id = operation.operation_id  # type: ignore[attr-defined]
        return run(request, *args, **kwargs)

    return named


def operation_id(request: HttpRequest) -> str | None:
    return getattr(request, "api_operation_id", None)


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = token_user(token)
        if found is None:
            return None
        user, row = found
        request.user = user
        request.api_token = row  # type: ignore[attr-defined]
        if api_call_is_guarded(operation_id(request), request, user) and not (
            recently_reauthenticated(row)
        ):
            raise ApiError(
                403,
                "Your journal lock is on: give your password again first "
                "(POST /auth/reauthenticate), then repeat this call within a few minutes.",
                "reauthentication_required",
            )
        return user


def caller(request: HttpRequest) -> User:
    """The signed-in person (the auth class has already refused anyone else)."""
    user: Any = request.auth  # type: ignore[attr-defined]
    assert isinstance(user, User)
    return user


def current_token(request: HttpRequest) -> ApiToken | None:
    return getattr(request, "api_token", None)

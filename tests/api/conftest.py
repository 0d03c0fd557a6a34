"""API helpers: a token per persona, and a client that sends it."""

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from amends.accounts.models import User
from amends.api.tokens import token_create
from tests.conftest import PASSWORD, Couple

BASE = "/api/v1"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """Rate limits and allauth's used-code markers live in the cache."""
    cache.clear()
    yield
    cache.clear()


def token_for(user: User) -> str:
    from django.test import RequestFactory

    request = RequestFactory().post(f"{BASE}/auth/token")
    _, token = token_create(request=request, email=user.email, password=PASSWORD)
    return token


class Api:
    """A JSON client for /api/v1/, with or without a bearer token."""

    def __init__(self, token: str | None = None) -> None:
        self.client = Client()
        self.token = token

    def _headers(self, extra: dict[str, str] | None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        headers.update(extra or {})
        return headers

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        **params: Any,
    ) -> Any:
        url = path if path.startswith(BASE) else BASE + path
        kwargs: dict[str, Any] = {"headers": self._headers(headers)}
        if body is not None:
            kwargs["data"] = json.dumps(body)
            kwargs["content_type"] = "application/json"
        elif params:
            kwargs["data"] = params
        return getattr(self.client, method.lower())(url, **kwargs)

    def get(self, path: str, **params: Any) -> Any:
        return self.call("GET", path, **params)

    def post(self, path: str, body: Any = None, headers: dict[str, str] | None = None) -> Any:
        return self.call("POST", path, body if body is not None else {}, headers)

    def patch(self, path: str, body: Any) -> Any:
        return self.call("PATCH", path, body)

    def put(self, path: str, body: Any) -> Any:
        return self.call("PUT", path, body)

    def delete(self, path: str) -> Any:
        return self.call("DELETE", path)


@pytest.fixture
def api_alex(couple: Couple) -> Api:
    return Api(token_for(couple.alex))


@pytest.fixture
def api_jordan(couple: Couple) -> Api:
    return Api(token_for(couple.jordan))


@pytest.fixture
def api_sam(couple: Couple) -> Api:
    return Api(token_for(couple.sam))


@pytest.fixture
def api_casey(couple: Couple) -> Api:
    return Api(token_for(couple.casey))


@pytest.fixture
def anon() -> Api:
    return Api()

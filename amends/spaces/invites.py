"""Invite tokens: made here, stored only as hashes, remembered across log-in."""

import hashlib
import secrets

from django.http import HttpRequest
from django.urls import reverse

SESSION_KEY = "amends_pending_invite"


def new_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def remember_pending_invite(request: HttpRequest, token: str) -> None:
    request.session[SESSION_KEY] = token


def forget_pending_invite(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)


def pending_invite_url(request: HttpRequest) -> str | None:
    token = request.session.get(SESSION_KEY)
    if not isinstance(token, str):
        return None
    return reverse("invite_accept", kwargs={"token": token})

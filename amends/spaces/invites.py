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


# A link just made, kept (sealed, like the whole session) for one showing only: the page that
# made it redirects, and the page it lands on shows the link once. Reloading it, or going
# back to it, shows it no more and never makes another (see spaces.views.space_people).
FRESH_LINK_KEY = "amends_fresh_link"


def remember_fresh_link(
    request: HttpRequest, *, space_uid: object, invite_uid: object, token: str
) -> None:
    request.session[FRESH_LINK_KEY] = {
        "space": str(space_uid),
        "invite": str(invite_uid),
        "token": token,
    }


def take_fresh_link(request: HttpRequest, *, space_uid: object) -> tuple[str, str] | None:
    """The link made just now in this space, as (invite uid, token), once: it is forgotten
    as it is read."""
    fresh = request.session.pop(FRESH_LINK_KEY, None)
    if not isinstance(fresh, dict) or fresh.get("space") != str(space_uid):
        return None
    invite, token = fresh.get("invite"), fresh.get("token")
    if not isinstance(invite, str) or not isinstance(token, str):
        return None
    return invite, token

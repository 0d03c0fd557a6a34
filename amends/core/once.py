"""Forms that change state carry a one-time token; a replay changes nothing."""

import re
import secrets
from collections.abc import Callable

from django.db import IntegrityError, transaction

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.http import AuthedRequest
from amends.core.models import UsedFormToken

FIELD = "once"


def new_form_token() -> str:
    return secrets.token_urlsafe(24)


_TOKEN_IN_HTML = re.compile(r'(<input type="hidden" name="once" value=")([A-Za-z0-9_-]{16,64})(")')


def refresh_form_tokens(html: str) -> str:
    """The same page with a fresh token in every form, for a page served again from a cache:
    two copies of one page must not share a token, or the second form sent would be taken
    for a replay of the first."""
    fresh: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        token = fresh.setdefault(match[2], new_form_token())
        return f"{match[1]}{token}{match[3]}"

    return _TOKEN_IN_HTML.sub(swap, html)


def run_once[T](*, token: str | None, user: User, action: Callable[[], T]) -> T:
    """Run `action` unless this token was used before; the claim and the change commit
    together, so a refusal part-way frees the token again."""
    if not token or len(token) > 64:
        raise ActionRefused(
            "This page is out of date. Please reload it and try again.", code="stale"
        )
    with transaction.atomic():
        try:
            with transaction.atomic():
                UsedFormToken.objects.create(token=token, user=user)
        except IntegrityError:
            raise ActionRefused(
                "This was already saved. Nothing was changed the second time.", code="replayed"
            ) from None
        return action()


def run_posted_once[T](request: AuthedRequest, action: Callable[[], T]) -> T:
    """`run_once` with the token of the form this person posted: what a view calls."""
    return run_once(token=request.POST.get(FIELD), user=request.user, action=action)

"""allauth's account events, routed to the one service that ends every other way in.

Receivers decide nothing: they name the person and the session that made the change (kept,
so nobody is signed out of the page they are on), and call
`services.security_credentials_reset`.
"""

from typing import Any

from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest

from .models import User
from .services import security_credentials_reset


def _session_of(request: HttpRequest | None, user: User) -> SessionBase | None:
    """The session that made the change, if it is this person's own."""
    if request is None:
        return None
    current = getattr(request, "user", None)
    if current is None or not current.is_authenticated or current.pk != user.pk:
        return None
    return getattr(request, "session", None)


def credentials_changed(
    sender: Any, request: HttpRequest | None = None, user: Any = None, **kwargs: Any
) -> None:
    if isinstance(user, User):
        security_credentials_reset(by=user, keep_session=_session_of(request, user))


def connect() -> None:
    from allauth.account import signals as account
    from allauth.mfa import signals as mfa

    events = {
        "password_changed": account.password_changed,
        "password_set": account.password_set,
        "password_reset": account.password_reset,
        "authenticator_added": mfa.authenticator_added,
        "authenticator_removed": mfa.authenticator_removed,
        "authenticator_reset": mfa.authenticator_reset,  # recovery codes made anew
    }
    for name, signal in events.items():
        signal.connect(credentials_changed, weak=False, dispatch_uid=f"amends-credentials-{name}")

"""The audit log: security events only, never content.

Kinds are a closed list so nobody logs free text by accident. Receivers for allauth's and
Django's own signals live here too: they only record that something happened.
"""

from typing import Any

from django.contrib.auth.signals import user_logged_out, user_login_failed

from .models import AuditEvent, User

KINDS = frozenset(
    {
        "login",
        "login_failed",
        "logout",
        "signup",
        "password_changed",
        "password_reset",
        "mfa_added",
        "mfa_removed",
        "mfa_failed",
        "invite_created",
        "invite_accepted",
        "invite_revoked",
        "professional_proposed",
        "professional_approved",
        "professional_removed",
        "space_left",
        "sharing_changed",
        "export",
        "account_deleted",
        "api_token_created",
        "api_token_revoked",
        "signed_out_everywhere",
    }
)


def record(kind: str, *, user: User | None = None, space_id: int | None = None) -> None:
    if kind not in KINDS:
        raise ValueError(f"Unknown audit event kind: {kind}")
    AuditEvent.objects.create(
        kind=kind, user=user if user is not None and user.pk else None, space_id=space_id
    )


def _on(kind: str) -> Any:
    def receiver(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
        record(kind, user=user if isinstance(user, User) else None)

    return receiver


def connect() -> None:
    from allauth.account import signals as account
    from allauth.mfa import signals as mfa

    pairs = [
        (account.user_logged_in, "login"),
        (account.user_signed_up, "signup"),
        (account.password_changed, "password_changed"),
        (account.password_reset, "password_reset"),
        (mfa.authenticator_added, "mfa_added"),
        (mfa.authenticator_removed, "mfa_removed"),
        (mfa.authentication_failed, "mfa_failed"),
        (user_logged_out, "logout"),
    ]
    for signal, kind in pairs:
        signal.connect(_on(kind), weak=False, dispatch_uid=f"amends-audit-{kind}")
    # A failed log-in names no user (the attempt may be for someone else's address).
    user_login_failed.connect(
        lambda sender, **kw: record("login_failed"),
        weak=False,
        dispatch_uid="amends-audit-login_failed",
    )

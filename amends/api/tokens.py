"""Writes and reads for API tokens: the API's own small domain.

A token is shown once, when it is made; only its sha256 is stored. Tokens expire
(AMENDS_API_TOKEN_DAYS, 30 by default), can be listed and revoked by their owner (in the
API and on Settings), and are never issued to an account with two-factor on unless the
request carries a valid code, checked by allauth's own TOTP and recovery-code validation.

The password is checked by allauth's adapter, so a wrong one counts against the same
per-account limit as the web log-in (ACCOUNT_RATE_LIMITS["login_failed"]). Making a token is
audited and the owner gets a neutral notice. Every token ends with the account's security
events (`amends.accounts.services.security_credentials_reset`).
"""

import hashlib
import secrets
from datetime import timedelta

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from allauth.core import context
from allauth.core.internal.ratelimit import parse_rates
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from amends.accounts import audit
from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import NAME_MAX, PASSWORD_MAX

from .errors import ApiError
from .models import ApiToken

PREFIX = "amends_"
DEFAULT_DAYS = 30
# How often last_used_at is written: a write on every call would be wasted effort.
TOUCH_EVERY = timedelta(minutes=1)


def token_days() -> int:
    return int(getattr(settings, "AMENDS_API_TOKEN_DAYS", DEFAULT_DAYS))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _bad_credentials() -> ApiError:
    return ApiError(401, "That e-mail and password do not match.", "invalid_credentials")


def _login_failed_window() -> int:
    """Seconds of the per-account window of failed log-ins (the web's and the API's)."""
    rates = parse_rates(account_settings.RATE_LIMITS.get("login_failed"))
    return int(max((r.duration for r in rates if r.per == "key"), default=300))


def check_password(request: HttpRequest, *, email: str, password: str) -> User:
    """The account for this e-mail and password, through allauth's adapter: a failure counts
    against the one per-account limit the web log-in uses too, and past it even the right
    password is refused (429) until the window ends."""
    email = email.strip().lower()
    if not email or not password or len(password) > PASSWORD_MAX:
        raise _bad_credentials()
    with context.request_context(request):
        adapter = get_adapter(request)
        try:
            user = adapter.authenticate(request, email=email, password=password)
        except ValidationError as refused:
            if refused.code == "too_many_login_attempts":
                raise ApiError(
                    429,
                    "Too many attempts. Please wait a few minutes and try again.",
                    "rate_limited",
                    headers={"Retry-After": str(_login_failed_window())},
                ) from None
            raise _bad_credentials() from None
    if not isinstance(user, User) or not user.is_active:
        raise _bad_credentials()
    return user


def _send_notice(request: HttpRequest, user: User) -> None:
    """The neutral security notice: says that a way in was made, never what for."""
    with context.request_context(request):
        get_adapter(request).send_notification_mail("account/email/security_notice", user)


def _check_second_factor(user: User, code: str | None) -> None:
    """Allauth decides what a valid code is; we only ask it, as its own login form does."""
    if not is_mfa_enabled(user):
        return
    if not code:
        raise ApiError(
            401,
            "Two-factor authentication is on for this account: send a 'code' from your "
            "authenticator app, or a recovery code.",
            "mfa_required",
        )
    code = code.strip()
    for authenticator in Authenticator.objects.filter(user=user).exclude(
        type=Authenticator.Type.WEBAUTHN  # cannot check a typed code
    ):
        if authenticator.wrap().validate_code(code):
            authenticator.record_usage()
            return
    raise ApiError(401, "That code did not work. Please try a new one.", "mfa_invalid")


def token_create(
    *,
    request: HttpRequest,
    email: str,
    password: str,
    code: str | None = None,
    name: str = "",
) -> tuple[ApiToken, str]:
    """Check the credentials (and second factor), then make a token. Returns (row, token)."""
    user = check_password(request, email=email, password=password)
    if (
        getattr(settings, "ACCOUNT_EMAIL_VERIFICATION", "none") == "mandatory"
        and not EmailAddress.objects.filter(user=user, verified=True).exists()
    ):
        raise ApiError(
            403, "Please confirm your e-mail address first (see the link we sent).", "unverified"
        )
    _check_second_factor(user, code)
    token = PREFIX + secrets.token_urlsafe(32)
    now = timezone.now()
    row = ApiToken.objects.create(
        user=user,
        key_id=secrets.token_hex(8),
        token_hash=hash_token(token),
        name=" ".join(name.split())[:NAME_MAX],
        created_at=now,
        expires_at=now + timedelta(days=token_days()),
        reauthenticated_at=now,
    )
    audit.record("api_token_created", user=user)
    _send_notice(request, user)
    return row, token


def token_reauthenticate(
    *, request: HttpRequest, row: ApiToken, password: str, code: str | None = None
) -> ApiToken:
    """The owner gives their password (and code) again for this token: with the journal
    lock on, calls that return private text in bulk work for a few minutes after."""
    user = check_password(request, email=row.user.email, password=password)
    if user.pk != row.user_id:
        raise _bad_credentials()
    _check_second_factor(user, code)
    row.reauthenticated_at = timezone.now()
    ApiToken.objects.filter(pk=row.pk).update(reauthenticated_at=row.reauthenticated_at)
    return row


def recently_reauthenticated(row: ApiToken) -> bool:
    if row.reauthenticated_at is None:
        return False
    age = (timezone.now() - row.reauthenticated_at).total_seconds()
    return 0 <= age < account_settings.REAUTHENTICATION_TIMEOUT


def token_user(token: str) -> tuple[User, ApiToken] | None:
    """The active token's owner, or None for an unknown, revoked or expired token."""
    if not token or len(token) > 200:
        return None
    now = timezone.now()
    row = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if row is None or not row.user.is_active:
        return None
    if row.last_used_at is None or now - row.last_used_at > TOUCH_EVERY:
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        row.last_used_at = now
    return row.user, row


def tokens_of(*, user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-pk")


def active_tokens_of(*, user: User) -> QuerySet[ApiToken]:
    return tokens_of(user=user).filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


def token_revoke(*, user: User, key_id: str) -> None:
    """Only the owner revokes; anyone else's token id is simply not found."""
    if not ApiToken.objects.filter(user=user, key_id=key_id).exists():
        raise ActionRefused("That key was not found. It may have ended already.", "not_found")
    ended = ApiToken.objects.filter(user=user, key_id=key_id, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if ended:
        audit.record("api_token_revoked", user=user)


def tokens_end_all(*, user: User) -> int:
    """End every token of this person (part of `security_credentials_reset`)."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )

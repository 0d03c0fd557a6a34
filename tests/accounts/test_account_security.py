"""Tokens are part of the account's security: every event that changes how the account is
guarded ends every API token and every other session (amends.accounts.services
.security_credentials_reset). Settings lists and ends tokens; making one is audited and
noticed; the web and the API count failed log-ins on one counter per account."""

import re
from collections.abc import Callable

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    generate_totp_secret,
)
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from amends.accounts.models import AuditEvent, User
from amends.api.models import ApiToken
from amends.core.once import new_form_token
from tests.api.conftest import Api, token_for
from tests.conftest import PASSWORD, Couple, client_for, totp_now

NEW_PASSWORD = "an entirely new long phrase"


# Recovery codes not used yet, per person with two-step log-in on (each log-in uses one).
CODES: dict[int, list[str]] = {}


def log_in(email: str, password: str = PASSWORD) -> Client:
    """A real log-in through allauth's form (so allauth lists the session too), with the
    second step when two-step log-in is on."""
    client = Client()
    response = client.post(reverse("account_login"), {"login": email, "password": password})
    assert response.status_code == 302, response.content.decode()[:500]
    if response["Location"] == reverse("mfa_authenticate"):
        user = User.objects.get(email=email)
        response = client.post(reverse("mfa_authenticate"), {"code": CODES[user.pk].pop()})
        assert response.status_code == 302
        assert response["Location"] != reverse("mfa_authenticate")
    return client


def reauthenticate(client: Client, password: str = PASSWORD) -> None:
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == 302


def signed_in(client: Client) -> bool:
    return client.get(reverse("settings")).status_code == 200


def change_password(client: Client, user: User) -> None:
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302


def reset_password(client: Client, user: User) -> None:
    """The whole reset journey, from a browser that is not signed in."""
    stranger = Client()
    mail.outbox.clear()
    stranger.post(reverse("account_reset_password"), {"email": user.email})
    link = re.search(r"https?://[^\s]+/password/reset/key/[^\s]+", mail.outbox[-1].body)
    assert link is not None
    response = stranger.get(link.group(0))
    assert response.status_code == 302
    response = stranger.post(
        response["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302


def turn_mfa_on(client: Client, user: User) -> None:
    reauthenticate(client)
    client.get(reverse("mfa_activate_totp"))
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_now(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type="totp").exists()


def _mfa_already_on(user: User) -> None:
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    TOTP.activate(user, generate_totp_secret())
    CODES[user.pk] = RecoveryCodes.activate(user).generate_codes()


def turn_mfa_off(client: Client, user: User) -> None:
    reauthenticate(client)
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=user, type="totp").exists()


def regenerate_recovery_codes(client: Client, user: User) -> None:
    reauthenticate(client)
    before = Authenticator.objects.get(user=user, type="recovery_codes").data
    response = client.post(reverse("mfa_generate_recovery_codes"))
    assert response.status_code == 302
    assert Authenticator.objects.get(user=user, type="recovery_codes").data != before


def sessions_end_everywhere(client: Client, user: User) -> None:
    response = client.post(reverse("sessions_end_everywhere"))
    assert response.status_code == 302


def sign_out_other_sessions(client: Client, user: User) -> None:
    response = client.post(reverse("usersessions_list"))
    assert response.status_code == 302


EVENTS: dict[str, tuple[Callable[[Client, User], None], Callable[[User], None] | None, bool]] = {
    # event: (how the person does it, what is true before, does this browser stay signed in)
    "password change": (change_password, None, True),
    "password reset": (reset_password, None, True),
    "two-step log-in on": (turn_mfa_on, None, True),
    "two-step log-in off": (turn_mfa_off, _mfa_already_on, True),
    "recovery codes regenerated": (regenerate_recovery_codes, _mfa_already_on, True),
    "sign out everywhere": (sessions_end_everywhere, None, False),
    "sign out of other sessions": (sign_out_other_sessions, None, True),
}


def raw_token(user: User) -> str:
    """A token as POST /auth/token makes it (made here directly: with two-step log-in on,
    each would need a fresh code)."""
    from datetime import timedelta

    from django.utils import timezone

    from amends.api.tokens import PREFIX, hash_token

    token = PREFIX + new_form_token()
    ApiToken.objects.create(
        user=user,
        key_id=new_form_token()[:16],
        token_hash=hash_token(token),
        expires_at=timezone.now() + timedelta(days=30),
    )
    return token


@pytest.mark.parametrize("event", list(EVENTS))
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # signals on commit
def test_an_account_event_ends_every_token_and_every_other_session(
    couple: Couple, event: str
) -> None:
    act, before, stays = EVENTS[event]
    alex = couple.alex
    if before is not None:
        before(alex)
    tokens = [raw_token(alex), token_for(alex) if before is None else raw_token(alex)]
    jordans = token_for(couple.jordan)
    here = log_in(alex.email)
    elsewhere = log_in(alex.email)  # another browser, listed by allauth
    unlisted = client_for(alex)  # a session allauth does not list (ended by the stamp)
    for token in tokens:
        assert Api(token).get("/me").status_code == 200

    act(here, alex)

    for token in tokens:
        response = Api(token).get("/me")
        assert response.status_code == 401, event
    assert not ApiToken.objects.filter(user=alex, revoked_at__isnull=True).exists()
    assert not signed_in(elsewhere), event
    assert not signed_in(unlisted), event
    # Whoever made the change stays signed in (not after "sign out everywhere"), and other
    # people's tokens are untouched.
    assert signed_in(here) is (stays and event != "password reset"), event
    assert Api(jordans).get("/me").status_code == 200


def test_logging_out_ends_the_session_only(couple: Couple) -> None:
    token = token_for(couple.alex)
    client = log_in(couple.alex.email)
    client.post(reverse("account_logout"))
    assert not signed_in(client)
    assert Api(token).get("/me").status_code == 200


def test_an_operator_setting_a_password_ends_tokens_and_sessions(couple: Couple) -> None:
    from tests.conftest import operator_client

    operator = User.objects.create_superuser("operator@example.com", "pw-for-operator-123")
    token = token_for(couple.alex)
    alex = client_for(couple.alex)
    response = operator_client(operator).post(
        f"/operator/accounts/user/{couple.alex.pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Api(token).get("/me").status_code == 401
    assert not signed_in(alex)


def test_the_stamp_changes_nothing_for_sessions_until_it_is_set(couple: Couple) -> None:
    """Deploying this signs nobody out: with no stamp the session hash is Django's own."""
    from django.contrib.auth.base_user import AbstractBaseUser

    assert couple.alex.session_stamp == ""
    assert couple.alex.get_session_auth_hash() == AbstractBaseUser.get_session_auth_hash(
        couple.alex
    )


# Settings: the person's tokens


def test_settings_lists_tokens_and_ends_one(couple: Couple) -> None:
    laptop = Api().post(
        "/auth/token", {"email": "alex@example.com", "password": PASSWORD, "name": "laptop"}
    )
    phone = Api().post(
        "/auth/token", {"email": "alex@example.com", "password": PASSWORD, "name": "phone"}
    )
    token_for(couple.jordan)
    Api(laptop.json()["token"]).get("/me")
    client = client_for(couple.alex)
    page = client.get(reverse("api_tokens")).content.decode()
    assert "laptop" in page and "phone" in page
    assert page.count(">End this key</button>") == 2  # never Jordan's
    assert "Not used yet" in page  # the phone's
    assert laptop.json()["token"] not in page  # the secret is never shown again

    key = laptop.json()["id"]
    once = re.search(r'name="once" value="([^"]+)"', page)
    assert once is not None
    response = client.post(reverse("api_tokens"), {"key": key, "once": once.group(1)})
    assert response.status_code == 302
    assert Api(laptop.json()["token"]).get("/me").status_code == 401
    assert Api(phone.json()["token"]).get("/me").status_code == 200
    assert AuditEvent.objects.filter(user=couple.alex, kind="api_token_revoked").count() == 1
    page = client.get(reverse("api_tokens")).content.decode()
    assert "laptop" not in page and "phone" in page

    # The same form again changes nothing, and says so.
    again = client.post(reverse("api_tokens"), {"key": key, "once": once.group(1)}, follow=True)
    assert again.status_code == 200
    assert "already saved" in again.content.decode()


def test_nobody_ends_someone_elses_token(couple: Couple) -> None:
    jordans = Api().post("/auth/token", {"email": "jordan@example.com", "password": PASSWORD})
    response = client_for(couple.alex).post(
        reverse("api_tokens"),
        {"key": jordans.json()["id"], "once": new_form_token()},
        follow=True,
    )
    assert response.status_code == 200
    assert "not found" in response.content.decode()
    assert Api(jordans.json()["token"]).get("/me").status_code == 200


def test_the_settings_page_links_to_tokens_and_offers_sign_out_everywhere(
    couple: Couple, as_alex: Client
) -> None:
    page = as_alex.get(reverse("settings")).content.decode()
    assert reverse("api_tokens") in page
    assert reverse("sessions_end_everywhere") in page
    assert as_alex.get(reverse("sessions_end_everywhere")).status_code == 405


def test_making_a_token_is_audited_and_noticed(couple: Couple) -> None:
    mail.outbox.clear()
    response = Api().post("/auth/token", {"email": "alex@example.com", "password": PASSWORD})
    assert response.status_code == 200
    assert AuditEvent.objects.filter(user=couple.alex, kind="api_token_created").count() == 1
    assert [m.to for m in mail.outbox] == [["alex@example.com"]]
    notice = mail.outbox[0]
    assert notice.subject == "Amends: a message about your account"
    assert "API token" in notice.body
    # A refused attempt makes no token, no event and no mail.
    mail.outbox.clear()
    Api().post("/auth/token", {"email": "alex@example.com", "password": "wrong password!"})
    assert AuditEvent.objects.filter(kind="api_token_created").count() == 1
    assert mail.outbox == []


# One counter per account


def web_login(email: str, password: str) -> bool:
    response = Client().post(reverse("account_login"), {"login": email, "password": password})
    return response.status_code == 302


def api_login(email: str, password: str) -> int:
    return int(Api().post("/auth/token", {"email": email, "password": password}).status_code)


def test_failed_web_log_ins_count_against_the_api(couple: Couple) -> None:
    for _ in range(5):
        assert not web_login("alex@example.com", "wrong password!")
    assert api_login("alex@example.com", PASSWORD) == 429
    assert api_login("jordan@example.com", PASSWORD) == 200  # per account, not per address


def test_failed_api_log_ins_count_against_the_web(couple: Couple) -> None:
    for _ in range(3):
        assert api_login("alex@example.com", "wrong password!") == 401
    for _ in range(2):
        assert not web_login("alex@example.com", "wrong password!")
    assert not web_login("alex@example.com", PASSWORD)
    assert api_login("alex@example.com", PASSWORD) == 429
    cache.clear()
    assert web_login("alex@example.com", PASSWORD)


def test_a_right_password_does_not_use_up_the_limit(couple: Couple) -> None:
    for _ in range(8):
        assert api_login("alex@example.com", PASSWORD) == 200  # (the per-IP limit is 10)
    assert web_login("alex@example.com", PASSWORD)


def test_unverified_accounts_still_get_no_token(couple: Couple) -> None:
    EmailAddress.objects.filter(user=couple.alex).update(verified=False)
    assert api_login("alex@example.com", PASSWORD) == 403


def test_rate_limit_keys_name_no_address_even_hashed(db: None) -> None:
    """The limiter's keys are keyed with the secret: hashing a guessed address finds none."""
    import hashlib

    from django.core.cache import cache

    from amends.core.ratelimit import attempt

    key = "login:alex@example.com"
    attempt(key, window_seconds=60)
    names = " ".join(str(k) for k in cache._cache)  # type: ignore[attr-defined]
    assert "amends-rl:" in names
    assert "alex@example.com" not in names
    assert hashlib.sha256(key.encode()).hexdigest()[:32] not in names

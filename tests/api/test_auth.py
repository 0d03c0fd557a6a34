"""POST /auth/token, token listing, revocation, expiry, hashing, two-factor, rate limits."""

import hashlib
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    generate_totp_secret,
)
from django.test import override_settings
from django.utils import timezone

from amends.api.models import ApiToken
from tests.conftest import PASSWORD, Couple, totp_now

from .conftest import Api


def login(email: str, password: str = PASSWORD, **extra: str) -> object:
    return Api().post("/auth/token", {"email": email, "password": password, **extra})


def test_token_is_returned_once_and_stored_only_as_sha256(couple: Couple) -> None:
    response = login("alex@example.com", name="laptop")
    assert response.status_code == 200
    token = response.json()["token"]
    row = ApiToken.objects.get(user=couple.alex)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {row.token_hash, row.key_id, row.name}
    assert row.name == "laptop"
    # It works, and the e-mail is matched regardless of case.
    assert Api(token).get("/me").json()["email"] == "alex@example.com"
    assert login("ALEX@Example.com").status_code == 200


def test_wrong_password_and_unknown_email_look_the_same(couple: Couple) -> None:
    wrong = login("alex@example.com", "not the password")
    unknown = login("nobody@example.com")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["code"] == "invalid_credentials"
    assert "not the password" not in wrong.content.decode()


def test_unverified_email_gets_no_token(couple: Couple) -> None:
    EmailAddress.objects.filter(user=couple.alex).update(verified=False)
    response = login("alex@example.com")
    assert response.status_code == 403
    assert response.json()["code"] == "unverified"


def test_inactive_account_gets_no_token(couple: Couple) -> None:
    couple.alex.is_active = False
    couple.alex.save()
    assert login("alex@example.com").status_code == 401


def test_tokens_are_listed_and_revoked_by_their_owner_only(couple: Couple) -> None:
    first = login("alex@example.com", name="phone").json()
    second = login("alex@example.com", name="laptop").json()
    jordan = Api(login("jordan@example.com").json()["token"])
    alex = Api(second["token"])

    listed = alex.get("/auth/tokens").json()
    assert listed["count"] == 2
    assert {t["name"] for t in listed["items"]} == {"phone", "laptop"}
    assert [t["current"] for t in listed["items"]] == [True, False]
    assert all("token" not in t for t in listed["items"])
    assert jordan.get("/auth/tokens").json()["count"] == 1

    # Jordan cannot revoke (or learn about) Alex's token.
    assert jordan.delete(f"/auth/tokens/{first['id']}").status_code == 404
    assert Api(first["token"]).get("/me").status_code == 200

    assert alex.delete(f"/auth/tokens/{first['id']}").status_code == 204
    refused = Api(first["token"]).get("/me")
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthenticated"
    assert refused["WWW-Authenticate"] == "Bearer"
    assert alex.delete(f"/auth/tokens/{first['id']}").status_code == 204  # twice is fine
    revoked = next(t for t in alex.get("/auth/tokens").json()["items"] if t["id"] == first["id"])
    assert revoked["active"] is False and revoked["revoked_at"]


def test_tokens_expire(couple: Couple) -> None:
    token = login("alex@example.com").json()["token"]
    row = ApiToken.objects.get(user=couple.alex)
    assert timedelta(days=29) < row.expires_at - timezone.now() <= timedelta(days=30)
    ApiToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert Api(token).get("/me").status_code == 401


@override_settings(AMENDS_API_TOKEN_DAYS=2)
def test_token_lifetime_is_configurable(couple: Couple) -> None:
    login("alex@example.com")
    row = ApiToken.objects.get(user=couple.alex)
    assert row.expires_at - timezone.now() <= timedelta(days=2)


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer nonsense", "Token abc", "Basic eDp5"])
def test_missing_or_bad_authorization_is_401(couple: Couple, header: str) -> None:
    api = Api()
    response = api.call("GET", "/me", headers={"Authorization": header} if header else None)
    assert response.status_code == 401
    assert set(response.json()) == {"detail", "code"}


def test_a_session_cookie_is_not_enough(couple: Couple) -> None:
    api = Api()
    api.client.force_login(couple.alex)
    assert api.get("/me").status_code == 401


def test_mfa_on_refuses_a_token_without_a_code(couple: Couple) -> None:
    secret = generate_totp_secret()
    TOTP.activate(couple.alex, secret)
    response = login("alex@example.com")
    assert response.status_code == 401
    assert response.json()["code"] == "mfa_required"
    wrong = login("alex@example.com", code="000000" if totp_now(secret) != "000000" else "111111")
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "mfa_invalid"
    assert not ApiToken.objects.filter(user=couple.alex).exists()


def test_mfa_on_accepts_a_valid_totp_code_once(couple: Couple) -> None:
    secret = generate_totp_secret()
    TOTP.activate(couple.alex, secret)
    code = totp_now(secret)
    response = login("alex@example.com", code=code)
    assert response.status_code == 200, response.json()
    assert Api(response.json()["token"]).get("/me").status_code == 200
    # allauth marks a code as used: replaying it is refused.
    assert login("alex@example.com", code=code).json()["code"] == "mfa_invalid"


def test_mfa_on_accepts_a_recovery_code_once(couple: Couple) -> None:
    TOTP.activate(couple.alex, generate_totp_secret())
    code = RecoveryCodes.activate(couple.alex).generate_codes()[0]
    assert login("alex@example.com", code=code).status_code == 200
    assert login("alex@example.com", code=code).status_code == 401


def test_token_creation_is_rate_limited_per_email(couple: Couple) -> None:
    for _ in range(5):
        assert login("alex@example.com", "wrong password!").status_code == 401
    limited = login("alex@example.com")  # even with the right password
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    # The window of the per-account counter the web log-in shares (5 failures per 5 minutes).
    assert 1 <= int(limited["Retry-After"]) <= 300
    # Another e-mail from the same address still works (its own limit is per IP, 10/min).
    assert login("jordan@example.com").status_code == 200


def test_token_creation_is_rate_limited_per_ip(couple: Couple) -> None:
    emails = [f"someone{i}@example.com" for i in range(10)]
    for email in emails:
        assert login(email).status_code == 401
    limited = login("alex@example.com")
    assert limited.status_code == 429
    assert "Retry-After" in limited

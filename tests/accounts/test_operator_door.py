"""The operator's door (/operator/): only through allauth's log-in (its rate limits), and only
for staff who passed two-step log-in in this session (amends/accounts/admin_site.py)."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client
from django.urls import reverse

from amends.accounts.models import User
from tests.conftest import client_for, totp_now

OPERATOR_PASSWORD = "pw-for-operator-123"


@pytest.fixture
def operator(db: None) -> User:
    user = User.objects.create_superuser("operator@example.com", OPERATOR_PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def password_step(client: Client, password: str = OPERATOR_PASSWORD, next_url: str = "") -> str:
    url = reverse("account_login") + (f"?next={next_url}" if next_url else "")
    response = client.post(url, {"login": "operator@example.com", "password": password})
    return response["Location"] if response.status_code == 302 else ""


def test_the_admin_login_form_is_never_shown_and_takes_no_password(operator: User) -> None:
    client = Client()
    entry = client.get("/operator/")
    assert entry.status_code == 302
    door = client.get(entry["Location"])
    assert door.status_code == 302
    assert door["Location"].startswith(reverse("account_login"))
    assert "next=%2Foperator%2F" in door["Location"]
    # Posting the admin's own form with the right password signs nobody in.
    posted = client.post(
        "/operator/login/", {"username": "operator@example.com", "password": OPERATOR_PASSWORD}
    )
    assert posted.status_code == 302
    assert posted["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    assert client.get("/operator/").status_code == 302


def test_wrong_passwords_at_the_door_are_rate_limited(operator: User) -> None:
    TOTP.activate(operator, generate_totp_secret())
    client = Client()
    for _ in range(12):
        assert password_step(client, "wrong password!") == ""
    # The right password is refused now, and the admin stays shut.
    assert password_step(client) == ""
    assert client.get("/operator/").status_code == 302


def test_staff_without_two_step_log_in_cannot_enter(operator: User) -> None:
    client = Client()
    assert password_step(client, next_url="/operator/") == "/operator/"
    assert client.get(reverse("home")).status_code in (200, 302)  # signed in to the app
    entry = client.get("/operator/", follow=True)
    assert entry.status_code == 403
    page = entry.content.decode()
    assert "need two-step log-in" in page
    assert reverse("mfa_index") in page
    assert client.get("/operator/accounts/user/").status_code == 302


def test_staff_with_two_step_log_in_enters_after_the_code(operator: User) -> None:
    secret = generate_totp_secret()
    TOTP.activate(operator, secret)
    client = Client()
    second_step = password_step(client, next_url="/operator/")
    assert second_step == reverse("mfa_authenticate")
    assert client.get("/operator/").status_code == 302  # not before the code
    response = client.post(second_step, {"code": totp_now(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/operator/"
    assert client.get("/operator/").status_code == 200
    assert client.get("/operator/accounts/user/").status_code == 200


def test_a_session_that_skipped_the_second_step_cannot_enter(operator: User) -> None:
    TOTP.activate(operator, generate_totp_secret())
    client = client_for(operator)  # signed in with no record of the second step
    assert client.get("/operator/login/").status_code == 403
    assert client.get("/operator/accounts/user/").status_code == 302


def test_people_who_are_not_staff_find_nothing(db: None) -> None:
    from tests.conftest import make_user, operator_client

    person = make_user("robin@example.com", "Robin")
    client = operator_client(person)  # even with two-step log-in
    assert client.get("/operator/login/").status_code == 404
    assert client.get("/operator/").status_code == 302

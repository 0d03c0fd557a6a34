import os
import subprocess
import sys

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from amends.accounts.models import User
from tests.conftest import Couple


def signup(client: Client, **overrides: str):
    data = {
        "email": "new@example.com",
        "display_name": "Robin",
        "password1": "a long and private phrase",
        "password2": "a long and private phrase",
    }
    data.update(overrides)
    return client.post(reverse("account_signup"), data)


def test_landing_explains_the_product(client: Client, db: None) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A private place to repair trust" in html
    assert 'id="quick-exit"' in html
    assert "<title>Amends</title>" in html


def test_signup_sends_a_discreet_verification_mail(client: Client, db: None) -> None:
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    assert user.display_name == "Robin"
    assert user.password.startswith("md5$") or user.password.startswith("argon2")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Amends: a message about your account"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": ""}, "This field is required"),
        ({"email": "not-an-email"}, "Enter a valid email address"),
        ({"email": "a@" + "b" * 300 + ".com"}, "Enter a valid email address"),
        ({"display_name": ""}, "Please write a name, even a nickname."),
        ({"display_name": "   "}, "Please write a name, even a nickname."),
        ({"display_name": "x" * 61}, "This has 61 characters, and up to 60 fit here."),
        ({"password2": "something else entirely"}, "You must type the same password"),
        ({"password1": "short", "password2": "short"}, "too short"),
        ({"password1": "p" * 300, "password2": "p" * 300}, "at most 256 characters"),
    ],
)
def test_signup_refuses_bad_input_next_to_the_field(
    client: Client, db: None, overrides: dict[str, str], message: str
) -> None:
    response = signup(client, **overrides)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.exists()


def test_login_works_and_failures_are_rate_limited(couple: Couple) -> None:
    cache.clear()
    client = Client()
    url = reverse("account_login")
    for _ in range(5):
        response = client.post(url, {"login": "alex@example.com", "password": "wrong"})
        assert response.status_code == 200
    # Even the right password is refused now, until the limit passes.
    response = client.post(
        url, {"login": "alex@example.com", "password": "correct horse battery staple"}
    )
    assert "Too many failed login attempts" in response.content.decode()
    cache.clear()
    response = client.post(
        url, {"login": "alex@example.com", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302


def test_account_pages_render_in_our_layout(couple: Couple, as_alex: Client) -> None:
    for name in ("account_change_password", "mfa_index", "usersessions_list", "account_email"):
        response = as_alex.get(reverse(name))
        assert response.status_code == 200, name
        assert 'id="quick-exit"' in response.content.decode()


def test_quick_exit_signs_out_and_goes_somewhere_ordinary(couple: Couple, as_alex) -> None:
    response = as_alex.get(reverse("quick_exit"))
    assert response.status_code == 302
    assert "weather" in response["Location"]
    assert as_alex.get(reverse("home")).status_code == 302  # back to log-in
    assert as_alex.post(reverse("quick_exit")).status_code == 204


def test_pages_are_not_cached_and_not_indexed(couple: Couple, as_alex: Client) -> None:
    response = as_alex.get(reverse("home"), follow=True)
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


KEY = "q7Yp0yq3uQ6kT1H4m2e9Zr8vW5nB0cX2aL6sD4fG8hJ"


def _amends(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("AMENDS_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "amends", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_secrets() -> None:
    result = _amends("check", AMENDS_ENV="production")
    assert result.returncode != 0
    assert "AMENDS_SECRET_KEY" in result.stderr


def test_production_passes_the_deploy_check(tmp_path) -> None:
    result = _amends(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        AMENDS_ENV="production",
        AMENDS_SECRET_KEY="k2!" + "x8Zq#v" * 10,
        AMENDS_ALLOWED_HOSTS="amends.example.org",
        AMENDS_ENCRYPTION_KEYS=KEY,
        AMENDS_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_refuses_to_start_without_encryption_keys(tmp_path) -> None:
    result = _amends(
        "check",
        AMENDS_ENV="production",
        AMENDS_SECRET_KEY="k2!" + "x8Zq#v" * 10,
        AMENDS_ALLOWED_HOSTS="amends.example.org",
        AMENDS_VAR_DIR=str(tmp_path),
    )
    assert result.returncode != 0
    assert "AMENDS_ENCRYPTION_KEYS" in result.stderr


def test_demo_refuses_production(tmp_path) -> None:
    result = _amends(
        "demo",
        AMENDS_ENV="production",
        AMENDS_SECRET_KEY="k2!" + "x8Zq#v" * 10,
        AMENDS_ALLOWED_HOSTS="amends.example.org",
        AMENDS_ENCRYPTION_KEYS=KEY,
        AMENDS_VAR_DIR=str(tmp_path),
    )
    assert result.returncode != 0
    assert "not for a real instance" in result.stderr


def test_demo_loads_once(db: None) -> None:
    from django.core.management import call_command

    call_command("demo")
    call_command("demo")
    assert User.objects.filter(email__in=["alex@example.com", "jordan@example.com"]).count() == 2
    client = Client()
    response = client.post(
        reverse("account_login"), {"login": "alex@example.com", "password": "amends-demo"}
    )
    assert response.status_code == 302


def test_our_static_files_are_found() -> None:
    from django.contrib.staticfiles import finders

    assert finders.find("amends/amends.css") is not None
    assert finders.find("amends/amends.js") is not None


def test_referrer_policy_keeps_same_origin_form_posts_working(client: Client, db: None) -> None:
    # "no-referrer" makes browsers send "Origin: null" on form posts, which fails CSRF.
    response = client.get("/")
    assert response["Referrer-Policy"] == "same-origin"
    assert 'content="same-origin"' in response.content.decode()


def test_password_change_notice_goes_only_to_the_account_and_says_nothing(
    couple: Couple, as_alex: Client
) -> None:
    mail.outbox.clear()
    response = as_alex.post(
        reverse("account_change_password"),
        {
            "oldpassword": "correct horse battery staple",
            "password1": "a brand new long phrase",
            "password2": "a brand new long phrase",
        },
    )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["alex@example.com"]]
    assert mail.outbox[0].subject == "Amends: a message about your account"


def test_no_page_title_says_more_than_amends() -> None:
    # Titles show in tab bars, history and task switchers: never say what a page is about.
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[2] / "amends"
    for template in root.rglob("*.html"):
        for title in re.findall(r"{% block title %}(.*?){% endblock", template.read_text()):
            assert title.strip() in {"", "Amends"}, (template, title)


def test_demo_has_twelve_weeks_of_check_ins_some_shared(db: None) -> None:
    from django.core.management import call_command

    from amends.checkins import weeks
    from amends.checkins.models import CheckIn
    from amends.checkins.selectors import checkin_trends_visible_to, shared_notes
    from amends.spaces.selectors import space_roles, spaces_of

    call_command("demo")
    alex = User.objects.get(email="alex@example.com")
    jordan = User.objects.get(email="jordan@example.com")
    sam = User.objects.get(email="sam@example.com")
    roles = space_roles(spaces_of(user=alex).get())
    checkins = CheckIn.objects.filter(space=roles.space)
    span = weeks.this_monday() - min(c.week for c in checkins)
    assert span.days == 7 * 11  # twelve weeks, this one included
    assert {c.author_id for c in checkins} == {alex.pk, jordan.pk}
    # Each sees the other's numbers; Sam sees only Jordan's, as each of them chose.
    assert checkin_trends_visible_to(viewer=jordan, roles=roles, person=alex) is not None
    assert checkin_trends_visible_to(viewer=alex, roles=roles, person=jordan) is not None
    assert checkin_trends_visible_to(viewer=sam, roles=roles, person=alex) is None
    assert checkin_trends_visible_to(viewer=sam, roles=roles, person=jordan) is not None
    assert shared_notes(viewer=jordan, roles=roles, person=alex)
    assert any(c.visibility == "private" and c.note for c in checkins)
    response = Client().post(
        reverse("account_login"), {"login": "alex@example.com", "password": "amends-demo"}
    )
    progress = Client()
    progress.force_login(alex)
    page = progress.get(reverse("checkin_progress", args=[roles.space.uid]))
    assert response.status_code == 302 and page.status_code == 200
    assert "<svg" in page.content.decode()

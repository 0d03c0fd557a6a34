"""Settings shows the keys apps hold to the account (API tokens) and ends any of them, with
plain forms (no JavaScript needed); "Sign out everywhere" ends every key and sign-in."""

from django.test import Client, RequestFactory
from playwright.sync_api import expect

from amends.api.models import ApiToken
from amends.api.tokens import token_create
from tests.browser.conftest import PASSWORD


def make_key(email: str, name: str) -> str:
    request = RequestFactory().post("/api/v1/auth/token")
    _, token = token_create(request=request, email=email, password=PASSWORD, name=name)
    return token


def answers(token: str) -> int:
    return Client().get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code


def test_settings_lists_keys_and_ends_one_without_javascript(
    page_as, couple, server, axe_check, shot
) -> None:
    laptop = make_key("alex@example.com", "laptop")
    script = make_key("alex@example.com", "backup script")
    make_key("jordan@example.com", "jordan's tablet")
    answers(script)  # used once: "Last used" shows a day

    page = page_as(couple.alex, "phone")
    page.goto(server.url("/settings/"))
    page.get_by_role("link", name="Apps with a key to your account").click()
    expect(page.get_by_role("heading", name="Apps with a key to your account")).to_be_visible()
    keys = page.get_by_role("list", name="Your keys").get_by_role("listitem")
    expect(keys).to_have_count(2)
    laptop_card = keys.filter(has_text="laptop")
    expect(laptop_card).to_contain_text("Made")
    expect(laptop_card).to_contain_text("Not used yet")
    expect(laptop_card).to_contain_text("Ends")
    expect(keys.filter(has_text="backup script")).not_to_contain_text("Not used yet")
    assert "jordan's tablet" not in page.content()
    assert laptop not in page.content() and script not in page.content()
    axe_check(page, "account-keys")
    shot(page, "account-keys")

    # Ending a key is a plain form: it works with JavaScript off.
    page = page_as(couple.alex, "phone", java_script_enabled=False)
    page.goto(server.url("/settings/tokens/"))
    page.get_by_role("button", name="End this key: laptop").click()
    expect(page.get_by_text("That key is ended.")).to_be_visible()
    expect(page.get_by_role("list", name="Your keys").get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_role("button", name="End this key: backup script")).to_be_visible()
    assert answers(laptop) == 401
    assert answers(script) == 200

    page.get_by_role("button", name="End this key: backup script").click()
    expect(page.get_by_text("No app has a key to your account.")).to_be_visible()
    assert answers(script) == 401
    assert not ApiToken.objects.filter(user=couple.alex, revoked_at__isnull=True).exists()


def test_sign_out_everywhere_ends_keys_and_other_sign_ins(page_as, couple, server) -> None:
    key = make_key("alex@example.com", "laptop")
    other_device = page_as(couple.alex, "desktop")
    other_device.goto(server.url("/settings/"))
    expect(other_device.get_by_role("heading", name="Settings", exact=True)).to_be_visible()

    page = page_as(couple.alex, "phone")
    page.goto(server.url("/settings/"))
    page.get_by_role("button", name="Sign out everywhere").click()
    expect(page.get_by_text("You are signed out everywhere")).to_be_visible()
    assert "/accounts/login/" in page.url
    assert answers(key) == 401
    other_device.goto(server.url("/settings/"))
    assert "/accounts/login/" in other_device.url

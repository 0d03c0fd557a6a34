"""Journey 3: "Leave quickly" (button, Escape twice, and without JavaScript).

Each way must land on the neutral page, end the session on the server, and leave nothing
private one press of the back button away. The neutral page is a local stub (see
NEUTRAL_URL in conftest.py); no test touches the network.
"""

import time
from datetime import datetime, timedelta
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from playwright.sync_api import Page, expect

from amends.journal.services import journal_entry_create
from tests.browser.conftest import NEUTRAL_TITLE, NEUTRAL_URL, Server

PRIVATE = "Something only I should ever read."


@pytest.fixture
def private_entry(couple) -> str:
    journal_entry_create(space=couple.space, by=couple.alex, text=PRIVATE)
    return PRIVATE


def open_private_journal(page: Page, server: Server, couple) -> None:
    """Home first, then the journal through the nav: a realistic history to go back into."""
    page.goto(server.url(f"/s/{couple.space.uid}/"))
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Journal").click()
    expect(page.get_by_text(PRIVATE)).to_be_visible()
    page.wait_for_load_state("load")  # amends.js is in place


def sessions_left_for(user) -> int:
    # Sessions are sealed for their key: opened through the store, not get_decoded().
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return sum(
        1
        for session in Session.objects.all()
        if store(session.session_key).load().get("_auth_user_id") == str(user.pk)
    )


def assert_signed_out(user, timeout: float = 5.0) -> None:
    """The server forgot the session (the beacon may land a moment after the new page)."""
    deadline = time.monotonic() + timeout
    while sessions_left_for(user) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sessions_left_for(user) == 0, "the quick exit did not end the session"


def assert_on_neutral_page(page: Page) -> None:
    expect(page).to_have_url(NEUTRAL_URL)
    expect(page).to_have_title(NEUTRAL_TITLE)


def assert_back_shows_nothing_private(page: Page, server: Server) -> None:
    """Back lands before the private page, or on the log-in page: never on space content."""
    page.go_back()
    page.wait_for_load_state("load")
    assert PRIVATE not in page.content()
    if page.url.startswith(server.base):
        assert server.path_of(page).startswith("/accounts/login/"), f"back showed {page.url}"
        expect(page.locator("input[name=login]")).to_be_visible()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_leave_quickly_button(page_as, couple, server, private_entry, viewport) -> None:
    page = page_as(couple.alex, viewport)
    open_private_journal(page, server, couple)
    page.get_by_role("link", name="Leave quickly").click()
    assert_on_neutral_page(page)
    assert_signed_out(couple.alex)
    assert_back_shows_nothing_private(page, server)


def test_escape_twice_leaves(page_as, couple, server, private_entry) -> None:
    page = page_as(couple.alex, "desktop")
    start = datetime(2026, 1, 5, 9, 0)
    page.clock.install(time=start)
    open_private_journal(page, server, couple)
    # The page's clock stands still from here: the gaps between the presses are the ones
    # written below, not however long a busy machine takes between two key presses (the
    # quick exit wants two within 1.5 s).
    page.clock.pause_at(start + timedelta(hours=1))
    # One Escape (closing something, say) does nothing; nor do two far apart.
    page.keyboard.press("Escape")
    page.clock.fast_forward(2000)
    page.keyboard.press("Escape")
    expect(page.get_by_text(PRIVATE)).to_be_visible()
    assert sessions_left_for(couple.alex) == 1
    # Two in quick succession leave, even while typing in a field.
    page.get_by_label("Your entry").focus()
    page.clock.fast_forward(2000)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert_on_neutral_page(page)
    assert_signed_out(couple.alex)
    assert_back_shows_nothing_private(page, server)


def test_leave_quickly_without_javascript(page_as, couple, server, private_entry) -> None:
    page = page_as(couple.alex, "phone", java_script_enabled=False)
    open_private_journal(page, server, couple)
    page.get_by_role("link", name="Leave quickly").click()
    assert_on_neutral_page(page)
    assert sessions_left_for(couple.alex) == 0
    assert not [c for c in page.context.cookies() if c["name"] == "sessionid"]
    assert_back_shows_nothing_private(page, server)

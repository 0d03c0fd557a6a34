"""Journey 4: everything works with the keyboard alone (Tab, typing, Enter, arrows).

No clicks and no ``fill``: focus moves only by key presses, and ``tab_to`` checks that the
focus is visible wherever it lands.
"""

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    PASSWORD,
    assert_focus_visible,
    confirmation_link,
    focused_description,
    tab_to,
)


def focused(page: Page, selector: str) -> bool:
    return bool(page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector))


def press_tab_expecting(page: Page, selector: str) -> None:
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")
    assert focused(page, selector), f"expected {selector}, focus is on {focused_description(page)}"
    assert_focus_visible(page)


def test_sign_up_with_the_keyboard_only(anon_page, server) -> None:
    page = anon_page("desktop")
    page.goto(server.url("/"))
    # The first two stops on every page: skip to content, then the quick exit.
    press_tab_expecting(page, "a.skip-link")
    press_tab_expecting(page, "#quick-exit")

    tab_to(page, 'main a[href="/accounts/signup/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(server.url("/accounts/signup/"))

    tab_to(page, "input[name=email]")
    page.keyboard.type("robin@example.com")
    # The fields come in reading order, one Tab apart.
    press_tab_expecting(page, "input[name=display_name]")
    page.keyboard.type("Robin")
    press_tab_expecting(page, "input[name=password1]")
    page.keyboard.type(PASSWORD)
    press_tab_expecting(page, "input[name=password2]")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check your e-mail")

    # Opening the link from the mail is the one step that is not on this page.
    page.goto(confirmation_link("robin@example.com"))
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(server.url("/home/"))

    tab_to(page, 'main a[href="/spaces/new/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(server.url("/spaces/new/"))
    tab_to(page, "input[name=name]")
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("Robin and Sky")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/s/[0-9a-f-]{36}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Robin and Sky")


def test_write_a_journal_entry_with_the_keyboard_only(page_as, couple, server) -> None:
    page = page_as(couple.alex, "desktop")
    page.goto(server.url(f"/s/{couple.space.uid}/"))
    tab_to(page, 'nav a[href$="/journal/"]')
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Journal")).to_be_visible()

    # Skip to content, then into the form: the audience comes first, "Only you" chosen.
    press_tab_expecting(page, "a.skip-link")
    page.keyboard.press("Enter")
    tab_to(page, "input[name=visibility]")
    assert focused(page, "input[name=visibility][value=private]:checked")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("You and Jordan", exact=True)).to_be_checked()
    expect(page.get_by_label("Only you", exact=True)).not_to_be_checked()
    press_tab_expecting(page, "textarea[name=text]")
    page.keyboard.type("Typed without a mouse.")
    page.keyboard.press("Enter")
    page.keyboard.type("Second line.")
    press_tab_expecting(page, "form.writer button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.get_by_text("Saved.")).to_be_visible()
    card = page.locator("li.card", has_text="Typed without a mouse.")
    expect(card).to_contain_text("Second line.")
    expect(card.locator(".meta")).to_contain_text("You and Jordan")

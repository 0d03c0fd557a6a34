"""Journey 2: what Alex writes in the journal reaches Jordan only when Alex shares it."""

from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_quick_exit_in_corner

PRIVATE = "I still check your phone when you are asleep."
SHARED = "I noticed you came home early on Tuesday. It helped."


def write_entry(page: Page, text: str, audience: str) -> None:
    form = page.locator("form.writer")
    # Before typing, the page says who will read it, and "Only you" is the default.
    expect(form.get_by_role("group", name="Who can read this")).to_be_visible()
    expect(form.get_by_label("Only you", exact=True)).to_be_checked()
    form.get_by_label(audience, exact=True).check()
    form.get_by_label("Your entry").fill(text)
    form.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved.")).to_be_visible()


def card_of(page: Page, text: str):
    return page.locator("li.card", has_text=text)


def test_only_shared_entries_reach_the_partner(page_as, couple, server) -> None:
    journal = server.url(f"/s/{couple.space.uid}/journal/")
    alex = page_as(couple.alex, "phone")
    alex.goto(journal)
    write_entry(alex, PRIVATE, "Only you")
    assert_quick_exit_in_corner(alex, "journal list with a 'Saved.' message")
    write_entry(alex, SHARED, "You and Jordan")

    # Each entry says who can read it, and shared ones look different (not by colour alone).
    expect(card_of(alex, PRIVATE).locator(".meta")).to_contain_text("Only you")
    expect(card_of(alex, PRIVATE).locator(".mark-private")).to_have_count(1)
    expect(card_of(alex, SHARED).locator(".meta")).to_contain_text("You and Jordan")
    expect(card_of(alex, SHARED).locator(".mark-partner")).to_have_count(1)

    jordan = page_as(couple.jordan, "desktop")
    jordan.goto(journal)
    expect(card_of(jordan, SHARED)).to_contain_text("Shared with you by Alex")
    assert PRIVATE not in jordan.content()
    # Jordan cannot change Alex's entry.
    expect(card_of(jordan, SHARED).get_by_role("link", name="Edit")).to_have_count(0)
    jordan.goto(server.url(f"/s/{couple.space.uid}/"))
    expect(jordan.locator("main")).to_contain_text(SHARED)
    assert PRIVATE not in jordan.content()

    # Sam, their professional, reads neither: both are for Alex and Jordan only.
    sam = page_as(couple.sam, "desktop")
    sam.goto(journal)
    expect(sam.get_by_role("heading", name="Journal")).to_be_visible()
    assert PRIVATE not in sam.content()
    assert SHARED not in sam.content()

    # Alex decides to share the private one after all.
    card_of(alex, PRIVATE).get_by_role("link", name="Edit or change who can read it").click()
    expect(alex.get_by_role("heading", name="Edit your entry")).to_be_visible()
    expect(alex.get_by_label("Only you", exact=True)).to_be_checked()
    alex.get_by_label("You and Jordan", exact=True).check()
    alex.get_by_role("button", name="Save").click()
    expect(alex).to_have_url(journal)
    expect(card_of(alex, PRIVATE).locator(".meta")).to_contain_text("You and Jordan")

    jordan.goto(journal)
    expect(card_of(jordan, PRIVATE)).to_contain_text("Shared with you by Alex")
    expect(card_of(jordan, SHARED)).to_be_visible()

"""Being open: Jordan offers something specific, for a while; Alex takes it up; at the review
they keep it going to a new day; at the next, it winds down. Alex once says, privately, that
they feel pressured: Jordan never sees it. The page says the app never watches a device."""

from django.utils import timezone
from playwright.sync_api import expect

from amends.transparency.models import Offer


def _review_day_comes() -> None:
    offer = Offer.objects.get()
    offer.review_on = timezone.localdate()
    offer.save(update_fields=["review_on"])


def test_an_offer_made_accepted_reviewed_and_wound_down(
    page_as, couple, server, axe_check, shot
) -> None:
    space_id = couple.space.uid
    jordan = page_as(couple.jordan, "phone")

    # It lives under More, with the other tools.
    jordan.goto(server.url(f"/s/{space_id}/"))
    jordan.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    jordan.get_by_role("link", name="Being open").click()
    expect(jordan).to_have_url(server.url(f"/s/{space_id}/open/"))
    expect(jordan.locator("main")).to_contain_text("never ask for a password")
    axe_check(jordan, "transparency-home")
    shot(jordan, "transparency-home")

    # A suggestion, and the review day already suggested (five weeks): saved as a draft.
    jordan.get_by_label("I'll tell you if they contact me, and what was said.").check()
    jordan.get_by_role("button", name="Save it for now").click()
    expect(jordan.locator(".messages")).to_contain_text("only for you")
    expect(jordan.locator("main")).to_contain_text("Only you can read this.")
    axe_check(jordan, "transparency-draft")
    jordan.get_by_role("button", name="Offer it to Alex").click()
    expect(jordan.locator(".messages")).to_contain_text("Alex can read it now")

    # Alex takes it up.
    alex = page_as(couple.alex, "desktop")
    alex.goto(server.url(f"/s/{space_id}/open/"))
    alex.get_by_role("link", name="Answer").click()
    expect(alex.locator("main")).to_contain_text("Jordan offered this freely")
    axe_check(alex, "transparency-answer")
    alex.get_by_role("button", name="Yes, thank you").click()
    expect(alex.locator(".messages")).to_contain_text("It is on")

    # Privately: "I feel pressured". Jordan's page says nothing of it.
    alex.get_by_label("A few words for yourself (optional)").fill("I said yes too fast.")
    alex.get_by_role("button", name="I feel pressured into this").click()
    expect(alex.locator("#pressure")).to_contain_text("Only you can see this")
    expect(alex.get_by_role("link", name="The private safety questions")).to_be_visible()
    shot(alex, "transparency-pressured")
    jordan.goto(alex.url)
    expect(jordan.locator("main")).not_to_contain_text("too fast")
    expect(jordan.locator("main")).not_to_contain_text("You said you feel pressured")
    alex.get_by_role("button", name="Take this back").click()

    # The review day comes: Jordan suggests keeping it going; Alex agrees.
    _review_day_comes()
    jordan.reload()
    expect(jordan.locator("main")).to_contain_text("Time to look at it again")
    jordan.get_by_text("Keep it going until a new day").click()
    jordan.get_by_role("button", name="Suggest this day").click()
    expect(jordan.locator(".messages")).to_contain_text("Alex is asked to agree")
    alex.reload()
    alex.get_by_role("button", name="Agree: keep it until").click()
    expect(alex.locator(".messages")).to_contain_text("It keeps going until the new day")
    expect(alex.locator("main")).to_contain_text("kept it going once")

    # At the next review, it winds down, as agreed it could.
    _review_day_comes()
    jordan.reload()
    jordan.get_by_role("button", name="Let it end now").click()
    expect(jordan.locator(".messages")).to_contain_text("It has ended")
    expect(jordan.locator("main")).to_contain_text("Wound down at a review by you")
    axe_check(jordan, "transparency-ended")
    alex.reload()
    expect(alex.locator("main")).to_contain_text("Wound down at a review by Jordan")
    expect(alex.locator("main")).not_to_contain_text("Release Jordan")

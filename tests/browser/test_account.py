"""The account: Alex (who was hurt) chooses first how much detail they want; Jordan writes a
part, sees Alex's choices beside it, shares it and signs it as complete; Alex reads it and
signs; Jordan tells something more later, which is marked "told later", in the account and
in date order."""

from playwright.sync_api import expect

from amends.repair import services as repair

WHEN = "It began last October, after the work trip, and ended in March."
LATER = "She wrote to me yesterday. I did not answer, and I wanted you to know."


def test_an_account_written_detail_chosen_signed_off_and_a_later_addition(
    page_as, couple, server, axe_check, shot
) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_emotional",
        description="The messages.",
    )
    space_id = couple.space.uid

    # Alex finds it under More, and chooses before anything is written to them.
    alex = page_as(couple.alex, "phone")
    alex.set_default_timeout(30_000)  # a shared machine can be slow to answer
    alex.goto(server.url(f"/s/{space_id}/"))
    alex.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    alex.get_by_role("link", name="The account").click()
    alex.get_by_role("link", name="Infidelity: emotional").click()
    alex.get_by_role("link", name="Choose how much I want to know").click()
    expect(alex.get_by_role("heading", level=1)).to_have_text("How much do you want to know?")
    expect(alex.get_by_label("Leave sexual details out")).to_be_checked()
    contact = alex.get_by_role("group", name="What contact there still is")
    contact.get_by_label("Everything I ask about").check()
    alex.get_by_label("You and Jordan", exact=True).check()
    axe_check(alex, "account-detail")
    shot(alex, "account-detail")
    alex.get_by_role("button", name="Save my choices").click()
    expect(alex.locator(".messages")).to_contain_text("Saved.")

    # Jordan writes a part with Alex's choice beside it, shares the account and signs it.
    jordan = page_as(couple.jordan, "desktop")
    jordan.set_default_timeout(30_000)
    jordan.goto(server.url(f"/s/{space_id}/account/{breach.uid}/"))
    expect(jordan.locator("main")).to_contain_text("They asked you to leave sexual details out")
    jordan.get_by_role("link", name="Write this part").first.click()
    expect(jordan.locator("main")).to_contain_text("Alex asked for: What you think I should know")
    expect(jordan.locator("main")).to_contain_text("Only you")
    jordan.get_by_label("When it started, and how long it went on").fill(WHEN)
    axe_check(jordan, "account-part")
    jordan.get_by_role("button", name="Save this part").click()
    expect(jordan.locator(".messages")).to_contain_text("Only you can see it")
    jordan.get_by_label("You and Alex", exact=True).check()
    jordan.get_by_role("button", name="Share the account").click()
    expect(jordan.locator(".messages")).to_contain_text("Your account is shared")
    jordan.get_by_role("button", name="This is everything: sign it").click()
    expect(jordan.locator("main")).to_contain_text("signed as complete on")

    # Alex reads it and signs.
    alex.goto(server.url(f"/s/{space_id}/account/{breach.uid}/"))
    expect(alex.locator("main")).to_contain_text(WHEN)
    axe_check(alex, "account-read")
    shot(alex, "account-read")
    alex.get_by_role("button", name="I have read it: sign it").click()
    expect(alex.locator("main")).to_contain_text("signed as read on")

    # Something told later: dated and marked, in the account and in date order.
    jordan.reload()
    jordan.get_by_label("In your words").fill(LATER)
    jordan.get_by_role("button", name="Add it").click()
    expect(jordan.locator(".messages")).to_contain_text("marked as told later")
    alex.goto(server.url(f"/s/{space_id}/account/{breach.uid}/timeline/"))
    last = alex.locator("main ol.timeline li").last
    expect(last).to_contain_text("told later")
    expect(last).to_contain_text(LATER)
    axe_check(alex, "account-timeline")
    shot(alex, "account-timeline")

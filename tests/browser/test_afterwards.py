"""After the repair: Alex, whose hurt has been atoned for, asks for the comfort they needed
and did not get; Jordan reads it and answers; Alex reads the answer. The ask is a draft
only Alex can read until Alex shares it."""

from playwright.sync_api import expect

from tests.afterwards_setup import atoned

ASK = "That night I needed you to call me and say sorry. I still need to hear that I matter."
ANSWER = "You matter more than any job. I should have called. I will call, every time."


def test_asking_for_comfort_answered(page_as, couple, server, axe_check, shot) -> None:
    breach = atoned(couple, description="The birthday dinner you missed.")
    space_id = couple.space.uid
    alex = page_as(couple.alex, "phone")

    # From the path's page: "After the repair", then the step.
    alex.goto(server.url(f"/s/{space_id}/path/{breach.uid}/"))
    alex.get_by_role("link", name="After the repair").click()
    expect(alex.get_by_role("heading", level=1, name="After the repair")).to_be_visible()
    axe_check(alex, "afterwards-home")
    shot(alex, "afterwards-home")
    alex.get_by_role("link", name="Asking for comfort").click()
    expect(alex.get_by_label("Only you", exact=True)).to_be_checked()

    # First a draft, only for Alex.
    alex.get_by_label("The comfort I needed").fill(ASK)
    alex.get_by_role("button", name="Save my ask").click()
    expect(alex.locator(".messages")).to_contain_text("Kept for you")
    expect(alex.locator("main")).to_contain_text("a draft only you can read")
    jordan = page_as(couple.jordan, "desktop")
    comfort = server.url(f"/s/{space_id}/after/{breach.uid}/comfort/")
    jordan.goto(comfort)
    expect(jordan.locator("main")).not_to_contain_text(ASK)
    expect(jordan.locator("main")).to_contain_text("Nothing asked yet")

    # Then shared with Jordan.
    alex.get_by_label("You and Jordan", exact=True).check()
    alex.get_by_role("button", name="Save my ask").click()
    expect(alex.locator(".messages")).to_contain_text("Shared")
    expect(alex.locator("main")).to_contain_text("Waiting for an answer.")
    axe_check(alex, "afterwards-comfort")
    shot(alex, "afterwards-comfort")

    # Jordan sees it waiting, reads it, answers.
    jordan.goto(server.url(f"/s/{space_id}/after/{breach.uid}/"))
    expect(jordan.locator("main")).to_contain_text("Your partner asked. Waiting for you.")
    jordan.get_by_role("link", name="Asking for comfort").click()
    expect(jordan.locator("main")).to_contain_text(ASK)
    jordan.get_by_label("My answer").fill(ANSWER)
    jordan.get_by_label("You and Alex", exact=True).check()
    jordan.get_by_role("button", name="Save my answer").click()
    expect(jordan.locator(".messages")).to_contain_text("Shared")
    axe_check(jordan, "afterwards-comfort-answered")

    # Alex reads the answer; the step says it is asked and answered.
    alex.goto(comfort)
    expect(alex.locator("main")).to_contain_text(ANSWER)
    alex.get_by_role("link", name="After the repair").click()
    expect(alex.locator("main")).to_contain_text("Asked and answered.")
    shot(alex, "afterwards-answered")

"""Journey 10: an everyday hurt, said plainly and heard, in a few minutes: Alex says what
hurt, Jordan says back what they heard, Alex says "We're okay"."""

import re

from playwright.sync_api import expect


def test_an_everyday_hurt_is_heard_and_settled(page_as, couple, server, axe_check) -> None:
    space_id = couple.space.uid
    alex = page_as(couple.alex, "phone")
    jordan = page_as(couple.jordan, "desktop")

    alex.goto(server.url(f"/s/{space_id}/talk/"))
    alex.get_by_role("link", name="Something hurt me").click()
    expect(alex).to_have_url(server.url(f"/s/{space_id}/talk/hurts/"))
    expect(alex.get_by_role("heading", level=1, name="Something hurt me")).to_be_visible()
    expect(alex.get_by_label("You and Jordan", exact=True)).to_be_checked()
    alex.get_by_label("What happened").fill("You left the party early without saying goodbye.")
    alex.get_by_label("How I felt").fill("I felt sad and a little embarrassed.")
    alex.get_by_label("What I need (optional)").fill("I need a hug, and a goodbye next time.")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Share it").click()
    expect(alex).to_have_url(re.compile(rf"/s/{space_id}/talk/hurts/[0-9a-f-]{{36}}/$"))
    expect(alex.locator(".messages")).to_contain_text("Shared. Your partner will see it in Talk.")
    expect(alex.get_by_role("heading", level=1, name="What hurt you")).to_be_visible()
    expect(alex.locator("main article").first).to_contain_text("Waiting for an answer")
    detail = alex.url

    jordan.goto(server.url(f"/s/{space_id}/talk/hurts/"))
    axe_check(jordan, "hurts-list")
    jordan.locator("main ul.cards").get_by_role("link", name=re.compile(r"^Alex, ")).click()
    expect(jordan).to_have_url(detail)
    expect(jordan.get_by_role("heading", level=1, name="What hurt Alex")).to_be_visible()
    expect(jordan.locator("main")).to_contain_text("I need a hug, and a goodbye next time.")
    expect(jordan.get_by_role("button", name="We're okay")).to_have_count(0)  # Alex's to say
    axe_check(jordan, "hurt-detail-reply")
    jordan.get_by_label("What I heard, and what I understand").fill(
        "I heard that you felt sad when I left early, and that you need a hug."
    )
    with jordan.expect_navigation():
        jordan.get_by_role("button", name="Share it").click()
    expect(jordan.locator(".messages")).to_contain_text("Shared.")
    expect(jordan.locator("main")).to_contain_text("You heard")

    alex.reload()
    expect(alex.locator("main article", has_text="Jordan heard")).to_contain_text(
        "you felt sad when I left early"
    )
    expect(alex.locator("main article").first).to_contain_text("Answered")
    axe_check(alex, "hurt-detail-settle")
    with alex.expect_navigation():
        alex.get_by_role("button", name="We're okay").click()
    expect(alex.locator(".messages")).to_contain_text("Noted: you're okay. Thank you both.")
    expect(alex.locator("main article").first).to_contain_text("We're okay")
    expect(alex.get_by_role("button", name="We're okay")).to_have_count(0)

    jordan.goto(server.url(f"/s/{space_id}/talk/hurts/"))
    expect(jordan.locator("main li.card", has_text="Alex,")).to_contain_text("We're okay")
    jordan.goto(detail)
    expect(jordan.locator("main article").first).to_contain_text("We're okay")
    expect(jordan.get_by_label("What I heard, and what I understand")).to_have_count(0)

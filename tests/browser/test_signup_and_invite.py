"""Journey 1: Alex signs up, starts a space and invites Jordan, who signs up from the link.

Two people, two browser contexts (Alex on a phone, Jordan on a desktop), real forms all the
way: sign-up, e-mail verification (link read from the outbox), the invitation link read
from the page, the join page.
"""

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import confirmation_link, sign_up


def people_listed(page: Page) -> list[str]:
    return [item.strip() for item in page.locator("main ul.link-list li").all_inner_texts()]


def test_two_partners_sign_up_and_meet_in_one_space(new_context, server, axe_check) -> None:
    alex = new_context("phone").new_page()
    alex.goto(server.url("/"))
    alex.get_by_role("link", name="Create an account").click()
    expect(alex).to_have_url(server.url("/accounts/signup/"))
    sign_up(alex, name="Alex", email="alex@example.com")

    expect(alex.get_by_role("heading", level=1)).to_contain_text("Check your e-mail")
    axe_check(alex, "verify-email-sent")
    alex.goto(confirmation_link("alex@example.com"))
    axe_check(alex, "confirm-email")
    alex.get_by_role("button", name="Confirm").click()

    # Signed in, no space yet: one clear next step.
    expect(alex).to_have_url(server.url("/home/"))
    expect(alex.get_by_role("heading", name="Welcome")).to_be_visible()
    axe_check(alex, "home-no-space")
    alex.get_by_role("link", name="Start your space").click()
    expect(alex).to_have_url(server.url("/spaces/new/"))
    alex.get_by_label("Name your space").fill("Us")
    alex.get_by_role("button", name="Start").click()
    expect(alex).to_have_url(re.compile(r"/s/[0-9a-f-]{36}/$"))
    space_path = server.path_of(alex)
    expect(alex.get_by_role("heading", level=1, name="Us")).to_be_visible()

    # People: make the invitation link and read it off the page.
    alex.get_by_role("link", name="Invite your partner").click()
    expect(alex).to_have_url(server.url(f"{space_path}people/"))
    alex.get_by_role("button", name="Make an invitation link").click()
    link_field = alex.get_by_label("Link", exact=True)
    expect(link_field).to_be_visible()
    link = link_field.input_value()
    assert link.startswith(server.url("/invite/")), link
    axe_check(alex, "people-with-link")

    # Jordan, elsewhere, opens the link, makes an account and verifies it.
    jordan = new_context("desktop").new_page()
    jordan.goto(link)
    expect(jordan.get_by_role("heading", name="You have been invited")).to_be_visible()
    axe_check(jordan, "invite-welcome")
    jordan.get_by_role("link", name="Create an account").click()
    sign_up(jordan, name="Jordan", email="jordan@example.com")
    expect(jordan.get_by_role("heading", level=1)).to_contain_text("Check your e-mail")
    jordan.goto(confirmation_link("jordan@example.com"))
    jordan.get_by_role("button", name="Confirm").click()

    # Verification brings Jordan back to the invitation, which asks before joining.
    expect(jordan).to_have_url(link)
    expect(jordan.get_by_role("heading", name="Join the space?")).to_be_visible()
    axe_check(jordan, "invite-confirm")
    jordan.get_by_role("button", name="Join").click()
    expect(jordan).to_have_url(server.url(space_path))
    expect(jordan.get_by_text("Welcome. You are in.")).to_be_visible()

    # Both see each other in People.
    jordan.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    jordan.get_by_role("link", name="People in this space").click()
    expect(jordan).to_have_url(server.url(f"{space_path}people/"))
    assert sorted(people_listed(jordan)) == ["Alex, partner", "Jordan (you), partner"]

    alex.reload()
    assert sorted(people_listed(alex)) == ["Alex (you), partner", "Jordan, partner"]
    # The space is full now: no more partner invitations on offer.
    expect(alex.get_by_role("button", name="Make an invitation link")).to_have_count(0)
    # Opening the link again takes Jordan, who joined through it, back into the space (the
    # link is single use: nobody else gets in, see test_journeys_b_end_right.py).
    jordan.goto(link)
    expect(jordan).to_have_url(server.url(space_path))
    expect(jordan.locator(".messages")).to_contain_text("You are already in this space.")

"""The first invitation, in a real browser (docs/practice.md): Alex and Jordan agree to
invite a professional before they know who it will be; Sam joins through the link, is asked
first how they handle what one partner tells them alone, and waits. Each partner reads it
on their home and says yes on People; Sam sees the couple only after both have."""

from playwright.sync_api import expect

from amends.spaces import services as spaces


def test_a_professional_joins_and_waits_for_both_yeses(page_as, couple, server, axe_check) -> None:
    alex, jordan = couple.alex, couple.jordan
    space = spaces.space_create(by=alex, name="Second")
    partner = spaces.partner_invite_create(space=space, by=alex)
    spaces.invite_accept(token=partner.token, by=jordan)
    proposal = spaces.professional_invite_propose(space=space, by=alex)
    spaces.professional_approve(invite=proposal, by=jordan)
    link = spaces.professional_link_create(invite=proposal, by=jordan)

    # Sam (who has said nothing yet) joins, and is asked first.
    sam = page_as(couple.sam, "desktop")
    sam.goto(server.url(f"/invite/{link.token}/"))
    sam.get_by_role("button", name="Join").click()
    expect(sam.get_by_role("heading", level=1)).to_have_text(
        "When one partner tells you something alone"
    )
    sam.get_by_label("I will help you tell your partner", exact=False).check()
    sam.get_by_label("In your own words (if you like)").fill("We talk about it together soon.")
    sam.get_by_role("button", name="Save").click()
    expect(sam.get_by_text("Saved.")).to_be_visible()
    sam.goto(server.url("/practice/"))
    expect(sam.locator("main")).to_contain_text("A couple you joined is reading how you handle")
    assert sam.request.get(server.url(f"/s/{space.uid}/couple/")).status == 404

    for person, device in ((alex, "phone"), (jordan, "desktop")):
        page = page_as(person, device)
        page.goto(server.url(f"/s/{space.uid}/"))
        main = page.locator("main")
        expect(main).to_contain_text(
            "Sam has joined. Before they see anything, read how they handle what one of you"
        )
        expect(main).to_contain_text("We talk about it together soon.")
        page.get_by_role("link", name="Decide about this").first.click()
        expect(page.locator(".secrets-policy").first).to_contain_text("We talk about it together")
        axe_check(page, f"first-invitation-{device}")
        page.get_by_role("button", name="I agree").click()
        expect(page.get_by_text("Your agreement is recorded")).to_be_visible()
        expect(page.get_by_role("button", name="I agree")).to_have_count(0)
        if person == alex:
            # One yes is not enough.
            assert sam.request.get(server.url(f"/s/{space.uid}/couple/")).status == 404
            expect(page.locator("main")).to_contain_text("can see nothing until Jordan says yes")

    sam.goto(server.url(f"/s/{space.uid}/couple/"))
    expect(sam.get_by_role("heading", level=1)).to_be_visible()

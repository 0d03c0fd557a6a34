"""Both tracks. Jordan, who caused the hurt (an addiction), finds their own part under More,
writes a first private reflection, checks in on a day they slipped and tells Alex, who sees
it, dated and marked "told within a day". And a question that comes again: Jordan sees a
gentle note and their earlier answer, and answers again; Alex is never told they asked."""

from playwright.sync_api import expect

from amends.ownpart import services as ownpart
from amends.repair import services as repair

SLIP_NOTE = "I bet again tonight. I'm telling you because we agreed to."


def test_a_slip_logged_and_told(page_as, couple, server, axe_check, shot) -> None:
    space_id = couple.space.uid
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="addiction_gambling",
        description="The betting, and the money.",
    )
    ownpart.rule_say_yes(space=couple.space, by=couple.alex)
    ownpart.rule_say_yes(space=couple.space, by=couple.jordan)
    jordan = page_as(couple.jordan, "phone")

    jordan.goto(server.url(f"/s/{space_id}/"))
    jordan.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    jordan.get_by_role("link", name="My own part").click()
    expect(jordan).to_have_url(server.url(f"/s/{space_id}/own/"))
    expect(jordan.locator("main")).to_contain_text("Nothing here is shared unless you choose")
    expect(jordan.locator("main")).to_contain_text("On: you both said yes.")
    axe_check(jordan, "ownpart-home")
    shot(jordan, "ownpart-home")

    # A first reflection: private; saving goes on to the next.
    jordan.get_by_role("link", name="What I feel").click()
    expect(jordan.locator("main")).to_contain_text("Who can read this: only you.")
    axe_check(jordan, "ownpart-reflection")
    jordan.get_by_label("In your own words").fill("Ashamed, mostly. And afraid.")
    jordan.get_by_role("button", name="Save and go on").click()
    expect(jordan.locator(".messages")).to_contain_text("Only you can read it.")
    expect(jordan.locator("h1")).to_have_text("What I did")

    # Today: a slip. The page leads to telling.
    jordan.goto(server.url(f"/s/{space_id}/own/today/"))
    axe_check(jordan, "ownpart-today")
    jordan.get_by_label("Slipped").check()
    jordan.get_by_label("Talking to someone").check()
    jordan.get_by_role("button", name="Save").click()
    expect(jordan.locator("main")).to_contain_text("agreed to tell each other within a day")
    axe_check(jordan, "ownpart-slip")
    shot(jordan, "ownpart-slip")

    # Alex sees nothing of it yet.
    alex = page_as(couple.alex, "desktop")
    alex.goto(server.url(f"/s/{space_id}/own/"))
    expect(alex.locator("main")).not_to_contain_text("A slip on")
    expect(alex.locator("main")).not_to_contain_text("Ashamed")

    jordan.get_by_label("A few words with it (optional)").fill(SLIP_NOTE)
    jordan.get_by_role("button", name="Tell Alex now").click()
    expect(jordan.locator(".messages")).to_contain_text("Alex can see it now")
    expect(jordan.locator("main")).to_contain_text("told within a day")

    alex.reload()
    expect(alex.locator("main")).to_contain_text(SLIP_NOTE)
    expect(alex.locator("main")).to_contain_text("Jordan told you")
    expect(alex.locator("main")).to_contain_text("told within a day")
    expect(alex.locator("main")).not_to_contain_text("Ashamed")
    axe_check(alex, "ownpart-told")
    shot(alex, "ownpart-told")


def test_a_question_that_comes_again(page_as, couple, server, axe_check, shot) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_emotional",
        description="The messages.",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will ask what I need.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will answer honestly.")
    first = repair.question_ask(breach=breach, by=couple.alex, text="Do you still talk to her?")
    repair.question_answer(question=first, by=couple.jordan, answer="No. Not since March.")
    address = server.url(f"/s/{couple.space.uid}/path/{breach.uid}/questions/")

    alex = page_as(couple.alex, "phone")
    alex.goto(address)
    alex.locator("form[action$='/questions/ask/'] textarea").fill("Are you still talking to her?")
    alex.get_by_role("button", name="Ask", exact=True).click()
    expect(alex.locator(".messages")).to_contain_text("Your question is asked.")
    expect(alex.locator("main")).not_to_contain_text("has come again")

    jordan = page_as(couple.jordan, "phone")
    jordan.goto(address)
    note = jordan.locator(".asked-again")
    expect(note).to_contain_text("This one has come again. Answer it again, calmly")
    note.get_by_text("Your earlier answer").click()
    expect(note).to_contain_text("No. Not since March.")
    axe_check(jordan, "questions-asked-again")
    shot(jordan, "questions-asked-again")
    card = jordan.locator("li.card", has=note)
    card.locator("textarea").fill(
        "No. I blocked her number in March, and I have not talked to her."
    )
    card.get_by_role("button", name="Answer").click()
    expect(jordan.locator(".messages")).to_contain_text("Your answer is shared.")
    expect(jordan.locator(".asked-again")).to_have_count(0)

    alex.reload()
    expect(alex.locator("main")).to_contain_text("I blocked her number")
    expect(alex.locator("main")).not_to_contain_text("has come again")

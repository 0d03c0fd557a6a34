"""Journey 8: "Our agreement". Each partner answers the blind questionnaire on their own
(two contexts), sees nothing of the other's answers until both have finished, then the
answers side by side with the differences first; one drafts, both sign."""

from uuid import UUID

import pytest
from django.apps import apps
from playwright.sync_api import Page, expect

from amends.agreement.catalogue import CATALOGUE, GROUPS

CHEATING, NOT_OKAY, FINE, TALK = (
    "Cheating",
    "Not okay, but not cheating",
    "Fine",
    "I need to talk about this",
)
# What each of them answers, by list; then the few behaviours they see differently.
BY_GROUP = {
    "online": NOT_OKAY,
    "physical": CHEATING,
    "emotional": NOT_OKAY,
    "money": NOT_OKAY,
    "substances": NOT_OKAY,
    "social": FINE,
}
ALEX = {"Watching porn": FINE}
JORDAN = {
    "Watching porn": CHEATING,  # two steps apart: the widest gap, shown first
    "Chatting privately with an ex": CHEATING,  # one step apart
    "Nights out without each other": TALK,  # Jordan wants to talk about it
}
TOTAL = len(CATALOGUE)


@pytest.fixture
def catalogue(db) -> None:
    """The behaviours come from a data migration; a live-server test before this one may
    have flushed them, so put them back (the migration's own function, idempotent)."""
    from importlib import import_module

    import_module("amends.agreement.migrations.0002_catalogue").sync_catalogue(apps, None)


def answer(page: Page, server, space_id: UUID, groups: list[str], choices: dict[str, str]) -> None:
    """Answer every question on the given lists, the way a person would: one radio each."""
    for key in groups:
        page.goto(server.url(f"/s/{space_id}/agreement/questions/{key}/"))
        questions = page.locator("main form fieldset.card")
        for i, wording in enumerate(questions.locator("legend").all_inner_texts()):
            stance = choices.get(wording.strip(), BY_GROUP[key])
            questions.nth(i).get_by_label(stance, exact=True).click()
        with page.expect_navigation():
            page.locator("main form").get_by_role("button", name="Save").click()


def card(page: Page, css: str, wording: str):
    """The card about exactly this behaviour ("Watching porn", not "... in secret")."""
    return page.locator(css).filter(has=page.get_by_text(wording, exact=True))


def checked_answers(page: Page) -> int:
    return page.locator("main input[type=radio]:checked").count()


def test_blind_answers_then_side_by_side_then_signed(
    page_as, couple, catalogue, server, axe_check
) -> None:
    space_id = couple.space.uid
    home = server.url(f"/s/{space_id}/agreement/")
    keys = [key for key, _ in GROUPS]
    alex = page_as(couple.alex, "phone")
    jordan = page_as(couple.jordan, "desktop")

    alex.goto(home)
    expect(alex.locator("main")).to_contain_text(f"You have answered 0 of {TOTAL}.")
    alex.get_by_role("link", name="Start answering").click()
    expect(alex.get_by_role("heading", level=1, name="Online and phone")).to_be_visible()
    expect(alex.locator("main")).to_contain_text("Only you, until you have both answered")
    axe_check(alex, "agreement-questions")
    answer(alex, server, space_id, keys, ALEX)
    expect(alex).to_have_url(home)
    expect(alex.locator(".messages")).to_contain_text("Only you can see your answers.")
    expect(alex.locator("main")).to_contain_text(f"You have answered {TOTAL} of {TOTAL}.")
    axe_check(alex, "agreement-home-answered")

    # Jordan, halfway through, sees nothing of Alex's answers anywhere.
    answer(jordan, server, space_id, keys[:-1], JORDAN)
    jordan.goto(home)
    answered = sum(1 for _, group, _ in CATALOGUE if group != keys[-1])  # all but the last
    expect(jordan.locator("main")).to_contain_text(f"You have answered {answered} of {TOTAL}.")
    expect(jordan.get_by_role("link", name="See your answers side by side")).to_have_count(0)
    expect(jordan.get_by_role("button", name="Write down what you agree")).to_have_count(0)
    jordan.goto(server.url(f"/s/{space_id}/agreement/questions/{keys[-1]}/"))
    expect(jordan.locator("main form fieldset.card").first).to_be_visible()
    assert checked_answers(jordan) == 0, "Jordan's unanswered list shows someone's answers"
    jordan.goto(server.url(f"/s/{space_id}/agreement/side-by-side/"))
    expect(jordan.locator("main")).to_contain_text(
        "When you have both answered, you will see your answers side by side."
    )
    expect(jordan.locator("main li.card")).to_have_count(0)
    for page in (home, server.url(f"/s/{space_id}/agreement/side-by-side/")):
        html = jordan.request.get(page).text()
        assert "Alex:" not in html and "You:" not in html

    # Jordan finishes; both now see the answers side by side, differences first.
    answer(jordan, server, space_id, keys[-1:], JORDAN)
    expect(jordan).to_have_url(server.url(f"/s/{space_id}/agreement/side-by-side/"))
    expect(jordan.locator(".messages")).to_contain_text("You have both answered.")
    headings = jordan.locator("main h2").all_inner_texts()
    assert headings[:3] == [
        "Where you see it differently",
        "What you want to talk about",
        "Where you agree",
    ], headings
    axe_check(jordan, "agreement-reveal")

    alex.goto(server.url(f"/s/{space_id}/agreement/side-by-side/"))
    differences = alex.locator("main ul.cards").first.locator("li.card")
    expect(differences).to_have_count(2)
    expect(differences.nth(0)).to_contain_text("Watching porn")
    expect(differences.nth(0)).to_contain_text("You: Fine")
    expect(differences.nth(0)).to_contain_text("Jordan: Cheating")
    expect(differences.nth(1)).to_contain_text("Chatting privately with an ex")
    expect(differences.nth(1)).to_contain_text("You: Not okay, but not cheating")
    talks = alex.locator("main ul.cards").nth(1).locator("li.card")
    expect(talks).to_have_count(1)
    expect(talks).to_contain_text("Nights out without each other")
    expect(alex.locator("main ul.cards").nth(2).locator("li.card")).to_have_count(TOTAL - 3)

    # Jordan writes the draft: the shared answers are already in it; one difference agreed.
    jordan.get_by_role("button", name="Write down what you agree").click()
    expect(jordan.get_by_role("heading", name="Write what you agree")).to_be_visible()
    axe_check(jordan, "agreement-edit")
    porn = card(jordan, "main fieldset.card", "Watching porn")
    porn.get_by_label("What we agree").select_option(label=NOT_OKAY)
    porn.get_by_label("In our words (optional)").fill("Never in secret; we talk about it.")
    jordan.get_by_label("In your own words (optional)").fill("We tell each other early.")
    jordan.get_by_role("button", name="Save").click()
    expect(jordan.get_by_role("heading", name="Our agreement")).to_be_visible()
    expect(jordan.locator(".messages")).to_contain_text("Saved.")
    expect(card(jordan, "main li.card", "Watching porn")).to_contain_text(
        "We agree: Never in secret; we talk about it."
    )
    expect(jordan.locator("main")).to_contain_text("Nobody has signed this yet.")
    axe_check(jordan, "agreement-draft")
    jordan.get_by_role("button", name="Sign it").click()
    expect(jordan.locator(".messages")).to_contain_text("It becomes your agreement when you both")
    expect(jordan.locator("main")).to_contain_text("You signed this.")

    alex.goto(home)
    alex.get_by_role("link", name="Your draft (version 1)").click()
    expect(alex.locator("main")).to_contain_text("Jordan signed this.")
    expect(card(alex, "main li.card", "Watching porn")).to_contain_text(NOT_OKAY)
    expect(alex.locator("main")).to_contain_text("We tell each other early.")
    alex.get_by_role("button", name="I agree: sign it").click()
    expect(alex.locator(".messages")).to_contain_text(
        "You have both signed. This is your agreement now."
    )
    expect(alex.locator("main p.meta").first).to_contain_text("Version 1: signed")
    expect(alex.get_by_role("button", name="I agree: sign it")).to_have_count(0)

    jordan.goto(home)
    jordan.get_by_role("link", name="Read our agreement").click()
    expect(jordan.locator("main")).to_contain_text("Never in secret; we talk about it.")

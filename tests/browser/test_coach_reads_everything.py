"""Issue 16, bug 14, in the browser: the coach reads the hurt partner's questions as it reads
Talk, quotes whole phrases, and hears minimising ("it was just messages")."""

from playwright.sync_api import expect

from amends.repair.models import Question
from amends.talk.models import Message
from tests.browser.test_journeys_end_right import committed_path


def test_a_question_used_as_an_attack_is_coached_before_it_is_asked(
    page_as, couple, server, axe_check
) -> None:
    breach = committed_path(couple)
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/path/{breach.uid}/questions/"))
    ask = alex.locator('main form[data-coach][action$="/questions/ask/"]')
    ask.locator('textarea[name="text"]').fill("Why are you such a pathetic liar?")
    with alex.expect_navigation():
        ask.get_by_role("button", name="Ask", exact=True).click()
    expect(alex.get_by_role("button", name="Send as written")).to_be_visible()
    expect(alex.locator("main mark.flagged").first).to_have_text("Why are you such a pathetic liar")
    assert not Question.objects.exists(), "nothing is asked before Alex chooses"
    axe_check(alex, "questions-coached")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send as written").click()
    assert Question.objects.count() == 1, "Send as written is always one click"


def test_minimising_is_heard_and_quoted_as_a_whole_phrase(page_as, couple, server) -> None:
    alex = page_as(couple.alex, "desktop")
    alex.goto(server.url(f"/s/{couple.space.uid}/talk/"))
    form = alex.locator("main form[data-coach]")
    form.get_by_label("Your message").fill("Honestly it was just messages, never a big deal.")
    with alex.expect_navigation():
        form.get_by_role("button", name="Send", exact=True).click()
    expect(alex.get_by_role("button", name="Send as written")).to_be_visible()
    flagged = " ".join(alex.locator("main mark.flagged").all_inner_texts())
    assert "just messages" in flagged, flagged
    assert not Message.objects.exists()

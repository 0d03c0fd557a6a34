"""Issue 16, bugs 1 to 5: every journey ends right. One journey per bug, each with the
people it involves in their own browser contexts.

1. Deleting an account takes the deleted person's words everywhere, and leaves the partner
   their own, with a calm note that their partner left.
2. A partner who joins after a professional can approve them; a partner alone is not told
   "you have both agreed".
3. The invitation link is shown once, by a page that a reload or Back never turns into a
   new link; the holder of a cancelled link learns it before signing up.
4. The therapist is told what was shared with them, never that something was not done.
5. One rule says where the path stands: a closed step gives its real reason, once.
"""

import json
import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from amends.agreement import services as agreement
from amends.agreement.selectors import space_behaviours
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.spaces import services as spaces
from amends.spaces.models import Invite, Role
from amends.talk import services as talk
from tests.api.conftest import BASE, token_for
from tests.browser.conftest import PASSWORD
from tests.browser.test_agreement import catalogue  # noqa: F401 - a fixture
from tests.conftest import make_user


def main_text(page: Page) -> str:
    return page.locator("main").inner_text()


def api_get(page: Page, server: Any, token: str, path: str) -> str:
    response = page.request.get(
        server.url(f"{BASE}{path}"), headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status == 200, (path, response.status)
    return response.text()


def committed_path(couple: Any, *, visibility: str = "partner") -> Breach:
    """Alex was hurt, Jordan caused it; both have written their commitment."""
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Jordan promised to come to the hospital and did not.",
        visibility=visibility,
    )
    for who in (couple.alex, couple.jordan):
        repair.commitment_make(breach=breach, by=who, text="I will do the work.")
    return breach


# 1 -------------------------------------------------------------------------------------------

JORDAN_ANSWER = "Jordans-answer-7731: I was at the pub with Sam."
JORDAN_MESSAGE = "Jordans-message-7732: I am sorry about tonight."
ALEX_MESSAGE = "Alexs-message-7733: I need you to listen."
ALEX_QUESTION = "Where were you on Friday night?"


@pytest.mark.usefixtures("catalogue")  # the agreement's questions
def test_deleting_an_account_takes_its_words_and_leaves_the_partner_theirs(
    page_as, couple, server
) -> None:
    c = couple
    s = c.space.uid
    breach = committed_path(c)
    question = repair.question_ask(breach=breach, by=c.alex, text=ALEX_QUESTION)
    repair.question_answer(question=question, by=c.jordan, answer=JORDAN_ANSWER)
    talk.message_send(space=c.space, by=c.alex, text=ALEX_MESSAGE)
    talk.message_send(space=c.space, by=c.jordan, text=JORDAN_MESSAGE)
    everything = {str(b.uid): "cheating" for b in space_behaviours(space=c.space)}
    for partner in (c.alex, c.jordan):
        agreement.ratings_set(space=c.space, by=partner, ratings=everything)
    alex_token = token_for(c.alex)

    alex = page_as(c.alex, "phone")
    alex.goto(server.url(f"/s/{s}/path/{breach.uid}/questions/"))
    expect(alex.locator("main")).to_contain_text(JORDAN_ANSWER)  # before: Alex reads it

    # Jordan deletes their account, through the page, on their own device.
    jordan = page_as(c.jordan, "desktop")
    jordan.goto(server.url("/settings/delete/"))
    jordan.get_by_label("Your password").fill(PASSWORD)
    jordan.get_by_label("I understand this cannot be undone.").check()
    jordan.get_by_role("button", name="Delete everything").click()
    expect(jordan).to_have_url(server.url("/"))

    # Alex's home says, calmly and without details, that their partner left.
    alex.goto(server.url(f"/s/{s}/"))
    home = main_text(alex)
    assert "Your partner has left this space." in home
    assert "has not joined" not in home
    for detail in ("deleted", "account", "Jordan"):
        assert detail not in home, detail

    # Jordan's answer is gone from the page; Alex's question stays, honestly marked.
    alex.goto(server.url(f"/s/{s}/path/{breach.uid}/questions/"))
    expect(alex.locator("main")).to_contain_text(ALEX_QUESTION)
    expect(alex.locator("main")).not_to_contain_text("Jordans-answer-7731")
    expect(alex.locator("main")).to_contain_text("The answer is no longer here")

    # Talk: Alex's own messages are still there; Jordan's are gone.
    alex.goto(server.url(f"/s/{s}/talk/"))
    expect(alex.locator("main")).to_contain_text(ALEX_MESSAGE)
    expect(alex.locator("main")).not_to_contain_text("Jordans-message-7732")
    expect(alex.locator("main")).to_contain_text("Your partner has left this space")
    expect(alex.locator("main")).not_to_contain_text("When your partner joins")

    # The agreement tells the same story on every page.
    alex.goto(server.url(f"/s/{s}/agreement/"))
    home_words = main_text(alex)
    alex.goto(server.url(f"/s/{s}/agreement/side-by-side/"))
    reveal_words = main_text(alex)
    for words in (home_words, reveal_words):
        assert "You have both answered" not in words
        assert "When you have both answered" not in words
        assert "Your partner has left this space" in words

    # Nor in the API, nor in Alex's export.
    api = api_get(alex, server, alex_token, f"/spaces/{s}/breaches/{breach.uid}/questions")
    assert ALEX_QUESTION in api and "Jordans-answer-7731" not in api
    messages = api_get(alex, server, alex_token, f"/spaces/{s}/messages")
    assert "Alexs-message-7733" in messages and "Jordans-message-7732" not in messages
    for export in ("/settings/data/export.json", "/settings/data/export.html"):
        body = alex.request.get(server.url(export)).text()
        assert "Alexs-message-7733" in body, export
        assert "Jordans-answer-7731" not in body and "Jordans-message-7732" not in body, export


# 2 -------------------------------------------------------------------------------------------


def test_a_partner_who_joins_later_can_approve_the_professional(page_as, couple, server) -> None:
    casey, space = couple.casey, couple.casey_space
    drew = make_user("drew@example.com", "Drew")
    robin = make_user("robin@example.com", "Robin")

    # Casey, alone, proposes a professional: nobody says "you have both agreed".
    casey_page = page_as(casey, "phone")
    casey_page.goto(server.url(f"/s/{space.uid}/people/"))
    casey_page.get_by_role("button", name="Propose inviting a professional").click()
    people = main_text(casey_page)
    assert "You have both agreed" not in people
    assert "You are the only partner here" in people
    casey_page.get_by_role("button", name="Make a link for the professional").click()
    link = casey_page.get_by_label("Link", exact=True).input_value()
    token = link.rstrip("/").rsplit("/", 1)[-1]
    spaces.invite_accept(token=token, by=robin)

    # Robin joined: Casey reads how they handle what one partner tells them alone, and
    # says yes to their access (asked for it again: her first yes was to inviting them).
    casey_page.goto(server.url(f"/s/{space.uid}/"))
    expect(casey_page.locator("main")).to_contain_text("Robin has joined. Before they see anything")
    expect(casey_page.locator("main")).to_contain_text("has not said yet how they handle")
    casey_page.get_by_role("link", name="Decide about this").first.click()
    expect(casey_page.locator(".secrets-policy")).to_have_count(1)
    casey_page.get_by_role("button", name="I agree").click()
    expect(casey_page.get_by_text("Your agreement is recorded")).to_be_visible()
    expect(casey_page.get_by_role("button", name="I agree")).to_have_count(0)

    # Drew joins later: Robin now waits for Drew's agreement, and sees nothing till then.
    partner_link = spaces.partner_invite_create(space=space, by=casey)
    spaces.invite_accept(token=partner_link.token, by=drew)
    robin_page = page_as(robin, "desktop")
    assert robin_page.request.get(server.url(f"/s/{space.uid}/couple/")).status == 404

    drew_page = page_as(drew, "desktop")
    drew_page.goto(server.url(f"/s/{space.uid}/"))
    expect(drew_page.locator("main")).to_contain_text("Robin has joined. Before they see anything")
    drew_page.get_by_role("link", name="Decide about this").first.click()
    expect(drew_page.locator("main")).to_contain_text("read how they handle what one of you tells")
    drew_page.get_by_role("button", name="I agree").click()
    expect(drew_page.get_by_text("Your agreement is recorded")).to_be_visible()
    expect(drew_page.locator("main")).to_contain_text("Robin, professional")
    expect(drew_page.get_by_role("button", name="I agree")).to_have_count(0)

    # Casey, who agreed already, is not asked again.
    casey_page.goto(server.url(f"/s/{space.uid}/people/"))
    expect(casey_page.locator("main")).not_to_contain_text("Before they see anything")
    # And Robin, approved by both, sees the couple's page.
    robin_page.goto(server.url(f"/s/{space.uid}/couple/"))
    expect(robin_page.get_by_role("heading", level=1)).to_be_visible()


# 3 -------------------------------------------------------------------------------------------


def test_reloading_the_invite_page_never_cancels_the_link_already_sent(
    page_as, anon_page, couple, server
) -> None:
    casey, space = couple.casey, couple.casey_space
    people = f"/s/{space.uid}/people/"
    page = page_as(casey, "phone")
    page.goto(server.url(people))
    page.get_by_role("button", name="Make an invitation link").click()
    first = page.get_by_label("Link", exact=True).input_value()
    assert first.startswith(server.url("/invite/"))
    # The page that shows it was reached by a redirect: a plain GET of People.
    assert server.path_of(page) == people

    # Reload, Back, Forward: the link is not shown again, and no new one is made.
    page.reload()
    page.go_back()
    page.go_forward()
    page.reload()
    expect(page.get_by_label("Link", exact=True)).to_have_count(0)
    expect(page.locator("main")).to_contain_text("If you sent it, it still works")
    invites = Invite.objects.filter(space=space, role=Role.PARTNER)
    assert invites.count() == 1 and invites.get().revoked_at is None

    # Whoever holds it can still use it.
    drew = anon_page("desktop")
    drew.goto(first)
    expect(drew.get_by_role("heading", name="You have been invited")).to_be_visible()

    # Casey makes a new one on purpose; the button says what that does.
    page.get_by_role("button", name=re.compile(r"Make a new link \(this cancels")).click()
    second = page.get_by_label("Link", exact=True).input_value()
    assert second != first
    assert invites.count() == 2

    # The old link says so at once, before anyone signs up for it.
    frank = anon_page("phone")
    frank.goto(first)
    expect(frank.get_by_role("heading", name="This link did not work")).to_be_visible()
    expect(frank.locator("main")).to_contain_text("does not work any more")
    expect(frank.get_by_role("link", name="Create an account")).to_have_count(0)
    frank.goto(second)
    expect(frank.get_by_role("heading", name="You have been invited")).to_be_visible()


# 4 -------------------------------------------------------------------------------------------

FALSE_PROGRESS = ("Waiting for both commitments", "Not written yet", "None yet", "No promises yet")


def test_the_therapist_is_told_what_was_shared_never_false_progress(
    page_as, couple, server
) -> None:
    c = couple
    s = c.space.uid
    # Two paths shared with Sam. On the first, much has happened, none of it shared with
    # Sam; on the second nothing has happened at all. Sam must not be able to tell them apart.
    busy = committed_path(c, visibility="partner_and_professional")
    repair.statement_write(breach=busy, by=c.jordan, text="I broke it.", based_on_version=0)
    repair.attempt_offer(breach=busy, by=c.jordan, kind="apology", text="I am sorry.")
    repair.promise_make(breach=busy, by=c.jordan, text="Call if late", rhythm="daily")
    quiet = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Another time.",
        visibility="partner_and_professional",
    )

    sam = page_as(c.sam, "desktop")
    sam.goto(server.url(f"/s/{s}/couple/"))
    panel = main_text(sam)
    for wrong in FALSE_PROGRESS:
        assert wrong not in panel, wrong
    assert "Nothing shared with you yet." in panel
    cards = sam.locator("main ul.cards > li.card")
    expect(cards).to_have_count(2)
    statuses = [card.locator("p.who").all_inner_texts() for card in cards.all()]
    assert statuses[0] == statuses[1]  # the same words whether or not anything exists

    for step in ("accountability", "attempts", "promises", "commitments"):
        pages = []
        for breach in (busy, quiet):
            sam.goto(server.url(f"/s/{s}/path/{breach.uid}/{step}/"))
            text = main_text(sam)
            for wrong in FALSE_PROGRESS:
                assert wrong not in text, (step, wrong)
            assert "Nothing shared with you yet." in text, step
            pages.append(text.replace(breach.description, ""))
        assert pages[0] == pages[1], step

    # Jordan shares a word with Sam through the page: Sam sees it, and that the step may
    # be further along than what Sam sees.
    jordan = page_as(c.jordan, "phone")
    jordan.goto(server.url(f"/s/{s}/path/{quiet.uid}/commitments/"))
    jordan.get_by_label("You, Alex and Sam", exact=True).check()
    jordan.get_by_label("Your words").fill("I commit to this, with Sam's help.")
    jordan.get_by_role("button", name="Commit").click()
    send_as_written = jordan.get_by_role("button", name="Send as written")
    if send_as_written.count():
        send_as_written.click()
    sam.goto(server.url(f"/s/{s}/couple/"))
    expect(sam.locator("main")).to_contain_text(
        "One commitment is shared with you. This step may be further along than what has "
        "been shared with you."
    )


# 5 -------------------------------------------------------------------------------------------


def test_a_closed_step_says_its_real_reason_once(page_as, couple, server) -> None:
    c = couple
    s = c.space.uid
    fresh = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="harsh_words",
        description="What Jordan said at dinner.",
    )
    jordan = page_as(c.jordan, "desktop")
    # Neither has committed: the step says so, and "Waiting for you" once, not twice.
    jordan.goto(server.url(f"/s/{s}/path/{fresh.uid}/"))
    row = jordan.locator("ol.steps li", has_text="Both commitments").inner_text()
    assert row.count("Waiting for you") == 1, row

    # Both commit; Alex shares "no" through the page.
    breach = committed_path(c)
    alex = page_as(c.alex, "phone")
    alex.goto(server.url(f"/s/{s}/path/{breach.uid}/decision/"))
    decide = alex.locator('main form[action$="/decision/decide/"]')
    decide.get_by_label("No, I don't want to rebuild").check()
    decide.get_by_label("You and Jordan", exact=True).check()
    decide.get_by_role("button", name="Save").click()
    expect(alex.get_by_text("Your decision is saved.")).to_be_visible()

    for step in ("impact", "questions", "accountability", "attempts", "promises"):
        jordan.goto(server.url(f"/s/{s}/path/{breach.uid}/{step}/"))
        text = main_text(jordan)
        assert "opens once you have both written your commitment" not in text, step
        assert text.count("Alex has decided not to rebuild, so this step is closed.") == 1, step
    alex.goto(server.url(f"/s/{s}/path/{breach.uid}/impact/"))
    expect(alex.locator("main")).to_contain_text("You shared that you do not want to rebuild")

    # The API says the same, with one reason per closed step.
    path = json.loads(
        api_get(jordan, server, token_for(c.jordan), f"/spaces/{s}/breaches/{breach.uid}")
    )["path"]
    steps = {step["key"]: step for step in path["steps"]}
    assert path["gate"] == "decided_no"
    for key in ("impact", "questions", "accountability", "attempts", "promises"):
        assert (steps[key]["state"], steps[key]["reason"]) == ("closed", "decided_no")

    # Alone: nobody is "deciding" in Amends, and no sentence starts in lowercase.
    casey = page_as(c.casey, "phone")
    alone = repair.breach_record(
        space=c.casey_space,
        by=c.casey,
        i_was_hurt=False,
        category="broken_promises",
        description="I missed our anniversary.",
    )
    casey.goto(server.url(f"/s/{c.casey_space.uid}/path/{alone.uid}/"))
    decision = casey.locator("ol.steps li", has_text="The decision").inner_text()
    assert "is deciding" not in decision, decision
    status = casey.locator("ol.steps li", has_text="The decision").locator("p.who").inner_text()
    assert status[0].isupper(), status

"""Journey 7: a whole repair path, two people, two browser contexts, one page per step.

Alex was hurt (a phone), Jordan caused the hurt (a desktop). Every step is taken through
the real forms. Three times along the way (after Alex's private decision, after Alex's
private reflection, after Alex's private "am I refusing this to punish?") every page Jordan
can open on this path is read for Alex's private words: none may appear.
"""

import re
from uuid import UUID

from playwright.sync_api import Locator, Page, expect

# Unique words in what Alex keeps to themself. Never on any page Jordan opens.
DECISION_NOTE = "Private-decision-marker-4711: I am not sure I can do this."
REFLECTION = "Private-reflection-marker-5813: I am angry that I waited alone all evening."
PUNISH = "Private-punish-marker-6929: part of me wants Jordan to feel it too."

STEPS = [
    "decision",
    "commitments",
    "reflection",
    "accountability",
    "questions",
    "impact",
    "attempts",
    "promises",
    "forgiveness",
    "outcome",
]


def send(page: Page, button: Locator) -> None:
    """Press a submit button and wait for the next page. If the coach has something to say
    first, the form comes back with "Send as written": press it (advice, never a block)."""
    with page.expect_navigation():
        button.click()
    send_as_written = page.get_by_role("button", name="Send as written")
    if send_as_written.count():
        with page.expect_navigation():
            send_as_written.click()
    # Forgiving and saying where you stand are asked once, plainly, before they are saved.
    yes = page.get_by_role("button", name=re.compile(r"^Yes, "))
    if yes.count():
        with page.expect_navigation():
            yes.click()


def said(page: Page, message: str) -> None:
    expect(page.locator(".messages")).to_contain_text(message)


def form_for(page: Page, which: str) -> Locator:
    """The form on a step page with several forms, by the action it posts to."""
    return page.locator(f'main form[action$="/{which}/"]')


def assert_nothing_private_reaches(jordan: Page, server, space_id: UUID, breach_id: str) -> None:
    """Every page on this path that Jordan can open, fetched with Jordan's own session
    (the context's request client shares its cookies): none of Alex's private words."""
    base = f"/s/{space_id}/path/{breach_id}/"
    pages = ["/home/", f"/s/{space_id}/", f"/s/{space_id}/path/", base]
    pages += [f"{base}{step}/" for step in STEPS]
    for path in pages:
        response = jordan.request.get(server.url(path))
        assert response.status == 200, f"{path}: {response.status}"
        html = response.text()
        assert 'class="signed-in"' in html, f"{path}: not signed in"
        for private in (DECISION_NOTE, REFLECTION, PUNISH):
            marker = private.split(":")[0]
            assert marker not in html, f"Jordan can read Alex's private words on {path}"
    # The hurt partner's "What I'm seeing" page does not exist for Jordan.
    assert jordan.request.get(server.url(f"{base}seeing/")).status == 404


def test_a_whole_repair_path_between_two_people(page_as, couple, server, axe_check) -> None:
    space_id = couple.space.uid
    alex = page_as(couple.alex, "phone")
    jordan = page_as(couple.jordan, "desktop")

    # Alex records what happened.
    alex.goto(server.url(f"/s/{space_id}/path/"))
    alex.get_by_role("link", name="Start a path").click()
    expect(alex.get_by_role("heading", name="Start a path")).to_be_visible()
    axe_check(alex, "path-new")
    alex.get_by_label("I was hurt by my partner").check()
    alex.get_by_label("What kind of hurt was it?").select_option(label="Broken promises")
    expect(alex.get_by_label("You and Jordan", exact=True)).to_be_checked()
    alex.get_by_label("What happened").fill(
        "Jordan promised to be home for my birthday dinner and did not come or call."
    )
    send(alex, alex.get_by_role("button", name="Record it"))
    said(alex, "Recorded. Take this one step at a time.")
    match = re.search(r"/path/([0-9a-f-]{36})/$", alex.url)
    assert match, alex.url
    breach_id = match.group(1)
    step = f"/s/{space_id}/path/{breach_id}/"
    expect(alex.get_by_role("heading", level=1, name="Broken promises")).to_be_visible()
    expect(alex.locator("main")).to_contain_text("You were hurt")
    axe_check(alex, "path-detail")

    jordan.goto(server.url(f"/s/{space_id}/path/"))
    jordan.get_by_role("link", name="Broken promises").click()
    expect(jordan.locator("main")).to_contain_text("You are making amends")

    # 1. Each takes the private safety check; neither sees that the other did.
    for page in (alex, jordan):
        page.goto(server.url(f"/s/{space_id}/path/safety/"))
        expect(page.get_by_role("heading", name="Are you safe?")).to_be_visible()
        expect(page.get_by_text("Last answered")).to_have_count(0)
        if page is alex:
            axe_check(alex, "path-safety")
        send(page, page.get_by_role("button", name="Save privately"))
        said(page, "Thank you. Your answers are private to you.")
        expect(page.get_by_text("Last answered")).to_be_visible()

    # 2. Alex decides, privately, with a private note.
    alex.goto(server.url(f"{step}decision/"))
    expect(alex.get_by_role("heading", name="Your decision")).to_be_visible()
    axe_check(alex, "path-decision")
    decide = form_for(alex, "decide")
    decide.get_by_label("I want to try to rebuild").check()
    expect(decide.get_by_label("Only you", exact=True)).to_be_checked()
    decide.get_by_label("A note for yourself (optional)").fill(DECISION_NOTE)
    send(alex, decide.get_by_role("button", name="Save"))
    said(alex, "Your decision is saved.")
    expect(alex.locator("main .card.private")).to_contain_text(DECISION_NOTE)

    jordan.goto(server.url(f"{step}decision/"))
    expect(jordan.get_by_text("Alex is deciding. This is theirs to decide.")).to_be_visible()
    axe_check(jordan, "path-decision-injuring")
    assert_nothing_private_reaches(jordan, server, space_id, breach_id)

    # 3. Both commit; the joint steps open.
    for page, words in (
        (alex, "I am committed to doing the work of repair with you."),
        (jordan, "I want to understand and rebuild trust with you, step by step."),
    ):
        page.goto(server.url(f"{step}commitments/"))
        if page is alex:
            axe_check(alex, "path-commitments")
        page.get_by_label("Your words").fill(words)
        send(page, page.get_by_role("button", name="Commit"))
        said(page, "Your commitment is written.")
        expect(page.locator("main li.card", has_text=words)).to_be_visible()
    expect(jordan.locator("main li.card")).to_have_count(2)

    # 4. Alex is honest with themself, privately.
    alex.goto(server.url(f"{step}reflection/"))
    axe_check(alex, "path-reflection")
    expect(alex.get_by_label("Only you", exact=True)).to_be_checked()
    alex.get_by_label("Your reflection").fill(REFLECTION)
    send(alex, alex.get_by_role("button", name="Save"))
    said(alex, "Saved.")
    expect(alex.locator("main li.card.private")).to_contain_text(REFLECTION)
    assert_nothing_private_reaches(jordan, server, space_id, breach_id)

    # 5. Jordan takes responsibility; Alex says something is missing; Jordan revises.
    jordan.goto(server.url(f"{step}accountability/"))
    expect(jordan.get_by_role("heading", name="Write your statement")).to_be_visible()
    axe_check(jordan, "path-accountability")
    write = form_for(jordan, "write")
    write.get_by_label("Your words").fill(
        "I forgot your birthday dinner and I did not call. "
        "It was my responsibility, and I am sorry it hurt you."
    )
    send(jordan, write.get_by_role("button", name="Share it"))
    said(jordan, "Your statement is shared.")

    alex.goto(server.url(f"{step}accountability/"))
    expect(alex.locator("main article")).to_contain_text("I forgot your birthday dinner")
    axe_check(alex, "path-accountability-respond")
    respond = form_for(alex, "respond")
    respond.get_by_label("Something is missing").check()
    respond.get_by_label("What is missing (if something is)").fill(
        "I would like to hear that you understand how alone I felt that evening."
    )
    send(alex, respond.get_by_role("button", name="Answer"))
    said(alex, "Your answer is shared.")

    jordan.goto(server.url(f"{step}accountability/"))
    expect(jordan.locator("main article")).to_contain_text("Something was missing:")
    expect(jordan.locator("main article blockquote")).to_contain_text("how alone I felt")
    write = form_for(jordan, "write")
    expect(jordan.get_by_role("heading", name="Write a new version")).to_be_visible()
    expect(write.get_by_label("Your words")).to_have_value(re.compile("I forgot your birthday"))
    write.get_by_label("Your words").fill(
        "I forgot your birthday dinner and I did not call. You waited alone, and you felt "
        "unimportant. It was my responsibility, and I am sorry it hurt you."
    )
    send(jordan, write.get_by_role("button", name="Share it"))
    said(jordan, "Your statement is shared.")
    expect(jordan.get_by_text("Version 2", exact=False)).to_be_visible()

    alex.goto(server.url(f"{step}accountability/"))
    respond = form_for(alex, "respond")
    respond.get_by_label("This feels complete").check()
    send(alex, respond.get_by_role("button", name="Answer"))
    said(alex, "Your answer is shared.")
    expect(alex.locator("main article").first).to_contain_text("This felt complete.")
    expect(form_for(alex, "respond")).to_have_count(0)

    # 6. Alex asks; Jordan answers and says the disclosure is complete.
    alex.goto(server.url(f"{step}questions/"))
    axe_check(alex, "path-questions")
    ask = form_for(alex, "ask")
    ask.get_by_label("Your words").fill("Were you with anyone else that evening?")
    send(alex, ask.get_by_role("button", name="Ask"))
    said(alex, "Your question is asked.")
    expect(alex.get_by_text("Waiting for an answer.")).to_be_visible()

    jordan.goto(server.url(f"{step}questions/"))
    axe_check(jordan, "path-questions-answer")
    answer = form_for(jordan, "answer")
    answer.get_by_label("Your answer").fill(
        "I was at the office until nine, alone, and I lost track of time. I am sorry."
    )
    send(jordan, answer.get_by_role("button", name="Answer"))
    said(jordan, "Your answer is shared.")
    send(jordan, jordan.get_by_role("button", name="My disclosure is complete"))
    said(jordan, "Noted.")
    expect(jordan.get_by_role("button", name="My disclosure is complete")).to_have_count(0)

    alex.goto(server.url(f"{step}questions/"))
    expect(alex.locator("main")).to_contain_text("I was at the office until nine")
    expect(alex.locator("main")).to_contain_text("Said to be complete on")
    send(alex, alex.get_by_role("button", name="No more questions for now"))
    said(alex, "No more questions for now.")
    expect(alex.get_by_role("button", name="Reopen questions")).to_be_visible()

    # 7. Alex says how it hurt.
    alex.goto(server.url(f"{step}impact/"))
    axe_check(alex, "path-impact")
    alex.get_by_label("Your words").fill(
        "I felt alone and unimportant that evening. It really hurt me."
    )
    send(alex, alex.get_by_role("button", name="Share it"))
    said(alex, "Shared with your partner.")
    jordan.goto(server.url(f"{step}impact/"))
    expect(jordan.locator("main article")).to_contain_text("I felt alone and unimportant")

    # 8. Jordan makes a repair attempt; Alex says no to it, then looks at that "no" privately.
    jordan.goto(server.url(f"{step}attempts/"))
    offer = form_for(jordan, "offer")
    offer.get_by_label("What kind of attempt?").select_option(label="An act of care")
    offer.get_by_label("What you did, or what you offer").fill(
        "I cooked your favourite meal and put the next birthday in our shared calendar."
    )
    send(jordan, offer.get_by_role("button", name="Share it"))
    said(jordan, "Shared with your partner.")

    alex.goto(server.url(f"{step}attempts/"))
    card = alex.locator("main li.card", has_text="I cooked your favourite meal")
    expect(card).to_be_visible()
    axe_check(alex, "path-attempts")
    # Nobody is asked about punishing before they have answered.
    expect(card).not_to_contain_text("Looking back")
    card.get_by_label("I decline this").check()
    send(alex, card.get_by_role("button", name="Answer"))
    said(alex, "Your answer is shared.")
    card = alex.locator("main li.card", has_text="I cooked your favourite meal")
    expect(card).to_contain_text("Answer: I decline this")
    # After a "no", a private question, gently: it is only for Alex.
    card.get_by_text('Looking back at this "no", for yourself (only you)').click()
    card.get_by_label("Only you will read this").fill(PUNISH)
    send(alex, card.get_by_role("button", name="Save privately"))
    said(alex, "Saved. Only you can read it.")
    expect(alex.locator("main li.card.private")).to_contain_text(PUNISH)

    jordan.goto(server.url(f"{step}attempts/"))
    expect(jordan.locator("main")).to_contain_text("Answer: I decline this")
    expect(jordan.locator("main")).not_to_contain_text("Looking back")
    axe_check(jordan, "path-attempts-offer")
    assert_nothing_private_reaches(jordan, server, space_id, breach_id)

    # 9. Jordan promises; both say, for today, that it was kept.
    jordan.goto(server.url(f"{step}promises/"))
    axe_check(jordan, "path-promises")
    make = form_for(jordan, "make")
    make.get_by_label("What you promise").fill("I will put our plans in the shared calendar.")
    make.get_by_label("How often").select_option(label="Every day")
    send(jordan, make.get_by_role("button", name="Promise"))
    said(jordan, "Your promise is shared.")
    for page in (jordan, alex):
        if page is alex:
            page.goto(server.url(f"{step}promises/"))
        promise = page.locator("main li.card", has_text="I will put our plans")
        promise.get_by_label("Kept", exact=True).check()
        send(page, promise.get_by_role("button", name="Note it"))
        said(page, "Noted.")
    expect(alex.locator("main li.card", has_text="I will put our plans")).to_contain_text(
        "One day noted so far: you both saw it as kept."
    )
    axe_check(alex, "path-promises-marked")

    # 10. Alex forgives.
    alex.goto(server.url(f"{step}forgiveness/"))
    axe_check(alex, "path-forgiveness")
    alex.get_by_label("Your words").fill("I forgive you for the missed dinner.")
    send(alex, alex.get_by_role("button", name="I forgive this"))
    said(alex, "This is yours.")
    jordan.goto(server.url(f"{step}forgiveness/"))
    expect(jordan.locator("main article")).to_contain_text("I forgive you for the missed dinner.")

    # 11. Each says where they stand; the outcome page shows both.
    for page, words in (
        (alex, "I want us to keep going, together."),
        (jordan, "I choose to recommit, and keep doing the work with you."),
    ):
        page.goto(server.url(f"{step}outcome/"))
        if page is alex:
            axe_check(alex, "path-outcome")
        page.get_by_label("Recommit to each other").check()
        page.get_by_label("In your words").fill(words)
        send(page, page.get_by_role("button", name="Record"))
        said(page, "Whatever you chose, it took courage.")

    for page, other in ((jordan, "Alex"), (alex, "Jordan")):
        page.goto(server.url(f"{step}outcome/"))
        outcomes = page.locator("main li.card")
        expect(outcomes).to_have_count(2)
        expect(outcomes.filter(has_text="You ·")).to_contain_text("Recommit to each other")
        expect(outcomes.filter(has_text=f"{other} ·")).to_contain_text("Recommit to each other")
        expect(page.get_by_role("button", name="Record")).to_have_count(0)
    expect(alex.locator("main")).to_contain_text("I want us to keep going, together.")
    expect(alex.locator("main")).to_contain_text("I choose to recommit")
    axe_check(alex, "path-outcome-both")

    # The path overview shows every step done, for each of them.
    alex.goto(server.url(step))
    expect(alex.locator("ol.steps li")).to_have_count(11)
    expect(alex.locator("ol.steps li.done")).to_have_count(11)
    # For Jordan, Alex's private decision is still being made, and the reflections are
    # each person's own: those two steps are not done from where Jordan stands.
    jordan.goto(server.url(step))
    expect(jordan.locator("ol.steps li")).to_have_count(11)
    expect(jordan.locator("ol.steps li.done")).to_have_count(9)
    expect(jordan.locator("ol.steps li", has_text="The decision")).to_contain_text(
        "Alex is deciding."
    )
    reflection = jordan.locator("ol.steps li", has_text="Honest with yourself")
    expect(reflection).not_to_have_class(re.compile(r"\bdone\b"))

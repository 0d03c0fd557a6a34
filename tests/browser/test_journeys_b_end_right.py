"""Issue 16, bugs 6 to 13: every journey ends right. One journey per bug, as a person meets
it in the browser; each of them failed before its fix."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from amends.agreement.selectors import space_behaviours
from amends.agreement.services import ratings_set
from amends.spaces import services as spaces

HARSH = "You always do this, you are so selfish."


# ------------------------------------------------------------------ 6. pages that are not there


def test_a_missing_page_is_calm_and_has_leave_quickly(anon_page, server, settings) -> None:
    settings.DEBUG = False
    page = anon_page("phone")
    response = page.goto(server.url("/no/such/page/"))
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("This page is not here")
    expect(page.locator("#quick-exit")).to_be_visible()
    expect(page.get_by_role("link", name="Go to your home page")).to_be_visible()


# ------------------------------------------------------------------ 9. back after sending


def _back_is_a_page(page: Page) -> None:
    """Going back shows a page, never Chromium's "Confirm Form Resubmission"."""
    response = page.go_back()
    assert response is not None, "going back showed no page"
    assert response.request.method == "GET", f"going back re-sent a {response.request.method}"
    expect(page.locator("#quick-exit")).to_be_visible()


def test_back_after_send_as_written_is_a_page(page_as, couple, server) -> None:
    talk = server.url(f"/s/{couple.space.uid}/talk/")
    alex = page_as(couple.alex, "phone")
    alex.goto(talk)
    alex.get_by_label("Your message").fill(HARSH)
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send", exact=True).click()
    # The coach speaks once; its page is one to come back to, not a form's answer.
    expect(alex.get_by_role("button", name="Send as written")).to_be_visible()
    expect(alex.get_by_label("Your message")).to_have_value(HARSH)
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send as written").click()
    expect(alex).to_have_url(talk)
    expect(alex.locator("main ol.thread li.card")).to_have_count(1)
    _back_is_a_page(alex)
    # Back on the coach's page the message is not offered for sending a second time.
    expect(alex.get_by_role("button", name="Send as written")).to_have_count(0)
    expect(alex.locator("main ol.thread li.card")).to_have_count(1)


def test_back_after_sending_a_coached_step_is_a_page(page_as, couple, server) -> None:
    from amends.repair import services as repair

    breach = repair.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=True,
        category="broken_promises",
        description="The promise about Sundays.",
    )
    step = server.url(f"/s/{couple.space.uid}/path/{breach.uid}/commitments/")
    alex = page_as(couple.alex, "desktop")
    alex.goto(step)
    alex.get_by_label("Your words").fill(HARSH)
    with alex.expect_navigation():
        alex.get_by_role("button", name="Commit").click()
    expect(alex.get_by_role("button", name="Send as written")).to_be_visible()
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send as written").click()
    expect(alex.locator(".messages")).to_contain_text("Your commitment is written.")
    _back_is_a_page(alex)


# ------------------------------------------------------------------ 10. is it cheating?


def test_cheating_or_not_is_never_called_close(page_as, couple, server, db) -> None:
    from importlib import import_module

    from django.apps import apps

    import_module("amends.agreement.migrations.0002_catalogue").sync_catalogue(apps, None)
    behaviours = space_behaviours(space=couple.space)
    sex = next(b for b in behaviours if b.key == "sex")
    alex_answers = {b.uid: "fine" for b in behaviours}
    jordan_answers = dict(alex_answers)
    alex_answers[sex.uid] = "cheating"
    jordan_answers[sex.uid] = "not_okay"
    ratings_set(space=couple.space, by=couple.alex, ratings=alex_answers)
    ratings_set(space=couple.space, by=couple.jordan, ratings=jordan_answers)

    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/agreement/side-by-side/"))
    card = alex.locator("main li.card").filter(has_text=sex.wording)
    expect(card).to_contain_text("You: Cheating")
    expect(card).to_contain_text("Jordan: Not okay, but not cheating")
    expect(card).not_to_contain_text("close")
    expect(card).to_contain_text("One of you calls this cheating and the other does not")


# ------------------------------------------------------------------ 11. Join, again


def test_join_pressed_again_takes_you_in(page_as, couple, server) -> None:
    space = spaces.space_create(by=couple.casey, name="Casey and Jordan")
    link = spaces.partner_invite_create(space=space, by=couple.casey)
    url = server.url(f"/invite/{link.token}/")
    jordan = page_as(couple.jordan, "desktop")
    first = jordan.context.new_page()
    first.goto(url)
    jordan.goto(url)  # the same link, open in a second tab
    with first.expect_navigation():
        first.get_by_role("button", name="Join").click()
    expect(first).to_have_url(server.url(f"/s/{space.uid}/"))

    # Join again in the other tab: they are in, and they are taken there.
    with jordan.expect_navigation():
        jordan.get_by_role("button", name="Join").click()
    expect(jordan).to_have_url(server.url(f"/s/{space.uid}/"))
    expect(jordan.locator("main")).not_to_contain_text("already been used")
    expect(jordan.locator(".messages")).to_contain_text("You are already in this space.")

    # Opening the link once more does the same.
    jordan.goto(url)
    expect(jordan).to_have_url(server.url(f"/s/{space.uid}/"))

    # Someone else who opens the used link is told it was used, as before.
    alex = page_as(couple.alex, "phone")
    alex.goto(url)
    if alex.get_by_role("button", name="Join").count():
        alex.get_by_role("button", name="Join").click()
    expect(alex.locator("main")).to_contain_text(re.compile("already been used"))


# ------------------------------------------------------------------ 7. the readable export


def test_the_readable_export_is_a_document_to_keep(page_as, server, axe_check, shot) -> None:
    from tests.journey import make_people, marker, write_everything

    people = make_people()
    write_everything(people)
    alex = page_as(people.alex, "desktop")
    alex.goto(server.url("/settings/data/"))
    expect(alex.locator("main")).not_to_contain_text("only your own words")
    alex.get_by_role("link", name="Open a readable copy").click()
    expect(alex.get_by_role("heading", level=1)).to_have_text("What you wrote in Amends")
    expect(alex.locator("#quick-exit")).to_be_visible()
    main = alex.locator("main")
    text = main.inner_text()

    # Headings per part, in words a person uses.
    headings = alex.locator("main h2, main h3, main h4").all_inner_texts()
    for heading in ("Your journal", "Paths", "Our agreement: what counts as cheating", "Talk"):
        assert heading in headings, headings
    assert any(h.startswith("Space: ") for h in headings), headings
    # Dates in words; no field names, raw timestamps, ids or flags.
    assert re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ 20\d\d", text)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text), "an ISO timestamp"
    for raw in ("carries_threat", "created_at", "visibility", "author ", "stance", "enc1:"):
        assert raw not in text, raw
    # Everything Alex wrote, and the words that belong with it, with who wrote them.
    for label in (
        "journal.JournalEntry.text",
        "repair.Breach.description",
        "repair.Decision.note",
        "repair.Question.text",
        "repair.Question.answer",  # Jordan's answer to Alex's question
        "repair.RepairAttempt.text",
        "repair.RepairAttempt.acknowledgement_note",  # Alex's answer to Jordan's attempt
        "repair.AttemptReflection.text",
        "agreement.AgreementVersion.summary",  # the agreement they wrote together
        "agreement.AgreementTerm.note",
        "agreement.AgreementNote.text",
        "talk.Conversation.what_happened",
        "talk.Reply.text",
        "checkins.CheckIn.note",
    ):
        assert marker(label) in text, label
    answer = main.locator(".export-answer").filter(has_text=marker("repair.Question.answer"))
    expect(answer).to_contain_text("Jordan")
    axe_check(alex, "export-readable")
    shot(alex, "export-readable")
    # Someone else's private words are not in it (the coach's note to Sam is Sam's).
    assert marker("professional.Note.text") not in text


# ------------------------------------------------------------------ 12. right-to-left writing

HEBREW = re.compile("[\u0590-\u05ff]")
NOT_RTL = """() => {
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  const wrong = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Words set apart inside a sentence (Unicode isolates, FSI ... PDI) read right anyway.
    const outside = node.nodeValue.replace(/\\u2068[^\\u2069]*\\u2069/g, "");
    if (!/[\\u0590-\\u05ff]/.test(outside)) continue;
    const el = node.parentElement;
    if (getComputedStyle(el).direction !== "rtl") wrong.push(el.outerHTML.slice(0, 120));
  }
  return wrong;
}"""
FIELDS_WITHOUT_DIR = """() => Array.from(
  document.querySelectorAll("main textarea, main input[type=text], main input:not([type])")
).filter((f) => f.getAttribute("dir") !== "auto" && !f.readOnly)
 .map((f) => f.outerHTML.slice(0, 120))"""


def test_right_to_left_writing_reads_right_to_left(page_as, couple, server) -> None:
    from amends.agreement.services import custom_behaviour_add
    from amends.journal.services import journal_entry_create
    from amends.repair import services as repair
    from amends.talk.services import conversation_start, message_send

    space = couple.space
    journal_entry_create(space=space, by=couple.alex, text="שלום, זה היומן שלי.")
    message_send(space=space, by=couple.jordan, text="אני מצטער על מה שקרה.")
    breach = repair.breach_record(
        space=space,
        by=couple.alex,
        i_was_hurt=True,
        category="other",
        category_other="שקר גדול",
        description="הוא הסתיר ממני הודעות.",
    )
    for who in (couple.alex, couple.jordan):
        repair.commitment_make(breach=breach, by=who, text="אני מתחייב לעבוד על זה.")
    question = repair.question_ask(breach=breach, by=couple.alex, text="למה לא סיפרת לי?")
    repair.question_answer(question=question, by=couple.jordan, answer="כי פחדתי.")
    repair.question_ask(breach=breach, by=couple.alex, text="מתי זה התחיל?")
    repair.attempt_offer(breach=breach, by=couple.jordan, kind="apology", text="סליחה.")
    custom_behaviour_add(space=space, by=couple.alex, wording="לשלוח הודעות בלילה", group="online")
    conversation = conversation_start(
        space=space, by=couple.jordan, what_happened="שכחת", how_i_felt="עצוב"
    )
    base = f"/s/{space.uid}"
    path = f"{base}/path/{breach.uid}"
    pages = [
        f"{base}/",
        f"{base}/journal/",
        f"{base}/talk/",
        f"{base}/talk/hurts/{conversation.uid}/",
        f"{base}/path/",
        f"{path}/",
        f"{path}/commitments/",
        f"{path}/questions/",
        f"{path}/attempts/",
        f"{base}/agreement/questions/online/",
        "/settings/data/export.html",
    ]
    alex = page_as(couple.alex, "phone")
    for url in pages:
        alex.goto(server.url(url))
        assert HEBREW.search(alex.locator("main").inner_text()), f"no Hebrew shown on {url}"
        assert alex.evaluate(NOT_RTL) == [], url
        assert alex.evaluate(FIELDS_WITHOUT_DIR) == [], url

    # Typing right-to-left into a field reads right-to-left.
    alex.goto(server.url(f"{base}/journal/"))
    field = alex.get_by_label("Your entry")
    field.fill("שלום")
    assert field.evaluate("el => getComputedStyle(el).direction") == "rtl"


# ------------------------------------------------------------------ 8. long text is never cut

# 30,000 characters, new lines included.
LONG = "One more thing I need to say.\n" * 999 + "And that is all I need to say."
REFUSED = "main p.field-error:not(.limit-over)"  # the server's word, not the counter's


def test_long_text_is_counted_and_refused_whole_never_cut(page_as, couple, server) -> None:
    from amends.journal.models import JournalEntry

    assert len(LONG) == 30_000
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/journal/"))
    field = alex.get_by_label("Your entry")
    # A long paste is kept whole...
    field.fill(LONG)
    assert len(field.input_value()) == 30_000, "the browser cut the text"
    # ...counted, and said plainly before saving.
    expect(alex.locator("main .limit")).to_have_text("30,000 of 20,000 characters.")
    expect(alex.get_by_role("status").filter(has_text="10,000 more than fit here")).to_be_visible()
    field.fill("Today was hard.")
    expect(alex.locator("main .limit")).to_have_text("15 of 20,000 characters.")
    expect(alex.get_by_role("status").filter(has_text="more than fit")).to_have_count(0)
    field.fill(LONG)
    with alex.expect_navigation():
        alex.get_by_role("button", name="Save").click()
    # The server refuses with a clear message and gives every word back.
    expect(alex.locator(REFUSED)).to_contain_text(
        "This has 30,000 characters, and up to 20,000 fit here."
    )
    assert alex.get_by_label("Your entry").input_value().replace("\r\n", "\n") == LONG
    assert not JournalEntry.objects.exists()


def test_long_text_without_javascript_is_refused_whole(page_as, couple, server) -> None:
    from amends.repair import services as repair
    from amends.repair.models import Commitment

    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="The promise about Sundays.",
    )
    alex = page_as(couple.alex, "desktop", java_script_enabled=False)
    alex.goto(server.url(f"/s/{couple.space.uid}/path/{breach.uid}/commitments/"))
    field = alex.get_by_label("Your words")
    field.fill(LONG)
    assert len(field.input_value()) == 30_000, "the browser cut the text"
    expect(alex.locator("main")).to_contain_text("Up to 20,000 characters.")
    alex.get_by_role("button", name="Commit").click()
    expect(alex.locator(REFUSED)).to_contain_text("up to 20,000 fit here")
    assert alex.get_by_label("Your words").input_value().replace("\r\n", "\n") == LONG
    assert not Commitment.objects.exists()


# ------------------------------------------------------------------ 13. the sign-up e-mail


def test_the_development_mail_prints_a_link_that_works(
    anon_page, server, settings, tmp_path
) -> None:
    """In development, sign-up mail is printed where the server runs: its link, copied from
    there, confirms the address."""
    import io
    import os
    import subprocess
    import sys

    from tests.browser.conftest import sign_up

    env = {**os.environ, "AMENDS_ENV": "development", "AMENDS_VAR_DIR": str(tmp_path)}
    env.pop("AMENDS_EMAIL_BACKEND", None)
    env.pop("AMENDS_EMAIL_URL", None)
    backend = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); "
            "print(settings.MAILERS['default']['BACKEND'])",
        ],
        env={**env, "DJANGO_SETTINGS_MODULE": "amends.settings"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    printed = io.StringIO()
    settings.MAILERS = {"default": {"BACKEND": backend, "OPTIONS": {"stream": printed}}}

    page = anon_page("phone")
    page.goto(server.url("/accounts/signup/"))
    sign_up(page, name="Robin", email="robin@example.com")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    log = printed.getvalue()
    links = re.findall(r"https?://\S+/accounts/confirm-email/\S+", log)
    assert links, f"no whole confirmation link in what was printed:\n{log}"
    assert "=\n" not in log and "=3D" not in log, "the mail was printed quoted-printable"
    page.goto(links[0])
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(server.url("/home/"))


# ------------------------------------------------------------------ words: sign-up and log-in


def test_signing_up_and_logging_in_speak_our_words(anon_page, server) -> None:
    from django.core import mail

    from tests.browser.conftest import confirmation_link, sign_up

    page = anon_page("phone")
    page.goto(server.url("/accounts/login/"))
    main = page.locator("main")
    expect(main).not_to_contain_text("Remember Me")
    expect(page.get_by_label("Keep me logged in on this device")).not_to_be_checked()
    page.goto(server.url("/accounts/signup/"))
    sign_up(page, name="Robin", email="robin@example.com")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    for leftover in ("Verify Your Email Address", "Please contact us", "finalize"):
        expect(main).not_to_contain_text(leftover)
    body = mail.outbox[-1].body
    assert "Hello from" not in body and "Thank you for using" not in body
    assert "made an account on Amends" in body
    page.goto(confirmation_link("robin@example.com"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your e-mail address")
    expect(main).not_to_contain_text("for user")


# ------------------------------------------------------------------ words: after saving a step


def test_after_saving_a_step_it_says_what_was_saved_and_what_comes_next(
    page_as, couple, server
) -> None:
    from amends.repair import services as repair

    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="The promise about Sundays.",
    )
    path = f"/s/{couple.space.uid}/path/{breach.uid}/"
    alex = page_as(couple.alex, "phone")
    # The safety questions, opened from the path, lead back to it ("Not now" too).
    alex.goto(server.url(path))
    alex.locator("main ol.steps").get_by_role("link", name="Are you safe?").click()
    expect(alex.get_by_role("heading", name="Are you safe?")).to_be_visible()
    alex.get_by_role("link", name="Not now").click()
    expect(alex).to_have_url(server.url(path))

    alex.goto(server.url(f"{path}commitments/"))
    alex.get_by_label("Your words").fill("I will keep showing up, even when it is hard.")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Commit").click()
    messages = alex.locator(".messages")
    expect(messages).to_contain_text("Your commitment is written.")
    expect(messages).to_contain_text("Next for you on this path, when you are ready:")
    nxt = alex.locator("main .next-step")
    expect(nxt).to_contain_text("Next for you on this path")
    nxt.get_by_role("link").click()
    # Waited for: read at once, the address could still be this page's (it has a heading too).
    expect(alex).not_to_have_url(server.url(f"{path}commitments/"))
    expect(alex.get_by_role("heading", level=1)).to_be_visible()


# ------------------------------------------------------------------ words: a crisis line


def test_support_names_a_crisis_line_without_a_made_up_number(anon_page, server) -> None:
    page = anon_page("phone")
    page.goto(server.url("/support/"))
    main = page.locator("main")
    expect(main).to_contain_text("thinking of harming yourself")
    crisis = main.locator("li").filter(has_text="thinking of ending your life")
    expect(crisis).to_contain_text("local emergency number")
    expect(crisis).to_contain_text("crisis line in your country")
    assert not re.search(r"\d", crisis.inner_text()), "a number nobody checked"

"""Issue 16, "Words and flow": how the pages read and move, as a person meets them. One
journey per item changed; each failed before its change."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import Page, expect

from amends.repair import services as repair
from amends.repair.models import Forgiveness, OutcomeStatement

HARSH = "You always do this, you are so selfish."


def _open_path(couple, *, category: str = "broken_promises"):
    """Alex was hurt; both have committed, so the joint steps are open."""
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category=category,
        description="The promise about Sundays.",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will stay with this.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will do the work.")
    return breach


def _step(couple, breach, step: str = "") -> str:
    return f"/s/{couple.space.uid}/path/{breach.uid}/{step}"


def _background(page: Page, name: str) -> str:
    return str(
        page.get_by_role("button", name=name).evaluate("b => getComputedStyle(b).backgroundColor")
    )


# ------------------------------------------------------------------ the coach's two choices


def test_the_coach_offers_two_choices_of_equal_weight(page_as, couple, server, axe_check) -> None:
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/talk/"))
    alex.get_by_label("Your message").fill(HARSH)
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send", exact=True).click()
    send = alex.get_by_role("button", name="Send as written")
    again = alex.get_by_role("button", name="I changed it, check again")
    expect(send).to_be_visible()
    expect(again).to_be_visible()
    # Neither is pushed: the same look, the same size, side by side.
    expect(send).not_to_have_class(re.compile(r"\bprimary\b"))
    assert _background(alex, "Send as written") == _background(alex, "I changed it, check again")
    send_box, again_box = send.bounding_box(), again.bounding_box()
    assert send_box and again_box
    assert abs(send_box["height"] - again_box["height"]) < 1
    axe_check(alex, "words-coach-choices")


# ------------------------------------------------------------------ a "no", looked at after


def test_the_question_about_a_no_comes_only_after_a_no(page_as, couple, server, axe_check) -> None:
    breach = _open_path(couple)
    repair.attempt_offer(
        breach=breach, by=couple.jordan, kind="act_of_care", text="I cooked your favourite."
    )
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(_step(couple, breach, "attempts/")))
    main = alex.locator("main")
    expect(main).to_contain_text("I cooked your favourite.")
    # Before any answer, nobody is asked whether they are punishing.
    expect(main).not_to_contain_text("punish")
    expect(main).not_to_contain_text("Looking back")
    alex.get_by_label("I decline this").check()
    with alex.expect_navigation():
        alex.get_by_role("button", name="Answer").click()
    looking_back = alex.locator("details.after-no summary")
    expect(looking_back).to_have_text('Looking back at this "no", for yourself (only you)')
    expect(main).not_to_contain_text("punish")
    looking_back.click()
    expect(main).to_contain_text("there is no wrong answer")
    axe_check(alex, "words-attempt-after-no")


# ------------------------------------------------------------------ sentences, not scorecards


def test_progress_and_promises_are_said_in_sentences(page_as, couple, server, axe_check) -> None:
    breach = _open_path(couple)
    attempt = repair.attempt_offer(
        breach=breach, by=couple.jordan, kind="apology", text="I am sorry."
    )
    repair.attempt_acknowledge(attempt=attempt, by=couple.alex, acknowledgement="declined")
    promise = repair.promise_make(
        breach=breach, by=couple.jordan, text="Home by seven", rhythm="daily"
    )
    yesterday = timezone.localdate() - timedelta(days=1)
    repair.promise_mark(promise=promise, by=couple.jordan, occurrence=yesterday, kept=True)
    repair.promise_mark(promise=promise, by=couple.alex, occurrence=yesterday, kept=False)

    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/checkins/progress/"))
    main = alex.locator("main")
    expect(main).to_contain_text("Jordan has offered you one repair attempt. You said no to it.")
    expect(main).not_to_contain_text("You accepted 0")
    expect(main).not_to_contain_text("declined 1")
    axe_check(alex, "words-progress")

    jordan = page_as(couple.jordan, "desktop")
    jordan.goto(server.url(f"/s/{couple.space.uid}/checkins/progress/"))
    expect(jordan.locator("main")).to_contain_text(
        "You have offered one repair attempt. Alex said no to it."
    )
    expect(jordan.locator("main")).to_contain_text(
        "You have made one promise. You noted one day as kept. Alex noted one day as not kept."
    )

    alex.goto(server.url(_step(couple, breach, "promises/")))
    card = main.locator("li.card").filter(has_text="Home by seven")
    expect(card).to_contain_text("One day noted so far: you each saw it differently.")
    expect(card).not_to_contain_text("0 of 1")
    expect(card).not_to_contain_text("(hurt)")
    expect(card).not_to_contain_text("you see this differently")
    headers = card.locator("thead th")
    expect(headers).to_have_text(["Day", "You", "Jordan"])
    expect(card.locator("tbody tr").first).to_contain_text("Seen differently")
    axe_check(alex, "words-promises")


# ------------------------------------------------------------------ the decision has no deadline


def test_the_decision_is_yours_when_ready_not_waiting(page_as, couple, server, axe_check) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="The promise about Sundays.",
    )
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/"))
    main = alex.locator("main")
    waiting = main.locator("h2:has-text('Waiting for you') + ul")
    expect(waiting).not_to_contain_text("decision")
    expect(waiting).not_to_contain_text("Decision")
    expect(main.get_by_role("heading", name="Yours, when you are ready")).to_be_visible()
    expect(main).to_contain_text("is yours to decide, in your own time. There is no deadline.")
    axe_check(alex, "words-home-decision")

    alex.goto(server.url(_step(couple, breach)))
    decision = alex.locator("ol.steps li").filter(has_text="decision").first
    expect(decision).to_contain_text("Yours, when you are ready.")
    expect(decision).not_to_contain_text("Waiting for you")


# ------------------------------------------------------------------ forgiving: asked once


def test_forgiving_is_asked_once_and_can_be_revisited(
    page_as, couple, server, axe_check, shot
) -> None:
    breach = _open_path(couple)
    url = server.url(_step(couple, breach, "forgiveness/"))
    # Without JavaScript, as it must work for everyone.
    alex = page_as(couple.alex, "phone", java_script_enabled=False)
    alex.goto(url)
    alex.get_by_label("You and Jordan", exact=True).check()
    alex.get_by_label("Your words").fill("I forgive you. I choose this, for both of us.")
    with alex.expect_navigation():
        alex.get_by_role("button", name="I forgive this").click()
    # Asked once, plainly, on a page of its own; nothing is written yet.
    confirm = alex.locator(".confirm")
    expect(confirm).to_contain_text("You are writing that you forgive this.")
    assert alex.url.endswith("#confirm"), alex.url  # the page opens at the question
    expect(confirm).to_be_in_viewport()
    expect(confirm).to_contain_text("It can be revisited.")
    assert not Forgiveness.objects.filter(breach=breach).exists()
    expect(alex.get_by_label("Your words")).to_have_value(
        "I forgive you. I choose this, for both of us."
    )
    # The same question, as Alex sees it with JavaScript on (axe needs it).
    seen = page_as(couple.alex, "phone")
    seen.goto(alex.url)
    expect(seen.locator(".confirm")).to_contain_text("You are writing that you forgive this.")
    axe_check(seen, "words-forgive-confirm")
    shot(seen, "words-forgive-confirm")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Yes, I forgive this").click()
    expect(alex.locator(".messages")).to_contain_text("Written, with today's date.")
    assert Forgiveness.objects.filter(breach=breach).count() == 1
    # Back is a page, never "Confirm Form Resubmission".
    response = alex.go_back()
    assert response is not None and response.request.method == "GET"
    alex.goto(url)

    # Revisited: a new dated version; what was written before stays.
    expect(alex.get_by_role("heading", name="Come back to it")).to_be_visible()
    alex.get_by_label("I am not there now: I take it back, for now").check()
    alex.get_by_label("You and Jordan", exact=True).check()
    alex.get_by_label("Your words").fill("Something new came out. I am not there now.")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Save my words").click()
    expect(alex.locator(".confirm")).to_contain_text("taking your forgiveness back for now")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Yes, save it").click()
    versions = list(Forgiveness.objects.filter(breach=breach).order_by("version"))
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].text.startswith("I forgive you") and not versions[0].taken_back
    assert versions[1].taken_back
    alex.locator("details summary", has_text="Earlier words (1)").click()
    expect(alex.locator("main")).to_contain_text("I forgive you. I choose this")
    seen.goto(url)
    axe_check(seen, "words-forgive-revisited")

    # Jordan reads the latest version shared with them, dated, and the earlier one.
    jordan = page_as(couple.jordan, "desktop")
    jordan.goto(url)
    expect(jordan.locator("main article.card")).to_contain_text("taken back for now")
    expect(jordan.locator("main article.card")).to_contain_text("I am not there now.")
    expect(jordan.get_by_role("button", name="Save my words")).to_have_count(0)


def test_parting_is_asked_once_and_can_be_revisited(page_as, couple, server, axe_check) -> None:
    breach = _open_path(couple)
    url = server.url(_step(couple, breach, "outcome/"))
    jordan = page_as(couple.jordan, "desktop")
    jordan.goto(url)
    jordan.get_by_label("Part, with respect").check()
    jordan.get_by_label("In your words").fill("I think we should part, and I thank you.")
    with jordan.expect_navigation():
        jordan.get_by_role("button", name="Record").click()
    confirm = jordan.locator(".confirm")
    expect(confirm).to_contain_text("You are saying that you want to part, with respect.")
    expect(confirm).to_contain_text("It can be revisited.")
    assert not OutcomeStatement.objects.filter(breach=breach).exists()
    axe_check(jordan, "words-outcome-confirm")
    with jordan.expect_navigation():
        jordan.get_by_role("button", name="Yes, record it").click()
    expect(jordan.locator(".messages")).to_contain_text("Recorded, with today's date.")
    jordan.goto(url)

    jordan.locator("details summary", has_text="Revisit where you stand").click()
    jordan.get_by_label("Recommit to each other").check()
    jordan.get_by_label("In your words").fill("I want to stay and keep working.")
    with jordan.expect_navigation():
        jordan.get_by_role("button", name="Record").click()
    expect(jordan.locator(".confirm")).to_contain_text("you want to recommit to each other")
    with jordan.expect_navigation():
        jordan.get_by_role("button", name="Yes, record it").click()
    mine = list(OutcomeStatement.objects.filter(breach=breach).order_by("version"))
    assert [(o.version, o.choice) for o in mine] == [(1, "part"), (2, "recommit")]
    jordan.goto(url)
    main = jordan.locator("main")
    expect(main.locator("ul.cards").first).to_contain_text("Recommit to each other")
    jordan.locator("details summary", has_text="Recorded earlier (1)").click()
    expect(main).to_contain_text("I think we should part, and I thank you.")
    axe_check(jordan, "words-outcome-revisited")


# ------------------------------------------------------------------ a title for both paths


def test_words_behind_a_back_make_a_title_for_both_paths(page_as, couple, server) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=False,
        category="harsh_words",
        description="What I said about Alex at dinner with friends.",
    )
    jordan = page_as(couple.jordan, "phone")
    jordan.goto(server.url(_step(couple, breach)))
    title = jordan.get_by_role("heading", level=1)
    expect(title).to_have_text("Criticism or harsh words behind a partner's back")
    expect(title).not_to_contain_text("my back")
    jordan.goto(server.url(f"/s/{couple.space.uid}/path/new/"))
    options = jordan.get_by_label("What kind of hurt was it?").locator("option")
    expect(options.filter(has_text="behind")).to_have_text(
        ["Criticism or harsh words behind a partner's back"]
    )


# ------------------------------------------------------------------ who can read it


def test_readers_offered_are_the_people_there(page_as, couple, server, axe_check) -> None:
    # Casey is alone, with no professional: nobody to offer as a third reader.
    casey = page_as(couple.casey, "phone")
    casey.goto(server.url(f"/s/{couple.casey_space.uid}/journal/"))
    audience = casey.locator("fieldset.audience")
    expect(audience).not_to_contain_text("professional")
    expect(audience.locator("input[type=radio]")).to_have_count(2)

    # Alex and Jordan have Sam: offered by name.
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/journal/"))
    expect(alex.locator("fieldset.audience")).to_contain_text("You, Jordan and Sam")

    # Recording a hurt is for sharing: it says so, and where words only for you can go.
    for path in ("talk/hurts/", "path/new/"):
        alex.goto(server.url(f"/s/{couple.space.uid}/{path}"))
        audience = alex.locator(".audience")
        expect(audience).to_contain_text("Words only for you have a place in your journal")
        expect(audience.get_by_role("link", name="your journal")).to_be_visible()
    axe_check(alex, "words-new-path")

    # Sam reads Talk but does not write there: no "Something hurt me", no coach note.
    sam = page_as(couple.sam, "phone")
    sam.goto(server.url(f"/s/{couple.space.uid}/talk/"))
    main = sam.locator("main")
    expect(main.get_by_role("link", name="Something hurt me")).to_have_count(0)
    expect(main).not_to_contain_text("The coach reads along")
    expect(main).to_contain_text("only they write here")
    axe_check(sam, "words-talk-professional")
    main.get_by_role("link", name="Everyday hurts they shared with you").click()
    expect(sam.get_by_role("heading", level=1)).to_have_text("Everyday hurts")


# ------------------------------------------------------------------ More, and Settings apart


def test_more_holds_the_places_and_settings_the_account(page_as, couple, server, axe_check) -> None:
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/"))
    alex.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    main = alex.locator("main")
    expect(alex.get_by_role("heading", level=1)).to_have_text("More")
    together = main.locator("h2:has-text('For the two of you') + ul")
    for place in ("Our agreement", "Check-in", "Progress", "Program"):
        expect(together.get_by_role("link", name=place, exact=True)).to_be_visible()
    for account in ("Change password", "Two-step log-in", "Your data: export or delete"):
        expect(main.get_by_role("link", name=account)).to_have_count(0)
    axe_check(alex, "words-more")

    main.get_by_role("link", name="Settings").click()
    expect(alex.get_by_role("heading", level=1)).to_have_text("Settings")
    for account in ("Change password", "Two-step log-in", "Your data: export or delete"):
        expect(main.get_by_role("link", name=account)).to_be_visible()
    for place in ("Our agreement", "Check-in", "Program"):
        expect(main.get_by_role("link", name=place, exact=True)).to_have_count(0)
    axe_check(alex, "words-settings")


# ------------------------------------------------------------------ sign-up, in our words


def test_sign_up_errors_sit_under_their_field_and_reset_speaks_plainly(
    anon_page, server, axe_check
) -> None:
    page = anon_page("phone")
    page.goto(server.url("/accounts/signup/"))
    page.get_by_label("What should we call you?").fill("Robin")
    page.get_by_label("Your e-mail address").fill("robin@example.com")
    page.locator("#id_password1").fill("short")
    page.locator("#id_password2").fill("short")
    with page.expect_navigation():
        page.get_by_role("button", name="Create an account").click()
    error = page.locator(".field-error").filter(has_text="too short")
    expect(error).to_be_visible()
    label = page.locator("label[for=id_password1]")
    error_box, label_box = error.bounding_box(), label.bounding_box()
    assert error_box and label_box and error_box["y"] > label_box["y"], (
        "the password's error sits above its label"
    )
    expect(page.locator("main")).not_to_contain_text("Password:")
    axe_check(page, "words-signup-error")

    page.goto(server.url("/accounts/password/reset/"))
    main = page.locator("main")
    for leftover in ("Please contact us", "Reset My Password", "Password Reset"):
        expect(main).not_to_contain_text(leftover)
    page.get_by_label("Your e-mail address").fill("nobody@example.com")
    with page.expect_navigation():
        page.get_by_role("button", name="Send me the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    expect(main).not_to_contain_text("contact us")


# ------------------------------------------------------------------ the professional's link


def test_the_professionals_link_is_where_the_professional_is(
    page_as, couple, server, axe_check
) -> None:
    casey = page_as(couple.casey, "phone")
    casey.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.base)
    casey.goto(server.url(f"/s/{couple.casey_space.uid}/people/"))
    with casey.expect_navigation():
        casey.get_by_role("button", name="Propose inviting a professional").click()
    with casey.expect_navigation():
        casey.get_by_role("button", name="Make a link for the professional").click()
    card = casey.locator(".new-link")
    expect(card.get_by_role("heading")).to_have_text("The link for the professional")
    # Under the professional's heading, after "Invite your partner", not above it.
    order = casey.evaluate(
        """() => {
          const hs = [...document.querySelectorAll('main h2, main .new-link')];
          return hs.map(h => h.classList.contains('new-link') ? 'LINK' : h.textContent.trim());
        }"""
    )
    assert order.index("LINK") > order.index("A couples therapist or coach"), order
    assert order.index("LINK") > order.index("Invite your partner"), order
    expect(casey.locator("main")).not_to_contain_text("Your invitation link")
    copy = card.get_by_role("button", name="Copy the link")
    expect(copy).to_be_visible()
    copy.click()
    expect(card.locator("[data-copy-status]")).to_have_text("Copied.")
    link = card.get_by_label("Link").input_value()
    assert casey.evaluate("() => navigator.clipboard.readText()") == link
    axe_check(casey, "words-professional-link")


# ------------------------------------------------------------------ Leave quickly, scrolling


def test_leave_quickly_never_covers_text_while_scrolling(page_as, couple, server) -> None:
    from amends.journal.services import journal_entry_create

    for n in range(12):
        journal_entry_create(
            space=couple.space,
            by=couple.alex,
            text=f"Entry {n}. " + "A long, ordinary line of words that fills the width. " * 4,
        )
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/journal/"))
    alex.wait_for_load_state("load")
    for y in (300, 900, 1500):
        alex.evaluate(f"window.scrollTo(0, {y})")
        seen = alex.evaluate(
            """() => {
              const exit = document.getElementById('quick-exit').getBoundingClientRect();
              const header = document.querySelector('.site-header').getBoundingClientRect();
              // Just beside the button and just below its top, whatever is there is the band
              // behind it, never the page's text.
              const points = [[exit.left - 6, exit.top + 4], [exit.left - 6, exit.bottom - 4],
                              [exit.left + exit.width / 2, exit.bottom + 2]];
              const main = document.getElementById('main');
              return {
                under: points.map(([x, y]) => main.contains(document.elementFromPoint(x, y))),
                headerBottom: header.bottom, exitBottom: exit.bottom, headerTop: header.top,
              };
            }"""
        )
        assert seen["headerTop"] == 0, f"the header scrolled away at {y}: {seen}"
        assert seen["headerBottom"] >= seen["exitBottom"] + 2, seen
        assert not any(seen["under"]), f"text is under Leave quickly at {y}: {seen}"

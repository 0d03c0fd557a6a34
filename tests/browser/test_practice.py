"""The professional's practice: Sam sees two couples on the caseload, the one who may need
attention first; sets homework for Alex; Alex marks it done and shares a few words; Sam
sees it done, with only the words Alex shared, and opens the session prep (also as print)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from amends.checkins import services as checkins
from amends.checkins.models import MEASURE_KEYS
from amends.checkins.weeks import this_monday
from amends.journal.services import journal_entry_create
from amends.spaces.models import Space
from tests.professional.test_practice import second_couple_for

SHARED = "partner_and_professional"


@pytest.fixture
def program(db) -> None:
    call_command("load_program", stdout=StringIO())


def test_caseload_homework_done_and_shared(
    page_as, couple, program, server, axe_check, shot
) -> None:
    # Robin and Kim: Kim shares check-ins with Sam, and the latest says they felt unsafe.
    other, _robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    checkins.checkin_sharing_set(space=other, by=kim, visibility=SHARED)
    for weeks_ago, safe in ((1, 5), (0, 2)):
        checkins.checkin_record(
            space=other,
            by=kim,
            week=this_monday() - timedelta(weeks=weeks_ago),
            scores=dict.fromkeys(MEASURE_KEYS, 5) | {"safe": safe},
            note="",
            visibility=SHARED,
        )
    journal_entry_create(
        space=couple.space, by=couple.jordan, text="For Sam, too.", visibility=SHARED
    )
    Space.objects.filter(pk=couple.space.pk).update(created_at=timezone.now() - timedelta(weeks=3))

    sam = page_as(couple.sam, "desktop")
    sam.goto(server.url("/home/"))
    expect(sam).to_have_url(server.url("/practice/"))
    expect(sam.get_by_role("heading", level=1)).to_have_text("The couples you work with")
    cards = sam.locator("main li.card")
    expect(cards).to_have_count(2)
    expect(cards.nth(0)).to_contain_text("Robin and Kim")
    expect(cards.nth(0)).to_contain_text("did not feel safe")
    expect(cards.nth(1)).to_contain_text("Us")
    expect(cards.nth(1)).to_contain_text("1 in their journals")
    axe_check(sam, "practice-caseload")
    shot(sam, "practice-caseload")

    cards.nth(1).get_by_role("link", name="Us").click()
    expect(sam).to_have_url(server.url(f"/s/{couple.space.uid}/couple/"))
    sam.get_by_role("link", name="Suggest something to try").click()
    expect(sam.get_by_role("heading", level=1)).to_have_text("Something to try between sessions")
    axe_check(sam, "practice-homework-new")
    shot(sam, "practice-homework-new")
    sam.get_by_label("Alex", exact=True).check()
    sam.get_by_label("What would you like them to try?").select_option("own")
    sam.get_by_label("In your own words").fill("A walk together, phones at home.")
    sam.get_by_label("By when (if you like)").fill(
        (timezone.localdate() + timedelta(days=7)).isoformat()
    )
    sam.get_by_role("button", name="Send it").click()
    expect(sam.locator(".messages")).to_contain_text("They will find it on their home page")
    homework = sam.locator("main li.card", has_text="A walk together")
    expect(homework).to_contain_text("not marked done yet")

    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{couple.space.uid}/"))
    card = alex.locator("main li.card", has_text="A walk together")
    expect(card).to_contain_text("From Sam")
    card.get_by_role("link", name="Open").click()
    axe_check(alex, "practice-homework")
    alex.get_by_role("button", name="Mark as done").click()
    expect(alex.locator(".messages")).to_contain_text("Marked as done")
    alex.get_by_label("You and Sam").check()
    alex.get_by_label("A few words about it (if you like)").fill("We walked by the river.")
    alex.get_by_role("button", name="Save").click()
    alex.get_by_label("Only you").check()
    alex.get_by_label("A few words about it (if you like)").fill("I was nervous all the way.")
    alex.get_by_role("button", name="Save").click()
    expect(alex.locator("main")).to_contain_text("I was nervous all the way.")
    axe_check(alex, "practice-homework-done")
    shot(alex, "practice-homework-done")

    jordan = page_as(couple.jordan, "phone")
    jordan.goto(server.url(f"/s/{couple.space.uid}/"))
    expect(jordan.locator("main")).not_to_contain_text("A walk together")

    sam.goto(server.url(f"/s/{couple.space.uid}/couple/"))
    homework = sam.locator("main li.card", has_text="A walk together")
    expect(homework).to_contain_text("done")
    expect(homework).to_contain_text("We walked by the river.")
    expect(sam.locator("main")).not_to_contain_text("I was nervous")
    axe_check(sam, "practice-couple")
    sam.goto(server.url("/practice/"))
    expect(sam.locator("main li.card", has_text="Us")).to_contain_text("Homework: 1 done")

    # Before the next session: one page, to read or print, with only what was shared.
    sam.get_by_role("link", name="Us", exact=True).click()
    sam.get_by_role("link", name="Prepare the next session").click()
    expect(sam).to_have_url(server.url(f"/s/{couple.space.uid}/couple/prep/"))
    expect(sam.get_by_role("heading", level=1)).to_contain_text("Before your session")
    prep = sam.locator("main")
    expect(prep).to_contain_text("For Sam, too.")
    expect(prep).to_contain_text("A walk together")
    expect(prep).to_contain_text("We walked by the river.")
    expect(prep).not_to_contain_text("I was nervous")
    axe_check(sam, "practice-prep")
    shot(sam, "practice-prep")
    sam.emulate_media(media="print")
    expect(sam.locator(".quick-exit").first).to_be_hidden()
    expect(prep.locator(".no-print").first).to_be_hidden()
    expect(prep).to_contain_text("We walked by the river.")
    shot(sam, "practice-prep-print")
    sam.emulate_media(media="screen")

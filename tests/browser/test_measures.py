"""The check-in's optional questions ("how things feel between you"), switched on with the
made-up questionnaire of the tests (none ships: docs/measures.md). Alex answers them with
the week's check-in on a phone, sees their own answers as a picture, chooses to let Sam see
them, and Sam sees them on the couple's page."""

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.checkins.instrument_fixture import PATH, TEST_INSTRUMENT

SCORES = {
    "This week, how much could you rely on Jordan?": 5,
    "How safe did you feel with Jordan this week?": 6,
    "How much did you want to keep away from Jordan?": 2,
    "How much did you want to get even with Jordan?": 1,
    "How much did you wish Jordan well this week?": 5,
    "How content were you with the two of you this week?": 4,
    "How much did you trust your own judgement this week?": 3,
}


@pytest.fixture
def questionnaire_on(settings: Any) -> None:
    settings.AMENDS_CHECKIN_INSTRUMENT = PATH


def test_answer_see_the_picture_and_share_with_the_professional(
    page_as, couple, server, axe_check, questionnaire_on
) -> None:
    space_id = couple.space.uid
    alex = page_as(couple.alex, "phone")
    alex.goto(server.url(f"/s/{space_id}/checkins/"))
    expect(
        alex.get_by_role("heading", name="How things feel between you (optional)")
    ).to_be_visible()
    axe_check(alex, "checkin-with-questionnaire")
    for question, score in SCORES.items():
        alex.get_by_role("group", name=question).get_by_label(str(score), exact=True).check()
    for item in TEST_INSTRUMENT.items:
        alex.get_by_role("group", name=item.text).get_by_label("Test answer 4").check()
    alex.get_by_role("button", name="Save my check-in").click()

    expect(alex).to_have_url(server.url(f"/s/{space_id}/checkins/progress/"))
    picture = alex.locator("main figure.trend", has_text="How things feel between you")
    expect(picture.locator("svg[role=img]")).to_have_count(1)
    expect(picture.locator("figcaption")).to_contain_text("12 (from 0 to 15)")
    expect(alex.locator("main")).to_contain_text("Who sees these answers: only you")
    axe_check(alex, "progress-with-questionnaire")

    alex.get_by_role("link", name="Change").nth(1).click()
    expect(alex).to_have_url(server.url(f"/s/{space_id}/checkins/between-you/"))
    expect(alex.get_by_label("Only me", exact=True)).to_be_checked()
    axe_check(alex, "questionnaire-sharing")
    alex.get_by_label("Me and Sam", exact=True).check()
    alex.get_by_role("button", name="Save").click()
    expect(alex.locator("main")).to_contain_text(
        "Who sees these answers: you and your professional"
    )

    sam = page_as(couple.sam, "desktop")
    sam.goto(server.url(f"/s/{space_id}/couple/"))
    shared = sam.locator("main")
    expect(shared).to_contain_text("How things feel between them, as they shared it")
    expect(shared).to_contain_text(": 12")
    axe_check(sam, "couple-with-questionnaire")

"""Journey 11: week 1 of the program sends Alex to the first check-in; Alex answers the
seven questions, sees the weeks as charts and in words, and week 1 shows the exercise done."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

SCORES = {
    "This week, how much could you rely on Jordan?": 5,
    "How safe did you feel with Jordan this week?": 6,
    "How much did you want to keep away from Jordan?": 2,
    "How much did you want to get even with Jordan?": 1,
    "How much did you wish Jordan well this week?": 5,
    "How content were you with the two of you this week?": 4,
    "How much did you trust your own judgement this week?": 3,
}
NOTE = "A quieter week. We cooked together on Sunday."


@pytest.fixture
def program(db) -> None:
    call_command("load_program", stdout=StringIO())


def test_first_checkin_from_week_one_of_the_program(
    page_as, couple, program, server, axe_check
) -> None:
    space_id = couple.space.uid
    alex = page_as(couple.alex, "phone")

    alex.goto(server.url(f"/s/{space_id}/program/"))
    expect(alex.locator("main")).to_contain_text("Week 1 of 12 · this is your week now")
    expect(alex.get_by_role("heading", level=1, name="A safe place to start")).to_be_visible()
    first_checkin = alex.locator("main li.card", has_text="Do your first check-in")
    expect(first_checkin).not_to_contain_text("Done")
    axe_check(alex, "program-week-1")
    first_checkin.get_by_role("link", name="Go there").click()

    expect(alex).to_have_url(server.url(f"/s/{space_id}/checkins/"))
    expect(alex.get_by_role("heading", name="Your weekly check-in")).to_be_visible()
    axe_check(alex, "checkin")
    for question, score in SCORES.items():
        alex.get_by_role("group", name=question).get_by_label(str(score), exact=True).check()
    expect(alex.get_by_label("Only you", exact=True)).to_be_checked()
    alex.get_by_label("Anything else about this week? (optional)").fill(NOTE)
    alex.get_by_role("button", name="Save my check-in").click()

    # Progress: each chart is an image with the same in words beside it.
    expect(alex).to_have_url(server.url(f"/s/{space_id}/checkins/progress/"))
    expect(alex.locator(".messages")).to_contain_text("Saved. Thank you")
    charts = alex.locator("main figure.trend")
    expect(charts).to_have_count(3)
    expect(charts.locator("svg[role=img]")).to_have_count(3)
    expect(charts.first.locator("svg")).to_have_attribute(
        "aria-label", "Your check-ins: Towards Jordan, a chart. The same in words follows."
    )
    summary = alex.locator("main figure.trend figcaption li")
    expect(summary).to_have_count(7)
    expect(charts.first.locator("figcaption")).to_contain_text("Trust in Jordan: 5 of 7")
    expect(alex.locator("main figure.trend figcaption")).to_contain_text(
        ["Trust in Jordan: 5 of 7", "Feeling safe: 6 of 7", "Wanting to keep away: 2 of 7"]
    )
    alex.get_by_text("Every week, as numbers").click()
    row = alex.locator("main table tbody tr").first
    expect(row.locator("td")).to_have_text(["5", "6", "2", "1", "5", "4", "3"])
    axe_check(alex, "checkin-progress")

    # This week is done; the program knows.
    alex.goto(server.url(f"/s/{space_id}/checkins/"))
    expect(alex.get_by_text("You have checked in for this week. Thank you.")).to_be_visible()
    alex.goto(server.url(f"/s/{space_id}/program/"))
    first_checkin = alex.locator("main li.card", has_text="Do your first check-in")
    expect(first_checkin).to_contain_text("Done")
    expect(first_checkin.get_by_role("link", name="Go there")).to_have_count(0)
    safety = alex.locator("main li.card", has_text="Answer the safety questions")
    expect(safety).not_to_contain_text("Done")
    expect(safety.get_by_role("link", name="Go there")).to_be_visible()

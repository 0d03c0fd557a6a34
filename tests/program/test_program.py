"""The 12-week program: loading it, which week a person is in, exercises that complete
themselves, and the hosting practice card."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from amends.checkins import services as checkins
from amends.checkins import weeks
from amends.core.errors import ActionRefused
from amends.journal.services import journal_entry_create
from amends.program.models import Exercise, Module, Practice, PracticeLink, ProgramWeek
from amends.program.selectors import current_week_number, week_view
from amends.program.services import program_load
from amends.repair import services as repair
from amends.spaces.selectors import space_roles
from tests.checkins.helpers import age_space, scores
from tests.conftest import Couple, client_for


def load(*args: str) -> str:
    out = StringIO()
    call_command("load_program", *args, stdout=out)
    return out.getvalue()


def counts() -> tuple[int, int, int]:
    return ProgramWeek.objects.count(), Module.objects.count(), Exercise.objects.count()


@pytest.fixture
def program(db: None) -> None:
    load()


def test_the_program_loads_idempotently(db: None) -> None:
    assert "0 updated" in load()
    first = counts()
    ids = sorted(Exercise.objects.values_list("pk", "slug"))
    assert first[0] == 12 and first[2] >= 24
    assert "0 created, 0 updated" in load()
    assert counts() == first
    assert sorted(Exercise.objects.values_list("pk", "slug")) == ids


def test_staff_edits_survive_a_reload_unless_reset(program: None) -> None:
    week = ProgramWeek.objects.get(number=1)
    week.title = "Our own first week"
    week.save()
    load()
    assert ProgramWeek.objects.get(number=1).title == "Our own first week"
    load("--reset")
    assert ProgramWeek.objects.get(number=1).title == "A safe place to start"
    assert load("--reset").count("0 updated") == 1


def test_a_broken_program_file_is_refused_and_changes_nothing(db: None) -> None:
    with pytest.raises(ActionRefused, match="weeks 1 to 12"):
        program_load(data={"weeks": [{"number": 1, "title": "x", "modules": []}]})
    bad_feature = {
        "weeks": [
            {
                "number": n,
                "title": "x",
                "modules": [
                    {
                        "order": 1,
                        "title": "m",
                        "reading": "r",
                        "exercises": [{"slug": f"s{n}", "order": 1, "title": "t", "feature": "x"}],
                    }
                ],
            }
            for n in range(1, 13)
        ]
    }
    with pytest.raises(ActionRefused, match="Unknown feature"):
        program_load(data=bad_feature)
    assert counts() == (0, 0, 0)


def test_every_exercise_links_to_a_page(couple: Couple, program: None, as_alex: Client) -> None:
    for n in range(1, 13):
        response = as_alex.get(reverse("program_week", args=[couple.space.uid, n]))
        assert response.status_code == 200


def test_this_week_is_counted_from_joining_and_capped(couple: Couple, program: None) -> None:
    # Roles are read once per request: each look is a new one.
    assert current_week_number(person=couple.alex, roles=space_roles(couple.space)) == 1
    age_space(couple.space, days=22)
    assert current_week_number(person=couple.alex, roles=space_roles(couple.space)) == 4
    age_space(couple.space, days=400)
    assert current_week_number(person=couple.alex, roles=space_roles(couple.space)) == 12
    html = client_for(couple.alex).get(reverse("program_home", args=[couple.space.uid]))
    assert "Where you go from here" in html.content.decode()


def _done(couple: Couple, person, number: int) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    view = week_view(viewer=person, roles=space_roles(couple.space), number=number)
    assert view is not None
    return {item.exercise.slug: item.done for _, items in view.modules for item in items}


def test_exercises_complete_when_the_linked_action_is_done(couple: Couple, program: None) -> None:
    assert _done(couple, couple.alex, 1) == {
        "w1-safety": False,
        "w1-first-checkin": False,
        "w1-journal": False,
    }
    journal_entry_create(space=couple.space, by=couple.alex, text="One sentence.")
    checkins.checkin_record(
        space=couple.space, by=couple.alex, week=weeks.this_monday(), scores=scores()
    )
    assert _done(couple, couple.alex, 1) == {
        "w1-safety": False,
        "w1-first-checkin": True,
        "w1-journal": True,
    }
    # Someone else's action never completes mine.
    assert not any(_done(couple, couple.jordan, 1).values())
    # The second journal exercise (week 4) needs a second entry.
    assert _done(couple, couple.alex, 4)["w4-journal"] is False
    journal_entry_create(space=couple.space, by=couple.alex, text="Another.")
    assert _done(couple, couple.alex, 4)["w4-journal"] is True


def test_path_exercises_count_for_both_sides(couple: Couple, program: None) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=True,
        category="broken_promises",
        description="x",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will.")
    assert _done(couple, couple.alex, 2)["w2-commitment"] is True
    assert _done(couple, couple.jordan, 2)["w2-commitment"] is False
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will.")
    attempt = repair.attempt_offer(breach=breach, by=couple.alex, kind="apology", text="Sorry")
    assert _done(couple, couple.alex, 7)["w7-attempt"] is True
    assert _done(couple, couple.jordan, 7)["w7-attempt"] is False
    repair.attempt_acknowledge(attempt=attempt, by=couple.jordan, acknowledgement="not_ready")
    assert _done(couple, couple.jordan, 7)["w7-attempt"] is True


def test_the_program_page(couple: Couple, program: None, as_alex: Client, as_sam: Client) -> None:
    url = reverse("program_week", args=[couple.space.uid, 1])
    html = as_alex.get(url).content.decode()
    assert "Week 1 of 12" in html and "this is your week now" in html
    assert "Go there" in html
    # The professional can read the program; there is no progress of theirs to show.
    html = as_sam.get(url).content.decode()
    assert "A safe place to start" in html and "Go there" not in html
    for bad in (0, 13):
        assert as_alex.get(reverse("program_week", args=[couple.space.uid, bad])).status_code == 404


def test_the_program_page_before_it_is_loaded(couple: Couple, as_alex: Client) -> None:
    html = as_alex.get(reverse("program_home", args=[couple.space.uid])).content.decode()
    assert "has not been set up" in html


def test_strangers_get_404_on_program_pages(couple: Couple, program: None) -> None:
    as_casey = client_for(couple.casey)
    for url in (
        reverse("program_home", args=[couple.space.uid]),
        reverse("program_week", args=[couple.space.uid, 3]),
    ):
        assert as_casey.get(url).status_code == 404


@pytest.mark.usefixtures("uncached")
def test_program_page_queries_do_not_grow(couple: Couple, program: None, as_alex: Client) -> None:
    url = reverse("program_week", args=[couple.space.uid, 4])
    as_alex.get(url)
    with CaptureQueriesContext(connection) as few:
        as_alex.get(url)
    for n in range(30):
        journal_entry_create(space=couple.space, by=couple.alex, text=f"Entry {n}")
    with CaptureQueriesContext(connection) as many:
        as_alex.get(url)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_home_card(couple: Couple, program: None, as_alex: Client, as_sam: Client) -> None:
    home = reverse("space_home", args=[couple.space.uid])
    html = as_alex.get(home).content.decode()
    assert "Your weekly check-in" in html and "Program, week 1 of 12" in html
    checkins.checkin_record(
        space=couple.space, by=couple.alex, week=weeks.this_monday(), scores=scores()
    )
    assert "You have checked in this week." in as_alex.get(home).content.decode()
    assert "Your weekly check-in" not in as_sam.get(home).content.decode()


PRACTICE_CARD = Template('{% include "program/practice_card.html" %}')


def test_practice_card_shows_nothing_until_set(db: None) -> None:
    assert PRACTICE_CARD.render(Context()).strip() == ""
    practice = Practice.objects.create(
        name="Harbour Couples Practice",
        introduction="We work with couples in hard seasons.",
        website="https://harbour.example/",
        booking_url="https://harbour.example/book",
    )
    PracticeLink.objects.create(
        practice=practice, kind="program", label="Our 12-week course", url="https://h.example/p"
    )
    html = PRACTICE_CARD.render(Context())
    for text in (
        "Harbour Couples Practice",
        "We work with couples",
        "https://harbour.example/book",
        "Our 12-week course",
    ):
        assert text in html

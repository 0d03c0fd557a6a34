"""Weekly check-ins: one per person per week, bad input refused, private by default."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from amends.checkins import services, weeks
from amends.checkins.models import CheckIn
from amends.checkins.selectors import checkin_trends_visible_to, open_weeks
from amends.core.errors import ActionRefused
from amends.spaces.selectors import space_roles
from tests.checkins.helpers import SECRET_NOTE, age_space, form_data, scores
from tests.conftest import Couple


def record(couple: Couple, **kwargs: object) -> CheckIn:
    args: dict[str, object] = {
        "space": couple.space,
        "by": couple.alex,
        "week": weeks.this_monday(),
        "scores": scores(),
    } | kwargs
    return services.checkin_record(**args)  # type: ignore[arg-type]


def test_a_checkin_is_private_by_default(couple: Couple) -> None:
    checkin = record(couple, note="A hard week.")
    assert checkin.visibility == "private"
    assert checkin.week == weeks.this_monday()
    assert checkin.scores()["trust_partner"] == 4


def test_one_checkin_per_person_per_week(couple: Couple) -> None:
    first = record(couple, scores=scores(trust_partner=2), note="first")
    with pytest.raises(ActionRefused) as refused:
        record(couple, scores=scores(trust_partner=7), note="second")
    assert "already checked in for that week" in refused.value.message
    assert CheckIn.objects.count() == 1
    first.refresh_from_db()
    assert (first.trust_partner, first.note) == (2, "first")
    # The other partner's week is their own.
    record(couple, by=couple.jordan)
    assert CheckIn.objects.count() == 2


def test_second_checkin_through_the_page_is_refused_with_a_message(
    couple: Couple, as_alex: Client
) -> None:
    url = reverse("checkin", args=[couple.space.uid])
    assert as_alex.post(url, form_data(trust_partner=3)).status_code == 302
    # A second post for the same week (a replay, or a second tab) changes nothing.
    response = as_alex.post(url, form_data(trust_partner=6))
    assert response.status_code == 200
    assert "You have already checked in for that week." in response.content.decode()
    assert CheckIn.objects.get().trust_partner == 3


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"scores": scores(trust_partner=0)}, "from 1 to 7"),
        ({"scores": scores(safe=8)}, "from 1 to 7"),
        ({"scores": scores(goodwill="x")}, "from 1 to 7"),
        ({"scores": scores(goodwill=True)}, "from 1 to 7"),
        ({"scores": scores(goodwill=None)}, "from 1 to 7"),
        ({"scores": {"trust_partner": 4}}, "every question"),
        ({"scores": scores(mood=3)}, "every question"),
        ({"week": "2026-W99"}, "which week"),
        ({"week": "soon"}, "which week"),
        ({"note": "x" * 301}, "under 300"),
        ({"visibility": "everyone"}, "who can read"),
    ],
)
def test_bad_input_is_refused_and_saves_nothing(couple: Couple, kwargs, message) -> None:
    with pytest.raises(ActionRefused) as refused:
        record(couple, **kwargs)
    assert message in refused.value.message
    assert not CheckIn.objects.exists()


def test_next_week_has_not_come_yet(couple: Couple) -> None:
    # Next week is read when the test runs: read as a parameter when the suite is collected,
    # a run crossing Sunday midnight (UTC) would send this week as "next week".
    with pytest.raises(ActionRefused, match="has not come yet"):
        record(couple, week=weeks.this_monday() + timedelta(weeks=1))
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"trust_partner": "0"}, "Please choose a number from 1 to 7."),
        ({"safe": "8"}, "Please choose a number from 1 to 7."),
        ({"goodwill": "x"}, "Please choose a number from 1 to 7."),
        ({"satisfaction": ""}, "Please choose a number from 1 to 7."),
        ({"note": "y" * 301}, "This has 301 characters, and up to 300 fit here."),
        ({"week": "2099-W01"}, "That week has not come yet."),
        ({"week": "nonsense"}, "Please choose which week this check-in is for."),
    ],
)
def test_bad_input_through_the_page(couple: Couple, as_alex: Client, overrides, message) -> None:
    response = as_alex.post(reverse("checkin", args=[couple.space.uid]), form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CheckIn.objects.exists()


def test_a_missed_week_can_be_filled_in_later(couple: Couple, as_alex: Client) -> None:
    age_space(couple.space, days=30)
    roles = space_roles(couple.space)
    last_week = weeks.this_monday() - timedelta(weeks=1)
    assert last_week in open_weeks(viewer=couple.alex, roles=roles)
    url = reverse("checkin", args=[couple.space.uid])
    assert as_alex.post(url, form_data(week=last_week)).status_code == 302
    assert CheckIn.objects.get().week == last_week
    assert last_week not in open_weeks(viewer=couple.alex, roles=roles)
    # Any day of the week names the same week.
    with pytest.raises(ActionRefused, match="already"):
        record(couple, week=last_week + timedelta(days=3))


def test_weeks_before_the_space_began_are_refused(couple: Couple) -> None:
    with pytest.raises(ActionRefused, match="before this space began"):
        record(couple, week=weeks.this_monday() - timedelta(weeks=3))


def test_only_partners_check_in(couple: Couple, as_sam: Client) -> None:
    for who, space in ((couple.sam, couple.space), (couple.casey, couple.space)):
        with pytest.raises(ActionRefused):
            record(couple, by=who, space=space)
    assert as_sam.get(reverse("checkin", args=[couple.space.uid])).status_code == 404
    assert not CheckIn.objects.exists()


def test_checking_in_through_the_page(couple: Couple, as_alex: Client) -> None:
    url = reverse("checkin", args=[couple.space.uid])
    page = as_alex.get(url).content.decode()
    assert "How much could you rely on Jordan" in page or "rely on Jordan" in page
    assert "Only you" in page
    # The audience line comes before the note.
    assert page.index("Who can read this") < page.index('name="note"')
    response = as_alex.post(url, form_data(note=SECRET_NOTE, get_even_urge=6))
    assert response.status_code == 302
    checkin = CheckIn.objects.get()
    assert (checkin.note, checkin.get_even_urge, checkin.visibility) == (SECRET_NOTE, 6, "private")
    assert "checked in for this week" in as_alex.get(url).content.decode()


def test_the_note_is_encrypted_at_rest(couple: Couple) -> None:
    record(couple, note=SECRET_NOTE)
    raw = CheckIn.objects.values_list("note", flat=True).get()
    assert SECRET_NOTE not in raw


def test_sharing_is_the_authors_explicit_choice(couple: Couple, as_alex: Client) -> None:
    roles = space_roles(couple.space)
    record(couple)
    assert checkin_trends_visible_to(viewer=couple.jordan, roles=roles, person=couple.alex) is None
    response = as_alex.post(
        reverse("checkin_sharing", args=[couple.space.uid]), {"visibility": "partner"}
    )
    assert response.status_code == 302
    trends = checkin_trends_visible_to(viewer=couple.jordan, roles=roles, person=couple.alex)
    assert trends is not None and len(trends.rows) == 1
    with pytest.raises(ActionRefused):
        services.checkin_sharing_set(space=couple.space, by=couple.sam, visibility="partner")
    response = as_alex.post(
        reverse("checkin_sharing", args=[couple.space.uid]), {"visibility": "nobody"}
    )
    assert response.status_code == 200
    assert "Please choose who can read this." in response.content.decode()

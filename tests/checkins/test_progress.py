"""The progress page: charts with 0, 1 and 100 weeks, what each person may see, and a
fixed number of queries however much history there is."""

import re
from datetime import timedelta
from uuid import uuid4

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from amends.checkins import charts, services, weeks
from amends.checkins.models import CheckIn
from amends.checkins.selectors import checkin_trends_visible_to, shared_notes
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.spaces.selectors import space_roles
from amends.talk.services import message_send
from tests.checkins.helpers import SECRET_NOTE, many_checkins, scores
from tests.conftest import Couple, client_for

SHARED_NOTE = "OTTER-5120 shared with you"


def progress_url(couple: Couple) -> str:
    return reverse("checkin_progress", args=[couple.space.uid])


@pytest.mark.parametrize("count", [0, 1, 100])
def test_charts_render_with_0_1_and_100_weeks(couple: Couple, as_alex: Client, count) -> None:
    if count:
        many_checkins(couple.space, couple.alex, count)
    response = as_alex.get(progress_url(couple))
    assert response.status_code == 200
    html = response.content.decode()
    svgs = re.findall(r"<svg [^>]*>", html)
    if count == 0:
        assert not svgs
        assert "No check-ins yet" in html
        return
    assert len(svgs) == len(charts.GROUPS)
    for svg in svgs:
        assert 'role="img"' in svg and "aria-label=" in svg and "viewBox" in svg
    assert "<script" not in html.split("<main", 1)[1]  # no chart JavaScript
    # The same in words, and every week in the table.
    assert "Trust in Jordan:" in html
    assert html.count('<tr><th scope="row">') == count


def test_a_chart_leaves_a_gap_for_a_missed_week(couple: Couple) -> None:
    current = weeks.this_monday()
    rows = [
        charts.WeekRow(current - timedelta(weeks=3), dict.fromkeys(scores(), 2)),
        charts.WeekRow(current, dict.fromkeys(scores(), 5)),
    ]
    drawn = charts.trend_charts(
        rows,
        partner_name="Jordan",
        whose="Yours",
        space_id=couple.space.pk,
        people=(couple.alex.pk, couple.jordan.pk),
    )
    assert len(drawn) == 3
    assert "Trust in Jordan: 2 in the week of" in drawn[0].summary[0]
    assert "Between 2 and 5 over 2 check-ins." in drawn[0].summary[0]


def test_the_same_numbers_draw_the_same_bytes(couple: Couple) -> None:
    """A page drawn again (its kept copy pushed out of a full cache by anyone's reading) must
    read exactly as the kept one: pygal's random chart id would tell the two apart."""
    current = weeks.this_monday()
    rows = [charts.WeekRow(current, dict.fromkeys(scores(), 3))]

    def draw() -> list[str]:
        made = charts.trend_charts(
            rows, partner_name="Jordan", whose="Yours", space_id=couple.space.pk, people=()
        )
        return [str(c.svg) for c in made]

    first, again = draw(), draw()
    assert first == again
    # Nor may the day it was drawn: pygal dates each chart in a comment (a kept page read
    # again after midnight would differ from the same page drawn afresh).
    assert not any("<!--" in svg for svg in first)
    ids = [re.search(r'id="(chart-[0-9a-f]+)"', svg)[1] for svg in first]  # type: ignore[index]
    assert len(set(ids)) == len(ids), "each chart on a page keeps its own id (its CSS is scoped)"


def _alex_writes(couple: Couple, *, note_visibility: str = "private") -> None:
    services.checkin_record(
        space=couple.space,
        by=couple.alex,
        week=weeks.this_monday(),
        scores=scores(get_even_urge=6),
        note=SECRET_NOTE,
        visibility=note_visibility,
    )


def _pages(couple: Couple) -> list[str]:
    space = couple.space.uid
    return [
        reverse("space_home", args=[space]),
        reverse("checkin", args=[space]),
        reverse("checkin_progress", args=[space]),
        reverse("checkin_sharing", args=[space]),
        reverse("checkin_reminders", args=[space]),
        reverse("program_home", args=[space]),
    ]


def test_partner_and_professional_never_see_a_private_note(couple: Couple) -> None:
    _alex_writes(couple)
    services.checkin_sharing_set(
        space=couple.space, by=couple.alex, visibility="partner_and_professional"
    )
    for who in (couple.jordan, couple.sam):
        client = client_for(who)
        for url in _pages(couple):
            html = client.get(url).content.decode()
            assert SECRET_NOTE not in html
            assert "ZEBRA-7731" not in html
    # Only Alex reads it, and not on the progress page either (notes are not trends).
    roles = space_roles(couple.space)
    assert shared_notes(viewer=couple.jordan, roles=roles, person=couple.alex) == []


def test_partner_sees_trends_only_when_shared(couple: Couple, as_jordan: Client) -> None:
    _alex_writes(couple)
    html = as_jordan.get(progress_url(couple)).content.decode()
    assert "Alex keeps their check-ins to themselves" in html
    assert "Alex's check-ins: " not in html  # no chart of Alex's numbers
    assert "Wanting to get even: 6" not in html

    services.checkin_sharing_set(space=couple.space, by=couple.alex, visibility="partner")
    html = as_jordan.get(progress_url(couple)).content.decode()
    assert "Alex chose to share these with you" in html
    assert "Alex&#x27;s check-ins: " in html or "Alex's check-ins: " in html
    assert "Wanting to get even: 6 of 7" in html
    assert SECRET_NOTE not in html

    services.checkin_sharing_set(space=couple.space, by=couple.alex, visibility="private")
    assert "Alex keeps their check-ins" in as_jordan.get(progress_url(couple)).content.decode()


def test_a_shared_note_reaches_only_its_audience(couple: Couple) -> None:
    services.checkin_record(
        space=couple.space,
        by=couple.alex,
        week=weeks.this_monday(),
        scores=scores(),
        note=SHARED_NOTE,
        visibility="partner",
    )
    assert SHARED_NOTE in client_for(couple.jordan).get(progress_url(couple)).content.decode()
    roles = space_roles(couple.space)
    assert shared_notes(viewer=couple.sam, roles=roles, person=couple.alex) == []


def test_professional_trends_follow_the_sharing_setting(couple: Couple, as_sam: Client) -> None:
    _alex_writes(couple)
    roles = space_roles(couple.space)

    def sam_sees() -> bool:
        return (
            checkin_trends_visible_to(viewer=couple.sam, roles=roles, person=couple.alex)
            is not None
        )

    assert not sam_sees()
    services.checkin_sharing_set(space=couple.space, by=couple.alex, visibility="partner")
    assert not sam_sees()
    services.checkin_sharing_set(
        space=couple.space, by=couple.alex, visibility="partner_and_professional"
    )
    assert sam_sees()
    assert checkin_trends_visible_to(viewer=couple.casey, roles=roles, person=couple.alex) is None
    # The professional's pages are not these (the lead's professional view will call the
    # selector); they get the same 404 as anyone else who is not a partner.
    for name in ("checkin", "checkin_progress", "checkin_sharing"):
        assert as_sam.get(reverse(name, args=[couple.space.uid])).status_code == 404


@pytest.mark.parametrize(
    "name",
    ["checkin", "checkin_progress", "checkin_sharing", "checkin_reminders", "program_home"],
)
def test_strangers_get_404(couple: Couple, as_casey: Client, name) -> None:
    assert as_casey.get(reverse(name, args=[couple.space.uid])).status_code == 404
    assert as_casey.post(reverse(name, args=[couple.space.uid]), {}).status_code in (404, 405)
    alex = client_for(couple.alex)
    assert alex.get(reverse(name, args=[uuid4()])).status_code == 404
    # The space's old numeric address is no address at all.
    mine = reverse(name, args=[couple.space.uid])
    assert alex.get(mine.replace(str(couple.space.uid), str(couple.space.pk))).status_code == 404


def _history(couple: Couple, count: int) -> None:
    """`count` weeks of check-ins for both, and `count` breaches with an attempt, a promise
    and marks, and a few messages."""
    CheckIn.objects.filter(space=couple.space).delete()
    many_checkins(couple.space, couple.alex, count)
    many_checkins(couple.space, couple.jordan, count)
    services.checkin_sharing_set(space=couple.space, by=couple.jordan, visibility="partner")
    today = weeks.this_monday()
    for n in range(count):
        breach = repair.breach_record(
            space=couple.space,
            by=couple.jordan,
            i_was_hurt=True,
            category="broken_promises",
            description=f"Breach {n}",
        )
        repair.commitment_make(breach=breach, by=couple.alex, text="I will.")
        repair.commitment_make(breach=breach, by=couple.jordan, text="I will too.")
        attempt = repair.attempt_offer(breach=breach, by=couple.alex, kind="apology", text="Sorry")
        repair.attempt_acknowledge(attempt=attempt, by=couple.jordan, acknowledgement="declined")
        promise = repair.promise_make(
            breach=breach, by=couple.alex, text="Home by seven", rhythm="daily"
        )
        repair.promise_mark(promise=promise, by=couple.jordan, occurrence=today, kept=False)
        repair.promise_mark(promise=promise, by=couple.alex, occurrence=today, kept=True)
    for _ in range(min(count, 5)):
        message_send(space=couple.space, by=couple.alex, text="Can we talk tonight?")


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.usefixtures("uncached")
def test_query_count_does_not_grow_with_history(couple: Couple) -> None:
    _history(couple, 1)
    as_alex, as_jordan = client_for(couple.alex), client_for(couple.jordan)
    urls = [progress_url(couple), reverse("checkin", args=[couple.space.uid])]
    for client in (as_alex, as_jordan):  # the first visit also saves the session
        client.get(progress_url(couple))
    small = [_queries(as_alex, u) for u in urls] + [_queries(as_jordan, progress_url(couple))]
    _history(couple, 100)
    assert Breach.objects.count() == 101
    large = [_queries(as_alex, u) for u in urls] + [_queries(as_jordan, progress_url(couple))]
    assert large == small
    html = as_alex.get(progress_url(couple)).content.decode()
    assert "You have offered 101 repair attempts. Jordan said no to 101." in html
    assert "101 promises" in html

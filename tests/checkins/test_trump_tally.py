"""Trump cards on the progress page come from each partner's own tally (issue 14): a Talk
message leaves the page kept unless it brings back something that partner knows to be
forgiven, and the tally always says what the coach reads in Talk now."""

import pytest
from django.test import RequestFactory
from django.urls import resolve, reverse

from amends.checkins import weeks as w
from amends.checkins.models import TrumpTally
from amends.checkins.selectors import (
    _local_date,
    trump_card_weeks,
    trump_messages_read,
    trump_tally_window,
)
from amends.core.pagecache import page_key
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.spaces.selectors import space_roles
from amends.talk.services import message_send
from tests.conftest import Couple, client_for

TRUMP = "After the secret messages with your colleague, you have no right to complain."
SENTENCE = "of your messages brought back something that was forgiven. Forgiveness holds"


@pytest.fixture
def breach(couple: Couple) -> Breach:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_emotional",
        description="Months of secret messages with a colleague.",
        visibility="partner",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will show up.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will own it.")
    return breach


def _agrees_with_talk(couple: Couple) -> None:
    """Each partner's tally reads exactly as the coach reads Talk for them now."""
    roles = space_roles(couple.space)
    since = trump_tally_window()
    for partner in (couple.alex, couple.jordan):
        read_now = [
            (m.author_id, w.monday_of(_local_date(m.created_at)))
            for m in trump_messages_read(viewer=partner, roles=roles, since=since)
        ]
        from_tally = trump_card_weeks(viewer=partner, roles=roles, since=since)
        assert sorted(from_tally) == sorted(read_now)


def _progress_key(couple: Couple, who: object) -> str | None:
    path = reverse("checkin_progress", args=[couple.space.uid])
    request = RequestFactory().get(path)
    request.user = who
    request.META["CSRF_COOKIE"] = "a" * 32
    areas = resolve(path).func.kept_areas  # type: ignore[attr-defined]
    return page_key(request, couple.space, space_roles(couple.space), areas)


def test_a_trump_card_shows_on_its_writers_progress_and_goes_when_forgiveness_is_taken_back(
    couple: Couple, breach: Breach
) -> None:
    repair.forgiveness_give(breach=breach, by=couple.alex, text="I forgive you.")
    alex = client_for(couple.alex)
    page = reverse("checkin_progress", args=[couple.space.uid])
    assert SENTENCE not in alex.get(page).content.decode()

    message_send(space=couple.space, by=couple.alex, text=TRUMP)
    assert "1 " + SENTENCE in alex.get(page).content.decode()
    for partner in (couple.alex, couple.jordan):  # both know it was forgiven
        assert TrumpTally.objects.get(space=couple.space, viewer=partner).messages != "[]"
    _agrees_with_talk(couple)

    repair.forgiveness_revise(breach=breach, by=couple.alex, text="Not now.", taken_back=True)
    assert SENTENCE not in alex.get(page).content.decode()
    _agrees_with_talk(couple)


def test_an_ordinary_message_leaves_the_progress_page_kept(couple: Couple, breach: Breach) -> None:
    repair.forgiveness_give(breach=breach, by=couple.alex, text="I forgive you.")
    before = _progress_key(couple, couple.jordan)
    message_send(space=couple.space, by=couple.alex, text="Dinner at seven?")
    assert _progress_key(couple, couple.jordan) == before
    message_send(space=couple.space, by=couple.alex, text=TRUMP)
    assert _progress_key(couple, couple.jordan) != before


def test_a_private_forgiveness_moves_nothing_of_the_partners(
    couple: Couple, breach: Breach
) -> None:
    """Jordan cannot learn from his own pages that Alex forgave privately: his tally and his
    page's key stay as they were, and his message is no trump card to him; to Alex it is."""
    jordan_key = _progress_key(couple, couple.jordan)
    repair.forgiveness_give(
        breach=breach, by=couple.alex, text="Only for me.", visibility="private"
    )
    assert _progress_key(couple, couple.jordan) == jordan_key
    assert not TrumpTally.objects.filter(space=couple.space, viewer=couple.jordan).exists()

    message_send(space=couple.space, by=couple.jordan, text=TRUMP)
    roles = space_roles(couple.space)
    since = trump_tally_window()
    assert trump_card_weeks(viewer=couple.jordan, roles=roles, since=since) == []
    assert [a for a, _ in trump_card_weeks(viewer=couple.alex, roles=roles, since=since)] == [
        couple.jordan.pk
    ]
    _agrees_with_talk(couple)

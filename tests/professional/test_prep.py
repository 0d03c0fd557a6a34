"""Session prep (issue 19): one page per couple per session, read as the professional.

It gathers what was shared with the professional since the session before, the check-in
trends each partner chose to share with them, homework and the professional's own notes;
nothing private to a partner, not even as a count. tests/privacy/test_observer.py reads it (as a
page of FIXED_IN_SPACE) before and after every private act.
"""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from amends.checkins import services as checkins
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.professional import services as pro
from amends.professional.models import Session
from amends.professional.selectors import session_prep
from amends.spaces.models import Membership
from tests.conftest import Couple, client_for
from tests.professional.test_practice import checkin

BOTH = "partner_and_professional"


def _prep(couple: Couple, session: Session | None = None) -> str:
    url = (
        reverse("professional_prep_session", args=[couple.space.uid, session.uid])
        if session
        else reverse("professional_prep", args=[couple.space.uid])
    )
    response = client_for(couple.sam).get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_only_the_professional_opens_it(couple: Couple) -> None:
    session = pro.session_record(space=couple.space, by=couple.sam)
    for url in (
        reverse("professional_prep", args=[couple.space.uid]),
        reverse("professional_prep_session", args=[couple.space.uid, session.uid]),
    ):
        assert client_for(couple.sam).get(url).status_code == 200
        for who in (couple.alex, couple.jordan, couple.casey):
            assert client_for(who).get(url).status_code == 404
    # Another space's, or an unknown session: the same 404.
    other = reverse("professional_prep_session", args=[couple.casey_space.uid, session.uid])
    assert client_for(couple.sam).get(other).status_code == 404
    assert client_for(couple.casey).get(other).status_code == 404
    unknown = f"/s/{couple.space.uid}/couple/prep/{session.pk}/"
    assert client_for(couple.sam).get(unknown).status_code == 404


def test_what_was_shared_since_the_last_session_and_nothing_private(couple: Couple) -> None:
    # Everyone joined an hour ago, so that what was shared ten minutes ago reached Sam.
    Membership.objects.filter(space=couple.space).update(
        joined_at=timezone.now() - timedelta(hours=1)
    )
    early = journal_entry_create(
        space=couple.space, by=couple.alex, text="BEFORE-5q", visibility=BOTH
    )
    ten_ago = timezone.now() - timedelta(minutes=10)
    JournalEntry.objects.filter(pk=early.pk).update(created_at=ten_ago, shared_at=ten_ago)
    session = pro.session_record(space=couple.space, by=couple.sam)
    Session.objects.filter(pk=session.pk).update(held_at=timezone.now() - timedelta(minutes=5))
    journal_entry_create(space=couple.space, by=couple.alex, text="AFTER-5q", visibility=BOTH)
    journal_entry_create(space=couple.space, by=couple.jordan, text="PRIVATE-5q")
    journal_entry_create(
        space=couple.space, by=couple.jordan, text="PARTNER-5q", visibility="partner"
    )
    (hw,) = pro.homework_assign(
        space=couple.space, by=couple.sam, partners=[couple.alex], source="own", text="Walk-5q"
    )
    pro.homework_mark_done(homework=hw, by=couple.alex)
    pro.homework_note_write(homework=hw, by=couple.alex, text="HWKEPT-5q")
    pro.homework_note_write(homework=hw, by=couple.alex, text="HWSHARED-5q", share=True)
    pro.note_write(space=couple.space, by=couple.sam, text="SAMNOTE-5q")

    page = _prep(couple)
    assert "AFTER-5q" in page and "BEFORE-5q" not in page
    assert "PRIVATE-5q" not in page and "PARTNER-5q" not in page
    assert "Walk-5q" in page and "done" in page and "HWSHARED-5q" in page
    assert "HWKEPT-5q" not in page
    assert "SAMNOTE-5q" in page
    # Counted: one journal entry, and homework marked done plus one shared note.
    assert "1 in their journals" in page and "2 about homework" in page
    prep = session_prep(viewer=couple.sam, roles=_roles(couple))
    assert [e.text for e in prep.entries] == ["AFTER-5q"]

    # The page of that session: what came in the two weeks before it.
    before = _prep(couple, session)
    assert "BEFORE-5q" in before and "AFTER-5q" not in before
    assert "PRIVATE-5q" not in before and "PARTNER-5q" not in before


def _main(html: str) -> str:
    """The page's own part (the frame around it carries tokens fresh on every read)."""
    return html[html.index("<main") : html.index("</main>")]


def test_private_and_partner_only_writing_count_for_nothing(couple: Couple) -> None:
    before = _main(_prep(couple))
    journal_entry_create(space=couple.space, by=couple.jordan, text="x")
    journal_entry_create(space=couple.space, by=couple.alex, text="y", visibility="partner")
    checkin(couple.space, couple.alex, 0, visibility="private", safe=1)
    assert JournalEntry.objects.count() == 2
    assert _main(_prep(couple)) == before


def test_trends_only_of_a_partner_who_shares_them(couple: Couple) -> None:
    checkin(couple.space, couple.alex, 0, visibility=BOTH, trust_partner=3)
    checkin(couple.space, couple.jordan, 0, visibility=BOTH, trust_partner=6)
    page = _prep(couple)
    assert "Neither of them shares check-ins with you" in page
    checkins.checkin_sharing_set(space=couple.space, by=couple.alex, visibility=BOTH)
    page = _prep(couple)
    assert "Every week, as numbers" in page
    prep = session_prep(viewer=couple.sam, roles=_roles(couple))
    assert [t.person for t in prep.trends] == [couple.alex]
    assert prep.trends[0].table[0][1][0] == 3


def _roles(couple: Couple):  # type: ignore[no-untyped-def]
    from amends.spaces.selectors import space_roles

    return space_roles(couple.space)

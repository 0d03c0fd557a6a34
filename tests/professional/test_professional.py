"""The professional's view: only what was shared with them, and notes of their own."""

from django.urls import reverse

from amends.core.once import new_form_token
from amends.journal.services import journal_entry_create
from amends.professional.models import Note
from amends.professional.services import note_write
from amends.repair import services as repair
from tests.conftest import Couple, client_for

NOTE = "sam-note-4410 first impressions"


def test_professional_lands_on_the_couple_page_and_sees_only_what_is_shared(
    couple: Couple,
) -> None:
    journal_entry_create(space=couple.space, by=couple.alex, text="ALEX-PRIVATE")
    journal_entry_create(
        space=couple.space, by=couple.alex, text="ALEX-PARTNER", visibility="partner"
    )
    journal_entry_create(
        space=couple.space,
        by=couple.jordan,
        text="JORDAN-FOR-SAM",
        visibility="partner_and_professional",
    )
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="SHARED-BREACH",
        visibility="partner_and_professional",
    )
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="harsh_words",
        description="PARTNER-ONLY-BREACH",
        visibility="partner",
    )
    sam = client_for(couple.sam)
    home = sam.get(reverse("space_home", args=[couple.space.uid]))
    assert home.status_code == 302
    html = sam.get(home["Location"]).content.decode()
    assert "JORDAN-FOR-SAM" in html
    assert "ALEX-PRIVATE" not in html and "ALEX-PARTNER" not in html
    assert "Broken promises" in html and "Criticism or harsh words" not in html


def test_notes_are_private_to_the_professional(couple: Couple) -> None:
    note_write(space=couple.space, by=couple.sam, text=NOTE)
    assert (
        NOTE
        in client_for(couple.sam)
        .get(reverse("professional_couple", args=[couple.space.uid]))
        .content.decode()
    )
    for who in (couple.alex, couple.jordan, couple.casey):
        response = client_for(who).get(reverse("professional_couple", args=[couple.space.uid]))
        assert response.status_code == 404
        for page in ("space_home", "journal_list", "path_list", "talk"):
            body = client_for(who).get(reverse(page, args=[couple.space.uid])).content.decode()
            assert NOTE not in body


def test_notes_bad_input_and_deleting(couple: Couple) -> None:
    sam = client_for(couple.sam)
    write = reverse("professional_note_write", args=[couple.space.uid])
    response = sam.post(write, {"text": "  "})
    assert "Please write something" in response.content.decode()
    assert not Note.objects.exists()
    sam.post(write, {"text": NOTE, "once": new_form_token()})
    note = Note.objects.get()
    # Nobody else can write one here, nor delete it, even knowing its id.
    for who in (couple.alex, couple.casey):
        response = client_for(who).post(write, {"text": "x", "once": new_form_token()})
        assert response.status_code == 404 and Note.objects.count() == 1
    delete = reverse("professional_note_delete", args=[couple.space.uid, note.uid])
    assert client_for(couple.alex).post(delete).status_code == 404
    assert client_for(couple.casey).post(delete).status_code == 404
    assert Note.objects.exists()
    assert sam.get(delete).status_code == 302  # deleting takes a button, never a link
    assert Note.objects.exists()
    assert sam.post(delete).status_code == 302
    assert not Note.objects.exists()


def test_removed_professional_sees_nothing(couple: Couple) -> None:
    from amends.spaces.services import professional_remove

    professional_remove(space=couple.space, by=couple.jordan)
    response = client_for(couple.sam).get(reverse("professional_couple", args=[couple.space.uid]))
    assert response.status_code == 404


def test_trends_only_of_a_partner_who_shared_them(couple: Couple) -> None:
    from amends.checkins import weeks
    from amends.checkins.models import MEASURE_KEYS
    from amends.checkins.services import checkin_record, checkin_sharing_set

    for who in (couple.alex, couple.jordan):
        checkin_record(
            space=couple.space,
            by=who,
            week=weeks.this_monday(),
            scores=dict.fromkeys(MEASURE_KEYS, 5),
        )
    checkin_sharing_set(space=couple.space, by=couple.jordan, visibility="partner_and_professional")
    html = (
        client_for(couple.sam)
        .get(reverse("professional_couple", args=[couple.space.uid]))
        .content.decode()
    )
    assert "<h3>Jordan</h3>" in html
    assert "<h3>Alex</h3>" not in html

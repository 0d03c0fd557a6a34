"""The journal is the visibility model's first user: every rule is checked through pages."""

from uuid import UUID

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from amends.core.limits import LONG_TEXT_MAX
from amends.core.once import new_form_token
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.spaces.selectors import space_roles
from amends.spaces.visibility import Visibility, can_see, visible_to
from tests.conftest import Couple, client_for, operator_client

SECRET = "the thing I have never told anyone"


@pytest.fixture
def entries(couple: Couple) -> dict[str, JournalEntry]:
    return {
        v: journal_entry_create(
            space=couple.space, by=couple.alex, text=f"{SECRET} ({v})", visibility=v
        )
        for v in Visibility.values
    }


def page(client, space_id: UUID) -> str:
    response = client.get(reverse("journal_list", args=[space_id]))
    assert response.status_code == 200
    return response.content.decode()


def test_author_sees_everything_they_wrote(couple: Couple, entries, as_alex) -> None:
    html = page(as_alex, couple.space.uid)
    for v in Visibility.values:
        assert f"{SECRET} ({v})" in html


def test_partner_sees_only_what_is_shared_with_them(couple: Couple, entries, as_jordan) -> None:
    html = page(as_jordan, couple.space.uid)
    assert f"{SECRET} (private)" not in html
    assert f"{SECRET} (partner)" in html
    assert f"{SECRET} (partner_and_professional)" in html


def test_professional_sees_only_what_is_shared_with_them(couple: Couple, entries, as_sam) -> None:
    html = page(as_sam, couple.space.uid)
    assert f"{SECRET} (private)" not in html
    assert f"{SECRET} (partner)" not in html
    assert f"{SECRET} (partner_and_professional)" in html


def test_stranger_sees_nothing(couple: Couple, entries, as_casey) -> None:
    response = as_casey.get(reverse("journal_list", args=[couple.space.uid]))
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_rule_and_filter_agree_for_every_viewer(couple: Couple, entries) -> None:
    roles = space_roles(couple.space)
    for viewer in (couple.alex, couple.jordan, couple.sam, couple.casey):
        listed = set(visible_to(JournalEntry.objects.all(), viewer, roles))
        for entry in entries.values():
            assert (entry in listed) == can_see(viewer, entry, roles), (viewer, entry.visibility)


@pytest.mark.parametrize("who", ["jordan", "sam", "casey"])
@pytest.mark.parametrize("action", ["journal_edit", "journal_delete", "journal_share"])
def test_guessing_ids_gives_404_and_changes_nothing(
    couple: Couple, entries, who: str, action: str
) -> None:
    client = client_for(getattr(couple, who))
    for entry in entries.values():
        url = reverse(action, args=[couple.space.uid, entry.uid])
        assert client.get(url).status_code in (404, 405)
        response = client.post(url, {"text": "overwritten", "visibility": "partner"})
        assert response.status_code == 404, (who, action, entry.visibility)
    for entry in entries.values():
        entry.refresh_from_db()
        assert entry.text.startswith(SECRET)
    assert JournalEntry.objects.count() == 3


def test_another_spaces_id_is_404_even_for_the_author(couple: Couple, entries) -> None:
    client = client_for(couple.alex)
    entry = entries["private"]
    url = reverse("journal_edit", args=[couple.casey_space.uid, entry.uid])
    assert client.get(url).status_code == 404


def test_nonsense_ids_are_404(couple: Couple, as_alex) -> None:
    for path in (
        f"/s/{couple.space.uid}/journal/99999999999999999999999/edit/",
        "/s/99999999999999999999999/journal/",
        f"/s/{couple.space.uid}/journal/abc/edit/",
    ):
        assert as_alex.get(path).status_code == 404


def test_write_edit_share_delete(couple: Couple, as_alex, as_jordan) -> None:
    url = reverse("journal_list", args=[couple.space.uid])
    response = as_alex.post(
        url, {"text": "first words", "visibility": "private", "once": new_form_token()}
    )
    assert response.status_code == 302
    entry = JournalEntry.objects.get()
    assert "first words" not in page(as_jordan, couple.space.uid)
    as_alex.post(
        reverse("journal_share", args=[couple.space.uid, entry.uid]), {"visibility": "partner"}
    )
    assert "first words" in page(as_jordan, couple.space.uid)
    as_alex.post(
        reverse("journal_edit", args=[couple.space.uid, entry.uid]),
        {"text": "second words", "visibility": "private"},
    )
    assert "second words" not in page(as_jordan, couple.space.uid)
    as_alex.post(reverse("journal_delete", args=[couple.space.uid, entry.uid]))
    assert not JournalEntry.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "", "visibility": "private"}, "Please write something"),
        ({"text": "   \n  ", "visibility": "private"}, "Please write something"),
        ({"text": "x" * (LONG_TEXT_MAX + 1), "visibility": "private"}, "up to 20,000 fit here"),
        ({"text": "fine", "visibility": "everyone"}, "Please choose who can read this"),
        ({"text": "fine"}, "This field is required"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_saves_nothing(
    couple: Couple, as_alex, data, message
) -> None:
    response = as_alex.post(reverse("journal_list", args=[couple.space.uid]), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_bad_share_value_changes_nothing(couple: Couple, entries, as_alex) -> None:
    entry = entries["private"]
    as_alex.post(
        reverse("journal_share", args=[couple.space.uid, entry.uid]), {"visibility": "public"}
    )
    entry.refresh_from_db()
    assert entry.visibility == "private"


def test_professional_cannot_write_in_the_journal(couple: Couple, as_sam) -> None:
    as_sam.post(
        reverse("journal_list", args=[couple.space.uid]), {"text": "hi", "visibility": "private"}
    )
    assert not JournalEntry.objects.exists()


@pytest.mark.usefixtures("uncached")
def test_journal_list_query_count_does_not_grow(couple: Couple, as_jordan) -> None:
    url = reverse("journal_list", args=[couple.space.uid])

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert as_jordan.get(url).status_code == 200
        return len(ctx.captured_queries)

    journal_entry_create(space=couple.space, by=couple.alex, text="a", visibility="partner")
    count()  # the first visit remembers the space in the session
    few = count()
    assert few <= 8
    for i in range(10):
        journal_entry_create(space=couple.space, by=couple.alex, text=f"{i}", visibility="partner")
        journal_entry_create(space=couple.space, by=couple.jordan, text=f"{i}")
    assert count() == few


def test_home_shows_what_partner_shared_and_nothing_private(
    couple: Couple, entries, as_jordan
) -> None:
    html = as_jordan.get(reverse("space_home", args=[couple.space.uid])).content.decode()
    assert f"{SECRET} (partner)" in html
    assert f"{SECRET} (private)" not in html


def test_admin_shows_that_an_entry_exists_not_what_it_says(couple: Couple, entries) -> None:
    from amends.accounts.models import User

    admin = User.objects.create_superuser("operator@example.com", "pw-for-operator-123")
    client = operator_client(admin)
    changelist = client.get("/operator/journal/journalentry/")
    assert changelist.status_code == 200
    assert SECRET not in changelist.content.decode()
    detail = client.get(f"/operator/journal/journalentry/{entries['partner'].pk}/change/")
    assert detail.status_code == 200
    assert SECRET not in detail.content.decode()


def test_journal_lock_asks_for_the_password_again(couple: Couple) -> None:

    client = client_for(couple.alex)
    client.post(reverse("settings"), {"journal_lock": "on"})
    couple.alex.refresh_from_db()
    assert couple.alex.journal_reauth
    # force_login leaves no record of a recent password entry, as after a long absence.
    session = client.session
    session.pop("account_authentication_records", None)
    session.save()
    response = client.get(reverse("journal_list", args=[couple.space.uid]))
    assert response.status_code == 302
    assert "reauthenticate" in response["Location"]
    client.post(response["Location"], {"password": "correct horse battery staple"})
    assert client.get(reverse("journal_list", args=[couple.space.uid])).status_code == 200
    client.post(reverse("settings"), {})
    couple.alex.refresh_from_db()
    assert not couple.alex.journal_reauth


def test_journal_shows_twenty_at_a_time(couple: Couple, as_alex) -> None:
    for i in range(25):
        journal_entry_create(space=couple.space, by=couple.alex, text=f"entry number {i:02d}")
    first = page(as_alex, couple.space.uid)
    assert "entry number 24" in first and "entry number 04" not in first
    assert "Older entries" in first
    older = as_alex.get(reverse("journal_list", args=[couple.space.uid]) + "?page=2")
    assert "entry number 04" in older.content.decode()
    assert (
        as_alex.get(reverse("journal_list", args=[couple.space.uid]) + "?page=x").status_code == 200
    )

"""The space version the database raises on every change a space page shows, and the page
cache keyed by it: a change is never served stale, and nobody gets another person's page."""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from amends.accounts.models import User
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create, journal_entry_update
from amends.repair import services as repair
from amends.safety.models import Resource
from amends.spaces import services as space_services
from amends.spaces.models import ProfessionalApproval, Space
from amends.spaces.once import new_form_token
from amends.spaces.versioning import NOT_SHOWN, TRACKED
from tests.conftest import Couple, client_for


def versions(space: Space) -> tuple[int, int]:
    row = Space.objects.values_list("version", "path_version").get(pk=space.pk)
    return row[0], row[1]


def test_every_table_of_the_project_is_tracked_or_says_why_not() -> None:
    tables = {m._meta.db_table for m in apps.get_models() if m.__module__.startswith("amends.")}
    tracked = {t.table for t in TRACKED}
    assert tables - tracked - set(NOT_SHOWN) == set(), "a new table needs a version trigger"
    assert (tracked | set(NOT_SHOWN)) - tables == set(), "a table in versioning.py is gone"


@pytest.mark.django_db
def test_every_tracked_table_has_its_three_triggers() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT c.relname, t.tgname FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
            )
        else:
            cursor.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
        found = set(cursor.fetchall())
    for t in TRACKED:
        for op in ("insert", "update", "delete"):
            assert (t.table, f"amends_v_{t.table}_{op}") in found
    assert ("spaces_space", "amends_space_version_grows") in found


def test_a_write_raises_its_own_space_version_and_no_other(couple: Couple) -> None:
    ours, theirs = versions(couple.space), versions(couple.casey_space)
    entry = journal_entry_create(
        space=couple.space, author=couple.alex, text="a", visibility="partner"
    )
    after_create = versions(couple.space)
    assert after_create[0] > ours[0]
    assert after_create[1] == ours[1], "a journal entry is not part of a repair path"
    # A bulk update bypasses every model method and signal; the database still sees it.
    JournalEntry.objects.filter(pk=entry.pk).update(visibility="private")
    assert versions(couple.space)[0] > after_create[0]
    assert versions(couple.casey_space) == theirs


def test_repair_writes_and_membership_raise_the_path_version(couple: Couple) -> None:
    before = versions(couple.space)
    repair.breach_record(
        space=couple.space,
        author=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="x",
    )
    after_breach = versions(couple.space)
    assert after_breach[0] > before[0] and after_breach[1] > before[1]
    # A table that reaches its space through another (an approval, through its invitation).
    ProfessionalApproval.objects.filter(invite__space=couple.space).delete()
    after_approval = versions(couple.space)
    assert after_approval[1] > after_breach[1]
    # A person's own row: a new name shows on every page of every space they are in.
    User.objects.filter(pk=couple.jordan.pk).update(display_name="Jo")
    assert versions(couple.space)[1] > after_approval[1]


def test_a_change_for_everyone_raises_every_space(couple: Couple) -> None:
    from amends.agreement.catalogue import ONLINE
    from amends.agreement.models import Behaviour

    ours, theirs = versions(couple.space), versions(couple.casey_space)
    Resource.objects.create(name="Helpline", how_to_reach="0800 000 000")
    assert versions(couple.space)[0] > ours[0]
    assert versions(couple.casey_space)[0] > theirs[0]
    # A behaviour of the shared catalogue (no space) is everyone's; a custom one, one space's.
    ours, theirs = versions(couple.space), versions(couple.casey_space)
    Behaviour.objects.create(key="new", group=ONLINE, wording="x")
    assert versions(couple.space)[0] > ours[0] and versions(couple.casey_space)[0] > theirs[0]
    ours, theirs = versions(couple.space), versions(couple.casey_space)
    Behaviour.objects.create(group=ONLINE, wording="y", space=couple.space)
    assert versions(couple.space)[0] > ours[0] and versions(couple.casey_space) == theirs


def test_a_stale_save_never_lowers_the_version(couple: Couple) -> None:
    stale = Space.objects.get(pk=couple.space.pk)
    journal_entry_create(space=couple.space, author=couple.alex, text="a")
    raised = versions(couple.space)
    stale.name = "Renamed"
    stale.save()  # writes the old version numbers back
    after = versions(couple.space)
    assert after[0] > raised[0]
    assert after[1] >= raised[1]


# ------------------------------------------------------------------ the page cache


def _get(client: Client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(captured)


def test_a_page_asked_again_is_served_kept_with_fresh_tokens(couple: Couple) -> None:
    client = client_for(couple.alex)
    url = reverse("talk", args=[couple.space.pk])
    client.get(url)  # the first page gives the browser its CSRF cookie
    first, rendered_queries = _get(client, url)
    second, kept_queries = _get(client, url)
    assert kept_queries < rendered_queries
    assert kept_queries <= 3  # the session, the person, the space (with its version)
    tokens = re.compile(r'name="once" value="([^"]+)"')
    assert tokens.findall(first) and tokens.findall(second)
    assert set(tokens.findall(first)).isdisjoint(tokens.findall(second))
    assert tokens.sub("", first) == tokens.sub("", second)


def test_a_kept_page_carries_this_responses_nonce(couple: Couple) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from amends.checkins.models import MEASURES
    from amends.checkins.services import checkin_record
    from amends.checkins.weeks import this_monday

    Space.objects.filter(pk=couple.space.pk).update(created_at=timezone.now() - timedelta(weeks=4))
    couple.space.refresh_from_db()
    for weeks_ago in (2, 1):
        checkin_record(
            space=couple.space,
            author=couple.alex,
            week=this_monday() - timedelta(weeks=weeks_ago),
            scores={m.key: 4 for m in MEASURES},
        )
    client = client_for(couple.alex)
    client.get(reverse("talk", args=[couple.space.pk]))  # a form: the browser's CSRF cookie
    url = reverse("checkin_progress", args=[couple.space.pk])
    client.get(url)
    seen = set()
    for _ in range(2):
        response = client.get(url)
        nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"])
        assert nonce, "the charts' styles carry a nonce"
        used = set(re.findall(r'nonce="([^"]+)"', response.content.decode()))
        assert used == {nonce[1]}
        seen.add(nonce[1])
    assert len(seen) == 2, "each response has its own nonce"


def test_a_shared_entry_made_private_leaves_the_partners_kept_page_at_once(
    couple: Couple,
) -> None:
    entry = journal_entry_create(
        space=couple.space, author=couple.alex, text="SHARED-THEN-PRIVATE", visibility="partner"
    )
    jordan = client_for(couple.jordan)
    url = reverse("journal_list", args=[couple.space.pk])
    jordan.get(url)
    assert "SHARED-THEN-PRIVATE" in _get(jordan, url)[0]
    assert "SHARED-THEN-PRIVATE" in _get(jordan, url)[0]  # now kept
    journal_entry_update(entry=entry, by=couple.alex, visibility="private")
    assert "SHARED-THEN-PRIVATE" not in _get(jordan, url)[0]


def test_nobody_is_served_another_persons_kept_page(couple: Couple) -> None:
    journal_entry_create(
        space=couple.space, author=couple.alex, text="ALEX-PRIVATE-q8z", visibility="private"
    )
    url = reverse("journal_list", args=[couple.space.pk])
    # Everyone signed in first (a sign-in changes the version), sharing one browser's CSRF
    # cookie, so that only who they are tells their pages apart.
    alex = client_for(couple.alex)
    alex.get(url)
    others = [client_for(person) for person in (couple.jordan, couple.sam, couple.casey)]
    alex.get(url)
    assert "ALEX-PRIVATE-q8z" in _get(alex, url)[0]
    for client in others:
        client.cookies["csrftoken"] = alex.cookies["csrftoken"].value
        for _ in (1, 2):
            assert b"ALEX-PRIVATE-q8z" not in client.get(url).content


def test_a_professional_removed_loses_the_kept_couple_page(couple: Couple) -> None:
    sam = client_for(couple.sam)
    url = reverse("professional_couple", args=[couple.space.pk])
    sam.get(url)
    assert sam.get(url).status_code == 200
    space_services.professional_remove(space=couple.space, by=couple.alex)
    assert sam.get(url).status_code == 404


def test_a_notice_after_a_change_is_shown_not_a_kept_page(couple: Couple) -> None:
    alex = client_for(couple.alex)
    url = reverse("journal_list", args=[couple.space.pk])
    alex.get(url)
    alex.get(url)
    response = alex.post(
        url, {"text": "tonight", "visibility": "private", "once": new_form_token()}, follow=True
    )
    body = response.content.decode()
    assert "Saved." in body and "tonight" in body


def test_what_is_kept_holds_nothing_readable(couple: Couple) -> None:
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    journal_entry_create(
        space=couple.space, author=couple.alex, text="KEPT-SEALED-q8z", visibility="private"
    )
    repair.breach_record(
        space=couple.space,
        author=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="BREACH-SEALED-q8z",
    )
    alex = client_for(couple.alex)
    for name in ("journal_list", "path_list", "space_home"):
        url = reverse(name, args=[couple.space.pk])
        alex.get(url)
        _get(alex, url)
    assert "KEPT-SEALED-q8z" in _get(alex, reverse("journal_list", args=[couple.space.pk]))[0]
    cache = caches["default"]
    assert isinstance(cache, LocMemCache)
    stored = list(cache._cache.values())
    assert stored, "pages were kept"
    for raw in stored:
        assert b"SEALED-q8z" not in raw
        assert b"alex@example.com" not in raw


def test_a_kept_value_copied_to_another_key_does_not_open(db: None) -> None:
    from django.core.cache import cache

    from amends.spaces import pagecache

    pagecache._store("amends:test:a", {"text": "mine"}, 60)
    assert pagecache._load("amends:test:a") == {"text": "mine"}
    cache.set("amends:test:b", cache.get("amends:test:a"), 60)
    assert pagecache._load("amends:test:b") is None
    cache.set("amends:test:c", b"not sealed at all", 60)
    assert pagecache._load("amends:test:c") is None

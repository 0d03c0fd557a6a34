"""The per-member versions the database raises on every change a member may see, and the
page cache keyed by them: a change is never served stale, nobody gets another person's page,
and one person's private acts change nothing another person's pages depend on."""

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.core.once import new_form_token
from amends.core.pagecache import page_key
from amends.core.versioning import NOT_SHOWN, TRACKED
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create, journal_entry_update
from amends.repair import services as repair
from amends.safety.models import Resource
from amends.spaces import services as space_services
from amends.spaces.models import MemberVersion, ProfessionalApproval, Space
from amends.spaces.selectors import space_roles
from tests.conftest import Couple, client_for


def seen(space: Space, user: User) -> tuple[int, int]:
    row = MemberVersion.objects.values_list("version", "path_version").get(
        membership__space=space, membership__user=user, membership__left_at__isnull=True
    )
    return row[0], row[1]


def everyone(couple: Couple) -> dict[str, tuple[int, int]]:
    return {
        "alex": seen(couple.space, couple.alex),
        "jordan": seen(couple.space, couple.jordan),
        "sam": seen(couple.space, couple.sam),
        "casey": seen(couple.casey_space, couple.casey),
    }


def raised(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> set[str]:
    return {who for who in before if after[who][0] > before[who][0]}


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
    assert ("spaces_membership", "amends_memberversion_new") in found


def test_every_member_has_versions_made_by_the_database(couple: Couple) -> None:
    from amends.spaces.models import Membership

    assert MemberVersion.objects.count() == Membership.objects.count() == 4


@pytest.mark.parametrize(
    ("visibility", "who"),
    [
        ("private", {"alex"}),
        ("partner", {"alex", "jordan"}),
        ("partner_and_professional", {"alex", "jordan", "sam"}),
    ],
)
def test_an_item_raises_the_numbers_of_exactly_the_people_who_may_see_it(
    couple: Couple, visibility: str, who: set[str]
) -> None:
    before = everyone(couple)
    entry = journal_entry_create(
        space=couple.space, by=couple.alex, text="a", visibility=visibility
    )
    after_create = everyone(couple)
    assert raised(before, after_create) == who
    assert after_create["alex"][1] == before["alex"][1], "a journal entry is not part of a path"
    # A bulk update bypasses every model method and signal; the database still sees it, and
    # the people who saw it before (the old row) learn it is gone.
    JournalEntry.objects.filter(pk=entry.pk).update(visibility="private")
    assert raised(after_create, everyone(couple)) == who


def test_sharing_a_private_item_raises_the_partners_numbers(couple: Couple) -> None:
    entry = journal_entry_create(space=couple.space, by=couple.alex, text="a")
    before = everyone(couple)
    journal_entry_update(entry=entry, by=couple.alex, visibility="partner")
    assert raised(before, everyone(couple)) == {"alex", "jordan"}


def test_repair_writes_and_membership_raise_the_path_numbers(couple: Couple) -> None:
    before = everyone(couple)
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="x",
    )
    after_breach = everyone(couple)
    assert after_breach["jordan"][1] > before["jordan"][1]
    assert after_breach["sam"] == before["sam"], "a breach shared with the partner only"
    # A table that reaches its space through another (an approval, through its invitation).
    ProfessionalApproval.objects.filter(invite__space=couple.space).delete()
    after_approval = everyone(couple)
    assert all(after_approval[p][1] > after_breach[p][1] for p in ("alex", "jordan", "sam"))
    # A space's name shows on all its pages; a person's on every page of every space they
    # are in.
    before = everyone(couple)
    space_services.space_rename(space=couple.space, by=couple.alex, name="Us two")
    assert raised(before, everyone(couple)) == {"alex", "jordan", "sam"}
    User.objects.filter(pk=couple.jordan.pk).update(display_name="Jo")
    assert raised(after_approval, everyone(couple)) == {"alex", "jordan", "sam"}


def test_signing_in_and_settings_raise_nobody_elses_numbers(couple: Couple) -> None:
    before = everyone(couple)
    User.objects.filter(pk=couple.alex.pk).update(last_login=timezone.now())
    couple.alex.set_password("another long passphrase")
    couple.alex.journal_reauth = True
    couple.alex.save()
    assert raised(before, everyone(couple)) <= {"alex"}


def test_an_item_shared_before_someone_joined_is_not_theirs_to_be_told_about(
    couple: Couple,
) -> None:
    from django.utils import timezone as tz

    entry = journal_entry_create(space=couple.space, by=couple.alex, text="a", visibility="partner")
    JournalEntry.objects.filter(pk=entry.pk).update(
        created_at=tz.now() - timedelta(days=1), shared_at=None
    )
    # Jordan joined after the entry was shared (as a partner who replaced another would).
    from amends.spaces.models import Membership

    Membership.objects.filter(space=couple.space, user=couple.jordan).update(
        joined_at=tz.now() - timedelta(hours=1)
    )
    before = everyone(couple)
    JournalEntry.objects.filter(pk=entry.pk).update(updated_at=tz.now())
    assert raised(before, everyone(couple)) == {"alex"}


def test_a_checkin_raises_the_partner_only_when_its_numbers_are_shared(couple: Couple) -> None:
    from amends.checkins.models import MEASURES
    from amends.checkins.services import checkin_record, checkin_sharing_set
    from amends.checkins.weeks import this_monday

    Space.objects.filter(pk=couple.space.pk).update(created_at=timezone.now() - timedelta(weeks=3))
    couple.space.refresh_from_db()
    scores = {m.key: 4 for m in MEASURES}
    before = everyone(couple)
    checkin_record(space=couple.space, by=couple.alex, week=this_monday(), scores=scores)
    assert raised(before, everyone(couple)) == {"alex"}
    checkin_sharing_set(space=couple.space, by=couple.alex, visibility="partner")
    before = everyone(couple)
    checkin_record(
        space=couple.space,
        by=couple.alex,
        week=this_monday() - timedelta(weeks=1),
        scores=scores,
    )
    assert raised(before, everyone(couple)) == {"alex", "jordan"}


def test_hard_moments_raise_the_partner_only_for_what_is_shared_with_them(
    couple: Couple,
) -> None:
    from amends.triggers import services as triggers

    before = everyone(couple)
    moment = triggers.trigger_log(space=couple.space, by=couple.alex, kind="song", strength=3)
    triggers.trigger_update(trigger=moment, by=couple.alex, note="n", helped=["time"])
    day = triggers.hard_day_add(space=couple.space, by=couple.alex, label="d", day="2026-03-14")
    assert raised(before, everyone(couple)) == {"alex"}
    before = everyone(couple)
    triggers.hard_day_update(
        hard_day=day,
        by=couple.alex,
        label="d",
        day="2026-03-14",
        every_year=True,
        plan="p",
        visibility="partner",
    )
    triggers.response_save(
        space=couple.space, for_person=couple.alex, by=couple.alex, what_helps="h"
    )
    triggers.signal_setting_set(space=couple.space, by=couple.alex, on=True)
    triggers.signal_send(space=couple.space, by=couple.alex)
    assert raised(before, everyone(couple)) == {"alex", "jordan"}


def test_a_change_for_everyone_raises_everyone(couple: Couple) -> None:
    from amends.agreement.catalogue import ONLINE
    from amends.agreement.models import Behaviour

    before = everyone(couple)
    Resource.objects.create(name="Helpline", how_to_reach="0800 000 000")
    assert raised(before, everyone(couple)) == set(before)
    # A behaviour of the shared catalogue (no space) is everyone's; a custom one, the two
    # partners' who added it (the agreement is theirs: not the professional's).
    before = everyone(couple)
    Behaviour.objects.create(key="new", group=ONLINE, wording="x")
    assert raised(before, everyone(couple)) == set(before)
    before = everyone(couple)
    Behaviour.objects.create(
        group=ONLINE, wording="y", space=couple.space, together_since=timezone.now()
    )
    assert raised(before, everyone(couple)) == {"alex", "jordan"}


def test_a_blind_answer_raises_only_its_authors_numbers(couple: Couple) -> None:
    from amends.agreement.models import Behaviour, Rating, Round

    round_ = Round.objects.create(space=couple.space, number=1, together_since=timezone.now())
    before = everyone(couple)
    Rating.objects.create(
        round=round_, behaviour=Behaviour.objects.first(), partner=couple.alex, stance="fine"
    )
    assert raised(before, everyone(couple)) == {"alex"}
    before = everyone(couple)
    Round.objects.filter(pk=round_.pk).update(revealed_at=timezone.now())
    assert raised(before, everyone(couple)) == {"alex", "jordan"}


# ------------------------------------------------------- private acts and the cache key


def _private_acts(couple: Couple) -> list[tuple[str, Callable[[], object]]]:
    from amends.checkins.models import MEASURES
    from amends.checkins.services import checkin_record, reminder_preference_set
    from amends.checkins.weeks import this_monday
    from amends.professional.services import note_write
    from amends.repair.models import Breach, RepairAttempt
    from amends.triggers.services import hard_day_add, signal_setting_set, trigger_log

    alex, space = couple.alex, couple.space
    breach = Breach.objects.get(space=space)
    attempt = RepairAttempt.objects.get(breach=breach)
    return [
        ("sign in", lambda: User.objects.filter(pk=alex.pk).update(last_login=timezone.now())),
        ("journal entry", lambda: journal_entry_create(space=space, by=alex, text="p")),
        (
            "safety screen",
            lambda: repair.safety_check_record(
                space=space,
                by=alex,
                feels_afraid=False,
                hurt_or_threatened=False,
                controlled=False,
                forced_sexual_contact=False,
            ),
        ),
        (
            "private decision",
            lambda: repair.decision_set(breach=breach, by=alex, choice="not_sure"),
        ),
        (
            "reflection",
            lambda: repair.reflection_write(breach=breach, by=alex, emotion="anger", text="r"),
        ),
        (
            "attempt reflection",
            lambda: repair.attempt_reflect(attempt=attempt, by=alex, text="r"),
        ),
        (
            "self-trust",
            lambda: repair.self_trust_write(
                space=space, by=alex, exercise=_first_exercise(), text="t"
            ),
        ),
        (
            "private check-in",
            lambda: checkin_record(
                space=space,
                by=alex,
                week=this_monday(),
                scores={m.key: 3 for m in MEASURES},
            ),
        ),
        (
            "reminder settings",
            lambda: reminder_preference_set(by=alex, weekday=3, promises=True),
        ),
        (
            "hard moment",
            lambda: trigger_log(space=space, by=alex, kind="song", strength=4, note="n"),
        ),
        (
            "private hard day",
            lambda: hard_day_add(space=space, by=alex, label="d", day="2026-03-14"),
        ),
        ("signal left off", lambda: signal_setting_set(space=space, by=alex, on=False)),
        ("password", lambda: (alex.set_password("a new passphrase here"), alex.save())),
        ("professional's note", lambda: note_write(space=space, by=couple.sam, text="n")),
    ]


def _first_exercise() -> str:
    from amends.repair.selftrust import BY_KEY

    return next(iter(BY_KEY))


def _path_with_an_attempt(couple: Couple) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="x",
    )
    repair.decision_set(breach=breach, by=couple.alex, choice="rebuild", visibility="partner")
    repair.commitment_make(breach=breach, by=couple.alex, text="I will")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will")
    repair.attempt_offer(breach=breach, by=couple.jordan, kind="apology", text="sorry")


def _key_for(user: User, space: Space, path: str) -> str | None:
    request = RequestFactory().get(path)
    request.user = user
    request.META["CSRF_COOKIE"] = "a" * 32
    return page_key(request, space, space_roles(space))


def test_nobody_elses_page_keys_change_with_a_private_act(couple: Couple) -> None:
    _path_with_an_attempt(couple)
    for name, act in _private_acts(couple):
        keys = {
            who: _key_for(person, couple.space, "/somewhere/")
            for who, person in (("jordan", couple.jordan), ("sam", couple.sam))
        }
        keys["alex"] = _key_for(couple.alex, couple.space, "/somewhere/")
        act()
        for who, person in (("jordan", couple.jordan), ("sam", couple.sam)):
            if who == "sam" and name == "professional's note":
                continue  # Sam's own act
            assert _key_for(person, couple.space, "/somewhere/") == keys[who], (name, who)
        if name != "professional's note":
            assert keys["jordan"] is not None


# ------------------------------------------------------------------ the page cache


def _get(client: Client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(captured)


def test_a_page_asked_again_is_served_kept_with_fresh_tokens(couple: Couple) -> None:
    client = client_for(couple.alex)
    url = reverse("talk", args=[couple.space.uid])
    client.get(url)  # the first page gives the browser its CSRF cookie
    first, rendered_queries = _get(client, url)
    second, kept_queries = _get(client, url)
    assert kept_queries < rendered_queries
    # The session, the person, the space with its members (and their versions), the
    # approvals of its professional: who may see the page is always read afresh.
    assert kept_queries <= 4
    tokens = re.compile(r'name="once" value="([^"]+)"')
    assert tokens.findall(first) and tokens.findall(second)
    assert set(tokens.findall(first)).isdisjoint(tokens.findall(second))
    # The CSRF token is masked afresh for each response, kept or not, and stays valid.
    from django.middleware.csrf import _unmask_cipher_token

    csrf = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    first_csrf, second_csrf = set(csrf.findall(first)), set(csrf.findall(second))
    assert len(first_csrf) == len(second_csrf) == 1 and first_csrf != second_csrf
    secret = client.cookies["csrftoken"].value
    assert {_unmask_cipher_token(t) for t in first_csrf | second_csrf} == {secret}
    assert csrf.sub("", tokens.sub("", first)) == csrf.sub("", tokens.sub("", second))


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
            by=couple.alex,
            week=this_monday() - timedelta(weeks=weeks_ago),
            scores={m.key: 4 for m in MEASURES},
        )
    client = client_for(couple.alex)
    client.get(reverse("talk", args=[couple.space.uid]))  # a form: the browser's CSRF cookie
    url = reverse("checkin_progress", args=[couple.space.uid])
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
        space=couple.space, by=couple.alex, text="SHARED-THEN-PRIVATE", visibility="partner"
    )
    jordan = client_for(couple.jordan)
    url = reverse("journal_list", args=[couple.space.uid])
    jordan.get(url)
    assert "SHARED-THEN-PRIVATE" in _get(jordan, url)[0]
    assert "SHARED-THEN-PRIVATE" in _get(jordan, url)[0]  # now kept
    journal_entry_update(entry=entry, by=couple.alex, visibility="private")
    assert "SHARED-THEN-PRIVATE" not in _get(jordan, url)[0]


def test_nobody_is_served_another_persons_kept_page(couple: Couple) -> None:
    journal_entry_create(
        space=couple.space, by=couple.alex, text="ALEX-PRIVATE-q8z", visibility="private"
    )
    url = reverse("journal_list", args=[couple.space.uid])
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
    url = reverse("professional_couple", args=[couple.space.uid])
    sam.get(url)
    assert sam.get(url).status_code == 200
    space_services.professional_remove(space=couple.space, by=couple.alex)
    assert sam.get(url).status_code == 404


def test_a_notice_after_a_change_is_shown_not_a_kept_page(couple: Couple) -> None:
    alex = client_for(couple.alex)
    url = reverse("journal_list", args=[couple.space.uid])
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
        space=couple.space, by=couple.alex, text="KEPT-SEALED-q8z", visibility="private"
    )
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="BREACH-SEALED-q8z",
    )
    alex = client_for(couple.alex)
    for name in ("journal_list", "path_list", "space_home"):
        url = reverse(name, args=[couple.space.uid])
        alex.get(url)
        _get(alex, url)
    assert "KEPT-SEALED-q8z" in _get(alex, reverse("journal_list", args=[couple.space.uid]))[0]
    cache = caches["default"]
    assert isinstance(cache, LocMemCache)
    stored = list(cache._cache.values())
    assert stored, "pages were kept"
    for raw in stored:
        assert b"SEALED-q8z" not in raw
        assert b"alex@example.com" not in raw


def test_a_kept_value_copied_to_another_key_does_not_open(db: None) -> None:
    from django.core.cache import cache

    from amends.core import pagecache

    pagecache._store("amends:test:a", {"text": "mine"}, 60)
    assert pagecache._load("amends:test:a") == {"text": "mine"}
    cache.set("amends:test:b", cache.get("amends:test:a"), 60)
    assert pagecache._load("amends:test:b") is None
    cache.set("amends:test:c", b"not sealed at all", 60)
    assert pagecache._load("amends:test:c") is None


# ------------------------------------------- the triggers apply the same rule as can_see


@pytest.mark.parametrize("author", ["alex", "jordan", "sam"])
@pytest.mark.parametrize("visibility", ["private", "partner", "partner_and_professional"])
@pytest.mark.parametrize("shared", ["when written", "before jordan joined", "just now"])
def test_the_triggers_raise_exactly_the_people_can_see_lets_see(
    couple: Couple, author: str, visibility: str, shared: str
) -> None:
    from amends.spaces.models import Membership
    from amends.spaces.visibility import can_see

    people = {"alex": couple.alex, "jordan": couple.jordan, "sam": couple.sam}
    now = timezone.now()
    Membership.objects.filter(space=couple.space, user=couple.jordan).update(
        joined_at=now - timedelta(hours=1)
    )
    entry = JournalEntry.objects.create(
        space=couple.space,
        author=people[author],
        text="x",
        visibility=visibility,
        created_at=now - timedelta(days=1),
        shared_at={
            "when written": None,
            "before jordan joined": now - timedelta(hours=2),
            "just now": now,
        }[shared],
    )
    roles = space_roles(couple.space)
    expected = {who for who, person in people.items() if can_see(person, entry, roles)}
    before = everyone(couple)
    JournalEntry.objects.filter(pk=entry.pk).update(updated_at=timezone.now())
    assert raised(before, everyone(couple)) == expected

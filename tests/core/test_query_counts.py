"""Queries per page do not grow with the number of spaces.

Each main page (and the two API calls the benchmark drives) is opened by Alex with only
Alex and Jordan's space (plus Casey's) in the database, then again after 10,000 more
spaces (200 other people, each a partner in 100 of them) with journal entries, messages,
check-ins and breaches of their own have been added. The number of queries must be the
same. Counts are taken on a second visit: the first may save the session (the space just
opened) or touch the API token.

Each page also has a budget, the number of queries it takes today (`BUDGET`): a page that
takes more fails, whatever the number of spaces. A change that needs more queries raises
the number here, in the same commit, where a reviewer sees it.
"""

import secrets
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from amends.accounts.models import User
from amends.api.models import ApiToken
from amends.api.tokens import hash_token
from amends.checkins import services as checkins
from amends.checkins import weeks
from amends.checkins.models import MEASURE_KEYS, CheckIn
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.ownpart import services as ownpart
from amends.repair.demo import load_demo_path
from amends.repair.models import Breach, Question
from amends.spaces.models import Membership, Role, Space
from amends.talk.models import Message
from amends.talk.services import message_send
from tests.conftest import Couple, client_for

# Query counts measure the work each page does, not the page cache.
pytestmark = pytest.mark.usefixtures("uncached")

# Queries per page, with Alex and Jordan's demo path (SQLite and PostgreSQL alike).
BUDGET = {
    "space home": 29,  # +1 merges (not traced); +2 accounts waiting; +1 new professional;
    # +1 being-open offers waiting
    "journal": 6,
    "path list": 17,
    "breach detail": 17,
    "step: questions": 19,
    "step: promises": 19,
    "talk": 5,
    "check-in": 5,
    "progress": 26,
    "api me": 6,
    "api journal": 7,
    "api promises": 10,
    "being open": 6,
    "api being open": 8,
    "account list": 7,
    "account": 7,
    "account timeline": 8,
    "own part": 9,
}

EXTRA_SPACES = 10_000
BATCH = 2_000


def _token(user: User) -> str:
    token = "amends_" + secrets.token_urlsafe(32)
    now = timezone.now()
    ApiToken.objects.create(
        user=user,
        key_id=secrets.token_hex(8),
        token_hash=hash_token(token),
        created_at=now,
        expires_at=now + timedelta(days=1),
    )
    return token


def _pages(couple: Couple, breach: Breach) -> dict[str, str]:
    s, b = couple.space.uid, breach.uid
    return {
        "space home": f"/s/{s}/",
        "journal": f"/s/{s}/journal/",
        "path list": f"/s/{s}/path/",
        "breach detail": f"/s/{s}/path/{b}/",
        "step: questions": f"/s/{s}/path/{b}/questions/",
        "step: promises": f"/s/{s}/path/{b}/promises/",
        "talk": f"/s/{s}/talk/",
        "check-in": f"/s/{s}/checkins/",
        "progress": f"/s/{s}/checkins/progress/",
        "account list": f"/s/{s}/account/",
        "account": f"/s/{s}/account/{b}/",
        "account timeline": f"/s/{s}/account/{b}/timeline/",
        "api me": "/api/v1/me",
        "api journal": f"/api/v1/spaces/{s}/journal",
        "api promises": f"/api/v1/spaces/{s}/breaches/{b}/promises",
        "being open": f"/s/{s}/open/",
        "api being open": f"/api/v1/spaces/{s}/transparency",
        "own part": f"/s/{s}/own/",
    }


def _counts(client: Client, pages: dict[str, str], token: str) -> dict[str, int]:
    counts = {}
    for name, path in pages.items():
        extra = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if path.startswith("/api/") else {}
        assert client.get(path, **extra).status_code == 200, path
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, **extra)
        assert response.status_code == 200, path
        counts[name] = len(captured)
    return counts


def _ten_thousand_more_couples() -> None:
    """Cheaply: bulk rows, with text sealed by bulk_create as the app seals it."""
    now = timezone.now()
    # 200 other people, each a partner in 100 spaces: the space count is what matters.
    pool = User.objects.bulk_create(
        [User(email=f"other{i}@example.com", password="!") for i in range(200)]
    )
    users = [pool[i % len(pool)] for i in range(2 * EXTRA_SPACES)]
    spaces = Space.objects.bulk_create(
        [Space(name="Them", created_by=users[2 * i]) for i in range(EXTRA_SPACES)],
        batch_size=BATCH,
    )
    Membership.objects.bulk_create(
        [
            Membership(space=s, user=users[2 * i + k], role=Role.PARTNER)
            for i, s in enumerate(spaces)
            for k in (0, 1)
        ],
        batch_size=BATCH,
    )
    JournalEntry.objects.bulk_create(
        [
            JournalEntry(space=s, author=users[2 * i], visibility="partner", text="theirs")
            for i, s in enumerate(spaces)
        ],
        batch_size=BATCH,
    )
    Message.objects.bulk_create(
        [
            Message(space=s, author=users[2 * i + 1], visibility="partner", text="hello")
            for i, s in enumerate(spaces)
        ],
        batch_size=BATCH,
    )
    last_week = weeks.this_monday() - timedelta(weeks=1)
    CheckIn.objects.bulk_create(
        [
            CheckIn(space=s, author=users[2 * i], week=last_week, **dict.fromkeys(MEASURE_KEYS, 4))
            for i, s in enumerate(spaces)
        ],
        batch_size=BATCH,
    )
    breaches = Breach.objects.bulk_create(
        [
            Breach(
                space=s,
                author=users[2 * i],
                recorded_by=users[2 * i],
                hurt_partner=users[2 * i],
                injuring_partner=users[2 * i + 1],
                visibility="partner",
                category="broken_promises",
                description="theirs",
                created_at=now,
            )
            for i, s in enumerate(spaces[::10])
        ],
        batch_size=BATCH,
    )
    Question.objects.bulk_create(
        [
            Question(space_id=b.space_id, breach=b, author_id=b.hurt_partner_id, text="why?")
            for b in breaches
        ],
        batch_size=BATCH,
    )


def _over_budget(counts: dict[str, int]) -> dict[str, str]:
    return {
        name: f"{n} queries, budget {BUDGET[name]}"
        for name, n in counts.items()
        if n > BUDGET[name]
    }


def _a_couple_with_a_path(couple: Couple) -> dict[str, str]:
    load_demo_path(space=couple.space, hurt=couple.alex, injuring=couple.jordan)
    breach = Breach.objects.get(space=couple.space)
    journal_entry_create(space=couple.space, by=couple.alex, text="Mine.")
    journal_entry_create(space=couple.space, by=couple.jordan, text="Shared.", visibility="partner")
    message_send(space=couple.space, by=couple.jordan, text="Dinner at seven?")
    # Jordan's own part: one reflection shared with Alex, one kept.
    for prompt, share in (("did", True), ("feel", False)):
        r = ownpart.reflection_save(
            space=couple.space, by=couple.jordan, prompt=prompt, text="I did this."
        )
        if share:
            ownpart.reflection_share(reflection=r, by=couple.jordan, share=True)
    for author in (couple.alex, couple.jordan):
        checkins.checkin_record(
            space=couple.space,
            by=author,
            week=weeks.this_monday(),
            scores=dict.fromkeys(MEASURE_KEYS, 5),
        )
    return _pages(couple, breach)


@pytest.mark.django_db
def test_each_page_keeps_to_its_query_budget(couple: Couple) -> None:
    pages = _a_couple_with_a_path(couple)
    assert pages.keys() == BUDGET.keys()
    counts = _counts(client_for(couple.alex), pages, _token(couple.alex))
    assert _over_budget(counts) == {}, repr(counts)


@pytest.mark.django_db
def test_queries_per_page_do_not_grow_with_spaces(couple: Couple) -> None:
    pages = _a_couple_with_a_path(couple)
    client = client_for(couple.alex)
    token = _token(couple.alex)

    with_one = _counts(client, pages, token)
    assert _over_budget(with_one) == {}
    _ten_thousand_more_couples()
    assert Space.objects.count() >= EXTRA_SPACES
    with_many = _counts(client, pages, token)

    assert with_many == with_one

"""Nothing readable in the shared cache: after a full journey through the pages, with a
real Redis, every value is sealed and bound to its key (or is a bare counter); no planted
word, no e-mail address, no score. Sessions keep ids only. Deleting an account removes
what the cache kept for or about that person."""

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse

from amends.agreement.models import AgreementVersion
from amends.core import crypto
from amends.repair.models import Breach
from amends.talk.models import Conversation
from tests import journey
from tests.journey import EMAILS, PASSWORD, PLANTED

REDIS_URL = os.environ.get("AMENDS_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
# Words that only a check-in's figures would put in a value: chart summaries and labels.
SCORE_WORDS = (b"of 7", b"Trust in", b"Wanting to get even", b"Feeling safe", b"Goodwill")
COUNTER = re.compile(rb"-?[0-9]+")


@pytest.fixture
def redis_cache() -> Iterator[Any]:
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail(f"This test needs Redis at {REDIS_URL} (AMENDS_TEST_REDIS_URL).")
    client.flushdb()
    with override_settings(
        CACHES={
            "default": {"BACKEND": "amends.core.cache.SealedRedisCache", "LOCATION": REDIS_URL}
        },
        SESSION_ENGINE="amends.sessions.cached_db",
        AMENDS_PAGE_CACHE_SECONDS=300,
    ):
        yield client
        cache.clear()
    client.close()


def _log_in(email: str) -> Client:
    client = Client()
    response = client.post(reverse("account_login"), {"login": email, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    return client


def _pages(j: journey.Journey) -> dict[str, list[str]]:
    s = j.space.uid  # type: ignore[attr-defined]
    # The journey's first path (a later one holds the steps after the repair).
    breach = Breach.objects.filter(space=j.space).order_by("pk").first()  # type: ignore[attr-defined]
    version = AgreementVersion.objects.get(space=j.space)  # type: ignore[attr-defined]
    conversation = Conversation.objects.get(space=j.space)  # type: ignore[attr-defined]
    steps = (
        "breach_detail",
        "step_decision",
        "step_commitments",
        "step_reflection",
        "step_accountability",
        "step_questions",
        "step_impact",
        "step_attempts",
        "step_promises",
        "step_forgiveness",
        "step_outcome",
    )
    partner_pages = [
        reverse("space_home", args=[s]),
        reverse("journal_list", args=[s]),
        reverse("path_list", args=[s]),
        *[reverse(step, args=[s, breach.uid]) for step in steps],
        reverse("self_trust", args=[s]),
        reverse("agreement_home", args=[s]),
        reverse("agreement_reveal", args=[s]),
        reverse("agreement_history", args=[s]),
        reverse("agreement_version", args=[s, version.uid]),
        reverse("talk", args=[s]),
        reverse("hurts", args=[s]),
        reverse("hurt_detail", args=[s, conversation.uid]),
        reverse("checkin", args=[s]),
        reverse("checkin_progress", args=[s]),
        reverse("settings"),
    ]
    return {
        EMAILS[0]: partner_pages,
        EMAILS[1]: partner_pages,
        EMAILS[2]: [reverse("professional_couple", args=[s])],
    }


def _full_journey(db: None) -> tuple[journey.Journey, dict[str, Client]]:
    j = journey.make_people()
    journey.write_everything(j)
    # A mistyped password first: allauth counts failures per address, in the cache.
    Client().post(reverse("account_login"), {"login": EMAILS[0], "password": "not it"})
    clients = {email: _log_in(email) for email in EMAILS}
    for email, pages in _pages(j).items():
        for url in pages:
            for _ in range(2):  # the second visit is served from (and proves) the cache
                response = clients[email].get(url)
                assert response.status_code == 200, (email, url, response.status_code)
    token = Client().post(
        "/api/v1/auth/token",
        {"email": EMAILS[1], "password": PASSWORD, "name": "laptop"},
        content_type="application/json",
    )
    assert token.status_code in (200, 201), token.content[:300]
    return j, clients


def _everything(client: Any) -> dict[bytes, bytes]:
    return {key: client.get(key) for key in client.scan_iter(count=1000)}


def test_the_cache_holds_nothing_readable_after_a_full_journey(db: None, redis_cache: Any) -> None:
    _full_journey(db)
    stored = _everything(redis_cache)
    kinds = {key.split(b":")[3] for key in stored if key.startswith(b":1:amends:")}
    assert {b"page", b"paths", b"stuck-path", b"charts"} <= kinds, kinds
    assert any(key.startswith(b":1:amends-session:") for key in stored)
    assert any(key.startswith(b":1:allauth:rl:") for key in stored)
    for key, value in stored.items():
        for secret in (PLANTED.encode(), b"zq@example.com", *SCORE_WORDS):
            assert secret not in key, key
            assert secret not in value, (key, secret)
        if COUNTER.fullmatch(value):
            continue  # a rate-limit counter, incremented by Redis in place
        # Sealed for this key: it opens here, and only here.
        crypto.open_sealed_bytes(value, context=key.decode())
        with pytest.raises(crypto.CannotDecrypt):
            crypto.open_sealed_bytes(value, context=key.decode() + "x")


def test_sessions_keep_ids_only_in_redis(db: None, redis_cache: Any) -> None:
    _sessions_keep_ids_only()


@override_settings(SESSION_ENGINE="amends.sessions.db")
def test_sessions_keep_ids_only_in_the_database(db: None) -> None:
    _sessions_keep_ids_only()


def _sessions_keep_ids_only() -> None:
    from importlib import import_module

    from django.contrib.sessions.models import Session

    journey.make_people()
    client = _log_in(EMAILS[0])
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    data = import_module(settings.SESSION_ENGINE).SessionStore(key).load()
    assert data["_auth_user_id"]
    assert "@" not in repr(data), data
    assert crypto.is_sealed(Session.objects.get(session_key=key).session_data)
    assert client.get(reverse("settings")).status_code == 200  # and it still signs them in


def test_deleting_an_account_removes_its_cached_values(
    db: None, redis_cache: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from allauth.usersessions.models import UserSession

    j, clients = _full_journey(db)
    alex, space = j.alex.pk, j.space.uid  # type: ignore[attr-defined]
    alex_sessions = set(
        UserSession.objects.filter(user_id=alex).values_list("session_key", flat=True)
    )
    assert alex_sessions
    before = _everything(redis_cache)
    assert any(f":p{alex}:".encode() in key for key in before)

    with django_capture_on_commit_callbacks(execute=True):
        response = clients[EMAILS[0]].post(
            reverse("delete_account"), {"password": PASSWORD, "understood": "on"}
        )
    assert response.status_code == 302

    after = _everything(redis_cache)
    for key in after:
        assert f":p{alex}:".encode() not in key, key
        assert f":s{space}:".encode() not in key, key
        assert not key.endswith(f":user:{alex}".encode()), key
        assert not any(session.encode() in key for session in alex_sessions), key
    # Jordan is still signed in; only what was Alex's went.
    assert any(key.startswith(b":1:amends-session:") for key in after)
    assert clients[EMAILS[1]].get(reverse("settings")).status_code == 200

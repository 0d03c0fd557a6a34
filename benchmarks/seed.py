"""Seed `amends_bench` (PostgreSQL) with a year of use by 10,000 couples.

    .venv/bin/python benchmarks/web.py seed [--fresh] [--spaces 10000]

What it writes, for N spaces (defaults):

* 2N partners (one precomputed Argon2 hash of "bench-password", verified e-mail), N spaces;
* per partner: 52 weekly check-ins (a year; a note on one in four), 26 journal entries
  (every other one shared), a check-in sharing setting for half of them;
* per space: 52 messages;
* 50 breaches per 100 spaces (10 spaces with 3, 20 with 1, 70 with none), each with a
  whole path: decision, both commitments, 4 reflections, 2 statement versions and their
  responses, 8 questions (6 answered), 2 disclosures, an impact statement, 4 repair
  attempts (3 answered), 2 weekly promises with 12 weeks of marks by both partners, and
  for one breach in three forgiveness and both outcomes; a safety check per partner;
* for the 50 benchmark users (both partners of 25 three-breach spaces): a database
  session and an API token, written to var/bench/users.json for the load generator.

Everything text goes through EncryptedTextField (bulk_create calls pre_save), so it is
sealed exactly as the app seals it. Rows are made with bulk_create in transactions, in
two processes (one per core).
"""

from __future__ import annotations

import json
import multiprocessing
import random
import secrets
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from benchenv import DB_NAME, PG, USERS_FILE

PASSWORD = "bench-password"  # noqa: S105 - a benchmark database only
BENCH_USERS = 50
BATCH = 2000
CHUNK_SPACES = 250
WEEKS = 52
JOURNAL_PER_PARTNER = 26
MESSAGES_PER_SPACE = 52

SENTENCES = (
    "I keep replaying that evening and I don't know what to do with it yet.",
    "Today was a little easier. We walked by the river and didn't talk about it.",
    "I am ashamed, and I keep wanting to explain instead of listen.",
    "I noticed I was calmer at dinner, and I want to remember that.",
    "When you came home late I felt the old fear come back for a moment.",
    "Thank you for leaving your phone on the table without me asking.",
    "I want to understand what I was looking for, without excusing it.",
    "Some days I want to try. Some days I can't look at you.",
    "I would like us to plan one quiet evening a week, just the two of us.",
    "It helped that you answered the question straight away, all of it.",
    "I felt hurt when the subject came up at your sister's and nobody stopped it.",
    "I'm going to the group on Thursday again; it is getting easier to speak there.",
)


def _text(rng: random.Random, sentences: int = 2) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def breaches_in(index: int) -> int:
    """How many breaches space number `index` has: 50 per 100 spaces."""
    r = index % 100
    return 3 if r < 10 else 1 if r < 30 else 0


def bench_space_indexes(n_spaces: int, users: int = BENCH_USERS) -> list[int]:
    """25 three-breach spaces, one per block of 100 where possible. A small seed has too
    few (10 per 100 spaces): it takes the other three-breach spaces, then one-breach
    spaces (every benchmark user needs a breach for its path pages), as many as there are."""
    wanted = users // 2
    firsts = [b * 100 for b in range(n_spaces // 100)]
    rest = sorted(
        (i for i in range(n_spaces) if breaches_in(i) and i not in firsts),
        key=lambda i: -breaches_in(i),
    )
    return (firsts + rest)[:wanted]


# ------------------------------------------------------------------ the database itself


def ensure_database(*, fresh: bool) -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if exists and fresh:
            conn.execute(f'DROP DATABASE "{DB_NAME}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


# ------------------------------------------------------------------ people and spaces


@dataclass(frozen=True)
class SpaceRow:
    index: int
    space_id: int
    a: int
    b: int
    created_at: datetime


def _people_and_spaces(n_spaces: int, now: datetime) -> list[SpaceRow]:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from amends.accounts.models import User
    from amends.spaces.models import Membership, Role, Space

    password_hash = make_password(PASSWORD)  # once: Argon2 is slow on purpose
    rng = random.Random(1)
    rows: list[SpaceRow] = []
    with transaction.atomic():
        started = [now - timedelta(days=372 - rng.randint(0, 6)) for _ in range(n_spaces)]
        users = User.objects.bulk_create(
            [
                User(
                    email=f"p{i}@bench.example",
                    display_name=f"{'Alex' if i % 2 == 0 else 'Jordan'} {i // 2}",
                    password=password_hash,
                    date_joined=started[i // 2],
                )
                for i in range(2 * n_spaces)
            ],
            batch_size=BATCH,
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users],
            batch_size=BATCH,
        )
        spaces = Space.objects.bulk_create(
            [
                Space(name="Us", created_by=users[2 * i], created_at=started[i])
                for i in range(n_spaces)
            ],
            batch_size=BATCH,
        )
        Membership.objects.bulk_create(
            [
                Membership(
                    space=s,
                    user=users[2 * i + k],
                    role=Role.PARTNER,
                    joined_at=s.created_at + timedelta(hours=k),
                )
                for i, s in enumerate(spaces)
                for k in (0, 1)
            ],
            batch_size=BATCH,
        )
    for i, s in enumerate(spaces):
        rows.append(SpaceRow(i, s.pk, users[2 * i].pk, users[2 * i + 1].pk, s.created_at))
    return rows


# ------------------------------------------------------------------ a year in each space


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _space_year(chunk: list[SpaceRow]) -> dict[str, int]:
    """Everything written in these spaces over the year. Runs in a worker process."""
    from django.db import transaction
    from django.utils import timezone

    from amends.checkins.models import CheckIn, CheckinSharing
    from amends.journal.models import JournalEntry
    from amends.repair import models as r
    from amends.talk.models import Message

    now = timezone.now()
    this_monday = _monday(timezone.localdate())
    rng = random.Random(chunk[0].index)
    counts: dict[str, int] = {}

    def put(model: type[Any], objs: list[Any]) -> list[Any]:
        counts[model.__name__] = counts.get(model.__name__, 0) + len(objs)
        return model.objects.bulk_create(objs, batch_size=BATCH)

    shared = "partner"
    with transaction.atomic():
        journal: list[JournalEntry] = []
        messages: list[Message] = []
        checkins: list[CheckIn] = []
        sharing: list[CheckinSharing] = []
        for s in chunk:
            for k, person in enumerate((s.a, s.b)):
                for j in range(JOURNAL_PER_PARTNER):
                    at = now - timedelta(days=14 * j + k, hours=rng.randint(0, 12))
                    journal.append(
                        JournalEntry(
                            space_id=s.space_id,
                            author_id=person,
                            visibility=shared if j % 2 else "private",
                            created_at=at,
                            updated_at=at,
                            text=_text(rng, 3),
                        )
                    )
                for week in range(1, WEEKS + 1):
                    monday = this_monday - timedelta(weeks=week)
                    at = timezone.make_aware(datetime.combine(monday, datetime.min.time()))
                    trend = min(7, 1 + (WEEKS - week) // 9)
                    checkins.append(
                        CheckIn(
                            space_id=s.space_id,
                            author_id=person,
                            visibility=shared if week % 2 else "private",
                            created_at=at + timedelta(days=2),
                            updated_at=at + timedelta(days=2),
                            week=monday,
                            trust_partner=trend,
                            safe=max(1, min(7, trend + rng.randint(-1, 1))),
                            avoid_urge=8 - trend,
                            get_even_urge=max(1, 7 - trend - rng.randint(0, 1)),
                            goodwill=trend,
                            satisfaction=max(1, trend - 1),
                            self_trust=trend,
                            note=_text(rng, 1) if week % 4 == 0 else "",
                        )
                    )
                if (s.index + k) % 2 == 0:
                    sharing.append(
                        CheckinSharing(space_id=s.space_id, author_id=person, visibility=shared)
                    )
            for j in range(MESSAGES_PER_SPACE):
                at = now - timedelta(days=7 * j, hours=rng.randint(0, 48))
                messages.append(
                    Message(
                        space_id=s.space_id,
                        author_id=(s.a, s.b)[j % 2],
                        visibility=shared,
                        created_at=at,
                        updated_at=at,
                        text=_text(rng, 2),
                    )
                )
        put(JournalEntry, journal)
        put(Message, messages)
        put(CheckIn, checkins)
        put(CheckinSharing, sharing)

        # The repair path --------------------------------------------------------
        breaches: list[r.Breach] = []
        safety: list[r.SafetyCheck] = []
        categories = [c.value for c in r.Category if c != r.Category.OTHER]
        for s in chunk:
            n = breaches_in(s.index)
            for j in range(n):
                hurt, injuring = (s.a, s.b) if j % 2 == 0 else (s.b, s.a)
                at = now - timedelta(days=300 - 90 * j)
                breaches.append(
                    r.Breach(
                        space_id=s.space_id,
                        author_id=hurt,
                        recorded_by_id=hurt,
                        hurt_partner_id=hurt,
                        injuring_partner_id=injuring,
                        visibility=shared,
                        category=categories[(s.index + j) % len(categories)],
                        occurred_on=(at - timedelta(days=30)).date(),
                        description=_text(rng, 3),
                        created_at=at,
                        updated_at=at,
                    )
                )
            if n:
                safety += [
                    r.SafetyCheck(
                        space_id=s.space_id,
                        author_id=p,
                        answers=json.dumps(dict.fromkeys(r.SAFETY_QUESTIONS, False)),
                        created_at=s.created_at + timedelta(days=30),
                    )
                    for p in (s.a, s.b)
                ]
        breaches = put(r.Breach, breaches)
        put(r.SafetyCheck, safety)

        items: dict[type[Any], list[Any]] = {}

        def item(model: type[Any], **kw: Any) -> Any:
            kw.setdefault("visibility", shared)
            kw.setdefault("updated_at", kw["created_at"])
            obj = model(space_id=b.space_id, breach=b, **kw)
            items.setdefault(model, []).append(obj)
            return obj

        statements: list[tuple[r.AccountabilityStatement, bool]] = []
        promises: list[r.Promise] = []
        attempts: list[r.RepairAttempt] = []
        for n, b in enumerate(breaches):
            hurt, injuring = b.hurt_partner_id, b.injuring_partner_id
            day = timedelta(days=1)
            t0 = b.created_at
            item(r.Decision, author_id=hurt, choice="rebuild", note=_text(rng), created_at=t0 + day)
            for p in (hurt, injuring):
                item(r.Commitment, author_id=p, text=_text(rng), created_at=t0 + 2 * day)
                for e, emotion in enumerate(
                    ("anger", "hurt") if p == hurt else ("shame", "what_i_did")
                ):
                    item(
                        r.Reflection,
                        author_id=p,
                        emotion=emotion,
                        text=_text(rng, 3),
                        visibility="private" if e == 0 else shared,
                        created_at=t0 + 3 * day,
                    )
            for v in (1, 2):
                statements.append(
                    (
                        item(
                            r.AccountabilityStatement,
                            author_id=injuring,
                            version=v,
                            text=_text(rng, 4),
                            created_at=t0 + (5 + 5 * v) * day,
                        ),
                        v == 2,
                    )
                )
            for q in range(8):
                answered = q < 6
                item(
                    r.Question,
                    author_id=hurt,
                    text=_text(rng, 1),
                    answer=_text(rng, 2) if answered else "",
                    answered_at=t0 + (20 + 3 * q) * day if answered else None,
                    created_at=t0 + (18 + 3 * q) * day,
                )
            for d in range(2):
                item(
                    r.Disclosure,
                    author_id=injuring,
                    text=_text(rng, 2),
                    created_at=t0 + (12 + d) * day,
                )
            item(
                r.ImpactStatement,
                author_id=hurt,
                version=1,
                text=_text(rng, 4),
                created_at=t0 + 30 * day,
            )
            for a in range(4):
                attempts.append(
                    item(
                        r.RepairAttempt,
                        author_id=injuring,
                        kind=r.RepairKind.values[a % len(r.RepairKind.values)],
                        text=_text(rng, 2),
                        acknowledgement="accepted" if a < 3 else "",
                        acknowledged_at=t0 + (40 + 10 * a) * day if a < 3 else None,
                        created_at=t0 + (38 + 10 * a) * day,
                    )
                )
            for p in range(2):
                promises.append(
                    item(
                        r.Promise,
                        author_id=injuring,
                        text=_text(rng, 1),
                        rhythm="weekly",
                        created_at=t0 + (35 + p) * day,
                    )
                )
            if n % 3 == 0:
                item(r.Forgiveness, author_id=hurt, text=_text(rng, 3), created_at=t0 + 90 * day)
                for p in (hurt, injuring):
                    item(
                        r.OutcomeStatement,
                        author_id=p,
                        choice="recommit",
                        text=_text(rng, 2),
                        created_at=t0 + 95 * day,
                    )
        for model, objs in items.items():
            put(model, objs)
        put(
            r.StatementResponse,
            [
                r.StatementResponse(
                    space_id=st.space_id,
                    author_id=st.breach.hurt_partner_id,
                    statement=st,
                    visibility=shared,
                    feels_complete=complete,
                    missing="" if complete else _text(rng, 1),
                    created_at=st.created_at + timedelta(days=2),
                    updated_at=st.created_at + timedelta(days=2),
                )
                for st, complete in statements
            ],
        )
        marks = []
        for promise in promises:
            for week in range(1, 13):
                occurrence = this_monday - timedelta(weeks=week)
                for who in (promise.breach.hurt_partner_id, promise.breach.injuring_partner_id):
                    marks.append(
                        r.PromiseMark(
                            promise=promise,
                            by_id=who,
                            occurrence=occurrence,
                            kept=(week + who) % 5 != 0,
                        )
                    )
        put(r.PromiseMark, marks)
    return counts


def _worker_init() -> None:
    from django.db import connections

    connections.close_all()


# ------------------------------------------------------------------ benchmark users


def bench_users(rows: list[SpaceRow]) -> list[dict[str, Any]]:
    """Sessions and API tokens for both partners of 25 three-breach spaces."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils import timezone

    from amends.accounts.models import User
    from amends.api.models import ApiToken
    from amends.api.tokens import hash_token
    from amends.repair.models import Breach
    from amends.spaces.models import Space

    # The app's own session store (sealed, keeping ids only; cached_db with Redis), so a
    # seeded session is stored exactly as a signed-in one.
    SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
    by_index = {row.index: row for row in rows}
    out: list[dict[str, Any]] = []
    now = timezone.now()
    picked = [by_index[index] for index in bench_space_indexes(len(rows))]
    # A token's name is sealed (no filtering on it): the benchmark users' tokens are
    # found by their owner instead. They hold no other token.
    ApiToken.objects.filter(user_id__in=[p for row in picked for p in (row.a, row.b)]).delete()
    for row in picked:
        breach = Breach.objects.filter(space_id=row.space_id).order_by("-created_at").first()
        # Pages and the API name rows by public ids only.
        space_uid = str(Space.objects.values_list("uid", flat=True).get(pk=row.space_id))
        for person in (row.a, row.b):
            user = User.objects.get(pk=person)
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session["space_id"] = space_uid  # as after the first space page
            session.create()
            token = "amends_" + secrets.token_urlsafe(32)
            ApiToken.objects.create(
                user=user,
                key_id=secrets.token_hex(8),
                token_hash=hash_token(token),
                name="bench",
                created_at=now,
                expires_at=now + timedelta(days=30),
            )
            out.append(
                {
                    "email": user.email,
                    "user_id": user.pk,
                    "space_id": space_uid,
                    "breach_id": str(breach.uid) if breach else None,
                    "session": session.session_key,
                    "token": token,
                }
            )
    USERS_FILE.write_text(json.dumps(out, indent=1))
    return out


def check_member_versions() -> tuple[int, int]:
    """Every membership has its per-member version row (`MemberVersion`, made by a database
    trigger on each membership inserted, bulk inserts included): kept pages are keyed by
    it, and a member without one could not be served. Returns (memberships, versions)."""
    from amends.spaces.models import Membership, MemberVersion

    memberships = Membership.objects.count()
    versions = MemberVersion.objects.count()
    orphans = Membership.objects.filter(seen__isnull=True).count()
    if versions != memberships or orphans:
        raise SystemExit(
            f"{memberships} memberships but {versions} member versions ({orphans} without "
            "one): the version triggers are missing (run migrate) or were bypassed."
        )
    return memberships, versions


def _existing_rows() -> list[SpaceRow]:
    from amends.spaces.models import Membership, Space

    spaces = list(Space.objects.order_by("pk").values_list("pk", "created_at"))
    members: dict[int, list[int]] = {}
    for space_id, user_id in Membership.objects.order_by("joined_at", "pk").values_list(
        "space_id", "user_id"
    ):
        members.setdefault(space_id, []).append(user_id)
    return [
        SpaceRow(i, pk, members[pk][0], members[pk][1], created)
        for i, (pk, created) in enumerate(spaces)
        if len(members.get(pk, [])) >= 2
    ]


def seed(*, n_spaces: int, fresh: bool, processes: int = 2) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from amends.spaces.models import Space

    t0 = time.monotonic()
    ensure_database(fresh=fresh)
    call_command("migrate", verbosity=0)
    print(f"migrated in {time.monotonic() - t0:.1f} s")
    existing = Space.objects.count()
    if existing:
        if existing != n_spaces:
            raise SystemExit(
                f"{DB_NAME} already holds {existing} spaces; use --fresh to start again."
            )
        print(f"{DB_NAME} already seeded with {existing} spaces: refreshing sessions only")
        rows = _existing_rows()
    else:
        t1 = time.monotonic()
        rows = _people_and_spaces(n_spaces, timezone.now())
        print(f"{2 * n_spaces} people and {n_spaces} spaces in {time.monotonic() - t1:.1f} s")
        t1 = time.monotonic()
        chunks = [rows[i : i + CHUNK_SPACES] for i in range(0, len(rows), CHUNK_SPACES)]
        connection.close()
        totals: dict[str, int] = {}
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(processes, initializer=_worker_init) as pool:
            for done, counts in enumerate(pool.imap_unordered(_space_year, chunks), 1):
                for k, v in counts.items():
                    totals[k] = totals.get(k, 0) + v
                if done % 8 == 0 or done == len(chunks):
                    print(
                        f"  {min(done * CHUNK_SPACES, len(rows))} spaces' year written, "
                        f"{sum(totals.values())} rows, {time.monotonic() - t1:.0f} s",
                        flush=True,
                    )
        for k, v in sorted(totals.items()):
            print(f"  {k:24} {v:>10,}")
        t1 = time.monotonic()
        from amends.checkins.services import trump_tallies_fill

        tallied = trump_tallies_fill()  # the rows above were written in bulk, not by services
        print(f"trump-card tallies for {tallied} spaces in {time.monotonic() - t1:.0f} s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    memberships, versions = check_member_versions()
    print(f"{memberships} memberships, {versions} member versions (one each)")
    users = bench_users(rows)
    print(f"{len(users)} benchmark sessions and tokens -> {USERS_FILE}")
    print(f"seed done in {time.monotonic() - t0:.1f} s")

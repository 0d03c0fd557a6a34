"""Every word a person writes, every choice and every score they give, is sealed at rest:
in the database, in `pg_dump`, in the SQLite file and its write-ahead log. Only a short,
reasoned list of columns stays readable."""

import base64
import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, models
from django.db.migrations.executor import MigrationExecutor
from django.test import override_settings

from amends.core import crypto
from amends.core.fields import is_encrypted
from tests import journey
from tests.journey import PLANTED, SCORES

# Columns people never fill in, or that must stay readable, and why. Everything else that
# holds text, a choice, a number or a yes/no is an encrypted field, or this test fails.
READABLE_MODELS = {
    "program": "the 12-week program: written by the hosting practice for everyone",
    "safety": "safety resources: written by the hosting practice for everyone",
}
READABLE_FIELDS = {
    "*.visibility": "who may read an item: every read filters on it in the database "
    "(spaces/visibility.py); it says who, never what",
    "accounts.User.email": "needed to sign in and to send account e-mail; never shown to anyone "
    "else in the app",
    "accounts.User.display_name": "the name the partner sees, chosen to be shown",
    "accounts.User.password": "a salted hash",
    "accounts.User.is_staff": "account flags, not anything written",
    "accounts.User.is_active": "account flags, not anything written",
    "accounts.User.is_superuser": "account flags, not anything written",
    "accounts.User.session_stamp": "a random stamp; changing it ends every session",
    "accounts.User.journal_reauth": "an account setting (the journal lock), read on every "
    "journal page before anything is decrypted",
    "accounts.AuditEvent.kind": "a closed list of security events; no content",
    "accounts.AuditEvent.space_id": "an id",
    "spaces.MemberVersion.version": "a counter the database raises (core/versioning.py)",
    "spaces.MemberVersion.path_version": "a counter the database raises (core/versioning.py)",
    "spaces.MemberVersion.talk_version": "a counter the database raises (core/versioning.py)",
    "spaces.MemberVersion.checkin_version": "a counter the database raises (core/versioning.py)",
    "spaces.MemberVersion.journal_version": "a counter the database raises (core/versioning.py)",
    "spaces.KeptAsItWas.kind": "which table an item is in (a closed list), as its row shows",
    "spaces.Membership.role": "partner or professional: who is in a space, which the operator "
    "must know to run it",
    "spaces.Invite.role": "partner or professional, as above",
    "spaces.Invite.token_hash": "a SHA-256 of a random token",
    "core.UsedFormToken.token": "a random one-time form token",
    "api.ApiToken.key_id": "a random public handle",
    "api.ApiToken.token_hash": "a SHA-256 of a random token",
    "repair.AccountabilityStatement.version": "an ordinal: which revision",
    "repair.ImpactStatement.version": "an ordinal: which revision",
    "repair.Forgiveness.version": "an ordinal: which revision",
    "repair.OutcomeStatement.version": "an ordinal: which revision",
    "repair.Question.answered_after_complete": "derived from dates that are readable anyway",
    "repair.Disclosure.is_later": "derived from dates that are readable anyway",
    "repair.SelfTrustEntry.exercise": "which of the product's own prompts (a key), not an answer",
    "afterwards.Part.kind": "which of the product's own steps a part is for (a key), not an "
    "answer; one per person, step and breach, so the row itself says as much",
    "disclosure.AccountPart.part": "which of the product's own prompts a part answers (a key), "
    "not an answer; one part per prompt is a constraint in the database",
    "agreement.Behaviour.key": "the catalogue's key ('' for a couple's own question)",
    "agreement.Behaviour.group": "which of the product's four lists a question is in",
    "agreement.Behaviour.position": "the catalogue's order",
    "agreement.Round.number": "an ordinal: which round of questions",
    "agreement.AgreementVersion.number": "an ordinal: which version",
    "agreement.AgreementVersion.status": "where a version stands (draft, signed...); no words",
    "talk.Conversation.state": "where a conversation stands (waiting, answered...); no words",
    "checkins.InstrumentAnswer.instrument": "which questionnaire was answered (the same one for "
    "everyone on a server, named in its settings): selected by, never anyone's words",
    "checkins.ReminderPreference.weekday": "when to send a reminder: read by the daily run in "
    "the database; a setting, not an answer",
    "checkins.ReminderPreference.checkin": "a reminder setting",
    "checkins.ReminderPreference.promises": "a reminder setting",
    "checkins.ReminderSent.kind": "which reminder was sent (a closed list)",
    "transparency.Offer.state": "where an offer stands (draft, offered, on, ended); no words, "
    "and how it ended is sealed",
    "transparency.Offer.renewals": "an ordinal: how many reviews kept it going",
    "triggers.DayReminderSent.year": "which year a hard day's reminder went (never the day)",
    "transparency.ReviewReminderSent.review": "an ordinal: which review a reminder was for",
    "ownpart.Slip.told_within_day": "derived from dates that are readable anyway (when a slip "
    "was logged and when it was told)",
}
FILLED_IN = (
    models.CharField,
    models.TextField,
    models.JSONField,
    models.IntegerField,
    models.BooleanField,
)


def _exception(model: type[models.Model], field: models.Field) -> str | None:
    label = f"{model._meta.label}.{field.name}"
    return (
        READABLE_MODELS.get(model._meta.app_label)
        or READABLE_FIELDS.get(label)
        or READABLE_FIELDS.get(f"*.{field.name}")
    )


def test_every_field_people_fill_in_is_sealed() -> None:
    unsealed, stale = [], set(READABLE_FIELDS) - {"*.visibility"}
    for model in apps.get_models():
        if not model.__module__.startswith("amends."):
            continue
        for field in model._meta.concrete_fields:
            label = f"{model._meta.label}.{field.name}"
            stale.discard(label)
            if field.primary_key or field.is_relation or is_encrypted(field):
                continue
            if isinstance(field, FILLED_IN) and _exception(model, field) is None:
                unsealed.append(label)
    assert not unsealed, f"seal these (amends.core.fields), or say here why not: {unsealed}"
    assert not stale, f"these exceptions name no field any more: {stale}"


def _raw_sealed_columns() -> dict[str, list[object]]:
    """Every stored value of every encrypted column, read raw with SQL."""
    found: dict[str, list[object]] = {}
    with connection.cursor() as cursor:
        for model in apps.get_models():
            for field in model._meta.concrete_fields:
                if is_encrypted(field):
                    table, column = model._meta.db_table, field.column
                    cursor.execute(f"SELECT {column} FROM {table}")  # noqa: S608
                    found[f"{model._meta.label}.{field.name}"] = [r[0] for r in cursor.fetchall()]
    return found


def assert_everything_sealed() -> None:
    for label, values in _raw_sealed_columns().items():
        for value in values:
            assert value in (None, "") or (isinstance(value, str) and crypto.is_sealed(value)), (
                f"{label} holds {value!r}"
            )
            assert PLANTED not in str(value)


@pytest.mark.django_db
def test_a_journey_leaves_every_column_sealed_and_reads_back() -> None:
    from amends.checkins.models import CheckIn
    from amends.repair.models import PromiseMark

    j = journey.make_people()
    journey.write_everything(j)
    journey.assert_every_text_field_planted()
    assert_everything_sealed()
    for checkin in CheckIn.objects.all():
        assert checkin.scores() == SCORES
    assert sorted(m.kept for m in PromiseMark.objects.all()) == [False, True]


def _development_key() -> str:
    """The key tests run with (derived from SECRET_KEY), as AMENDS_ENCRYPTION_KEYS spells it:
    the migrations sealed the catalogue with it."""
    raw = hashlib.sha256(b"amends-dev-encryption:" + settings.SECRET_KEY.encode()).digest()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.django_db
def test_reencrypt_moves_every_encrypted_field_to_the_new_key() -> None:
    from amends.checkins.models import CheckIn

    journey.write_everything(journey.make_people())
    old_id, new = crypto.keys()[0].id, crypto.new_key()
    try:
        with override_settings(AMENDS_ENCRYPTION_KEYS=[new, _development_key()]):
            crypto.keys.cache_clear()
            new_id = crypto.keys()[0].id
            assert crypto.keys()[1].id == old_id
            out, err = io.StringIO(), io.StringIO()
            call_command("reencrypt", stdout=out, stderr=err)
            assert not err.getvalue()
        with override_settings(AMENDS_ENCRYPTION_KEYS=[new]):
            crypto.keys.cache_clear()
            for label, values in _raw_sealed_columns().items():
                for value in values:
                    if value:
                        assert crypto.key_id_of(str(value)) == new_id != old_id, label
            journey.assert_every_text_field_planted()
            assert {c.get_even_urge for c in CheckIn.objects.all()} == {SCORES["get_even_urge"]}
    finally:
        crypto.keys.cache_clear()


# ---------------------------------------------------------------- dumps


def _copy_blocks(dump: str) -> dict[str, list[dict[str, str]]]:
    """pg_dump's plain format: each table's rows as {column: text}."""
    tables: dict[str, list[dict[str, str]]] = {}
    pattern = re.compile(r"^COPY public\.(\w+) \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", re.M | re.S)
    for table, columns, body in pattern.findall(dump):
        names = [c.strip().strip('"') for c in columns.split(",")]
        tables[table] = [
            dict(zip(names, line.split("\t"), strict=True)) for line in body.splitlines()
        ]
    return tables


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pg_dump_holds_no_planted_word_and_no_score() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump needs PostgreSQL (the SQLite file is checked on SQLite)")
    journey.write_everything(journey.make_people())
    settings_dict = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": settings_dict.get("PASSWORD") or ""}
    command = ["pg_dump", "--no-owner", "-h", settings_dict.get("HOST") or "127.0.0.1"]
    command += ["-p", str(settings_dict.get("PORT") or 5432), "-U", settings_dict["USER"]]
    dump = subprocess.run(
        [*command, settings_dict["NAME"]], env=env, capture_output=True, check=True, text=True
    ).stdout
    assert "COPY public.checkins_checkin" in dump
    assert PLANTED not in dump
    tables = _copy_blocks(dump)
    for model in apps.get_models():
        sealed = [f.column for f in model._meta.concrete_fields if is_encrypted(f)]
        for row in tables.get(model._meta.db_table, []):
            for column in sealed:
                assert row[column] in ("", "\\N") or crypto.is_sealed(row[column]), (
                    f"{model._meta.db_table}.{column} holds {row[column]!r} in the dump"
                )
    checkins = tables["checkins_checkin"]
    assert len(checkins) == 2 and all(row["trust_partner"].startswith("enc1:") for row in checkins)


def test_the_sqlite_file_and_its_wal_hold_no_planted_word_and_no_score(tmp_path: Path) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite file is checked on SQLite (pg_dump on PostgreSQL)")
    import sqlite3

    result = subprocess.run(
        [sys.executable, "-m", "tests.journey", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    snapshot = tmp_path / "snapshot.sqlite3"
    files = [snapshot, tmp_path / "snapshot.sqlite3-wal"]
    assert files[1].exists() and files[1].stat().st_size > 0, "the journey is in the WAL"
    contents = {path.name: path.read_bytes() for path in files}
    for name, data in contents.items():
        assert PLANTED.encode() not in data, f"a planted word is readable in {name}"
    # The files do hold the journey: the addresses, which stay readable, are there.
    assert any(b"alex.zq@example.com" in data for data in contents.values())
    # Replaying the log: every encrypted column, every row, is sealed, scores included.
    database = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        for model in apps.get_models():
            for field in model._meta.concrete_fields:
                if not is_encrypted(field):
                    continue
                rows = database.execute(
                    f"SELECT {field.column} FROM {model._meta.db_table}"  # noqa: S608
                ).fetchall()
                for (value,) in rows:
                    assert value in (None, "") or str(value).startswith("enc1:"), (
                        f"{model._meta.label}.{field.name} holds {value!r} in the file"
                    )
        scores = database.execute("SELECT trust_partner, safe FROM checkins_checkin").fetchall()
        assert len(scores) == 2 and all(str(v).startswith("enc1:") for row in scores for v in row)
    finally:
        database.close()


# ---------------------------------------------------------------- the migration


BEFORE = [
    ("accounts", "0004_user_uid"),
    ("spaces", "0005_kept_as_it_was"),
    ("agreement", "0002_catalogue"),
    ("api", "0001_initial"),
    ("checkins", "0002_shared_at"),
    ("repair", "0003_shared_at"),
    ("talk", "0003_shared_at"),
]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_seals_rows_written_before_it() -> None:
    """Back to before sealing, write plain rows as the old code did, then migrate: every
    value is sealed, bound to its row, and reads back; the version triggers are in place."""
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE)
    old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    User = old.get_model("accounts", "User")
    Space = old.get_model("spaces", "Space")
    alex = User.objects.create(email="old.zq@example.com", password="!")
    jordan = User.objects.create(email="old2.zq@example.com", password="!")
    space = Space.objects.create(name=journey.marker("old.space"), created_by=alex)
    behaviour = old.get_model("agreement", "Behaviour").objects.create(
        space=space, group="physical", wording=journey.marker("old.wording")
    )
    round_ = old.get_model("agreement", "Round").objects.create(space=space, number=1)
    old.get_model("agreement", "Rating").objects.create(
        round=round_, behaviour=behaviour, partner=alex, stance="cheating"
    )
    old.get_model("checkins", "CheckIn").objects.create(
        space=space,
        author=alex,
        week="2026-01-05",
        note="",
        **{key: value for key, value in SCORES.items()},
    )
    breach = old.get_model("repair", "Breach").objects.create(
        space=space,
        author=alex,
        recorded_by=alex,
        hurt_partner=alex,
        injuring_partner=jordan,
        visibility="partner",
        category="infidelity_sexual",
        description="",
    )
    promise = old.get_model("repair", "Promise").objects.create(
        space=space, author=jordan, breach=breach, text="", rhythm="daily"
    )
    old.get_model("repair", "PromiseMark").objects.create(
        promise=promise, by=alex, occurrence="2026-01-05", kept=False
    )
    old.get_model("talk", "Message").objects.create(
        space=space, author=jordan, visibility="partner", text="", carries_threat=True
    )
    old.get_model("api", "ApiToken").objects.create(
        user=alex,
        key_id="k1",
        token_hash="h1",
        name=journey.marker("old.token"),
        expires_at="2030-01-01T00:00:00Z",
    )

    MigrationExecutor(connection).migrate(latest)

    from amends.agreement.models import Behaviour, Rating
    from amends.api.models import ApiToken
    from amends.checkins.models import CheckIn
    from amends.repair.models import Breach, PromiseMark
    from amends.spaces.models import Space as NewSpace
    from amends.talk.models import Message

    assert_everything_sealed()
    assert NewSpace.objects.get(pk=space.pk).name == journey.marker("old.space")
    assert Behaviour.objects.get(pk=behaviour.pk).wording == journey.marker("old.wording")
    assert Behaviour.objects.filter(space=None).exists()  # the catalogue, sealed too
    assert all(b.wording and "(This text" not in b.wording for b in Behaviour.objects.all())
    assert Rating.objects.get().stance == "cheating"
    assert CheckIn.objects.get().scores() == SCORES
    assert Breach.objects.get().category == "infidelity_sexual"
    assert PromiseMark.objects.get().kept is False
    assert Message.objects.get().carries_threat is True
    assert ApiToken.objects.get().name == journey.marker("old.token")
    assert len({r.uid for r in Behaviour.objects.all()}) == Behaviour.objects.count()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'amends_%%'")
        else:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        from amends.core.versioning import TRACKED

        assert cursor.fetchone()[0] == 3 * len(TRACKED) + 1

"""Encryption at rest: nothing readable in the database, rotation, and binding to the row."""

import io

from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from amends.core import crypto
from amends.core.fields import UNREADABLE
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.repair import services as repair
from amends.repair.models import Decision, SafetyCheck
from amends.talk.models import Message
from amends.talk.services import message_send
from tests.conftest import Couple

MARKER = "zebra-umbrella-1847 my most private words"
OLD_KEY, NEW_KEY = crypto.new_key(), crypto.new_key()


def raw_column(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_private_text_is_sealed_in_the_database(couple: Couple) -> None:
    entry = journal_entry_create(space=couple.space, by=couple.alex, text=MARKER)
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="other",
        category_other="my own words for it",
        description=MARKER,
    )
    decision = repair.decision_set(breach=breach, by=couple.alex, choice="no", note=MARKER)
    check = repair.safety_check_record(
        space=couple.space,
        by=couple.alex,
        feels_afraid=True,
        hurt_or_threatened=False,
        controlled=False,
        forced_sexual_contact=False,
    )
    assert raw_column("journal_journalentry", "text", entry.pk).startswith("enc1:")
    assert raw_column("repair_breach", "description", breach.pk).startswith("enc1:")
    assert raw_column("repair_breach", "category_other", breach.pk).startswith("enc1:")
    assert raw_column("repair_decision", "choice", decision.pk).startswith("enc1:")
    assert "afraid" not in raw_column("repair_safetycheck", "answers", check.pk)
    assert JournalEntry.objects.get(pk=entry.pk).text == MARKER
    assert Decision.objects.get(pk=decision.pk).choice == "no"
    assert SafetyCheck.objects.get(pk=check.pk).signals_danger


def test_a_dump_holds_no_private_text(couple: Couple) -> None:
    journal_entry_create(space=couple.space, by=couple.alex, text=MARKER)
    message_send(space=couple.space, by=couple.alex, text=MARKER)
    out = io.StringIO()
    call_command("dumpdata", "journal", "talk", "repair", stdout=out)
    assert "zebra-umbrella" not in out.getvalue()
    assert "enc1:" in out.getvalue()


def test_a_ciphertext_copied_into_another_row_does_not_open(couple: Couple) -> None:
    private = journal_entry_create(space=couple.space, by=couple.alex, text=MARKER)
    shared = message_send(space=couple.space, by=couple.alex, text="hello")
    other_entry = journal_entry_create(
        space=couple.space, by=couple.alex, text="x", visibility="partner"
    )
    stolen = raw_column("journal_journalentry", "text", private.pk)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE talk_message SET text = %s WHERE id = %s", [stolen, shared.pk])
        cursor.execute(
            "UPDATE journal_journalentry SET text = %s WHERE id = %s", [stolen, other_entry.pk]
        )
    assert Message.objects.get(pk=shared.pk).text == UNREADABLE
    assert JournalEntry.objects.get(pk=other_entry.pk).text == UNREADABLE
    assert JournalEntry.objects.get(pk=private.pk).text == MARKER


def test_rotation_keeps_everything_readable(couple: Couple) -> None:
    with override_settings(AMENDS_ENCRYPTION_KEYS=[OLD_KEY]):
        crypto.keys.cache_clear()
        entry = journal_entry_create(space=couple.space, by=couple.alex, text=MARKER)
        old_id = crypto.keys()[0].id
    try:
        with override_settings(AMENDS_ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
            crypto.keys.cache_clear()
            assert JournalEntry.objects.get(pk=entry.pk).text == MARKER
            out = io.StringIO()
            call_command("reencrypt", stdout=out)
            assert "Re-encrypted" in out.getvalue()
            raw = raw_column("journal_journalentry", "text", entry.pk)
            assert crypto.key_id_of(raw) != old_id
        with override_settings(AMENDS_ENCRYPTION_KEYS=[NEW_KEY]):
            crypto.keys.cache_clear()
            assert JournalEntry.objects.get(pk=entry.pk).text == MARKER
    finally:
        crypto.keys.cache_clear()


def test_new_key_is_printed() -> None:
    out = io.StringIO()
    call_command("reencrypt", "--new-key", stdout=out)
    assert len(out.getvalue().strip()) == 43

"""Reminder e-mails: discreet, once a week at most, and never after opting out."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.checkins import services, weeks
from amends.checkins.models import ReminderSent
from amends.checkins.selectors import reminders_due
from amends.checkins.tasks import SUBJECT, send_checkin_reminder, send_promise_reminder
from amends.core.errors import ActionRefused
from amends.repair import services as repair
from tests.checkins.helpers import scores
from tests.conftest import Couple


@pytest.fixture
def weekday() -> int:
    """Today's weekday, read when the test runs: a module-level constant is read when the
    suite is collected, and a run that crosses midnight (UTC) would then ask for yesterday."""
    return timezone.localdate().weekday()


def test_a_checkin_reminder_is_sent_once_a_week(couple: Couple, weekday: int) -> None:
    services.reminder_preference_set(by=couple.alex, weekday=weekday, checkin=True)
    send_checkin_reminder.enqueue(couple.alex.pk)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.subject == SUBJECT == "Amends: a reminder"
    assert sent.to == ["alex@example.com"]
    assert "check-in" in sent.body
    for private in ("Jordan", "Us", "breach", "cheat", "affair"):
        assert private not in sent.body and private not in sent.subject
    send_checkin_reminder.enqueue(couple.alex.pk)
    call_command("send_reminders", stdout=StringIO())
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.filter(user=couple.alex, week=weeks.this_monday()).count() == 1


def test_no_reminder_after_opting_out(couple: Couple, weekday: int) -> None:
    services.reminder_preference_set(by=couple.alex, weekday=weekday, checkin=True)
    services.reminder_preference_set(by=couple.alex, weekday=None)
    send_checkin_reminder.enqueue(couple.alex.pk)
    call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []
    # Nobody who never chose reminders gets one.
    send_checkin_reminder.enqueue(couple.jordan.pk)
    assert mail.outbox == []


def test_opting_out_through_the_page(couple: Couple, as_alex: Client, weekday: int) -> None:
    url = reverse("checkin_reminders", args=[couple.space.uid])
    assert "Amends: a reminder" in as_alex.get(url).content.decode()
    as_alex.post(url, {"weekday": str(weekday), "checkin": "on"})
    as_alex.post(url, {"weekday": ""})
    send_checkin_reminder.enqueue(couple.alex.pk)
    assert mail.outbox == []
    response = as_alex.post(url, {"weekday": "9", "checkin": "on"})
    assert "Please choose a day, or no reminders." in response.content.decode()


def test_no_checkin_reminder_once_checked_in(couple: Couple, weekday: int) -> None:
    services.reminder_preference_set(by=couple.alex, weekday=weekday, checkin=True)
    services.checkin_record(
        space=couple.space, by=couple.alex, week=weeks.this_monday(), scores=scores()
    )
    send_checkin_reminder.enqueue(couple.alex.pk)
    assert mail.outbox == []


def test_the_daily_command_enqueues_what_is_due(couple: Couple, weekday: int) -> None:
    day = weekday
    services.reminder_preference_set(by=couple.alex, weekday=day, checkin=True)
    services.reminder_preference_set(by=couple.jordan, weekday=day, checkin=False, promises=True)
    services.reminder_preference_set(by=couple.sam, weekday=day, checkin=True, promises=True)
    assert reminders_due() == [(couple.alex.pk, "checkin")]  # Jordan has no promise yet
    breach = repair.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=True,
        category="broken_promises",
        description="x",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will.")
    repair.promise_make(breach=breach, by=couple.alex, text="Call at six", rhythm="daily")
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert "Enqueued 2 reminder(s)." in out.getvalue()
    assert sorted(m.to[0] for m in mail.outbox) == ["alex@example.com", "jordan@example.com"]
    assert all(m.subject == "Amends: a reminder" for m in mail.outbox)
    assert all("promise" not in m.body.lower() for m in mail.outbox)
    call_command("send_reminders", stdout=StringIO())
    send_promise_reminder.enqueue(couple.jordan.pk)
    assert len(mail.outbox) == 2


def test_a_later_weekday_is_not_due_yet(couple: Couple, weekday: int) -> None:
    if weekday == 6:
        pytest.skip("Sunday: every weekday has come this week")
    services.reminder_preference_set(by=couple.alex, weekday=weekday + 1, checkin=True)
    assert reminders_due() == []


def test_bad_preferences_are_refused(couple: Couple) -> None:
    with pytest.raises(ActionRefused):
        services.reminder_preference_set(by=couple.alex, weekday=7)
    with pytest.raises(ActionRefused):
        services.reminder_preference_set(by=couple.alex, weekday=1, checkin=False)


def test_worker_alias_exists() -> None:
    from amends.checkins.management.commands.worker import Command

    parser = Command().create_parser("amends", "worker")
    assert "--queue-name" in parser.format_help() or "queue" in parser.format_help()

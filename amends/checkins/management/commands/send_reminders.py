"""`amends send_reminders`: enqueue the reminder e-mails due today. Run it daily (cron or a
systemd timer); the worker (`amends db_worker`, or `amends worker`) sends them. Running it
more than once a day is harmless: each reminder goes at most once a week."""

from typing import Any

from django.core.management.base import BaseCommand

from amends.checkins.models import ReminderKind
from amends.checkins.selectors import reminders_due
from amends.checkins.tasks import send_checkin_reminder, send_promise_reminder


class Command(BaseCommand):
    help = "Enqueue the weekly reminder e-mails that are due today."

    def handle(self, *args: Any, **options: Any) -> None:
        due = reminders_due()
        for user_id, kind in due:
            task = send_checkin_reminder if kind == ReminderKind.CHECKIN else send_promise_reminder
            task.enqueue(user_id)
        self.stdout.write(f"Enqueued {len(due)} reminder(s).")

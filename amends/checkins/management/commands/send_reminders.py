"""`amends send_reminders`: enqueue the reminder e-mails due today. Run it daily (cron or a
systemd timer); the worker (`amends db_worker`, or `amends worker`) sends them. Running it
more than once a day is harmless: each weekly reminder goes at most once a week, each
review reminder (transparency offers) once per review, each hard day's once a year, each
slip's (not told within a day) once."""

from typing import Any

from django.core.management.base import BaseCommand

from amends.checkins.models import ReminderKind
from amends.checkins.selectors import reminders_due
from amends.checkins.tasks import send_checkin_reminder, send_promise_reminder
from amends.ownpart.selectors import slip_reminders_due
from amends.ownpart.tasks import send_slip_reminder
from amends.transparency.selectors import review_reminders_due
from amends.transparency.tasks import send_review_reminder
from amends.triggers.selectors import day_reminders_due
from amends.triggers.tasks import send_day_reminder


class Command(BaseCommand):
    help = "Enqueue the reminder e-mails that are due today."

    def handle(self, *args: Any, **options: Any) -> None:
        due = reminders_due()
        for user_id, kind in due:
            task = send_checkin_reminder if kind == ReminderKind.CHECKIN else send_promise_reminder
            task.enqueue(user_id)
        reviews = review_reminders_due()
        for user_id, offer_id in reviews:
            send_review_reminder.enqueue(user_id, offer_id)
        days = day_reminders_due()
        for user_id, day_id, year in days:
            send_day_reminder.enqueue(user_id, day_id, year)
        slips = slip_reminders_due()
        for user_id, slip_id in slips:
            send_slip_reminder.enqueue(user_id, slip_id)
        count = len(due) + len(reviews) + len(days) + len(slips)
        self.stdout.write(f"Enqueued {count} reminder(s).")

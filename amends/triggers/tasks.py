"""Hard-day reminders, sent by the task worker; `amends send_reminders`, run daily, enqueues
the ones due (docs/reminders.md). Discreet: the subject is "Amends: a reminder", and the body
names no day, no person and no plan. Only as the day's author chose: to them, or to both
partners when the day is shared and they chose "us both"."""

from datetime import timedelta

from django.tasks import task
from django.utils import timezone

from amends.accounts.models import User
from amends.core.mail import REMINDER_SUBJECT, reminder_body, send_claimed
from amends.spaces.selectors import space_roles

from . import services
from .models import HardDay
from .selectors import day_reminder_people, next_time

SUBJECT = REMINDER_SUBJECT
BODY = (
    "Hello,\n\n"
    "This is the gentle reminder you asked for: a day that may be hard is coming tomorrow. "
    "Be kind to yourselves. The plan, if there is one, is in Amends.\n"
)
FOOTER = "\nYou can change this reminder in Amends under More, then Hard moments.\n"


def day_reminder_body() -> str:
    return reminder_body(BODY, FOOTER)


@task
def send_day_reminder(user_id: int, hard_day_id: int, year: int) -> bool:
    """E-mail this person that a hard day comes tomorrow, if still wanted and not yet sent."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    day = HardDay.objects.filter(pk=hard_day_id).select_related("space").first()
    if user is None or day is None:
        return False
    tomorrow = timezone.localdate() + timedelta(days=1)
    if next_time(day, tomorrow) != tomorrow or tomorrow.year != year:
        return False
    if user.pk not in {p.pk for p in day_reminder_people(day=day, roles=space_roles(day.space))}:
        return False
    return send_claimed(
        claim=services.day_reminder_claim(recipient=user, hard_day=day, year=year),
        unclaim=lambda sent: services.day_reminder_unclaim(sent=sent),
        to=user.email,
        body=day_reminder_body(),
    )

"""Hard-day reminders, sent by the task worker; `amends send_reminders`, run daily, enqueues
the ones due (docs/reminders.md). Discreet: the subject is "Amends: a reminder", and the body
names no day, no person and no plan. Only as the day's author chose: to them, or to both
partners when the day is shared and they chose "us both"."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.spaces.selectors import space_roles

from . import services
from .models import HardDay
from .selectors import day_reminder_people, next_time

SUBJECT = "Amends: a reminder"
BODY = (
    "Hello,\n\n"
    "This is the gentle reminder you asked for: a day that may be hard is coming tomorrow. "
    "Be kind to yourselves. The plan, if there is one, is in Amends.\n"
)
FOOTER = "\nYou can change this reminder in Amends under More, then Hard moments.\n"


def day_reminder_body() -> str:
    base = getattr(settings, "AMENDS_BASE_URL", "").rstrip("/")
    link = f"\n{base}{reverse('home')}\n" if base else ""
    return BODY + link + FOOTER


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
    claim = services.day_reminder_claim(user=user, hard_day=day, year=year)
    if claim is None:
        return False
    try:
        send_mail(SUBJECT, day_reminder_body(), None, [user.email])
    except Exception:
        services.day_reminder_unclaim(sent=claim)
        raise
    return True

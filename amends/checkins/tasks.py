"""Reminder e-mails, sent by the task worker (`amends db_worker`, or its alias
`amends worker`); `amends send_reminders`, run daily from cron, enqueues the ones due.

The e-mails are discreet on purpose: the subject is "Amends: a reminder" and the body
says nothing about anyone's relationship, breach or words, because someone else may see
the person's inbox. Each kind is sent at most once per person per ISO week (ReminderSent).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse

from amends.accounts.models import User

from . import services
from . import weeks as w
from .models import ReminderKind
from .selectors import checkin_reminder_due, promise_reminder_due, something_waits

SUBJECT = "Amends: a reminder"

_BODIES = {
    ReminderKind.CHECKIN: (
        "Hello,\n\n"
        "This is the weekly reminder you asked for: a few minutes for your check-in, "
        "whenever suits you.\n"
    ),
    ReminderKind.PROMISES: (
        "Hello,\n\nThis is the weekly reminder you asked for: a moment to look back on the week.\n"
    ),
}

_FOOTER = (
    "\nYou can change the day, or stop these reminders, in Amends under More, then Reminders.\n"
)


# Said when something in Amends waits for the person (an account to read or sign, an ask
# for comfort to answer: `selectors.something_waits`), in words that name nothing.
WAITING_LINE = "Something in Amends is also waiting for you, whenever you are ready.\n"


def reminder_body(kind: str, *, waiting: bool = False) -> str:
    base = getattr(settings, "AMENDS_BASE_URL", "").rstrip("/")
    link = f"\n{base}{reverse('home')}\n" if base else ""
    also = f"\n{WAITING_LINE}" if waiting else ""
    return _BODIES[ReminderKind(kind)] + also + link + _FOOTER


def _send(user_id: int, kind: str) -> bool:
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    due = checkin_reminder_due if kind == ReminderKind.CHECKIN else promise_reminder_due
    if not due(user=user):
        return False
    claim = services.reminder_claim(recipient=user, kind=kind, week=w.this_monday())
    if claim is None:
        return False
    try:
        body = reminder_body(kind, waiting=something_waits(user=user))
        send_mail(SUBJECT, body, None, [user.email])
    except Exception:
        services.reminder_unclaim(sent=claim)
        raise
    return True


@task
def send_checkin_reminder(user_id: int) -> bool:
    """E-mail this person their weekly check-in reminder, if still wanted and not yet sent."""
    return _send(user_id, ReminderKind.CHECKIN)


@task
def send_promise_reminder(user_id: int) -> bool:
    """E-mail this person their weekly promises reminder, if still wanted and not yet sent."""
    return _send(user_id, ReminderKind.PROMISES)

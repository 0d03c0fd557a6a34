"""The gentle reminder about a slip not told within a day, sent by the task worker (`amends
worker`); `amends send_reminders`, run daily from cron, enqueues the ones due.

It goes to the partner who logged the slip, ONLY, and only where the couple agreed to the
24-hour rule. The app never tells the other partner by itself: that would decide for them,
and leak a private act. Discreet, as every reminder is: the subject is "Amends: a reminder"
and the body names no one and quotes nothing."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse

from amends.accounts.models import User

from . import services
from .models import Slip
from .selectors import slip_reminder_due

SUBJECT = "Amends: a reminder"
BODY = (
    "Hello,\n\n"
    "Something you and your partner agreed on is waiting for you: you said you would tell "
    "them within a day. It is not too late. When you are ready, you can do it in Amends.\n"
)
FOOTER = "\nYou find it in Amends under More, then My own part.\n"


def slip_reminder_body() -> str:
    base = getattr(settings, "AMENDS_BASE_URL", "").rstrip("/")
    link = f"\n{base}{reverse('home')}\n" if base else ""
    return BODY + link + FOOTER


@task
def send_slip_reminder(user_id: int, slip_id: int) -> bool:
    user = User.objects.filter(pk=user_id, is_active=True).first()
    slip = Slip.objects.filter(pk=slip_id).select_related("space").first()
    if user is None or slip is None or not slip_reminder_due(user=user, slip=slip):
        return False
    claim = services.slip_reminder_claim(user=user, slip=slip)
    if claim is None:
        return False
    try:
        send_mail(SUBJECT, slip_reminder_body(), None, [user.email])
    except Exception:
        services.slip_reminder_unclaim(sent=claim)
        raise
    return True

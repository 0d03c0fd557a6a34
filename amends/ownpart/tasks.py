"""The gentle reminder about a slip not told within a day, sent by the task worker (`amends
worker`); `amends send_reminders`, run daily from cron, enqueues the ones due.

It goes to the partner who logged the slip, ONLY, and only where the couple agreed to the
24-hour rule. The app never tells the other partner by itself: that would decide for them,
and leak a private act. Discreet, as every reminder is: the subject is "Amends: a reminder"
and the body names no one and quotes nothing."""

from django.tasks import task

from amends.accounts.models import User
from amends.core.mail import REMINDER_SUBJECT, reminder_body, send_claimed

from . import services
from .models import Slip
from .selectors import slip_reminder_due

SUBJECT = REMINDER_SUBJECT
BODY = (
    "Hello,\n\n"
    "Something you and your partner agreed on is waiting for you: you said you would tell "
    "them within a day. It is not too late. When you are ready, you can do it in Amends.\n"
)
FOOTER = "\nYou find it in Amends under More, then My own part.\n"


def slip_reminder_body() -> str:
    return reminder_body(BODY, FOOTER)


@task
def send_slip_reminder(user_id: int, slip_id: int) -> bool:
    user = User.objects.filter(pk=user_id, is_active=True).first()
    slip = Slip.objects.filter(pk=slip_id).select_related("space").first()
    if user is None or slip is None or not slip_reminder_due(user=user, slip=slip):
        return False
    return send_claimed(
        claim=services.slip_reminder_claim(recipient=user, slip=slip),
        unclaim=lambda sent: services.slip_reminder_unclaim(sent=sent),
        to=user.email,
        body=slip_reminder_body(),
    )

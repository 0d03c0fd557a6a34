"""Review reminders, sent by the task worker (`amends worker`); `amends send_reminders`, run
daily from cron, enqueues the ones due (docs/reminders.md).

Discreet, as every reminder is: the subject is "Amends: a reminder", and the body names no
one and quotes nothing, since someone else may see the person's inbox. Each partner who may
see the offer gets one e-mail per review (ReviewReminderSent)."""

from django.tasks import task

from amends.accounts.models import User
from amends.core.mail import REMINDER_SUBJECT, reminder_body, send_claimed

from . import services
from .models import Offer
from .selectors import review_reminder_due

SUBJECT = REMINDER_SUBJECT
BODY = (
    "Hello,\n\n"
    "Something the two of you agreed to look at again together has come to its day. "
    "There is no hurry: whenever you are both ready, you can keep it going or let it end.\n"
)
FOOTER = "\nYou find it in Amends under More, then Being open.\n"


def review_reminder_body() -> str:
    return reminder_body(BODY, FOOTER)


@task
def send_review_reminder(user_id: int, offer_id: int) -> bool:
    """E-mail this partner that a review day has come, if still due and not yet sent."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    offer = Offer.objects.filter(pk=offer_id).select_related("space").first()
    if user is None or offer is None or not review_reminder_due(user=user, offer=offer):
        return False
    return send_claimed(
        claim=services.review_reminder_claim(recipient=user, offer=offer),
        unclaim=lambda sent: services.review_reminder_unclaim(sent=sent),
        to=user.email,
        body=review_reminder_body(),
    )

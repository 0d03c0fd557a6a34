"""Development e-mail: printed where the server runs, readable.

Django's console backend prints the message as it would travel, so a long line (the
link in a sign-up confirmation) comes out quoted-printable, broken across two lines with
"=" and "=3D" in it: copied from the terminal, it is a dead link. This one prints the
headers a person needs and the plain-text body as written, links whole.
"""

from collections.abc import Callable

from django.core.mail import send_mail
from django.core.mail.backends.console import EmailBackend as ConsoleBackend
from django.core.mail.message import EmailMessage


class ReadableConsoleBackend(ConsoleBackend):
    def write_message(self, message: EmailMessage) -> None:
        lines = [
            f"From: {message.from_email}",
            f"To: {', '.join(str(a) for a in message.to)}",
            f"Subject: {message.subject}",
            "",
            str(message.body).rstrip(),
            "",
        ]
        self.stream.write("\n".join(lines) + "\n")
        self.stream.write("-" * 79 + "\n")


REMINDER_SUBJECT = "Amends: a reminder"


def reminder_body(body: str, footer: str) -> str:
    """A discreet reminder's text: what it is about in words that name nobody, the link to
    Amends when the installation has an address, and where to find it there."""
    from django.conf import settings
    from django.urls import reverse

    base = getattr(settings, "AMENDS_BASE_URL", "").rstrip("/")
    link = f"\n{base}{reverse('home')}\n" if base else ""
    return body + link + footer


def send_claimed[C](*, claim: C | None, unclaim: Callable[[C], object], to: str, body: str) -> bool:
    """Send one reminder whose sending was claimed (a row that stops a second send); if the
    mail cannot go, the claim is given back so that the next run tries again."""
    if claim is None:
        return False
    try:
        send_mail(REMINDER_SUBJECT, body, None, [to])
    except Exception:
        unclaim(claim)
        raise
    return True

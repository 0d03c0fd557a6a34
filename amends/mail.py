"""Development e-mail: printed where the server runs, readable.

Django's console backend prints the message as it would travel, so a long line (the
link in a sign-up confirmation) comes out quoted-printable, broken across two lines with
"=" and "=3D" in it: copied from the terminal, it is a dead link. This one prints the
headers a person needs and the plain-text body as written, links whole.
"""

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

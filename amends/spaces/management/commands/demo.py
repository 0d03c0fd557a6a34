"""Load a demo couple, Alex and Jordan, partway through a repair path, and Sam, their coach.

Idempotent: running it again changes nothing. Refuses to run in production.
"""

from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from amends.accounts.models import User
from amends.spaces.demo import DEMO_PASSWORD, DEMO_USERS, load_demo


class Command(BaseCommand):
    help = "Load a demo couple (alex@example.com, jordan@example.com) and their coach."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("The demo is for trying Amends out, not for a real instance.")
        with transaction.atomic():
            if User.objects.filter(email=DEMO_USERS[0][0]).exists():
                self.stdout.write("The demo couple is already loaded.")
            else:
                load_demo()
                for email, _name in DEMO_USERS:
                    user = User.objects.get(email=email)
                    EmailAddress.objects.get_or_create(
                        user=user, email=email, defaults={"verified": True, "primary": True}
                    )
                self.stdout.write("Loaded the demo couple.")
        self.stdout.write("")
        self.stdout.write("Log in at http://127.0.0.1:8000/accounts/login/ as")
        for email, name in DEMO_USERS:
            self.stdout.write(f"  {email:<22} ({name})")
        self.stdout.write(f"with the password: {DEMO_PASSWORD}")

"""Re-seal every encrypted value under the newest key in AMENDS_ENCRYPTION_KEYS.

Rotation: put a new key first in the list, keep the old ones after it, run this command,
then remove the old keys. `--new-key` prints a fresh key and changes nothing.
"""

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from amends.core import crypto
from amends.core.fields import Sealed, is_encrypted


class Command(BaseCommand):
    help = "Re-encrypt all written text under the newest key."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--new-key", action="store_true", help="Print a new key and stop.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["new_key"]:
            self.stdout.write(crypto.new_key())
            return
        newest = crypto.keys()[0].id
        resealed = unreadable = 0
        for model in apps.get_models():
            # Every encrypted field: text, choices, scores and yes/no answers alike.
            fields = [f for f in model._meta.concrete_fields if is_encrypted(f)]
            if not fields:
                continue
            for obj in model._default_manager.all().iterator(chunk_size=500):
                changed = []
                for field in fields:
                    raw = obj.__dict__.get(field.attname)
                    if not isinstance(raw, Sealed) or crypto.key_id_of(raw) == newest:
                        continue
                    try:
                        plain = field.open(obj, raw)  # type: ignore[attr-defined]
                    except crypto.CannotDecrypt:
                        unreadable += 1
                        continue
                    setattr(obj, field.attname, plain)
                    changed.append(field.attname)
                if changed:
                    with transaction.atomic():
                        obj.save(update_fields=changed)
                    resealed += len(changed)
        self.stdout.write(f"Re-encrypted {resealed} value(s) under key {newest}.")
        if unreadable:
            self.stderr.write(
                f"{unreadable} value(s) could not be read with the configured keys and were "
                "left as they are. Put the missing key back in AMENDS_ENCRYPTION_KEYS."
            )

"""`amends load_program [--file PATH] [--reset]`: load the 12-week program. Safe to run
again: it adds what is missing and keeps staff edits unless --reset is given."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amends.core.errors import ActionRefused
from amends.program.services import CURRICULUM, program_load_file


class Command(BaseCommand):
    help = "Load the 12-week program from its data file (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", type=Path, default=CURRICULUM)
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Also put the file's wording back on rows that were edited in the admin.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = program_load_file(path=options["file"], reset=options["reset"])
        except ActionRefused as refused:
            raise CommandError(refused.message) from None
        self.stdout.write(
            f"Program loaded: {result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged."
        )

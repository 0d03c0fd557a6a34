"""`amends worker`: the task worker, a thin alias for django-tasks-db's `amends db_worker`
(same options). It sends the reminder e-mails that `amends send_reminders` enqueues."""

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django_tasks_db.management.commands.db_worker import Command as DbWorker


class Command(BaseCommand):
    help = "Run the background task worker (the same as `amends db_worker`)."

    def add_arguments(self, parser: CommandParser) -> None:
        DbWorker().add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command(DbWorker(), *args, **options)

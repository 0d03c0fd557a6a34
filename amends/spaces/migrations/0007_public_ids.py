"""Invitations get random public ids for URLs and the API (spaces got theirs in 0006);
every existing row its own."""

import uuid

from django.db import migrations, models

from amends.core.publicid import fill_uids
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS
from amends.core.versioning import sqlite_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("spaces", "0006_sealed"),
    ]

    operations = [
        migrations.AddField(
            model_name="invite",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_uids("spaces", "invite"), migrations.RunPython.noop),
        migrations.RunPython(sqlite_triggers(on=False, layers=2, areas=AREAS), sqlite_triggers(on=True, layers=2, areas=AREAS)),
        migrations.AlterField(
            model_name="invite",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.RunPython(sqlite_triggers(on=True, layers=2, areas=AREAS), sqlite_triggers(on=False, layers=2, areas=AREAS)),
    ]

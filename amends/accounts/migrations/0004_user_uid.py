"""People get a random public id: the API names them by it, never by their primary key."""

import uuid

from django.db import migrations, models

from amends.core.publicid import fill_uids
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS
from amends.core.versioning import sqlite_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_user_journal_reauth"),
        ("spaces", "0005_kept_as_it_was"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_uids("accounts", "user"), migrations.RunPython.noop),
        migrations.RunPython(
            sqlite_triggers(on=False, layers=2, areas=AREAS), sqlite_triggers(on=True, layers=2, areas=AREAS)
        ),
        migrations.AlterField(
            model_name="user",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.RunPython(
            sqlite_triggers(on=True, layers=2, areas=AREAS), sqlite_triggers(on=False, layers=2, areas=AREAS)
        ),
    ]

"""People get a random public id: the API names them by it, never by their primary key."""

import uuid

from django.db import migrations, models

from amends.publicid import fill_uids, sqlite_space_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_user_journal_reauth"),
        ("spaces", "0003_space_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_uids("accounts", "user"), migrations.RunPython.noop),
        migrations.RunPython(
            sqlite_space_triggers(install=False), sqlite_space_triggers(install=True)
        ),
        migrations.AlterField(
            model_name="user",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.RunPython(
            sqlite_space_triggers(install=True), sqlite_space_triggers(install=False)
        ),
    ]

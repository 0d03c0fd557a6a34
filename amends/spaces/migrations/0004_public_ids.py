"""Spaces and invitations get random public ids for URLs and the API; every existing row its own."""

import uuid

from django.db import migrations, models

from amends.publicid import fill_uids, sqlite_space_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("spaces", "0003_space_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="space",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="invite",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_uids("spaces", "space", "invite"), migrations.RunPython.noop),
        migrations.RunPython(
            sqlite_space_triggers(install=False), sqlite_space_triggers(install=True)
        ),
        migrations.AlterField(
            model_name="space",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="invite",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.RunPython(
            sqlite_space_triggers(install=True), sqlite_space_triggers(install=False)
        ),
    ]

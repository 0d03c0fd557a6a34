"""Behaviours, rounds, agreement versions and notes get random public ids; every existing row its own."""

import uuid

from django.db import migrations, models

from amends.publicid import fill_uids, sqlite_space_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("agreement", "0002_catalogue"),
        ("spaces", "0003_space_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="behaviour",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="round",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="agreementversion",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="agreementnote",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(
            fill_uids("agreement", "behaviour", "round", "agreementversion", "agreementnote"),
            migrations.RunPython.noop,
        ),
        migrations.RunPython(
            sqlite_space_triggers(install=False), sqlite_space_triggers(install=True)
        ),
        migrations.AlterField(
            model_name="behaviour",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="round",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="agreementversion",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="agreementnote",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.RunPython(
            sqlite_space_triggers(install=True), sqlite_space_triggers(install=False)
        ),
    ]

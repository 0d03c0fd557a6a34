"""A token's name is its owner's words: sealed, bound to the token's new random `uid`."""

import uuid

from django.db import migrations, models

import amends.core.fields
from amends.core import sealing


class Migration(migrations.Migration):
    dependencies = [("api", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="apitoken", name="uid", field=models.UUIDField(editable=False, null=True)
        ),
        migrations.AlterField(
            model_name="apitoken", name="name", field=amends.core.fields.EncryptedTextField(blank=True)
        ),
        migrations.RunPython(
            *sealing.fill_uids_and_seal("api", {"apitoken": ("name",)}, new_uids=("apitoken",))
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
    ]

"""A space's name is what its creator called it, and a name can say a lot: sealed at rest,
bound to the space's new random `uid`."""

import uuid

from django.db import migrations, models

import amends.core.fields
from amends.core import sealing
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS


class Migration(migrations.Migration):
    dependencies = [("spaces", "0005_kept_as_it_was")]

    operations = [
        migrations.RunPython(*sealing.sqlite_triggers_off_then_on(areas=AREAS)),
        migrations.AddField(
            model_name="space", name="uid", field=models.UUIDField(editable=False, null=True)
        ),
        migrations.AlterField(
            model_name="space", name="name", field=amends.core.fields.EncryptedTextField()
        ),
        migrations.RunPython(
            *sealing.fill_uids_and_seal("spaces", {"space": ("name",)}, new_uids=("space",))
        ),
        migrations.AlterField(
            model_name="space",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.RunPython(*sealing.sqlite_triggers_on_then_off(areas=AREAS)),
    ]

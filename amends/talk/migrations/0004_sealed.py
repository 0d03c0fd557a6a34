"""Whether the coach read a threat in a message says what its words are: sealed at rest,
like the words. Existing rows are sealed here."""

from django.db import migrations

import amends.core.fields
from amends.core import sealing
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS


class Migration(migrations.Migration):
    dependencies = [
        ("talk", "0003_shared_at"),
        ("spaces", "0005_kept_as_it_was"),
    ]

    operations = [
        migrations.RunPython(*sealing.sqlite_triggers_off_then_on(areas=AREAS)),
        migrations.AlterField(
            model_name="message",
            name="carries_threat",
            field=amends.core.fields.EncryptedBooleanField(default=False),
        ),
        migrations.RunPython(
            *sealing.fill_uids_and_seal("talk", {"message": ("carries_threat",)})
        ),
        migrations.RunPython(*sealing.sqlite_triggers_on_then_off(areas=AREAS)),
    ]

"""Every word of the agreement sealed at rest: custom (and catalogue) wording, the blind
answers, a version's summary, its terms and notes. Rows get the random `uid` their sealed
values are bound to. Existing rows are sealed here (see amends.core.sealing)."""

import uuid

from django.db import migrations, models

import amends.core.fields
from amends.core import sealing
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS

STANCES = [
    ("cheating", "Cheating"),
    ("not_okay", "Not okay, but not cheating"),
    ("fine", "Fine"),
    ("talk", "I need to talk about this"),
]
NEW_UIDS = ("behaviour", "rating", "agreementversion", "agreementterm", "agreementnote")
SEALED = {
    "behaviour": ("wording",),
    "rating": ("stance",),
    "agreementversion": ("summary",),
    "agreementterm": ("stance", "note"),
    "agreementnote": ("text",),
}


class Migration(migrations.Migration):
    dependencies = [
        ("agreement", "0002_catalogue"),
        ("spaces", "0005_kept_as_it_was"),
    ]

    operations = [
        migrations.RunPython(*sealing.sqlite_triggers_off_then_on(areas=AREAS)),
        *[
            migrations.AddField(
                model_name=name, name="uid", field=models.UUIDField(editable=False, null=True)
            )
            for name in NEW_UIDS
        ],
        migrations.AlterField(
            model_name="behaviour", name="wording", field=amends.core.fields.EncryptedTextField()
        ),
        migrations.AlterField(
            model_name="rating",
            name="stance",
            field=amends.core.fields.EncryptedTextField(choices=STANCES),
        ),
        migrations.AlterField(
            model_name="agreementversion",
            name="summary",
            field=amends.core.fields.EncryptedTextField(blank=True),
        ),
        migrations.AlterField(
            model_name="agreementterm",
            name="stance",
            field=amends.core.fields.EncryptedTextField(blank=True, choices=STANCES),
        ),
        migrations.AlterField(
            model_name="agreementterm",
            name="note",
            field=amends.core.fields.EncryptedTextField(blank=True),
        ),
        migrations.AlterField(
            model_name="agreementnote", name="text", field=amends.core.fields.EncryptedTextField()
        ),
        migrations.RunPython(*sealing.fill_uids_and_seal("agreement", SEALED, new_uids=NEW_UIDS)),
        *[
            migrations.AlterField(
                model_name=name,
                name="uid",
                field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
            )
            for name in ("behaviour", "agreementversion", "agreementnote")
        ],
        *[
            migrations.AlterField(
                model_name=name,
                name="uid",
                field=models.UUIDField(default=uuid.uuid4, editable=False),
            )
            for name in ("rating", "agreementterm")
        ],
        migrations.RunPython(*sealing.sqlite_triggers_on_then_off(areas=AREAS)),
    ]

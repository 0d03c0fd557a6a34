"""Check-in scores sealed at rest, like the note: the range is checked by the service now,
since the database cannot see the numbers. Existing rows are sealed here."""

from django.db import migrations

import amends.core.fields
from amends.core import sealing
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS

MEASURES = (
    "trust_partner",
    "safe",
    "avoid_urge",
    "get_even_urge",
    "goodwill",
    "satisfaction",
    "self_trust",
)


class Migration(migrations.Migration):
    dependencies = [
        ("checkins", "0002_shared_at"),
        ("spaces", "0005_kept_as_it_was"),
    ]

    operations = [
        migrations.RunPython(*sealing.sqlite_triggers_off_then_on(areas=AREAS)),
        *[
            migrations.RemoveConstraint(model_name="checkin", name=f"checkin_{key}_in_scale")
            for key in MEASURES
        ],
        *[
            migrations.AlterField(
                model_name="checkin", name=key, field=amends.core.fields.EncryptedIntegerField()
            )
            for key in MEASURES
        ],
        migrations.RunPython(*sealing.fill_uids_and_seal("checkins", {"checkin": MEASURES})),
        migrations.RunPython(*sealing.sqlite_triggers_on_then_off(areas=AREAS)),
    ]

"""A number per area for each member (versioning.AREAS): a page that shows one area is kept
while another area changes. The version triggers are installed again to raise them."""

from django.db import migrations, models

from amends.core import versioning


def _triggers(areas: tuple[str, ...] | None):  # type: ignore[no-untyped-def]
    """Drop every version trigger, then (with `areas`) install them raising those areas."""

    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        # The tables tracked as of this migration (a later tuple's tables do not exist yet).
        tracked = versioning.FIRST + versioning.SECOND
        versioning.uninstall(schema_editor, tracked)
        if areas is not None:
            # As tracked at this point in history (agreement/0005 changes the agreement's).
            versioning.install(schema_editor, versioning.as_of(2), areas)

    return run


class Migration(migrations.Migration):
    # After every migration that installs version triggers as they were before this one.
    dependencies = [
        ("spaces", "0008_partner_left"),
        ("accounts", "0005_user_session_stamp"),
        ("agreement", "0004_public_ids"),
        ("checkins", "0003_sealed"),
        ("repair", "0004_sealed"),
        ("talk", "0005_coached_draft"),
        ("api", "0003_apitoken_reauthenticated_at"),
        ("journal", "0002_shared_at"),
        ("professional", "0002_shared_at"),
        ("program", "0001_initial"),
        ("safety", "0001_initial"),
    ]

    operations = [
        # SQLite rebuilds the table, which a trigger naming it would stop: none while it does.
        migrations.RunPython(
            _triggers(None), _triggers(versioning.AREAS_BEFORE_0009), elidable=False
        ),
        migrations.AddField(
            model_name="memberversion",
            name="checkin_version",
            field=models.BigIntegerField(db_default=0, editable=False),
        ),
        migrations.AddField(
            model_name="memberversion",
            name="journal_version",
            field=models.BigIntegerField(db_default=0, editable=False),
        ),
        migrations.AddField(
            model_name="memberversion",
            name="talk_version",
            field=models.BigIntegerField(db_default=0, editable=False),
        ),
        migrations.RunPython(_triggers(versioning.AREAS), _triggers(None), elidable=False),
    ]

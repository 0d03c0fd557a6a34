"""Versions per member instead of per space: a change raises only the numbers of the people
who may see it (see amends.core.versioning). Items already shared stay shared with the
people in their space today (`shared_at` set to now)."""

import django.db.models.deletion
from django.db import migrations, models
from django.utils import timezone

from amends.core import versioning

ITEMS = (
    ("journal", "JournalEntry"),
    ("repair", "Breach"),
    ("repair", "SafetyCheck"),
    ("repair", "Decision"),
    ("repair", "AttemptReflection"),
    ("repair", "Commitment"),
    ("repair", "Reflection"),
    ("repair", "AccountabilityStatement"),
    ("repair", "StatementResponse"),
    ("repair", "Question"),
    ("repair", "Disclosure"),
    ("repair", "ImpactStatement"),
    ("repair", "RepairAttempt"),
    ("repair", "Promise"),
    ("repair", "Forgiveness"),
    ("repair", "OutcomeStatement"),
    ("repair", "SelfTrustEntry"),
    ("talk", "Message"),
    ("talk", "Conversation"),
    ("talk", "Reply"),
    ("checkins", "CheckIn"),
    ("checkins", "CheckinSharing"),
    ("professional", "Note"),
)


def drop_space_versions(apps, schema_editor):  # type: ignore[no-untyped-def]
    versioning.uninstall(schema_editor, versioning.FIRST)


def forward(apps, schema_editor):  # type: ignore[no-untyped-def]
    now = timezone.now()
    for app, model in ITEMS:
        apps.get_model(app, model).objects.exclude(visibility="private").update(shared_at=now)
    Membership = apps.get_model("spaces", "Membership")
    MemberVersion = apps.get_model("spaces", "MemberVersion")
    MemberVersion.objects.bulk_create(
        [MemberVersion(membership_id=pk) for pk in Membership.objects.values_list("pk", flat=True)]
    )
    versioning.install(schema_editor, versioning.FIRST, versioning.AREAS_BEFORE_0009)


def backward(apps, schema_editor):  # type: ignore[no-untyped-def]
    versioning.uninstall(schema_editor, versioning.FIRST)


class Migration(migrations.Migration):
    dependencies = [
        ("spaces", "0003_space_version"),
        ("journal", "0002_shared_at"),
        ("repair", "0003_shared_at"),
        ("talk", "0003_shared_at"),
        ("checkins", "0002_shared_at"),
        ("professional", "0002_shared_at"),
    ]

    operations = [
        migrations.RunPython(drop_space_versions, migrations.RunPython.noop),
        migrations.RemoveField(model_name="space", name="version"),
        migrations.RemoveField(model_name="space", name="path_version"),
        migrations.CreateModel(
            name="MemberVersion",
            fields=[
                (
                    "membership",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="seen",
                        serialize=False,
                        to="spaces.membership",
                    ),
                ),
                ("version", models.BigIntegerField(default=0, editable=False)),
                ("path_version", models.BigIntegerField(default=0, editable=False)),
            ],
        ),
        migrations.RunPython(forward, backward),
    ]

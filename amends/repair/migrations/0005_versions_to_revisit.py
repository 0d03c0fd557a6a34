"""Forgiveness and where each partner stands can be revisited: dated versions, the earlier
ones kept. A forgiveness version may say it is taken back for now (sealed). The kind of
hurt said behind someone's back is named so it fits both partners' paths."""

import amends.core.fields
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from amends.core.versioning import sqlite_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("repair", "0004_sealed"),
        ("spaces", "0009_area_versions"),
        ("agreement", "0005_made_together"),
        ("triggers", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(
            sqlite_triggers(on=False, layers=4), sqlite_triggers(on=True, layers=4)
        ),
        migrations.RemoveConstraint(
            model_name="outcomestatement",
            name="one_outcome_each",
        ),
        migrations.AddField(
            model_name="forgiveness",
            name="taken_back",
            field=amends.core.fields.EncryptedBooleanField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="forgiveness",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.AddField(
            model_name="outcomestatement",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.AlterField(
            model_name="breach",
            name="category",
            field=amends.core.fields.EncryptedTextField(
                choices=[
                    ("infidelity_sexual", "Infidelity: sexual"),
                    ("infidelity_emotional", "Infidelity: emotional"),
                    ("broken_promises", "Broken promises"),
                    ("no_responsibility", "Not taking responsibility"),
                    ("harsh_words", "Criticism or harsh words behind a partner's back"),
                    ("addiction_alcohol", "Addictive behaviour: alcohol"),
                    ("addiction_drugs", "Addictive behaviour: drugs"),
                    ("addiction_porn", "Addictive behaviour: porn"),
                    ("addiction_gambling", "Addictive behaviour: gambling"),
                    ("addiction_other", "Addictive behaviour: something else"),
                    ("other", "Something else (in your own words)"),
                ]
            ),
        ),
        migrations.AlterField(
            model_name="forgiveness",
            name="breach",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="forgivenesses",
                to="repair.breach",
            ),
        ),
        migrations.AddConstraint(
            model_name="forgiveness",
            constraint=models.UniqueConstraint(
                fields=("breach", "version"), name="one_forgiveness_version"
            ),
        ),
        migrations.AddConstraint(
            model_name="outcomestatement",
            constraint=models.UniqueConstraint(
                fields=("breach", "author", "version"), name="one_outcome_version_each"
            ),
        ),
        migrations.RunPython(
            sqlite_triggers(on=True, layers=4), sqlite_triggers(on=False, layers=4)
        ),
    ]

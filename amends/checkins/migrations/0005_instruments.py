# The optional questionnaire in the check-in (amends/checkins/instrument.py) and the choice
# to share its scores with a professional, with their version triggers (versioning.SEVENTH).

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import amends.core.fields
from amends.core import versioning

class Migration(migrations.Migration):
    dependencies = [
        ("checkins", "0004_trump_tally"),
        ("spaces", "0009_area_versions"),
        # After every migration that installs or reinstalls version triggers.
        ("professional", "0003_homework"),
        ("agreement", "0005_made_together"),
        ("triggers", "0001_initial"),
        ("repair", "0005_versions_to_revisit"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="InstrumentAnswer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("uid", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ("week", models.DateField(help_text="The Monday of the ISO week these answers are about.")),
                ("instrument", models.CharField(max_length=40)),
                ("answers", amends.core.fields.EncryptedTextField()),
                ("total", amends.core.fields.EncryptedIntegerField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("author", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL)),
                ("shared_with", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                ("space", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="spaces.space")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("space", "author", "week"), name="one_instrument_answer_per_week")],
            },
        ),
        migrations.CreateModel(
            name="InstrumentSharing",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("uid", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("author", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL)),
                ("shared_with", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                ("space", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="spaces.space")),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("space", "author"), name="one_instrument_sharing_each")],
            },
        ),
        migrations.RunPython(*versioning.layer_triggers(versioning.SEVENTH)),
    ]

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("spaces", "0002_usedformtoken"),
        ("accounts", "0003_user_journal_reauth"),
        ("journal", "0001_initial"),
        ("repair", "0002_selftrustentry"),
        ("agreement", "0002_catalogue"),
        ("talk", "0002_conversation_reply"),
        ("checkins", "0001_initial"),
        ("program", "0001_initial"),
        ("professional", "0001_initial"),
        ("safety", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="space",
            name="version",
            field=models.BigIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="space",
            name="path_version",
            field=models.BigIntegerField(default=0, editable=False),
        ),
        # Installed the space-wide version triggers; 0004 replaced them with per-member ones
        # (and drops these from databases that had them), so a fresh database skips them.
    ]

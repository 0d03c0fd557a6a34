"""The one-time form tokens now belong to core (core/0001): the table stays; spaces only
forgets it owned the model."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("spaces", "0010_approval_access_given"),
        ("core", "0001_usedformtoken_from_spaces"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="UsedFormToken")],
            database_operations=[],
        ),
    ]

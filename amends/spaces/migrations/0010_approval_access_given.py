"""A partner's yes to a professional's access, apart from their yes to inviting them
(docs/practice.md, "When one partner tells them something alone"). A nullable column with
no default: SQLite adds it in place, without rebuilding the table (whose versioning
triggers would go with it).

Professionals already in a space keep the access they have: the approvals of an invitation
already used count as given after joining (docs/decisions.md)."""

from django.db import migrations, models
from django.db.models import F


def keep_access_already_given(apps, schema_editor):  # type: ignore[no-untyped-def]
    approval = apps.get_model("spaces", "ProfessionalApproval")
    approval.objects.filter(
        invite__accepted_at__isnull=False, access_given_at__isnull=True
    ).update(access_given_at=F("approved_at"))


class Migration(migrations.Migration):
    dependencies = [("spaces", "0009_area_versions")]

    operations = [
        migrations.AddField(
            model_name="professionalapproval",
            name="access_given_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(keep_access_already_given, migrations.RunPython.noop),
    ]

"""Load the catalogue of behaviours (amends/agreement/catalogue.py) as rows with no space.

Re-runnable: rows are matched on `key`, so a later migration can call `sync_catalogue`
again after the catalogue gains entries or better wording.
"""

from django.db import migrations


def sync_catalogue(apps, schema_editor):
    from amends.agreement.catalogue import CATALOGUE

    Behaviour = apps.get_model("agreement", "Behaviour")
    for position, (key, group, wording) in enumerate(CATALOGUE):
        Behaviour.objects.update_or_create(
            key=key,
            space=None,
            defaults={"group": group, "wording": wording, "position": position},
        )


def remove_catalogue(apps, schema_editor):
    apps.get_model("agreement", "Behaviour").objects.filter(space=None).delete()


class Migration(migrations.Migration):
    dependencies = [("agreement", "0001_initial")]

    operations = [migrations.RunPython(sync_catalogue, remove_catalogue)]

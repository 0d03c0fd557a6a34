"""Rounds and versions made before agreement/0005 kept the numbers they had when they were
counted for the whole space: a partner who joined after another left read their first round
as "Round 3", and so learned that two had been made before them. Each couple's rounds and
versions are numbered again from 1, in the order they were made (issue 14)."""

from typing import Any

from django.db import migrations


def _renumber(model: Any) -> None:
    groups: dict[tuple[int, object], int] = {}
    # In ascending order a row's new number is never above its old one, and every row not
    # yet renumbered in its group has a higher old number: no unique constraint is crossed.
    for row in model.objects.order_by("space_id", "together_since", "number", "pk"):
        key = (row.space_id, row.together_since)
        groups[key] = groups.get(key, 0) + 1
        if row.number != groups[key]:
            model.objects.filter(pk=row.pk).update(number=groups[key])


def renumber(apps: Any, schema_editor: Any) -> None:
    _renumber(apps.get_model("agreement", "Round"))
    _renumber(apps.get_model("agreement", "AgreementVersion"))


class Migration(migrations.Migration):
    dependencies = [("agreement", "0005_made_together")]

    operations = [migrations.RunPython(renumber, migrations.RunPython.noop, elidable=True)]

"""The agreement belongs to the partners who made it, not to the space (issue 14): custom
questions, rounds and versions get `together_since`, numbers and "one open, one signed" go
per couple, and their version triggers raise only the partners who may see them
(versioning.THIRD).

Existing rows go to the partners who were in the space when they were made: a revealed
round when it was revealed, a signed version when it was signed, anything else when it was
started; a round or question begun alone, before the next partner joined, goes to the two
of them, as `services.agreement_partner_joined` does from now on."""

from datetime import datetime
from typing import Any

from django.db import migrations, models

from amends.core import versioning

SHARED = ("amends_memberversion_new", "amends_space_version_grows")


def _own(statements: list[str]) -> list[str]:
    return [sql for sql in statements if not any(name in sql for name in SHARED)]


def _swap(schema_editor: Any, drop: tuple[Any, ...], make: tuple[Any, ...]) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in _own(versioning.postgresql_uninstall(drop)):
            schema_editor.execute(sql, params=None)
        for sql in _own(versioning.postgresql_install(make)):
            schema_editor.execute(sql, params=None)


def install_third(apps: Any, schema_editor: Any) -> None:
    versioning.sqlite_triggers(on=True, layers=3)(apps, schema_editor)
    _swap(schema_editor, versioning.THIRD, versioning.THIRD)


def back_to_first(apps: Any, schema_editor: Any) -> None:
    tables = {t.table for t in versioning.THIRD}
    first = tuple(t for t in versioning.FIRST if t.table in tables)
    # SQLite: down until the first operation, undone, installs them as they were.
    versioning.sqlite_triggers(on=False, layers=2)(apps, schema_editor)
    _swap(schema_editor, versioning.THIRD, first)


class _History:
    """Who was a partner in one space when: from the memberships (and the last leaving)."""

    def __init__(self, memberships: list[Any], partner_left_at: datetime | None) -> None:
        self.spans = [(m.joined_at, m.left_at) for m in memberships]
        self.left_at = partner_left_at

    def key_at(self, when: datetime) -> datetime:
        events = [j for j, left in self.spans if j <= when and (left is None or left > when)]
        events += [left for _, left in self.spans if left is not None and left <= when]
        if self.left_at is not None and self.left_at <= when:
            events.append(self.left_at)
        return max(events) if events else when

    def key_for_begun(self, when: datetime) -> datetime:
        """Begun alone: it goes to that person and the next partner to join."""
        here = [j for j, left in self.spans if j <= when and (left is None or left > when)]
        if len(here) == 1:
            later = sorted(j for j, _ in self.spans if j > when)
            if later:
                return self.key_at(later[0])
        return self.key_at(when)


def backfill(apps: Any, schema_editor: Any) -> None:
    membership = apps.get_model("spaces", "Membership")
    space = apps.get_model("spaces", "Space")
    behaviour = apps.get_model("agreement", "Behaviour")
    round_ = apps.get_model("agreement", "Round")
    version = apps.get_model("agreement", "AgreementVersion")
    histories: dict[int, _History] = {}

    def history(space_id: int) -> _History:
        if space_id not in histories:
            left = space.objects.filter(pk=space_id).values_list("partner_left_at", flat=True)
            partners = membership.objects.filter(space_id=space_id, role="partner")
            histories[space_id] = _History(list(partners), left.first())
        return histories[space_id]

    for b in behaviour.objects.filter(space__isnull=False).only("pk", "space_id", "created_at"):
        key = history(b.space_id).key_for_begun(b.created_at)
        behaviour.objects.filter(pk=b.pk).update(together_since=key)
    for r in round_.objects.all().only("pk", "space_id", "started_at", "revealed_at"):
        h = history(r.space_id)
        key = h.key_at(r.revealed_at) if r.revealed_at else h.key_for_begun(r.started_at)
        round_.objects.filter(pk=r.pk).update(together_since=key)
    for v in version.objects.all().only("pk", "space_id", "created_at", "signed_at"):
        key = history(v.space_id).key_at(v.signed_at or v.created_at)
        version.objects.filter(pk=v.pk).update(together_since=key)


class Migration(migrations.Migration):
    # After every migration that installs version triggers as they were before this one
    # (spaces/0009 comes after all the others).
    dependencies = [
        ("agreement", "0004_public_ids"),
        ("spaces", "0009_area_versions"),
    ]

    operations = [
        migrations.RunPython(
            versioning.sqlite_triggers(on=False, layers=2),
            versioning.sqlite_triggers(on=True, layers=2),
        ),
        migrations.AddField(
            model_name="behaviour",
            name="together_since",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="round",
            name="together_since",
            field=models.DateTimeField(null=True),
        ),
        migrations.AddField(
            model_name="agreementversion",
            name="together_since",
            field=models.DateTimeField(null=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="round",
            name="together_since",
            field=models.DateTimeField(),
        ),
        migrations.AlterField(
            model_name="agreementversion",
            name="together_since",
            field=models.DateTimeField(),
        ),
        migrations.RemoveConstraint(model_name="round", name="one_round_number_per_space"),
        migrations.RemoveConstraint(model_name="agreementversion", name="one_version_number"),
        migrations.RemoveConstraint(
            model_name="agreementversion", name="one_open_version_per_space"
        ),
        migrations.RemoveConstraint(
            model_name="agreementversion", name="one_signed_version_per_space"
        ),
        migrations.AddConstraint(
            model_name="round",
            constraint=models.UniqueConstraint(
                fields=("space", "together_since", "number"), name="one_round_number_per_couple"
            ),
        ),
        migrations.AddConstraint(
            model_name="agreementversion",
            constraint=models.UniqueConstraint(
                fields=("space", "together_since", "number"),
                name="one_version_number_per_couple",
            ),
        ),
        migrations.AddConstraint(
            model_name="agreementversion",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status__in", ["draft", "proposed"])),
                fields=("space", "together_since"),
                name="one_open_version_per_couple",
            ),
        ),
        migrations.AddConstraint(
            model_name="agreementversion",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "signed")),
                fields=("space", "together_since"),
                name="one_signed_version_per_couple",
            ),
        ),
        migrations.RunPython(install_third, back_to_first),
    ]

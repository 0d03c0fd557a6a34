"""For migrations that seal columns which used to hold plain values (see amends.core.fields).

A migration that seals a column, on SQLite and PostgreSQL alike:

    RunPython(*sqlite_triggers_off_then_on(areas=AREAS))  # SQLite: rebuilt tables lose triggers
    AddField(uid, null=True)                     # models without a random id yet
    AlterField(<column>, EncryptedTextField())   # the column becomes text, still plain
    RunPython(*fill_uids_and_seal(...))           # every row its own uid, every value sealed
    AlterField(uid, default=uuid4)               # no row without one from now on
    RunPython(*sqlite_triggers_on_then_off(areas=AREAS))  # the space-version triggers, back

Going back opens every sealed value again (with the keys configured), so the plain column
can be restored. Sealing existing rows rewrites them: the old plain values may linger in
the database files until VACUUM (docs/operations.md).
"""

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import models
from django.db.models import Value

from amends.core.fields import Sealed, bulk_update_sealed, is_encrypted

CHUNK = 500

RunPythonCode = Callable[[Any, Any], None]


def _chunks(queryset: Any) -> Iterable[list[Any]]:
    chunk: list[Any] = []
    for obj in queryset.order_by("pk").iterator(chunk_size=CHUNK):
        chunk.append(obj)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def fill_uids_and_seal(
    app_label: str, fields: dict[str, tuple[str, ...]], *, new_uids: tuple[str, ...] = ()
) -> tuple[RunPythonCode, RunPythonCode]:
    """RunPython code and its reverse. `fields` names, per model, the encrypted fields to
    seal; `new_uids` the models whose `uid` was just added (null on existing rows)."""

    def forward(apps: Any, schema_editor: Any) -> None:
        with _checked_at_once(schema_editor):
            _forward(apps, schema_editor)

    def backward(apps: Any, schema_editor: Any) -> None:
        with _checked_at_once(schema_editor):
            _backward(apps, schema_editor)

    def _forward(apps: Any, schema_editor: Any) -> None:
        alias = schema_editor.connection.alias
        for model_name in new_uids:
            model = apps.get_model(app_label, model_name)
            for chunk in _chunks(model._default_manager.using(alias).filter(uid__isnull=True)):
                for obj in chunk:
                    obj.uid = uuid.uuid4()
                model._default_manager.using(alias).bulk_update(chunk, ["uid"])
        for model_name, names in fields.items():
            model = apps.get_model(app_label, model_name)
            for chunk in _chunks(model._default_manager.using(alias).all()):
                bulk_update_sealed(chunk, names, using=alias)

    def _backward(apps: Any, schema_editor: Any) -> None:
        alias = schema_editor.connection.alias
        for model_name, names in fields.items():
            model = apps.get_model(app_label, model_name)
            manager = model._default_manager.using(alias)
            for chunk in _chunks(manager.all()):
                for obj in chunk:
                    plain: dict[str, Any] = {}
                    for name in names:
                        field = model._meta.get_field(name)
                        raw = obj.__dict__.get(field.attname)
                        if is_encrypted(field) and isinstance(raw, Sealed):
                            text = field.to_plain_text(field.open(obj, raw))
                            plain[field.attname] = Value(text, output_field=models.TextField())
                    if plain:
                        manager.filter(pk=obj.pk).update(**plain)

    return forward, backward


@contextmanager
def _checked_at_once(schema_editor: Any) -> Iterator[None]:
    """On PostgreSQL, foreign keys are checked at commit: rows written here would leave
    "pending trigger events" that forbid the ALTER TABLE after them in the same migration.
    Checked at once instead, for the duration of the rewrite."""
    postgresql = schema_editor.connection.vendor == "postgresql"
    if postgresql:
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    yield
    if postgresql:
        schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")


def sqlite_triggers_off_then_on(*, areas: tuple[str, ...]) -> tuple[RunPythonCode, RunPythonCode]:
    """First operation of a migration that rebuilds tables on SQLite. `areas`: those the
    member versions had at that migration (versioning.AREAS_BEFORE_0009 before spaces/0009,
    else versioning.AREAS)."""
    from amends.core.versioning import sqlite_triggers

    return sqlite_triggers(on=False, layers=2, areas=areas), sqlite_triggers(
        on=True, layers=2, areas=areas
    )


def sqlite_triggers_on_then_off(*, areas: tuple[str, ...]) -> tuple[RunPythonCode, RunPythonCode]:
    """Last operation of such a migration: the triggers, installed again."""
    from amends.core.versioning import sqlite_triggers

    return sqlite_triggers(on=True, layers=2, areas=areas), sqlite_triggers(
        on=False, layers=2, areas=areas
    )

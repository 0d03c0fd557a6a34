"""Public ids: what names a row outside the server.

Primary keys count rows, so a gap between two of them tells a partner how many private
items the other wrote in between. Every id in a URL, a page or the API is therefore a
random UUID4 (`uid`), and primary keys stay inside the server. A malformed public id is
treated exactly like an unknown one.
"""

import uuid
from typing import Any

from django.db import models


def new_uid() -> uuid.UUID:
    return uuid.uuid4()


def uid_field() -> models.UUIDField:
    """The `uid` column of a model named from outside: random, unique, never edited."""
    return models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


def parse_uid(value: object) -> uuid.UUID:
    """A public id from a URL, a form or a body; ValueError when it cannot be one."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str) or len(value) > 64:
        raise ValueError("Not a public id.")
    return uuid.UUID(value.strip())


def uid_or_none(value: object) -> uuid.UUID | None:
    try:
        return parse_uid(value)
    except ValueError:
        return None


# Migrations ----------------------------------------------------------------------------------
# Adding a `uid` to a table that has rows: add it nullable, give every row its own random
# value, then make it unique and required. On SQLite the last step rebuilds the table, which
# stops at (and drops) the space-version triggers (amends.core.versioning): they are
# taken down first and installed again after.


def fill_uids(app_label: str, *model_names: str) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        postgresql = schema_editor.connection.vendor == "postgresql"
        for name in model_names:
            model = apps.get_model(app_label, name)
            if postgresql:
                # One statement (statement triggers fire once); gen_random_uuid() is v4.
                table = schema_editor.quote_name(model._meta.db_table)
                schema_editor.execute(
                    f"UPDATE {table} SET uid = gen_random_uuid() WHERE uid IS NULL",  # noqa: S608
                    params=None,
                )
                continue
            pks = list(model.objects.filter(uid__isnull=True).values_list("pk", flat=True))
            for start in range(0, len(pks), 500):
                rows = [model(pk=pk, uid=uuid.uuid4()) for pk in pks[start : start + 500]]
                model.objects.bulk_update(rows, ["uid"])
        if postgresql:
            # Deferred foreign-key checks queued by these updates would stop the ALTER TABLE
            # that follows in the same transaction: run them now.
            schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE", params=None)

    return run

"""Every space carries a version number that the database itself raises whenever anything a
space page shows changes: a row written, changed or deleted in any table that belongs to the
space, to one of its members, or to everyone (the program, the safety resources).

Triggers do it, not Python, so no path can forget: services, the admin, bulk updates,
cascades, management commands and raw SQL all raise it. Caches of what one person sees in a
space (amends.spaces.pagecache) are keyed by this number, so a change is never served
stale, and a private item made shared (or shared made private) is seen at once.

A second number, `path_version`, grows only with what a repair path's overview shows (the
repair tables and who is in the space), so the overview can stay kept while someone writes
in their journal.

The version only ever grows: an update of the space row that would lower or keep it (a
Django `save()` of a stale instance, say) raises it instead.

`TRACKED` is the list the migrations install, and `tests/test_space_version.py` checks that
every table of the project is either in it or in `NOT_SHOWN` with its reason, and that a
write to each tracked table raises the version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["space", "space_or_everyone", "via", "user", "everyone"]


@dataclass(frozen=True)
class Tracked:
    table: str
    kind: Kind
    # "space": the row's space column ("space_or_everyone": empty means every space);
    # "via": the column pointing at `parent`, a table with a space_id; "user": the column
    # holding a user id (every space that user is in); "everyone": every space.
    column: str = "space_id"
    parent: str = ""

    @property
    def path(self) -> bool:
        """Whether a repair path's overview can show this table."""
        return self.table.startswith("repair_") or self.table in PATH_ALSO


# Besides the repair tables: who is in the space, and their names.
PATH_ALSO = frozenset(
    {"spaces_membership", "spaces_invite", "spaces_professionalapproval", "accounts_user"}
)


def _space(table: str) -> Tracked:
    return Tracked(table, "space")


# Installed by spaces/migrations/0003. A table added later goes in a new tuple with its own
# migration, so that replaying history never names a table before it exists; a migration that
# rebuilds a tracked table on SQLite (which drops its triggers) must install them again.
FIRST: tuple[Tracked, ...] = (
    _space("spaces_membership"),
    _space("spaces_invite"),
    Tracked("spaces_professionalapproval", "via", "invite_id", "spaces_invite"),
    _space("journal_journalentry"),
    _space("repair_breach"),
    _space("repair_safetycheck"),
    _space("repair_decision"),
    _space("repair_attemptreflection"),
    _space("repair_commitment"),
    _space("repair_reflection"),
    _space("repair_accountabilitystatement"),
    _space("repair_statementresponse"),
    _space("repair_question"),
    _space("repair_disclosure"),
    _space("repair_impactstatement"),
    _space("repair_repairattempt"),
    _space("repair_promise"),
    Tracked("repair_promisemark", "via", "promise_id", "repair_promise"),
    _space("repair_forgiveness"),
    _space("repair_outcomestatement"),
    _space("repair_selftrustentry"),
    Tracked("agreement_behaviour", "space_or_everyone"),  # no space: the catalogue's
    _space("agreement_round"),
    Tracked("agreement_rating", "via", "round_id", "agreement_round"),
    _space("agreement_agreementversion"),
    Tracked("agreement_agreementterm", "via", "version_id", "agreement_agreementversion"),
    Tracked("agreement_agreementsignature", "via", "version_id", "agreement_agreementversion"),
    Tracked("agreement_agreementnote", "via", "version_id", "agreement_agreementversion"),
    _space("talk_message"),
    _space("talk_conversation"),
    _space("talk_reply"),
    _space("checkins_checkin"),
    _space("checkins_checkinsharing"),
    _space("professional_note"),
    Tracked("accounts_user", "user", "id"),
    Tracked("checkins_reminderpreference", "user", "user_id"),
    Tracked("checkins_remindersent", "user", "user_id"),
    Tracked("program_programweek", "everyone"),
    Tracked("program_module", "everyone"),
    Tracked("program_exercise", "everyone"),
    Tracked("program_practice", "everyone"),
    Tracked("program_practicelink", "everyone"),
    Tracked("safety_resource", "everyone"),
)

TRACKED = FIRST

# Tables of the project that no cached space page reads, and why.
NOT_SHOWN: dict[str, str] = {
    "spaces_space": "the version's own table: a trigger of its own raises it on any update",
    "spaces_usedformtoken": "one-time form tokens: checked on a post, never shown",
    "accounts_auditevent": "the account's security history: shown on the account page only",
    "api_apitoken": "API tokens: shown on the account page only, touched as they are used",
}


# The SQL below is built from the constant table and column names above, never from input.
def _spaces_of(t: Tracked, rows: str) -> str:
    """SQL: the ids of the spaces that the rows in `rows` belong to."""
    if t.kind == "space":
        return f"SELECT {t.column} FROM {rows}"  # noqa: S608
    if t.kind == "space_or_everyone":
        return (
            f"SELECT {t.column} FROM {rows} WHERE {t.column} IS NOT NULL "  # noqa: S608
            f"UNION SELECT id FROM spaces_space "
            f"WHERE EXISTS (SELECT 1 FROM {rows} WHERE {t.column} IS NULL)"
        )
    if t.kind == "via":
        return f"SELECT space_id FROM {t.parent} WHERE id IN (SELECT {t.column} FROM {rows})"  # noqa: S608
    if t.kind == "user":
        return (
            "SELECT space_id FROM spaces_membership "  # noqa: S608
            f"WHERE user_id IN (SELECT {t.column} FROM {rows})"
        )
    return "SELECT id FROM spaces_space"


def _bump(t: Tracked, sources: tuple[str, ...], *, in_id_order: bool = False) -> str:
    """SQL: raise the versions of every space the rows in `sources` belong to, once each."""
    spaces = " UNION ".join(_spaces_of(t, rows) for rows in sources)
    if in_id_order:
        # Rows locked in one order, so two writes touching several spaces (a professional's
        # log-in, a program update) cannot deadlock; NO KEY so foreign-key checks of inserts
        # into the space's tables are not blocked.
        spaces = f"SELECT id FROM spaces_space WHERE id IN ({spaces}) ORDER BY id FOR NO KEY UPDATE"  # noqa: S608
    path = ", path_version = path_version + 1" if t.path else ""
    return f"UPDATE spaces_space SET version = version + 1{path} WHERE id IN ({spaces});"  # noqa: S608


def postgresql_install(tracked: tuple[Tracked, ...]) -> list[str]:
    statements = [
        """CREATE OR REPLACE FUNCTION amends_space_version_grows() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
            NEW.version := OLD.version + 1;
            NEW.path_version := GREATEST(NEW.path_version, OLD.path_version);
            RETURN NEW;
        END $$;""",
        """CREATE TRIGGER amends_space_version_grows BEFORE UPDATE ON spaces_space
        FOR EACH ROW EXECUTE FUNCTION amends_space_version_grows();""",
    ]
    for t in tracked:
        # One statement-level trigger per operation: a bulk write raises the version once.
        for op, refs, sources in (
            ("insert", "NEW TABLE AS new_rows", ("new_rows",)),
            ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows", ("old_rows", "new_rows")),
            ("delete", "OLD TABLE AS old_rows", ("old_rows",)),
        ):
            name = f"amends_v_{t.table}_{op}"
            body = _bump(t, sources, in_id_order=True)
            statements += [
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {body} RETURN NULL; END $$;",
                f"CREATE TRIGGER {name} AFTER {op.upper()} ON {t.table} "
                f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION {name}();",
            ]
    return statements


def postgresql_uninstall(tracked: tuple[Tracked, ...]) -> list[str]:
    statements = [
        "DROP TRIGGER IF EXISTS amends_space_version_grows ON spaces_space;",
        "DROP FUNCTION IF EXISTS amends_space_version_grows();",
    ]
    for t in tracked:
        for op in ("insert", "update", "delete"):
            name = f"amends_v_{t.table}_{op}"
            statements += [
                f"DROP TRIGGER IF EXISTS {name} ON {t.table};",
                f"DROP FUNCTION IF EXISTS {name}();",
            ]
    return statements


def sqlite_install(tracked: tuple[Tracked, ...]) -> list[str]:
    # SQLite has row triggers only, and a BEFORE trigger cannot change NEW.
    statements = [
        """CREATE TRIGGER amends_space_version_grows AFTER UPDATE ON spaces_space
        WHEN NEW.version <= OLD.version OR NEW.path_version < OLD.path_version
        BEGIN UPDATE spaces_space
            SET version = OLD.version + 1, path_version = max(NEW.path_version, OLD.path_version)
            WHERE id = NEW.id; END;"""
    ]
    for t in tracked:
        new = f"(SELECT NEW.{t.column} AS {t.column})"
        old = f"(SELECT OLD.{t.column} AS {t.column})"
        for op, sources in (("insert", (new,)), ("update", (old, new)), ("delete", (old,))):
            body = _bump(t, sources)
            statements.append(
                f"CREATE TRIGGER amends_v_{t.table}_{op} AFTER {op.upper()} ON {t.table} "
                f"BEGIN {body} END;"
            )
    return statements


def sqlite_uninstall(tracked: tuple[Tracked, ...]) -> list[str]:
    statements = ["DROP TRIGGER IF EXISTS amends_space_version_grows;"]
    for t in tracked:
        statements += [
            f"DROP TRIGGER IF EXISTS amends_v_{t.table}_{op};"
            for op in ("insert", "update", "delete")
        ]
    return statements


def install(schema_editor: object, tracked: tuple[Tracked, ...] = TRACKED) -> None:
    vendor = schema_editor.connection.vendor  # type: ignore[attr-defined]
    statements = postgresql_install(tracked) if vendor == "postgresql" else sqlite_install(tracked)
    for sql in statements:
        schema_editor.execute(sql, params=None)  # type: ignore[attr-defined]


def uninstall(schema_editor: object, tracked: tuple[Tracked, ...] = TRACKED) -> None:
    vendor = schema_editor.connection.vendor  # type: ignore[attr-defined]
    statements = (
        postgresql_uninstall(tracked) if vendor == "postgresql" else sqlite_uninstall(tracked)
    )
    for sql in statements:
        schema_editor.execute(sql, params=None)  # type: ignore[attr-defined]

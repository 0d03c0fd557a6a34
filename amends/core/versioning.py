"""Every member of a space carries two numbers (`MemberVersion`) that the database itself
raises whenever something *that member may see* changes: a row written, changed or deleted
that is theirs, shared with them, made together with them (the agreement), or shown to
everyone in the space (who is in it), or to everyone (the program, the safety resources).

A change nobody else may see raises nobody else's numbers. A private journal entry, a
safety screen, a private decision, a sign-in: each raises its author's own numbers only, so
what another person observes (their kept pages, whether a page is kept at all, and so how
fast it comes) cannot depend on it. An item is seen by its author, and by the members its
visibility reaches who were in the space when it was shared (amends.spaces.visibility); the
triggers apply exactly that rule, to the row before and after the change.

Triggers do it, not Python, so no path can forget: services, the admin, bulk updates,
cascades, management commands and raw SQL all raise them. Caches of what one person sees
(amends.core.pagecache) are keyed by these numbers and by the membership, so a change is
never served stale, and a private item made shared (or shared made private) is seen at once.

Besides `version` (anything), each member has a number per *area*: `path_version`,
`talk_version`, `checkin_version` and `journal_version` grow only with that area's tables and
with what every page shows (who is in the space, names, the program, the safety resources).
A page that shows one area only is kept under that area's number (`pagecache`,
`kept_for_viewer(areas=...)`), so a journal entry leaves the Talk and path pages kept.

`TRACKED` is the list the migrations install, and `tests/privacy/test_space_version.py` checks that
every table of the project is either in it or in `NOT_SHOWN` with its reason, and that a
write to each tracked table raises the right people's numbers and nobody else's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal[
    "item",
    "item_via",
    "checkin",
    "space",
    "space_or_everyone",
    "via",
    "person",
    "own",
    "everyone",
    "between",
    "together",
    "together_or_everyone",
    "together_via",
    "with_person",
    "owner_and_places",
]


@dataclass(frozen=True)
class Tracked:
    table: str
    kind: Kind
    # "item": a SpaceItem (space_id, author_id, visibility, shared_at, created_at): its
    # author and audience; "item_via": the audience of the item in `parent` that `column`
    # points at; "checkin": a check-in, read by its own audience and by that of its author's
    # sharing setting; "space": the row's space column, everyone in it ("space_or_everyone":
    # empty means every space); "via": everyone in the space of the `parent` row `column`
    # points at; "person": a person's own row (their name shows to everyone in their spaces;
    # anything else only to them); "own": the column holding a user id, that person only;
    # "everyone": every member of every space; "together": something the partners make
    # together (the agreement), seen by the partners who were in the space when those who
    # made it were (`together_since`, see visibility.can_see_made_together);
    # "together_or_everyone": the same, or everyone when it has no space (the catalogue);
    # "together_via": what the `parent` row `column` points at is made together.
    # "between": the people the row names in its `column`s (comma-separated user ids), in the
    # row's space only (a professional's homework for a partner, a note shared with one
    # person: amends.spaces.visibility.between_q).
    # "with_person": everyone in every space where the person in `column` is now (what a
    # professional says to every couple they work with: their secrets policy).
    # "owner_and_places": the person in `column`, and everyone in the spaces of the `parent`
    # rows pointing at the row by `cohort_id` (a professional's program cohort: its owner and
    # the couples placed in it, nobody else).
    column: str = "space_id"
    parent: str = ""

    def areas(self, among: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The areas (of `among`, default all) whose numbers a write to this table raises."""
        among = among or AREAS
        if self.table.startswith(EVERY_PAGE):
            return among
        return tuple(a for a in among if self.table.startswith(AREA_TABLES[a]))


# Each area's number (`<area>_version`) and the tables that are that area.
AREA_TABLES: dict[str, str] = {
    "path": "repair_",
    "talk": "talk_",
    "checkin": "checkins_",
    "journal": "journal_",
}
AREAS: tuple[str, ...] = tuple(AREA_TABLES)
# The areas migrations before spaces/0009 knew (they install triggers as of then).
AREAS_BEFORE_0009: tuple[str, ...] = ("path",)
# What every page can show: who is in the space and their names, the program, the safety
# resources. A write to these raises every area's number.
EVERY_PAGE = ("spaces_", "accounts_", "program_", "safety_")


def _item(table: str) -> Tracked:
    return Tracked(table, "item")


def _space(table: str) -> Tracked:
    return Tracked(table, "space")


# Installed by spaces/migrations/0004 (0003 installed the space-wide version it replaced).
# A table added later goes in a new tuple with its own migration, so that replaying history
# never names a table before it exists; a migration that rebuilds a tracked table on SQLite
# (which drops its triggers) must install them again.
FIRST: tuple[Tracked, ...] = (
    Tracked("spaces_space", "space", "id"),  # its name
    _space("spaces_membership"),
    _space("spaces_invite"),
    Tracked("spaces_professionalapproval", "via", "invite_id", "spaces_invite"),
    _item("journal_journalentry"),
    _item("repair_breach"),
    _item("repair_safetycheck"),
    _item("repair_decision"),
    _item("repair_attemptreflection"),
    _item("repair_commitment"),
    _item("repair_reflection"),
    _item("repair_accountabilitystatement"),
    _item("repair_statementresponse"),
    _item("repair_question"),
    _item("repair_disclosure"),
    _item("repair_impactstatement"),
    _item("repair_repairattempt"),
    _item("repair_promise"),
    Tracked("repair_promisemark", "item_via", "promise_id", "repair_promise"),
    _item("repair_forgiveness"),
    _item("repair_outcomestatement"),
    _item("repair_selftrustentry"),
    Tracked("agreement_behaviour", "space_or_everyone"),  # no space: the catalogue's
    _space("agreement_round"),
    # Blind answers: nothing the other partner can load depends on them until the round is
    # revealed (a write to the round, which everyone sees); after it they are fixed.
    Tracked("agreement_rating", "own", "partner_id"),
    _space("agreement_agreementversion"),
    Tracked("agreement_agreementterm", "via", "version_id", "agreement_agreementversion"),
    Tracked("agreement_agreementsignature", "via", "version_id", "agreement_agreementversion"),
    Tracked("agreement_agreementnote", "via", "version_id", "agreement_agreementversion"),
    _item("talk_message"),
    _item("talk_conversation"),
    _item("talk_reply"),
    Tracked("checkins_checkin", "checkin"),
    _item("checkins_checkinsharing"),
    _item("professional_note"),
    Tracked("accounts_user", "person", "id"),
    Tracked("checkins_reminderpreference", "own", "user_id"),
    Tracked("checkins_remindersent", "own", "user_id"),
    Tracked("program_programweek", "everyone"),
    Tracked("program_module", "everyone"),
    Tracked("program_exercise", "everyone"),
    Tracked("program_practice", "everyone"),
    Tracked("program_practicelink", "everyone"),
    Tracked("safety_resource", "everyone"),
)

# Installed by spaces/migrations/0005: what an author chose to keep from a newcomer, shown
# on their own pages only.
SECOND: tuple[Tracked, ...] = (Tracked("spaces_keptasitwas", "own", "author_id"),)

# Installed by agreement/migrations/0005: the agreement belongs to the partners who made it,
# not to the space (these replace FIRST's entries for the same tables).
THIRD: tuple[Tracked, ...] = (
    Tracked("agreement_behaviour", "together_or_everyone"),
    Tracked("agreement_round", "together"),
    Tracked("agreement_agreementversion", "together"),
    Tracked("agreement_agreementterm", "together_via", "version_id", "agreement_agreementversion"),
    Tracked(
        "agreement_agreementsignature", "together_via", "version_id", "agreement_agreementversion"
    ),
    Tracked("agreement_agreementnote", "together_via", "version_id", "agreement_agreementversion"),
)

# Installed by triggers/migrations/0001: hard moments. The log is always private (its
# author's numbers only); a shared hard day, the response both wrote, the signal's setting
# and each signal reach the partner by the same rule as any item.
FOURTH: tuple[Tracked, ...] = (
    _item("triggers_trigger"),
    _item("triggers_hardday"),
    _item("triggers_agreedresponse"),
    _item("triggers_signalsetting"),
    _item("triggers_signal"),
)

# Installed by professional/migrations/0003 (after every migration above): a professional's
# homework for a partner, the partner's note on it (kept, or shared with that professional),
# the professional's sessions. Each is seen by the people it names and nobody else.
FIFTH: tuple[Tracked, ...] = (
    Tracked("professional_homework", "between", "set_by_id,partner_id"),
    Tracked("professional_homeworknote", "between", "author_id,shared_with_id"),
    Tracked("professional_session", "between", "professional_id"),
)

# Installed by checkins/migrations/0004: which Talk messages bring a forgiven hurt back, as
# one partner reads them. Theirs alone: it changes when that partner's picture does.
SIXTH: tuple[Tracked, ...] = (Tracked("checkins_trumptally", "own", "viewer_id"),)

# Installed by checkins/migrations/0005 (after every migration above): a partner's answers
# to the optional questionnaire in the check-in, and their choice to share its scores with a
# professional. Each is seen by its author, and by the professional it names if shared.
SEVENTH: tuple[Tracked, ...] = (
    Tracked("checkins_instrumentanswer", "between", "author_id,shared_with_id"),
    Tracked("checkins_instrumentsharing", "between", "author_id,shared_with_id"),
)

# Installed by professional/migrations/0004 (after checkins/0005): a professional's secrets
# policy (shown to every couple they work with), their program cohorts (seen by them and the
# couples placed in one), each couple's place in a cohort and each partner's agreement to it.
EIGHTH: tuple[Tracked, ...] = (
    Tracked("professional_secretspolicy", "with_person", "professional_id"),
    Tracked(
        "professional_cohort", "owner_and_places", "professional_id", "professional_cohortplace"
    ),
    _space("professional_cohortplace"),
    _space("professional_cohortagreement"),
)

# Installed by afterwards/migrations/0001 (after professional/0004): the path's steps after
# atonement. Each part, bid and closeness answer reaches who may see it by the same rule as
# any item (a closeness answer is always private: its author's numbers only).
NINTH: tuple[Tracked, ...] = (
    _item("afterwards_part"),
    _item("afterwards_bid"),
    _item("afterwards_closeness"),
)

# Installed by transparency/migrations/0001 (after afterwards/0001): transparency
# offers (a draft is its author's; an offer reaches the partner by the same rule as any
# item), "I feel pressured" (private, always: its author's numbers only) and the review
# reminders sent (that person's own).
TENTH: tuple[Tracked, ...] = (
    _item("transparency_offer"),
    _item("transparency_pressure"),
    Tracked("transparency_reviewremindersent", "own", "user_id"),
)

# Installed by disclosure/migrations/0001 (after transparency/0001): the account of a breach
# and the no-contact message. A draft, and a hurt partner's choices kept to themselves, raise
# their author's numbers only; a part of an account reaches whoever may see its account.
ELEVENTH: tuple[Tracked, ...] = (
    _item("disclosure_detailchoice"),
    _item("disclosure_account"),
    Tracked("disclosure_accountpart", "item_via", "account_id", "disclosure_account"),
    _item("disclosure_nocontactmessage"),
)

# Installed by ownpart/migrations/0001 (after disclosure/0001): the injuring partner's own
# part. A reflection reaches the partner only once its author shares it; a day's check-in is
# always private; a slip reaches the partner once told; a yes to the 24-hour rule is shared
# from the first save; a slip's reminder sent is its author's own.
TWELFTH: tuple[Tracked, ...] = (
    _item("ownpart_reflection"),
    _item("ownpart_daycheck"),
    _item("ownpart_slip"),
    _item("ownpart_ruleyes"),
    Tracked("ownpart_slipremindersent", "own", "user_id"),
)

# Each migration that installs triggers adds a layer; a later layer's entry for a table
# replaces an earlier one.
LAYERS: tuple[tuple[Tracked, ...], ...] = (
    FIRST,
    SECOND,
    THIRD,
    FOURTH,
    FIFTH,
    SIXTH,
    SEVENTH,
    EIGHTH,
    NINTH,
    TENTH,
    ELEVENTH,
    TWELFTH,
)


def as_of(layers: int) -> tuple[Tracked, ...]:
    """What is tracked, and how, once the first `layers` layers are installed."""
    by_table: dict[str, Tracked] = {}
    for layer in LAYERS[:layers]:
        for t in layer:
            by_table[t.table] = t
    return tuple(by_table.values())


TRACKED = as_of(len(LAYERS))

# Tables of the project that no cached page reads, and why.
NOT_SHOWN: dict[str, str] = {
    "spaces_memberversion": "the numbers themselves",
    "spaces_usedformtoken": "one-time form tokens: checked on a post, never shown",
    "accounts_auditevent": "the account's security history: shown on the account page only",
    "api_apitoken": "API tokens: shown on the account page only, touched as they are used",
    "triggers_dayremindersent": "that a hard day's reminder was sent: read by the daily "
    "reminder run only, never shown on a page",
    "talk_coacheddraft": "words the coach spoke about, shown to their writer on a page that is "
    "never kept (talk/drafts.py)",
}

_ITEM_COLUMNS = ("space_id", "author_id", "visibility", "shared_at", "created_at")
_SHARED_WITH_PARTNER = "('partner', 'partner_and_professional')"
_SHARED_WITH_PROFESSIONAL = "('partner_and_professional')"


# The SQL below is built from the constant table and column names above, never from input.
_CURRENT = "SELECT id FROM spaces_membership WHERE left_at IS NULL"


def _readers(items: str) -> str:
    """SQL: the memberships that may see the items in `items` (see visibility.can_see)."""
    return (
        "SELECT m.id FROM spaces_membership m "  # noqa: S608
        f"JOIN {items} r ON m.space_id = r.space_id "
        "WHERE m.left_at IS NULL AND (m.user_id = r.author_id OR ("
        "COALESCE(r.shared_at, r.created_at) >= m.joined_at AND EXISTS ("
        "SELECT 1 FROM spaces_membership a WHERE a.space_id = r.space_id "
        "AND a.user_id = r.author_id AND a.role = 'partner' AND a.left_at IS NULL) AND ("
        f"(m.role = 'partner' AND r.visibility IN {_SHARED_WITH_PARTNER}) OR "
        f"(m.role = 'professional' AND r.visibility IN {_SHARED_WITH_PROFESSIONAL}))))"
    )


def _together(rows: str) -> str:
    """SQL: the memberships that may see things made together in `rows` (see
    visibility.can_see_made_together): partners here now, who were here when it was made."""
    return (
        "SELECT m.id FROM spaces_membership m "  # noqa: S608
        f"JOIN {rows} r ON m.space_id = r.space_id "
        "WHERE m.left_at IS NULL AND m.role = 'partner' AND m.joined_at <= r.together_since"
    )


def _in_spaces(spaces: str) -> str:
    return f"{_CURRENT} AND space_id IN ({spaces})"


def _members_of(t: Tracked, rows: str, old: str = "") -> str:
    """SQL: the memberships that may be shown the rows in `rows` (`old`: the same rows
    before an update, for a person's own row)."""
    cols = ", ".join(f"p.{c}" for c in _ITEM_COLUMNS)
    if t.kind == "item":
        return _readers(rows)
    if t.kind == "item_via":
        parents = f"(SELECT {cols} FROM {t.parent} p WHERE p.id IN (SELECT {t.column} FROM {rows}))"  # noqa: S608
        return _readers(parents)
    if t.kind == "checkin":
        sharing = (
            f"(SELECT {cols} FROM checkins_checkinsharing p "  # noqa: S608
            f"JOIN {rows} c ON p.space_id = c.space_id AND p.author_id = c.author_id)"
        )
        return f"{_readers(rows)} UNION {_readers(sharing)}"
    if t.kind == "together":
        return _together(rows)
    if t.kind == "together_or_everyone":
        return (
            f"{_together(rows)} UNION {_CURRENT} "  # noqa: S608
            f"AND EXISTS (SELECT 1 FROM {rows} WHERE space_id IS NULL)"
        )
    if t.kind == "together_via":
        parents = (
            f"(SELECT p.space_id, p.together_since FROM {t.parent} p "  # noqa: S608
            f"WHERE p.id IN (SELECT {t.column} FROM {rows}))"
        )
        return _together(parents)
    if t.kind == "space":
        return _in_spaces(f"SELECT {t.column} FROM {rows}")  # noqa: S608
    if t.kind == "space_or_everyone":
        return (
            f"{_in_spaces(f'SELECT {t.column} FROM {rows}')} "  # noqa: S608
            f"UNION {_CURRENT} AND EXISTS (SELECT 1 FROM {rows} WHERE {t.column} IS NULL)"
        )
    if t.kind == "via":
        return _in_spaces(
            f"SELECT space_id FROM {t.parent} WHERE id IN (SELECT {t.column} FROM {rows})"  # noqa: S608
        )
    if t.kind == "own":
        return f"{_CURRENT} AND user_id IN (SELECT {t.column} FROM {rows})"  # noqa: S608
    if t.kind == "between":
        named = " OR ".join(f"m.user_id = r.{c}" for c in t.column.split(","))
        return (
            f"SELECT m.id FROM spaces_membership m JOIN {rows} r ON m.space_id = r.space_id "  # noqa: S608
            f"WHERE m.left_at IS NULL AND ({named})"
        )
    if t.kind == "with_person":
        spaces_of = f"{_CURRENT.replace('id', 'space_id', 1)} AND user_id IN "
        return _in_spaces(f"{spaces_of}(SELECT {t.column} FROM {rows})")  # noqa: S608
    if t.kind == "owner_and_places":
        placed = f"SELECT space_id FROM {t.parent} WHERE cohort_id IN (SELECT id FROM {rows})"  # noqa: S608
        return (
            f"{_CURRENT} AND user_id IN (SELECT {t.column} FROM {rows}) "  # noqa: S608
            f"UNION {_in_spaces(placed)}"
        )
    if t.kind == "person":
        own = f"{_CURRENT} AND user_id IN (SELECT id FROM {rows})"  # noqa: S608
        if not old:
            return own
        # A new name (or, without one, a new e-mail its name is made of) shows to everyone
        # the person shares a space with; a sign-in or a setting, to nobody else.
        renamed = (
            f"SELECT n.id FROM {rows} n JOIN {old} o ON o.id = n.id "  # noqa: S608
            "WHERE NOT (n.display_name = o.display_name AND n.email = o.email)"
        )
        spaces_shared = f"{_CURRENT.replace('id', 'space_id', 1)} AND user_id IN ({renamed})"
        return f"{own} UNION {_in_spaces(spaces_shared)}"
    return _CURRENT


def _bump(
    t: Tracked, sources: tuple[str, ...], *, areas: tuple[str, ...], in_id_order: bool = False
) -> str:
    """SQL: raise the numbers of every membership that may see the rows in `sources`."""
    if t.kind == "person" and len(sources) == 2:
        members = _members_of(t, sources[1], old=sources[0])
    else:
        members = " UNION ".join(_members_of(t, rows) for rows in sources)
    if in_id_order:
        # Rows locked in one order, so two writes touching several members (a professional's
        # new name, a program update) cannot deadlock.
        members = (
            f"SELECT membership_id FROM spaces_memberversion WHERE membership_id IN ({members}) "  # noqa: S608
            "ORDER BY membership_id FOR UPDATE"
        )
    raised = "".join(f", {a}_version = {a}_version + 1" for a in t.areas(areas))
    return (
        f"UPDATE spaces_memberversion SET version = version + 1{raised} "  # noqa: S608
        f"WHERE membership_id IN ({members});"
    )


def _columns(t: Tracked) -> tuple[str, ...]:
    if t.kind in ("item", "checkin"):
        return _ITEM_COLUMNS
    if t.kind == "person":
        return ("id", "display_name", "email")
    if t.kind == "between":
        return ("space_id", *t.column.split(","))
    if t.kind in ("together", "together_or_everyone"):
        return ("space_id", "together_since")
    if t.kind == "owner_and_places":
        return ("id", t.column)
    return (t.column,)


_NEW_MEMBER_PG = """CREATE OR REPLACE FUNCTION amends_memberversion_new() RETURNS trigger
LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO spaces_memberversion (membership_id, version, path_version)
    SELECT id, 0, 0 FROM new_rows ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;"""


def postgresql_install(tracked: tuple[Tracked, ...], areas: tuple[str, ...] = AREAS) -> list[str]:
    statements = [
        _NEW_MEMBER_PG,
        """CREATE TRIGGER amends_memberversion_new AFTER INSERT ON spaces_membership
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION amends_memberversion_new();""",
    ]
    for t in tracked:
        # One statement-level trigger per operation: a bulk write raises each number once.
        for op, refs, sources in (
            ("insert", "NEW TABLE AS new_rows", ("new_rows",)),
            ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows", ("old_rows", "new_rows")),
            ("delete", "OLD TABLE AS old_rows", ("old_rows",)),
        ):
            name = f"amends_v_{t.table}_{op}"
            body = _bump(t, sources, areas=areas, in_id_order=True)
            statements += [
                f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {body} RETURN NULL; END $$;",
                f"CREATE TRIGGER {name} AFTER {op.upper()} ON {t.table} "
                f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION {name}();",
            ]
    return statements


def postgresql_uninstall(tracked: tuple[Tracked, ...]) -> list[str]:
    statements = [
        # The space-wide version of spaces/migrations/0003, if this database still has it.
        "DROP TRIGGER IF EXISTS amends_space_version_grows ON spaces_space;",
        "DROP FUNCTION IF EXISTS amends_space_version_grows();",
        "DROP TRIGGER IF EXISTS amends_memberversion_new ON spaces_membership;",
        "DROP FUNCTION IF EXISTS amends_memberversion_new();",
    ]
    for t in tracked:
        for op in ("insert", "update", "delete"):
            name = f"amends_v_{t.table}_{op}"
            statements += [
                f"DROP TRIGGER IF EXISTS {name} ON {t.table};",
                f"DROP FUNCTION IF EXISTS {name}();",
            ]
    return statements


def _row(t: Tracked, which: str) -> str:
    columns = ", ".join(f"{which}.{c} AS {c}" for c in _columns(t))
    return f"(SELECT {columns})"


def sqlite_install(tracked: tuple[Tracked, ...], areas: tuple[str, ...] = AREAS) -> list[str]:
    # SQLite has row triggers only.
    statements = [
        """CREATE TRIGGER amends_memberversion_new AFTER INSERT ON spaces_membership
        BEGIN INSERT OR IGNORE INTO spaces_memberversion (membership_id, version, path_version)
            VALUES (NEW.id, 0, 0); END;"""
    ]
    for t in tracked:
        new, old = _row(t, "NEW"), _row(t, "OLD")
        for op, sources in (("insert", (new,)), ("update", (old, new)), ("delete", (old,))):
            body = _bump(t, sources, areas=areas)
            statements.append(
                f"CREATE TRIGGER amends_v_{t.table}_{op} AFTER {op.upper()} ON {t.table} "
                f"BEGIN {body} END;"
            )
    return statements


def sqlite_uninstall(tracked: tuple[Tracked, ...]) -> list[str]:
    statements = [
        "DROP TRIGGER IF EXISTS amends_space_version_grows;",
        "DROP TRIGGER IF EXISTS amends_memberversion_new;",
    ]
    for t in tracked:
        statements += [
            f"DROP TRIGGER IF EXISTS amends_v_{t.table}_{op};"
            for op in ("insert", "update", "delete")
        ]
    return statements


def install(
    schema_editor: object, tracked: tuple[Tracked, ...] = TRACKED, areas: tuple[str, ...] = AREAS
) -> None:
    vendor = schema_editor.connection.vendor  # type: ignore[attr-defined]
    make = postgresql_install if vendor == "postgresql" else sqlite_install
    statements = make(tracked, areas)
    for sql in statements:
        schema_editor.execute(sql, params=None)  # type: ignore[attr-defined]


def uninstall(schema_editor: object, tracked: tuple[Tracked, ...] = TRACKED) -> None:
    vendor = schema_editor.connection.vendor  # type: ignore[attr-defined]
    statements = (
        postgresql_uninstall(tracked) if vendor == "postgresql" else sqlite_uninstall(tracked)
    )
    for sql in statements:
        schema_editor.execute(sql, params=None)  # type: ignore[attr-defined]


_EVERY_TABLES = ("amends_memberversion_new", "amends_space_version_grows")


def layer_triggers(
    layer: tuple[Tracked, ...], *, areas: tuple[str, ...] = AREAS
) -> tuple[Callable[[Any, Any], None], Callable[[Any, Any], None]]:
    """RunPython code (forwards, backwards) for the migration that adds `layer`: the triggers
    of its own tables, not those every table shares (installed by spaces' migrations)."""

    def own(statements: list[str]) -> list[str]:
        return [sql for sql in statements if not any(name in sql for name in _EVERY_TABLES)]

    def forwards(apps: Any, schema_editor: Any) -> None:
        postgres = schema_editor.connection.vendor == "postgresql"
        make = postgresql_install if postgres else sqlite_install
        for sql in own(make(layer, areas)):
            schema_editor.execute(sql, params=None)

    def backwards(apps: Any, schema_editor: Any) -> None:
        postgres = schema_editor.connection.vendor == "postgresql"
        drop = postgresql_uninstall if postgres else sqlite_uninstall
        for sql in own(drop(layer)):
            schema_editor.execute(sql, params=None)

    return forwards, backwards


def sqlite_triggers(
    *, on: bool, layers: int, areas: tuple[str, ...] = AREAS
) -> Callable[[Any, Any], None]:
    """RunPython code for a migration that rebuilds tables on SQLite: every version trigger
    dropped before (a trigger that names a table being rebuilt stops the rebuild, and the
    rebuilt table loses its own), and installed again after (`on`), as they are with the
    first `layers` layers of LAYERS installed and raising `areas`: a migration passes what
    exists at its point in history (2 for the migrations written before THIRD; a new one
    passes `len(LAYERS)`: no default, so none can forget). PostgreSQL alters tables in place,
    and its triggers stay."""

    def run(apps: Any, schema_editor: Any) -> None:
        if schema_editor.connection.vendor != "sqlite":
            return
        uninstall(schema_editor, as_of(len(LAYERS)))
        if on:
            # Only the tables that exist at this point of history.
            tables = set(schema_editor.connection.introspection.table_names())
            install(schema_editor, tuple(t for t in as_of(layers) if t.table in tables), areas)

    return run

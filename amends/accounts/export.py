"""Everything a person wrote, gathered for export.

Two copies: `export_document` for other apps (JSON: every row they wrote, as data, with
public ids), and `export_sections`, the readable document (see `readable`): parts with
headings, dates in words, who wrote what.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.apps import apps
from django.conf import settings
from django.db import models

from .models import User
from .readable import ReadableExport, readable_export

# The foreign keys that mean "this person wrote or chose this".
AUTHOR_FIELDS = ("author", "partner", "by")
# Rows with no writer of their own, exported with the row they belong to (its writer's),
# and a professional's own rows (their secrets policy, the program groups they run).
WRITTEN_THROUGH = {
    "disclosure.AccountPart": "account__author",
    "professional.SecretsPolicy": "professional",
    "professional.Cohort": "professional",
}


@dataclass
class Section:
    label: str
    key: str
    rows: list[dict[str, Any]]


def _writer_field(model: type[models.Model]) -> str | None:
    for name in AUTHOR_FIELDS:
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: S112 - the model simply has no such field
            continue
        if (
            isinstance(field, models.ForeignKey)
            and field.related_model._meta.label == settings.AUTH_USER_MODEL
        ):
            return name
    return None


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def _has_uid(model: type[models.Model]) -> bool:
    return any(f.name == "uid" for f in model._meta.concrete_fields)


def _public_ids(model: type[models.Model], objs: list[models.Model]) -> dict[str, dict[Any, str]]:
    """For each foreign key: the public ids of the rows it points at. Primary keys never
    leave the server, not even in an export (their gaps would count other people's rows)."""
    found: dict[str, dict[Any, str]] = {}
    for field in model._meta.concrete_fields:
        target = field.related_model
        if target is None or not _has_uid(target):
            continue
        pks = {getattr(obj, field.attname) for obj in objs} - {None}
        related = target._default_manager.filter(pk__in=pks)
        found[field.name] = {pk: str(uid) for pk, uid in related.values_list("pk", "uid")}
    return found


def _row(obj: models.Model, public: dict[str, dict[Any, str]]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    if _has_uid(type(obj)):
        row["id"] = str(obj.uid)  # type: ignore[attr-defined]
    for field in obj._meta.concrete_fields:
        if field.primary_key or field.name == "uid":
            continue
        value = getattr(obj, field.attname)
        if field.is_relation:
            if field.name not in public:
                continue  # what it points at has no public id
            value = public[field.name].get(value)
        row[field.name] = _plain(value)
    return row


def export_sections(*, user: User) -> ReadableExport:
    """The readable copy (accounts/export_document.html)."""
    return readable_export(user=user)


def _rows_by_model(*, user: User) -> list[Section]:
    """Every row this person wrote, model by model, for the JSON copy."""
    sections: list[Section] = []
    for model in apps.get_models():
        if not model.__module__.startswith("amends."):
            continue
        field = WRITTEN_THROUGH.get(model._meta.label) or _writer_field(model)
        if field is None:
            continue
        objs = list(model._default_manager.filter(**{field: user}).order_by("pk"))
        if objs:
            public = _public_ids(model, objs)
            rows = [_row(obj, public) for obj in objs]
            sections.append(
                Section(str(model._meta.verbose_name_plural).capitalize(), model._meta.label, rows)
            )
    return sections


def _program_groups(*, user: User) -> list[dict[str, Any]]:
    """The program group each couple this partner is in belongs to, as they see it (name,
    start, whether they are in it): never who else is in it."""
    from amends.professional.selectors import cohort_place
    from amends.spaces.selectors import space_roles, spaces_of

    groups = []
    for space in spaces_of(user=user):
        roles = space_roles(space)
        if not roles.is_partner(user):
            continue
        view = cohort_place(viewer=user, roles=roles)
        if view is not None:
            groups.append(
                {
                    "space": str(space.uid),
                    "group": str(view.cohort.uid),
                    "name": view.cohort.name,
                    "starts_on": _plain(view.cohort.starts_on),
                    "in_it": view.joined,
                }
            )
    return groups


def export_document(*, user: User) -> dict[str, Any]:
    return {
        "format": "amends-export-1",
        "account": {"email": user.email, "name": user.name, "joined": _plain(user.date_joined)},
        "items": {s.key: s.rows for s in _rows_by_model(user=user)},
        "program_groups": _program_groups(user=user),
    }

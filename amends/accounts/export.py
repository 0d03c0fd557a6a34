"""Everything a person wrote, gathered for export. Only their own rows, decrypted."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.apps import apps
from django.conf import settings
from django.db import models

from .models import User

# The foreign keys that mean "this person wrote or chose this".
AUTHOR_FIELDS = ("author", "partner", "by")


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


def _row(obj: models.Model) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name == "uid":
            continue
        row[field.name] = _plain(getattr(obj, field.attname))
    return row


def export_sections(*, user: User) -> list[Section]:
    sections: list[Section] = []
    for model in apps.get_models():
        if not model.__module__.startswith("amends."):
            continue
        field = _writer_field(model)
        if field is None:
            continue
        rows = [_row(obj) for obj in model._default_manager.filter(**{field: user}).order_by("pk")]
        if rows:
            sections.append(
                Section(str(model._meta.verbose_name_plural).capitalize(), model._meta.label, rows)
            )
    return sections


def export_document(*, user: User) -> dict[str, Any]:
    return {
        "format": "amends-export-1",
        "account": {"email": user.email, "name": user.name, "joined": _plain(user.date_joined)},
        "items": {s.key: s.rows for s in export_sections(user=user)},
    }

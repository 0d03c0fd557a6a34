"""Encrypted fields: columns that only ever hold sealed values.

Reading the attribute gives the plain value (decrypted on access); saving seals it again
under the newest key, bound to this model, field and row (see amends.core.crypto). The model
must have a `uid` field (every SpaceItem does). Serializers and `value_from_object` see
only the sealed text, so a dump of the database holds nothing readable.

* `EncryptedTextField`: text, including a choice from a fixed list (`choices=`): which of
  the four answers someone gave is as private as what they wrote.
* `EncryptedIntegerField`: a number a person gives (a check-in score). The column is text.
* `EncryptedBooleanField`: a yes or no a person gives (a promise kept). The column is text.
* `EncryptedDateField`: a day a person marks (a day that will hurt). The column is text.

Filtering, ordering or `update()` with plain values on these columns is refused on purpose:
it would either find nothing or write plain text. Read the rows and decide in Python.
`values()` and `values_list()` return the sealed text, never the value: load objects.
`QuerySet.bulk_update` cannot seal (it reads the plain attribute); use `bulk_update_sealed`.
"""

import logging
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from django.db import models
from django.db.models import Case, Value, When
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast
from django.db.models.query_utils import DeferredAttribute

from amends.core import crypto

log = logging.getLogger(__name__)

UNREADABLE = "(This text could not be read. It may have been moved or its key retired.)"


class Sealed(str):
    """The raw stored form, as loaded from the database."""


class _Deserialized(Sealed):
    """A sealed value read from a dump (`loaddata`, a test's serialized rollback): written
    back exactly as it is, since a raw save reads the attribute rather than `pre_save`."""


def _context(instance: models.Model, field: models.Field) -> str:
    return f"{instance._meta.label_lower}.{field.name}:{instance.uid}"  # type: ignore[attr-defined]


class _DecryptingAttribute(DeferredAttribute):
    """A data descriptor (it has __set__), so reads always pass through __get__ even
    though the stored value lives in the instance's __dict__."""

    field: "EncryptedTextField"

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.field.attname] = value

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        value = super().__get__(instance, cls)
        if instance is None or not isinstance(value, Sealed) or isinstance(value, _Deserialized):
            return value
        cache = instance.__dict__.setdefault("_amends_plain", {})
        if value in cache:
            return cache[value]
        try:
            plain = self.field.open(instance, value)
        except crypto.CannotDecrypt:
            log.warning("Unreadable %s.%s", instance._meta.label_lower, self.field.name)
            return self.field.unreadable()
        cache[value] = plain
        return plain


class EncryptedTextField(models.TextField):
    descriptor_class = _DecryptingAttribute

    # ---- what a value is, in words and back (typed subclasses change these)

    def to_plain_text(self, value: Any) -> str:
        return str(value)

    def from_plain_text(self, text: str) -> Any:
        return text

    def unreadable(self) -> Any:
        # A choice that cannot be read is no choice: "" is what code already treats as
        # "not answered". Free text says so in words.
        return "" if self.choices else UNREADABLE

    # ---- sealing

    def open(self, instance: models.Model, sealed: str) -> Any:
        """The plain value of a sealed one loaded for `instance`; CannotDecrypt if it was
        not sealed for this row and field, or its key is gone."""
        return self.from_plain_text(crypto.open_sealed(sealed, context=_context(instance, self)))

    def seal(self, instance: models.Model) -> Any:
        """Seal the instance's current value (if it is not sealed already) and return what
        the column stores. The instance keeps reading the plain value."""
        value = instance.__dict__.get(self.attname)
        if value is None or isinstance(value, Sealed) or value == "":
            return value
        sealed = Sealed(crypto.seal(self.to_plain_text(value), context=_context(instance, self)))
        # Keep the plain value readable on this instance without decrypting again.
        instance.__dict__.setdefault("_amends_plain", {})[sealed] = self.from_plain_text(
            self.to_plain_text(value)
        )
        instance.__dict__[self.attname] = sealed
        return sealed

    # ---- Django

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is not None and crypto.is_sealed(value):
            return Sealed(value)
        return value

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        return self.seal(model_instance)

    def get_prep_value(self, value: Any) -> Any:
        if value is None or isinstance(value, Sealed) or value == "":
            return None if value is None else str(value)
        raise TypeError(
            f"{self.name} is encrypted: save it through the model, and do not filter on it."
        )

    def value_from_object(self, obj: models.Model) -> Any:
        return obj.__dict__.get(self.attname)

    def to_python(self, value: Any) -> Any:
        # A sealed value read back from a dump (`loaddata`) is stored again as it is.
        if isinstance(value, str) and not isinstance(value, Sealed) and crypto.is_sealed(value):
            return _Deserialized(value)
        return value


class EncryptedIntegerField(EncryptedTextField):
    """A whole number, sealed like text. Reading gives an int (None if it cannot be read)."""

    # For django-stubs: what the attribute takes and gives.
    _pyi_private_set_type: int | Combinable  # type: ignore[assignment]
    _pyi_private_get_type: int  # type: ignore[assignment]

    def to_plain_text(self, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"{self.name} holds a whole number, not {type(value).__name__}.")
        return str(int(value))

    def from_plain_text(self, text: str) -> Any:
        return int(text)

    def unreadable(self) -> Any:
        return None


class EncryptedBooleanField(EncryptedTextField):
    """A yes or no a person gives (a promise kept, a statement complete), sealed like text.
    Reading gives a bool (None if it cannot be read)."""

    _pyi_private_set_type: bool | Combinable  # type: ignore[assignment]
    _pyi_private_get_type: bool  # type: ignore[assignment]

    _WORDS: dict[str, bool] = {"1": True, "true": True, "0": False, "false": False}

    def to_plain_text(self, value: Any) -> str:
        # "1" or "0": what a plain boolean column holds on SQLite and takes on PostgreSQL.
        if isinstance(value, str) and value.strip().lower() in self._WORDS:
            value = self._WORDS[value.strip().lower()]
        if not isinstance(value, bool | int):
            raise TypeError(f"{self.name} holds yes or no, not {type(value).__name__}.")
        return "1" if value else "0"

    def from_plain_text(self, text: str) -> Any:
        return self._WORDS[text.strip().lower()]

    def unreadable(self) -> Any:
        return None


class EncryptedDateField(EncryptedTextField):
    """A day a person marks (the day they found out), sealed like text. Reading gives a
    date (None if it cannot be read)."""

    _pyi_private_set_type: date | str | Combinable  # type: ignore[assignment]
    _pyi_private_get_type: date  # type: ignore[assignment]

    def to_plain_text(self, value: Any) -> str:
        if isinstance(value, str):
            value = date.fromisoformat(value.strip())
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TypeError(f"{self.name} holds a day, not {type(value).__name__}.")
        return value.isoformat()

    def from_plain_text(self, text: str) -> Any:
        return date.fromisoformat(text)

    def unreadable(self) -> Any:
        return None


def is_encrypted(field: object) -> bool:
    return isinstance(field, EncryptedTextField)


def bulk_update_sealed(
    objs: Sequence[models.Model], fields: Sequence[str], *, using: str | None = None
) -> int:
    """`QuerySet.bulk_update` for rows of one model with encrypted fields: each value is
    sealed for its own row, then one UPDATE writes them all. Returns the rows updated."""
    if not objs:
        return 0
    model = type(objs[0])
    updates: dict[str, Any] = {}
    for name in fields:
        field = model._meta.get_field(name)
        whens = []
        for obj in objs:
            seal = getattr(field, "seal", None) if is_encrypted(field) else None
            value = seal(obj) if seal else getattr(obj, field.attname)  # type: ignore[union-attr]
            whens.append(When(pk=obj.pk, then=Value(value, output_field=field)))  # type: ignore[arg-type]
        updates[field.attname] = Cast(Case(*whens, output_field=field), output_field=field)  # type: ignore[arg-type, union-attr]
    manager = model._default_manager.db_manager(using)
    return manager.filter(pk__in=[o.pk for o in objs]).update(**updates)

"""EncryptedTextField: a TextField whose column only ever holds sealed text.

Reading the attribute gives the plain text (decrypted on access); saving seals it again
under the newest key, bound to this model, field and row (see amends.crypto). The model
must have a `uid` field (every SpaceItem does). Serializers and `value_from_object` see
only the sealed text, so a dump of the database holds nothing readable.

Filtering or `update()` with plain text on these columns is refused on purpose: it would
either find nothing or write plain text.
"""

import logging
from typing import Any

from django.db import models
from django.db.models.query_utils import DeferredAttribute

from amends import crypto

log = logging.getLogger(__name__)

UNREADABLE = "(This text could not be read. It may have been moved or its key retired.)"


class Sealed(str):
    """The raw stored form, as loaded from the database."""


def _context(instance: models.Model, field: "EncryptedTextField") -> str:
    return f"{instance._meta.label_lower}.{field.name}:{instance.uid}"  # type: ignore[attr-defined]


class _DecryptingAttribute(DeferredAttribute):
    """A data descriptor (it has __set__), so reads always pass through __get__ even
    though the stored value lives in the instance's __dict__."""

    field: "EncryptedTextField"

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.field.attname] = value

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        value = super().__get__(instance, cls)
        if instance is None or not isinstance(value, Sealed):
            return value
        cache = instance.__dict__.setdefault("_amends_plain", {})
        if value in cache:
            return cache[value]
        try:
            plain = crypto.open_sealed(value, context=_context(instance, self.field))
        except crypto.CannotDecrypt:
            log.warning("Unreadable %s.%s", instance._meta.label_lower, self.field.name)
            return UNREADABLE
        cache[value] = plain
        return plain


class EncryptedTextField(models.TextField):
    descriptor_class = _DecryptingAttribute

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is not None and crypto.is_sealed(value):
            return Sealed(value)
        return value

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = model_instance.__dict__.get(self.attname)
        if value is None or isinstance(value, Sealed) or value == "":
            return value
        sealed = Sealed(crypto.seal(str(value), context=_context(model_instance, self)))
        # Keep the plain text readable on this instance without decrypting again.
        model_instance.__dict__.setdefault("_amends_plain", {})[sealed] = str(value)
        model_instance.__dict__[self.attname] = sealed
        return sealed

    def get_prep_value(self, value: Any) -> Any:
        if value is None or isinstance(value, Sealed) or value == "":
            return None if value is None else str(value)
        raise TypeError(
            f"{self.name} is encrypted: save it through the model, and do not filter on it."
        )

    def value_from_object(self, obj: models.Model) -> Any:
        return obj.__dict__.get(self.attname)

    def to_python(self, value: Any) -> Any:
        return value

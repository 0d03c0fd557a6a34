"""Shapes shared by several routers, and the input types every router uses."""

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from ninja import Field, Path, Schema
from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from amends.accounts.models import User
from amends.limits import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX


def _no_nul[T](value: T) -> T:
    # As Django's form fields do: a NUL is never meaningful and some databases refuse it.
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("Null characters are not allowed.")
    return value


_Clean = AfterValidator(_no_nul)

# Required text must hold something other than spaces (services say so too, in words).
_WRITTEN = r"\S"
Name = Annotated[str, Field(max_length=NAME_MAX, pattern=_WRITTEN), _Clean]
ShortText = Annotated[str, Field(max_length=SHORT_TEXT_MAX, pattern=_WRITTEN), _Clean]
LongText = Annotated[str, Field(max_length=LONG_TEXT_MAX, pattern=_WRITTEN), _Clean]
# Optional text: may be sent empty.
ShortTextOrEmpty = Annotated[str, Field(max_length=SHORT_TEXT_MAX), _Clean]
LongTextOrEmpty = Annotated[str, Field(max_length=LONG_TEXT_MAX), _Clean]

VisibilityIn = Literal["private", "partner", "partner_and_professional"]
SharedVisibilityIn = Literal["partner", "partner_and_professional"]

# Every id the API shows or takes is a public id: a random UUID, never a primary key (whose
# gaps would count other people's private rows). Ids in paths and bodies are taken as text
# and documented as uuids, so that a malformed id is refused exactly like an unknown one
# (a 404, or the service's own refusal), never with a different answer.
_UUID_SCHEMA = WithJsonSchema({"type": "string", "format": "uuid"})
SpaceId = Annotated[str, Path(), _UUID_SCHEMA]
ItemId = Annotated[str, Path(), _UUID_SCHEMA]


def _number_as_text(value: object) -> object:
    # An old numeric id in a body is refused like any unknown id, not as a type error.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


PublicIdIn = Annotated[
    str, BeforeValidator(_number_as_text), Field(max_length=64), _Clean, _UUID_SCHEMA
]


class Person(Schema):
    id: UUID
    name: str

    @staticmethod
    def of(user: User | None) -> "Person | None":
        return Person(id=user.uid, name=user.name) if user is not None else None


class Item(Schema):
    """Common fields of anything a person wrote in a space."""

    id: UUID
    author: Person
    visibility: str
    mine: bool
    created_at: datetime

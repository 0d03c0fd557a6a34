"""Shapes shared by several routers, and the input types every router uses."""

from datetime import datetime
from typing import Annotated, Literal

from ninja import Field, Path, Schema
from pydantic import AfterValidator

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

# Ids in paths: bounded so no database is ever handed a number it cannot hold.
ID_MAX = 2**53
SpaceId = Annotated[int, Path(ge=1, le=ID_MAX)]
ItemId = Annotated[int, Path(ge=1, le=ID_MAX)]


class Person(Schema):
    id: int
    name: str

    @staticmethod
    def of(user: User | None) -> "Person | None":
        return Person(id=user.pk, name=user.name) if user is not None else None


class Item(Schema):
    """Common fields of anything a person wrote in a space."""

    id: int
    author: Person
    visibility: str
    mine: bool
    created_at: datetime

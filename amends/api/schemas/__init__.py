"""Shapes shared by several routers, and the input types every router uses.

Output shapes read the objects the selectors and services return (ninja resolves each field
from an attribute, or from a `resolve_<field>` function); the routers build no dicts. The
modules beside this one hold each router's own shapes."""

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from ninja import Field, Path, Schema
from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from amends.accounts.models import User
from amends.core.limits import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX


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


def public_id(obj: Any) -> Any:
    """The public id of a row (its `uid`); a shape given as a dict or a schema keeps its `id`."""
    if isinstance(obj, dict):
        return obj["id"]
    if isinstance(obj, Schema):
        return obj.id  # type: ignore[attr-defined]
    return obj.uid


def viewer_of(context: Any) -> User | None:
    """The person the answer is for: the caller of the operation being answered."""
    request = (context or {}).get("request")
    user = getattr(request, "auth", None)
    return user if isinstance(user, User) else None


class Public(Schema):
    # Shapes of rows seen outside: `id` is the row's public id (its `uid`), never its key.
    id: UUID

    @staticmethod
    def resolve_id(obj: Any) -> Any:
        return public_id(obj)


class Person(Public):
    name: str

    @staticmethod
    def of(user: User | None) -> "Person | None":
        return Person(id=user.uid, name=user.name) if user is not None else None


class Item(Public):
    """Common fields of anything a person wrote in a space, read from the item itself;
    `mine` is whether the caller wrote it."""

    author: Person
    visibility: str
    mine: bool
    created_at: datetime

    @staticmethod
    def resolve_mine(obj: Any, context: Any) -> bool:
        if isinstance(obj, dict):
            return bool(obj["mine"])
        me = viewer_of(context)
        return me is not None and obj.author_id == me.pk

"""Limit/offset pagination with a maximum, for every list."""

from collections.abc import Callable
from typing import Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


class Page(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    class Output(Schema):
        items: list[Any]
        count: int

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)


class Mapped[T, R]:
    """A queryset (or list) shown through `fn`, sliced before anything is loaded, so a page
    costs one query for the rows and one for the count."""

    def __init__(self, rows: Any, fn: Callable[[T], R]) -> None:
        self.rows = rows
        self.fn = fn

    def all(self) -> "Mapped[T, R]":
        return self

    def count(self) -> int:
        rows = self.rows
        return rows.count() if hasattr(rows, "count") and not isinstance(rows, list) else len(rows)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[R]:
        return [self.fn(row) for row in self.rows[index]]

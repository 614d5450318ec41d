"""Offset-cursor pagination over scoped querysets, with a page-size cap."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Generic, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from resolvers.errors import BadUserInput

M = TypeVar("M", bound=Model)

_PREFIX = "offset:"
#: Cursors beyond this offset are not ours (no connection is that long).
_MAX_OFFSET = 10**9


def encode_cursor(offset: int) -> str:
    """The opaque cursor of the row at ``offset``."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset behind ``cursor``; a malformed cursor is a client error."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith(_PREFIX):
            raise ValueError(text)
        digits = text[len(_PREFIX) :]
        if not digits.isascii() or not digits.isdigit() or len(digits) > 10:
            raise ValueError(text)
        offset = int(digits)
        if offset > _MAX_OFFSET:
            raise ValueError(text)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise BadUserInput("Invalid cursor.", field="after") from None
    return offset


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page of rows, where it starts, and the total count of matching rows."""

    rows: list[M]
    offset: int
    total_count: int

    @property
    def has_next_page(self) -> bool:
        """Whether rows follow this page."""
        return self.offset + len(self.rows) < self.total_count


async def paginate(
    queryset: QuerySet[M], first: int, after: str | None, max_page_size: int
) -> Page[M]:
    """The page of ``queryset`` after cursor ``after``, at most ``first`` rows."""
    if first < 0:
        raise BadUserInput("`first` must not be negative.", field="first")
    if first > max_page_size:
        raise BadUserInput(
            f"`first` must be at most {max_page_size}.", field="first", max=max_page_size
        )
    offset = decode_cursor(after) + 1 if after else 0
    total = await queryset.count()
    rows = await queryset.offset(offset).limit(first) if first else []
    return Page(rows=list(rows), offset=offset, total_count=total)

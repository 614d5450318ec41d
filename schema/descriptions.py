"""Descriptions every client sees in the schema: enum values and the arguments most fields share.

Every argument and every enum value carries a description (a test walks the schema).
Model enums are plain ``StrEnum``s without strawberry; :func:`described_enum` turns one
into a GraphQL enum and refuses to leave any of its values undescribed.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Annotated, TypeVar

import strawberry

E = TypeVar("E", bound=Enum)


def described_enum(
    cls: type[E],
    values: Mapping[str, str],
    *,
    name: str | None = None,
    description: str | None = None,
) -> type[E]:
    """``cls`` as a GraphQL enum whose values carry ``values[value.name]`` as description."""
    strawberry.enum(cls, name=name, description=description)
    definition = cls.__strawberry_definition__  # type: ignore[attr-defined]
    names = {value.name for value in definition.values}
    if names != set(values):
        raise ValueError(f"{cls.__name__}: describe exactly {sorted(names)}, got {sorted(values)}")
    for value in definition.values:
        value.description = values[value.name]
    return cls


_FIRST = "How many items to return; at most the server's page size (default 100)."

#: ``first`` of a connection.
First = Annotated[int, strawberry.argument(description=_FIRST)]
#: ``first`` of a connection that also pages backwards (``last``).
FirstOrLast = Annotated[
    int | None,
    strawberry.argument(description=f"{_FIRST} Without `first` and `last`: 20."),
]
#: ``after`` of a connection.
After = Annotated[
    str | None,
    strawberry.argument(
        description="Return the items after this cursor: the `endCursor` of the previous page."
    ),
]
#: ``last`` of a connection that pages backwards.
Last = Annotated[
    int | None,
    strawberry.argument(
        description="How many items to return from the end (or before `before`), instead of "
        "`first`; at most the server's page size."
    ),
]
#: ``before`` of a connection that pages backwards.
Before = Annotated[
    str | None,
    strawberry.argument(
        description="Return the items before this cursor: the `startCursor` of the next page."
    ),
]
#: The ``input`` of a mutation.
INPUT = strawberry.argument(description="What to change; see the fields of the input type.")

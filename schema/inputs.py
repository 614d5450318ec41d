"""Administration inputs: the fields a client gave, by GraphQL name, with ids decoded.

Optional input fields default to ``UNSET``, so "leave as it is" (omitted) and "clear"
(``null``) differ. :func:`given` turns an input into ``{graphqlName: value}`` of the
fields given; global ids named in ``ids`` become database ids (``None`` when the id is
not one of that type, which the use case reports as not found).
"""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types.base import get_object_definition
from strawberry.utils.str_converters import to_camel_case

from schema.relay import node_pk


def _decode(value: Any, type_name: str) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [node_pk(item, type_name) for item in value]
    return node_pk(value, type_name)


def given(input: Any, ids: dict[str, str] | None = None) -> dict[str, Any]:
    """The fields of ``input`` the client gave, by GraphQL name; ids in ``ids`` decoded."""
    ids = ids or {}
    definition = get_object_definition(input, strict=True)
    values: dict[str, Any] = {}
    for field in definition.fields:
        value = getattr(input, field.python_name)
        if value is strawberry.UNSET:
            continue
        name = field.graphql_name or to_camel_case(field.python_name)
        values[name] = _decode(value, ids[name]) if name in ids else _plain(value)
    return values


def _plain(value: Any) -> Any:
    """Nested inputs (alone or in lists) as dictionaries of their given fields."""
    if get_object_definition(value) is not None:
        return given(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value

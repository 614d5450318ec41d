"""An input object argument as strawberry converts it, decided once per plan.

strawberry's ``convert_argument`` resolves each field's type and GraphQL name again on
every request. For an input whose fields are all leaves (scalars, enums, optional or
listed), graphql-core's coerced values are already what it would pass on: the class
is built from them directly, each list copied as strawberry copies it. Anything else
(nested inputs, ``Maybe``, global ids, a custom ``from_input``) is :class:`Unsupported`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import MISSING
from typing import Any

from strawberry.relay import GlobalID
from strawberry.types.arguments import _is_leaf_type
from strawberry.types.base import StrawberryList, StrawberryMaybe, StrawberryOptional
from strawberry.types.enum import StrawberryEnumDefinition

from compiled.selection import Unsupported

#: Builds the input's Python value from graphql-core's coerced value.
InputConverter = Callable[[Mapping[str, Any]], Any]


def _unwrapped(type_: Any) -> Any:
    if isinstance(type_, StrawberryMaybe):
        raise Unsupported("Maybe input field")
    return type_.of_type if isinstance(type_, StrawberryOptional) else type_


def _is_leaf(type_: Any, registry: Mapping[object, Any]) -> bool:
    if isinstance(type_, StrawberryEnumDefinition):
        return True
    return _is_leaf_type(type_, registry, skip_classes=(GlobalID,))


def leaf_input(type_: Any, registry: Mapping[object, Any], config: Any) -> InputConverter:
    """The converter of the input class ``type_`` (an argument's type, optional or not)."""
    cls = _unwrapped(type_)
    definition = getattr(cls, "__strawberry_definition__", None)
    if definition is None or not definition.is_input or definition.from_input is not None:
        raise Unsupported(f"input {cls!r}")
    fields: list[tuple[str, str, bool]] = []
    for field in definition.fields:
        inner = _unwrapped(field.resolve_type(type_definition=definition))
        listed = isinstance(inner, StrawberryList)
        item = _unwrapped(inner.of_type) if listed else inner
        if not _is_leaf(item, registry):
            raise Unsupported(f"input field {field.python_name}")
        fields.append((config.name_converter.from_field(field), field.python_name, listed))
    # What strawberry passes for a field the value leaves out and the class gives no default.
    absent = {
        field.python_name: None
        for field in definition.fields
        if field.default_value is MISSING and field.default_factory is MISSING
    }

    def convert(value: Mapping[str, Any]) -> Any:
        kwargs = dict(absent)
        for name, python_name, listed in fields:
            if name in value:
                given = value[name]
                kwargs[python_name] = list(given) if listed and given is not None else given
        return cls(**kwargs)

    return convert

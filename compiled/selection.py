"""The selections of an operation as a plain tree, or :class:`Unsupported` for anything
the compiler leaves to normal execution (fragments, directives, repeated keys)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import FieldNode, SelectionSetNode

from models.policy import Access, type_policy
from models.users import Role
from resolvers.masking import mask

#: One output row of a compiled statement, read by column name (a dict, an asyncpg
#: record or a SQLite row).
Row = Mapping[str, Any]
#: Computes one field's value from a row.
Writer = Callable[[Row], Any]


class Unsupported(Exception):
    """The operation (for this role) is not compiled: normal execution answers it."""


@dataclass(frozen=True)
class Selected:
    """A field in the response: its key (alias or name), its name and what it selects."""

    key: str
    name: str
    node: FieldNode
    children: tuple[Selected, ...]


def selections(selection_set: SelectionSetNode | None) -> tuple[Selected, ...]:
    """The fields of ``selection_set``; raises :class:`Unsupported` for anything else."""
    if selection_set is None:
        return ()
    found: list[Selected] = []
    keys: set[str] = set()
    for selection in selection_set.selections:
        if not isinstance(selection, FieldNode) or selection.directives:
            raise Unsupported("fragment or directive")
        key = selection.alias.value if selection.alias else selection.name.value
        if key in keys:
            raise Unsupported("a response key selected twice")
        keys.add(key)
        found.append(
            Selected(key, selection.name.value, selection, selections(selection.selection_set))
        )
    return tuple(found)


def leaf(selected: Selected) -> Selected:
    """``selected`` if it selects nothing below it and takes no arguments."""
    if selected.children or selected.node.arguments:
        raise Unsupported(f"{selected.name} with a selection or arguments")
    return selected


def governed(type_name: str, field: str, role: Role, read: Writer) -> Writer:
    """``read`` under the policy of ``type_name.field`` for ``role``, decided here once:
    null when withheld, masked for roles that read personal data masked. A denied field
    is not compiled (normal execution reports its error)."""
    rule = type_policy(type_name).rule(field)
    access = rule.access(role)
    if access is Access.FORBIDDEN:
        raise Unsupported(f"{type_name}.{field} is denied to {role}")
    if access is Access.WITHHELD:
        return lambda row: None
    if access is Access.MASKED and rule.personal is not None:
        kind = rule.personal
        return lambda row: mask(kind, read(row))
    return read


def shaper(fields: list[tuple[str, Writer]]) -> Writer:
    """A writer of an object with ``fields`` (key, writer), in selection order."""
    return lambda row: {key: write(row) for key, write in fields}

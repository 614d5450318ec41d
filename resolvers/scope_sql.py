"""Row scope (``models.policy``) as a SQL condition on rows already in the statement.

:func:`resolvers.scope.scoped` turns a scope that crosses a relation into
``id IN (SELECT …)`` over every row the caller may reach; when the related row is already
in the statement (the page's thread, for its last message), the same policy conditions
are written as a filter on that row instead, so the database looks at the page's rows
only. Anything else (a path of two relations, a relation not in the statement) is left
to the querysets (:class:`UnsayableScope`). Used by the compiled reads (``compiled``) and
by a send's one-statement guard (``resolvers.threads``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.policy import AllOf, AllRows, AtLeast, Condition, Const, RowScope, Scope
from resolvers.principal import Principal


class UnsayableScope(Exception):
    """The scope cannot be written as a condition on the statement's rows."""


class Parameters:
    """A condition's values in text order, each with its placeholder: ``?``, or
    PostgreSQL's ``$n`` when ``numbered`` (``compiled.statements.Statement`` builds on it)."""

    def __init__(self, numbered: bool = False) -> None:
        self.numbered = numbered
        self.params: list[Any] = []

    def param(self, value: Any) -> str:
        """A placeholder for ``value``, at this point of the text."""
        self.params.append(value)
        return f"${len(self.params)}" if self.numbered else "?"


def _column(path: str, aliases: Mapping[str, str]) -> str:
    relation, _, column = path.rpartition("__")
    if "__" in relation or relation not in aliases:
        raise UnsayableScope(f"scope path {path}")
    return f'"{aliases[relation]}"."{column}"'


def _matchable(condition: Condition, principal: Principal) -> bool:
    """Whether ``condition`` can match anything for ``principal`` (a scope on a missing
    attribute matches nothing, as in :func:`resolvers.scope.scoped`)."""
    if isinstance(condition, AllOf):
        return all(_matchable(part, principal) for part in condition.parts)
    return not isinstance(condition, Scope) or getattr(principal, condition.principal) is not None


def _condition(
    condition: Condition, principal: Principal, aliases: Mapping[str, str], out: Parameters
) -> str:
    if isinstance(condition, AllOf):
        parts = [_condition(part, principal, aliases, out) for part in condition.parts]
        return "(" + " AND ".join(parts) + ")"
    column = _column(condition.path, aliases)
    if isinstance(condition, Const):
        return f"{column} = {out.param(condition.value)}"
    if isinstance(condition, AtLeast):
        return f"{column} >= {out.param(condition.value)}"
    return f"{column} = {out.param(getattr(principal, condition.principal))}"


def scope_condition(
    scope: RowScope, principal: Principal, aliases: Mapping[str, str], out: Parameters
) -> str:
    """The SQL condition of ``scope`` for ``principal``; ``aliases`` maps each relation of
    a path (``""`` for the row itself) to its alias in the statement. Parameters are added
    to ``out`` in text order, so call this where the condition goes in the text."""
    rule = scope.get(principal.role)
    if isinstance(rule, AllRows):
        return "1 = 1"
    parts = [
        _condition(condition, principal, aliases, out)
        for condition in rule or ()
        if _matchable(condition, principal)
    ]
    return "(" + " OR ".join(parts) + ")" if parts else "1 = 0"

"""Refuses NUL characters and lone surrogates in every string an operation brings.

Neither belongs in text: PostgreSQL refuses NUL in ``text`` columns and a lone surrogate
cannot be encoded as UTF-8. Both can arrive as JSON or GraphQL ``\\u`` escapes, over HTTP
or WebSocket, in variables or as literals in the document. The check runs once per
operation, before validation and execution, so nothing is read or written; the caller
gets ``BAD_USER_INPUT`` naming where the text was.
"""

from __future__ import annotations

from collections.abc import Iterator

from graphql import DocumentNode, StringValueNode, Visitor, visit
from strawberry.extensions import SchemaExtension

from resolvers.errors import BadUserInput
from roost.i18n import N_
from roost.input_guard import is_unsafe_text


def unsafe_variable(variables: dict[str, object] | None) -> str | None:
    """The path (``$input.body``) of the first unsafe string in ``variables``, if any."""
    stack: list[tuple[str, object]] = [
        (f"${name}", value) for name, value in (variables or {}).items()
    ]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if is_unsafe_text(value):
                return path
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and is_unsafe_text(key):
                    return path
                stack.append((f"{path}.{key}", item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
    return None


class _UnsafeLiteralFinder(Visitor):
    found = False

    def enter_string_value(self, node: StringValueNode, *_: object) -> object:
        if is_unsafe_text(node.value):
            self.found = True
            return self.BREAK
        return None


def has_unsafe_literal(document: DocumentNode) -> bool:
    """Whether a string literal of ``document`` holds an unsafe character."""
    source = document.loc.source.body if document.loc else None
    if source is not None and "\\" not in source and not is_unsafe_text(source):
        # Such a character stands in the text itself or as an escape: neither is there.
        return False
    finder = _UnsafeLiteralFinder()
    visit(document, finder)
    return finder.found


class RejectUnsafeStrings(SchemaExtension):
    """Refuses an operation with a NUL or a lone surrogate in a variable or a literal."""

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.pre_execution_errors is None:
            error = self._refusal()
            if error is not None:
                # Set before validation runs: the operation stops here, unexecuted.
                context.pre_execution_errors = [error]
        yield

    def _refusal(self) -> BadUserInput | None:
        context = self.execution_context
        path = unsafe_variable(context.variables)
        if path is not None:
            return BadUserInput(
                N_("{path} holds a NUL character or an unpaired surrogate."), {"path": path}
            )
        if context.graphql_document is not None and has_unsafe_literal(context.graphql_document):
            return BadUserInput(
                N_("A string in the document holds a NUL character or an unpaired surrogate.")
            )
        return None

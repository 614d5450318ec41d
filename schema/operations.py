"""Request errors found before execution: which operation to run, and its variables.

GraphQL refuses a document with several operations and no ``operationName``, and
variables that do not fit their declared types, before anything runs. Strawberry runs
the first operation instead, and graphql-core's coercion errors carry no code; these
two hooks make both stable request errors (no ``data``, a code in ``extensions``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from schema.acyclic import AcyclicExecutionContext

#: Code of a document whose operation to run cannot be told.
OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE"
#: Code of variables that do not fit the types the operation declares.
BAD_USER_INPUT = "BAD_USER_INPUT"


def with_code(error: GraphQLError, code: str) -> GraphQLError:
    """``error`` as an expected request error with ``code`` (never masked as internal)."""
    return GraphQLError(
        error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={**(error.extensions or {}), "code": code},
    )


class OperationSelection(SchemaExtension):
    """Refuses a document with several operations when no ``operationName`` picks one."""

    def on_parse(self) -> Iterator[None]:
        """After parsing, before the operation type is read and the document validated."""
        yield
        context = self.execution_context
        document = context.graphql_document
        # Strawberry keeps the caller's operationName only here; its public
        # ``operation_name`` falls back to the first operation's name.
        if document is None or context._provided_operation_name is not None:
            return
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        if len(operations) > 1:
            # Set before validation, which then does not run (strawberry's contract).
            context.pre_execution_errors = [
                GraphQLError(
                    "Must provide operationName if the document contains several operations.",
                    extensions={"code": OPERATION_RESOLUTION_FAILURE},
                )
            ]


class CoercingExecutionContext(AcyclicExecutionContext):
    """Strawberry's execution context (without its reference cycle, ``schema.acyclic``)
    whose variable-coercion errors say ``BAD_USER_INPUT``."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> Any:
        """The executor, or the coercion errors as ``BAD_USER_INPUT`` request errors.

        The operation is always resolved by now (strawberry and :class:`OperationSelection`
        checked it), so every error left is about the variables.
        """
        built = super().build(*args, **kwargs)
        if isinstance(built, list):
            return [with_code(error, BAD_USER_INPUT) for error in built]
        return built

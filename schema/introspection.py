"""Introspection only for authenticated callers (unless the settings open it to everyone)."""

from __future__ import annotations

from collections.abc import Iterator

from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension


class AuthenticatedIntrospection(SchemaExtension):
    """Refuses ``__schema`` and ``__type`` to anonymous callers as a validation error.

    ``__typename`` stays open: clients and health checks use it.
    """

    def on_operation(self) -> Iterator[None]:
        """Adds graphql-core's no-introspection rule when nobody is authenticated."""
        context = self.execution_context
        if getattr(context.context, "principal", None) is None:
            context.validation_rules = (*context.validation_rules, NoSchemaIntrospectionCustomRule)
        yield

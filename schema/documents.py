"""Caching the parse and validation of documents without changing how errors look."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import lru_cache

from graphql import GraphQLError, OperationType, get_operation_ast, parse
from strawberry.extensions import ParserCache, ValidationCache


class CachedParser(ParserCache):
    """strawberry's ParserCache for documents that parse; one that does not is left to
    strawberry's own parse, so its error is reported (and coded) as usual."""

    def on_parse(self) -> Iterator[None]:
        """Take the parsed document from the cache when it parses."""
        context = self.execution_context
        with contextlib.suppress(GraphQLError):
            context.graphql_document = self.cached_parse_document(
                context.query, **context.parse_options
            )
        yield


class CachedValidation(ValidationCache):
    """strawberry's ValidationCache, except that a document already refused before
    validation (e.g. several operations and no ``operationName``) keeps its errors."""

    def on_validate(self) -> Iterator[None]:
        """Validate through the cache unless the request is already refused."""
        if self.execution_context.pre_execution_errors:
            yield
            return
        yield from super().on_validate()


@lru_cache(maxsize=512)
def is_subscription(query: object, operation_name: object = None) -> bool:
    """Whether ``query`` (with ``operation_name``) is a subscription; ``False`` for anything
    that does not parse or name one operation."""
    if not isinstance(query, str) or not isinstance(operation_name, str | None):
        return False
    try:
        operation = get_operation_ast(parse(query), operation_name)
    except GraphQLError:
        return False
    return operation is not None and operation.operation is OperationType.SUBSCRIPTION


#: Most distinct documents kept as one string each (:func:`shared_text`).
SHARED_TEXTS = 512

_texts: dict[str, str] = {}


def shared_text(query: str) -> str:
    """One string object per distinct document text, for what keeps a document for its
    life (a subscription's operation): ten thousand subscriptions of one document keep
    one copy of its text, not one each. Beyond :data:`SHARED_TEXTS` documents, new ones
    are kept as they come."""
    shared = _texts.get(query)
    if shared is not None:
        return shared
    if len(_texts) < SHARED_TEXTS:
        _texts[query] = query
    return query

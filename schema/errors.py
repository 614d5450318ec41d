"""Masks unexpected errors: the client gets a request id, the log gets the traceback."""

from __future__ import annotations

import logging

from graphql import GraphQLError
from strawberry.exceptions import MissingQueryError
from strawberry.extensions import MaskErrors
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError

log = logging.getLogger("roost.graphql")

#: strawberry's refusals of a request it cannot run, e.g. a query over the legacy
#: graphql-ws protocol (it carries subscriptions only): the caller's mistake.
_REFUSED_REQUESTS = (InvalidOperationTypeError, CannotGetOperationTypeError, MissingQueryError)


def is_unexpected(error: GraphQLError) -> bool:
    """Errors raised on purpose (validation, ``RoostError``) reach the client as they are."""
    original = error.original_error
    return original is not None and not isinstance(original, (GraphQLError, *_REFUSED_REQUESTS))


def refusal_code(error: GraphQLError) -> str:
    """The code of an error raised before execution: a syntax or a validation error."""
    return (
        "GRAPHQL_PARSE_FAILED"
        if error.message.startswith("Syntax Error")
        else ("GRAPHQL_VALIDATION_FAILED")
    )


class MaskUnexpectedErrors(MaskErrors):
    """Replaces unexpected errors by a message with the request id, logged with its traceback.

    Errors raised before execution (syntax, validation, limits) get a stable code too.
    """

    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        for error in errors:
            if isinstance(error.original_error, InvalidOperationTypeError):
                error.message = (
                    f"{error.message} over this protocol: the legacy graphql-ws protocol "
                    "carries subscriptions only; use HTTP or graphql-transport-ws."
                )
            if isinstance(error.original_error, _REFUSED_REQUESTS):
                error.extensions = {**(error.extensions or {}), "code": "BAD_USER_INPUT"}
            elif error.original_error is None and "code" not in (error.extensions or {}):
                error.extensions = {**(error.extensions or {}), "code": refusal_code(error)}
        return super()._process_errors(errors)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "-")
        log.error(
            "unexpected error in %s (request id %s)",
            ".".join(map(str, error.path or [])) or "operation",
            request_id,
            exc_info=error.original_error,
            extra={"request_id": request_id},
        )
        return GraphQLError(
            message=f"Internal server error (request id {request_id}).",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
        )

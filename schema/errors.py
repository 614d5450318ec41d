"""Masks unexpected errors: the client gets a request id, the log gets the traceback.

Refusals with a code reach the client in its language (``roost.i18n``). Client errors
(syntax, validation, refusals with a code) are logged at INFO without a traceback; only
unexpected errors are logged at ERROR, with one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.exceptions import MissingQueryError
from strawberry.extensions import MaskErrors
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionContext

from resolvers.errors import RoostError
from roost.http_messages import SYNTAX_ERROR
from roost.i18n import translate
from roost.outage import database_unavailable

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
                if error.extensions["code"] == "GRAPHQL_PARSE_FAILED":
                    error.message = _syntax_error(error, self.execution_context)
            # A refusal raised while setting up a subscription arrives unwrapped.
            refusal = error if isinstance(error, RoostError) else error.original_error
            if isinstance(refusal, RoostError):
                error.message = _translated(refusal, self.execution_context)
        return super()._process_errors(errors)

    def on_stream_result(self, result: Any) -> Iterator[None]:
        """Mask a streamed result's errors; one without any (most pushes) passes as is."""
        if any(getattr(result, name, None) for name in ("errors", "incremental", "completed")):
            yield from super().on_stream_result(result)
            return
        self._stream_result_processed = True
        yield None

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        # Logged with its traceback by LoggingSchema.process_errors, before masking.
        return internal_error(_request_id(self.execution_context), error)


def internal_error(request_id: str, where: GraphQLError) -> GraphQLError:
    """What the client sees of an unexpected error at ``where`` (its nodes, position and
    path): the request id to quote, nothing of the cause."""
    return GraphQLError(
        message=f"Internal server error (request id {request_id}).",
        nodes=where.nodes,
        source=where.source,
        positions=where.positions,
        path=where.path,
        extensions={"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
    )


def log_unexpected(where: str, request_id: str, cause: BaseException | None) -> None:
    """An unexpected error in ``where``, logged at ERROR with its traceback."""
    log.error(
        "unexpected error in %s (request id %s)",
        where,
        request_id,
        exc_info=cause,
        extra={"request_id": request_id},
    )


def _translated(error: RoostError, execution_context: ExecutionContext | None) -> str:
    """``error``'s message in the caller's language (English without a context)."""
    context: Any = execution_context.context if execution_context else None
    language = getattr(context, "locale", None)
    return translate(error.template, language, **error.params)


def _syntax_error(error: GraphQLError, execution_context: ExecutionContext | None) -> str:
    """A syntax error in the caller's language (the parser's detail stays as it says it)."""
    context: Any = execution_context.context if execution_context else None
    detail = error.message.removeprefix("Syntax Error:").strip()
    return translate(SYNTAX_ERROR, getattr(context, "locale", None), detail=detail)


def _request_id(execution_context: ExecutionContext | None) -> str:
    context: Any = execution_context.context if execution_context else None
    return getattr(context, "request_id", None) or "-"


class LoggingSchema(strawberry.Schema):
    """strawberry's Schema, logging each error once at the level its cause deserves."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Client errors at INFO without a traceback; unexpected errors at ERROR with one."""
        request_id = _request_id(execution_context)
        for error in errors:
            where = ".".join(map(str, error.path or [])) or "operation"
            if database_unavailable(error.original_error):
                continue  # an operational condition, logged once by roost.outage
            if is_unexpected(error):
                log_unexpected(where, request_id, error.original_error)
            else:
                code = (error.extensions or {}).get("code") or refusal_code(error)
                log.info(
                    "client error in %s: %s",
                    where,
                    error.message,
                    extra={"request_id": request_id, "code": code},
                )

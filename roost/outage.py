"""A database outage answers 503 with ``Retry-After``, not 500.

Two paths reach the database: the middlewares (the token's user is read in
``auth_middleware``) and the resolvers. :func:`outage_middleware` turns a connection error
raised by the first into a 503; :class:`DatabaseOutage` replaces resolver errors caused by
one with a ``SERVICE_UNAVAILABLE`` error and marks the request, so the middleware answers
503 as well.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
from collections.abc import Iterator

import asyncpg
import orjson
from aiohttp import web
from aiohttp.typedefs import Handler
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from tortoise.exceptions import DBConnectionError

log = logging.getLogger("roost.outage")

#: Seconds a client is asked to wait before trying again.
RETRY_AFTER_SECONDS = 5

CODE = "SERVICE_UNAVAILABLE"
MESSAGE = "The database is unavailable; retry later."

#: Set on a request whose GraphQL execution met a database outage.
OUTAGE_KEY = web.RequestKey("database_unavailable", bool)

_CONNECTION_ERRORS = (
    ConnectionError,
    TimeoutError,
    socket.gaierror,
    DBConnectionError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.AdminShutdownError,
)
#: Errors of files, not of connections: a missing attachment is not an outage.
_FILE_ERRORS = (FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError)
#: SQLite reports an unavailable database file with these messages.
_SQLITE_UNAVAILABLE = ("unable to open database file", "disk i/o error", "database is locked")


def database_unavailable(error: BaseException | None) -> bool:
    """Whether ``error`` (or an error it was raised from) means the database cannot be reached."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, _CONNECTION_ERRORS):
            return True
        if isinstance(error, OSError) and not isinstance(error, _FILE_ERRORS):
            # asyncpg reports several failed addresses as one plain OSError.
            return True
        if isinstance(error, sqlite3.OperationalError) and str(error).lower().startswith(
            _SQLITE_UNAVAILABLE
        ):
            return True
        error = error.__cause__ or error.__context__
    return False


def unavailable_response() -> web.Response:
    """503 with ``Retry-After`` and a GraphQL-shaped error."""
    body = {"errors": [{"message": MESSAGE, "extensions": {"code": CODE}}]}
    return web.Response(
        status=503,
        body=orjson.dumps(body),
        content_type="application/json",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


@web.middleware
async def outage_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer 503 when the database cannot be reached, wherever the request met it."""
    try:
        response = await handler(request)
    except Exception as exc:
        if not database_unavailable(exc):
            raise
        log.warning("database unavailable: %r", exc)
        return unavailable_response()
    if request.get(OUTAGE_KEY) and not response.prepared:
        response.set_status(503)
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseOutage(SchemaExtension):
    """Resolver errors caused by a database outage become ``SERVICE_UNAVAILABLE``.

    Listed after the error masking, it sees the errors before they are masked.
    """

    def on_operation(self) -> Iterator[None]:
        """After execution: replace outage errors and mark the request."""
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if not errors or not any(database_unavailable(e.original_error) for e in errors):
            return
        log.warning("database unavailable during a GraphQL operation")
        result.errors = [  # type: ignore[union-attr]
            _unavailable(e) if database_unavailable(e.original_error) else e for e in errors
        ]
        request = getattr(self.execution_context.context, "request", None)
        if isinstance(request, web.Request):
            request[OUTAGE_KEY] = True


def _unavailable(error: GraphQLError) -> GraphQLError:
    return GraphQLError(
        MESSAGE,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={"code": CODE},
    )

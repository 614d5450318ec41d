"""WebSocket upgrades pass through the middlewares without leaving a frame behind.

A middleware that awaits the next handler keeps its coroutine frame, and what the frame
references, for as long as that handler runs: for a WebSocket, the socket's whole life
(some 300 bytes a middleware, for every open socket). A middleware written as a plain
function that returns the next handler's awaitable leaves nothing: aiohttp awaits what it
returns. So each middleware makes its checks first and awaits the handler only when it has
work to do on the response afterwards, which an accepted WebSocket never needs.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler, Middleware

#: The one path that serves WebSockets (and GraphQL over HTTP).
GRAPHQL_PATH = "/graphql"


def is_websocket_upgrade(request: web.BaseRequest) -> bool:
    """A GET asking :data:`GRAPHQL_PATH` for a WebSocket (the handshake itself is the
    view's to check); anywhere else such a request is an ordinary HTTP request."""
    return (
        request.method == hdrs.METH_GET
        and request.path == GRAPHQL_PATH
        and request.headers.get(hdrs.UPGRADE, "").strip().lower() == "websocket"
    )


def passes_through(request: web.BaseRequest) -> bool:
    """A WebSocket upgrade without credentials in its headers (the token comes with
    ``connection_init``): it can be refused before the upgrade only by checks that need
    nothing done to the response afterwards (rate, origin, path)."""
    return is_websocket_upgrade(request) and hdrs.AUTHORIZATION not in request.headers


def http_only(middleware: Middleware) -> Middleware:
    """``middleware`` for every request but an upgrade that :func:`passes_through`, which
    goes straight on to the next handler."""

    @web.middleware
    @functools.wraps(middleware)
    def passing_upgrades(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
        if passes_through(request):
            return handler(request)
        return middleware(request, handler)

    return passing_upgrades


async def answered(response: web.StreamResponse) -> web.StreamResponse:
    """A response already made, as the awaitable a frame-less middleware returns."""
    return response

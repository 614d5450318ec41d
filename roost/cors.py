"""CORS for browser clients on other origins.

Browsers on the origins in ``ROOST_CORS_ORIGINS`` may call ``/graphql``, ``/attachments/…``
and ``/exports/…``: preflights are answered and every response on those paths names the
caller's origin. Other origins get no CORS headers and their preflights are refused with
403. Requests without an ``Origin`` (servers, mobile apps, curl) are not concerned.
WebSocket handshakes are checked by strawberry's view against the same origins
(``allowed_origins``, see ``roost/app.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler
from strawberry.http.websocket_origin import normalize_origin

from roost.settings import Settings
from roost.upgrades import GRAPHQL_PATH, answered

#: Paths that browser pages on other origins may call (exact path or prefix ending in "/").
CORS_PATHS = (GRAPHQL_PATH, "/attachments/", "/exports/")
ALLOW_METHODS = "GET, POST, OPTIONS"
ALLOW_HEADERS = "Authorization, Content-Type, X-Request-Id, Accept"
EXPOSE_HEADERS = "X-Request-Id, Content-Disposition, Retry-After"
#: Seconds a browser may cache a preflight answer.
MAX_AGE_SECONDS = 600


def is_cors_path(path: str) -> bool:
    """Whether ``path`` is one the CORS policy covers."""
    return any(path == p or (p.endswith("/") and path.startswith(p)) for p in CORS_PATHS)


def allowed_origin(settings: Settings, request: web.BaseRequest) -> str | None:
    """The request's ``Origin`` when it is one of ``ROOST_CORS_ORIGINS``, else ``None``."""
    origin = request.headers.get(hdrs.ORIGIN)
    if not origin:
        return None
    return origin if normalize_origin(origin) in settings.cors_origins else None


def _add_vary_origin(response: web.StreamResponse) -> None:
    vary = response.headers.get(hdrs.VARY, "")
    if "origin" not in vary.lower():
        response.headers[hdrs.VARY] = f"{vary}, Origin" if vary else "Origin"


def cors_middleware(
    settings: Settings,
) -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    """A middleware that answers preflights on the covered paths (403 for other origins)."""

    @web.middleware
    def middleware(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
        is_preflight = (
            request.method == hdrs.METH_OPTIONS
            and hdrs.ORIGIN in request.headers
            and hdrs.ACCESS_CONTROL_REQUEST_METHOD in request.headers
        )
        if not is_preflight or not is_cors_path(request.path):
            return handler(request)  # no frame of its own (roost.upgrades)
        if allowed_origin(settings, request) is None:
            origin = request.headers[hdrs.ORIGIN]
            raise web.HTTPForbidden(text=f"Origin {origin} may not call this API.")
        return answered(
            web.Response(
                status=204,
                headers={
                    hdrs.ACCESS_CONTROL_ALLOW_METHODS: ALLOW_METHODS,
                    hdrs.ACCESS_CONTROL_ALLOW_HEADERS: ALLOW_HEADERS,
                    hdrs.ACCESS_CONTROL_MAX_AGE: str(MAX_AGE_SECONDS),
                },
            )
        )

    return middleware


def cors_headers(
    settings: Settings,
) -> Callable[[web.Request, web.StreamResponse], Awaitable[None]]:
    """An ``on_response_prepare`` hook: CORS headers on every response of a covered path.

    A signal rather than the middleware, so that errors turned into responses further out
    (401, 413, 500) carry them too and the page can read them.
    """

    async def hook(request: web.Request, response: web.StreamResponse) -> None:
        if not is_cors_path(request.path):
            return
        _add_vary_origin(response)
        origin = allowed_origin(settings, request)
        if origin is not None:
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_ORIGIN] = origin
            response.headers[hdrs.ACCESS_CONTROL_EXPOSE_HEADERS] = EXPOSE_HEADERS

    return hook

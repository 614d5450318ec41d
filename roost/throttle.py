"""Anonymous requests count per IP address (the ``anonymous`` rate limit).

Requests without an ``Authorization`` header (health probes aside) take a token from
their address's bucket; over the rate they get HTTP 429 with ``Retry-After`` and a
``RATE_LIMITED`` error carrying ``retryAfter``. The same limiter is handed to every
GraphQL request's context for the per-user limits (see ``resolvers.ratelimit``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from resolvers.ratelimit import RateLimiter

LIMITER_KEY = web.AppKey("rate_limiter", RateLimiter)

#: Paths probed by load balancers and orchestrators, never limited.
PROBES = frozenset({"/healthz", "/readyz"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def throttle_anonymous(request: web.Request, handler: Handler) -> web.StreamResponse:
    """429 with ``Retry-After`` for an address over the anonymous rate."""
    if "Authorization" in request.headers or request.path in PROBES:
        return await handler(request)
    wait = request.app[LIMITER_KEY].retry_after("anonymous", f"ip:{request.remote or '-'}")
    if not wait:
        return await handler(request)
    error = {
        "message": f"Too many requests: try again in {wait} seconds.",
        "extensions": {"code": "RATE_LIMITED", "retryAfter": wait},
    }
    return web.json_response({"errors": [error]}, status=429, headers={"Retry-After": str(wait)})

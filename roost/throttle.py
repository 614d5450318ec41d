"""Anonymous requests count per IP address (the ``anonymous`` rate limit).

Requests without an ``Authorization`` header (health probes aside) take a token from
their address's bucket; over the rate they get HTTP 429 with ``Retry-After`` and a
``RATE_LIMITED`` error carrying ``retryAfter``. The same limiter is handed to every
GraphQL request's context for the per-user limits (see ``resolvers.ratelimit``).
"""

from __future__ import annotations

from collections.abc import Awaitable

from aiohttp import web
from aiohttp.typedefs import Handler

from resolvers.ratelimit import RateLimiter
from roost.upgrades import answered

LIMITER_KEY = web.AppKey("rate_limiter", RateLimiter)

#: Paths probed by load balancers and orchestrators, never limited.
PROBES = frozenset({"/healthz", "/readyz"})


@web.middleware
def throttle_anonymous(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
    """429 with ``Retry-After`` for an address over the anonymous rate (no frame of its
    own behind the handler, see ``roost.upgrades``)."""
    if "Authorization" in request.headers or request.path in PROBES:
        return handler(request)
    wait = request.app[LIMITER_KEY].retry_after("anonymous", f"ip:{request.remote or '-'}")
    if not wait:
        return handler(request)
    error = {
        "message": f"Too many requests: try again in {wait} seconds.",
        "extensions": {"code": "RATE_LIMITED", "retryAfter": wait},
    }
    return answered(
        web.json_response({"errors": [error]}, status=429, headers={"Retry-After": str(wait)})
    )

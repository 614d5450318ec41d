"""HTTP refusals that say what would work: ``Allow`` on every 405, a Bearer challenge on 401."""

from __future__ import annotations

from aiohttp import web
from aiohttp.typedefs import Handler

#: The realm named in ``WWW-Authenticate`` challenges.
REALM = "roost"


def allowed_methods(request: web.Request) -> str:
    """The methods the requested path answers, for ``Allow``."""
    match_info = request.match_info
    refusal = getattr(match_info, "http_exception", None)
    if isinstance(refusal, web.HTTPMethodNotAllowed):
        methods = set(refusal.allowed_methods)
    else:
        resource = match_info.route.resource
        methods = {route.method for route in resource} if resource is not None else set()
    return ", ".join(sorted(methods - {"*"}))


def bearer_challenge(request: web.Request) -> str:
    """RFC 6750's challenge; ``invalid_token`` when the request carried credentials."""
    challenge = f'Bearer realm="{REALM}"'
    if request.headers.get("Authorization"):
        challenge += ', error="invalid_token"'
    return challenge


@web.middleware
async def refusal_headers_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Adds ``Allow`` to a 405 and ``WWW-Authenticate`` to a 401 that lack them.

    Outermost, so it sees every response, however the refusal was made.
    """
    response = await handler(request)
    if response.prepared:
        return response
    if response.status == 405 and "Allow" not in response.headers:
        response.headers["Allow"] = allowed_methods(request)
    if response.status == 401 and "WWW-Authenticate" not in response.headers:
        response.headers["WWW-Authenticate"] = bearer_challenge(request)
    return response

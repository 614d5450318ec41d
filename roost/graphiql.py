"""GraphiQL served from the package: the page at GET /graphql and its files under /static/.

The page loads GraphiQL, React and the graphql-ws client from ``roost/static/graphiql/vendor``
(a pinned build, reproduced by ``scripts/vendor-graphiql.sh``), never from a CDN, so it works
with no internet. Its Content-Security-Policy allows nothing from another origin and no
inline script.
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

STATIC_DIR = Path(__file__).parent / "static"
PAGE = STATIC_DIR / "graphiql" / "index.html"

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        # GraphiQL's components set style attributes and add <style> elements at run time.
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        # 'self' covers ws:// and wss:// to this host (subscriptions).
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def graphiql_page() -> web.Response:
    """The GraphiQL page, with its security headers."""
    return web.Response(
        body=PAGE.read_bytes(),
        content_type="text/html",
        charset="utf-8",
        headers={**SECURITY_HEADERS, "Cache-Control": "no-cache"},
    )


async def _static_headers(request: web.Request, response: web.StreamResponse) -> None:
    if request.path.startswith("/static/"):
        response.headers.update(SECURITY_HEADERS)
        response.headers["Cache-Control"] = "no-cache"


def setup_graphiql(app: web.Application) -> None:
    """Serve the packaged static files (GraphiQL's assets) under ``/static/``."""
    app.router.add_static("/static/", STATIC_DIR, follow_symlinks=False)
    app.on_response_prepare.append(_static_headers)

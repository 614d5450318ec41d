"""The customer's self-service page at GET /self-service?token=…, served by Roost itself.

The link in the confirmation e-mail opens it (``ROOST_SELF_SERVICE_URL`` defaults to
``ROOST_PUBLIC_URL/self-service``). The server renders a small HTML shell in the language
of the link's booking (``Accept-Language`` when the link is unknown); the script
``static/selfservice/page.js`` then does everything through the public GraphQL API, as a
portal would (``validateSelfServiceLink``, ``selfServiceBooking``, ``updateBookingFields``,
``bookingUpdated``). The page's texts in en, fr and de live in one catalogue,
``static/selfservice/texts.json``, read here and by the script.

An unknown and an expired link get the same page (404); a locked link says so (403).
Without a token the shell lets the script resume the session kept in the tab's
``sessionStorage``. The page has GraphiQL's headers: a Content-Security-Policy that allows
scripts and styles from this server only, and no framing.
"""

from __future__ import annotations

import functools
import json

from aiohttp import web
from jinja2 import Environment, PackageLoader, Template

from resolvers.selfservice_links import LinkLanding, link_landing
from roost.graphiql import SECURITY_HEADERS, STATIC_DIR
from roost.i18n import LANGUAGES, negotiate_language

CATALOGUE = STATIC_DIR / "selfservice" / "texts.json"
#: Longest ``token`` looked up; real ones are 43 characters.
MAX_TOKEN_LENGTH = 200


@functools.cache
def catalogue() -> dict[str, dict[str, str]]:
    """The page's texts per language (``texts.json``)."""
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


@functools.cache
def _template() -> Template:
    env = Environment(loader=PackageLoader("roost", "templates"), autoescape=True)
    return env.get_template("selfservice/page.html")


def render_page(state: str, language: str, landing: LinkLanding | None = None) -> str:
    """The page's HTML in ``state`` (``login``, ``resume``, ``invalid``, ``locked``)."""
    return _template().render(
        state=state,
        locale=language,
        t=catalogue()[language],
        languages=LANGUAGES,
        provider=landing.provider_name if landing else "",
        attempts=landing.attempts_left if landing else "",
    )


_STATUS = {"login": 200, "resume": 200, "invalid": 404, "locked": 403}


async def self_service_page(request: web.Request) -> web.Response:
    """GET /self-service: the page for the link in ``?token=`` (or the tab's session)."""
    token = request.query.get("token")
    landing = None
    if token is None:
        state = "resume"
    else:
        if 0 < len(token) <= MAX_TOKEN_LENGTH:
            landing = await link_landing(token)
        state = "invalid" if landing is None else "locked" if landing.locked else "login"
    if landing is not None and landing.locale in LANGUAGES:
        language = landing.locale
    else:
        language = negotiate_language(request.headers.get("Accept-Language"))
    return web.Response(
        status=_STATUS[state],
        text=render_page(state, language, landing),
        content_type="text/html",
        charset="utf-8",
        headers={
            **SECURITY_HEADERS,
            "Cache-Control": "no-store",
            "Vary": "Accept-Language",
        },
    )


def setup_self_service_page(app: web.Application) -> None:
    """Serve the self-service page at ``/self-service`` (its files are under ``/static/``)."""
    app.router.add_get("/self-service", self_service_page)

"""The self-service page as HTTP sees it: headers, policy, error pages, languages, settings.

What the page does in a browser is tested in tests/test_selfservice_page.py.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import models as m
from resolvers.selfservice_links import create_link
from roost.selfservice_page import catalogue
from roost.settings import ConfigurationError, load_settings
from tests.conftest import Api, DemoWorld, enable_self_service
from tests.factories import booking_for
from tests.test_graphiql import directives

STATIC = Path(__file__).resolve().parent.parent / "roost" / "static" / "selfservice"
TEMPLATE = STATIC.parent.parent / "templates" / "selfservice" / "page.html"


async def chateau_link(world: DemoWorld, customer: str = "CUSTOMER") -> tuple[str, m.Booking]:
    """A fresh edit link of a booking of ``customer`` at Château Lumière."""
    app = await enable_self_service()
    booking = await booking_for(world, customer=customer)
    token, _ = await create_link(booking, app)
    return token, booking


async def page(api: Api, token: str | None, language: str | None = None) -> tuple[int, str]:
    """GET /self-service for ``token``: status and HTML."""
    params = {"token": token} if token is not None else {}
    headers = {"Accept-Language": language} if language else {}
    response = await api.client.get("/self-service", params=params, headers=headers)
    return response.status, await response.text()


def lang(html: str) -> str:
    found = re.search(r'<html lang="(\w+)"', html)
    assert found, html
    return found[1]


async def test_a_link_opens_the_page_in_its_customer_s_language_with_a_strict_policy(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given the edit link of a French customer's booking
    token, _ = await chateau_link(world, "CUSTOMER")
    # when a browser preferring German opens it
    response = await api.client.get(
        "/self-service", params={"token": token}, headers={"Accept-Language": "de"}
    )
    html = await response.text()
    # then the page is in French, names the provider and the attempts, and says no more
    assert response.status == 200
    assert lang(html) == "fr"
    assert catalogue()["fr"]["login_heading"] in html
    assert 'data-provider="Château Lumière"' in html
    assert 'data-attempts="5"' in html
    assert 'data-state="login"' in html
    assert token not in html
    # and nobody may frame it, sniff it, cache it or leak its address in a referrer
    headers = response.headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    # and its policy runs scripts and styles from this server only, nothing inline
    policy = directives(headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not re.search(r"<style|\sstyle=|\son\w+=", html)


async def test_every_file_the_page_names_is_served_from_the_package(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given the page
    token, _ = await chateau_link(world)
    _, html = await page(api, token)
    assets = re.findall(r'(?:src|href)="(static/selfservice/[^"]+)"', html)
    assert sorted(assets) == ["static/selfservice/page.css", "static/selfservice/page.js"]
    for asset in [*assets, "static/selfservice/texts.json"]:
        # when the browser fetches it
        response = await api.client.get(f"/{asset}")
        # then it is there, typed, under the same policy
        assert response.status == 200, asset
        expected = {"css": "text/css", "js": "javascript", "json": "application/json"}
        assert expected[asset.rpartition(".")[2]] in response.content_type
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]


async def test_unknown_and_expired_links_get_the_same_page(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given a link that has expired and one that never existed
    token, booking = await chateau_link(world)
    await m.SelfServiceLink.filter(booking_id=booking.id).update(
        expires_at=datetime.now(UTC) - timedelta(minutes=1)
    )
    # when a German-speaking browser opens each of them
    expired = await page(api, token, "de-DE,de;q=0.9,en;q=0.5")
    unknown = await page(api, "x" * 43, "de-DE,de;q=0.9,en;q=0.5")
    # then both get the same page: not found, in German, naming no provider
    assert expired == unknown
    status, html = unknown
    assert status == 404
    assert lang(html) == "de"
    assert catalogue()["de"]["invalid_text"] in html
    assert 'data-provider=""' in html
    assert "Château Lumière" not in html


async def test_a_locked_link_says_so_in_its_customer_s_language(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given a German customer's link locked after too many wrong addresses
    token, booking = await chateau_link(world, "CUSTOMER_OTHER")
    await m.SelfServiceLink.filter(booking_id=booking.id).update(
        failed_attempts=5, locked_at=datetime.now(UTC)
    )
    # when it is opened by a browser preferring English
    status, html = await page(api, token, "en")
    # then the page says it is locked, in German, and offers no login
    assert status == 403
    assert lang(html) == "de"
    assert catalogue()["de"]["locked_text"] in html
    assert 'data-state="locked"' in html


async def test_opening_the_page_neither_counts_an_attempt_nor_opens_the_link(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given a fresh link
    token, booking = await chateau_link(world)
    # when the page is opened three times
    for _ in range(3):
        assert (await page(api, token))[0] == 200
    # then the link is as it was: only validating with an address counts
    link = await m.SelfServiceLink.get(booking_id=booking.id)
    assert (link.failed_attempts, link.opened_at) == (0, None)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-CH, fr;q=0.9, en;q=0.8", "fr"),
        ("es, de;q=0.1", "de"),
        ("de;q=0.5, en;q=0.9", "en"),
        ("fr;q=0", "en"),
        ("*", "en"),
        ("", "en"),
        ("de;q=abc, ;;, fr-FR", "fr"),
    ],
)
async def test_an_unknown_link_is_answered_in_the_browser_s_language(
    api: Api, header: str, expected: str
) -> None:
    # given a browser sending Accept-Language
    # when it opens a link the server does not know
    status, html = await page(api, "unknown-token", header)
    # then the page is in the language it prefers among en, fr and de (English otherwise)
    assert status == 404
    assert lang(html) == expected
    assert catalogue()[expected]["invalid_heading"] in html


@pytest.mark.parametrize("token", ["", "a" * 5000, "<script>alert(1)</script>", "é/../?&"])
async def test_malformed_tokens_get_the_invalid_link_page(api: Api, token: str) -> None:
    # when the page is asked for with a token that cannot be a link
    status, html = await page(api, token)
    # then it is the invalid-link page, with nothing of the token echoed
    assert status == 404
    assert 'data-state="invalid"' in html
    assert "<script>alert" not in html


async def test_without_a_token_the_page_resumes_the_tab_s_session(api: Api) -> None:
    # given the page reloaded after the token left the address
    # when it is requested without one
    status, html = await page(api, None, "fr")
    # then it is the shell the script resumes from the tab's session storage
    assert status == 200
    assert 'data-state="resume"' in html
    assert lang(html) == "fr"


def test_the_catalogue_has_every_text_in_every_language() -> None:
    # given the page's catalogue, its template and its script
    texts = catalogue()
    template = TEMPLATE.read_text(encoding="utf-8")
    script = (STATIC / "page.js").read_text(encoding="utf-8")
    used = set(re.findall(r'data-text="(\w+)"', template))
    used |= set(re.findall(r'\bt\("(\w+)"', script))
    used |= set(re.findall(r'dataset\.text = "(\w+)"', script))
    # then English, French and German have the same texts, none empty, and every text the
    # page uses is there
    assert sorted(texts) == ["de", "en", "fr"]
    assert {tuple(sorted(table)) for table in texts.values()} == {tuple(sorted(texts["en"]))}
    assert all(text.strip() for table in texts.values() for text in table.values())
    assert used - set(texts["en"]) == set()
    assert len(used) > 20
    # and the script never spells a text itself: it has no sentence in quotes
    assert not re.search(r'"[A-Z][a-z]+ [a-z]+ [a-z]+', script)
    assert json.loads((STATIC / "texts.json").read_text(encoding="utf-8")) == texts


def test_edit_links_point_at_this_server_s_page_by_default() -> None:
    # given no ROOST_SELF_SERVICE_URL
    # when ROOST_PUBLIC_URL is unset, or set with a trailing slash
    default = load_settings({"ROOST_JWT_SECRET": "s"})
    public = load_settings(
        {"ROOST_JWT_SECRET": "s", "ROOST_PUBLIC_URL": "https://roost.example.com/api/"}
    )
    # then the links open the page Roost serves
    assert (default.public_url, default.self_service_url) == (
        "http://localhost:8000",
        "http://localhost:8000/self-service",
    )
    assert public.self_service_url == "https://roost.example.com/api/self-service"
    # and a portal's own page still wins when configured
    portal = load_settings(
        {
            "ROOST_JWT_SECRET": "s",
            "ROOST_PUBLIC_URL": "https://roost.example.com",
            "ROOST_SELF_SERVICE_URL": "https://portal.example.com/edit",
        }
    )
    assert portal.self_service_url == "https://portal.example.com/edit"


@pytest.mark.parametrize("value", ["ftp://roost.example.com", "roost.example.com", "http://:80"])
def test_a_public_url_that_is_not_http_stops_the_server_from_starting(value: str) -> None:
    # when the settings are read with a ROOST_PUBLIC_URL that is not an http(s) URL
    # then the configuration is refused with the variable's name
    with pytest.raises(ConfigurationError, match="ROOST_PUBLIC_URL"):
        load_settings({"ROOST_JWT_SECRET": "s", "ROOST_PUBLIC_URL": value})

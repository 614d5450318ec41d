"""The GraphiQL page at GET /graphql and its packaged assets, as HTTP sees them.

What the page does in a browser is tested in tests/test_browser.py (headless Chromium).
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import Api

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def directives(policy: str) -> dict[str, list[str]]:
    """A Content-Security-Policy as ``{directive: sources}``."""
    parsed = {}
    for item in policy.split(";"):
        name, *sources = item.split()
        parsed[name] = sources
    return parsed


async def test_browsers_get_the_graphiql_page_with_a_strict_policy(api: Api) -> None:
    # given a browser opening /graphql
    # when the page is served
    response = await api.client.get("/graphql", headers=HTML)
    page = await response.text()
    # then it is our GraphiQL page, which nobody may frame or sniff
    assert response.status == 200
    assert response.content_type == "text/html"
    assert "static/graphiql/vendor/graphiql.min.js" in page
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # and its policy loads scripts from this server only, and nothing from elsewhere
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    for sources in policy.values():
        assert all(s.startswith("'") or s == "data:" for s in sources), policy
    # and the page itself names no other host and has no inline script
    assert not re.search(r"(src|href)=\"(https?:)?//", page), page
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), page


async def test_every_asset_the_page_names_is_served_from_the_package(api: Api) -> None:
    # given the GraphiQL page
    page = await (await api.client.get("/graphql", headers=HTML)).text()
    assets = re.findall(r'(?:src|href)="(static/[^"]+)"', page)
    assert len(assets) >= 6, assets
    for asset in assets:
        # when the browser fetches each file it names
        response = await api.client.get(f"/{asset}")
        # then it is there, with a type the browser must not second-guess
        assert response.status == 200, asset
        expected = "text/css" if asset.endswith(".css") else "javascript"
        assert expected in response.content_type, (asset, response.content_type)
        assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("accept", ["application/json", "application/graphql-response+json"])
async def test_api_clients_still_get_json_on_get(api: Api, accept: str) -> None:
    # given a GraphQL client that does not ask for HTML
    # when it sends a query over GET
    response = await api.client.get(
        "/graphql", params={"query": "{ __typename }"}, headers={"Accept": accept}
    )
    # then it gets the result, not the page
    assert response.status == 200
    assert (await response.json())["data"] == {"__typename": "Query"}

"""CORS and WebSocket origins, as a browser page on another origin sees the API."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from roost.app import create_app
from roost.settings import ConfigurationError, load_settings
from tests.conftest import Api, DemoWorld, make_settings
from tests.wsclient import PROTOCOL, TIMEOUT

AiohttpClient = Callable[..., Awaitable[TestClient]]

#: The origin of the default portal URLs (http://localhost:3000/customer, …).
PORTAL = "http://localhost:3000"
OTHER = "https://evil.example"
ME = "{ me { name } }"
COVERED_PATHS = ["/graphql", "/attachments/1", "/exports/invoices/1"]


def preflight_headers(origin: str) -> dict[str, str]:
    """What a browser sends before a cross-origin POST with a token."""
    return {
        "Origin": origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
    }


@pytest.fixture
async def custom_origins(
    aiohttp_client: AiohttpClient, world: DemoWorld, tmp_path: Path
) -> TestClient:
    """A server configured with ``ROOST_CORS_ORIGINS`` listing two apps."""
    settings = make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_CORS_ORIGINS="https://app.example.com, http://127.0.0.1:5173/",
    )
    return await aiohttp_client(create_app(settings))


@pytest.mark.parametrize("path", COVERED_PATHS)
async def test_a_preflight_from_a_portal_origin_is_answered(api: Api, path: str) -> None:
    # given a portal page on the default allowed origin about to POST with a token
    # when the browser sends its preflight
    response = await api.client.options(path, headers=preflight_headers(PORTAL))
    # then it is allowed, for that exact origin, with the methods and headers a client needs
    assert response.status == 204, await response.text()
    headers = response.headers
    assert headers["Access-Control-Allow-Origin"] == PORTAL
    assert "Origin" in headers["Vary"]
    assert "POST" in headers["Access-Control-Allow-Methods"]
    allowed = headers["Access-Control-Allow-Headers"].lower()
    assert {"authorization", "content-type", "x-request-id"} <= {
        h.strip() for h in allowed.split(",")
    }
    assert int(headers["Access-Control-Max-Age"]) > 0


@pytest.mark.parametrize("path", COVERED_PATHS)
async def test_a_preflight_from_another_origin_is_refused(api: Api, path: str) -> None:
    # given a page on an origin that is not listed
    # when the browser sends its preflight
    response = await api.client.options(path, headers=preflight_headers(OTHER))
    # then it is refused and names no origin, so the browser never sends the request
    assert response.status == 403
    assert "Access-Control-Allow-Origin" not in response.headers
    body = await response.json()
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_query_from_an_allowed_origin_can_be_read_by_the_page(api: Api) -> None:
    # given a portal page sending a query with a token
    headers = {"Origin": PORTAL, "Authorization": f"Bearer {api.world.tokens['CUSTOMER']}"}
    # when the server answers
    response = await api.client.post("/graphql", json={"query": ME}, headers=headers)
    # then the answer names the page's origin and exposes the request id
    assert response.status == 200
    assert response.headers["Access-Control-Allow-Origin"] == PORTAL
    assert "Origin" in response.headers["Vary"]
    assert "X-Request-Id" in response.headers["Access-Control-Expose-Headers"]
    assert (await response.json())["data"]["me"]["name"]


async def test_a_refusal_from_an_allowed_origin_can_be_read_by_the_page(api: Api) -> None:
    # given a portal page sending an expired or forged token
    headers = {"Origin": PORTAL, "Authorization": "Bearer forged"}
    # when the server refuses it with 401
    response = await api.client.post("/graphql", json={"query": ME}, headers=headers)
    # then the page may still read why (the error carries the CORS headers too)
    assert response.status == 401
    assert response.headers["Access-Control-Allow-Origin"] == PORTAL


async def test_a_response_to_another_origin_names_no_origin(api: Api) -> None:
    # given a page on an origin that is not listed (a simple request needs no preflight)
    headers = {"Origin": OTHER, "Authorization": f"Bearer {api.world.tokens['CUSTOMER']}"}
    # when it sends a query
    response = await api.client.get("/graphql", params={"query": ME}, headers=headers)
    # then the response carries no CORS headers, so the browser hides it from the page
    assert not any(h.startswith("Access-Control-") for h in response.headers)
    assert "Origin" in response.headers["Vary"]


async def test_paths_outside_the_api_get_no_cors_headers(api: Api) -> None:
    # given a portal page asking the health probe
    # when it is answered
    response = await api.client.get("/healthz", headers={"Origin": PORTAL})
    # then nothing invites browsers there
    assert response.status == 200
    assert "Access-Control-Allow-Origin" not in response.headers


async def test_configured_origins_replace_the_portal_default(custom_origins: TestClient) -> None:
    # given a server with ROOST_CORS_ORIGINS listing two apps (one written with a slash)
    # when pages on those origins and on the portal's preflight
    statuses = {
        origin: (await custom_origins.options("/graphql", headers=preflight_headers(origin))).status
        for origin in ("https://app.example.com", "http://127.0.0.1:5173", PORTAL)
    }
    # then exactly the listed ones are allowed
    assert statuses == {"https://app.example.com": 204, "http://127.0.0.1:5173": 204, PORTAL: 403}


def test_the_default_origins_are_those_of_the_portal_urls() -> None:
    # given portal URLs on two hosts and no ROOST_CORS_ORIGINS
    env = {
        "ROOST_JWT_SECRET": "s",
        "ROOST_AGENT_PORTAL_URL": "https://agents.example.com:443/desk/",
        "ROOST_SELF_SERVICE_URL": "https://book.example.com:8443/edit",
    }
    # when the settings are read
    origins = load_settings(env).cors_origins
    # then each portal's origin is allowed once, as browsers spell it
    assert origins == (PORTAL, "https://agents.example.com", "https://book.example.com:8443")


@pytest.mark.parametrize("value", ["*", "https://app.example.com/path", "app.example.com"])
def test_a_cors_origin_that_is_not_an_origin_stops_the_server_from_starting(value: str) -> None:
    # given a ROOST_CORS_ORIGINS entry that is not scheme://host[:port] (nor a wildcard)
    env = {"ROOST_JWT_SECRET": "s", "ROOST_CORS_ORIGINS": f"https://ok.example,{value}"}
    # when the settings are read
    # then the configuration is refused with the variable's name
    with pytest.raises(ConfigurationError, match="ROOST_CORS_ORIGINS"):
        load_settings(env)


async def open_socket(client: TestClient, origin: str | None) -> aiohttp.ClientWebSocketResponse:
    """A graphql-transport-ws handshake on /graphql as a browser on ``origin`` starts it."""
    headers = {"Origin": origin} if origin else {}
    return await client.ws_connect(
        "/graphql", protocols=(PROTOCOL,), headers=headers, timeout=aiohttp.ClientWSTimeout(TIMEOUT)
    )


async def subscribed_ack(ws: aiohttp.ClientWebSocketResponse, token: str) -> dict[str, object]:
    """Send ``connection_init`` with ``token``; the server's answer."""
    await ws.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
    return await ws.receive_json(timeout=TIMEOUT)


@pytest.mark.parametrize(
    "origin", [PORTAL, None, "same"], ids=["allowed-origin", "no-origin", "same-origin"]
)
async def test_websockets_are_accepted_from_allowed_origins_and_clients_without_one(
    api: Api, origin: str | None
) -> None:
    # given a portal page, a non-browser client, or GraphiQL served by this server
    if origin == "same":
        origin = f"http://{api.client.host}:{api.client.port}"
    # when it opens a WebSocket and authenticates
    ws = await open_socket(api.client, origin)
    try:
        ack = await subscribed_ack(ws, api.world.tokens["CUSTOMER"])
    finally:
        await ws.close()
    # then the server accepts it
    assert ack["type"] == "connection_ack"


async def test_a_websocket_from_another_origin_is_refused_before_the_upgrade(api: Api) -> None:
    # given a page on an origin that is not listed (it may hold a stolen token)
    # when it opens a WebSocket
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await open_socket(api.client, OTHER)
    # then the handshake is refused with 403: no socket, no subscription
    assert refused.value.status == 403

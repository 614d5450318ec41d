"""During a database outage requests get 503 with ``Retry-After``, never 500.

A PostgreSQL outage is a server on a port where nothing listens (runs with or without a
PostgreSQL server); a SQLite outage is a database file in a folder that went away.
"""

from __future__ import annotations

import logging
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from roost.app import create_app
from tests.conftest import DemoWorld, make_settings

ME = "query { me { name } }"
VALIDATE_LINK = """
mutation { validateSelfServiceLink(input: {token: "abc", email: "a@example.com"}) {
  __typename } }
"""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _postgres_down(aiohttp_client: Any, tmp_path: Path) -> TestClient:
    url = f"postgres://roost:roost@127.0.0.1:{_closed_port()}/roost"
    return await aiohttp_client(create_app(make_settings(url, tmp_path)))


async def _sqlite_gone(aiohttp_client: Any, tmp_path: Path) -> TestClient:
    folder = tmp_path / "volume"
    client = await aiohttp_client(
        create_app(make_settings(f"sqlite://{folder}/roost.sqlite3", tmp_path))
    )
    shutil.rmtree(folder)
    return client


def _assert_unavailable(status: int, headers: Any, body: dict[str, Any]) -> None:
    assert status == 503, body
    assert int(headers["Retry-After"]) > 0
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Roost's own error log lines (an outage is logged as a warning)."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and r.name.startswith("roost")
    ]


@pytest.mark.parametrize("outage", [_postgres_down, _sqlite_gone])
async def test_an_authenticated_request_gets_503_with_retry_after(
    aiohttp_client: Any,
    world: DemoWorld,
    tmp_path: Path,
    outage: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # given a server whose database cannot be reached
    client = await outage(aiohttp_client, tmp_path)

    # when a caller with a token (its user is read from the database) sends a query
    response = await client.post(
        "/graphql",
        json={"query": ME},
        headers={"Authorization": f"Bearer {world.tokens['CUSTOMER']}"},
    )

    # then it is asked to retry later, and no unexpected error is logged
    _assert_unavailable(response.status, response.headers, await response.json())
    assert _errors(caplog) == []


@pytest.mark.parametrize("outage", [_postgres_down, _sqlite_gone])
async def test_a_resolver_that_meets_the_outage_gets_503(
    aiohttp_client: Any, tmp_path: Path, outage: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # given a server whose database cannot be reached
    client = await outage(aiohttp_client, tmp_path)

    # when an anonymous mutation reads the database in its resolver
    response = await client.post("/graphql", json={"query": VALIDATE_LINK})

    # then the answer is 503 with Retry-After, not a masked internal error
    body = await response.json()
    _assert_unavailable(response.status, response.headers, body)
    assert body["errors"][0]["path"] == ["validateSelfServiceLink"]
    assert _errors(caplog) == []


@pytest.mark.parametrize("outage", [_postgres_down, _sqlite_gone])
async def test_readiness_is_503_with_retry_after(
    aiohttp_client: Any, tmp_path: Path, outage: Any
) -> None:
    # given a server whose database cannot be reached
    client = await outage(aiohttp_client, tmp_path)

    # when a load balancer asks whether it is ready
    response = await client.get("/readyz")

    # then it is not, and says when to ask again
    assert response.status == 503
    assert int(response.headers["Retry-After"]) > 0


async def test_requests_keep_getting_503_while_postgres_is_down(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server whose PostgreSQL is down
    client = await _postgres_down(aiohttp_client, tmp_path)
    headers = {"Authorization": f"Bearer {world.tokens['AGENT']}"}

    # when several requests come in
    statuses = [
        (await client.post("/graphql", json={"query": ME}, headers=headers)).status
        for _ in range(3)
    ]

    # then each one gets 503 (none hangs or fails with 500)
    assert statuses == [503, 503, 503]


@pytest.mark.parametrize("upgrade", [False, True], ids=["plain", "asking for a websocket"])
async def test_the_self_service_page_gets_503_during_an_outage(
    aiohttp_client: Any, tmp_path: Path, upgrade: bool, caplog: pytest.LogCaptureFixture
) -> None:
    # given a server whose database cannot be reached
    client = await _sqlite_gone(aiohttp_client, tmp_path)

    # when a customer opens an edit link (its token is looked up), even with headers that
    # ask for a WebSocket, which only /graphql serves
    headers = {"Connection": "Upgrade", "Upgrade": "websocket"} if upgrade else {}
    response = await client.get("/self-service?token=abc", headers=headers)

    # then the page is unavailable for now, not an internal error
    assert response.status == 503
    assert int(response.headers["Retry-After"]) > 0
    assert _errors(caplog) == []

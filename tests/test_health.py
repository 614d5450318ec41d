"""Liveness, readiness and request ids, as a load balancer and an operator see them."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from roost.app import create_app
from tests.conftest import Api, make_settings

AiohttpClient = Callable[..., Awaitable[TestClient]]
ME = "{ me { name } }"


def closed_port() -> int:
    """A local TCP port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
async def unreachable_db_client(aiohttp_client: AiohttpClient, tmp_path: Path) -> TestClient:
    """A server whose PostgreSQL URL points at a closed port; the ORM connects lazily."""
    url = f"postgres://nobody@127.0.0.1:{closed_port()}/roost"
    return await aiohttp_client(create_app(make_settings(url, tmp_path)))


async def test_healthz_says_ok(api: Api) -> None:
    # given a running server
    # when the liveness probe asks
    response = await api.client.get("/healthz")
    # then it answers 200 ok
    assert response.status == 200
    assert await response.json() == {"status": "ok"}


async def test_readyz_is_200_when_the_database_answers(api: Api) -> None:
    # given a running server on a live database
    # when the readiness probe asks
    response = await api.client.get("/readyz")
    # then it is ready
    assert response.status == 200, await response.text()
    assert (await response.json())["status"] == "ready"


async def test_readyz_is_503_when_the_database_is_unreachable(
    unreachable_db_client: TestClient,
) -> None:
    # given a server whose database does not answer
    # when the readiness probe asks
    response = await unreachable_db_client.get("/readyz")
    # then it is not ready, but the process is alive
    assert response.status == 503, await response.text()
    assert (await unreachable_db_client.get("/healthz")).status == 200


@pytest.mark.parametrize(
    ("method", "path", "query"),
    [
        ("GET", "/healthz", ME),
        ("GET", "/readyz", ME),
        ("POST", "/graphql", ME),
        ("POST", "/graphql", "{ me { nam } }"),
        ("GET", "/nowhere", ME),
        ("DELETE", "/healthz", ME),
        ("POST", "/graphql", ME + " " * 1_000_001),
    ],
    ids=["healthz", "readyz", "graphql", "invalid query", "404", "405", "413"],
)
async def test_every_response_carries_a_request_id(
    api: Api, method: str, path: str, query: str
) -> None:
    # given any request, including unknown paths, wrong methods and oversized bodies
    # when it is answered
    response = await api.client.request(method, path, json={"query": query})
    # then the response names its request id
    assert response.headers.get("X-Request-Id"), (response.status, dict(response.headers))


async def test_request_ids_differ_between_requests(api: Api) -> None:
    # given two requests without an id of their own
    # when both are answered
    first = await api.client.get("/healthz")
    second = await api.client.get("/healthz")
    # then each got its own id
    assert first.headers["X-Request-Id"] != second.headers["X-Request-Id"]


async def test_a_refused_token_response_carries_a_request_id(api: Api) -> None:
    # given a request refused by authentication (401, before GraphQL runs)
    # when it is answered
    response = await api.client.post(
        "/graphql", json={"query": ME}, headers={"Authorization": "Bearer garbage"}
    )
    # then it still names its request id
    assert response.status == 401
    assert response.headers.get("X-Request-Id")


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_client_request_id_is_echoed(api: Api, method: str) -> None:
    # given a client that sends its own request id
    request_id = "client-trace-0123456789"
    path = "/healthz" if method == "GET" else "/graphql"
    # when the request is answered
    response = await api.client.request(
        method, path, json={"query": ME}, headers={"X-Request-Id": request_id}
    )
    # then the same id comes back
    assert response.status == 200
    assert response.headers["X-Request-Id"] == request_id

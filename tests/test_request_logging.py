"""What the logs say about a request: client errors at INFO without a traceback, only
unexpected errors at ERROR; a caller's ``X-Request-Id`` kept only when it is safe.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import pytest

import resolvers.bookings
from roost.logs import quiet_client_errors
from tests.conftest import Api

ME = "{ me { name } }"
BOOKING_COUNT = "query ($first: Int!) { bookings(first: $first) { totalCount } }"
FRESH_ID = re.compile(r"[0-9a-f]{16}")


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Records at ERROR or above."""
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


def tracebacks_logged(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Records that carry a traceback."""
    return [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize(
    ("role", "query", "variables"),
    [
        ("ADMIN", "{ me { nameOfNoField } }", None),
        ("ADMIN", "{ me { name ", None),
        ("ADMIN", BOOKING_COUNT, {"first": "many"}),
        (None, ME, None),
        ("CUSTOMER", "{ bookings(first: 1) { edges { node { commission } } } }", None),
    ],
    ids=["validation", "syntax", "variables", "unauthenticated", "forbidden"],
)
async def test_a_client_error_is_logged_at_info_without_a_traceback(
    api: Api,
    caplog: pytest.LogCaptureFixture,
    role: str | None,
    query: str,
    variables: dict[str, Any] | None,
) -> None:
    # given a request the client got wrong
    caplog.set_level(logging.INFO)
    token = api.world.tokens[role] if role else None
    # when it is answered
    _, body = await api.post(query, variables, token=token)
    assert body["errors"], body
    # then the log says so at INFO, with its code, and nothing at ERROR or with a traceback
    assert not errors_logged(caplog), [r.getMessage() for r in errors_logged(caplog)]
    assert not tracebacks_logged(caplog)
    codes = {e["extensions"]["code"] for e in body["errors"]}
    logged = [r for r in caplog.records if r.name == "roost.graphql" and r.levelno == logging.INFO]
    assert codes <= {getattr(r, "code", None) for r in logged}, [r.__dict__ for r in logged]


@pytest.mark.parametrize(
    ("method", "path", "headers", "body"),
    [
        ("POST", "/graphql", {"Authorization": "Bearer forged"}, {"query": ME}),
        ("PUT", "/graphql", {}, {"query": ME}),
        ("POST", "/graphql", {"Accept": "text/csv"}, {"query": ME}),
        ("POST", "/graphql", {"Content-Type": "application/json"}, b'{"query": '),
        ("GET", "/nowhere", {}, None),
        ("GET", "/attachments/1", {}, None),
    ],
    ids=["401", "405", "406", "400", "404", "401 attachment"],
)
async def test_an_http_refusal_is_logged_at_info(
    api: Api,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    headers: dict[str, str],
    body: Any,
) -> None:
    # given a request refused before GraphQL runs
    caplog.set_level(logging.INFO)
    send = {"data": body} if isinstance(body, bytes) else {"json": body}
    # when it is answered
    response = await api.client.request(method, path, headers=headers, **send)
    # then the request line is logged at INFO, and nothing at ERROR
    assert 400 <= response.status < 500
    assert not errors_logged(caplog), [r.getMessage() for r in errors_logged(caplog)]
    assert not tracebacks_logged(caplog)
    assert any(
        r.name == "roost.http" and getattr(r, "status", None) == response.status
        for r in caplog.records
    )


async def test_a_malformed_http_request_is_logged_at_info(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    # given the server's logging set up as `roost serve` does it
    quiet_client_errors()
    caplog.set_level(logging.INFO)
    # when a client sends a header name with a space in it
    reader, writer = await asyncio.open_connection(api.client.host, api.client.port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n")
    await writer.drain()
    status_line = await asyncio.wait_for(reader.readline(), 5)
    writer.close()
    # then aiohttp answers 400 and the log says so at INFO, without a traceback
    assert b" 400 " in status_line
    assert not errors_logged(caplog), [r.getMessage() for r in errors_logged(caplog)]
    assert not tracebacks_logged(caplog)
    assert any(r.name == "aiohttp.server" and r.levelno == logging.INFO for r in caplog.records)


async def test_an_unexpected_error_is_logged_at_error_with_its_traceback(
    api: Api, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the booking list fails with an internal error
    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(resolvers.bookings, "list_bookings", broken)
    caplog.set_level(logging.INFO)
    # when an admin lists bookings
    _, body = await api.post(BOOKING_COUNT, {"first": 5}, token=api.world.tokens["ADMIN"])
    # then it is logged once at ERROR, with the traceback and the request id
    assert body["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    logged = errors_logged(caplog)
    assert len(logged) == 1, [r.getMessage() for r in logged]
    assert logged[0].exc_info
    assert "disk on fire" in str(logged[0].exc_info[1])
    assert body["errors"][0]["extensions"]["requestId"] in logged[0].getMessage()


@pytest.mark.parametrize(
    "request_id", ["abc", "trace-0123.ABC_xyz", "a" * 64], ids=["short", "mixed", "64 chars"]
)
async def test_a_safe_caller_request_id_is_kept(api: Api, request_id: str) -> None:
    # given a caller's request id made of safe characters, at most 64
    # when a request carries it
    response = await api.client.get("/healthz", headers={"X-Request-Id": request_id})
    # then the same id comes back
    assert response.headers["X-Request-Id"] == request_id


@pytest.mark.parametrize(
    "request_id",
    [
        "has spaces",
        "tab\there",
        "line\u2028sep",
        "nel\u0085",
        "line%0Abreak",
        "café-42",
        "a" * 65,
        "<script>",
    ],
    ids=[
        "spaces",
        "tab",
        "line separator",
        "next line",
        "encoded newline",
        "unicode",
        "65 chars",
        "markup",
    ],
)
async def test_an_unsafe_caller_request_id_is_replaced(
    api: Api, caplog: pytest.LogCaptureFixture, request_id: str
) -> None:
    # given a caller's request id with unsafe characters or too long
    caplog.set_level(logging.INFO)
    # when a request carries it
    response = await api.client.get(
        "/healthz", headers={"X-Request-Id": request_id.encode().decode("latin-1")}
    )
    # then a fresh id is used and returned instead, and the log never sees the caller's
    fresh = response.headers["X-Request-Id"]
    assert FRESH_ID.fullmatch(fresh), fresh
    ids = {getattr(r, "request_id", None) for r in caplog.records if r.name == "roost.http"}
    assert ids == {fresh}

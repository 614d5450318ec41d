"""What bad input gets: a clear error with a stable code, never a 500, nothing executed.

Covers the request limits (depth, aliases, tokens, body size), pagination arguments,
malformed requests, field suggestions, error masking and paging through a connection.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from strawberry.relay import to_base64

import resolvers.bookings
import schema.nodes
from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings

ME = "{ me { name } }"
BOOKING_COUNT = "query ($first: Int!) { bookings(first: $first) { totalCount } }"
BOOKINGS_AFTER = "query ($after: String) { bookings(first: 5, after: $after) { totalCount } }"
CONFIRMED_BOOKING_ID = """
{ bookings(first: 1, filter: { status: [CONFIRMED] }) { edges { node { id } } } }
"""
BOOKINGS_OF_PROVIDER = """
query ($provider: ID!) { bookings(filter: { providerId: $provider }) { totalCount } }
"""
DEEP_NODE = "query ($id: ID!) { node(id: $id) { ... on Booking { SELECTION } } }"
ME_NAME = "me { name }"
BOOKING_TOTAL = "bookings(first: 1) { totalCount }"
NODE = "query ($id: ID!) { node(id: $id) { id } }"
UNKNOWN_FIELD = "{ me { nam } }"
BOOKING_PAGE = """
query ($after: String) {
  bookings(first: 20, after: $after) {
    totalCount
    edges { node { id reference } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

AiohttpClient = Callable[..., Awaitable[TestClient]]


def deep_query(depth: int) -> str:
    """A ``node(id:)`` query ``depth`` levels deep, counted as the depth limiter does.

    The root field ``node`` is at depth 0; below it ``invoices`` and ``booking``
    alternate (Booking and Invoice objects) down to a scalar leaf at depth ``depth``.
    """
    assert depth >= 1
    chain = ["invoices" if level % 2 else "booking" for level in range(1, depth)]
    body = "number" if chain and chain[-1] == "invoices" else "reference"
    for field in reversed(chain):
        body = f"{field} {{ {body} }}"
    return DEEP_NODE.replace("SELECTION", body)


def aliased_query(count: int, selection: str = ME_NAME) -> str:
    """A query selecting ``selection`` (a root field) ``count`` times, each under an alias."""
    return "{ " + " ".join(f"a{i}: {selection}" for i in range(count)) + " }"


def long_query(tokens: int) -> str:
    """A valid ``bookings`` query of at least ``tokens`` lexical tokens (repeated fields)."""
    return "{ bookings(first: 1) { totalCount " + "totalCount " * tokens + "} }"


#: Queries refused before execution: over a limit, invalid, or not even parseable.
REFUSED_QUERIES = {
    "too deep": deep_query(13),
    "too many aliases": aliased_query(31),
    "too many tokens": long_query(2000),
    "unknown field": UNKNOWN_FIELD,
    "syntax error": "{ me { name }",
}


def codes(body: dict[str, Any]) -> list[str | None]:
    """The ``extensions.code`` of every error of ``body``."""
    return [e.get("extensions", {}).get("code") for e in body.get("errors", [])]


def messages(body: dict[str, Any]) -> str:
    """All error messages of ``body``, joined."""
    return " | ".join(e["message"] for e in body.get("errors", []))


class Calls:
    """Counts how often the root resolvers ran (``bookings``, ``node``)."""

    def __init__(self) -> None:
        self.count = 0


@pytest.fixture
def resolver_calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Spies on ``bookings`` and ``node``: a refused query must not reach them."""
    calls = Calls()
    list_bookings = resolvers.bookings.list_bookings
    load_node = schema.nodes.load_node

    async def spy_list(*args: Any, **kwargs: Any) -> Any:
        calls.count += 1
        return await list_bookings(*args, **kwargs)

    async def spy_node(*args: Any, **kwargs: Any) -> Any:
        calls.count += 1
        return await load_node(*args, **kwargs)

    monkeypatch.setattr(resolvers.bookings, "list_bookings", spy_list)
    monkeypatch.setattr(schema.nodes, "load_node", spy_node)
    return calls


async def invoiced_booking_id(api: Api) -> str:
    """The global id of a confirmed (hence invoiced) booking the admin sees."""
    body = await api.query("ADMIN", CONFIRMED_BOOKING_ID)
    return body["data"]["bookings"]["edges"][0]["node"]["id"]


async def test_a_query_at_the_depth_limit_runs(api: Api, resolver_calls: Calls) -> None:
    # given a query exactly as deep as allowed
    assert api.world.settings.max_query_depth == 12
    booking_id = await invoiced_booking_id(api)
    resolver_calls.count = 0
    # when it is sent
    body = await api.query("ADMIN", deep_query(12), {"id": booking_id})
    # then it runs all the way down to the innermost invoice numbers
    assert "errors" not in body, body
    assert '"number"' in json.dumps(body), body
    assert resolver_calls.count == 1


async def test_a_query_deeper_than_the_limit_is_refused_unexecuted(
    api: Api, resolver_calls: Calls
) -> None:
    # given a query one level deeper than allowed
    booking_id = await invoiced_booking_id(api)
    resolver_calls.count = 0
    # when it is sent
    status, body = await api.post(
        deep_query(13), {"id": booking_id}, token=api.world.tokens["ADMIN"]
    )
    # then it is refused with a clear message, and nothing ran
    assert status in (200, 400), body
    assert body.get("data") is None, body
    assert "exceeds maximum operation depth of 12" in messages(body), body
    assert resolver_calls.count == 0


async def test_too_many_aliases_are_refused_unexecuted(api: Api, resolver_calls: Calls) -> None:
    # given a query with one alias more than allowed, each calling a resolver
    # when it is sent
    status, body = await api.post(aliased_query(31, BOOKING_TOTAL), token=api.world.tokens["ADMIN"])
    # then it is refused and no resolver ran
    assert status in (200, 400), body
    assert body.get("data") is None, body
    assert "31 aliases found. Allowed: 30" in messages(body), body
    assert resolver_calls.count == 0


async def test_as_many_aliases_as_allowed_run(api: Api) -> None:
    # given a query with exactly the allowed number of aliases
    # when it is sent
    body = await api.query("CUSTOMER", aliased_query(30))
    # then every alias is answered
    assert "errors" not in body, body
    assert len(body["data"]) == 30


async def test_too_many_tokens_are_refused_unexecuted(api: Api, resolver_calls: Calls) -> None:
    # given a syntactically valid query longer than the token limit
    # when it is sent
    status, body = await api.post(long_query(2000), token=api.world.tokens["ADMIN"])
    # then it is refused before parsing finishes; no resolver ran
    assert status in (200, 400), body
    assert body.get("data") is None, body
    assert "more than 2000 tokens" in messages(body), body
    assert resolver_calls.count == 0


async def test_an_unknown_field_gets_no_suggestion(api: Api, resolver_calls: Calls) -> None:
    # given a typo in a field name (debug is off in tests)
    # when the query is sent
    status, body = await api.post(UNKNOWN_FIELD, token=api.world.tokens["CUSTOMER"])
    # then it is a validation error that does not reveal the schema's field names
    assert status in (200, 400), body
    assert body.get("data") is None, body
    assert "Cannot query field 'nam' on type 'User'" in messages(body), body
    assert "Did you mean" not in messages(body), body
    assert resolver_calls.count == 0


async def test_in_debug_mode_an_unknown_field_gets_a_suggestion(
    aiohttp_client: AiohttpClient, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server in debug mode (the control case for the test above)
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_DEBUG="1")
    client = await aiohttp_client(create_app(settings))
    # when the same typo is sent
    response = await client.post(
        "/graphql",
        json={"query": UNKNOWN_FIELD},
        headers={"Authorization": f"Bearer {world.tokens['CUSTOMER']}"},
    )
    # then the error suggests the right field
    assert "Did you mean 'name'?" in messages(await response.json())


@pytest.mark.parametrize("case", list(REFUSED_QUERIES))
async def test_every_refused_query_carries_a_stable_code(api: Api, case: str) -> None:
    # given a query refused before execution
    # when it is sent
    status, body = await api.post(
        REFUSED_QUERIES[case], {"id": "x"}, token=api.world.tokens["ADMIN"]
    )
    # then every error carries a machine-readable code clients can rely on
    assert status in (200, 400), body
    assert body["errors"], body
    assert all(isinstance(code, str) and code for code in codes(body)), body


@pytest.mark.parametrize(("first", "mentions"), [(10000, "100"), (101, "100"), (-1, "negative")])
async def test_an_out_of_range_page_size_is_bad_user_input(
    api: Api, first: int, mentions: str
) -> None:
    # given a page size outside 0..100
    # when it is requested
    body = await api.query("ADMIN", BOOKING_COUNT, {"first": first})
    # then the caller is told the bound
    assert body["data"] is None, body
    assert codes(body) == ["BAD_USER_INPUT"], body
    assert mentions in messages(body)


async def test_the_largest_page_size_is_allowed(api: Api) -> None:
    # given the largest allowed page size
    # when it is requested
    body = await api.query("ADMIN", BOOKING_COUNT, {"first": 100})
    # then the query runs
    assert "errors" not in body, body
    assert body["data"]["bookings"]["totalCount"] > 0


@pytest.mark.parametrize(
    "cursor",
    ["not-a-cursor", "zzz", "b2Zmc2V0Oi0x", "aGVsbG8=", "b2Zmc2V0OmFiYw==", "%%%"],
)
async def test_an_invalid_cursor_is_bad_user_input(api: Api, cursor: str) -> None:
    # given a cursor the server never issued (garbage, negative offset, other prefix, ...)
    # when it is used
    body = await api.query("ADMIN", BOOKINGS_AFTER, {"after": cursor})
    # then it is refused as bad input
    assert body["data"] is None, body
    assert codes(body) == ["BAD_USER_INPUT"], body


async def test_a_cursor_far_beyond_the_end_is_not_an_internal_error(api: Api) -> None:
    # given a cursor in the server's format ("offset:N", base64) with a huge offset
    cursor = base64.urlsafe_b64encode(b"offset:" + b"9" * 30).decode()
    # when it is used
    body = await api.query("ADMIN", BOOKING_PAGE, {"after": cursor})
    # then it is refused as bad input or gives an empty page, never an internal error
    assert codes(body) in ([], ["BAD_USER_INPUT"]), body
    if not codes(body):
        assert body["data"]["bookings"]["edges"] == []


@pytest.mark.parametrize(
    "raw_id",
    ["\u00b2", "9" * 30, "-1", "1.5", "", "abc"],
    ids=["superscript-two", "30-digits", "negative", "decimal", "empty", "letters"],
)
async def test_a_malformed_node_id_gives_null_quietly(api: Api, raw_id: str) -> None:
    # given a global id of a known type whose row id is not a database id
    global_id = to_base64("Booking", raw_id)
    # when looking it up
    body = await api.query("ADMIN", NODE, {"id": global_id})
    # then it is simply not found, like any id the caller cannot reach
    assert body == {"data": {"node": None}}


@pytest.mark.parametrize("raw_id", ["\u00b2", "9" * 30], ids=["superscript-two", "30-digits"])
async def test_a_malformed_filter_id_is_not_an_internal_error(api: Api, raw_id: str) -> None:
    # given an organisation global id whose row id is not a database id
    provider = to_base64("Organisation", raw_id)
    # when filtering bookings by it
    body = await api.query("ADMIN", BOOKINGS_OF_PROVIDER, {"provider": provider})
    # then it is bad input or matches nothing, never an internal error
    assert codes(body) in ([], ["BAD_USER_INPUT"]), body
    if not codes(body):
        assert body["data"]["bookings"]["totalCount"] == 0


async def test_a_filter_id_of_the_wrong_type_is_bad_user_input(api: Api) -> None:
    # given the global id of a booking where an organisation id is expected
    booking_id = await invoiced_booking_id(api)
    # when filtering bookings by that "provider"
    body = await api.query("ADMIN", BOOKINGS_OF_PROVIDER, {"provider": booking_id})
    # then the caller is told which field is wrong
    assert body["data"] is None, body
    assert codes(body) == ["BAD_USER_INPUT"], body
    assert "providerId" in messages(body)


async def test_a_malformed_json_body_is_a_400_bad_request(api: Api) -> None:
    # given a body that is not JSON
    # when it is posted
    response = await api.client.post(
        "/graphql",
        data=b'{"query": "{ me { name } }"',
        headers={"Content-Type": "application/json"},
    )
    # then the server answers 400 with a GraphQL-shaped JSON error
    assert response.status == 400
    body = await response.json()
    assert codes(body) == ["BAD_REQUEST"], body


async def test_a_query_over_get_works(api: Api) -> None:
    # given a query sent as a GET parameter with a token
    # when it is sent
    response = await api.client.get(
        "/graphql",
        params={"query": ME},
        headers={"Authorization": f"Bearer {api.world.tokens['CUSTOMER']}"},
    )
    # then it is answered like a POST
    assert response.status == 200
    assert await response.json() == {"data": {"me": {"name": "Claire Martin"}}}


async def test_a_body_over_the_size_limit_is_413(api: Api) -> None:
    # given a body larger than the configured limit
    limit = api.world.settings.max_body_bytes
    query = "{ me { name } }" + " " * limit
    # when it is posted
    response = await api.client.post(
        "/graphql",
        json={"query": query},
        headers={"Authorization": f"Bearer {api.world.tokens['CUSTOMER']}"},
    )
    # then it is refused as too large
    assert response.status == 413


async def test_a_body_over_the_size_limit_gets_a_json_error_with_a_code(api: Api) -> None:
    # given a body larger than the configured limit
    query = "{ me { name } }" + " " * api.world.settings.max_body_bytes
    # when it is posted
    response = await api.client.post("/graphql", json={"query": query})
    # then the refusal is a GraphQL-shaped JSON error with a stable code, like a 400
    assert response.status == 413
    assert response.content_type == "application/json", await response.text()
    body = await response.json()
    assert body["errors"], body
    assert all(isinstance(code, str) and code for code in codes(body)), body


async def test_an_unexpected_exception_is_masked(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    # given the booking list fails with an internal error
    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(resolvers.bookings, "list_bookings", broken)
    # when an admin lists bookings
    response = await api.client.post(
        "/graphql",
        json={"query": BOOKING_COUNT, "variables": {"first": 5}},
        headers={"Authorization": f"Bearer {api.world.tokens['ADMIN']}"},
    )
    # then the client gets a code and the request id to quote, but not the detail
    text = await response.text()
    assert response.status == 200, text
    assert "secret detail" not in text
    body = await response.json()
    assert codes(body) == ["INTERNAL_SERVER_ERROR"], body
    request_id = body["errors"][0]["extensions"]["requestId"]
    assert request_id
    assert request_id == response.headers["X-Request-Id"]


async def test_paging_through_all_bookings_yields_each_exactly_once(api: Api) -> None:
    # given an admin who sees every booking
    seen: list[str] = []
    after: str | None = None
    pages = 0
    # when following endCursor until there is no next page
    while True:
        body = await api.query("ADMIN", BOOKING_PAGE, {"after": after})
        assert "errors" not in body, body
        connection = body["data"]["bookings"]
        seen += [edge["node"]["id"] for edge in connection["edges"]]
        pages += 1
        assert pages < 20, "pagination does not end"
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]
    # then every booking came exactly once, over several pages
    total = connection["totalCount"]
    assert total > 40
    assert pages == -(-total // 20)
    assert len(seen) == total
    assert len(set(seen)) == total

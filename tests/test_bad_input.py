"""What bad input gets: a clear error with a stable code, never a 500, nothing executed.

Covers the request limits (depth, aliases, tokens, body size), pagination arguments,
malformed requests (bodies that are not a JSON object, invalid UTF-8, deep nesting, NUL
characters and lone surrogates in strings, broken multipart headers, queries over the
legacy WebSocket protocol), field suggestions, error masking and paging through a
connection.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from strawberry.relay import GlobalID, to_base64

import models as m
import resolvers.bookings
import schema.nodes
from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings
from tests.wsclient import WsClient

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


async def test_a_booking_reference_longer_than_any_is_simply_not_found(api: Api) -> None:
    # given a reference far longer than a booking reference can be
    # when looking it up
    body = await api.query("ADMIN", BOOKING_BY_REFERENCE, {"reference": "BK-" + "9" * 200})
    # then there is no such booking, and no error
    assert body == {"data": {"booking": None}}


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


# --- Malformed bodies and unsafe strings: a 400 or BAD_USER_INPUT, never a 500 ---

SEARCH_BOOKINGS = "query ($search: String) { bookings(filter: { search: $search }) { totalCount } }"
BOOKING_BY_REFERENCE = "query ($reference: String!) { booking(reference: $reference) { id } }"
START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code } }
}
"""
SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id } errors { code } }
}
"""
SEND_SELF_SERVICE_EMAIL = """
mutation ($input: SendSelfServiceEmailInput!) {
  sendSelfServiceEmail(input: $input) { entry { booking { id } } errors { code } }
}
"""
UPLOAD_ATTACHMENT = (
    "mutation ($f: Upload!) { uploadAttachment(input: {file: $f}) { errors { code } } }"
)
MESSAGE_ADDED = "subscription ($id: ID!) { messageAdded(threadId: $id) { seq } }"

#: JSON bodies that are valid JSON but not a GraphQL request object.
NOT_AN_OBJECT = {
    "number": b"123",
    "null": b"null",
    "string": b'"x"',
    "true": b"true",
    "array": b"[]",
}

#: Characters no stored text may hold: NUL (PostgreSQL refuses it) and a lone surrogate.
UNSAFE = {"nul": "a\u0000b", "lone-surrogate": "a\ud800b"}


async def post_raw(api: Api, body: bytes, content_type: str = "application/json") -> Any:
    """POST ``body`` as is, as the admin; the response."""
    return await api.client.post(
        "/graphql",
        data=body,
        headers={
            "Content-Type": content_type,
            "Authorization": f"Bearer {api.world.tokens['ADMIN']}",
        },
    )


def raw_request(query: str, variables: dict[str, Any]) -> bytes:
    """A JSON request body; non-ASCII (and lone surrogates) as ``\\uXXXX`` escapes."""
    return json.dumps({"query": query, "variables": variables}).encode()


async def written_rows() -> tuple[int, int, int]:
    """How many threads, messages and outbox items the database holds."""
    return (
        await m.Thread.all().count(),
        await m.Message.all().count(),
        await m.OutboxItem.all().count(),
    )


async def unsafe_string_cases(
    world: DemoWorld,
) -> dict[str, tuple[str, str, Callable[[str], dict[str, Any]]]]:
    """Per case: the role, the document and the variables carrying a text, all valid otherwise."""
    customer = world.user_ids["CUSTOMER"]
    booking = await m.Booking.filter(customer_id=customer, status=m.BookingStatus.CONFIRMED).first()
    thread = await m.Thread.filter(booking__customer_id=customer).first()
    assert booking is not None
    assert thread is not None
    booking_id = str(GlobalID("Booking", str(booking.id)))
    thread_id = str(GlobalID("Thread", str(thread.id)))
    guest_booking = str(GlobalID("Booking", str(world.guest_booking_id)))
    return {
        "search filter": ("ADMIN", SEARCH_BOOKINGS, lambda text: {"search": text}),
        "booking reference": ("ADMIN", BOOKING_BY_REFERENCE, lambda text: {"reference": text}),
        "thread subject": (
            "CUSTOMER",
            START_THREAD,
            lambda text: {"input": {"bookingId": booking_id, "subject": text, "body": "Hello"}},
        ),
        "message body": (
            "CUSTOMER",
            SEND_MESSAGE,
            lambda text: {"input": {"threadId": thread_id, "body": text}},
        ),
        "e-mail subject": (
            "ADMIN",
            SEND_SELF_SERVICE_EMAIL,
            lambda text: {"input": {"bookingId": guest_booking, "subject": text, "text": "Hi"}},
        ),
        "e-mail text": (
            "ADMIN",
            SEND_SELF_SERVICE_EMAIL,
            lambda text: {"input": {"bookingId": guest_booking, "subject": "Hi", "text": text}},
        ),
    }


@pytest.mark.parametrize("case", list(NOT_AN_OBJECT))
async def test_a_json_body_that_is_not_an_object_is_a_400(api: Api, case: str) -> None:
    # given a body that is valid JSON but not a request object
    # when it is posted
    response = await post_raw(api, NOT_AN_OBJECT[case])
    # then it is a 400 with a code, not an internal error
    assert response.status == 400, await response.text()
    assert codes(await response.json()) == ["BAD_REQUEST"]


async def test_a_body_of_invalid_utf8_is_a_400(api: Api) -> None:
    # given a JSON body with a byte that is not UTF-8
    body = b'{"query": "{ me { name } }", "operationName": "\xff"}'
    # when it is posted
    response = await post_raw(api, body)
    # then it is a 400 with a code
    assert response.status == 400, await response.text()
    assert codes(await response.json()) == ["BAD_REQUEST"]


async def test_deeply_nested_variables_are_a_400(api: Api) -> None:
    # given variables nested 100,000 lists deep
    depth = 100_000
    body = b'{"query": "{ me { name } }", "variables": {"x": ' + b"[" * depth + b"]" * depth + b"}}"
    # when they are posted
    response = await post_raw(api, body)
    # then the body is refused as bad JSON rather than crashing the parser
    assert response.status == 400, await response.text()
    assert codes(await response.json()) == ["BAD_REQUEST"]


async def test_deeply_nested_variables_in_a_get_are_a_400(api: Api) -> None:
    # given a GET whose variables parameter is nested 1,200 lists deep (as a URL allows)
    depth = 1_200
    variables = '{"x": ' + "[" * depth + "]" * depth + "}"
    # when it is sent
    response = await api.client.get("/graphql", params={"query": ME, "variables": variables})
    # then it is refused as bad input
    assert response.status == 400, await response.text()


@pytest.mark.parametrize("unsafe", list(UNSAFE))
@pytest.mark.parametrize(
    "case",
    [
        "search filter",
        "booking reference",
        "thread subject",
        "message body",
        "e-mail subject",
        "e-mail text",
    ],
)
async def test_an_unsafe_character_in_a_string_variable_is_refused_and_nothing_written(
    api: Api, orm: None, case: str, unsafe: str
) -> None:
    # given a request that would run, but one of its texts holds a NUL or a lone surrogate
    role, query, variables = (await unsafe_string_cases(api.world))[case]
    before = await written_rows()
    # when it is posted (the text as a JSON \\u escape)
    response = await api.client.post(
        "/graphql",
        data=raw_request(query, variables(UNSAFE[unsafe])),
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {api.world.tokens[role]}",
        },
    )
    # then it is refused as bad input before anything runs, and nothing is written
    body = await response.json()
    assert response.status == 400 or codes(body) == ["BAD_USER_INPUT"], body
    assert body.get("data") is None, body
    assert await written_rows() == before


@pytest.mark.parametrize("case", ["search filter", "message body"])
async def test_a_nul_in_a_string_literal_of_the_document_is_refused(
    api: Api, orm: None, case: str
) -> None:
    # given the text inlined in the document as a GraphQL "\\u0000" escape
    role, query, variables = (await unsafe_string_cases(api.world))[case]
    inlined = query.replace("($search: String)", "").replace("$search", '"a\\u0000b"')
    if case == "message body":
        thread_id = variables("x")["input"]["threadId"]
        inlined = (
            f'mutation {{ sendMessage(input: {{threadId: "{thread_id}", body: "a\\u0000b"}}) '
            "{ message { id } errors { code } } }"
        )
    before = await written_rows()
    # when it is sent
    status, body = await api.post(inlined, token=api.world.tokens[role])
    # then it is bad user input and nothing is written
    assert status in (200, 400), body
    assert codes(body) == ["BAD_USER_INPUT"], body
    assert body.get("data") is None, body
    assert await written_rows() == before


async def test_an_unsafe_string_over_a_websocket_is_bad_user_input(api: Api, orm: None) -> None:
    # given a WebSocket client (its frames are decoded apart from HTTP bodies)
    _, _, variables = (await unsafe_string_cases(api.world))["message body"]
    before = await written_rows()
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        # when it sends a lone surrogate in a subscription and a NUL in a mutation
        await ws.subscribe("1", MESSAGE_ADDED, {"id": "\ud800"})
        await ws.subscribe("2", SEND_MESSAGE, variables("a\u0000b"))
        # then both are refused as bad input
        for op_id in ("1", "2"):
            frame = await ws.next(op_id)
            assert frame["type"] == "error", frame
            assert [e["extensions"]["code"] for e in frame["payload"]] == ["BAD_USER_INPUT"]
    # and nothing was written
    assert await written_rows() == before


def multipart(operations_header: bytes, file_header: bytes) -> bytes:
    """An upload request with the given Content-Disposition lines of its two parts."""
    operations = json.dumps(
        {
            "query": UPLOAD_ATTACHMENT,
            "variables": {"f": None},
        }
    ).encode()
    return (
        b"--XX\r\n" + operations_header + b"\r\n\r\n" + operations + b"\r\n"
        b'--XX\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0": ["variables.f"]}\r\n'
        b"--XX\r\n" + file_header + b"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n"
    )


OPERATIONS_PART = b'Content-Disposition: form-data; name="operations"'
FILE_PART = b'Content-Disposition: form-data; name="0"; filename="a.txt"'
BROKEN_MULTIPART = {
    "NUL in a part name": multipart(
        b'Content-Disposition: form-data; name="operations\x00"', FILE_PART
    ),
    "NUL in another header": multipart(OPERATIONS_PART + b"\r\nX-Note: a\x00b", FILE_PART),
    "NUL in a file name": multipart(
        OPERATIONS_PART, b'Content-Disposition: form-data; name="0"; filename="a\x00.txt"'
    ),
    "encoded NUL in a file name": multipart(
        OPERATIONS_PART, b"Content-Disposition: form-data; name=\"0\"; filename*=UTF-8''a%00.txt"
    ),
    "file name not UTF-8": multipart(
        OPERATIONS_PART, b'Content-Disposition: form-data; name="0"; filename="a\xff.txt"'
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_MULTIPART))
async def test_a_broken_multipart_header_is_a_400(api: Api, case: str) -> None:
    # given an upload whose part headers hold a NUL or bytes that are not text
    # when it is posted
    response = await post_raw(api, BROKEN_MULTIPART[case], "multipart/form-data; boundary=XX")
    # then it is refused with a 400 and a code
    assert response.status == 400, await response.text()
    assert codes(await response.json()) == ["BAD_REQUEST"]


async def test_a_sound_multipart_upload_still_reaches_the_use_case(api: Api) -> None:
    # given the same upload with sound headers (the control case of the test above)
    # when it is posted
    response = await post_raw(
        api, multipart(OPERATIONS_PART, FILE_PART), "multipart/form-data; boundary=XX"
    )
    # then the use case judges the file (plain text is not an accepted type)
    body = await response.json()
    assert response.status == 200, body
    assert body["data"]["uploadAttachment"]["errors"] == [{"code": "UNSUPPORTED_FILE_TYPE"}]


async def test_a_query_over_the_legacy_websocket_protocol_is_bad_user_input(
    aiohttp_client: AiohttpClient, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that speaks the legacy graphql-ws protocol too
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_LEGACY_GRAPHQL_WS="1")
    client = await aiohttp_client(create_app(settings))
    ws = await client.ws_connect("/graphql", protocols=("graphql-ws",))
    auth = {"authorization": f"Bearer {world.tokens['CUSTOMER']}"}
    await ws.send_json({"type": "connection_init", "payload": auth})
    assert (await ws.receive_json(timeout=5))["type"] == "connection_ack"
    # when a query (not a subscription) is started over it
    await ws.send_json({"type": "start", "id": "1", "payload": {"query": ME}})
    # then the answer is an error the client caused, not an internal error
    frame = {"type": "ka"}
    for _ in range(5):  # keep-alive frames may come first
        frame = await ws.receive_json(timeout=5)
        if frame["type"] != "ka":
            break
    await ws.close()
    assert frame["type"] == "error", frame
    assert frame["payload"]["extensions"]["code"] == "BAD_USER_INPUT", frame
    assert "subscription" in frame["payload"]["message"], frame

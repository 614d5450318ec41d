"""GraphQL over HTTP as a standard client sees it: media types, status codes and methods.

Follows graphql.github.io/graphql-over-http: ``application/graphql-response+json``
(also for a missing ``Accept``) answers request errors with 400 and no ``data``;
``application/json`` answers them with 200 as before; other types get 406. Mutations
need POST, subscriptions the WebSocket, and every 405 and 401 says what would work.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import ClientResponse

from tests.conftest import Api
from tests.wsclient import WsClient

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"

TYPENAME = "{ __typename }"
ME = "{ me { name } }"
INBOX = "query ($first: Int!) { inbox(first: $first) { edges { node { id status } } } }"
THREAD_STATUS = "query ($id: ID!) { thread(id: $id) { status } }"
CLOSE_THREAD = """
mutation ($input: SetThreadStatusInput!) {
  setThreadStatus(input: $input) { thread { status } errors { code } }
}
"""
TWO_OPERATIONS = """
query First { me { name } }
mutation Second($input: SetThreadStatusInput!) {
  setThreadStatus(input: $input) { thread { status } errors { code } }
}
"""
MESSAGE_ADDED = "subscription ($threadId: ID!) { messageAdded(threadId: $threadId) { seq } }"

#: A request error of each kind: (document, variables).
REQUEST_ERRORS = {
    "parse": ("{ me { name ", None),
    "validation": ("{ me { nameOfNoField } }", None),
    "variable coercion": (INBOX, {"first": "twenty"}),
}


async def post(
    api: Api,
    body: Any,
    *,
    accept: str | None = GRAPHQL_RESPONSE,
    role: str | None = "ADMIN",
) -> ClientResponse:
    """POST ``body`` as JSON with ``accept`` (``None``: no Accept header at all)."""
    headers = {"Accept": accept} if accept is not None else {}
    if role:
        headers["Authorization"] = f"Bearer {api.world.tokens[role]}"
    skip = () if accept is not None else ("Accept",)
    return await api.client.post("/graphql", json=body, headers=headers, skip_auto_headers=skip)


async def get(api: Api, params: dict[str, str], *, role: str | None = "ADMIN") -> ClientResponse:
    """GET /graphql with ``params`` as the query string."""
    headers = {"Accept": GRAPHQL_RESPONSE}
    if role:
        headers["Authorization"] = f"Bearer {api.world.tokens[role]}"
    return await api.client.get("/graphql", params=params, headers=headers)


def codes(body: dict[str, Any]) -> list[str]:
    """The ``extensions.code`` of every error in a response body."""
    return [error["extensions"]["code"] for error in body.get("errors", [])]


async def open_thread_id(api: Api) -> str:
    """A thread the admin sees that is not closed."""
    body = await api.query("ADMIN", INBOX, {"first": 50})
    threads = [edge["node"] for edge in body["data"]["inbox"]["edges"]]
    return next(t["id"] for t in threads if t["status"] != "CLOSED")


async def thread_status(api: Api, thread_id: str) -> str:
    body = await api.query("ADMIN", THREAD_STATUS, {"id": thread_id})
    return body["data"]["thread"]["status"]


# --- media types ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (GRAPHQL_RESPONSE, GRAPHQL_RESPONSE),
        (None, GRAPHQL_RESPONSE),
        (JSON, JSON),
        ("*/*", JSON),
        (f"{GRAPHQL_RESPONSE}, {JSON};q=0.9", GRAPHQL_RESPONSE),
        (f"{JSON}, {GRAPHQL_RESPONSE};q=0.5", JSON),
        (f"text/html, {GRAPHQL_RESPONSE};q=0.8", GRAPHQL_RESPONSE),
    ],
    ids=["new type", "no Accept", "json", "anything", "new preferred", "json preferred", "html"],
)
async def test_a_query_is_answered_in_the_media_type_the_client_accepts(
    api: Api, accept: str | None, media_type: str
) -> None:
    # given a client announcing the media types it accepts
    # when it sends a query
    response = await post(api, {"query": ME}, accept=accept)
    # then the answer is 200 in the negotiated type, in UTF-8
    assert response.status == 200, await response.text()
    assert response.content_type == media_type
    assert response.charset == "utf-8"
    assert json.loads(await response.text()) == {"data": {"me": {"name": "Roost Admin"}}}


@pytest.mark.parametrize(
    "accept", ["text/html", "image/png", f"{GRAPHQL_RESPONSE};q=0, {JSON};q=0"]
)
async def test_an_unsupported_accept_is_406(api: Api, accept: str) -> None:
    # given a client that accepts neither JSON type
    # when it sends a query
    response = await post(api, {"query": ME}, accept=accept)
    # then it is told 406, naming the types on offer
    assert response.status == 406
    body = await response.json()
    assert codes(body) == ["NOT_ACCEPTABLE"]
    assert GRAPHQL_RESPONSE in body["errors"][0]["message"]


async def test_a_browser_asking_for_html_still_gets_graphiql(api: Api) -> None:
    # given a browser opening the endpoint (HTML only, no query)
    # when it loads the page
    response = await api.client.get("/graphql", headers={"Accept": "text/html"})
    # then it gets the IDE page, not a 406
    assert response.status == 200
    assert response.content_type == "text/html"


# --- request errors ---------------------------------------------------------------


@pytest.mark.parametrize(("query", "variables"), REQUEST_ERRORS.values(), ids=REQUEST_ERRORS)
async def test_a_request_error_is_400_without_data_in_the_graphql_response_type(
    api: Api, query: str, variables: dict[str, Any] | None
) -> None:
    # given a document that cannot run (unparsable, invalid, or bad variables)
    # when it is sent accepting application/graphql-response+json
    response = await post(api, {"query": query, "variables": variables})
    # then the answer is 400 in that type, with errors and no data entry
    assert response.status == 400, await response.text()
    assert response.content_type == GRAPHQL_RESPONSE
    body = json.loads(await response.text())
    assert "data" not in body, body
    assert body["errors"], body


@pytest.mark.parametrize(("query", "variables"), REQUEST_ERRORS.values(), ids=REQUEST_ERRORS)
async def test_a_missing_accept_gets_request_errors_like_the_graphql_response_type(
    api: Api, query: str, variables: dict[str, Any] | None
) -> None:
    # given a client that sends no Accept header at all
    # when its document cannot run
    response = await post(api, {"query": query, "variables": variables}, accept=None)
    # then it is answered as if it accepted application/graphql-response+json
    assert response.status == 400, await response.text()
    assert response.content_type == GRAPHQL_RESPONSE
    assert "data" not in json.loads(await response.text())


@pytest.mark.parametrize(("query", "variables"), REQUEST_ERRORS.values(), ids=REQUEST_ERRORS)
@pytest.mark.parametrize("accept", [JSON, "*/*"])
async def test_a_request_error_is_200_with_errors_in_application_json(
    api: Api, accept: str, query: str, variables: dict[str, Any] | None
) -> None:
    # given a legacy client accepting application/json (or anything)
    # when its document cannot run
    response = await post(api, {"query": query, "variables": variables}, accept=accept)
    # then it gets 200 with data null and the errors, as before
    assert response.status == 200, await response.text()
    assert response.content_type == JSON
    body = await response.json()
    assert body["data"] is None
    assert body["errors"], body


async def test_a_field_error_is_not_a_request_error(api: Api) -> None:
    # given an anonymous caller asking for a field that needs a token
    # when it is sent accepting application/graphql-response+json
    response = await post(api, {"query": ME}, role=None)
    # then execution ran: 200 with the data entry and the field's error
    assert response.status == 200, await response.text()
    body = json.loads(await response.text())
    assert body["data"] == {"me": None}
    assert codes(body) == ["UNAUTHENTICATED"]


@pytest.mark.parametrize(
    "variables",
    [{}, {"first": None}, {"first": "twenty"}, {"first": 1.5}, {"first": [1]}],
    ids=["missing", "null", "string", "float", "list"],
)
async def test_variables_that_do_not_coerce_are_bad_user_input(
    api: Api, variables: dict[str, Any]
) -> None:
    # given variables that do not fit the declared type `Int!`
    # when the query is sent
    response = await post(api, {"query": INBOX, "variables": variables})
    # then each error says BAD_USER_INPUT and names the variable
    body = json.loads(await response.text())
    assert response.status == 400, body
    assert codes(body) == ["BAD_USER_INPUT"], body
    assert "$first" in body["errors"][0]["message"]


async def test_variables_that_do_not_coerce_over_websocket_are_bad_user_input(api: Api) -> None:
    # given a subscriber over the WebSocket
    async with await WsClient.connect(api.client, api.world.tokens["ADMIN"]) as ws:
        # when it subscribes with a thread id of the wrong type
        await ws.subscribe("1", MESSAGE_ADDED, {"threadId": {"not": "an id"}})
        frame = await ws.next("1")
    # then the error frame says BAD_USER_INPUT
    assert frame["type"] == "error", frame
    assert [e["extensions"]["code"] for e in frame["payload"]] == ["BAD_USER_INPUT"], frame


# --- choosing the operation -------------------------------------------------------


@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE, JSON])
async def test_several_operations_without_an_operation_name_are_a_request_error(
    api: Api, accept: str
) -> None:
    # given a document with a query and a mutation, and no operationName
    thread_id = await open_thread_id(api)
    status_before = await thread_status(api, thread_id)
    variables = {"input": {"threadId": thread_id, "status": "CLOSED"}}
    # when it is sent
    response = await post(api, {"query": TWO_OPERATIONS, "variables": variables}, accept=accept)
    # then nothing runs and the caller is told to pick one
    body = json.loads(await response.text())
    assert response.status == (400 if accept == GRAPHQL_RESPONSE else 200), body
    assert body.get("data") is None
    assert codes(body) == ["OPERATION_RESOLUTION_FAILURE"], body
    assert "operationName" in body["errors"][0]["message"]
    assert await thread_status(api, thread_id) == status_before


async def test_an_operation_name_picks_one_of_several_operations(api: Api) -> None:
    # given the same document
    # when operationName names the query
    response = await post(api, {"query": TWO_OPERATIONS, "operationName": "First"})
    # then that query runs
    assert response.status == 200
    assert json.loads(await response.text()) == {"data": {"me": {"name": "Roost Admin"}}}


async def test_an_unknown_operation_name_is_a_request_error(api: Api) -> None:
    # given an operationName the document does not define
    # when it is sent
    response = await post(api, {"query": TWO_OPERATIONS, "operationName": "Third"})
    # then it is a request error naming it
    body = json.loads(await response.text())
    assert response.status == 400, body
    assert codes(body) == ["OPERATION_RESOLUTION_FAILURE"]
    assert "Third" in body["errors"][0]["message"]


# --- methods ----------------------------------------------------------------------


async def test_a_query_over_get_is_answered(api: Api) -> None:
    # given a query in the query string
    # when it is sent with GET
    response = await get(api, {"query": INBOX, "variables": json.dumps({"first": 1})})
    # then it runs
    assert response.status == 200
    assert "errors" not in json.loads(await response.text())


async def test_a_mutation_over_get_is_405_and_does_not_run(api: Api) -> None:
    # given a thread that is not closed
    thread_id = await open_thread_id(api)
    status_before = await thread_status(api, thread_id)
    variables = {"input": {"threadId": thread_id, "status": "CLOSED"}}
    # when a mutation closing it is sent with GET
    response = await get(api, {"query": CLOSE_THREAD, "variables": json.dumps(variables)})
    # then it is refused with 405, Allow: POST, and the thread is unchanged
    assert response.status == 405
    assert response.headers["Allow"] == "POST"
    assert codes(await response.json()) == ["METHOD_NOT_ALLOWED"]
    assert await thread_status(api, thread_id) == status_before


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_subscription_over_http_names_the_websocket_endpoint(api: Api, method: str) -> None:
    # given a subscription document
    params = {"query": MESSAGE_ADDED, "variables": json.dumps({"threadId": "x"})}
    # when it is sent over plain HTTP
    if method == "GET":
        response = await get(api, params)
    else:
        response = await post(api, {"query": MESSAGE_ADDED, "variables": {"threadId": "x"}})
    # then a 4xx tells where subscriptions are served, and over which protocol
    assert 400 <= response.status < 500
    message = (await response.json())["errors"][0]["message"]
    host = f"{api.client.host}:{api.client.port}"
    assert f"ws://{host}/graphql" in message
    assert "graphql-transport-ws" in message


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/graphql", {"GET", "POST"}),
        ("DELETE", "/graphql", {"GET", "POST"}),
        ("POST", "/healthz", {"GET", "HEAD"}),
        ("DELETE", "/readyz", {"GET", "HEAD"}),
        ("PUT", "/attachments/1", {"GET", "HEAD"}),
    ],
)
async def test_every_405_says_which_methods_are_allowed(
    api: Api, method: str, path: str, allowed: set[str]
) -> None:
    # given a method the path does not answer
    # when it is used
    response = await api.client.request(method, path)
    # then the 405 lists the methods that work
    assert response.status == 405
    assert {m.strip() for m in response.headers["Allow"].split(",")} == allowed
    assert codes(await response.json()) == ["METHOD_NOT_ALLOWED"]


# --- authentication challenges ----------------------------------------------------


#: What a client asking for a WebSocket sends (only ``/graphql`` serves one).
UPGRADE = {"Connection": "Upgrade", "Upgrade": "websocket"}


@pytest.mark.parametrize(
    ("path", "headers", "error"),
    [
        ("/graphql", {"Authorization": "Bearer not-a-token"}, True),
        ("/graphql", {"Authorization": "Basic dXNlcjpwYXNz"}, True),
        ("/attachments/1", {}, False),
        ("/attachments/1", {"Authorization": "Bearer not-a-token"}, True),
        ("/attachments/1", UPGRADE, False),
    ],
    ids=[
        "bad token",
        "not bearer",
        "attachment anonymous",
        "attachment bad token",
        "attachment anonymous asking for a websocket",
    ],
)
async def test_every_401_carries_a_bearer_challenge(
    api: Api, path: str, headers: dict[str, str], error: bool
) -> None:
    # given a request without usable credentials
    # when it reaches a protected path
    if path == "/graphql":
        response = await api.client.post(path, json={"query": ME}, headers=headers)
    else:
        response = await api.client.get(path, headers=headers)
    # then the 401 says how to authenticate (and that the token was refused, if any)
    assert response.status == 401
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ")
    assert ('error="invalid_token"' in challenge) is error


@pytest.mark.parametrize("operation_name", [{"obj": "ect"}, 0, False, ["array"]])
async def test_an_operation_name_that_is_not_a_string_is_a_400(
    api: Api, operation_name: object
) -> None:
    # given an operationName of the wrong JSON type
    # when the request is sent
    response = await post(api, {"query": ME, "operationName": operation_name}, accept=JSON)
    # then it is refused as a malformed request
    assert response.status == 400
    assert codes(await response.json()) == ["BAD_REQUEST"]

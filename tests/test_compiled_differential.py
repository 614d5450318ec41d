"""The compiled path (``compiled/``) answers exactly as normal execution: generated
operations over the inbox, its threads, their booking and last message, for every role
(ANALYST masking, GUEST scope included), on both paths, compared response for response."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from compiled.runner import Plan
from roost.app import create_app
from tests.conftest import Api, DemoWorld
from tests.sqlcount import count_statements

ROLES = [
    "CUSTOMER",
    "CUSTOMER_OTHER",
    "CUSTOMER_VIP",
    "PROVIDER_STAFF",
    "PROVIDER_STAFF_OTHER",
    "TRAVEL_MANAGER",
    "AGENT",
    "AGENT_VIP",
    "AGENT_GROUPS",
    "ADMIN",
    "ANALYST",
    "INTEGRATION",
    "GUEST",
]

THREAD_FIELDS = [
    "id",
    "subject",
    "parties",
    "urgency",
    "status",
    "respondBy",
    "createdAt",
    "lastActivityAt",
    "unreadCount",
    "booking { id reference status }",
    "lastMessage { id seq body authorName authorSide createdAt kind visibility clientMessageId }",
]


def documents() -> list[str]:
    """Inbox operations: every thread field alone, all together, with and without the
    badge, paged both ways, through ``edges`` and ``nodes``."""
    every = " ".join(THREAD_FIELDS)
    docs = [f"{{ inbox(first: 3) {{ edges {{ cursor node {{ {f} }} }} }} }}" for f in THREAD_FIELDS]
    for window, badge in itertools.product(
        ["first: 50", "first: 2", "last: 2", "first: 0"], ["", "unreadTotal"]
    ):
        docs.append(
            f"{{ {badge} inbox({window}) {{ edges {{ cursor node {{ {every} }} }} "
            "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"
        )
    docs.append(f"{{ mine: inbox {{ nodes {{ key: id {every} }} }} total: unreadTotal }}")
    # Without the one field denied to analysts, so their masking is compiled too.
    readable = every.replace(" clientMessageId", "")
    docs.append(f"{{ inbox(first: 50) {{ edges {{ cursor node {{ {readable} }} }} }} }}")
    return docs


MESSAGE_FIELDS = THREAD_FIELDS[-1].removeprefix("lastMessage { ").removesuffix(" }")

THREAD = """query Thread($id: ID!, $first: Int, $after: Int, $last: Int, $before: Int) {
  thread(id: $id) { %s } }"""


def thread_documents() -> list[str]:
    """``thread(id:)`` operations: its fields, and its messages paged both ways."""
    page = "first: $first, after: $after, last: $last, before: $before"
    messages = (
        f"messages({page}) {{ edges {{ cursor node {{ {MESSAGE_FIELDS} }} }} "
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }"
    )
    return [
        THREAD % " ".join(THREAD_FIELDS),
        THREAD % f"id {messages} subject",
        "query Thread($id: ID!) { thread(id: $id) { messages(last: 2) { nodes { seq body } } } }",
    ]


async def thread_ids(api: Api, role: str) -> list[str]:
    """Some threads the role sees, and one it does not (another customer's)."""
    doc = "{ inbox(first: 3) { nodes { id } } }"
    own = await api.query(role, doc)
    other = await api.query("CUSTOMER_OTHER" if role != "CUSTOMER_OTHER" else "CUSTOMER", doc)
    nodes = (own.get("data") or {}).get("inbox") or {"nodes": []}
    return [n["id"] for n in nodes["nodes"]] + [
        n["id"] for n in other["data"]["inbox"]["nodes"][:1]
    ]


@pytest.fixture
async def normal(aiohttp_client: Any, world: DemoWorld) -> Api:
    """A server with the compiled path switched off: normal execution only."""
    settings = replace(world.settings, compiled_reads=False)
    return Api(await aiohttp_client(create_app(settings)), world)


@pytest.fixture
def compiled_answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents the compiled path answered (a plan that fell back is not counted)."""
    answered: list[str] = []
    run = Plan.run

    async def counted(plan: Plan, *args: Any) -> Any:
        result = await run(plan, *args)
        answered.append(plan.document.loc.source.body)
        return result

    monkeypatch.setattr(Plan, "run", counted)
    return answered


async def both(api: Api, normal: Api, role: str, doc: str, variables: Any = None) -> Any:
    """The responses of both paths (the compiled one asked twice: a plan is used once
    normal execution has answered its document)."""
    token = api.world.tokens[role]
    await api.post(doc, variables, token=token)
    compiled = await api.post(doc, variables, token=token)
    expected = await normal.post(doc, variables, token=token)
    return compiled, expected


@pytest.mark.parametrize("role", ROLES)
async def test_compiled_inbox_answers_as_execution_for_every_role(
    api: Api, normal: Api, role: str, compiled_answers: list[str]
) -> None:
    # given every generated inbox operation
    for doc in documents():
        # when the role sends it to both paths
        compiled, expected = await both(api, normal, role, doc)
        # then the responses are identical, errors included
        assert compiled == expected, doc
    # and the compiled path answered some of them (it is not normal execution twice)
    assert compiled_answers


@pytest.mark.parametrize("role", ROLES)
async def test_compiled_thread_messages_answer_as_execution_for_every_role(
    api: Api, normal: Api, role: str, compiled_answers: list[str]
) -> None:
    # given threads the role sees and one it does not, and every window on their messages
    windows = [{"last": 50}, {"first": 2}, {"first": 2, "after": 1}, {"last": 1, "before": 3}]
    for thread_id, doc in itertools.product(await thread_ids(api, role), thread_documents()):
        for window in windows:
            # when the role reads the thread on both paths
            compiled, expected = await both(api, normal, role, doc, {"id": thread_id, **window})
            # then the responses are identical
            assert compiled == expected, (doc, window)
    # and the compiled path answered some of them (guests read no thread's messages)
    assert compiled_answers or role == "GUEST"


BOOKING_FIELDS = [
    "id",
    "reference",
    "status",
    "startsAt",
    "endsAt",
    "timeZone",
    "participantCount",
    "createdAt",
    "customer { id name email }",
    "provider { id name }",
]


def booking_documents() -> list[str]:
    """``bookings`` operations: every field alone, all together, paged forwards."""
    every = " ".join(BOOKING_FIELDS)
    page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
    docs = [f"{{ bookings(first: 3) {{ edges {{ node {{ {f} }} }} }} }}" for f in BOOKING_FIELDS]
    docs += [
        f"{{ bookings {{ edges {{ cursor node {{ {every} }} }} {page} }} }}",
        f"{{ bookings(first: 2) {{ nodes {{ {every} }} {page} }} }}",
        "query ($a: String) { bookings(first: 2, after: $a) { edges { cursor node { id } } } }",
    ]
    return docs


INVOICE_FIELDS = [
    "id",
    "number",
    "status",
    "issuedAt",
    "dueDate",
    "currency",
    "totalAmount",
    "providerPayout",
    "createdAt",
    "booking { id reference status }",
]


@pytest.mark.parametrize("role", ROLES)
async def test_compiled_invoices_answer_as_execution_for_every_role(
    api: Api, normal: Api, role: str, compiled_answers: list[str]
) -> None:
    # given invoice operations: every field alone, the fields all roles of the booking
    # parties read together, and all of them
    page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
    shared = " ".join(f for f in INVOICE_FIELDS if f != "providerPayout")
    docs = [f"{{ invoices(first: 3) {{ edges {{ node {{ {f} }} }} }} }}" for f in INVOICE_FIELDS]
    docs += [
        f"{{ invoices {{ edges {{ cursor node {{ {shared} }} }} {page} }} }}",
        f"{{ invoices(first: 2) {{ nodes {{ {' '.join(INVOICE_FIELDS)} }} {page} }} }}",
    ]
    for doc in docs:
        # when the role sends each to both paths
        compiled, expected = await both(api, normal, role, doc)
        # then the responses are identical, errors included
        assert compiled == expected, doc
    # and the compiled path answered some of them
    assert compiled_answers


@pytest.mark.parametrize("role", ROLES)
async def test_compiled_bookings_answer_as_execution_for_every_role(
    api: Api, normal: Api, role: str, compiled_answers: list[str]
) -> None:
    # given every generated bookings operation
    for doc in booking_documents():
        # when the role sends it to both paths
        compiled, expected = await both(api, normal, role, doc)
        # then the responses are identical, errors included
        assert compiled == expected, doc
    # and the next page, from a cursor, is the same too
    first = await api.query(role, "{ bookings(first: 2) { edges { cursor } } }")
    edges = (first.get("data") or {}).get("bookings", {}) or {"edges": []}
    for edge in edges["edges"][-1:]:
        compiled, expected = await both(
            api, normal, role, booking_documents()[-1], {"a": edge["cursor"]}
        )
        assert compiled == expected
    # and the compiled path answered some of them
    assert compiled_answers


async def test_analysts_read_masked_names_and_bodies_on_the_compiled_path(api: Api) -> None:
    # given the analyst's inbox with last messages (no field denied to analysts)
    doc = "{ inbox(first: 50) { nodes { lastMessage { authorName body } } } }"
    await api.query("ANALYST", doc)
    # when it is read again, through the compiled path (a statement or two, not one per list)
    with count_statements() as counter:
        body = await api.query("ANALYST", doc)
    assert len(counter.statements) <= 3
    # then every name and body is masked
    messages = [n["lastMessage"] for n in body["data"]["inbox"]["nodes"] if n["lastMessage"]]
    assert messages
    for message in messages:
        assert all(word.endswith("***") for word in message["authorName"].split())
        assert message["body"].endswith("***")


async def test_pages_through_cursors_alike(api: Api, normal: Api) -> None:
    # given an agent paging forwards and backwards from a cursor
    doc = """query ($after: String, $before: String, $first: Int, $last: Int) {
      inbox(first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { id subject } } pageInfo { hasNextPage hasPreviousPage endCursor }
      } }"""
    _, first = await both(api, normal, "AGENT", doc, {"first": 3})
    cursor = first[1]["data"]["inbox"]["pageInfo"]["endCursor"]
    for variables in ({"first": 3, "after": cursor}, {"last": 2, "before": cursor}):
        # when the next page is read on both paths
        compiled, expected = await both(api, normal, "AGENT", doc, variables)
        # then they agree
        assert compiled == expected


async def test_refusals_come_from_execution(api: Api, normal: Api) -> None:
    # given windows normal execution refuses (a bad cursor, too large a page, both ends)
    doc = "query ($v: Int, $c: String) { inbox(first: $v, after: $c) { edges { cursor } } }"
    for variables in ({"v": 2, "c": "nope"}, {"v": 100000}, {"v": -1}):
        # when sent to both paths
        compiled, expected = await both(api, normal, "CUSTOMER", doc, variables)
        # then the refusal is the same coded error
        assert compiled == expected
        assert compiled[1]["errors"]


#: Demo accounts that share a role, so they share the plans of a document.
SAME_ROLE = [
    ("CUSTOMER", "CUSTOMER_OTHER", "CUSTOMER_VIP"),
    ("PROVIDER_STAFF", "PROVIDER_STAFF_OTHER"),
    ("AGENT", "AGENT_VIP", "AGENT_GROUPS"),
]


@pytest.mark.parametrize("accounts", SAME_ROLE, ids=lambda accounts: accounts[0])
async def test_a_plan_learned_by_one_caller_answers_others_with_their_own_rows(
    api: Api, normal: Api, compiled_answers: list[str], accounts: tuple[str, ...]
) -> None:
    # given the full inbox and a thread of it, compiled for the first account of a role
    doc = documents()[-2]
    learner, *others = accounts
    first, _ = await both(api, normal, learner, doc)
    assert compiled_answers == [doc], first
    for other in others:
        # when another account of that role sends it (its first request: the plan answers)
        token = api.world.tokens[other]
        compiled = await api.post(doc, token=token)
        # then it reads its own threads, unread counts and bookings, as execution does
        assert compiled_answers[-1] == doc
        assert compiled == await normal.post(doc, token=token)
        assert compiled != first
    assert len(compiled_answers) == len(accounts)


async def test_a_plan_learned_by_one_role_never_answers_another(
    api: Api, normal: Api, compiled_answers: list[str]
) -> None:
    # given the inbox compiled for an agent
    doc = documents()[-1]
    await both(api, normal, "AGENT", doc)
    assert len(compiled_answers) == 1
    for role in ("ANALYST", "CUSTOMER", "GUEST"):
        # when another role sends the same document for the first time
        token = api.world.tokens[role]
        answer = await api.post(doc, token=token)
        # then normal execution answers it (masked, scoped for that role), not the plan
        assert len(compiled_answers) == 1
        assert answer == await normal.post(doc, token=token)


SEND = """mutation Send($input: SendMessageInput!) {
  sendMessage(input: $input) { %s } }"""

SEND_SELECTIONS = [
    f"message {{ {MESSAGE_FIELDS} }} errors {{ code message field }}",
    "errors { field code } sent: message { seq key: id createdAt }",
]


def send_inputs(thread_id: str) -> list[dict[str, Any]]:
    """Sends a role may try: plain and internal ones, refusals of every kind."""
    return [
        {"threadId": thread_id, "body": "On both paths"},
        {"threadId": thread_id, "body": "A note", "visibility": "INTERNAL"},
        {"threadId": thread_id, "body": "   "},
        {"threadId": "nope", "body": "Lost"},
        {"threadId": thread_id, "body": "With a file", "attachmentIds": ["nope"]},
    ]


@pytest.mark.parametrize("role", ROLES)
async def test_compiled_send_message_answers_as_execution_for_every_role(
    api: Api, normal: Api, role: str, compiled_answers: list[str]
) -> None:
    token = api.world.tokens[role]
    for selection, thread_id in itertools.product(SEND_SELECTIONS, await thread_ids(api, role)):
        doc = SEND % selection
        # given the document proven by normal execution (a refused send writes nothing)
        await api.post(doc, {"input": {"threadId": thread_id, "body": ""}}, token=token)
        for given in send_inputs(thread_id):
            # when one path sends a message and the other retries it (same clientMessageId)
            first = {"input": {**given, "clientMessageId": uuid4().hex}}
            compiled = await api.post(doc, first, token=token)
            expected = await normal.post(doc, first, token=token)
            second = {"input": {**given, "clientMessageId": uuid4().hex}}
            expected_again = await normal.post(doc, second, token=token)
            compiled_again = await api.post(doc, second, token=token)
            # then both answer the same message, or the same refusal, in the same words
            assert compiled == expected, (doc, given)
            assert compiled_again == expected_again, (doc, given)
    # and the compiled path answered the roles that may send (the others are refused)
    assert bool(compiled_answers) == (role not in ("ANALYST", "INTEGRATION", "GUEST"))


async def test_a_send_to_a_closed_thread_is_refused_alike(
    api: Api, normal: Api, compiled_answers: list[str]
) -> None:
    # given a customer's thread, closed, and the send document proven
    token = api.world.tokens["CUSTOMER"]
    thread_id = (await thread_ids(api, "CUSTOMER"))[0]
    doc = SEND % SEND_SELECTIONS[0]
    await api.post(doc, {"input": {"threadId": thread_id, "body": ""}}, token=token)
    await m.Thread.filter(id=int(GlobalID.from_id(thread_id).node_id)).update(
        status=m.ThreadStatus.CLOSED
    )
    # when she writes to it on both paths
    given = {"input": {"threadId": thread_id, "body": "Still there?"}}
    compiled = await api.post(doc, given, token=token)
    expected = await normal.post(doc, given, token=token)
    # then both refuse it with THREAD_CLOSED
    assert compiled == expected
    assert compiled[1]["data"]["sendMessage"]["errors"][0]["code"] == "THREAD_CLOSED"
    assert compiled_answers[-1] == doc


async def test_a_mutation_is_never_compiled_over_get(api: Api, compiled_answers: list[str]) -> None:
    # given the send document proven over POST
    token = api.world.tokens["CUSTOMER"]
    thread_id = (await thread_ids(api, "CUSTOMER"))[0]
    doc = SEND % SEND_SELECTIONS[1]
    variables = {"input": {"threadId": thread_id, "body": "Hello"}}
    await api.post(doc, variables, token=token)
    # when it is sent with GET
    response = await api.client.get(
        "/graphql",
        params={"query": doc, "variables": json.dumps(variables)},
        headers={"Authorization": f"Bearer {token}"},
    )
    # then it is refused as execution refuses it, and nothing was sent
    assert response.status == 405
    assert doc not in compiled_answers

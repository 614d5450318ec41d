"""Subscriptions over a real WebSocket (graphql-transport-ws): delivery, resume, privacy.

Every test opens its own thread on a CONFIRMED booking of Claire Martin (CUSTOMER) at
Château Lumière (whose staff is PROVIDER_STAFF), so tests do not depend on each other or
on the demo threads. The database is shared by the whole session: counts are always
compared before/after, never assumed.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest

import models as m
from roost.app import HUB_KEY, create_app
from roost.auth import mint_token
from subscriptions.backends import RESYNC
from subscriptions.channels import announce_revocation
from tests.conftest import Api, DemoWorld
from tests.wsclient import TIMEOUT, Frame, WsClient

CHATEAU = "Château Lumière"

CONFIRMED_BOOKINGS = """
query {
  bookings(first: 100, filter: {status: [CONFIRMED]}) { nodes { id provider { name } } }
}
"""

START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code message field } }
}
"""

SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id seq body } errors { code message field } }
}
"""

MARK_READ = """
mutation ($threadId: ID!) {
  markThreadRead(input: {threadId: $threadId}) { thread { id } errors { code } }
}
"""

SET_STATUS = """
mutation ($threadId: ID!, $status: ThreadStatus!) {
  setThreadStatus(input: {threadId: $threadId, status: $status}) {
    thread { status } errors { code }
  }
}
"""

SET_PARTIES = """
mutation ($threadId: ID!, $parties: Party!) {
  setThreadParties(input: {threadId: $threadId, parties: $parties}) {
    thread { parties } errors { code }
  }
}
"""

SET_TYPING = """
mutation ($threadId: ID!, $typing: Boolean!) {
  setTyping(input: {threadId: $threadId, typing: $typing}) { thread { id } errors { code } }
}
"""

THREAD = """
query ($id: ID!) {
  thread(id: $id) {
    id unreadCount lastMessage { seq body }
    messages(first: 100) { edges { node { seq body } } }
  }
}
"""

INBOX = """
query ($bookingId: ID!) {
  inbox(first: 100, filter: {bookingId: $bookingId}) {
    edges { node { id unreadCount lastMessage { seq body } } }
  }
  unreadTotal
}
"""

UNREAD_TOTAL = """
query { unreadTotal }
"""

NODE = """
query ($id: ID!) { node(id: $id) { id ... on Message { body } } }
"""

MESSAGE_ADDED = """
subscription ($threadId: ID!, $afterSeq: Int) {
  messageAdded(threadId: $threadId, afterSeq: $afterSeq) {
    id seq body visibility authorName authorSide
  }
}
"""

INBOX_UPDATES = """
subscription {
  inboxUpdates {
    kind threadId unreadCount unreadTotal thread { id status lastMessage { seq body } }
  }
}
"""

TYPING = """
subscription ($threadId: ID!) { typing(threadId: $threadId) { threadId name typing } }
"""


# --- helpers ----------------------------------------------------------------------------


def unique(prefix: str = "msg") -> str:
    """A clientMessageId (or body marker) no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


@pytest.fixture
async def booking_id(api: Api) -> str:
    """A CONFIRMED booking of CUSTOMER at Château Lumière (a PREMIUM provider)."""
    return await chateau_booking_id(api)


async def chateau_booking_id(api: Api) -> str:
    """The id of a CONFIRMED booking of CUSTOMER at Château Lumière."""
    body = await api.query("CUSTOMER", CONFIRMED_BOOKINGS)
    ids = [b["id"] for b in body["data"]["bookings"]["nodes"] if b["provider"]["name"] == CHATEAU]
    assert ids, body
    return ids[0]


async def start_thread(
    api: Api, role: str, booking: str, *, parties: str = "BOTH", body: str | None = None
) -> str:
    """A new thread on ``booking`` opened by ``role``; its global id."""
    variables = {
        "input": {
            "bookingId": booking,
            "body": body or unique("Opening message"),
            "parties": parties,
            "clientMessageId": unique(),
        }
    }
    result = await api.query(role, START_THREAD, variables)
    payload = result["data"]["startThread"]
    assert payload["errors"] == [], payload
    return payload["thread"]["id"]


async def send(
    api: Api, role: str, thread_id: str, body: str, *, visibility: str = "ALL"
) -> dict[str, Any]:
    """``role`` sends ``body`` over HTTP; the ``sendMessage`` payload."""
    variables = {
        "input": {
            "threadId": thread_id,
            "body": body,
            "visibility": visibility,
            "clientMessageId": unique(),
        }
    }
    result = await api.query(role, SEND_MESSAGE, variables)
    assert "errors" not in result, result
    return result["data"]["sendMessage"]


async def sent(api: Api, role: str, thread_id: str, body: str, **options: str) -> int:
    """Send and return the new message's seq (the send must succeed)."""
    payload = await send(api, role, thread_id, body, **options)
    assert payload["errors"] == [], payload
    return payload["message"]["seq"]


async def messages(
    ws: WsClient, op_id: str, count: int, within: float = TIMEOUT
) -> list[dict[str, Any]]:
    """The next ``count`` messageAdded messages of ``op_id``, each within ``within`` seconds."""
    return [(await ws.data(op_id, within))["messageAdded"] for _ in range(count)]


def error_codes(frames: list[Frame]) -> list[str]:
    """The ``extensions.code`` of every error the frames carry."""
    codes = []
    for frame in frames:
        if frame["type"] == "error":
            errors = frame["payload"]
        elif frame["type"] == "next":
            errors = frame["payload"].get("errors") or []
        else:
            errors = []
        codes += [e.get("extensions", {}).get("code") for e in errors]
    return codes


def data_of(frames: list[Frame]) -> list[Any]:
    """The non-null ``data`` the frames carry."""
    return [f["payload"]["data"] for f in frames if f["type"] == "next" and f["payload"]["data"]]


async def ended(ws: WsClient, op_id: str, within: float = TIMEOUT) -> list[Frame]:
    """Frames of ``op_id`` up to the one ending it (``error`` or ``complete``)."""
    frames = [await ws.next(op_id, within)]
    while frames[-1]["type"] not in ("error", "complete"):
        frames.append(await ws.next(op_id, within))
    return frames


async def first_after_poking(
    ws: WsClient, op_id: str, poke: Callable[[], Awaitable[object]], every: float = 0.3
) -> dict[str, Any]:
    """Poke until the subscription ``op_id`` (registered asynchronously) yields data."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT
    while loop.time() < deadline:
        await poke()
        try:
            return await ws.data(op_id, every)
        except TimeoutError:
            continue
    raise AssertionError(f"subscription {op_id} never delivered anything")


async def live_inbox(api: Api, ws: WsClient, role: str, probe_thread: str) -> None:
    """Subscribe ``ws`` to inboxUpdates as ``op_id`` "inbox" and wait until it is live.

    The subscription registers asynchronously, so ``role`` marks ``probe_thread`` read
    until an update arrives; later updates about the probe thread are to be skipped.
    """
    await ws.subscribe("inbox", INBOX_UPDATES)
    await first_after_poking(
        ws, "inbox", lambda: api.query(role, MARK_READ, {"threadId": probe_thread})
    )


async def update_about(ws: WsClient, thread_id: str, within: float = TIMEOUT) -> dict[str, Any]:
    """The next inbox update about ``thread_id`` (updates about other threads skipped)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        update = (await ws.data("inbox", max(0.0, deadline - loop.time())))["inboxUpdates"]
        if update["thread"]["id"] == thread_id:
            return update


def concerns(frame: Frame, thread_id: str) -> bool:
    """Whether an inbox frame is about ``thread_id`` (errors and ends always count)."""
    if frame["type"] != "next" or frame["payload"].get("errors"):
        return True
    return frame["payload"]["data"]["inboxUpdates"]["threadId"] == thread_id


async def updates_about(ws: WsClient, thread_id: str, seconds: float = 0.5) -> list[Frame]:
    """Frames of the "inbox" subscription arriving within ``seconds`` about ``thread_id``."""
    return [f for f in await ws.silence("inbox", seconds) if concerns(f, thread_id)]


async def other_booking(api: Api) -> str:
    """A CONFIRMED booking of CUSTOMER_OTHER."""
    body = await api.query("CUSTOMER_OTHER", CONFIRMED_BOOKINGS)
    return body["data"]["bookings"]["nodes"][0]["id"]


# --- delivery ---------------------------------------------------------------------------


async def test_message_sent_over_http_arrives_on_both_parties_sockets(
    api: Api, booking_id: str
) -> None:
    """A customer and the provider see an agent's message live, with author and side."""
    # given
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    customer = await WsClient.connect(api.client, api.world.tokens["CUSTOMER"])
    provider = await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"])
    async with customer, provider:
        for ws in (customer, provider):
            # seq 1 is replayed once the stream listens, so what follows is live
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
            assert [x["seq"] for x in await messages(ws, "m", 1)] == [1]
        # when
        body = unique("Your room is ready")
        seq = await sent(api, "AGENT", thread_id, body)
        # then
        for ws in (customer, provider):
            (message,) = await messages(ws, "m", 1)
            assert message["seq"] == seq == 2
            assert message["body"] == body
            assert message["authorName"] == "Anna Lopez"
            assert message["authorSide"] == "SERVICE_TEAM"
            assert message["visibility"] == "ALL"


async def test_reconnect_with_after_seq_receives_exactly_the_missed_messages(
    api: Api, booking_id: str
) -> None:
    """A client resuming from the last seq it saw gets what it missed, in order, once."""
    # given: a customer who saw seq 1 (replayed) and 2 (live), then disconnected
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
        assert [x["seq"] for x in await messages(ws, "m", 1)] == [1]
        await sent(api, "AGENT", thread_id, "seq two")
        assert [x["seq"] for x in await messages(ws, "m", 1)] == [2]
    # while disconnected: a public message, an internal note, a provider message
    missed_public = await sent(api, "AGENT", thread_id, "while away 1")
    internal = await sent(api, "AGENT", thread_id, unique("internal"), visibility="INTERNAL")
    missed_provider = await sent(api, "PROVIDER_STAFF", thread_id, "while away 2")
    # each side numbers what it sees: the agent 3, 4, 5; the provider, without the note, 4
    assert (missed_public, internal, missed_provider) == (3, 4, 4)

    # when: the customer and an agent resume from seq 2
    customer = await WsClient.connect(api.client, api.world.tokens["CUSTOMER"])
    agent = await WsClient.connect(api.client, api.world.tokens["AGENT"])
    async with customer, agent:
        for ws in (customer, agent):
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 2})
        replayed_to_customer = await messages(customer, "m", 2)
        replayed_to_agent = await messages(agent, "m", 3)
        live = await sent(api, "AGENT", thread_id, "back live")

        # then: the customer's numbers have no gap where the note is
        assert [x["seq"] for x in replayed_to_customer] == [3, 4]
        assert [x["body"] for x in replayed_to_customer] == ["while away 1", "while away 2"]
        assert [x["seq"] for x in replayed_to_agent] == [3, 4, 5]
        assert replayed_to_agent[1]["visibility"] == "INTERNAL"
        assert live == 6
        assert [x["seq"] for x in await messages(customer, "m", 1)] == [5]
        assert [x["seq"] for x in await messages(agent, "m", 1)] == [live]
        assert await customer.silence("m", 0.3) == []
        assert await agent.silence("m", 0.3) == []


async def test_no_gap_or_duplicate_when_subscribing_while_messages_are_sent(
    api: Api, booking_id: str
) -> None:
    """Subscribing mid-burst: replay then live yields every seq exactly once, in order."""
    # given
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    burst = 20
    some_sent = asyncio.Event()

    async def sender() -> None:
        for n in range(burst):
            await sent(api, "AGENT", thread_id, f"burst {n}")
            if n == 4:
                some_sent.set()

    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        task = asyncio.create_task(sender())
        try:
            # when: the subscription starts while the burst is being sent
            await asyncio.wait_for(some_sent.wait(), TIMEOUT)
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
            received = await messages(ws, "m", burst + 1)
            await asyncio.wait_for(task, TIMEOUT)
        finally:
            task.cancel()
        # then
        assert [x["seq"] for x in received] == list(range(1, burst + 2))
        assert [x["body"] for x in received[1:]] == [f"burst {n}" for n in range(burst)]
        assert await ws.silence("m", 0.3) == []


# --- internal notes ---------------------------------------------------------------------


async def test_internal_notes_never_reach_customer_or_provider(api: Api, booking_id: str) -> None:
    """An agent's INTERNAL note: not pushed, not last message, not unread, not in any text."""
    # given: the customer and the provider follow the thread and the customer's inbox
    probe = await start_thread(api, "CUSTOMER", booking_id, parties="CUSTOMER")
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    before = await api.query("CUSTOMER", INBOX, {"bookingId": booking_id})
    customer = await WsClient.connect(api.client, api.world.tokens["CUSTOMER"])
    provider = await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"])
    async with customer, provider:
        await live_inbox(api, customer, "CUSTOMER", probe)
        for ws in (customer, provider):
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 1})

        # when: an internal note is written
        secret = unique("Customer is difficult, offer no discount")
        note = await send(api, "AGENT", thread_id, secret, visibility="INTERNAL")
        assert note["errors"] == []
        assert note["message"]["seq"] == 2

        # then: nothing is pushed about it
        assert await updates_about(customer, thread_id) == []
        # and the first message the parties receive is the next public one
        assert await sent(api, "AGENT", thread_id, "We are on it.") == 3
        public = 2  # the parties' numbering has no gap where the note is
        for ws in (customer, provider):
            (message,) = await messages(ws, "m", 1)
            assert (message["seq"], message["body"]) == (public, "We are on it.")
        update = await update_about(customer, thread_id)
        assert update["kind"] == "message"
        assert update["thread"]["lastMessage"]["seq"] == public

        # and the queries of the customer and the provider show no trace of it
        texts = [*customer.raw, *provider.raw]
        for role in ("CUSTOMER", "PROVIDER_STAFF"):
            thread = await api.query(role, THREAD, {"id": thread_id})
            node = await api.query(role, NODE, {"id": note["message"]["id"]})
            texts += [json.dumps(thread), json.dumps(node)]
            assert node["data"]["node"] is None
            seqs = [e["node"]["seq"] for e in thread["data"]["thread"]["messages"]["edges"]]
            assert seqs == [1, public]
        after = await api.query("CUSTOMER", INBOX, {"bookingId": booking_id})
        texts.append(json.dumps(after))
        (row,) = [
            e["node"] for e in after["data"]["inbox"]["edges"] if e["node"]["id"] == thread_id
        ]
        assert row["lastMessage"]["seq"] == public
        assert row["unreadCount"] == 1  # the public reply only
        assert after["data"]["unreadTotal"] == before["data"]["unreadTotal"] + 1
        assert not any(secret in text for text in texts)


async def test_internal_note_alone_changes_nothing_for_the_customer(
    api: Api, booking_id: str
) -> None:
    """An internal-only message leaves the customer's unread counts and inbox untouched."""
    # given
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    before = await api.query("CUSTOMER", INBOX, {"bookingId": booking_id})
    # when
    secret = unique("internal only")
    await sent(api, "AGENT", thread_id, secret, visibility="INTERNAL")
    # then
    after = await api.query("CUSTOMER", INBOX, {"bookingId": booking_id})
    (row,) = [e["node"] for e in after["data"]["inbox"]["edges"] if e["node"]["id"] == thread_id]
    assert row["unreadCount"] == 0
    assert row["lastMessage"]["seq"] == 1
    assert after["data"]["unreadTotal"] == before["data"]["unreadTotal"]
    assert secret not in json.dumps(after)


async def test_customer_cannot_write_an_internal_note(api: Api, booking_id: str) -> None:
    """A customer's INTERNAL send is refused with FORBIDDEN and stores nothing."""
    # given
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    # when
    payload = await send(api, "CUSTOMER", thread_id, "psst", visibility="INTERNAL")
    # then
    assert payload["message"] is None
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    thread = await api.query("AGENT", THREAD, {"id": thread_id})
    assert [e["node"]["seq"] for e in thread["data"]["thread"]["messages"]["edges"]] == [1]


# --- revocation -------------------------------------------------------------------------


async def test_removing_the_provider_side_ends_the_providers_streams(
    api: Api, booking_id: str
) -> None:
    """Provider staff removed from a thread stop receiving it at once."""
    # given: provider staff following a BOTH thread: messages, typing and their inbox
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    probe = await start_thread(api, "PROVIDER_STAFF", booking_id, parties="PROVIDER")
    async with await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"]) as ws:
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
        assert [x["seq"] for x in await messages(ws, "m", 1)] == [1]
        await ws.subscribe("t", TYPING, {"threadId": thread_id})
        await first_after_poking(
            ws, "t", lambda: api.query("AGENT", SET_TYPING, {"threadId": thread_id, "typing": True})
        )
        await live_inbox(api, ws, "PROVIDER_STAFF", probe)

        # when: an agent removes the provider side
        result = await api.query(
            "AGENT", SET_PARTIES, {"threadId": thread_id, "parties": "CUSTOMER"}
        )
        assert result["data"]["setThreadParties"]["errors"] == []

        # then: their inbox is told the thread left it, without its content
        removed = await updates_about(ws, thread_id, 2.0)
        assert [f["payload"]["data"]["inboxUpdates"]["kind"] for f in removed] == ["removed"]
        assert removed[0]["payload"]["data"]["inboxUpdates"]["thread"] is None
        # and the thread's streams end, without data
        message_frames = await ended(ws, "m")
        assert data_of(message_frames) == []
        assert error_codes(message_frames) == ["NOT_FOUND"]
        assert error_codes(await ended(ws, "t")) == ["NOT_FOUND"]
        # and later activity in it reaches the provider nowhere
        body = unique("after removal")
        await sent(api, "AGENT", thread_id, body)
        await api.query("AGENT", SET_TYPING, {"threadId": thread_id, "typing": True})
        assert await ws.silence("m", 0.5) == []
        assert await ws.silence("t", 0.05) == []
        assert await updates_about(ws, thread_id, 0.1) == []
        assert not any(body in text for text in ws.raw)
    gone = await api.query("PROVIDER_STAFF", THREAD, {"id": thread_id})
    assert gone["data"]["thread"] is None


async def test_expired_token_ends_the_stream(api: Api, booking_id: str, world: DemoWorld) -> None:
    """A socket whose token expires is closed with 4403, even when all is quiet."""
    # given: a customer subscribed with a token valid for about 2 seconds
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    token = mint_token(world.settings, m.User(id=world.user_ids["CUSTOMER"]), ttl_seconds=2)
    async with await WsClient.connect(api.client, token) as ws:
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
        assert [x["seq"] for x in await messages(ws, "m", 1)] == [1]
        # when: the token expires
        frames, code = await ws.until_closed(within=4.0)
        # then: the server closed the socket on its own, having sent no data
        assert code == 4403
        assert data_of(frames) == []
        body = unique("after expiry")
        await sent(api, "AGENT", thread_id, body)
        await asyncio.sleep(0.3)
        assert not any(body in text for text in ws.raw)


async def test_deactivated_account_stops_receiving(api: Api, booking_id: str) -> None:
    """An account deactivated while subscribed (and the deactivation announced, as the
    administration does) has its socket closed with 4403 and receives nothing more."""
    # given: provider staff following a BOTH thread
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    staff_id = api.world.user_ids["PROVIDER_STAFF"]
    async with await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"]) as ws:
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
        assert [x["seq"] for x in await messages(ws, "m", 1)] == [1]
        try:
            # when: the account is deactivated and that is announced
            await m.User.filter(id=staff_id).update(active=False)
            hub = api.client.app[HUB_KEY]
            await announce_revocation(hub, user_id=staff_id)
            # then: the socket is closed at once, with nothing delivered
            frames, code = await ws.until_closed()
            assert code == 4403
            assert data_of(frames) == []
            # and a message sent afterwards never reaches it
            body = unique("after deactivation")
            await sent(api, "AGENT", thread_id, body)
            await asyncio.sleep(0.3)
        finally:
            await m.User.filter(id=staff_id).update(active=True)
        assert not any(body in text for text in ws.raw)


# --- authentication ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        {"authorization": "Bearer not-a-token"},
        {"authorization": "Basic dXNlcjpwYXNz"},
        {},
        None,
    ],
    ids=["forged-token", "wrong-scheme", "empty-payload", "no-payload"],
)
async def test_connection_without_a_valid_token_is_closed_with_4403(
    api: Api, payload: dict[str, str] | None
) -> None:
    """No valid Bearer token in connection_init: the server closes the socket with 4403."""
    # given
    ws = await WsClient.open(api.client)
    # when
    await ws.init(payload)
    # then
    assert await ws.closed() == 4403


async def test_expired_token_is_refused_at_connection(api: Api, world: DemoWorld) -> None:
    """A token that already expired cannot open a connection."""
    # given
    token = mint_token(world.settings, m.User(id=world.user_ids["CUSTOMER"]), ttl_seconds=-60)
    ws = await WsClient.open(api.client)
    # when
    await ws.init({"authorization": f"Bearer {token}"})
    # then
    assert await ws.closed() == 4403


async def test_another_customer_cannot_subscribe_to_a_thread(api: Api, booking_id: str) -> None:
    """A thread outside the caller's scope looks missing: NOT_FOUND, no data."""
    # given
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER_OTHER"]) as ws:
        # when
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread_id, "afterSeq": 0})
        await ws.subscribe("t", TYPING, {"threadId": thread_id})
        # then
        for op_id in ("m", "t"):
            frames = await ended(ws, op_id)
            assert data_of(frames) == []
            assert error_codes(frames) == ["NOT_FOUND"]
        assert not any("Opening message" in text for text in ws.raw)


# --- inbox and typing -------------------------------------------------------------------


async def test_inbox_updates_follow_a_thread_for_the_customer_only(
    api: Api, booking_id: str
) -> None:
    """New thread, new message, read, status: each pushed to the customer, not to others."""
    # given: the customer's and another customer's inbox subscriptions, both live
    probe = await start_thread(api, "CUSTOMER", booking_id, parties="CUSTOMER")
    other_probe = await start_thread(
        api, "CUSTOMER_OTHER", await other_booking(api), parties="CUSTOMER"
    )
    customer = await WsClient.connect(api.client, api.world.tokens["CUSTOMER"])
    other = await WsClient.connect(api.client, api.world.tokens["CUSTOMER_OTHER"])
    async with customer, other:
        await live_inbox(api, customer, "CUSTOMER", probe)
        await live_inbox(api, other, "CUSTOMER_OTHER", other_probe)
        total = (await api.query("CUSTOMER", UNREAD_TOTAL))["data"]["unreadTotal"]

        # when / then: an agent opens a thread for the customer
        thread_id = await start_thread(api, "AGENT", booking_id, parties="CUSTOMER")
        opened = await update_about(customer, thread_id)
        assert opened["kind"] == "thread"
        assert (opened["unreadCount"], opened["unreadTotal"]) == (1, total + 1)

        # when / then: a new message
        await sent(api, "AGENT", thread_id, "Second question")
        message = await update_about(customer, thread_id)
        assert message["kind"] == "message"
        assert (message["unreadCount"], message["unreadTotal"]) == (2, total + 2)
        assert message["thread"]["lastMessage"]["body"] == "Second question"

        # when / then: the agent reading it is no news to the customer; the customer's is
        await api.query("AGENT", MARK_READ, {"threadId": thread_id})
        await api.query("CUSTOMER", MARK_READ, {"threadId": thread_id})
        read = await update_about(customer, thread_id)
        assert read["kind"] == "read"
        assert (read["unreadCount"], read["unreadTotal"]) == (0, total)

        # when / then: an agent resolves it
        await api.query("AGENT", SET_STATUS, {"threadId": thread_id, "status": "RESOLVED"})
        status = await update_about(customer, thread_id)
        assert status["kind"] == "status"
        assert status["thread"]["status"] == "RESOLVED"

        # and nothing else came, and the other customer heard nothing of it
        assert await updates_about(customer, thread_id, 0.3) == []
        assert await updates_about(other, thread_id) == []
        assert not any(thread_id in text for text in other.raw)


async def test_typing_reaches_others_but_is_not_echoed(api: Api, booking_id: str) -> None:
    """The customer sees the agent typing, never their own typing."""
    # given
    thread_id = await start_thread(api, "CUSTOMER", booking_id, parties="BOTH")
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        await ws.subscribe("t", TYPING, {"threadId": thread_id})
        # when: the agent types
        first = await first_after_poking(
            ws,
            "t",
            lambda: api.query("AGENT", SET_TYPING, {"threadId": thread_id, "typing": True}),
        )
        # then
        assert first["typing"] == {"threadId": thread_id, "name": "Anna Lopez", "typing": True}
        # when: the customer types, then the agent stops
        await api.query("CUSTOMER", SET_TYPING, {"threadId": thread_id, "typing": True})
        await api.query("AGENT", SET_TYPING, {"threadId": thread_id, "typing": False})
        # then: the next notice is the agent's, the customer's own was not echoed
        frames = await ws.silence("t", 0.5)
        notices = [f["payload"]["data"]["typing"] for f in frames]
        assert notices[-1] == {"threadId": thread_id, "name": "Anna Lopez", "typing": False}
        assert all(n["name"] == "Anna Lopez" for n in notices)
        assert not any("Claire" in text for text in ws.raw)


# --- protocol ---------------------------------------------------------------------------


async def test_legacy_graphql_ws_protocol_is_refused_by_default(api: Api) -> None:
    """A legacy graphql-ws client gets no connection: the protocol is off by default."""
    # given / when
    try:
        ws = await asyncio.wait_for(
            api.client.ws_connect("/graphql", protocols=["graphql-ws"]), TIMEOUT
        )
    except aiohttp.WSServerHandshakeError:
        return  # refused at the handshake
    # then: not negotiated, and the server closes instead of acknowledging
    client = WsClient(ws)
    try:
        assert ws.protocol != "graphql-ws"
        with contextlib.suppress(ConnectionError):  # the server may have closed already
            await client.init({"authorization": f"Bearer {api.world.tokens['CUSTOMER']}"})
        assert await client.closed() == 4406  # "Subprotocol not acceptable"
    finally:
        await client.close()


async def test_legacy_graphql_ws_protocol_can_be_turned_on(
    api: Api, aiohttp_client: Any, world: DemoWorld
) -> None:
    """With ROOST_LEGACY_GRAPHQL_WS on, a graphql-ws client is acknowledged (control)."""
    # given: a second server on the same database with the setting on
    settings = dataclasses.replace(world.settings, legacy_graphql_ws=True)
    legacy = await aiohttp_client(create_app(settings, manage_database=False))
    ws = await asyncio.wait_for(legacy.ws_connect("/graphql", protocols=["graphql-ws"]), TIMEOUT)
    client = WsClient(ws)
    try:
        # when
        await client.init({"authorization": f"Bearer {world.tokens['CUSTOMER']}"})
        # then
        assert ws.protocol == "graphql-ws"
        assert (await client.receive())["type"] == "connection_ack"
    finally:
        await client.close()


async def test_a_pubsub_resync_refreshes_the_inbox_badge(api: Api, booking_id: str) -> None:
    """After a pub/sub reconnect, inbox subscribers are told to refetch, with a fresh badge."""
    # given: the customer's inbox subscription, live
    probe = await start_thread(api, "CUSTOMER", booking_id, parties="CUSTOMER")
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        await live_inbox(api, ws, "CUSTOMER", probe)
        total = (await api.query("CUSTOMER", UNREAD_TOTAL))["data"]["unreadTotal"]
        # when: the pub/sub backend announces a resync on the customer's inbox channel
        hub = api.client.app[HUB_KEY]
        channel = f"inbox:customer_id:{api.world.user_ids['CUSTOMER']}"
        await hub.broadcast.publish(channel, RESYNC)
        # then: a resync update arrives with the current badge and no thread
        frames = await ws.silence("inbox", 2.0)
        updates = [f["payload"]["data"]["inboxUpdates"] for f in frames if f["type"] == "next"]
        assert [u["kind"] for u in updates] == ["resync"]
        assert updates[0]["thread"] is None
        assert updates[0]["threadId"] is None
        assert updates[0]["unreadTotal"] == total

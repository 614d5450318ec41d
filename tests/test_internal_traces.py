"""An agent's internal note leaves no trace a customer or provider can observe: not the
sequence numbers, last activity, inbox order, unread counts, typing indicators or inbox
membership, over HTTP and over WebSocket. Typing names follow the policy of authorName."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.conftest import Api
from tests.test_subscriptions import (
    MESSAGE_ADDED,
    TYPING,
    chateau_booking_id,
    live_inbox,
    messages,
    send,
    sent,
    start_thread,
    unique,
    update_about,
)
from tests.wsclient import WsClient

PARTIES = ("CUSTOMER", "PROVIDER_STAFF")


@pytest.fixture
async def booking_id(api: Api) -> str:
    return await chateau_booking_id(api)


VIEW = """
query ($bookingId: ID!) {
  unreadTotal
  inbox(first: 20, filter: {bookingId: $bookingId}) {
    edges { node {
      id subject lastActivityAt unreadCount
      lastMessage { seq body }
      messages(last: 20) { edges { node { seq body } } }
    } }
  }
}
"""

START_INTERNAL = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code } }
}
"""

NODE = "query ($id: ID!) { node(id: $id) { id } }"

TYPE = """
mutation ($threadId: ID!, $visibility: Visibility!) {
  setTyping(input: {threadId: $threadId, typing: true, visibility: $visibility}) {
    errors { code }
  }
}
"""


async def view(api: Api, role: str, booking: str) -> dict[str, Any]:
    """Everything ``role`` can read about the booking's threads, in inbox order."""
    body = await api.query(role, VIEW, {"bookingId": booking})
    assert "errors" not in body, body
    return body["data"]


async def typing_seen(
    api: Api, sockets: list[WsClient], thread: str, visibility: str
) -> list[list[Any]]:
    """Typing events each socket receives while an agent types with ``visibility``
    (repeatedly, since subscriptions register asynchronously)."""
    received: list[list[Any]] = [[] for _ in sockets]
    for _ in range(4):
        await api.query("AGENT", TYPE, {"threadId": thread, "visibility": visibility})
        for frames, ws in zip(received, sockets, strict=True):
            frames += [f for f in await ws.silence("t", 0.15) if f["type"] == "next"]
    return received


def typing_name(frames: list[Any]) -> str:
    return frames[0]["payload"]["data"]["typing"]["name"]


@pytest.mark.parametrize("role", PARTIES)
async def test_an_internal_note_changes_nothing_a_party_sees_over_http(
    api: Api,
    booking_id: str,
    role: str,
) -> None:
    # given two threads the party reads, the older one first in the inbox after a reply
    older = await start_thread(api, "CUSTOMER", booking_id)
    newer = await start_thread(api, "CUSTOMER", booking_id)
    await sent(api, "AGENT", older, "A public reply")
    before = await view(api, role, booking_id)

    # when an agent writes internal notes in the newer thread
    for _ in range(2):
        await sent(api, "AGENT", newer, unique("internal"), visibility="INTERNAL")

    # then the party sees exactly what it saw: numbers, activity, order, counts
    assert await view(api, role, booking_id) == before
    # while the service team sees the notes move the thread and its numbers
    staff = await view(api, "AGENT_VIP", booking_id)
    (row,) = [e["node"] for e in staff["inbox"]["edges"] if e["node"]["id"] == newer]
    assert row["lastMessage"]["seq"] == 3
    assert staff["inbox"]["edges"][0]["node"]["id"] == newer


async def test_a_thread_with_only_internal_notes_does_not_exist_for_the_parties(
    api: Api,
    booking_id: str,
) -> None:
    # given an agent's thread whose only message is an internal note
    payload = await api.query(
        "AGENT",
        START_INTERNAL,
        {
            "input": {
                "bookingId": booking_id,
                "body": unique("Check the invoice first"),
                "subject": "Internal check",
                "parties": "BOTH",
                "visibility": "INTERNAL",
            }
        },
    )
    thread = payload["data"]["startThread"]["thread"]["id"]

    # then the parties neither list it nor reach it by id
    for role in PARTIES:
        ids = [e["node"]["id"] for e in (await view(api, role, booking_id))["inbox"]["edges"]]
        assert thread not in ids
        assert (await api.query(role, NODE, {"id": thread}))["data"]["node"] is None

    # and when the agent writes to them, it appears with its first message numbered 1
    await sent(api, "AGENT", thread, "Hello from the service team")
    for role in PARTIES:
        rows = (await view(api, role, booking_id))["inbox"]["edges"]
        (row,) = [e["node"] for e in rows if e["node"]["id"] == thread]
        assert [e["node"]["seq"] for e in row["messages"]["edges"]] == [1]
        assert row["unreadCount"] == 1


async def test_an_internal_note_pushes_nothing_to_the_parties_over_websocket(
    api: Api,
    booking_id: str,
) -> None:
    # given both parties following a thread, their inboxes and its typing indicators
    probe = await start_thread(api, "CUSTOMER", booking_id)
    thread = await start_thread(api, "CUSTOMER", booking_id)
    sockets = {role: await WsClient.connect(api.client, api.world.tokens[role]) for role in PARTIES}
    try:
        for role, ws in sockets.items():
            await live_inbox(api, ws, role if role == "CUSTOMER" else "PROVIDER_STAFF", probe)
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
            await ws.subscribe("t", TYPING, {"threadId": thread})

        # when an agent types an internal note and sends it
        internal_typing = await typing_seen(api, [*sockets.values()], thread, "INTERNAL")
        await send(api, "AGENT", thread, unique("internal"), visibility="INTERNAL")

        # then no typing, no message and no inbox update reached either party
        assert internal_typing == [[], []]
        for ws in sockets.values():
            assert await ws.silence("m", 0.3) == []
            inbox = [f for f in await ws.silence("inbox", 0.3) if f["type"] == "next"]
            assert all(f["payload"]["data"]["inboxUpdates"]["threadId"] != thread for f in inbox)

        # and the next public message arrives as seq 2, counted once more as unread
        # (the customer wrote the first message; the provider has not read it)
        await sent(api, "AGENT", thread, "We are on it.")
        for role, ws in sockets.items():
            (message,) = await messages(ws, "m", 1)
            assert message["seq"] == 2
            update = await update_about(ws, thread)
            expected = 1 if role == "CUSTOMER" else 2
            assert (update["kind"], update["unreadCount"]) == ("message", expected)
        # and ordinary typing still reaches them
        for seen in await typing_seen(api, [*sockets.values()], thread, "ALL"):
            assert typing_name(seen) == "Anna Lopez"
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets.values()))


async def test_typing_names_are_masked_for_analysts_and_hidden_from_non_staff(
    api: Api,
    booking_id: str,
) -> None:
    # given an analyst and another agent following a thread's typing
    thread = await start_thread(api, "CUSTOMER", booking_id)
    analyst = await WsClient.connect(api.client, api.world.tokens["ANALYST"])
    agent = await WsClient.connect(api.client, api.world.tokens["AGENT_VIP"])
    async with analyst, agent:
        for ws in (analyst, agent):
            await ws.subscribe("t", TYPING, {"threadId": thread})

        # when an agent types a public message, then an internal note
        public = await typing_seen(api, [analyst, agent], thread, "ALL")
        internal = await typing_seen(api, [analyst, agent], thread, "INTERNAL")

    # then the analyst sees the name masked, and nothing of the internal note
    assert typing_name(public[0]) == "A*** L***"
    assert internal[0] == []
    # and another agent sees both, with the name
    assert typing_name(public[1]) == typing_name(internal[1]) == "Anna Lopez"


async def test_only_the_service_team_types_internally(
    api: Api,
    booking_id: str,
) -> None:
    # given a thread
    thread = await start_thread(api, "CUSTOMER", booking_id)
    # when the customer claims to type an internal note
    body = await api.query("CUSTOMER", TYPE, {"threadId": thread, "visibility": "INTERNAL"})
    # then it is refused
    assert [e["code"] for e in body["data"]["setTyping"]["errors"]] == ["FORBIDDEN"]

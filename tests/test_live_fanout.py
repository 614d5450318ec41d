"""Live delivery by one fan-out per thread (``subscriptions/live.py``): shareable
``messageAdded`` subscriptions are served without waking a task per subscriber, and keep
every guarantee: constant statements per delivered event, each reader's own payload,
a slow consumer that delays nobody yet misses nothing, and 4403 on revocation."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

import models as m
from resolvers.masking import mask_name, mask_text
from roost.app import HUB_KEY, create_app
from roost.demo import ACCOUNTS
from schema.relay import node_pk
from subscriptions.channels import announce_revocation
from subscriptions.live import LiveThreads, live_threads_of
from tests.conftest import Api, DemoWorld, make_settings
from tests.sqlcount import count_statements
from tests.test_subscriptions import (
    MESSAGE_ADDED,
    chateau_booking_id,
    data_of,
    messages,
    sent,
    start_thread,
)
from tests.wsclient import WsClient

#: Roles following the thread; the limits per user are raised for the test.
FOLLOWERS = ("CUSTOMER", "PROVIDER_STAFF", "AGENT", "AGENT_VIP", "ADMIN")


async def followed_by(api: Api, thread: str, count: int) -> list[tuple[WsClient, str]]:
    """``count`` live subscriptions to the thread, over ten sockets of five users."""
    sockets = [
        await WsClient.connect(api.client, api.world.tokens[FOLLOWERS[i % len(FOLLOWERS)]])
        for i in range(10)
    ]
    subscriptions = []
    for n in range(count):
        ws = sockets[n % len(sockets)]
        await ws.subscribe(f"s{n}", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
        # the opening message, replayed (waited for generously: statements are counted here,
        # not time, while the other half of `make test` runs on the other core)
        assert len(await messages(ws, f"s{n}", 1, within=30)) == 1
        subscriptions.append((ws, f"s{n}"))
    return subscriptions


async def delivered(api: Api, thread: str, subscriptions: list[tuple[WsClient, str]]) -> int:
    """SQL statements to send one message and deliver it to every subscription."""
    by_socket: dict[WsClient, list[str]] = {}
    for ws, op in subscriptions:
        by_socket.setdefault(ws, []).append(op)

    async def drain(ws: WsClient, ops: list[str]) -> list[str]:
        return [(await messages(ws, op, 1))[0]["body"] for op in ops]

    with count_statements() as counter:
        await sent(api, "AGENT", thread, "to all of you")
        received = await asyncio.gather(*(drain(ws, ops) for ws, ops in by_socket.items()))
    bodies = [body for batch in received for body in batch]
    assert bodies == ["to all of you"] * len(subscriptions)
    return len(counter.statements)


#: Readers of every class: two agents (one class), customer, provider, analyst.
READERS = ("AGENT", "AGENT_VIP", "CUSTOMER", "PROVIDER_STAFF", "ANALYST")


def fanouts(api: Api) -> LiveThreads:
    """The fan-outs of the test server's process."""
    return live_threads_of(api.client.server.app[HUB_KEY])


async def served(api: Api, thread: str, count: int) -> None:
    """Wait until the thread's fan-out serves ``count`` subscribers (they go live once
    their replay is sent)."""
    pk = node_pk(thread, "Thread")
    deadline = time.monotonic() + 10
    while fanouts(api).serving(pk) < count:
        assert time.monotonic() < deadline, fanouts(api).serving(pk)
        await asyncio.sleep(0.02)


async def busy_api(aiohttp_client: Any, world: DemoWorld, tmp_path: Path, **env: str) -> Api:
    """A server whose users may hold a hundred subscriptions, without rate limits."""
    settings = make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_WS_MAX_SUBSCRIPTIONS_PER_USER="100",
        ROOST_RATE_LIMITS="off",
        **env,
    )
    return Api(await aiohttp_client(create_app(settings)), world)


async def test_a_hundred_subscribers_are_served_by_the_fan_out_at_the_cost_of_ten(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a thread followed by ten subscriptions and another by a hundred, all live (the
    # sockets' periodic re-check, not counted here, waits until the test is over)
    api = await busy_api(aiohttp_client, world, tmp_path, ROOST_WS_REAUTH_SECONDS="3600")
    booking = await chateau_booking_id(api)
    small_thread = await start_thread(api, "CUSTOMER", booking)
    large_thread = await start_thread(api, "CUSTOMER", booking)
    small = await followed_by(api, small_thread, 10)
    large = await followed_by(api, large_thread, 100)
    try:
        await served(api, small_thread, 10)
        await served(api, large_thread, 100)

        await delivered(api, small_thread, small)  # the sender's caches warmed up

        # when a message is delivered to each thread's subscribers
        few = await delivered(api, small_thread, small)
        many = await delivered(api, large_thread, large)

        # then every one got it from the fan-out, and the database did the same work
        assert few == many
        assert fanouts(api).serving(node_pk(large_thread, "Thread")) == 100
    finally:
        await asyncio.gather(*{ws.close() for ws, _ in [*small, *large]})


async def test_each_role_gets_its_own_payload_from_the_fan_out(api: Api) -> None:
    # given a thread followed live by agents, the customer, the provider and an analyst
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    sockets = {role: await WsClient.connect(api.client, api.world.tokens[role]) for role in READERS}
    try:
        for ws in sockets.values():
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
        await served(api, thread, len(READERS))

        # when an agent writes an internal note, then two messages for everyone
        await sent(api, "AGENT", thread, "note: VIP, handle with care", visibility="INTERNAL")
        await sent(api, "AGENT", thread, "Your room is ready")
        await sent(api, "AGENT", thread, "Breakfast is at eight")
        got = {
            role: await messages(ws, "m", 3 if role.startswith("AGENT") else 2)
            for role, ws in sockets.items()
        }

        # then staff get all three, numbered among every message
        agent = ACCOUNTS["AGENT"][1]
        assert [(x["seq"], x["visibility"]) for x in got["AGENT"]] == [
            (2, "INTERNAL"),
            (3, "ALL"),
            (4, "ALL"),
        ]
        assert got["AGENT_VIP"] == got["AGENT"]
        # the customer and the provider never the note, numbered without a gap
        for role in ("CUSTOMER", "PROVIDER_STAFF"):
            assert [(x["seq"], x["body"]) for x in got[role]] == [
                (2, "Your room is ready"),
                (3, "Breakfast is at eight"),
            ], role
            assert [x["authorName"] for x in got[role]] == [agent, agent]
        # the analyst neither the note nor a clear name or body
        assert [x["seq"] for x in got["ANALYST"]] == [2, 3]
        assert {x["authorName"] for x in got["ANALYST"]} == {mask_name(agent)}
        assert got["ANALYST"][0]["body"] == mask_text("Your room is ready")
        assert "VIP, handle" not in str(got["CUSTOMER"] + got["PROVIDER_STAFF"] + got["ANALYST"])
        for ws in sockets.values():
            assert await ws.silence("m", 0.2) == []
        # and nobody left the fan-out to be served on its own
        assert fanouts(api).serving(node_pk(thread, "Thread")) == len(READERS)
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets.values()))


async def test_a_slow_consumer_delays_nobody_and_misses_nothing(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a socket with 40 subscriptions to a thread that stops reading, and another
    # subscriber of the same thread (pings far apart: the test decides who reads)
    api = await busy_api(aiohttp_client, world, tmp_path, ROOST_WS_PING_SECONDS="600")
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    slow = await WsClient.connect(api.client, api.world.tokens["CUSTOMER"])
    fast = await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"])
    ops = [f"s{n}" for n in range(40)]
    try:
        for op in ops:
            await slow.subscribe(op, MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
        await fast.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
        await served(api, thread, len(ops) + 1)
        slow_before = fanouts(api).slow_consumers

        bodies: list[str] = []

        async def send_large(label: str) -> None:
            body = f"{label} " + "x" * 9_000
            began = time.monotonic()
            seq = await sent(api, "AGENT", thread, body)
            # then the other subscriber gets each one at once, whatever the slow one does
            (got,) = await messages(fast, "m", 1, within=2)
            assert (got["seq"], got["body"]) == (seq, body)
            assert time.monotonic() - began < 1.5
            bodies.append(body)

        # when large messages are sent until the slow socket's buffers are full (how much
        # the kernel buffers on loopback varies: up to 150 messages of 9 kB, 54 MB in all),
        # and a few more while it is behind
        while fanouts(api).slow_consumers == slow_before and len(bodies) < 150:
            await send_large(f"{len(bodies):03}")
        assert fanouts(api).slow_consumers > slow_before
        for n in range(5):
            await send_large(f"late {n}")

        # and once the slow socket reads again, each of its subscriptions gets every
        # message exactly once, in order (caught up from the database)
        for op in ops:
            got = await messages(slow, op, len(bodies), within=20)
            assert [x["body"] for x in got] == bodies, op
            assert [x["seq"] for x in got] == list(range(2, 2 + len(bodies)))
        for op in ops:
            assert await slow.silence(op, 0.01) == []
        # and they are served by the fan-out again
        await served(api, thread, len(ops) + 1)
    finally:
        await asyncio.gather(slow.close(), fast.close())


async def test_revocation_closes_a_socket_served_by_the_fan_out_with_4403(api: Api) -> None:
    # given provider staff following a thread live, served by the fan-out
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    staff_id = api.world.user_ids["PROVIDER_STAFF"]
    ws = await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"])
    try:
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
        assert [x["seq"] for x in await messages(ws, "m", 1)] == [1]
        await served(api, thread, 1)

        # when the account's role changes and that is announced
        await m.User.filter(id=staff_id).update(role=m.Role.CUSTOMER)
        await announce_revocation(api.client.server.app[HUB_KEY], user_id=staff_id)

        # then the socket is closed with 4403 at once, nothing delivered
        frames, code = await ws.until_closed()
        assert code == 4403
        assert data_of(frames) == []
        # and the fan-out serves it no more; a later message never reaches it
        await sent(api, "AGENT", thread, "after the role change")
        await asyncio.sleep(0.3)
        assert fanouts(api).serving(node_pk(thread, "Thread")) == 0
        assert not any("after the role change" in text for text in ws.raw)
    finally:
        await m.User.filter(id=staff_id).update(role=m.Role.PROVIDER_STAFF)
        await ws.close()


async def test_live_subscriptions_hold_no_task_of_their_own(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given ten open sockets, and the server's tasks counted with them open
    api = await busy_api(aiohttp_client, world, tmp_path, ROOST_WS_REAUTH_SECONDS="3600")
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    sockets = [
        await WsClient.connect(api.client, api.world.tokens[FOLLOWERS[i % len(FOLLOWERS)]])
        for i in range(10)
    ]
    try:
        before = len(asyncio.all_tasks())

        # when fifty subscriptions follow a thread over them, all live
        for n in range(50):
            ws = sockets[n % len(sockets)]
            await ws.subscribe(f"s{n}", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
            assert len(await messages(ws, f"s{n}", 1, within=30)) == 1
        await served(api, thread, 50)

        # then they are parked: the fan-out (and its feed) are the only new tasks, not one
        # task and pipeline per subscription
        assert len(asyncio.all_tasks()) - before <= 3
        # and every one of them still gets the next message, once
        await sent(api, "AGENT", thread, "to the parked ones")
        for n in range(50):
            [message] = await messages(sockets[n % len(sockets)], f"s{n}", 1)
            assert message["body"] == "to the parked ones"
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets))


async def test_a_completed_live_subscription_gets_nothing_more(api: Api) -> None:
    # given two live subscriptions to one thread over the customer's socket
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        for op in ("kept", "done"):
            await ws.subscribe(op, MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
            assert len(await messages(ws, op, 1)) == 1
        await served(api, thread, 2)

        # when the client completes one of them
        await ws.complete("done")
        deadline = time.monotonic() + 10
        while fanouts(api).serving(node_pk(thread, "Thread")) != 1:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)

        # then the next message reaches the other one only, and the id may be used again
        await sent(api, "AGENT", thread, "only for the kept one")
        assert [m["body"] for m in await messages(ws, "kept", 1)] == ["only for the kept one"]
        assert await ws.silence("done") == []
        await ws.subscribe("done", MESSAGE_ADDED, {"threadId": thread})
        await served(api, thread, 2)
        await sent(api, "AGENT", thread, "for both again")
        for op in ("kept", "done"):
            assert [m["body"] for m in await messages(ws, op, 1)] == ["for both again"]


async def test_a_message_carried_by_its_event_is_delivered_without_reading_it_again(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a thread followed live by ten subscriptions of every class, and one nobody follows
    api = await busy_api(aiohttp_client, world, tmp_path, ROOST_WS_REAUTH_SECONDS="3600")
    booking = await chateau_booking_id(api)
    followed = await start_thread(api, "CUSTOMER", booking)
    alone = await start_thread(api, "CUSTOMER", booking)
    subscriptions = await followed_by(api, followed, 10)
    try:
        await served(api, followed, 10)
        await delivered(api, followed, subscriptions)  # the sender's caches warmed up
        await sent(api, "AGENT", alone, "warm")

        # when a message is sent to each
        with count_statements() as nobody:
            await sent(api, "AGENT", alone, "to nobody")
        delivering = await delivered(api, followed, subscriptions)

        # then delivering it to the ten cost no statement: the event carried it
        assert delivering == len(nobody.statements)
    finally:
        await asyncio.gather(*{ws.close() for ws, _ in subscriptions})


#: The fields of a shareable ``messageAdded`` payload every reader may select.
EVERY_FIELD = """
subscription ($threadId: ID!, $afterSeq: Int) {
  messageAdded(threadId: $threadId, afterSeq: $afterSeq) {
    __typename id seq kind visibility body createdAt authorName authorSide
  }
}
"""


async def test_a_carried_message_reads_as_the_database_gives_it(api: Api) -> None:
    # given followers of every class, live on a thread
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    sockets = {role: await WsClient.connect(api.client, api.world.tokens[role]) for role in READERS}
    try:
        for ws in sockets.values():
            await ws.subscribe("live", EVERY_FIELD, {"threadId": thread, "afterSeq": 0})
            assert len(await messages(ws, "live", 1)) == 1
        await served(api, thread, len(READERS))

        # when a message arrives live (from its event) and is then replayed (from the database)
        await sent(api, "AGENT", thread, "Sehr geehrte Frau Martin, 🙂")
        for role, ws in sockets.items():
            [live] = await messages(ws, "live", 1)
            await ws.subscribe("again", EVERY_FIELD, {"threadId": thread, "afterSeq": 1})
            [replayed] = await messages(ws, "again", 1)

            # then both read the same, field for field, for every class of reader
            assert live == replayed, role
            assert live["createdAt"], role
            assert live["authorName"], role
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets.values()))


async def test_a_subscription_joining_a_followed_thread_replays_from_what_its_feed_keeps(
    api: Api,
) -> None:
    # given a thread an agent follows live, where a note and two messages were sent since
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    async with (
        await WsClient.connect(api.client, api.world.tokens["AGENT"]) as agent,
        await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as customer,
    ):
        await agent.subscribe("live", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
        assert len(await messages(agent, "live", 1)) == 1
        await served(api, thread, 1)
        await sent(api, "AGENT", thread, "first reply")
        await sent(api, "AGENT", thread, "a note", visibility="INTERNAL")
        await sent(api, "AGENT", thread, "second reply")
        assert len(await messages(agent, "live", 3)) == 3

        # when the customer subscribes after the opening message
        with count_statements() as counter:
            await customer.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
            replayed = await messages(customer, "m", 2)
            await served(api, thread, 2)

        # then she gets exactly what she may see, numbered her way, and without the messages
        # being read again: the thread's feed kept them
        assert [(m["seq"], m["body"]) for m in replayed] == [
            (2, "first reply"),
            (3, "second reply"),
        ]
        assert await customer.silence("m") == []
        assert not [text for text in counter.statements if 'FROM "message"' in text]


@pytest.mark.parametrize("together", [False, True], ids=["one-after-the-other", "together"])
async def test_subscribers_joining_a_thread_read_it_once_for_all(api: Api, together: bool) -> None:
    # given a thread nobody follows yet, with a reply and an internal note after its opening
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    await sent(api, "AGENT", thread, "a reply")
    await sent(api, "AGENT", thread, "a note", visibility="INTERNAL")
    sockets = {role: await WsClient.connect(api.client, api.world.tokens[role]) for role in READERS}
    variables = {"threadId": thread, "afterSeq": 0}
    try:
        # when readers of every class subscribe from the start, one after the other (each
        # once the one before is live) or at the same moment
        with count_statements() as counter:
            if together:
                await asyncio.gather(
                    *(ws.subscribe("m", MESSAGE_ADDED, variables) for ws in sockets.values())
                )
            replayed = {}
            for role, ws in sockets.items():
                if not together:
                    await ws.subscribe("m", MESSAGE_ADDED, variables)
                replayed[role] = [m["body"] for m in await messages(ws, "m", replays(role))]
            await served(api, thread, len(sockets))

        # then each gets what it may see, once, in order
        for role, bodies in replayed.items():
            staff = role.startswith("AGENT")
            assert bodies[1:] == (["a reply", "a note"] if staff else [mask_body(role, "a reply")])
            assert await sockets[role].silence("m") == []
        # and the thread's messages were read once for all of them
        assert len([text for text in counter.statements if 'FROM "message"' in text]) == 1
        if together:  # and the thread too (one after the other, the fan-out keeps it)
            assert len([text for text in counter.statements if 'FROM "thread"' in text]) == 1
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets.values()))


def mask_body(role: str, body: str) -> str:
    """A message body as ``role`` reads it."""
    return mask_text(body) if role == "ANALYST" else body


def replays(role: str) -> int:
    """Messages ``role`` replays of a thread with an opening, a reply and an internal note."""
    return 3 if role.startswith("AGENT") else 2

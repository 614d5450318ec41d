"""One read per event, not per subscriber: delivering a message to a hundred subscribers
of a thread runs the same SQL statements as delivering it to ten."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings
from tests.sqlcount import count_statements
from tests.test_subscriptions import (
    MESSAGE_ADDED,
    chateau_booking_id,
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


async def test_delivery_costs_the_same_for_ten_or_a_hundred_subscribers(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that lets five users hold a hundred subscriptions
    settings = make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_WS_MAX_SUBSCRIPTIONS_PER_USER="100",
        ROOST_RATE_LIMITS="off",
    )
    api = Api(await aiohttp_client(create_app(settings)), world)
    booking = await chateau_booking_id(api)
    small_thread = await start_thread(api, "CUSTOMER", booking)
    large_thread = await start_thread(api, "CUSTOMER", booking)
    small = await followed_by(api, small_thread, 10)
    large = await followed_by(api, large_thread, 100)
    try:
        await delivered(api, small_thread, small)  # the sender's caches warmed up

        # when a message is delivered to each thread's subscribers
        few, many = (
            await delivered(api, small_thread, small),
            await delivered(api, large_thread, large),
        )

        # then the database did the same work for a hundred as for ten
        assert few == many
    finally:
        await asyncio.gather(*{ws.close() for ws, _ in [*small, *large]})

"""inboxUpdates without per-subscriber reads: the thread and the read markers an event
needs are read once for every subscriber it wakes; only each reader's badge (unread
total) costs one statement per subscriber."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings
from tests.sqlcount import count_statements
from tests.test_subscriptions import chateau_booking_id, sent, start_thread
from tests.wsclient import WsClient

#: The badge and counts only: what the stream itself reads, not the selection's fields.
BADGE = "subscription { inboxUpdates { kind threadId unreadCount unreadTotal } }"


async def statements_to_deliver(api: Api, thread: str, sockets: list[WsClient]) -> int:
    """SQL statements to send one message and push it to every inbox subscriber."""
    with count_statements() as counter:
        await sent(api, "AGENT", thread, "news")
        updates = [await ws.data("i") for ws in sockets]
    assert {u["inboxUpdates"]["kind"] for u in updates} == {"message"}
    assert {u["inboxUpdates"]["threadId"] for u in updates} == {thread}
    return len(counter.statements)


async def test_an_inbox_event_reads_the_thread_and_markers_once(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given the provider's staff following their inbox on 4, then 16 sockets
    settings = make_settings(
        world.settings.database_url, tmp_path, ROOST_WS_MAX_SOCKETS_PER_USER="32"
    )
    api = Api(await aiohttp_client(create_app(settings)), world)
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    sockets = [
        await WsClient.connect(api.client, world.tokens["PROVIDER_STAFF"]) for _ in range(16)
    ]
    try:
        for ws in sockets[:4]:
            await ws.subscribe("i", BADGE)
        await asyncio.sleep(0.3)
        few = await statements_to_deliver(api, thread, sockets[:4])
        for ws in sockets[4:]:
            await ws.subscribe("i", BADGE)
        await asyncio.sleep(0.3)

        # when a message is pushed to four times as many subscribers
        many = await statements_to_deliver(api, thread, sockets)

        # then the only statements added are the twelve new readers' badges
        assert many - few <= 12
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets))

"""A pushed message is executed once per visibility class (document, role, audience) and
shared, yet every reader gets what the policy lets them see: staff the internal note, the
parties a gapless numbering without it, the analyst masked names and bodies."""

from __future__ import annotations

import asyncio
from typing import Any

from resolvers.masking import mask_name, mask_text
from roost.app import HUB_KEY
from roost.demo import ACCOUNTS
from schema.relay import node_pk
from subscriptions.feeds import feeds_of
from tests.conftest import Api
from tests.test_live_fanout import served
from tests.test_subscriptions import (
    MESSAGE_ADDED,
    chateau_booking_id,
    messages,
    sent,
    start_thread,
)
from tests.wsclient import WsClient

#: The readers: two agents (one class), the customer, the provider and the analyst.
READERS = ("AGENT", "AGENT_VIP", "CUSTOMER", "PROVIDER_STAFF", "ANALYST")


def kept_classes(api: Api, thread: str) -> list[int]:
    """How many shared payloads the thread's feed keeps for each of its messages."""
    hub = api.client.server.app[HUB_KEY]
    feed = feeds_of(hub)._feeds[node_pk(thread, "Thread")]
    return [len(message.__dict__.get("_shared_payloads", {})) for message in feed._messages]


async def test_each_class_gets_its_own_payload_executed_once(api: Api) -> None:
    # given a thread followed by agents, the customer, the provider and an analyst
    booking = await chateau_booking_id(api)
    thread = await start_thread(api, "CUSTOMER", booking)
    sockets = {role: await WsClient.connect(api.client, api.world.tokens[role]) for role in READERS}
    try:
        for ws in sockets.values():
            await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
        await served(api, thread, len(sockets))  # all live, served by the thread's fan-out

        # when an agent writes an internal note, then a message for everyone
        await sent(api, "AGENT", thread, "note: the customer is difficult", visibility="INTERNAL")
        await sent(api, "AGENT", thread, "Your room is ready")
        got: dict[str, list[dict[str, Any]]] = {}
        for role, ws in sockets.items():
            count = 2 if role.startswith("AGENT") else 1
            got[role] = await messages(ws, "m", count)
            assert await ws.silence("m", 0.2) == []

        # then the service team gets both, numbered among every message
        agent = ACCOUNTS["AGENT"][1]
        note, message = got["AGENT"]
        assert (note["seq"], note["visibility"]) == (2, "INTERNAL")
        assert (message["seq"], message["body"], message["authorName"]) == (
            3,
            "Your room is ready",
            agent,
        )
        assert got["AGENT_VIP"] == got["AGENT"]
        # the customer and the provider never the note, and no gap where it was
        for role in ("CUSTOMER", "PROVIDER_STAFF"):
            assert got[role] == [{**message, "seq": 2}], role
        # the analyst neither, and never a clear name or body
        (seen,) = got["ANALYST"]
        assert seen["seq"] == 2
        assert seen["authorName"] == mask_name(agent) != agent
        assert seen["body"] == mask_text("Your room is ready")
        assert agent not in str(got["ANALYST"])
        # and each payload was executed once per class (role and audience), not once per
        # subscriber: the note for the two agents, the message for the agents, the
        # customer, the provider and the analyst
        assert kept_classes(api, thread)[-2:] == [1, 4]
    finally:
        await asyncio.gather(*(ws.close() for ws in sockets.values()))

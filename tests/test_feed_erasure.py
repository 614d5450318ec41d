"""Erasure reaches live subscribers: a thread's shared feed forgets the messages it kept
(bodies and author names) when erasePersonalData rewrites them, so no follower is served
the erased text from memory."""

from __future__ import annotations

import models as m
from resolvers.personal_data import ERASED_BODY, ERASED_NAME
from roost.app import HUB_KEY
from roost.auth import mint_token
from schema.relay import node_pk
from subscriptions.feeds import feeds_of
from tests.admin import call, gid
from tests.conftest import Api, DemoWorld
from tests.test_personal_data import ERASE, START, person
from tests.test_subscriptions import MESSAGE_ADDED, SEND_MESSAGE, messages, sent
from tests.wsclient import WsClient


async def test_followers_are_not_served_erased_messages_from_memory(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a customer's thread followed live by an agent, who received their message
    user, booking, secrets = await person(world)
    token = mint_token(world.settings, user)
    _status, started = await api.post(
        START, {"input": {"bookingId": gid("Booking", booking.id), "body": "Hello"}}, token=token
    )
    thread = started["data"]["startThread"]["thread"]["id"]
    agent = await WsClient.connect(api.client, api.world.tokens["AGENT"])
    try:
        await agent.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 1})
        await api.post(
            SEND_MESSAGE, {"input": {"threadId": thread, "body": secrets["message"]}}, token=token
        )
        (live,) = await messages(agent, "m", 1)
        assert (live["body"], live["authorName"]) == (secrets["message"], secrets["name"])

        # when an admin erases the customer, and the agent writes on
        erased = await call(api, "ADMIN", ERASE, {"userId": gid("User", user.id)})
        assert erased["errors"] == []
        await sent(api, "AGENT", thread, "Anything else?")
        (after,) = await messages(agent, "m", 1)
        assert after["body"] == "Anything else?"

        # then what the thread's feed serves its followers is the erased message
        feed = feeds_of(api.client.server.app[HUB_KEY])._feeds[node_pk(thread, "Thread")]
        kept = await feed.since(1, live["seq"] + 1)
        assert [(row.body, row.author.name) for row in kept] == [
            (ERASED_BODY, ERASED_NAME),
            ("Anything else?", (await m.User.get(id=world.user_ids["AGENT"])).name),
        ]
    finally:
        await agent.close()

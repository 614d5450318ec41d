"""A live support conversation end to end: start with a screenshot, queue, take, reply live,
resolve, rate — over HTTP and real WebSockets."""

from __future__ import annotations

from tests.conftest import Api
from tests.support import QUEUE, SEND, started, take, unique
from tests.test_attachments import png, uploaded
from tests.wsclient import WsClient

QUEUE_UPDATES = """
subscription { supportQueueUpdates { kind queueLength chat { id status topic { key } } } }
"""

MESSAGES = """
subscription ($threadId: ID!) {
  messageAdded(threadId: $threadId, afterSeq: 0) { seq kind body authorSide visibility }
}
"""

CHAT_UPDATES = """
subscription ($threadId: ID!) {
  supportChatUpdates(threadId: $threadId) {
    chat { status agentFirstName } queuePosition estimatedWaitSeconds
  }
}
"""

RESOLVE = """
mutation ($threadId: ID!) {
  resolveSupportChat(input: {threadId: $threadId}) { chat { status } errors { code } }
}
"""

RATE = """
mutation ($threadId: ID!, $rating: Int!, $comment: String) {
  rateSupportChat(input: {threadId: $threadId, rating: $rating, comment: $comment}) {
    chat { status rating ratingComment } errors { code field }
  }
}
"""

MY_CHATS = """
query { supportChats(first: 50) { edges { node { id status rating thread { id } } } } }
"""


async def test_a_provider_and_an_agent_hold_a_live_chat_end_to_end(api: Api) -> None:
    tokens = api.world.tokens
    async with (
        await WsClient.connect(api.client, tokens["AGENT_SUPPORT"]) as desk,
        await WsClient.connect(api.client, tokens["PROVIDER_STAFF"]) as provider,
    ):
        await desk.subscribe("queue", QUEUE_UPDATES)
        await desk.silence("queue", 0.3)
        # given a verified provider who starts a SIMPLE chat with a screenshot
        shot = await uploaded(api, "PROVIDER_STAFF", png(), filename="calendar.png")
        question = unique("The calendar shows no slots")
        chat = await started(
            api, topic="PRODUCT_MANAGEMENT", body=question, attachmentIds=[shot["id"]]
        )
        thread_id = chat["thread"]["id"]
        # then it is queued for the 24/7 support team, with its place and an estimated wait
        assert chat["status"] == "QUEUED"
        assert chat["thread"]["kind"] == "SUPPORT"
        assert chat["queuePosition"] >= 1
        assert chat["estimatedWaitSeconds"] > 0
        # and agents see it arrive live and in the queue, with the first message and screenshot
        arrival = (await desk.data("queue"))["supportQueueUpdates"]
        assert arrival["kind"] == "arrived"
        assert arrival["chat"]["id"] == chat["id"]
        queue = (await api.query("AGENT_SUPPORT", QUEUE, {"first": 100}))["data"]["supportQueue"]
        node = next(e["node"] for e in queue["edges"] if e["node"]["id"] == chat["id"])
        assert node["firstMessage"]["body"] == question
        assert node["firstMessage"]["attachments"] == [{"filename": "calendar.png"}]
        assert node["provider"]["name"] == "Château Lumière"
        # and the provider follows the chat and its messages
        await provider.subscribe("chat", CHAT_UPDATES, {"threadId": thread_id})
        waiting = (await provider.data("chat"))["supportChatUpdates"]
        assert waiting["chat"]["status"] == "QUEUED"
        assert waiting["queuePosition"] >= 1
        await provider.subscribe("messages", MESSAGES, {"threadId": thread_id})
        first = (await provider.data("messages"))["messageAdded"]
        assert first["body"] == question

        # when an agent takes it
        taken = await take(api, "AGENT_SUPPORT", thread_id)
        assert taken["errors"] == []
        assert taken["chat"]["status"] == "ACTIVE"
        # then the desk hears it left the queue, and the provider is told the agent's first name
        assert (await desk.data("queue"))["supportQueueUpdates"]["kind"] == "taken"
        joined = (await provider.data("messages"))["messageAdded"]
        assert joined["kind"] == "SYSTEM"
        assert joined["authorSide"] == "SYSTEM"
        assert joined["body"] == "Sam from the support team has joined the chat."
        active = (await provider.data("chat"))["supportChatUpdates"]
        assert active["chat"] == {"status": "ACTIVE", "agentFirstName": "Sam"}
        assert active["queuePosition"] is None

        # when the agent replies, the provider receives the reply live
        reply = unique("Please clear the availability filter")
        sent = await api.query("AGENT_SUPPORT", SEND, {"threadId": thread_id, "body": reply})
        assert sent["data"]["sendMessage"]["errors"] == []
        live = (await provider.data("messages"))["messageAdded"]
        assert live["body"] == reply
        assert live["authorSide"] == "SERVICE_TEAM"

        # when the agent resolves it, the provider rates it, once
        resolved = await api.query("AGENT_SUPPORT", RESOLVE, {"threadId": thread_id})
        assert resolved["data"]["resolveSupportChat"] == {
            "chat": {"status": "RESOLVED"},
            "errors": [],
        }
        assert (await provider.data("chat"))["supportChatUpdates"]["chat"]["status"] == "RESOLVED"
    rated = await api.query(
        "PROVIDER_STAFF", RATE, {"threadId": thread_id, "rating": 5, "comment": "Fast, thanks"}
    )
    assert rated["data"]["rateSupportChat"] == {
        "chat": {"status": "RESOLVED", "rating": 5, "ratingComment": "Fast, thanks"},
        "errors": [],
    }
    again = await api.query("PROVIDER_STAFF", RATE, {"threadId": thread_id, "rating": 1})
    assert again["data"]["rateSupportChat"]["errors"] == [
        {"code": "ALREADY_RATED", "field": "threadId"}
    ]
    mine = (await api.query("PROVIDER_STAFF", MY_CHATS))["data"]["supportChats"]["edges"]
    assert {"id": chat["id"], "status": "RESOLVED", "rating": 5, "thread": {"id": thread_id}} in [
        e["node"] for e in mine
    ]


async def test_a_rating_is_from_1_to_5_and_only_for_a_finished_chat(api: Api) -> None:
    # given a chat still waiting in the queue
    chat = await started(api)
    thread_id = chat["thread"]["id"]
    # when the provider rates it, or rates out of range
    early = await api.query("PROVIDER_STAFF", RATE, {"threadId": thread_id, "rating": 4})
    low = await api.query("PROVIDER_STAFF", RATE, {"threadId": thread_id, "rating": 0})
    # then nothing is stored
    assert early["data"]["rateSupportChat"]["errors"] == [
        {"code": "NOT_RESOLVED", "field": "threadId"}
    ]
    assert low["data"]["rateSupportChat"]["errors"] == [
        {"code": "BAD_USER_INPUT", "field": "rating"}
    ]

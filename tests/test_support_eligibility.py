"""Who may start a support chat (staff of an active, verified provider, logged in), and
who sees which support chats: one provider never sees another's, by list, id or push."""

from __future__ import annotations

import pytest

import models as m
from tests.conftest import Api
from tests.support import QUEUE, START, node_id, provider_staff, query_as, started, unique
from tests.test_attachments import pk_of
from tests.wsclient import WsClient

MY_CHATS = "query { supportChats(first: 100) { edges { node { id } } } }"
NODE = "query ($id: ID!) { node(id: $id) { id } }"
CHAT_UPDATES = """
subscription ($threadId: ID!) { supportChatUpdates(threadId: $threadId) { chat { status } } }
"""
MESSAGES = """
subscription ($threadId: ID!) { messageAdded(threadId: $threadId, afterSeq: 0) { body } }
"""


async def _counts() -> tuple[int, int, int]:
    return (
        await m.SupportChat.all().count(),
        await m.Thread.all().count(),
        await m.Message.all().count(),
    )


def _input() -> dict:
    return {"input": {"topic": "TECHNICAL", "body": unique("Help"), "clientMessageId": unique("c")}}


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        ({"verified": False}, "Your provider account is not verified yet."),
        ({"active": False}, "Your provider account is not active."),
    ],
)
async def test_an_unverified_or_inactive_provider_may_not_start_a_chat(
    orm: None, api: Api, state: dict, reason: str
) -> None:
    # given the staff of a provider that is not verified, or not active
    token = await provider_staff(api.world, **state)
    before = await _counts()
    # when they start a support chat
    answer = await query_as(api, token, START, _input())
    # then they are told why, and nothing is written
    assert answer["data"]["startSupportChat"]["chat"] is None
    errors = answer["data"]["startSupportChat"]["errors"]
    assert [(e["code"], e["message"]) for e in errors] == [("PROVIDER_NOT_ELIGIBLE", reason)]
    assert await _counts() == before


async def test_the_demo_unverified_provider_is_not_eligible(orm: None, api: Api) -> None:
    before = await _counts()
    answer = await api.query("PROVIDER_STAFF_UNVERIFIED", START, _input())
    assert answer["data"]["startSupportChat"]["errors"][0]["code"] == "PROVIDER_NOT_ELIGIBLE"
    assert await _counts() == before


@pytest.mark.parametrize("role", ["CUSTOMER", "GUEST", "ANALYST", "AGENT", "TRAVEL_MANAGER"])
async def test_other_roles_may_not_start_a_chat(orm: None, api: Api, role: str) -> None:
    # given a caller who is not provider staff
    before = await _counts()
    # when they start a support chat
    answer = await api.query(role, START, _input())
    # then they are refused, and nothing is written
    payload = answer["data"]["startSupportChat"]
    assert payload["chat"] is None
    assert payload["errors"][0]["code"] in ("PROVIDER_NOT_ELIGIBLE", "FORBIDDEN")
    assert await _counts() == before


async def test_an_anonymous_caller_may_not_start_a_chat(orm: None, api: Api) -> None:
    before = await _counts()
    answer = await api.query(None, START, _input())
    assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await _counts() == before


async def test_a_retried_start_returns_the_same_chat(orm: None, api: Api) -> None:
    # given a chat started with a clientMessageId
    variables = _input()
    first = (await api.query("PROVIDER_STAFF", START, variables))["data"]["startSupportChat"]
    before = await _counts()
    # when the same start is sent again
    again = (await api.query("PROVIDER_STAFF", START, variables))["data"]["startSupportChat"]
    # then it is the same chat and nothing more is stored
    assert again["chat"]["id"] == first["chat"]["id"]
    assert await _counts() == before


async def test_a_chat_may_be_about_one_of_the_providers_own_bookings(orm: None, api: Api) -> None:
    # given a booking of the venue and one of the other provider
    own = await m.Booking.filter(provider__name="Château Lumière").first()
    other = await m.Booking.filter(provider__name="Alpen Touren GmbH").first()
    assert own is not None
    assert other is not None

    async def start(booking: m.Booking) -> dict:
        variables = {"input": {**_input()["input"], "bookingId": node_id("Booking", booking.id)}}
        return (await api.query("PROVIDER_STAFF", START, variables))["data"]["startSupportChat"]

    # when the venue's staff start chats about each
    mine, theirs = await start(own), await start(other)
    # then only its own booking is accepted
    assert mine["errors"] == []
    chat = await m.SupportChat.get(id=pk_of(mine["chat"]["id"])).prefetch_related("thread")
    assert chat.thread.booking_id == own.id
    assert [(e["code"], e["field"]) for e in theirs["errors"]] == [("NOT_FOUND", "bookingId")]


async def test_one_provider_never_sees_anothers_support_chats(api: Api) -> None:
    # given a chat of the venue
    chat = await started(api)
    thread_id = chat["thread"]["id"]
    # when the other provider lists support chats or asks for it by id
    listed = await api.query("PROVIDER_STAFF_OTHER", MY_CHATS)
    by_chat = await api.query("PROVIDER_STAFF_OTHER", NODE, {"id": chat["id"]})
    by_thread = await api.query("PROVIDER_STAFF_OTHER", NODE, {"id": thread_id})
    # then it is not there, as if it did not exist
    assert chat["id"] not in [e["node"]["id"] for e in listed["data"]["supportChats"]["edges"]]
    assert by_chat == {"data": {"node": None}}
    assert by_thread == {"data": {"node": None}}
    # while its own provider sees it
    mine = await api.query("PROVIDER_STAFF", MY_CHATS)
    assert chat["id"] in [e["node"]["id"] for e in mine["data"]["supportChats"]["edges"]]
    # and subscribing to it is refused like a missing chat
    async with await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF_OTHER"]) as ws:
        await ws.subscribe("u", CHAT_UPDATES, {"threadId": thread_id})
        await ws.subscribe("m", MESSAGES, {"threadId": thread_id})
        for op in ("u", "m"):
            frame = await ws.next(op)
            assert frame["type"] in ("error", "next")
            errors = frame["payload"] if frame["type"] == "error" else frame["payload"]["errors"]
            assert [e["extensions"]["code"] for e in errors] == ["NOT_FOUND"]
        assert not any(chat["id"] in raw for raw in ws.raw)


async def test_the_queue_is_for_the_support_desk(api: Api) -> None:
    for role in ("PROVIDER_STAFF", "AGENT", "ANALYST", "CUSTOMER"):
        answer = await api.query(role, QUEUE, {"first": 5})
        assert answer["data"] is None or answer["data"]["supportQueue"] is None
        assert [e["extensions"]["code"] for e in answer["errors"]] == ["FORBIDDEN"]
    async with await WsClient.connect(api.client, api.world.tokens["AGENT"]) as ws:
        await ws.subscribe("q", "subscription { supportQueueUpdates { kind } }")
        frame = await ws.next("q")
        errors = frame["payload"] if frame["type"] == "error" else frame["payload"]["errors"]
        assert [e["extensions"]["code"] for e in errors] == ["FORBIDDEN"]

"""takeSupportChat by two agents at once: exactly one ACTIVE assignment, one ALREADY_TAKEN
(a conditional UPDATE; on PostgreSQL the two requests really run concurrently)."""

from __future__ import annotations

import asyncio

import models as m
from tests.conftest import Api
from tests.support import TAKE, desk_agent, query_as, started
from tests.test_attachments import pk_of


async def test_two_agents_taking_one_chat_at_once_one_wins(orm: None, api: Api) -> None:
    # given a queued chat and two agents of the support team
    chat = await started(api)
    thread_id = chat["thread"]["id"]
    first, second = await desk_agent(api.world, "Kim One"), await desk_agent(api.world, "Lou Two")
    # when both take it at the same moment
    answers = await asyncio.gather(
        *(query_as(api, token, TAKE, {"threadId": thread_id}) for token in (first, second))
    )
    # then exactly one holds it and the other is told it is taken
    payloads = [answer["data"]["takeSupportChat"] for answer in answers]
    winners = [p for p in payloads if p["errors"] == []]
    losers = [p for p in payloads if p["errors"]]
    assert len(winners) == 1
    assert winners[0]["chat"]["status"] == "ACTIVE"
    assert [p["errors"][0]["code"] for p in losers] == ["ALREADY_TAKEN"]
    assert losers[0]["chat"] is None
    # and the database has one assignment and one "joined" message
    row = await m.SupportChat.get(id=pk_of(chat["id"]))
    assert row.status is m.SupportStatus.ACTIVE
    thread = await m.Thread.get(id=row.thread_id)
    assert thread.assigned_agent_id == row.taken_by_id
    joined = await m.Message.filter(thread_id=row.thread_id, kind=m.MessageKind.SYSTEM).count()
    assert joined == 1


async def test_taking_a_chat_is_for_the_support_team(api: Api) -> None:
    # given a queued chat
    chat = await started(api)
    # when an agent of another team, or the provider, tries to take it
    other = await api.query("AGENT", TAKE, {"threadId": chat["thread"]["id"]})
    provider = await api.query("PROVIDER_STAFF", TAKE, {"threadId": chat["thread"]["id"]})
    # then both are refused and it stays queued
    assert other["data"]["takeSupportChat"]["errors"][0]["code"] == "FORBIDDEN"
    assert provider["data"]["takeSupportChat"]["errors"][0]["code"] == "FORBIDDEN"
    assert (await api.query("ADMIN", TAKE, {"threadId": chat["thread"]["id"]}))["data"][
        "takeSupportChat"
    ]["chat"]["status"] == "ACTIVE"

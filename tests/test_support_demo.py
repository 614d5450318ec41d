"""The demo's support desk (issue 12): the 24/7 support team with its agent, and the venue's
chats in every stage — waiting in the queue, taken by the agent, escalated to a ticket."""

from __future__ import annotations

import models as m
from tests.conftest import Api
from tests.support import node_id, queue_ids

CHAT = """
query ($id: ID!) {
  node(id: $id) {
    ... on SupportChat { status agentFirstName escalationSummary thread { assignedTeam { key } } }
  }
}
"""


async def _demo_chat(body: str) -> m.SupportChat:
    """The demo's support chat that opens with ``body``."""
    return await m.SupportChat.get(thread__messages__seq=1, thread__messages__body=body)


async def test_the_demo_desk_is_always_open_and_its_agent_works_it(orm: None, api: Api) -> None:
    # the support team is open around the clock, with the demo agent in it
    desk = await m.Team.get(key="support")
    assert desk.always_open
    assert await desk.members.filter(id=api.world.user_ids["AGENT_SUPPORT"]).exists()
    # and its agent finds the venue's waiting chat in the queue
    queued = await _demo_chat(
        "The calendar does not load in the provider portal; screenshot attached later."
    )
    assert node_id("SupportChat", queued.id) in await queue_ids(api, "AGENT_SUPPORT")


async def test_the_demo_has_a_taken_chat_and_an_escalated_ticket(orm: None, api: Api) -> None:
    taken = await _demo_chat("Our last payout is missing the commission breakdown.")
    ticket = await _demo_chat(
        "We need our seminar package in Italian and Spanish, with custom meeting points."
    )

    async def read(chat: m.SupportChat) -> dict:
        answer = await api.query("AGENT_SUPPORT", CHAT, {"id": node_id("SupportChat", chat.id)})
        assert "errors" not in answer, answer
        return answer["data"]["node"]

    # the taken chat is held by the demo agent, live with the support team
    assert await read(taken) == {
        "status": "ACTIVE",
        "agentFirstName": "Sam",
        "escalationSummary": None,
        "thread": {"assignedTeam": {"key": "support"}},
    }
    assert taken.taken_by_id == api.world.user_ids["AGENT_SUPPORT"]
    # and the ticket is with the product setup specialists, its summary for agents
    escalated = await read(ticket)
    assert escalated["status"] == "TICKET_OPEN"
    assert escalated["thread"] == {"assignedTeam": {"key": "support-products"}}
    assert escalated["escalationSummary"].startswith("Translations into two new languages")

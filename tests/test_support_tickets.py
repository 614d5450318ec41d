"""Tickets: COMPLEX topics become a ticket for the topic's team at once; an agent escalates a
live chat with a summary the provider never sees; tickets move open → pending → solved →
closed, and a provider's reply reopens a pending one."""

from __future__ import annotations

import models as m
from tests.conftest import Api
from tests.support import SEND, queue_ids, started, take, unique
from tests.test_attachments import pk_of
from tests.wsclient import WsClient

THREAD = """
query ($id: ID!) {
  node(id: $id) {
    ... on Thread { status assignedTeam { key } messages(first: 50) {
      edges { node { kind visibility body authorSide } } } }
  }
}
"""

PROVIDER_THREAD = """
query ($id: ID!) {
  node(id: $id) { ... on Thread { status messages(first: 50) { edges { node { kind body } } } } }
}
"""

SUMMARY = """
query ($id: ID!) { node(id: $id) { ... on SupportChat { status escalationSummary } } }
"""

ESCALATE = """
mutation ($threadId: ID!, $teamKey: String!, $summary: String!) {
  escalateSupportChat(input: {threadId: $threadId, teamKey: $teamKey, summary: $summary}) {
    chat { status escalationSummary } errors { code field }
  }
}
"""

MOVE = """
mutation ($threadId: ID!, $status: SupportStatus!) {
  setSupportTicketStatus(input: {threadId: $threadId, status: $status}) {
    chat { status } errors { code field }
  }
}
"""

MESSAGES = """
subscription ($threadId: ID!) {
  messageAdded(threadId: $threadId) { kind body visibility }
}
"""


def bodies(answer: dict) -> list[str]:
    """The message bodies of a thread answer."""
    return [e["node"]["body"] for e in answer["data"]["node"]["messages"]["edges"]]


async def test_a_complex_topic_becomes_a_ticket_for_its_team_without_queueing(api: Api) -> None:
    # given the queue as it is
    before = await queue_ids(api)
    # when a provider starts a chat on a COMPLEX topic
    chat = await started(api, topic="PAYMENT_PROBLEMS", body=unique("Payout failed twice"))
    # then it is an open ticket, outside the queue, for the topic's team
    assert chat["status"] == "TICKET_OPEN"
    assert chat["queuePosition"] is None
    assert chat["waitingSince"] is None
    assert await queue_ids(api) == before
    thread = await api.query("AGENT_SUPPORT", THREAD, {"id": chat["thread"]["id"]})
    assert thread["data"]["node"]["assignedTeam"] == {"key": "support-payments"}
    # and the provider is told so, in English, in a SYSTEM message
    mine = await api.query("PROVIDER_STAFF", PROVIDER_THREAD, {"id": chat["thread"]["id"]})
    system = [e["node"] for e in mine["data"]["node"]["messages"]["edges"]][-1]
    assert system["kind"] == "SYSTEM"
    assert "handed over to our Payment specialists team" in system["body"]


async def test_an_escalation_summary_reaches_agents_and_never_the_provider(
    orm: None, api: Api
) -> None:
    tokens = api.world.tokens
    # given a live chat held by an agent, which the provider follows over a WebSocket
    chat = await started(api, topic="FINANCE")
    thread_id = chat["thread"]["id"]
    assert (await take(api, "AGENT_SUPPORT", thread_id))["errors"] == []
    summary = unique("Refund of a cancelled multi-day booking, amount disputed")
    async with await WsClient.connect(api.client, tokens["PROVIDER_STAFF"]) as provider:
        await provider.subscribe("m", MESSAGES, {"threadId": thread_id})
        await provider.silence("m", 0.3)
        # when the agent escalates it to the booking specialists with a summary
        answer = await api.query(
            "AGENT_SUPPORT",
            ESCALATE,
            {"threadId": thread_id, "teamKey": "support-bookings", "summary": summary},
        )
        # then it is an open ticket of that team, the summary stored for agents
        assert answer["data"]["escalateSupportChat"] == {
            "chat": {"status": "TICKET_OPEN", "escalationSummary": summary},
            "errors": [],
        }
        # and the provider is pushed the hand-off, not the summary
        pushed = (await provider.data("m"))["messageAdded"]
        assert pushed["kind"] == "SYSTEM"
        assert "Booking specialists" in pushed["body"]
        assert await provider.silence("m", 0.5) == []
        assert not any(summary in frame for frame in provider.raw)
    # and agents read the summary as an internal note, in a thread of the new team
    staff = await api.query("AGENT_SUPPORT", THREAD, {"id": thread_id})
    assert staff["data"]["node"]["assignedTeam"] == {"key": "support-bookings"}
    notes = [
        e["node"]
        for e in staff["data"]["node"]["messages"]["edges"]
        if e["node"]["body"] == summary
    ]
    assert [n["visibility"] for n in notes] == ["INTERNAL"]
    # and the provider reads neither the note nor the summary field
    assert summary not in bodies(
        await api.query("PROVIDER_STAFF", PROVIDER_THREAD, {"id": thread_id})
    )
    denied = await api.query("PROVIDER_STAFF", SUMMARY, {"id": chat["id"]})
    assert denied["data"]["node"] == {"status": "TICKET_OPEN", "escalationSummary": None}
    assert [e["extensions"]["code"] for e in denied["errors"]] == ["FORBIDDEN"]
    # and no e-mail waiting in the outbox carries it
    outbox = await m.OutboxItem.all().values_list("payload", flat=True)
    assert not any(summary in str(payload) for payload in outbox)
    # and the chat left nobody's queue
    assert chat["id"] not in await queue_ids(api)


async def test_only_the_agent_holding_a_chat_escalates_it(api: Api) -> None:
    # given a chat held by the support agent
    chat = await started(api)
    thread_id = chat["thread"]["id"]
    await take(api, "AGENT_SUPPORT", thread_id)
    variables = {"threadId": thread_id, "teamKey": "support-bookings", "summary": "x"}
    # when another agent escalates it, or the holder names an unknown team
    other = await api.query("AGENT", ESCALATE, variables)
    unknown = await api.query("AGENT_SUPPORT", ESCALATE, {**variables, "teamKey": "nope"})
    # then nothing changes
    assert other["data"]["escalateSupportChat"]["errors"] == [
        {"code": "FORBIDDEN", "field": "threadId"}
    ]
    assert unknown["data"]["escalateSupportChat"]["errors"] == [
        {"code": "NOT_FOUND", "field": "teamKey"}
    ]
    row = await api.query("AGENT_SUPPORT", SUMMARY, {"id": chat["id"]})
    assert row["data"]["node"] == {"status": "ACTIVE", "escalationSummary": None}


async def test_a_ticket_moves_on_and_a_provider_reply_reopens_it(api: Api) -> None:
    # given a ticket
    chat = await started(api, topic="BOOKING_CHANGES")
    thread_id = chat["thread"]["id"]

    async def move(status: str) -> dict:
        answer = await api.query("AGENT_SUPPORT", MOVE, {"threadId": thread_id, "status": status})
        return answer["data"]["setSupportTicketStatus"]

    # when the team waits on the provider, who replies
    assert (await move("TICKET_PENDING"))["chat"] == {"status": "TICKET_PENDING"}
    reply = await api.query("PROVIDER_STAFF", SEND, {"threadId": thread_id, "body": "Here it is"})
    assert reply["data"]["sendMessage"]["errors"] == []
    # then the ticket is open again
    state = await api.query("AGENT_SUPPORT", SUMMARY, {"id": chat["id"]})
    assert state["data"]["node"]["status"] == "TICKET_OPEN"
    # and it is solved, then closed; a closed ticket does not move back
    assert (await move("TICKET_SOLVED"))["chat"] == {"status": "TICKET_SOLVED"}
    assert (await move("CLOSED"))["chat"] == {"status": "CLOSED"}
    assert (await move("TICKET_PENDING"))["errors"] == [
        {"code": "INVALID_TRANSITION", "field": "status"}
    ]
    # and the provider read every step in SYSTEM messages, and may no longer write
    thread = await api.query("PROVIDER_STAFF", PROVIDER_THREAD, {"id": thread_id})
    assert thread["data"]["node"]["status"] == "CLOSED"
    assert bodies(thread)[-1] == "This ticket is closed."
    late = await api.query("PROVIDER_STAFF", SEND, {"threadId": thread_id, "body": "One more"})
    assert late["data"]["sendMessage"]["errors"][0]["code"] == "THREAD_CLOSED"


async def test_tickets_are_moved_by_their_team_only(api: Api) -> None:
    # given a ticket of the payment specialists
    chat = await started(api, topic="PAYMENT_PROBLEMS")
    # when an agent of neither that team nor the desk, or the provider, moves it
    variables = {"threadId": chat["thread"]["id"], "status": "TICKET_SOLVED"}
    other = await api.query("AGENT", MOVE, variables)
    provider = await api.query("PROVIDER_STAFF", MOVE, variables)
    # then it stays open
    assert other["data"]["setSupportTicketStatus"]["errors"][0]["code"] == "FORBIDDEN"
    assert provider["data"]["setSupportTicketStatus"]["errors"][0]["code"] == "FORBIDDEN"
    assert chat["id"] not in await queue_ids(api)


TEAM_INBOX = """
query ($team: String!) {
  inbox(first: 100, filter: {teamKey: $team}) { edges { node { id } } }
}
"""


async def test_a_ticket_is_in_its_teams_inbox_only(api: Api) -> None:
    # given a COMPLEX chat, a ticket for the payments team at once
    chat = await started(api, topic="PAYMENT_PROBLEMS", body=unique("Refund never arrived"))
    thread_id = chat["thread"]["id"]

    async def team_inbox(team: str) -> list[str]:
        answer = await api.query("AGENT", TEAM_INBOX, {"team": team})
        assert "errors" not in answer, answer
        return [edge["node"]["id"] for edge in answer["data"]["inbox"]["edges"]]

    # when agents filter the inbox by team
    # then the ticket is in the payments team's inbox and not in the general one
    assert thread_id in await team_inbox("support-payments")
    assert thread_id not in await team_inbox("general")


RESOLVE = """
mutation ($threadId: ID!) { resolveSupportChat(input: {threadId: $threadId}) { errors { code } } }
"""


async def _resolved_at(thread_id: str) -> object:
    return (await m.Thread.get(id=pk_of(thread_id))).resolved_at


async def test_ending_a_chat_or_a_ticket_dates_its_resolution_and_reopening_clears_it(
    orm: None, api: Api
) -> None:
    # given a live chat taken by an agent, and a ticket
    chat = await started(api)
    await take(api, "AGENT_SUPPORT", chat["thread"]["id"])
    ticket = (await started(api, topic="BOOKING_CHANGES"))["thread"]["id"]

    async def move(status: str) -> None:
        answer = await api.query("AGENT_SUPPORT", MOVE, {"threadId": ticket, "status": status})
        assert answer["data"]["setSupportTicketStatus"]["errors"] == []

    # when the agent resolves the chat, then its thread is resolved from that moment
    resolved = await api.query("AGENT_SUPPORT", RESOLVE, {"threadId": chat["thread"]["id"]})
    assert resolved["data"]["resolveSupportChat"]["errors"] == []
    assert await _resolved_at(chat["thread"]["id"]) is not None
    # when the ticket is solved, reopened, then solved and closed
    assert await _resolved_at(ticket) is None
    await move("TICKET_SOLVED")
    assert await _resolved_at(ticket) is not None
    await move("TICKET_OPEN")
    assert await _resolved_at(ticket) is None
    await move("TICKET_SOLVED")
    solved = await _resolved_at(ticket)
    await move("CLOSED")
    # then the resolution is dated when it was solved, and closing keeps that date
    assert solved is not None
    assert await _resolved_at(ticket) == solved

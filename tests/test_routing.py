"""Routing: which team and agent a new thread goes to, out of hours, and back at opening.

The routing table runs with a frozen clock through the same use case ``startThread``
calls (:func:`resolvers.routing.route_thread`); the move back at opening runs the
worker's job; auto-assignment reads agents' presence as their WebSockets record it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest
from strawberry.relay import GlobalID

import models as m
from resolvers.presence import Presence
from resolvers.principal import Principal
from resolvers.routing import least_loaded_agent, route_thread
from resolvers.threads import party_columns
from roost.auth import mint_token
from roost.worker import Worker
from tests.conftest import Api, DemoWorld
from tests.factories import agents, booking_for
from tests.support import started, take
from tests.wsclient import WsClient

PARIS = ZoneInfo("Europe/Paris")

THREAD = """
query ($id: ID!) {
  thread(id: $id) { assignedTeam { key } assignedAgent { name } routedBecause }
}
"""

START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) {
    thread { id assignedTeam { key } assignedAgent { name } routedBecause }
    errors { code }
  }
}
"""

ASSIGN = """
mutation ($input: AssignThreadInput!) {
  assignThread(input: $input) {
    thread { assignedTeam { key } assignedAgent { name } } errors { code field }
  }
}
"""


def paris(*args: int) -> datetime:
    """A wall-clock time in Paris as an aware instant."""
    return datetime(*args, tzinfo=PARIS)


#: (who, participants) -> (own team, routedBecause).
CASES = {
    "vip": ("CUSTOMER_VIP", 3, "vip", "VIP customer"),
    "group of 10": ("CUSTOMER", 10, "groups", "10 or more participants"),
    "group of 9": ("CUSTOMER", 9, "general", "default"),
    "ordinary": ("CUSTOMER", 2, "general", "default"),
}

#: Moments, and whether the own teams are in service then.
MOMENTS = {
    "Wednesday 10:00": (paris(2026, 12, 2, 10, 0), True),
    "Wednesday 22:00": (paris(2026, 12, 2, 22, 0), False),
    "Sunday 11:00": (paris(2026, 12, 6, 11, 0), False),
    "closure day 11:00": (paris(2027, 3, 10, 11, 0), False),
    "DST night 02:30": (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), False),
}
CLOSURE = "2027-03-10"


@pytest.fixture
async def closure(orm: None) -> AsyncIterator[None]:
    """The demo's own teams closed on :data:`CLOSURE` for the test."""
    teams = await m.Team.filter(key__in=["general", "vip", "groups"])
    for team in teams:
        team.closures = sorted({*team.closures, CLOSURE})
        await team.save(update_fields=["closures"])
    yield
    for team in teams:
        team.closures = [day for day in team.closures if day != CLOSURE]
        await team.save(update_fields=["closures"])


async def thread_for(
    world: DemoWorld, customer: str, participants: int
) -> tuple[m.Thread, m.Booking]:
    """A thread on a fresh booking of ``customer`` with ``participants`` travellers."""
    booking = await booking_for(world, customer=customer)
    booking.participant_count = participants
    await booking.save(update_fields=["participant_count"])
    thread = await m.Thread.create(
        booking_id=booking.id, subject="Routing test", **party_columns(booking, m.Party.CUSTOMER)
    )
    return thread, booking


async def forget_jobs(thread_id: int) -> None:
    """Drop the jobs routing scheduled for a thread routed at a frozen moment in the past,
    so other tests' workers do not carry them out."""
    for prefix in ("routing-return", "sla-breach"):
        await m.OutboxItem.filter(dedup_key__startswith=f"{prefix}:{thread_id}:").delete()


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("case", CASES)
async def test_the_routing_table(closure: None, world: DemoWorld, case: str, moment: str) -> None:
    """Each kind of thread goes to its own team in service hours, to 24x7 outside them."""
    # given a thread of this kind, at this moment
    customer, participants, own_team, reason = CASES[case]
    now, in_service = MOMENTS[moment]
    thread, booking = await thread_for(world, customer, participants)
    # when it is routed
    await route_thread(thread, booking, world.settings, now)
    # then it sits with its own team, or with 24x7 "out of hours" until its team opens
    routed = await m.Thread.get(id=thread.id).prefetch_related("assigned_team", "home_team")
    await forget_jobs(thread.id)
    if in_service:
        assert (routed.assigned_team.key, routed.routed_because) == (own_team, reason)
        assert routed.home_team is None
    else:
        assert (routed.assigned_team.key, routed.routed_because) == ("24x7", "out of hours")
        assert routed.home_team.key == own_team


async def test_the_move_back_is_scheduled_at_the_opening_in_the_teams_time_zone(
    orm: None, world: DemoWorld
) -> None:
    """On the night summer time ends, the job is due at Monday's opening in Paris time."""
    # given a VIP's thread in the night of Sunday 25 October 2026 (clocks go back at 3:00)
    thread, booking = await thread_for(world, "CUSTOMER_VIP", 2)
    # when it is routed out of hours
    await route_thread(thread, booking, world.settings, datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    # then it moves back at 08:30 Paris on Monday, which is 07:30 UTC (winter time)
    job = await m.OutboxItem.get(dedup_key__startswith=f"routing-return:{thread.id}:")
    await forget_jobs(thread.id)
    assert job.due_at == datetime(2026, 10, 26, 7, 30, tzinfo=UTC)
    assert job.due_at.astimezone(PARIS).strftime("%a %H:%M") == "Mon 08:30"


async def _saturday_night_vip(world: DemoWorld) -> tuple[m.Thread, m.OutboxItem]:
    thread, booking = await thread_for(world, "CUSTOMER_VIP", 2)
    await route_thread(thread, booking, world.settings, paris(2026, 12, 5, 23, 0))
    job = await m.OutboxItem.get(dedup_key__startswith=f"routing-return:{thread.id}:")
    return thread, job


async def test_a_parked_thread_moves_back_when_its_team_opens(orm: None, world: DemoWorld) -> None:
    """A VIP's thread of Saturday night is with 24x7, and with the VIP team on Monday."""
    # given a VIP's thread parked with 24x7 on Saturday night
    thread, job = await _saturday_night_vip(world)
    assert job.due_at == paris(2026, 12, 7, 8, 30)
    # when the worker carries out the job at Monday's opening
    worker = Worker(world.settings, clock=lambda: paris(2026, 12, 7, 8, 30))
    await worker.process(job)
    # then the thread is the VIP team's, routed as a VIP's
    moved = await m.Thread.get(id=thread.id).prefetch_related("assigned_team")
    done = await m.OutboxItem.get(id=job.id)
    await forget_jobs(thread.id)
    assert (moved.assigned_team.key, moved.routed_because) == ("vip", "VIP customer")
    assert moved.home_team_id is None
    assert done.status is m.OutboxStatus.SENT


async def test_a_thread_an_agent_took_meanwhile_stays(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Assigned by hand before the opening, the thread does not move back."""
    # given a VIP's thread parked with 24x7 that an agent assigned to himself meanwhile
    thread, job = await _saturday_night_vip(world)
    thread_id = str(GlobalID("Thread", str(thread.id)))
    agent_id = str(GlobalID("User", str(world.user_ids["AGENT"])))
    taken = await api.query(
        "AGENT",
        ASSIGN,
        {"input": {"threadId": thread_id, "teamKey": "24x7", "agentId": agent_id}},
    )
    assert taken["data"]["assignThread"]["errors"] == []
    # when the job runs at the opening
    await Worker(world.settings, clock=lambda: paris(2026, 12, 7, 8, 30)).process(job)
    # then the thread stays where the agent put it
    body = await api.query("ADMIN", THREAD, {"id": thread_id})
    await forget_jobs(thread.id)
    assert body["data"]["thread"]["assignedTeam"] == {"key": "24x7"}
    assert body["data"]["thread"]["assignedAgent"] == {"name": "Anna Lopez"}


async def test_the_least_loaded_online_agent_gets_the_thread_up_to_capacity(
    orm: None, world: DemoWorld
) -> None:
    """The online agent with the fewest open threads, never one at capacity, never one
    who is offline."""
    # given a team of three agents with a capacity of 2: busy (1 open thread) and idle
    # (none) online, away (none) offline
    busy, idle, away = await agents(3)
    team = await m.Team.create(key=f"t-{uuid4().hex[:8]}", name="Test", agent_capacity=2)
    await team.members.add(busy, idle, away)
    thread, _ = await thread_for(world, "CUSTOMER", 2)
    await m.Thread.filter(id=thread.id).update(assigned_agent_id=busy.id)
    presences = Presence()
    sessions = [await presences.arrive(Principal.for_user(agent)) for agent in (busy, idle)]
    now = datetime.now(UTC)
    try:
        # when threads come in one after another
        picks = []
        for _ in range(4):
            agent = await least_loaded_agent(team, world.settings, now)
            picks.append(agent)
            if agent is not None:
                new, _ = await thread_for(world, "CUSTOMER", 2)
                await m.Thread.filter(id=new.id).update(assigned_agent_id=agent)
        # then idle gets one, then the two share, and at capacity nobody gets more
        assert picks == [idle.id, busy.id, idle.id, None]
        assert away.id not in picks
    finally:
        for session in sessions:
            await presences.leave(session)


async def test_an_open_websocket_makes_an_agent_available(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Online means holding an authenticated WebSocket; closing it ends availability."""
    # given an always-open team whose only agent has no socket open
    (agent,) = await agents(1)
    team = await m.Team.create(key=f"t-{uuid4().hex[:8]}", name="Test", always_open=True)
    await team.members.add(agent)
    now = datetime.now(UTC)
    assert await least_loaded_agent(team, world.settings, now) is None
    # when the agent connects
    socket = await WsClient.connect(api.client, mint_token(world.settings, agent))
    # then threads can be assigned to them, and no more once the socket closed
    assert await least_loaded_agent(team, world.settings, datetime.now(UTC)) == agent.id
    await socket.close()
    for _ in range(50):
        if not await m.AgentPresence.exists(user_id=agent.id):
            break
        await asyncio.sleep(0.05)
    assert await least_loaded_agent(team, world.settings, datetime.now(UTC)) is None


async def test_start_thread_routes_and_only_operators_read_why(world: DemoWorld, api: Api) -> None:
    """startThread routes the thread; routedBecause is null with FORBIDDEN for customers."""
    # given the VIP customer's booking
    booking = await m.Booking.filter(
        customer_id=world.user_ids["CUSTOMER_VIP"], status=m.BookingStatus.CONFIRMED
    ).first()
    assert booking is not None
    # when she starts a thread
    body = await api.query(
        "CUSTOMER_VIP",
        START_THREAD.replace(" assignedTeam { key } assignedAgent { name } routedBecause", ""),
        {"input": {"bookingId": str(GlobalID("Booking", str(booking.id))), "body": "Help"}},
    )
    thread_id = body["data"]["startThread"]["thread"]["id"]
    # then the service team sees where it went and why
    seen = (await api.query("AGENT", THREAD, {"id": thread_id}))["data"]["thread"]
    open_now = (await m.Team.get(key="vip")).is_open_at(datetime.now(UTC))
    expected = ("vip", "VIP customer") if open_now else ("24x7", "out of hours")
    assert (seen["assignedTeam"]["key"], seen["routedBecause"]) == expected
    # and the customer does not
    mine = await api.query("CUSTOMER_VIP", THREAD, {"id": thread_id})
    assert mine["data"]["thread"]["routedBecause"] is None
    assert {e["extensions"]["code"] for e in mine["errors"]} == {"FORBIDDEN"}
    await forget_jobs(int(GlobalID.from_id(thread_id).node_id))


SET_STATUS = """
mutation ($input: SetThreadStatusInput!) { setThreadStatus(input: $input) { errors { code } } }
"""

SEND = """
mutation ($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }
"""

REOPENED = """
query ($id: ID!) {
  thread(id: $id) { status assignedTeam { key } routedBecause firstRespondedAt }
}
"""


async def test_a_customer_writing_to_a_resolved_thread_reopens_and_reroutes_it(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The thread is OPEN again, routed afresh, and waits for a new first response."""
    # given a thread the service team answered and resolved
    booking = await booking_for(world, customer="CUSTOMER")
    start = {"bookingId": str(GlobalID("Booking", str(booking.id))), "body": "Question"}
    started = await api.query("CUSTOMER", START_THREAD, {"input": start})
    thread_id = started["data"]["startThread"]["thread"]["id"]
    for role, body in (("AGENT", "Answer"), ("CUSTOMER", "Thanks")):
        sent = await api.query(role, SEND, {"input": {"threadId": thread_id, "body": body}})
        assert sent["data"]["sendMessage"]["errors"] == []
    status = {"threadId": thread_id, "status": "RESOLVED"}
    await api.query("AGENT", SET_STATUS, {"input": status})
    before = (await api.query("AGENT", REOPENED, {"id": thread_id}))["data"]["thread"]
    assert before["firstRespondedAt"] is not None
    # when the customer writes again
    again = {"threadId": thread_id, "body": "One more thing"}
    await api.query("CUSTOMER", SEND, {"input": again})
    # then it is open, routed again, and waiting for an answer
    after = (await api.query("AGENT", REOPENED, {"id": thread_id}))["data"]["thread"]
    open_now = (await m.Team.get(key="general")).is_open_at(datetime.now(UTC))
    expected = ("general", "default") if open_now else ("24x7", "out of hours")
    assert after["status"] == "OPEN"
    assert (after["assignedTeam"]["key"], after["routedBecause"]) == expected
    assert after["firstRespondedAt"] is None
    await forget_jobs(int(GlobalID.from_id(thread_id).node_id))


async def test_a_provider_writing_to_a_resolved_support_chat_reopens_it_where_it_is(
    api: Api,
) -> None:
    """A support chat is about no booking: reopened, it stays with the desk that has it."""
    # given a provider's support chat an agent resolved
    chat = await started(api, topic="TECHNICAL")
    thread_id = chat["thread"]["id"]
    await take(api, "AGENT_SUPPORT", thread_id)
    status = {"threadId": thread_id, "status": "RESOLVED"}
    resolved = await api.query("AGENT_SUPPORT", SET_STATUS, {"input": status})
    assert resolved["data"]["setThreadStatus"]["errors"] == []
    before = (await api.query("AGENT", REOPENED, {"id": thread_id}))["data"]["thread"]
    # when the provider writes again
    again = {"threadId": thread_id, "body": "One more thing"}
    sent = await api.query("PROVIDER_STAFF", SEND, {"input": again})
    # then the message is taken, the chat is open, and its team is unchanged
    assert sent["data"]["sendMessage"]["errors"] == []
    after = (await api.query("AGENT", REOPENED, {"id": thread_id}))["data"]["thread"]
    assert after["status"] == "OPEN"
    assert after["assignedTeam"] == before["assignedTeam"]
    assert after["routedBecause"] == before["routedBecause"]

"""First-response targets: due times in service hours, states, and the breach reported once.

Due times are computed for the demo's Paris teams across nights, weekends, a closure and
the end of summer time; the breach job runs in two workers at once and is pushed and
e-mailed once; an agent's answer in time meets the target, an internal note does not.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from models.sla import SlaState, response_window, sla_state
from resolvers.routing import route_thread
from resolvers.threads import append_message, party_columns
from roost.app import HUB_KEY
from roost.worker import Worker
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.wsclient import Frame, WsClient

PARIS = ZoneInfo("Europe/Paris")

INBOX_UPDATES = "subscription { inboxUpdates { kind threadId } }"

MARK_READ = """
mutation ($id: ID!) { markThreadRead(input: {threadId: $id}) { errors { code } } }
"""

SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq } errors { code } }
}
"""

SLA = """
query ($id: ID!) {
  thread(id: $id) { firstResponseDueAt firstRespondedAt slaState }
}
"""

INBOX = """
query ($filter: InboxFilter) { inbox(first: 100, filter: $filter) { edges { node { id } } } }
"""


def paris(*args: int) -> datetime:
    """A wall-clock time in Paris as an aware instant."""
    return datetime(*args, tzinfo=PARIS)


def general(closures: list[str] | None = None) -> m.Team:
    """The demo's general team (weekdays 9:00-19:00 in Paris), not saved."""
    hours = {day: [["09:00", "19:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}
    return m.Team(
        key="general", time_zone="Europe/Paris", service_hours=hours, closures=closures or []
    )


@pytest.mark.parametrize(
    ("urgency", "start", "due"),
    [
        # INFO, 8 business hours from Friday 15:00: 4 h on Friday, 4 h on Monday
        (m.Urgency.INFO, paris(2026, 12, 4, 15, 0), paris(2026, 12, 7, 13, 0)),
        # URGENT, 15 minutes from Friday 18:50: 10 min on Friday, 5 min on Monday
        (m.Urgency.URGENT, paris(2026, 12, 4, 18, 50), paris(2026, 12, 7, 9, 5)),
        # ACTION_REQUIRED, 2 hours from Tuesday night: from Wednesday's opening
        (m.Urgency.ACTION_REQUIRED, paris(2026, 12, 1, 22, 0), paris(2026, 12, 2, 11, 0)),
        # from a Sunday: Monday
        (m.Urgency.URGENT, paris(2026, 12, 6, 12, 0), paris(2026, 12, 7, 9, 15)),
        # across the end of summer time (25 October): 2 h on Friday, 6 h on Monday
        (m.Urgency.INFO, paris(2026, 10, 23, 17, 0), paris(2026, 10, 26, 15, 0)),
    ],
)
def test_due_times_count_the_teams_service_hours(
    urgency: m.Urgency, start: datetime, due: datetime
) -> None:
    """Nights and weekends do not count; the due time is the team's wall-clock time."""
    # given the general team, when a thread of this urgency starts waiting
    window = response_window(general(), urgency, start)
    # then its answer is due after that much of the team's service time
    assert window is not None
    assert window[1] == due


def test_a_closure_day_does_not_count() -> None:
    """Christmas closed: Thursday's last hour, then Monday."""
    window = response_window(general(["2026-12-25"]), m.Urgency.INFO, paris(2026, 12, 24, 18, 0))
    assert window is not None
    assert window[1] == paris(2026, 12, 28, 16, 0)


def test_an_always_open_team_counts_every_minute() -> None:
    """The 24x7 team: 15 minutes on a Saturday night are 15 minutes."""
    team = m.Team(key="24x7", time_zone="UTC", always_open=True, service_hours={}, closures=[])
    start = paris(2026, 12, 5, 23, 0)
    assert response_window(team, m.Urgency.URGENT, start) == (
        start + timedelta(minutes=12),
        start + timedelta(minutes=15),
    )


def test_the_states_along_the_way() -> None:
    """ON_TRACK, AT_RISK in the last fifth, BREACHED after, MET when answered in time."""
    start = paris(2026, 12, 2, 10, 0)
    at_risk, due = response_window(general(), m.Urgency.ACTION_REQUIRED, start) or (start, start)
    thread = m.Thread(first_response_due_at=due, sla_at_risk_at=at_risk)
    assert sla_state(thread, start) is SlaState.ON_TRACK
    assert sla_state(thread, paris(2026, 12, 2, 11, 36)) is SlaState.AT_RISK
    assert sla_state(thread, paris(2026, 12, 2, 12, 0)) is SlaState.BREACHED
    thread.first_responded_at = paris(2026, 12, 2, 11, 59)
    assert sla_state(thread, paris(2026, 12, 3, 12, 0)) is SlaState.MET


async def vip_thread(world: DemoWorld, routed_at: datetime) -> tuple[m.Thread, str]:
    """A VIP customer's thread routed at ``routed_at`` (a Wednesday: the VIP team)."""
    booking = await booking_for(world, customer="CUSTOMER_VIP")
    customer = await m.User.get(id=world.user_ids["CUSTOMER_VIP"])
    async with in_transaction():
        thread = await m.Thread.create(
            booking_id=booking.id,
            subject="Response target test",
            **party_columns(booking, m.Party.CUSTOMER),
        )
        await append_message(thread.id, customer, "Where is my transfer?")
    await route_thread(thread, booking, world.settings, routed_at)
    return await m.Thread.get(id=thread.id), str(GlobalID("Thread", str(thread.id)))


async def breach_job(thread: m.Thread) -> m.OutboxItem:
    """The breach job routing scheduled for ``thread``."""
    return await m.OutboxItem.get(dedup_key__startswith=f"sla-breach:{thread.id}:")


async def live(api: Api, ws: WsClient, role: str, thread_id: str) -> None:
    """Subscribe ``ws`` to inboxUpdates and wait until it delivers (marking ``thread_id``
    read as ``role`` until an update arrives)."""
    await ws.subscribe("inbox", INBOX_UPDATES)
    for _ in range(40):
        await api.query(role, MARK_READ, {"id": thread_id})
        try:
            await ws.data("inbox", 0.25)
            return
        except TimeoutError:
            continue
    raise AssertionError("inboxUpdates never went live")


def breaches(frames: list[Frame], thread_id: str) -> int:
    """How many ``sla_breached`` updates about ``thread_id`` ``frames`` hold."""
    return sum(
        1
        for frame in frames
        if frame["type"] == "next"
        and frame["payload"]["data"]["inboxUpdates"]
        == {"kind": "sla_breached", "threadId": thread_id}
    )


async def test_a_breach_is_pushed_and_emailed_exactly_once_with_two_workers(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Two workers carry out the breach job at once: one push to the team's agents, one
    e-mail per lead; other agents and the customer hear nothing of it."""
    # given a VIP thread routed last Wednesday morning, unanswered, its target long past
    thread, thread_id = await vip_thread(world, paris(2026, 11, 25, 10, 0))
    assert thread.first_response_due_at == paris(2026, 11, 25, 18, 0)
    job = await breach_job(thread)
    vip_agent = await WsClient.connect(api.client, world.tokens["AGENT_VIP"])
    other_agent = await WsClient.connect(api.client, world.tokens["AGENT"])
    customer = await WsClient.connect(api.client, world.tokens["CUSTOMER_VIP"])
    try:
        await live(api, vip_agent, "AGENT_VIP", thread_id)
        await live(api, other_agent, "AGENT", thread_id)
        await live(api, customer, "CUSTOMER_VIP", thread_id)
        # when two workers run the job at the same time
        hub = api.client.app[HUB_KEY]
        workers = [Worker(world.settings, hub=hub) for _ in range(2)]
        await asyncio.gather(*(worker.process(job) for worker in workers))
        # then the team's agent is told once, the others never
        assert breaches(await vip_agent.silence("inbox", 1.0), thread_id) == 1
        assert breaches(await other_agent.silence("inbox", 0.3), thread_id) == 0
        assert breaches(await customer.silence("inbox", 0.3), thread_id) == 0
    finally:
        for ws in (vip_agent, other_agent, customer):
            await ws.close()
    # and the VIP team's lead gets one e-mail
    mails = await m.OutboxItem.filter(
        kind=m.OutboxKind.EMAIL,
        template="sla_breached",
        dedup_key__startswith=f"sla-breach-mail:{thread.id}:",
    )
    assert [mail.recipient_id for mail in mails] == [world.user_ids["AGENT_VIP"]]
    email = await Worker(world.settings).compose(mails[0])  # Marc Dubois reads French
    await m.OutboxItem.filter(id__in=[mail.id for mail in mails]).delete()
    assert email.subject == "Délai de réponse dépassé : « Response target test »"
    # and the thread shows BREACHED to the service team only
    agent_view = (await api.query("AGENT", SLA, {"id": thread_id}))["data"]["thread"]
    assert agent_view["slaState"] == "BREACHED"
    customer_view = await api.query("CUSTOMER_VIP", SLA, {"id": thread_id})
    assert customer_view["data"]["thread"] == {
        "firstResponseDueAt": None,
        "firstRespondedAt": None,
        "slaState": None,
    }
    assert {e["extensions"]["code"] for e in customer_view["errors"]} == {"FORBIDDEN"}


async def _send(api: Api, role: str, thread_id: str, visibility: str = "ALL") -> None:
    body = await api.query(
        role,
        SEND,
        {"input": {"threadId": thread_id, "body": "On it.", "visibility": visibility}},
    )
    assert body["data"]["sendMessage"]["errors"] == []


async def test_an_answer_in_time_meets_the_target_and_a_note_does_not(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """An internal note leaves the clock running; the first answer for everyone stops it."""
    # given a thread routed now, so its target lies ahead
    thread, thread_id = await vip_thread(world, datetime.now(UTC))
    # when an agent writes an internal note
    await _send(api, "AGENT_VIP", thread_id, "INTERNAL")
    # then the thread is still waiting for its first response
    waiting = (await api.query("AGENT", SLA, {"id": thread_id}))["data"]["thread"]
    assert waiting["firstRespondedAt"] is None
    assert waiting["slaState"] in ("ON_TRACK", "AT_RISK")
    # when the agent answers the customer
    await _send(api, "AGENT_VIP", thread_id)
    # then the target is met, and the breach job finds nothing to report
    met = (await api.query("AGENT", SLA, {"id": thread_id}))["data"]["thread"]
    assert met["firstRespondedAt"] is not None
    assert met["slaState"] == "MET"
    job = await breach_job(thread)
    due = thread.first_response_due_at
    assert due is not None
    await Worker(world.settings, clock=lambda: due + timedelta(minutes=1)).process(job)
    assert (await m.Thread.get(id=thread.id)).sla_breach_notified_at is None
    assert not await m.OutboxItem.exists(dedup_key__startswith=f"sla-breach-mail:{thread.id}:")
    # and the inbox filter by state finds it among the met ones
    met_ids = await api.query("AGENT", INBOX, {"filter": {"slaState": ["MET"]}})
    assert thread_id in [e["node"]["id"] for e in met_ids["data"]["inbox"]["edges"]]


START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) {
    thread {
      id firstResponseDueAt firstRespondedAt slaState messages(first: 1) { nodes { createdAt } }
    }
    errors { code }
  }
}
"""


@pytest.mark.parametrize(("visibility", "answered"), [("ALL", True), ("INTERNAL", False)])
async def test_a_thread_the_service_team_starts_for_everyone_is_answered_already(
    orm: None, world: DemoWorld, api: Api, visibility: str, answered: bool
) -> None:
    """Its first message is the first response; opened with an internal note, it waits."""
    # given a customer's booking
    booking = await booking_for(world, customer="CUSTOMER")
    # when an agent starts a thread on it, for everyone or as an internal note
    start = {
        "bookingId": str(GlobalID("Booking", str(booking.id))),
        "body": "We moved your transfer to 10:00.",
        "visibility": visibility,
    }
    body = await api.query("AGENT", START_THREAD, {"input": start})
    assert "errors" not in body, body
    payload = body["data"]["startThread"]
    assert payload["errors"] == []
    thread = payload["thread"]
    pk = GlobalID.from_id(thread["id"]).node_id
    for job in ("sla-breach", "routing-return"):  # not for other tests' workers
        await m.OutboxItem.filter(dedup_key__startswith=f"{job}:{pk}:").delete()
    # then a message for everyone met the target when it was sent; a note did not
    assert thread["firstResponseDueAt"] is not None
    if answered:
        assert thread["firstRespondedAt"] == thread["messages"]["nodes"][0]["createdAt"]
        assert thread["slaState"] == "MET"
    else:
        assert thread["firstRespondedAt"] is None
        assert thread["slaState"] in ("ON_TRACK", "AT_RISK")


CREATE_TEAM = """
mutation ($input: CreateTeamInput!) {
  createTeam(input: $input) {
    team { key agentCapacity responseTargets leads { name } }
    errors { code field }
  }
}
"""


async def test_an_admin_sets_a_teams_targets_capacity_and_leads(world: DemoWorld, api: Api) -> None:
    """Targets per urgency override the defaults; wrong ones are refused."""
    # given a new always-open team with its own URGENT target, a capacity and a lead
    lead = str(GlobalID("User", str(world.user_ids["AGENT_VIP"])))
    values = {
        "key": f"t-{datetime.now(UTC).timestamp():.0f}",
        "name": "Crisis desk",
        "alwaysOpen": True,
        "agentCapacity": 3,
        "responseTargets": {"URGENT": 5},
        "leadIds": [lead],
    }
    body = await api.query("ADMIN", CREATE_TEAM, {"input": values})
    team = body["data"]["createTeam"]["team"]
    assert team["agentCapacity"] == 3
    assert team["responseTargets"] == {"URGENT": 5}
    assert team["leads"] == [{"name": "Marc Dubois"}]
    # when a thread waits with it, then URGENT is due in 5 minutes, INFO in the default 8 h
    stored = m.Team(always_open=True, response_targets=team["responseTargets"])
    start = datetime(2026, 12, 5, 23, 0, tzinfo=UTC)
    assert response_window(stored, m.Urgency.URGENT, start) == (
        start + timedelta(minutes=4),
        start + timedelta(minutes=5),
    )
    info = response_window(stored, m.Urgency.INFO, start)
    assert info is not None
    assert info[1] == start + timedelta(hours=8)
    # and targets that are not whole minutes per urgency, or a capacity of 0, are refused
    for field, wrong in (
        ("responseTargets", {"SOON": 5}),
        ("responseTargets", {"URGENT": 0}),
        ("responseTargets", [15]),
        ("agentCapacity", 0),
    ):
        bad = {**values, "key": f"{values['key']}-x", field: wrong}
        refused = await api.query("ADMIN", CREATE_TEAM, {"input": bad})
        assert refused["data"]["createTeam"]["errors"] == [
            {"code": "INVALID_VALUE", "field": field}
        ]

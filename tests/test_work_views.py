"""The service team's work views: inbox by team, assignee, state and urgency; unread per team."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from resolvers.threads import party_columns
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

INBOX = """
query ($filter: InboxFilter) {
  inbox(first: 100, filter: $filter) { edges { node { id slaState } } }
}
"""

UNREAD = "query ($team: String) { unreadTotal(teamKey: $team) }"


async def team_with_threads(world: DemoWorld) -> tuple[str, dict[str, str]]:
    """A fresh team holding four threads, and another team's thread:

    ``mine`` (assigned to AGENT, on track, 3 unread), ``waiting`` (unassigned, breached,
    URGENT, 1 unread of 2), ``answered`` (unassigned, met, RESOLVED), ``risky`` (assigned
    to AGENT_GROUPS, at risk), ``elsewhere`` (another team).
    """
    key = f"t-{uuid4().hex[:8]}"
    team = await m.Team.create(key=key, name="Work views", always_open=True)
    other = await m.Team.create(key=f"t-{uuid4().hex[:8]}", name="Other", always_open=True)
    booking = await booking_for(world)
    now = datetime.now(UTC)
    hour = timedelta(hours=1)
    rows: dict[str, dict[str, Any]] = {
        "mine": {
            "assigned_agent_id": world.user_ids["AGENT"],
            "first_response_due_at": now + 2 * hour,
            "sla_at_risk_at": now + hour,
            "last_seq": 3,
        },
        "waiting": {
            "urgency": m.Urgency.URGENT,
            "first_response_due_at": now - hour,
            "sla_at_risk_at": now - 2 * hour,
            "last_seq": 2,
        },
        "answered": {
            "status": m.ThreadStatus.RESOLVED,
            "first_response_due_at": now + hour,
            "sla_at_risk_at": now,
            "first_responded_at": now - hour,
        },
        "risky": {
            "assigned_agent_id": world.user_ids["AGENT_GROUPS"],
            "first_response_due_at": now + hour,
            "sla_at_risk_at": now - hour,
        },
        "elsewhere": {"assigned_team_id": other.id},
    }
    ids = {}
    for name, columns in rows.items():
        thread = await m.Thread.create(
            booking_id=booking.id,
            subject=name,
            **{
                **party_columns(booking, m.Party.CUSTOMER),
                "assigned_team_id": team.id,
                **columns,
            },
        )
        ids[name] = str(GlobalID("Thread", str(thread.id)))
    waiting = int(GlobalID.from_id(ids["waiting"]).node_id)
    await m.ReadMarker.create(user_id=world.user_ids["AGENT"], thread_id=waiting, last_read_seq=1)
    return key, ids


async def inbox(api: Api, role: str, **filters: Any) -> dict[str, str | None]:
    """Thread id -> slaState of the inbox with ``filters``, as ``role``."""
    body = await api.query(role, INBOX, {"filter": filters})
    assert "errors" not in body, body
    return {e["node"]["id"]: e["node"]["slaState"] for e in body["data"]["inbox"]["edges"]}


async def test_the_work_views_of_a_team(orm: None, world: DemoWorld, api: Api) -> None:
    """Team, mine, unassigned, by state, and combined with status and urgency."""
    # given a team's threads in every situation
    key, ids = await team_with_threads(world)
    names = {thread_id: name for name, thread_id in ids.items()}

    async def view(**filters: Any) -> set[str]:
        return {names[t] for t in await inbox(api, "AGENT", teamKey=key, **filters)}

    # when the agent looks at the team's work, then each view holds what it says
    assert await view() == {"mine", "waiting", "answered", "risky"}
    assert await view(assignedToMe=True) == {"mine"}
    assert await view(unassigned=True) == {"waiting", "answered"}
    assert await view(slaState=["BREACHED"]) == {"waiting"}
    assert await view(slaState=["AT_RISK", "ON_TRACK"]) == {"risky", "mine"}
    assert await view(slaState=["MET"]) == {"answered"}
    assert await view(status=["RESOLVED"]) == {"answered"}
    assert await view(urgency=["URGENT"], unassigned=True) == {"waiting"}
    states = await inbox(api, "AGENT", teamKey=key)
    assert {names[t]: s for t, s in states.items()} == {
        "mine": "ON_TRACK",
        "waiting": "BREACHED",
        "answered": "MET",
        "risky": "AT_RISK",
    }


async def test_unread_total_per_team(orm: None, world: DemoWorld, api: Api) -> None:
    """The agent's unread messages over the team's threads only."""
    key, _ = await team_with_threads(world)
    body = await api.query("AGENT", UNREAD, {"team": key})
    assert body["data"]["unreadTotal"] == 3 + 1
    empty = await api.query("AGENT", UNREAD, {"team": "no-such-team"})
    assert empty["data"]["unreadTotal"] == 0


@pytest.mark.parametrize(
    "filters",
    [{"teamKey": "general"}, {"assignedToMe": True}, {"unassigned": True}, {"slaState": ["MET"]}],
)
@pytest.mark.parametrize("role", ["CUSTOMER", "PROVIDER_STAFF"])
async def test_customers_and_providers_cannot_use_the_work_views(
    api: Api, role: str, filters: dict[str, Any]
) -> None:
    """Filtering by team or response state would reveal them: FORBIDDEN."""
    body = await api.query(role, INBOX, {"filter": filters})
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    unread = await api.query(role, UNREAD, {"team": "general"})
    assert unread["errors"][0]["extensions"]["code"] == "FORBIDDEN"

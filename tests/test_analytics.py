"""analytics { threads responseTimes selfServiceEdits }: figures against a hand-made data set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import models as m
from models.tallies import rebuild
from tests.admin import unique
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

FIGURES = """
query ($from: Date, $to: Date) {
  analytics {
    byUrgency: threads(groupBy: URGENCY, from: $from, to: $to) { key count }
    byStatus: threads(groupBy: STATUS, from: $from, to: $to) { key count }
    byTeam: threads(groupBy: TEAM, from: $from, to: $to) { key count }
    responseTimes(by: TEAM, from: $from, to: $to) {
      key firstResponseP50 firstResponseP90 resolutionP50
    }
    edits: selfServiceEdits(byField: true, from: $from, to: $to) { key count }
    total: selfServiceEdits(byField: false, from: $from, to: $to) { key count }
  }
}
"""

#: A month nothing else in the test database happens in.
PERIOD = {"from": "2031-03-01", "to": "2031-03-31"}
START = datetime(2031, 3, 10, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    """``minutes`` after the threads start."""
    return START + timedelta(minutes=minutes)


async def _thread(
    booking: m.Booking,
    team: m.Team | None,
    urgency: m.Urgency,
    status: m.ThreadStatus,
    messages: list[tuple[m.User, int, m.Visibility]],
    resolved_after: int | None = None,
) -> None:
    """A thread started at START with ``messages`` (author, minutes, visibility)."""
    thread = await m.Thread.create(
        booking=booking,
        parties=m.Party.BOTH,
        customer_id=booking.customer_id,
        provider_id=booking.provider_id,
        subject="Analytics",
        urgency=urgency,
        status=status,
        assigned_team=team,
        created_at=START,
        resolved_at=at(resolved_after) if resolved_after is not None else None,
        last_seq=len(messages),
    )
    for seq, (author, minutes, visibility) in enumerate(messages, start=1):
        await m.Message.create(
            thread=thread,
            seq=seq,
            author=author,
            body="…",
            visibility=visibility,
            created_at=at(minutes),
        )


@pytest.fixture
async def data_set(orm: None, world: DemoWorld) -> tuple[str, str]:
    """Five threads in March 2031 and four booking data changes:

    team A: replies after 10, 30 (an internal note at 5 does not count) and 60 minutes,
    resolved after 120 and 240 minutes; team B: the provider writes at 1 minute (after an
    agent at 0), the reply comes at 3; no team: no reply.
    """
    customer = await m.User.get(id=world.user_ids["CUSTOMER"])
    provider = await m.User.get(id=world.user_ids["PROVIDER_STAFF"])
    agent = await m.User.get(id=world.user_ids["AGENT"])
    booking = await booking_for(world)
    team_a = await m.Team.create(key=unique("a"), name="A")
    team_b = await m.Team.create(key=unique("b"), name="B")
    everyone, internal = m.Visibility.ALL, m.Visibility.INTERNAL
    await _thread(
        booking,
        team_a,
        m.Urgency.URGENT,
        m.ThreadStatus.RESOLVED,
        [(customer, 0, everyone), (agent, 10, everyone)],
        resolved_after=120,
    )
    await _thread(
        booking,
        team_a,
        m.Urgency.INFO,
        m.ThreadStatus.OPEN,
        [(customer, 0, everyone), (agent, 5, internal), (agent, 30, everyone)],
    )
    await _thread(
        booking,
        team_a,
        m.Urgency.INFO,
        m.ThreadStatus.CLOSED,
        [(customer, 0, everyone), (agent, 60, everyone), (customer, 61, everyone)],
        resolved_after=240,
    )
    await _thread(
        booking,
        team_b,
        m.Urgency.ACTION_REQUIRED,
        m.ThreadStatus.WAITING,
        [(agent, 0, everyone), (provider, 1, everyone), (agent, 3, everyone)],
    )
    await _thread(booking, None, m.Urgency.URGENT, m.ThreadStatus.OPEN, [(customer, 0, everyone)])
    definitions = {
        d.key: d for d in await m.BookingFieldDefinition.filter(service_id=booking.service_id)
    }
    for key, channel in [
        ("notes", m.ChangeChannel.SELF_SERVICE),
        ("notes", m.ChangeChannel.PORTAL),
        ("participant_name", m.ChangeChannel.SELF_SERVICE),
        ("notes", m.ChangeChannel.AGENT),
    ]:
        await m.BookingFieldChange.create(
            booking=booking,
            definition=definitions[key],
            new_value="x",
            channel=channel,
            changed_at=at(0),
        )
    # the messages were written directly: the unread counters follow them, as after a migration
    await rebuild()
    return team_a.key, team_b.key


async def test_analysts_read_figures_computed_from_the_data_set(
    api: Api, data_set: tuple[str, str]
) -> None:
    # given the hand-made data set of March 2031
    team_a, team_b = data_set
    # when an analyst asks for the month's figures
    body = await api.query("ANALYST", FIGURES, PERIOD)
    # then they are the hand-computed ones
    assert "errors" not in body, body
    figures = body["data"]["analytics"]

    def counts(rows: list[dict[str, object]]) -> dict[object, object]:
        return {row["key"]: row["count"] for row in rows}

    assert counts(figures["byUrgency"]) == {"URGENT": 2, "INFO": 2, "ACTION_REQUIRED": 1}
    assert counts(figures["byStatus"]) == {"OPEN": 2, "RESOLVED": 1, "CLOSED": 1, "WAITING": 1}
    assert counts(figures["byTeam"]) == {team_a: 3, team_b: 1, "UNASSIGNED": 1}
    times = {row.pop("key"): row for row in figures["responseTimes"]}
    # team A: first responses 600, 1800, 3600 s; resolutions 7200, 14400 s
    assert times[team_a] == {
        "firstResponseP50": pytest.approx(1800, abs=0.01),
        "firstResponseP90": pytest.approx(3240, abs=0.01),
        "resolutionP50": pytest.approx(10800, abs=0.01),
    }
    # team B: one first response of 120 s (counted from the provider's message)
    assert times[team_b] == {
        "firstResponseP50": pytest.approx(120, abs=0.01),
        "firstResponseP90": pytest.approx(120, abs=0.01),
        "resolutionP50": None,
    }
    assert times["UNASSIGNED"] == {
        "firstResponseP50": None,
        "firstResponseP90": None,
        "resolutionP50": None,
    }
    assert counts(figures["edits"]) == {"notes": 2, "participant_name": 1}
    assert counts(figures["total"]) == {"ALL": 3}


async def test_admins_read_analytics_too(api: Api) -> None:
    # when an admin asks for figures of a month without data
    body = await api.query("ADMIN", FIGURES, {"from": "2031-05-01", "to": "2031-05-31"})
    # then they come back empty
    assert "errors" not in body, body
    assert body["data"]["analytics"]["byTeam"] == []
    assert body["data"]["analytics"]["total"] == [{"key": "ALL", "count": 0}]


@pytest.mark.parametrize(
    "role", ["CUSTOMER", "TRAVEL_MANAGER", "PROVIDER_STAFF", "AGENT", "INTEGRATION"]
)
async def test_other_roles_may_not_read_analytics(api: Api, role: str) -> None:
    # when another role asks for figures
    body = await api.query(role, FIGURES, PERIOD)
    # then it is refused
    assert body["data"]["analytics"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_period_that_ends_before_it_starts_is_refused(api: Api) -> None:
    # when an analyst gives a period backwards
    body = await api.query("ANALYST", FIGURES, {"from": "2031-03-31", "to": "2031-03-01"})
    # then it is a client error
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


CASES = """
query ($from: Date, $to: Date) {
  analytics {
    claims(groupBy: STATUS, from: $from, to: $to) { key count }
    supportChats(groupBy: TOPIC, from: $from, to: $to) { key count }
  }
}
"""

#: Another month nothing else happens in.
CASES_PERIOD = {"from": "2031-05-01", "to": "2031-05-31"}


async def test_claims_and_support_chats_are_counted_per_status_and_topic(
    api: Api, orm: None, world: DemoWorld
) -> None:
    # given, in May 2031, three claims (two submitted, one refunded) and three resolved support
    # chats (two on payments, one technical), and one claim of June that must not count
    booking = await booking_for(world)
    may = datetime(2031, 5, 12, 10, 0, tzinfo=UTC)
    for status, when in [
        (m.ClaimStatus.SUBMITTED, may),
        (m.ClaimStatus.SUBMITTED, may),
        (m.ClaimStatus.REFUNDED, may),
        (m.ClaimStatus.CLOSED, datetime(2031, 6, 1, 1, 0, tzinfo=UTC)),
    ]:
        thread = await m.Thread.create(booking=booking, parties=m.Party.CUSTOMER)
        claim = await m.Claim.create(
            number=unique("CL"),
            booking=booking,
            thread=thread,
            status=status,
            reason="Room not as booked",
            amount_requested=100,
        )
        await m.Claim.filter(id=claim.id).update(created_at=when)
    provider = await m.Organisation.get(id=booking.provider_id)
    for key in ("PAYMENT_PROBLEMS", "PAYMENT_PROBLEMS", "TECHNICAL"):
        thread = await m.Thread.create(
            provider=provider, parties=m.Party.PROVIDER, kind=m.ThreadKind.SUPPORT
        )
        chat = await m.SupportChat.create(
            thread=thread,
            provider=provider,
            topic=await m.SupportTopic.get(key=key),
            status=m.SupportStatus.RESOLVED,
        )
        await m.SupportChat.filter(id=chat.id).update(created_at=may)
    # when an analyst reads the month's figures
    body = await api.query("ANALYST", CASES, CASES_PERIOD)
    # then they are the hand-counted ones, keys only
    assert "errors" not in body, body
    assert body["data"]["analytics"] == {
        "claims": [{"key": "REFUNDED", "count": 1}, {"key": "SUBMITTED", "count": 2}],
        "supportChats": [
            {"key": "PAYMENT_PROBLEMS", "count": 2},
            {"key": "TECHNICAL", "count": 1},
        ],
    }

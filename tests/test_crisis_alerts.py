"""publishCrisisAlert, the crisisAlerts subscription, acknowledgements and the e-mails.

Every test puts its bookings at a destination of its own (a random name no other
booking has), so the alerts it publishes reach exactly the bookings it made, whatever
else the shared session database holds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from models.policy import MUTATIONS
from roost.worker import Worker
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.sqlcount import count_statements
from tests.wsclient import WsClient

PUBLISH = """
mutation ($input: PublishCrisisAlertInput!) {
  publishCrisisAlert(input: $input) {
    alert { id title bookingCount reachedCount }
    errors { code field message }
  }
}
"""

ACKNOWLEDGE = """
mutation ($input: AcknowledgeCrisisAlertInput!) {
  acknowledgeCrisisAlert(input: $input) {
    alert { id acknowledgedAt }
    errors { code field }
  }
}
"""

WHO_ACKNOWLEDGED = """
query ($id: ID!) {
  node(id: $id) {
    ... on CrisisAlert {
      acknowledgedCount
      safe: recipients(acknowledged: true) { nodes { customer { email } acknowledgedAt } }
      waiting: recipients(acknowledged: false) { nodes { customer { email } acknowledgedAt } }
    }
  }
}
"""

ALL_ALERTS = """
query { crisisAlerts(first: 5) { nodes { id title reachedCount acknowledgedCount } } }
"""

MY_ALERTS = """
query { myCrisisAlerts(first: 50) { nodes { id title body severity acknowledgedAt } } }
"""

BOOKING_ALERTS = """
query ($reference: String!) { booking(reference: $reference) { crisisAlerts { id title } } }
"""

SUBSCRIBE = "subscription { crisisAlerts { id title body severity } }"


def place() -> str:
    """A destination no other booking has."""
    return f"Atlantis-{uuid4().hex[:8]}"


async def booking_at(
    world: DemoWorld,
    customer: str,
    destination: str,
    *,
    days: int = 30,
    status: m.BookingStatus = m.BookingStatus.CONFIRMED,
) -> m.Booking:
    """A booking of demo ``customer`` at ``destination`` starting in ``days`` days."""
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
    booking = await booking_for(world, customer=customer, starts_at=starts, status=status)
    booking.destination = destination
    await booking.save(update_fields=["destination"])
    return booking


def alert_input(destination: str, **more: Any) -> dict[str, Any]:
    return {
        "title": f"Storm over {destination}",
        "body": "Flights are cancelled until Friday. Stay at your hotel; we rebook you.",
        "severity": "CRITICAL",
        "filter": {"destination": destination.upper()},
        **more,
    }


async def publish(api: Api, variables: dict[str, Any], role: str = "AGENT") -> dict[str, Any]:
    response = await api.query(role, PUBLISH, {"input": variables})
    assert "errors" not in response, response
    return response["data"]["publishCrisisAlert"]


async def emails_of(alert_id: str) -> list[m.OutboxItem]:
    pk = int(GlobalID.from_id(alert_id).node_id)
    return await m.OutboxItem.filter(
        template="crisis_alert", dedup_key__startswith=f"crisis-alert:{pk}:"
    ).order_by("id")


async def test_the_affected_customers_are_reached_once_each_and_nobody_else(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire with two bookings at the place, Jonas with one, the VIP with a cancelled
    # one there and one elsewhere, the travel manager with one there after the period
    where = place()
    claire = [await booking_at(world, "CUSTOMER", where) for _ in range(2)]
    await booking_at(world, "CUSTOMER_OTHER", where, days=40)
    await booking_at(world, "CUSTOMER_VIP", where, status=m.BookingStatus.CANCELLED)
    vip_elsewhere = await booking_at(world, "CUSTOMER_VIP", place())
    await booking_at(world, "TRAVEL_MANAGER", where, days=200)
    until = (datetime.now(UTC) + timedelta(days=100)).isoformat()
    # when an agent publishes an alert for the place and the next 100 days
    payload = await publish(
        api, alert_input(where, filter={"destination": where.lower(), "startsUntil": until})
    )
    # then three bookings of two customers are affected
    assert payload["errors"] == []
    alert = payload["alert"]
    assert (alert["bookingCount"], alert["reachedCount"]) == (3, 2)
    # and one e-mail each is queued for Claire and Jonas, no one else
    emails = await emails_of(alert["id"])
    assert sorted(e.recipient_id for e in emails) == sorted(
        [world.user_ids["CUSTOMER"], world.user_ids["CUSTOMER_OTHER"]]
    )
    # and each reads it in their language, with the agent's text
    worker = Worker(world.settings)
    by_user = {e.recipient_id: await worker.compose(e) for e in emails}
    french = by_user[world.user_ids["CUSTOMER"]]
    german = by_user[world.user_ids["CUSTOMER_OTHER"]]
    assert french.subject == f"Alerte voyage urgente : Storm over {where}"
    assert german.subject == f"Dringende Reisewarnung: Storm over {where}"
    for email in (french, german):
        assert "Flights are cancelled until Friday." in email.text
        assert "Flights are cancelled until Friday." in email.html
        assert "/crisis-alerts/" in email.text
    # and Claire finds it later on her booking and among her alerts; the VIP does not
    body = await api.query("CUSTOMER", BOOKING_ALERTS, {"reference": claire[0].reference})
    assert {"id": alert["id"], "title": alert["title"]} in body["data"]["booking"]["crisisAlerts"]
    mine = await api.query("CUSTOMER", MY_ALERTS)
    assert alert["id"] in [a["id"] for a in mine["data"]["myCrisisAlerts"]["nodes"]]
    vips = await api.query("CUSTOMER_VIP", MY_ALERTS)
    assert alert["id"] not in [a["id"] for a in vips["data"]["myCrisisAlerts"]["nodes"]]
    body = await api.query("CUSTOMER_VIP", BOOKING_ALERTS, {"reference": vip_elsewhere.reference})
    assert body["data"]["booking"]["crisisAlerts"] == []


async def test_a_connected_traveller_receives_the_alert_live(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire, Jonas and an agent subscribed over WebSocket; only Claire has a
    # booking there
    where = place()
    await booking_at(world, "CUSTOMER", where)
    claire = await WsClient.connect(api.client, world.tokens["CUSTOMER"])
    jonas = await WsClient.connect(api.client, world.tokens["CUSTOMER_OTHER"])
    agent = await WsClient.connect(api.client, world.tokens["AGENT_VIP"])
    async with claire, jonas, agent:
        for ws in (claire, jonas, agent):
            await ws.subscribe("alerts", SUBSCRIBE)
        assert await claire.silence("alerts", 0.3) == []
        # when an agent publishes an alert for the place
        payload = await publish(api, alert_input(where))
        # then Claire receives it at once, and the service team; Jonas does not
        data = await claire.data("alerts")
        assert (await agent.data("alerts"))["crisisAlerts"] == data["crisisAlerts"]
        assert data["crisisAlerts"] == {
            "id": payload["alert"]["id"],
            "title": f"Storm over {where}",
            "body": "Flights are cancelled until Friday. Stay at your hotel; we rebook you.",
            "severity": "CRITICAL",
        }
        assert await jonas.silence("alerts", 0.5) == []


async def test_the_same_client_alert_id_publishes_once(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking at a place
    where = place()
    await booking_at(world, "CUSTOMER", where)
    variables = alert_input(where, clientAlertId=f"storm-{uuid4()}")
    # when the agent's tool sends the same alert twice
    first = await publish(api, variables)
    second = await publish(api, variables)
    # then it was published once: the same alert, one e-mail
    assert second["alert"] == first["alert"]
    assert len(await emails_of(first["alert"]["id"])) == 1
    assert await m.CrisisAlert.filter(client_alert_id=variables["clientAlertId"]).count() == 1


@pytest.mark.parametrize(
    "role",
    sorted(
        r.value
        for r in m.Role
        if r not in MUTATIONS["publishCrisisAlert"] and r is not m.Role.GUEST
    ),
)
async def test_publishing_is_refused_to_customers_providers_and_others(
    orm: None, world: DemoWorld, api: Api, role: str
) -> None:
    # given a booking at a place
    where = place()
    await booking_at(world, "CUSTOMER", where)
    # when someone outside the service team tries to publish for it
    payload = await publish(api, alert_input(where), role=role)
    # then it is refused and nothing was recorded
    assert payload["alert"] is None
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert not await m.CrisisAlert.exists(title=f"Storm over {where}")


async def test_travellers_acknowledge_and_agents_see_who_did(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an alert that reached Claire and Jonas
    where = place()
    await booking_at(world, "CUSTOMER", where)
    await booking_at(world, "CUSTOMER_OTHER", where)
    alert = (await publish(api, alert_input(where)))["alert"]
    # when Claire confirms she is safe (twice), and the VIP tries on an alert not theirs
    first = await api.query("CUSTOMER", ACKNOWLEDGE, {"input": {"alertId": alert["id"]}})
    again = await api.query("CUSTOMER", ACKNOWLEDGE, {"input": {"alertId": alert["id"]}})
    stranger = await api.query("CUSTOMER_VIP", ACKNOWLEDGE, {"input": {"alertId": alert["id"]}})
    # then her acknowledgement is kept (the first time), the stranger's refused
    acknowledged = first["data"]["acknowledgeCrisisAlert"]
    assert acknowledged["errors"] == []
    assert acknowledged["alert"]["acknowledgedAt"] is not None
    assert again["data"]["acknowledgeCrisisAlert"]["alert"] == acknowledged["alert"]
    assert [e["code"] for e in stranger["data"]["acknowledgeCrisisAlert"]["errors"]] == [
        "NOT_FOUND"
    ]
    # and the agent sees Claire safe and Jonas not yet
    seen = (await api.query("AGENT", WHO_ACKNOWLEDGED, {"id": alert["id"]}))["data"]["node"]
    assert seen["acknowledgedCount"] == 1
    claire_email = (await m.User.get(id=world.user_ids["CUSTOMER"])).email
    jonas_email = (await m.User.get(id=world.user_ids["CUSTOMER_OTHER"])).email
    assert [r["customer"]["email"] for r in seen["safe"]["nodes"]] == [claire_email]
    assert seen["waiting"]["nodes"] == [
        {"customer": {"email": jonas_email}, "acknowledgedAt": None}
    ]
    # and the agent finds the alert, newest first, among all alerts
    listed = (await api.query("AGENT", ALL_ALERTS))["data"]["crisisAlerts"]["nodes"]
    assert listed[0] == {
        "id": alert["id"],
        "title": alert["title"],
        "reachedCount": 2,
        "acknowledgedCount": 1,
    }
    # and Claire does not see who else was reached, nor the list of all alerts
    hers = await api.query("CUSTOMER", WHO_ACKNOWLEDGED, {"id": alert["id"]})
    assert {e["extensions"]["code"] for e in hers["errors"]} == {"FORBIDDEN"}
    everything = await api.query("CUSTOMER", ALL_ALERTS)
    assert everything["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize(
    "role",
    sorted(
        key
        for key in ("AGENT", "ADMIN", "ANALYST", "PROVIDER_STAFF", "INTEGRATION")
        if m.Role(key) not in MUTATIONS["acknowledgeCrisisAlert"]
    ),
)
async def test_acknowledging_is_refused_to_roles_other_than_travellers(
    orm: None, world: DemoWorld, api: Api, role: str
) -> None:
    # given an alert that reached Claire
    where = place()
    await booking_at(world, "CUSTOMER", where)
    alert = (await publish(api, alert_input(where)))["alert"]
    # when someone who is not a traveller tries to acknowledge it
    response = await api.query(role, ACKNOWLEDGE, {"input": {"alertId": alert["id"]}})
    # then it is refused and nobody acknowledged
    payload = response["data"]["acknowledgeCrisisAlert"]
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert not await m.CrisisAlertRecipient.filter(
        alert_id=int(GlobalID.from_id(alert["id"]).node_id), acknowledged_at__isnull=False
    ).exists()


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"filter": {}}, "EMPTY_FILTER", "filter"),
        ({"title": "  "}, "INVALID", "title"),
        (
            {
                "filter": {
                    "startsFrom": "2027-02-01T00:00:00Z",
                    "startsUntil": "2027-01-01T00:00:00Z",
                }
            },
            "INVALID",
            "filter.startsUntil",
        ),
        ({"filter": {"providerId": "bm9wZQ=="}}, "NOT_FOUND", "filter.providerId"),
    ],
)
async def test_bad_alerts_are_refused_with_a_code(
    api: Api, change: dict[str, Any], code: str, field: str
) -> None:
    # when an agent publishes an alert with a bad field
    payload = await publish(api, {**alert_input(place()), **change})
    # then it is refused on that field
    assert payload["alert"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [(code, field)]


@pytest.mark.parametrize("role", ["AGENT", "ADMIN", "PROVIDER_STAFF", "ANALYST"])
async def test_my_crisis_alerts_is_for_travellers_only(api: Api, role: str) -> None:
    # when someone who is not a traveller asks for their crisis alerts
    response = await api.query(role, MY_ALERTS)
    # then it is refused (the service team reads alerts by id or on bookings)
    assert response["errors"][0]["extensions"]["code"] == "FORBIDDEN"


ALERT_PAGE = """
query ($first: Int) { crisisAlerts(first: $first) { nodes { id acknowledgedCount } } }
"""

MY_ALERT_PAGE = """
query ($first: Int) { myCrisisAlerts(first: $first) { nodes { id acknowledgedAt } } }
"""


async def test_a_page_of_alerts_reads_acknowledgements_for_the_statements_of_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """acknowledgedCount (the service team) and acknowledgedAt (the traveller) are batched
    over a page of alerts, not read alert by alert."""
    # given three alerts that reached Claire, the newest of which she acknowledged
    alerts = []
    for _ in range(3):
        where = place()
        await booking_at(world, "CUSTOMER", where)
        alerts.append((await publish(api, alert_input(where)))["alert"]["id"])
    await api.query("CUSTOMER", ACKNOWLEDGE, {"input": {"alertId": alerts[-1]}})
    newest_first = alerts[::-1]
    costs: dict[tuple[str, int], int] = {}
    pages: dict[tuple[str, int], list[dict[str, Any]]] = {}
    # when the agent and Claire read a page of one alert, then of three
    for role, document, field in (
        ("AGENT", ALERT_PAGE, "crisisAlerts"),
        ("CUSTOMER", MY_ALERT_PAGE, "myCrisisAlerts"),
    ):
        for first in (1, 3):
            with count_statements() as counter:
                body = await api.query(role, document, {"first": first})
            costs[role, first] = len(counter.statements)
            pages[role, first] = body["data"][field]["nodes"]
    # then each sees the newest alerts with their acknowledgements
    counts = [(n["id"], n["acknowledgedCount"]) for n in pages["AGENT", 3]]
    assert counts == [(newest_first[0], 1), (newest_first[1], 0), (newest_first[2], 0)]
    mine = [(n["id"], n["acknowledgedAt"] is not None) for n in pages["CUSTOMER", 3]]
    assert mine == [(newest_first[0], True), (newest_first[1], False), (newest_first[2], False)]
    # and three alerts cost the statements of one
    assert costs["AGENT", 3] == costs["AGENT", 1]
    assert costs["CUSTOMER", 3] == costs["CUSTOMER", 1]


BOOKINGS_ALERTS = """
query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Booking { crisisAlerts { id } } } }
"""


async def test_bookings_read_their_alerts_newest_first_for_the_statements_of_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Booking.crisisAlerts is batched over the bookings of a response."""
    # given three bookings of Claire's: two alerts on the first, one on the second
    places = [place() for _ in range(3)]
    bookings = [await booking_at(world, "CUSTOMER", where) for where in places]
    older = (await publish(api, alert_input(places[0])))["alert"]["id"]
    second = (await publish(api, alert_input(places[1])))["alert"]["id"]
    newer = (await publish(api, alert_input(places[0])))["alert"]["id"]
    ids = [gid("Booking", booking.id) for booking in bookings]
    # when Claire reads the alerts of one booking, then of the three
    with count_statements() as one:
        await api.query("CUSTOMER", BOOKINGS_ALERTS, {"ids": ids[:1]})
    with count_statements() as three:
        body = await api.query("CUSTOMER", BOOKINGS_ALERTS, {"ids": ids})
    # then each booking has its own alerts, newest first
    alerts = [[a["id"] for a in node["crisisAlerts"]] for node in body["data"]["nodes"]]
    assert alerts == [[newer, older], [second], []]
    # and three bookings cost the statements of one
    assert len(three.statements) == len(one.statements)

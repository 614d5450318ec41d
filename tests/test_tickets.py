"""Tickets: the service team requests, issues and delivers them; the traveller is told live
and receives an e-ticket by e-mail with the document attached (issue 14)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from strawberry.relay import GlobalID

import models as m
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.test_attachments import download, pdf, uploaded
from tests.test_outbox import Inbox, run_worker, smtp, smtp_settings  # noqa: F401 - fixture
from tests.wsclient import WsClient

pytestmark = pytest.mark.usefixtures("quiet_outbox")

TICKET = "ticket { id status deliveryMode number document { id url } }"
REQUEST = f"""
mutation ($booking: ID!, $mode: DeliveryMode!) {{
  requestTicket(input: {{bookingId: $booking, deliveryMode: $mode}}) {{
    {TICKET} errors {{ code field }}
  }}
}}
"""
ISSUE = f"""
mutation ($input: IssueTicketInput!) {{
  issueTicket(input: $input) {{ {TICKET} errors {{ code field }} }}
}}
"""
DELIVER = f"""
mutation ($ticket: ID!) {{
  markTicketDelivered(input: {{ticketId: $ticket}}) {{ {TICKET} errors {{ code field }} }}
}}
"""
BOOKING_TICKETS = """
query ($reference: String!) {
  booking(reference: $reference) { tickets { status deliveryMode number document { id } } }
}
"""
MY_BOOKING_TICKETS = "{ bookings(first: 50) { nodes { reference tickets { number } } } }"
BOOKING_UPDATED = """
subscription ($bookingId: ID!) {
  bookingUpdated(bookingId: $bookingId) { booking { tickets { status number } } }
}
"""


def booking_id(booking: m.Booking) -> str:
    return str(GlobalID("Booking", str(booking.id)))


async def call(api: Api, role: str, document: str, variables: dict[str, Any]) -> dict[str, Any]:
    body = await api.query(role, document, variables)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


async def test_a_ticket_goes_from_requested_to_delivered_and_the_traveller_sees_it_live(
    api: Api, orm: None, world: DemoWorld
) -> None:
    # given Claire's confirmed booking, and Claire subscribed to it
    booking = await booking_for(world)
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as ws:
        await ws.subscribe("b", BOOKING_UPDATED, {"bookingId": booking_id(booking)})
        await asyncio.sleep(0.3)  # the subscription registers asynchronously
        # when an agent requests a postal ticket
        requested = await call(
            api, "AGENT", REQUEST, {"booking": booking_id(booking), "mode": "POSTAL"}
        )
        assert requested["errors"] == []
        ticket = requested["ticket"]
        assert ticket["status"] == "PENDING"
        # then Claire is told at once
        pushed = (await ws.data("b"))["bookingUpdated"]
        assert pushed["booking"]["tickets"] == [{"status": "PENDING", "number": None}]
        # when it is issued, then delivered
        issued = await call(
            api, "AGENT", ISSUE, {"input": {"ticketId": ticket["id"], "number": "RAIL-778"}}
        )
        assert issued["ticket"]["status"] == "ISSUED"
        pushed = (await ws.data("b"))["bookingUpdated"]
        assert pushed["booking"]["tickets"] == [{"status": "ISSUED", "number": "RAIL-778"}]
        delivered = await call(api, "AGENT", DELIVER, {"ticket": ticket["id"]})
        assert delivered["ticket"]["status"] == "DELIVERED"
        pushed = (await ws.data("b"))["bookingUpdated"]
        assert pushed["booking"]["tickets"] == [{"status": "DELIVERED", "number": "RAIL-778"}]
    # and going back or skipping a step is refused, nothing changed
    again = await call(
        api, "AGENT", ISSUE, {"input": {"ticketId": ticket["id"], "number": "RAIL-779"}}
    )
    assert [e["code"] for e in again["errors"]] == ["INVALID_TRANSITION"]
    pending = (
        await call(api, "AGENT", REQUEST, {"booking": booking_id(booking), "mode": "POSTAL"})
    )["ticket"]
    early = await call(api, "AGENT", DELIVER, {"ticket": pending["id"]})
    assert [e["code"] for e in early["errors"]] == ["INVALID_TRANSITION"]
    tickets = (await call(api, "CUSTOMER", BOOKING_TICKETS, {"reference": booking.reference}))[
        "tickets"
    ]
    assert [(t["status"], t["number"]) for t in tickets] == [
        ("DELIVERED", "RAIL-778"),
        ("PENDING", None),
    ]


async def test_an_e_ticket_is_emailed_with_its_document_attached(
    api: Api,
    orm: None,
    world: DemoWorld,
    smtp: tuple[Inbox, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    inbox, port = smtp
    booking = await booking_for(world)
    # given the ticket's PDF, uploaded by the agent
    document = await uploaded(api, "AGENT", pdf(), filename="eticket-057.pdf")
    variables = {"bookingId": booking_id(booking), "deliveryMode": "E_TICKET", "number": "057-1"}
    # when the agent issues the e-ticket without its document, it is refused
    missing = await call(api, "AGENT", ISSUE, {"input": variables})
    assert [(e["code"], e["field"]) for e in missing["errors"]] == [("REQUIRED", "documentId")]
    # and with it, it is issued
    issued = await call(api, "AGENT", ISSUE, {"input": {**variables, "documentId": document["id"]}})
    assert issued["errors"] == []
    # then the worker e-mails Claire (French) the e-ticket with the PDF attached
    files = {"attachments_dir": world.settings.attachments_dir}
    await run_worker(replace(smtp_settings(world, tmp_path, port), **files))
    [mail] = [msg for msg in inbox.messages if booking.reference in str(msg["Subject"])]
    assert str(mail["To"]) == "claire.martin@example.com"
    assert str(mail["Subject"]).startswith("Votre billet électronique")
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "eticket-057.pdf"
    assert attachment.get_content().startswith(b"%PDF-")
    # and Claire downloads it from her booking too
    url = issued["ticket"]["document"]["url"]
    assert (await download(api, url, "CUSTOMER"))[0] == 200
    assert (await download(api, url, "CUSTOMER_OTHER"))[0] == 404


async def test_the_provider_sees_how_tickets_travel_but_not_their_numbers(api: Api) -> None:
    # given the demo's issued e-ticket on Claire's booking at the Château
    customer = await call(
        api, "CUSTOMER", "{ bookings(first: 50) { nodes { reference tickets { number } } } }", {}
    )
    reference = next(
        b["reference"] for b in customer["nodes"] if any(t["number"] for t in b["tickets"] or [])
    )
    # when the provider and an analyst read the booking's tickets
    provider = await api.query("PROVIDER_STAFF", BOOKING_TICKETS, {"reference": reference})
    analyst = await api.query("ANALYST", BOOKING_TICKETS, {"reference": reference})
    # then the provider sees the mode and status, no number and no document, without errors
    issued = [t for t in provider["data"]["booking"]["tickets"] if t["status"] == "ISSUED"]
    assert issued == [
        {"status": "ISSUED", "deliveryMode": "E_TICKET", "number": None, "document": None}
    ]
    assert "errors" not in provider
    # and the analyst sees the number hidden and no document
    [seen] = [t for t in analyst["data"]["booking"]["tickets"] if t["status"] == "ISSUED"]
    assert (seen["number"], seen["document"]) == ("***", None)


@pytest.mark.parametrize("status", [m.BookingStatus.OPTION, m.BookingStatus.CANCELLED])
async def test_tickets_are_for_confirmed_bookings_only(
    api: Api, orm: None, world: DemoWorld, status: m.BookingStatus
) -> None:
    # given an option, or a cancelled booking
    booking = await booking_for(world, status=status)
    # when an agent requests a ticket for it, or issues one
    requested = await call(
        api, "AGENT", REQUEST, {"booking": booking_id(booking), "mode": "POSTAL"}
    )
    issued = await call(
        api,
        "AGENT",
        ISSUE,
        {
            "input": {
                "bookingId": booking_id(booking),
                "deliveryMode": "POSTAL",
                "number": "RAIL-1",
            }
        },
    )
    # then both are refused on the booking, and it has no ticket
    for payload in (requested, issued):
        assert payload["ticket"] is None
        assert [(e["code"], e["field"]) for e in payload["errors"]] == [
            ("INVALID_TRANSITION", "bookingId")
        ]
    assert not await m.Ticket.exists(booking_id=booking.id)


@pytest.mark.parametrize("role", ["CUSTOMER", "PROVIDER_STAFF", "TRAVEL_MANAGER", "ANALYST"])
async def test_only_the_service_team_handles_tickets(
    api: Api, orm: None, world: DemoWorld, role: str
) -> None:
    booking = await booking_for(world)
    payload = await call(api, role, REQUEST, {"booking": booking_id(booking), "mode": "POSTAL"})
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert not await m.Ticket.exists(booking_id=booking.id)
    # nor may they issue or deliver the ticket an agent requested
    ticket = (
        await call(api, "AGENT", REQUEST, {"booking": booking_id(booking), "mode": "POSTAL"})
    )["ticket"]
    issued = await call(api, role, ISSUE, {"input": {"ticketId": ticket["id"], "number": "X-1"}})
    delivered = await call(api, role, DELIVER, {"ticket": ticket["id"]})
    assert [e["code"] for e in issued["errors"]] == ["FORBIDDEN"]
    assert [e["code"] for e in delivered["errors"]] == ["FORBIDDEN"]
    kept = await m.Ticket.get(booking_id=booking.id)
    assert (kept.status, kept.number) == ("PENDING", None)

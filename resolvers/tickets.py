"""Tickets (issue 14): the service team requests, issues and delivers a booking's tickets;
the traveller is told live (``bookingUpdated``) and, for an e-ticket, by e-mail with the
ticket attached."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.transactions import in_transaction

from models import (
    TICKET_TRANSITIONS,
    Attachment,
    Booking,
    BookingStatus,
    DeliveryMode,
    Ticket,
    TicketStatus,
)
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.links import booking_link
from resolvers.outbox import enqueue_email
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_
from subscriptions.channels import booking_channel

TEMPLATE = "ticket_issued"
#: Longest ticket number (airline e-tickets have 13 digits; rail and event passes more).
MAX_NUMBER = 40


async def request_ticket(
    context: RequestContext, booking_id: int | None, mode: DeliveryMode
) -> Ticket:
    """A PENDING ticket for a booking, to be issued later."""
    principal = context.require_principal()
    allowed(principal, "requestTicket")
    booking = await _booking(principal, booking_id)
    ticket = await Ticket.create(booking_id=booking.id, delivery_mode=mode)
    await _announce(context, ticket)
    return ticket


async def issue_ticket(context: RequestContext, values: dict[str, Any]) -> Ticket:
    """Issue a PENDING ticket (``ticketId``), or a new one for ``bookingId``, with its number
    and document; an e-ticket needs its document and is e-mailed to the traveller."""
    principal = context.require_principal()
    allowed(principal, "issueTicket")
    number = str(values.get("number") or "").strip()
    if not number or len(number) > MAX_NUMBER:
        raise Refused(
            "INVALID_VALUE",
            N_("A ticket number has 1 to {most} characters."),
            "number",
            most=MAX_NUMBER,
        )
    document = await _document(principal, values.get("documentId"))
    async with in_transaction():
        if values.get("ticketId") is not None:
            ticket = await _ticket_for_update(principal, values["ticketId"])
            _check_transition(ticket, TicketStatus.ISSUED)
        else:
            booking = await _booking(principal, values.get("bookingId"))
            mode = values.get("deliveryMode")
            if mode is None:
                raise Refused(
                    "REQUIRED", N_("`{name}` is required."), "deliveryMode", name="deliveryMode"
                )
            ticket = Ticket(booking_id=booking.id, delivery_mode=mode)
        if ticket.delivery_mode is DeliveryMode.E_TICKET and document is None:
            raise Refused(
                "REQUIRED", N_("An e-ticket needs its document (a PDF upload)."), "documentId"
            )
        ticket.status = TicketStatus.ISSUED
        ticket.number = number
        ticket.document_id = document.id if document else None
        ticket.issued_at = datetime.now(UTC)
        await ticket.save()
        if ticket.delivery_mode is DeliveryMode.E_TICKET:
            booking = await Booking.get(id=ticket.booking_id)
            await enqueue_email(
                TEMPLATE,
                booking.customer_id,
                {
                    "booking_reference": booking.reference,
                    "ticket_id": ticket.id,
                    "link": booking_link(context.settings.customer_portal_url, booking.id),
                },
                dedup_key=f"ticket-issued:{ticket.id}",
            )
    await _announce(context, ticket)
    return ticket


async def mark_ticket_delivered(context: RequestContext, ticket_id: int | None) -> Ticket:
    """An ISSUED ticket has reached the traveller."""
    principal = context.require_principal()
    allowed(principal, "markTicketDelivered")
    async with in_transaction():
        ticket = await _ticket_for_update(principal, ticket_id)
        _check_transition(ticket, TicketStatus.DELIVERED)
        ticket.status = TicketStatus.DELIVERED
        ticket.delivered_at = datetime.now(UTC)
        await ticket.save()
    await _announce(context, ticket)
    return ticket


async def ticket_attachment(ticket_id: int, recipient_id: int) -> Attachment | None:
    """The document of an e-ticket of ``recipient_id``'s booking (for the e-mail), if any."""
    ticket = await Ticket.get_or_none(
        id=ticket_id, booking__customer_id=recipient_id, document_id__not_isnull=True
    )
    return await Attachment.get_or_none(id=ticket.document_id) if ticket else None


async def _booking(principal: Principal, booking_id: int | None) -> Booking:
    booking = await scoped(Booking, principal).get_or_none(id=booking_id or 0)
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    if booking.status in (BookingStatus.CANCELLED, BookingStatus.OPTION):
        raise Refused(
            "INVALID_TRANSITION",
            N_("Tickets are for confirmed bookings; this one is {status}."),
            "bookingId",
            status=str(booking.status),
        )
    return booking


async def _ticket_for_update(principal: Principal, ticket_id: int | None) -> Ticket:
    ticket = await scoped(Ticket, principal).select_for_update().get_or_none(id=ticket_id or 0)
    if ticket is None:
        raise Refused("NOT_FOUND", N_("No such ticket."), "ticketId")
    return ticket


def _check_transition(ticket: Ticket, target: TicketStatus) -> None:
    if target not in TICKET_TRANSITIONS[ticket.status]:
        raise Refused(
            "INVALID_TRANSITION",
            N_("A {current} ticket cannot become {target}."),
            "ticketId",
            current=str(ticket.status),
            target=str(target),
        )


async def _document(principal: Principal, attachment_id: int | None) -> Attachment | None:
    """The caller's own upload, not sent with a message: the ticket's document."""
    if attachment_id is None:
        return None
    document = await Attachment.get_or_none(
        id=attachment_id, uploader_id=principal.user_id, message_id=None
    )
    if document is None:
        raise Refused("NOT_FOUND", N_("Upload the document first, then name it."), "documentId")
    return document


async def _announce(context: RequestContext, ticket: Ticket) -> None:
    """Wake ``bookingUpdated`` subscribers after the change committed."""
    await context.hub.publish(
        booking_channel(ticket.booking_id), {"type": "tickets", "booking": ticket.booking_id}
    )

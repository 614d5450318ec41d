"""GraphQL types for a booking's tickets and the service team's ticket mutations (issue 14)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from resolvers import tickets as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, described_enum
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import node_pk

if TYPE_CHECKING:
    from schema.bookings import BookingType
    from schema.threads import AttachmentType

Info = strawberry.Info[RequestContext]
BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
AttachmentRef = Annotated["AttachmentType", strawberry.lazy("schema.threads")]

DeliveryMode = described_enum(
    m.DeliveryMode,
    {
        "E_TICKET": "Sent by e-mail as a document.",
        "POSTAL": "Sent by post.",
        "AGENCY_PICKUP": "Collected at the agency.",
        "AIRPORT_DESK": "Collected at the airport desk.",
    },
)
TicketStatus = described_enum(
    m.TicketStatus,
    {
        "PENDING": "Requested, not issued yet.",
        "ISSUED": "Issued: it has its number (and document).",
        "DELIVERED": "The traveller has it.",
    },
)


@governed(m.Ticket)
@strawberry.type(
    name="Ticket", description="A ticket of a booking and how it reaches the traveller."
)
class TicketType(relay.Node):
    id: relay.NodeID[int]
    delivery_mode: DeliveryMode | None
    status: TicketStatus | None
    number: str | None = strawberry.field(description="The ticket number, once issued.")
    issued_at: datetime | None
    delivered_at: datetime | None

    @strawberry.field
    async def booking(self, root: strawberry.Parent[m.Ticket], info: Info) -> BookingRef | None:
        return await info.context.loaders.load(m.Booking, root.booking_id)

    @strawberry.field(description="The ticket itself (an e-ticket's PDF), once issued.")
    async def document(self, root: strawberry.Parent[m.Ticket], info: Info) -> AttachmentRef | None:
        return await info.context.loaders.load(m.Attachment, root.document_id)


@strawberry.input
class RequestTicketInput:
    booking_id: strawberry.ID = strawberry.field(description="A confirmed booking.")
    delivery_mode: DeliveryMode


@strawberry.input(description="Issue a requested ticket (`ticketId`) or a new one (`bookingId`).")
class IssueTicketInput:
    ticket_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="A PENDING ticket."
    )
    booking_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Without `ticketId`: the booking of a new ticket."
    )
    delivery_mode: DeliveryMode | None = strawberry.field(
        default=strawberry.UNSET, description="Without `ticketId`: how it reaches the traveller."
    )
    number: str = strawberry.field(description="The ticket number.")
    document_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Your upload holding the ticket; required for an E_TICKET.",
    )


@strawberry.input
class TicketIdInput:
    ticket_id: strawberry.ID = strawberry.field(description="An ISSUED ticket.")


@strawberry.type
class TicketPayload:
    ticket: TicketType | None
    errors: list[UserError]


_IDS = {"ticketId": "Ticket", "bookingId": "Booking", "documentId": "Attachment"}


@strawberry.type
class TicketMutation:
    @mutation("requestTicket", "Ask for a booking's ticket; it is PENDING until issued.")
    async def request_ticket(
        self, info: Info, input: Annotated[RequestTicketInput, INPUT]
    ) -> TicketPayload:
        call = use.request_ticket(
            info.context, node_pk(input.booking_id, "Booking"), input.delivery_mode
        )
        ticket, errors = await outcome(call)
        return TicketPayload(ticket=ticket, errors=errors)  # type: ignore[arg-type]

    @mutation("issueTicket", "Issue a ticket; an e-ticket is e-mailed to the traveller.")
    async def issue_ticket(
        self, info: Info, input: Annotated[IssueTicketInput, INPUT]
    ) -> TicketPayload:
        ticket, errors = await outcome(use.issue_ticket(info.context, given(input, _IDS)))
        return TicketPayload(ticket=ticket, errors=errors)  # type: ignore[arg-type]

    @mutation("markTicketDelivered", "Record that the traveller has an issued ticket.")
    async def mark_ticket_delivered(
        self, info: Info, input: Annotated[TicketIdInput, INPUT]
    ) -> TicketPayload:
        call = use.mark_ticket_delivered(info.context, node_pk(input.ticket_id, "Ticket"))
        ticket, errors = await outcome(call)
        return TicketPayload(ticket=ticket, errors=errors)  # type: ignore[arg-type]

"""GraphQL mutations for a booking's status and offer comments, and an invoice's status."""

from __future__ import annotations

from typing import Annotated

import strawberry

from resolvers import booking_status as use
from resolvers.context import RequestContext
from schema.bookings import BookingStatus, BookingType
from schema.descriptions import INPUT
from schema.invoices import InvoiceStatus, InvoiceType
from schema.payloads import UserError, mutation, outcome
from schema.relay import node_pk

Info = strawberry.Info[RequestContext]


@strawberry.input
class SetBookingStatusInput:
    booking_id: strawberry.ID
    status: BookingStatus = strawberry.field(
        description="OPTION → CONFIRMED or CANCELLED; CONFIRMED → COMPLETED or CANCELLED."
    )


@strawberry.input
class UpdateOfferCommentsInput:
    booking_id: strawberry.ID
    offer_comments: str = strawberry.field(description="Replaces the comments (plain text).")


@strawberry.input
class SetInvoiceStatusInput:
    invoice_id: strawberry.ID
    status: InvoiceStatus = strawberry.field(
        description="DRAFT → ISSUED → PAID or OVERDUE; OVERDUE → PAID; ISSUED, OVERDUE and "
        "PAID → CREDITED."
    )


@strawberry.type
class BookingPayload:
    booking: BookingType | None
    errors: list[UserError]


@strawberry.type
class InvoicePayload:
    invoice: InvoiceType | None
    errors: list[UserError]


@strawberry.type
class BookingStatusMutation:
    @mutation(
        "setBookingStatus",
        "Move a booking along a legal transition. Confirming asks the service's questions "
        "and sends the confirmation e-mail; cancelling closes its open threads.",
    )
    async def set_booking_status(
        self, info: Info, input: Annotated[SetBookingStatusInput, INPUT]
    ) -> BookingPayload:
        pk = node_pk(input.booking_id, "Booking")
        booking, errors = await outcome(use.set_booking_status(info.context, pk, input.status))
        return BookingPayload(booking=booking, errors=errors)

    @mutation("updateOfferComments", "Write the comments of an OPTION booking.")
    async def update_offer_comments(
        self, info: Info, input: Annotated[UpdateOfferCommentsInput, INPUT]
    ) -> BookingPayload:
        pk = node_pk(input.booking_id, "Booking")
        call = use.update_offer_comments(info.context, pk, input.offer_comments)
        booking, errors = await outcome(call)
        return BookingPayload(booking=booking, errors=errors)

    @mutation("setInvoiceStatus", "Move an invoice along a legal transition.")
    async def set_invoice_status(
        self, info: Info, input: Annotated[SetInvoiceStatusInput, INPUT]
    ) -> InvoicePayload:
        pk = node_pk(input.invoice_id, "Invoice")
        invoice, errors = await outcome(use.set_invoice_status(info.context, pk, input.status))
        return InvoicePayload(invoice=invoice, errors=errors)

"""GraphQL inputs and payload of ``upsertBookings``: the booking system feeds bookings.

Dates, times and amounts are strings, checked per record and per field (a bad one
refuses that record only, with a code), rather than scalars whose parse error would
refuse the whole batch.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Annotated

import strawberry

from resolvers import ingest as use
from resolvers.context import RequestContext
from schema.bookings import BookingStatus
from schema.descriptions import INPUT
from schema.invoices import InvoiceStatus
from schema.payloads import UserError, mutation, outcome, user_errors

if TYPE_CHECKING:
    from schema.bookings import BookingType

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
Info = strawberry.Info[RequestContext]

_MOMENT = "ISO 8601 date and time with its UTC offset, e.g. `2026-05-04T09:00:00+02:00`."
_AMOUNT = 'A decimal amount as a string, at most two decimals, e.g. `"120.50"`.'


@strawberry.input(description="The customer of an ingested booking; found by e-mail or created.")
class IngestCustomerInput:
    email: str
    name: str = strawberry.field(description="Used when the customer is created.")
    language: str = strawberry.field(default="en", description="`en`, `fr` or `de`.")
    phone: str | None = None


@strawberry.input(description="A person taking part in the booking.")
class IngestParticipantInput:
    name: str


@strawberry.input(description="A booking field value, by the field's key.")
class IngestFieldValueInput:
    key: str = strawberry.field(description="The key of one of the service's booking fields.")
    value: str
    participant: int | None = strawberry.field(
        default=None,
        description="For per-participant fields: the index in `participants` (0 = first).",
    )


@strawberry.input(description="One line of an ingested invoice.")
class IngestInvoiceLineInput:
    description: str
    quantity: str = strawberry.field(default="1", description=_AMOUNT)
    unit_price: str = strawberry.field(description=_AMOUNT)
    vat_rate: str = strawberry.field(default="0", description="VAT rate in per cent.")
    amount: str = strawberry.field(description=_AMOUNT)


@strawberry.input(description="A payment received against an ingested invoice.")
class IngestPaymentInput:
    amount: str = strawberry.field(description=_AMOUNT)
    paid_at: str = strawberry.field(description=_MOMENT)
    method: str = "BANK_TRANSFER"
    reference: str = ""


@strawberry.input(description="An invoice of the booking, by its number (unique).")
class IngestInvoiceInput:
    number: str
    status: InvoiceStatus
    issued_at: str | None = strawberry.field(default=None, description=_MOMENT)
    due_date: str | None = strawberry.field(default=None, description="e.g. `2026-06-01`.")
    currency: str | None = strawberry.field(default=None, description="Default: the booking's.")
    total_amount: str = strawberry.field(description=_AMOUNT)
    provider_payout: str | None = strawberry.field(default=None, description=_AMOUNT)
    lines: list[IngestInvoiceLineInput] = strawberry.field(
        default_factory=list, description="Every line; they replace the stored ones."
    )
    payments: list[IngestPaymentInput] = strawberry.field(
        default_factory=list, description="Every payment; they replace the stored ones."
    )


@strawberry.input(description="One booking as the booking system knows it.")
class IngestBookingInput:
    external_reference: str = strawberry.field(
        description="The booking system's reference; the same one updates the same booking."
    )
    status: BookingStatus = strawberry.field(
        description="OPTION → CONFIRMED or CANCELLED, CONFIRMED → COMPLETED or CANCELLED."
    )
    provider_id: strawberry.ID
    service_id: strawberry.ID = strawberry.field(description="A service of the provider.")
    customer: IngestCustomerInput
    client_company_id: strawberry.ID | None = None
    starts_at: str = strawberry.field(description=_MOMENT)
    ends_at: str = strawberry.field(description=_MOMENT)
    time_zone: str = strawberry.field(description="The venue's IANA time zone.")
    destination: str | None = None
    participants: list[IngestParticipantInput] = strawberry.field(default_factory=list)
    total_price: str = strawberry.field(description=_AMOUNT)
    commission: str | None = strawberry.field(default=None, description=_AMOUNT)
    currency: str | None = strawberry.field(default=None, description="ISO 4217; default EUR.")
    free_cancellation_until: str | None = strawberry.field(default=None, description=_MOMENT)
    field_values: list[IngestFieldValueInput] = strawberry.field(
        default_factory=list, description="Values to set; fields not named are left as they are."
    )
    invoices: list[IngestInvoiceInput] = strawberry.field(default_factory=list)


@strawberry.input
class UpsertBookingsInput:
    bookings: list[IngestBookingInput] = strawberry.field(
        description=f"At most {use.MAX_RECORDS} records; each is written or refused on its own."
    )


@strawberry.type(description="What happened to one record.")
class UpsertBookingResult:
    index: int = strawberry.field(description="The record's position in `bookings` (from 0).")
    booking: BookingRef | None = strawberry.field(description="Null when the record was refused.")
    created: bool
    changed: bool = strawberry.field(description="Whether anything was written (also on create).")
    errors: list[UserError] = strawberry.field(
        description="Why the record was refused, per field (`field` is its path in the record)."
    )


@strawberry.type
class UpsertBookingsPayload:
    results: list[UpsertBookingResult]
    errors: list[UserError] = strawberry.field(description="Why the whole call was refused.")


@strawberry.type
class IngestMutation:
    @mutation(
        "upsertBookings",
        "Create or update bookings (with their customers and invoices) by external reference.",
    )
    async def upsert_bookings(
        self, info: Info, input: Annotated[UpsertBookingsInput, INPUT]
    ) -> UpsertBookingsPayload:
        records = [dataclasses.asdict(record) for record in input.bookings]
        done, errors = await outcome(use.upsert_bookings(info.context, records))
        results = [
            UpsertBookingResult(
                index=r.index,
                booking=r.booking,
                created=r.created,
                changed=r.changed,
                errors=user_errors(r.errors),
            )
            for r in done or []
        ]
        return UpsertBookingsPayload(results=results, errors=errors)

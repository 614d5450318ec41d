"""GraphQL types and queries for invoices, their lines and payments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import invoices as use
from resolvers.analytic_codes import effective_codes
from resolvers.context import RequestContext
from schema.descriptions import After, First, described_enum
from schema.policy import governed
from schema.relay import Connection, decode_id

if TYPE_CHECKING:
    from schema.bookings import BookingType
    from schema.claims import ClaimType
    from schema.threads import ThreadType

InvoiceStatus = described_enum(
    m.InvoiceStatus,
    {
        "DRAFT": "Being prepared; not sent yet.",
        "ISSUED": "Sent to the customer, not paid yet.",
        "PAID": "Paid in full.",
        "OVERDUE": "Not paid by its due date.",
        "CREDITED": "Cancelled by a credit note.",
    },
)
InvoiceOrder = described_enum(
    use.InvoiceOrder,
    {
        "DUE_DATE_ASC": "Earliest due date first.",
        "DUE_DATE_DESC": "Latest due date first.",
        "CREATED_AT_DESC": "Most recently created first.",
        "NUMBER_ASC": "By invoice number, ascending.",
    },
)

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
ThreadRef = Annotated["ThreadType", strawberry.lazy("schema.threads")]
ClaimRef = Annotated["ClaimType", strawberry.lazy("schema.claims")]

Root = strawberry.Parent[m.Invoice]
Info = strawberry.Info[RequestContext]


@governed(m.InvoiceLine)
@strawberry.type(name="InvoiceLine", description="One line of an invoice.")
class InvoiceLineType(relay.Node):
    id: relay.NodeID[int]
    position: int | None
    description: str | None
    quantity: Decimal | None
    unit_price: Decimal | None
    vat_rate: Decimal | None = strawberry.field(description="VAT rate in percent.")
    amount: Decimal | None


@governed(m.Payment)
@strawberry.type(name="Payment", description="Money received against an invoice.")
class PaymentType(relay.Node):
    id: relay.NodeID[int]
    amount: Decimal | None
    paid_at: datetime | None
    method: str | None
    reference: str | None


@governed(m.CreditNote)
@strawberry.type(
    name="CreditNote",
    description="Money given back on an invoice, from a refunded claim or by the service team.",
)
class CreditNoteType(relay.Node):
    id: relay.NodeID[int]
    number: str | None = strawberry.field(description="Its own sequence: CN-000001, CN-000002…")
    amount: Decimal | None
    currency: str | None
    reason: str | None
    created_at: datetime | None

    @strawberry.field
    async def invoice(
        self, root: strawberry.Parent[m.CreditNote], info: Info
    ) -> InvoiceType | None:
        return await info.context.loaders.load(m.Invoice, root.invoice_id)

    @strawberry.field(description="The refunded claim it comes from, if any and visible.")
    async def claim(self, root: strawberry.Parent[m.CreditNote], info: Info) -> ClaimRef | None:
        return await info.context.loaders.load(m.Claim, root.claim_id)


@governed(m.Invoice)
@strawberry.type(name="Invoice", description="An invoice for a booking.")
class InvoiceType(relay.Node):
    id: relay.NodeID[int]
    number: str | None
    status: InvoiceStatus | None
    issued_at: datetime | None
    due_date: date | None
    currency: str | None
    total_amount: Decimal | None
    provider_payout: Decimal | None
    created_at: datetime | None

    @strawberry.field(description="Its own analytic codes, or its booking's when it has none.")
    async def analytic_codes(self, root: Root, info: Info) -> JSON | None:
        booking = await info.context.loaders.load(m.Booking, root.booking_id)
        return effective_codes(root.analytic_codes, booking.analytic_codes if booking else {})

    @strawberry.field
    async def booking(self, root: Root, info: Info) -> BookingRef | None:
        return await info.context.loaders.load(m.Booking, root.booking_id)

    @strawberry.field
    async def lines(self, root: Root, info: Info) -> list[InvoiceLineType] | None:
        return await info.context.loaders.children(m.InvoiceLine, "invoice_id", root.id)

    @strawberry.field
    async def payments(self, root: Root, info: Info) -> list[PaymentType] | None:
        return await info.context.loaders.children(m.Payment, "invoice_id", root.id)

    @strawberry.field(description="Its credit notes, oldest first.")
    async def credit_notes(self, root: Root, info: Info) -> list[CreditNoteType] | None:
        return await info.context.loaders.children(m.CreditNote, "invoice_id", root.id)

    @strawberry.field(description="Threads on this invoice the caller takes part in.")
    async def threads(self, root: Root, info: Info) -> list[ThreadRef] | None:
        return await info.context.loaders.children(m.Thread, "invoice_id", root.id)


@strawberry.input(description="Filters on invoices; all given filters must match.")
class InvoiceFilter:
    status: list[InvoiceStatus] | None = None
    due_from: date | None = strawberry.field(default=None, description="Due on or after.")
    due_until: date | None = strawberry.field(default=None, description="Due on or before.")
    provider_id: strawberry.ID | None = None
    client_company_id: strawberry.ID | None = None
    search: str | None = strawberry.field(
        default=None, description="Part of the number or, where readable, the customer's name."
    )

    def to_query(self) -> use.InvoiceQuery:
        """The use-case filter behind this input."""
        return use.InvoiceQuery(
            statuses=tuple(self.status) if self.status else None,
            due_from=self.due_from,
            due_until=self.due_until,
            provider_id=decode_id(self.provider_id, "Organisation", "filter.providerId"),
            client_company_id=decode_id(
                self.client_company_id, "Organisation", "filter.clientCompanyId"
            ),
            search=self.search,
        )


@strawberry.type
class InvoiceQuery:
    @strawberry.field(description="The invoices the caller may see.")
    async def invoices(
        self,
        info: Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            InvoiceFilter | None,
            strawberry.argument(description="Only invoices matching every given filter."),
        ] = None,
        order_by: Annotated[
            InvoiceOrder, strawberry.argument(description="The order of the invoices.")
        ] = use.InvoiceOrder.CREATED_AT_DESC,
    ) -> Connection[InvoiceType]:
        query = filter.to_query() if filter else use.InvoiceQuery()
        page = await use.list_invoices(info.context, first, after, query, order_by)
        return Connection[InvoiceType].from_page(page)

"""GraphQL mutations for analytic codes: company definitions, booking and invoice values."""

from __future__ import annotations

from typing import Annotated

import strawberry

import models as m
from resolvers import analytic_codes as use
from resolvers.context import RequestContext
from schema.bookings import BookingType
from schema.descriptions import INPUT
from schema.inputs import given
from schema.invoices import InvoiceType
from schema.organisations import AnalyticCodeDefinitionInput, OrganisationType
from schema.payloads import UserError, mutation, outcome
from schema.relay import node_pk

Info = strawberry.Info[RequestContext]


@strawberry.input
class UpdateAnalyticCodeDefinitionsInput:
    company_id: strawberry.ID = strawberry.field(description="A client company.")
    definitions: list[AnalyticCodeDefinitionInput] = strawberry.field(
        description="Exactly three FREE and two CHOICE codes; replaces the company's codes."
    )


@strawberry.input(description="The value of one analytic code; blank removes it.")
class AnalyticCodeInput:
    key: str
    value: str


@strawberry.input(description="A booking or an invoice (exactly one) and all its codes.")
class SetAnalyticCodesInput:
    booking_id: strawberry.ID | None = None
    invoice_id: strawberry.ID | None = None
    codes: list[AnalyticCodeInput] = strawberry.field(
        description="Replaces the codes; required codes must be among them."
    )


@strawberry.type
class AnalyticCodeDefinitionsPayload:
    company: OrganisationType | None
    errors: list[UserError]


@strawberry.type
class SetAnalyticCodesPayload:
    booking: BookingType | None
    invoice: InvoiceType | None
    errors: list[UserError]


@strawberry.type
class AnalyticCodeMutation:
    @mutation(
        "updateAnalyticCodeDefinitions",
        "Define a client company's analytic codes (travel managers: their own company).",
    )
    async def update_analytic_code_definitions(
        self, info: Info, input: Annotated[UpdateAnalyticCodeDefinitionsInput, INPUT]
    ) -> AnalyticCodeDefinitionsPayload:
        values = given(input)
        pk = node_pk(values["companyId"], "Organisation")
        call = use.update_definitions(info.context, pk, values["definitions"])
        company, errors = await outcome(call)
        return AnalyticCodeDefinitionsPayload(company=company, errors=errors)

    @mutation(
        "setAnalyticCodes",
        "Set the analytic codes of a booking or an invoice; every value is checked and all "
        "errors come back together, nothing saved. An invoice without codes inherits its "
        "booking's.",
    )
    async def set_analytic_codes(
        self, info: Info, input: Annotated[SetAnalyticCodesInput, INPUT]
    ) -> SetAnalyticCodesPayload:
        values = given(input)
        # A malformed id is 0: no such row.
        booking_pk = node_pk(input.booking_id, "Booking") or 0 if input.booking_id else None
        invoice_pk = node_pk(input.invoice_id, "Invoice") or 0 if input.invoice_id else None
        call = use.set_codes(info.context, booking_pk, invoice_pk, values["codes"])
        target, errors = await outcome(call)
        return SetAnalyticCodesPayload(
            booking=target if isinstance(target, m.Booking) else None,
            invoice=target if isinstance(target, m.Invoice) else None,
            errors=errors,
        )

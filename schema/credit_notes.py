"""The ``createCreditNote`` mutation (credit notes from refunds come with ``refundClaim``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

import strawberry

from resolvers import credit_notes as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT
from schema.invoices import CreditNoteType
from schema.payloads import UserError, mutation, outcome
from schema.relay import node_pk

Info = strawberry.Info[RequestContext]


@strawberry.input
class CreateCreditNoteInput:
    invoice_id: strawberry.ID
    amount: Decimal = strawberry.field(description="Positive, at most the invoice's total.")
    reason: str = strawberry.field(description="Why the money is given back.")


@strawberry.type
class CreditNotePayload:
    credit_note: CreditNoteType | None
    errors: list[UserError]


@strawberry.type
class CreditNoteMutation:
    @mutation(
        "createCreditNote",
        "Credit an ISSUED, PAID or OVERDUE invoice, which becomes CREDITED.",
    )
    async def create_credit_note(
        self, info: Info, input: Annotated[CreateCreditNoteInput, INPUT]
    ) -> CreditNotePayload:
        pk = node_pk(input.invoice_id, "Invoice")
        call = use.create_credit_note(info.context, pk, input.amount, input.reason)
        note, errors = await outcome(call)
        return CreditNotePayload(credit_note=note, errors=errors)

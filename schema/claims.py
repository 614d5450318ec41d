"""GraphQL types, queries, mutations and the subscription of claims and refunds."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from models.policy import describe_query
from resolvers import claim_lists as read
from resolvers import claims as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, After, First, described_enum
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, decode_id, node_pk
from subscriptions.claim_streams import claim_stream

if TYPE_CHECKING:
    from schema.bookings import BookingType
    from schema.invoices import CreditNoteType, InvoiceType
    from schema.threads import ThreadType

ClaimStatus = described_enum(
    m.ClaimStatus,
    {
        "SUBMITTED": "Sent by the client; waiting for the service team.",
        "UNDER_REVIEW": "The service team is reviewing it.",
        "SUPPLIER_REVIEW": "The supplier is asked to decide.",
        "SUPPLIER_APPROVED": "The supplier approved an amount.",
        "SUPPLIER_REFUSED": "The supplier refused, with a reason.",
        "OUTCOME_PROPOSED": "The service team proposed the outcome to the client.",
        "ACCEPTED": "The client accepted the outcome.",
        "CONTESTED": "The client contested the outcome; back to the service team.",
        "REFUNDED": "Refunded by a credit note.",
        "CLOSED": "Closed without a refund.",
    },
)

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
InvoiceRef = Annotated["InvoiceType", strawberry.lazy("schema.invoices")]
CreditNoteRef = Annotated["CreditNoteType", strawberry.lazy("schema.invoices")]
ThreadRef = Annotated["ThreadType", strawberry.lazy("schema.threads")]

Info = strawberry.Info[RequestContext]
Root = strawberry.Parent[m.Claim]


@governed(m.ClaimEvent)
@strawberry.type(name="ClaimEvent", description="One step of a claim: who, when, from, to, why.")
class ClaimEventType(relay.Node):
    id: relay.NodeID[int]
    from_status: ClaimStatus | None = strawberry.field(description="Null for the submission.")
    to_status: ClaimStatus | None
    actor_role: str | None = strawberry.field(description="The role of whoever took the step.")
    note: str | None
    created_at: datetime | None

    @strawberry.field(description="Who took the step.")
    async def actor_name(self, root: strawberry.Parent[m.ClaimEvent], info: Info) -> str | None:
        actor = await info.context.loaders.joined(root, "actor", m.User)
        return actor.name if actor else None


@governed(m.Claim)
@strawberry.type(name="Claim", description="A client's request for a refund, and its workflow.")
class ClaimType(relay.Node):
    id: relay.NodeID[int]
    number: str | None
    status: ClaimStatus | None
    reason: str | None
    description: str | None
    currency: str | None
    amount_requested: Decimal | None
    approved_amount: Decimal | None = strawberry.field(description="What the supplier approved.")
    supplier_reason: str | None = strawberry.field(description="The supplier's reason.")
    proposed_amount: Decimal | None = strawberry.field(
        description="What was proposed to the client."
    )
    client_claim_id: str | None
    created_at: datetime | None
    updated_at: datetime | None

    @strawberry.field
    async def booking(self, root: Root, info: Info) -> BookingRef | None:
        return await info.context.loaders.load(m.Booking, root.booking_id)

    @strawberry.field
    async def invoice(self, root: Root, info: Info) -> InvoiceRef | None:
        return await info.context.loaders.load(m.Invoice, root.invoice_id)

    @strawberry.field(description="The client side's and the service team's discussion.")
    async def thread(self, root: Root, info: Info) -> ThreadRef | None:
        return await info.context.loaders.load(m.Thread, root.thread_id)

    @strawberry.field(description="The supplier's discussion with the service team.")
    async def supplier_thread(self, root: Root, info: Info) -> ThreadRef | None:
        return await info.context.loaders.load(m.Thread, root.supplier_thread_id)

    @strawberry.field(description="Every step, oldest first.")
    async def history(self, root: Root, info: Info) -> list[ClaimEventType] | None:
        return await info.context.loaders.children(m.ClaimEvent, "claim_id", root.id)

    @strawberry.field(description="The credit note of its refund.")
    async def credit_notes(self, root: Root, info: Info) -> list[CreditNoteRef] | None:
        return await info.context.loaders.children(m.CreditNote, "claim_id", root.id)


@strawberry.input(description="Filters on claims; all given filters must match.")
class ClaimFilter:
    status: list[ClaimStatus] | None = None
    booking_id: strawberry.ID | None = None
    invoice_id: strawberry.ID | None = None

    def to_query(self) -> read.ClaimQuery:
        """The use-case filter behind this input."""
        return read.ClaimQuery(
            statuses=tuple(self.status) if self.status else None,
            booking_id=decode_id(self.booking_id, "Booking", "filter.bookingId"),
            invoice_id=decode_id(self.invoice_id, "Invoice", "filter.invoiceId"),
        )


@strawberry.type
class ClaimQuery:
    @strawberry.field(description="The claims the caller may see, newest first.")
    async def claims(
        self,
        info: Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            ClaimFilter | None,
            strawberry.argument(description="Only claims matching every given filter."),
        ] = None,
    ) -> Connection[ClaimType]:
        query = filter.to_query() if filter else read.ClaimQuery()
        page = await read.list_claims(info.context, first, after, query)
        return Connection[ClaimType].from_page(page)


@strawberry.input
class SubmitClaimInput:
    booking_id: strawberry.ID | None = strawberry.field(
        default=None, description="The booking claimed on (or give `invoiceId`)."
    )
    invoice_id: strawberry.ID | None = strawberry.field(
        default=None, description="The invoice claimed on (or give `bookingId`)."
    )
    reason: str = strawberry.field(description="A short summary (at most 200 characters).")
    amount_requested: Decimal = strawberry.field(
        description="Positive, at most the invoice's (or booking's) total."
    )
    description: str = strawberry.field(
        default="", description="The details, for the service team (never shown to the supplier)."
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Your uploads (`uploadAttachment`) to join."
    )
    client_claim_id: str | None = strawberry.field(
        default=None, description="Your own id: a retry with it returns the same claim."
    )


@strawberry.input
class ClaimStepInput:
    claim_id: strawberry.ID
    note: str = strawberry.field(default="", description="Why; kept in the claim's history.")


@strawberry.input
class DecideClaimInput:
    claim_id: strawberry.ID
    approve: bool
    amount: Decimal | None = strawberry.field(
        default=None, description="Required to approve: at most the amount requested."
    )
    reason: str = strawberry.field(default="", description="Required to refuse.")


@strawberry.input
class ProposeClaimOutcomeInput:
    claim_id: strawberry.ID
    amount: Decimal | None = strawberry.field(
        default=None, description="The refund proposed; default: what the supplier approved."
    )
    note: str = ""


@strawberry.input
class RespondToClaimOutcomeInput:
    claim_id: strawberry.ID
    accept: bool = strawberry.field(description="False contests it (back to review).")
    note: str = ""


@strawberry.type
class ClaimPayload:
    claim: ClaimType | None
    errors: list[UserError]


def _pk(global_id: strawberry.ID) -> int:
    return node_pk(global_id, "Claim") or 0


def _step(input: ClaimStepInput) -> use.ClaimStepInput:
    return use.ClaimStepInput(claim_id=_pk(input.claim_id), note=input.note)


@strawberry.type
class ClaimMutation:
    @mutation("submitClaim", "Claim a refund on a booking or invoice of yours.")
    async def submit_claim(
        self, info: Info, input: Annotated[SubmitClaimInput, INPUT]
    ) -> ClaimPayload:
        request = use.SubmitClaim(
            booking_id=node_pk(input.booking_id, "Booking") or (0 if input.booking_id else None),
            invoice_id=node_pk(input.invoice_id, "Invoice") or (0 if input.invoice_id else None),
            reason=input.reason,
            amount_requested=input.amount_requested,
            description=input.description,
            attachment_ids=tuple(node_pk(a, "Attachment") for a in input.attachment_ids),
            client_claim_id=input.client_claim_id,
        )
        claim, errors = await outcome(use.submit_claim(info.context, request))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation("reviewClaim", "Take a SUBMITTED or CONTESTED claim: UNDER_REVIEW.")
    async def review_claim(
        self, info: Info, input: Annotated[ClaimStepInput, INPUT]
    ) -> ClaimPayload:
        claim, errors = await outcome(use.review_claim(info.context, _step(input)))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation(
        "requestSupplierDecision",
        "Ask the booking's provider to decide (UNDER_REVIEW → SUPPLIER_REVIEW); it gets its "
        "own thread with the service team.",
    )
    async def request_supplier_decision(
        self, info: Info, input: Annotated[ClaimStepInput, INPUT]
    ) -> ClaimPayload:
        claim, errors = await outcome(use.request_supplier_decision(info.context, _step(input)))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation(
        "decideClaimAsSupplier",
        "Approve an amount or refuse with a reason (SUPPLIER_REVIEW → SUPPLIER_APPROVED or "
        "SUPPLIER_REFUSED); staff of the booking's provider.",
    )
    async def decide_claim_as_supplier(
        self, info: Info, input: Annotated[DecideClaimInput, INPUT]
    ) -> ClaimPayload:
        request = use.ClaimStepInput(
            claim_id=_pk(input.claim_id),
            note=input.reason,
            amount=input.amount,
            accept=input.approve,
        )
        claim, errors = await outcome(use.decide_claim_as_supplier(info.context, request))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation(
        "proposeClaimOutcome",
        "Propose the outcome to the client (SUPPLIER_APPROVED or SUPPLIER_REFUSED → "
        "OUTCOME_PROPOSED).",
    )
    async def propose_claim_outcome(
        self, info: Info, input: Annotated[ProposeClaimOutcomeInput, INPUT]
    ) -> ClaimPayload:
        request = use.ClaimStepInput(
            claim_id=_pk(input.claim_id), note=input.note, amount=input.amount
        )
        claim, errors = await outcome(use.propose_claim_outcome(info.context, request))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation(
        "respondToClaimOutcome",
        "Accept the proposed outcome or contest it (OUTCOME_PROPOSED → ACCEPTED or CONTESTED).",
    )
    async def respond_to_claim_outcome(
        self, info: Info, input: Annotated[RespondToClaimOutcomeInput, INPUT]
    ) -> ClaimPayload:
        request = use.ClaimStepInput(
            claim_id=_pk(input.claim_id), note=input.note, accept=input.accept
        )
        claim, errors = await outcome(use.respond_to_claim_outcome(info.context, request))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation(
        "refundClaim",
        "Refund an ACCEPTED claim: a credit note for the proposed amount, the invoice "
        "CREDITED (→ REFUNDED).",
    )
    async def refund_claim(
        self, info: Info, input: Annotated[ClaimStepInput, INPUT]
    ) -> ClaimPayload:
        claim, errors = await outcome(use.refund_claim(info.context, _step(input)))
        return ClaimPayload(claim=claim, errors=errors)

    @mutation(
        "closeClaim",
        "Close a claim without a refund (from SUBMITTED, UNDER_REVIEW, CONTESTED or ACCEPTED).",
    )
    async def close_claim(
        self, info: Info, input: Annotated[ClaimStepInput, INPUT]
    ) -> ClaimPayload:
        claim, errors = await outcome(use.close_claim(info.context, _step(input)))
        return ClaimPayload(claim=claim, errors=errors)


@strawberry.type
class ClaimSubscription:
    @strawberry.subscription(
        description="A claim's new states as they happen, or those of every claim you may see "
        "when `claimId` is left out. Each push is the claim as it is when read, never the "
        "same state twice: steps that follow each other within moments may arrive as one "
        "push of the later state (the claim's `history` keeps every step). "
        + describe_query("claimUpdated")
    )
    async def claim_updated(
        self,
        info: Info,
        claim_id: Annotated[
            strawberry.ID | None, strawberry.argument(description="The global id of the claim.")
        ] = None,
    ) -> AsyncGenerator[ClaimType, None]:
        pk = None if claim_id is None else _pk(claim_id)
        async for claim in claim_stream(info.context, pk):
            yield claim

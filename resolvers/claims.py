"""The claim workflow (SPEC §6): submit, review, ask the supplier, decide, propose, respond,
refund or close.

Every step is one transaction that locks the claim in the caller's scope, checks the step
against ``models.CLAIM_STEPS`` (``INVALID_TRANSITION`` otherwise, nothing changed), writes
the new status with its history entry and queues the e-mail to whoever acts next; the
claim's subscribers are woken after commit. Who may call each step is the policy's
``MUTATIONS`` (``FORBIDDEN`` otherwise); a claim outside the caller's scope is answered
like a missing one (``NOT_FOUND``).

Threads: the client side and the service team discuss the claim in its own thread
(``Claim.thread``, opened with the claim: the description and the attachments are its
first message). The supplier is never added to it; when asked to decide, it gets its own
thread with the service team (``Claim.supplierThread``), which starts with the reason and
the amount requested. So the supplier reads amounts and reasons, never what the client
wrote for the service team, and only the claims put to it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import (
    CLAIM_STEPS,
    Booking,
    Claim,
    ClaimEvent,
    ClaimStatus,
    Invoice,
    MessageKind,
    Party,
    Thread,
)
from resolvers.access import allowed
from resolvers.claim_notices import email_next_actors, publish_claim
from resolvers.context import RequestContext
from resolvers.credit_notes import CREDITABLE, checked_amount, checked_text, issue_credit_note
from resolvers.errors import Refused
from resolvers.principal import Principal
from resolvers.scope import scoped
from resolvers.threads import (
    append_message,
    booking_or_invoice,
    own_uploads,
    party_columns,
    publish_thread_event,
)
from roost.i18n import N_

#: Longest ``reason`` (a short summary; the details go in ``description``).
MAX_REASON = 200
#: Longest ``clientClaimId``.
MAX_CLIENT_ID = 64


@dataclass(frozen=True)
class SubmitClaim:
    booking_id: int | None
    invoice_id: int | None
    reason: str
    amount_requested: Decimal
    description: str = ""
    attachment_ids: tuple[int | None, ...] = ()
    client_claim_id: str | None = None


@dataclass(frozen=True)
class ClaimStepInput:
    """What a workflow step carries besides the claim: a decision, an amount, a note."""

    claim_id: int | None
    note: str = ""
    amount: Decimal | None = None
    accept: bool | None = None


async def _already_submitted(
    principal: Principal, client_id: str, booking: Booking, invoice: Invoice | None
) -> Claim | None:
    existing = await Claim.get_or_none(submitted_by_id=principal.user_id, client_claim_id=client_id)
    if existing is None:
        return None
    if (existing.booking_id, existing.invoice_id) != (booking.id, invoice.id if invoice else None):
        raise Refused(
            "CLIENT_CLAIM_ID_REUSED",
            N_("This clientClaimId was used for another claim."),
            "clientClaimId",
        )
    return existing


async def submit_claim(context: RequestContext, request: SubmitClaim) -> Claim:
    """Open a claim on a booking or invoice of the caller's, with its thread.

    Idempotent: a retry with the same ``clientClaimId`` returns the claim it created.
    """
    principal = context.require_principal()
    allowed(principal, "submitClaim")
    booking, invoice = await booking_or_invoice(principal, request.booking_id, request.invoice_id)
    client_id = (request.client_claim_id or "").strip() or None
    if client_id is not None:
        checked_text(client_id, "clientClaimId", required=True, most=MAX_CLIENT_ID)
        if existing := await _already_submitted(principal, client_id, booking, invoice):
            return existing
    reason = checked_text(request.reason, "reason", required=True, most=MAX_REASON)
    description = checked_text(request.description, "description", required=False)
    ceiling = invoice.total_amount if invoice else booking.total_price
    amount = checked_amount(request.amount_requested, "amountRequested", most=ceiling)
    attachments = await own_uploads(principal, request.attachment_ids)
    try:
        async with in_transaction():
            thread = await Thread.create(
                booking_id=booking.id,
                invoice_id=invoice.id if invoice else None,
                subject=f"Claim: {reason}"[:200],
                created_by_id=principal.user_id,
                **party_columns(booking, Party.CUSTOMER),
            )
            claim = await Claim.create(
                number=f"pending-{principal.user_id}-{thread.id}",
                booking_id=booking.id,
                invoice_id=invoice.id if invoice else None,
                customer_id=booking.customer_id,
                client_company_id=booking.client_company_id,
                submitted_by_id=principal.user_id,
                thread_id=thread.id,
                client_claim_id=client_id,
                reason=reason,
                description=description,
                currency=invoice.currency if invoice else booking.currency,
                amount_requested=amount,
            )
            claim.number = f"CL-{claim.id:06d}"
            await claim.save(update_fields=["number"])
            body = f"{reason}\n\n{description}".strip()
            await append_message(thread.id, principal.user, body, attachment_ids=attachments)
            await _history(claim, principal, None, ClaimStatus.SUBMITTED, description)
            await email_next_actors(claim, booking, context.settings)
    except IntegrityError:
        # A concurrent retry with the same clientClaimId won; its claim is the answer.
        if client_id and (
            existing := await _already_submitted(principal, client_id, booking, invoice)
        ):
            return existing
        raise
    await publish_thread_event(context.hub, await Thread.get(id=thread.id), "thread")
    await publish_claim(context.hub, claim)
    return claim


async def _history(
    claim: Claim,
    principal: Principal,
    before: ClaimStatus | None,
    after: ClaimStatus,
    note: str,
) -> None:
    await ClaimEvent.create(
        claim_id=claim.id,
        actor_id=principal.user_id,
        actor_role=principal.role.value,
        from_status=before,
        to_status=after,
        note=note,
    )


#: A step's own work on the locked claim: returns the status it reaches, and the number of
#: a credit note it issued (or ``None``).
Apply = Callable[[Claim, Principal, ClaimStepInput], Awaitable[tuple[ClaimStatus, str | None]]]


async def _step(
    context: RequestContext, mutation: str, request: ClaimStepInput, apply: Apply
) -> Claim:
    principal = context.require_principal()
    allowed(principal, mutation)
    note = checked_text(request.note, "note", required=False)
    async with in_transaction():
        claim = (
            await scoped(Claim, principal).select_for_update().get_or_none(id=request.claim_id)
            if request.claim_id
            else None
        )
        if claim is None:
            raise Refused("NOT_FOUND", N_("No such claim."), "claimId")
        before = ClaimStatus(claim.status)
        if before not in CLAIM_STEPS[mutation].sources:
            raise Refused(
                "INVALID_TRANSITION",
                N_("A {before} claim cannot go through {name}."),
                "claimId",
                before=before.value,
                name=mutation,
            )
        thread_before = claim.supplier_thread_id
        after, credit_note = await apply(claim, principal, request)
        if after not in CLAIM_STEPS[mutation].targets:
            raise RuntimeError(f"{mutation} may not lead to {after}")  # a workflow bug
        claim.status = after
        await claim.save()
        await _history(claim, principal, before, after, note)
        booking = await Booking.get(id=claim.booking_id)
        await email_next_actors(claim, booking, context.settings, credit_note)
    opened = claim.supplier_thread_id
    if opened is not None and opened != thread_before:
        # The step opened the supplier's thread: its parties see it appear.
        await publish_thread_event(context.hub, await Thread.get(id=opened), "thread")
    await publish_claim(context.hub, claim)
    return claim


async def _review(
    claim: Claim, principal: Principal, _: ClaimStepInput
) -> tuple[ClaimStatus, None]:
    claim.agent_id = principal.user_id
    return ClaimStatus.UNDER_REVIEW, None


async def _ask_supplier(
    claim: Claim, principal: Principal, request: ClaimStepInput
) -> tuple[ClaimStatus, None]:
    booking = await Booking.get(id=claim.booking_id)
    claim.provider_id = booking.provider_id
    body = (
        f"Claim {claim.number} on booking {booking.reference}: {claim.reason}. "
        f"Amount requested: {claim.amount_requested} {claim.currency}."
    )
    if request.note.strip():
        body += f"\n\n{request.note.strip()}"
    if claim.supplier_thread_id is None:
        thread = await Thread.create(
            booking_id=booking.id,
            invoice_id=claim.invoice_id,
            subject=f"Claim {claim.number}: supplier decision",
            created_by_id=principal.user_id,
            **party_columns(booking, Party.PROVIDER),
        )
        claim.supplier_thread_id = thread.id
    await append_message(claim.supplier_thread_id, principal.user, body, kind=MessageKind.TEXT)
    return ClaimStatus.SUPPLIER_REVIEW, None


async def _decide(claim: Claim, _: Principal, request: ClaimStepInput) -> tuple[ClaimStatus, None]:
    if request.accept is None:
        raise Refused("REQUIRED", N_("This is required."), "approve")
    reason = checked_text(request.note, "reason", required=not request.accept)
    claim.supplier_reason = reason
    if not request.accept:
        claim.approved_amount = None
        return ClaimStatus.SUPPLIER_REFUSED, None
    if request.amount is None:
        raise Refused("REQUIRED", N_("This is required."), "amount")
    claim.approved_amount = checked_amount(request.amount, "amount", most=claim.amount_requested)
    return ClaimStatus.SUPPLIER_APPROVED, None


async def _propose(claim: Claim, _: Principal, request: ClaimStepInput) -> tuple[ClaimStatus, None]:
    if request.amount is not None:
        claim.proposed_amount = (
            request.amount
            if request.amount == 0
            else checked_amount(request.amount, "amount", most=claim.amount_requested)
        )
    else:
        claim.proposed_amount = claim.approved_amount or Decimal("0.00")
    return ClaimStatus.OUTCOME_PROPOSED, None


async def _respond(
    _claim: Claim, _principal: Principal, request: ClaimStepInput
) -> tuple[ClaimStatus, None]:
    if request.accept is None:
        raise Refused("REQUIRED", N_("This is required."), "accept")
    return (ClaimStatus.ACCEPTED if request.accept else ClaimStatus.CONTESTED), None


async def _refund(
    claim: Claim, principal: Principal, request: ClaimStepInput
) -> tuple[ClaimStatus, str]:
    if not claim.proposed_amount:
        raise Refused("NOTHING_TO_REFUND", N_("The accepted outcome refunds nothing."), "claimId")
    invoices = Invoice.filter(status__in=CREDITABLE).select_for_update()
    invoice = (
        await invoices.get_or_none(id=claim.invoice_id)
        if claim.invoice_id
        else await invoices.filter(booking_id=claim.booking_id).order_by("-id").first()
    )
    if invoice is None:
        raise Refused("NO_INVOICE", N_("No invoice of this claim can be credited."), "claimId")
    reason = f"Claim {claim.number}: {claim.reason}"
    note = await issue_credit_note(invoice, claim.proposed_amount, reason, principal.user, claim.id)
    claim.invoice_id = invoice.id
    return ClaimStatus.REFUNDED, note.number


async def _close(
    _claim: Claim, _principal: Principal, _request: ClaimStepInput
) -> tuple[ClaimStatus, None]:
    return ClaimStatus.CLOSED, None


async def review_claim(context: RequestContext, request: ClaimStepInput) -> Claim:
    """The service team takes a submitted or contested claim (UNDER_REVIEW)."""
    return await _step(context, "reviewClaim", request, _review)


async def request_supplier_decision(context: RequestContext, request: ClaimStepInput) -> Claim:
    """Ask the booking's provider to decide (SUPPLIER_REVIEW); it joins through its thread."""
    return await _step(context, "requestSupplierDecision", request, _ask_supplier)


async def decide_claim_as_supplier(context: RequestContext, request: ClaimStepInput) -> Claim:
    """The provider approves an amount or refuses with a reason."""
    return await _step(context, "decideClaimAsSupplier", request, _decide)


async def propose_claim_outcome(context: RequestContext, request: ClaimStepInput) -> Claim:
    """Propose the outcome to the client: the supplier's amount unless another is given."""
    return await _step(context, "proposeClaimOutcome", request, _propose)


async def respond_to_claim_outcome(context: RequestContext, request: ClaimStepInput) -> Claim:
    """The client accepts the outcome or contests it (back to the service team)."""
    return await _step(context, "respondToClaimOutcome", request, _respond)


async def refund_claim(context: RequestContext, request: ClaimStepInput) -> Claim:
    """Refund an accepted outcome: a credit note for its amount, the invoice CREDITED."""
    return await _step(context, "refundClaim", request, _refund)


async def close_claim(context: RequestContext, request: ClaimStepInput) -> Claim:
    """Close a claim without a refund."""
    return await _step(context, "closeClaim", request, _close)

"""Demo claims: one waiting for the supplier's decision and one refunded by a credit note,
both Claire's, on invoiced bookings of the PREMIUM venue, so every role has a claim to see."""

from __future__ import annotations

from decimal import Decimal

import models as m
from resolvers.credit_notes import CREDITABLE, issue_credit_note
from resolvers.threads import append_message, party_columns

_STEPS = (
    (None, m.ClaimStatus.SUBMITTED, "CUSTOMER", "The projector did not work all morning."),
    (
        m.ClaimStatus.SUBMITTED,
        m.ClaimStatus.UNDER_REVIEW,
        "AGENT",
        "Taken.",
    ),
    (m.ClaimStatus.UNDER_REVIEW, m.ClaimStatus.SUPPLIER_REVIEW, "AGENT", "Asked Château Lumière."),
    (
        m.ClaimStatus.SUPPLIER_REVIEW,
        m.ClaimStatus.SUPPLIER_APPROVED,
        "PROVIDER_STAFF",
        "Confirmed by our technician.",
    ),
    (
        m.ClaimStatus.SUPPLIER_APPROVED,
        m.ClaimStatus.OUTCOME_PROPOSED,
        "AGENT",
        "The venue refunds the equipment fee.",
    ),
    (
        m.ClaimStatus.OUTCOME_PROPOSED,
        m.ClaimStatus.ACCEPTED,
        "CUSTOMER",
        "Fine with me.",
    ),
    (m.ClaimStatus.ACCEPTED, m.ClaimStatus.REFUNDED, "AGENT", "Credit note issued."),
)


async def _claim(
    users: dict[str, m.User], invoice: m.Invoice, reason: str, steps: int, amount: Decimal
) -> m.Claim:
    booking = await m.Booking.get(id=invoice.booking_id)
    customer, agent = users["CUSTOMER"], users["AGENT"]
    thread = await m.Thread.create(
        booking_id=booking.id,
        invoice_id=invoice.id,
        subject=f"Claim: {reason}",
        created_by_id=customer.id,
        **party_columns(booking, m.Party.CUSTOMER),
    )
    claim = await m.Claim.create(
        number=f"pending-demo-{invoice.id}",
        booking_id=booking.id,
        invoice_id=invoice.id,
        customer_id=booking.customer_id,
        client_company_id=booking.client_company_id,
        provider_id=booking.provider_id,
        submitted_by_id=customer.id,
        agent_id=agent.id,
        thread_id=thread.id,
        reason=reason,
        description="Our seminar lost three hours; the equipment fee should not be charged.",
        currency=invoice.currency,
        amount_requested=amount,
    )
    claim.number = f"CL-{claim.id:06d}"
    await append_message(thread.id, customer, f"{reason}\n\n{claim.description}")
    supplier = await m.Thread.create(
        booking_id=booking.id,
        invoice_id=invoice.id,
        subject=f"Claim {claim.number}: supplier decision",
        created_by_id=agent.id,
        **party_columns(booking, m.Party.PROVIDER),
    )
    await append_message(supplier.id, agent, f"{reason}. Amount requested: {amount} EUR.")
    claim.supplier_thread_id = supplier.id
    for before, after, actor, note in _STEPS[:steps]:
        await m.ClaimEvent.create(
            claim_id=claim.id,
            actor_id=users[actor].id,
            actor_role=users[actor].role,
            from_status=before,
            to_status=after,
            note=note,
        )
        claim.status = after
    if steps > 3:
        claim.approved_amount = claim.proposed_amount = amount
        claim.supplier_reason = "Confirmed by our technician."
    await claim.save()
    if claim.status is m.ClaimStatus.REFUNDED:
        await issue_credit_note(invoice, amount, f"Claim {claim.number}: {reason}", agent, claim.id)
    return claim


async def demo_claims(users: dict[str, m.User]) -> None:
    """Claire's two claims on invoices of the venue her provider-staff colleague works for."""
    invoices = (
        await m.Invoice.filter(
            booking__customer_id=users["CUSTOMER"].id,
            booking__provider_id=users["PROVIDER_STAFF"].organisation_id,
            status__in=CREDITABLE,
        )
        .order_by("id")
        .limit(2)
    )
    if len(invoices) < 2:
        return
    await _claim(users, invoices[0], "Projector broken", 3, Decimal("80.00"))
    await _claim(users, invoices[1], "Room too cold", len(_STEPS), Decimal("50.00"))

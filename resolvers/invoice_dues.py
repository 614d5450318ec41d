"""Invoices past their due date: the worker marks them OVERDUE and e-mails whoever pays.

Each invoice is moved by a conditional UPDATE (``WHERE status = 'ISSUED'``), so however many
workers run the job at once, exactly one of them moves it, and only that one queues the
e-mail (which also carries a dedup key, as a second guard).
"""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models import Booking, Invoice, InvoiceStatus, Role, User
from resolvers.links import invoice_link
from resolvers.outbox import enqueue_email


async def payers(booking: Booking) -> list[int]:
    """Who is told about a booking's invoices: the travel managers of its client company,
    or the customer when the company has none (or there is no company)."""
    if booking.client_company_id is not None:
        managers = await User.filter(
            organisation_id=booking.client_company_id, role=Role.TRAVEL_MANAGER, active=True
        ).values_list("id", flat=True)
        if managers:
            return sorted(int(pk) for pk in managers)
    return [booking.customer_id] if booking.customer_id is not None else []


async def mark_overdue_invoices(now: datetime, portal_url: str) -> int:
    """Mark every ISSUED invoice due before ``now``'s date OVERDUE, once; returns how many
    this call moved."""
    due = await Invoice.filter(status=InvoiceStatus.ISSUED, due_date__lt=now.date()).values_list(
        "id", flat=True
    )
    moved = 0
    for invoice_id in due:
        async with in_transaction():
            changed = await Invoice.filter(id=invoice_id, status=InvoiceStatus.ISSUED).update(
                status=InvoiceStatus.OVERDUE, updated_at=now
            )
            if not changed:
                continue  # another worker was first
            invoice = await Invoice.get(id=invoice_id).select_related("booking")
            for recipient in await payers(invoice.booking):
                await enqueue_email(
                    "invoice_overdue",
                    recipient,
                    {
                        "invoice_number": invoice.number,
                        "booking_reference": invoice.booking.reference,
                        "amount": str(invoice.total_amount),
                        "currency": invoice.currency,
                        "due_date": invoice.due_date.isoformat() if invoice.due_date else None,
                        "link": invoice_link(portal_url, invoice.id),
                    },
                    dedup_key=f"invoice-overdue:{invoice.id}:{recipient}",
                )
            moved += 1
    return moved

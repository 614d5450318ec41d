"""Credit notes: money given back on an invoice, which then becomes CREDITED.

A credit note comes from a refunded claim (:mod:`resolvers.claims`) or from the service
team (``createCreditNote``). Its number is its own sequence, ``CN-000001``…, taken from
the row id inside the transaction that inserts it.
"""

from __future__ import annotations

from decimal import Decimal

from tortoise.transactions import in_transaction

from models import INVOICE_TRANSITIONS, CreditNote, Invoice, InvoiceStatus, User
from resolvers.access import allowed
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import MAX_TEXT
from resolvers.scope import scoped
from roost.i18n import N_

#: The statuses an invoice may be credited from (ISSUED, PAID, OVERDUE).
CREDITABLE: frozenset[InvoiceStatus] = frozenset(
    status for status, after in INVOICE_TRANSITIONS.items() if InvoiceStatus.CREDITED in after
)
#: Upper bound of any amount a client or an agent types in (the columns' 12 digits).
MAX_AMOUNT = Decimal("9999999999.99")


def credit_note_number(row_id: int) -> str:
    """The number of the credit note stored as row ``row_id``."""
    return f"CN-{row_id:06d}"


def checked_amount(amount: Decimal, field: str, most: Decimal = MAX_AMOUNT) -> Decimal:
    """``amount`` if it is positive, in cents and at most ``most``; refused otherwise."""
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise Refused("BAD_AMOUNT", N_("Give a positive amount with at most two decimals."), field)
    if amount > most:
        raise Refused("AMOUNT_TOO_HIGH", N_("At most {most}."), field, most=str(most))
    return amount


def checked_text(text: str, field: str, *, required: bool, most: int = MAX_TEXT) -> str:
    """``text`` stripped; refused when missing (if ``required``) or longer than ``most``."""
    value = text.strip()
    if required and not value:
        raise Refused("REQUIRED", N_("This is required."), field)
    if len(value) > most:
        raise Refused("TOO_LONG", N_("At most {most} characters."), field, most=most)
    return value


async def issue_credit_note(
    invoice: Invoice,
    amount: Decimal,
    reason: str,
    author: User | None,
    claim_id: int | None = None,
) -> CreditNote:
    """Credit ``amount`` of a locked ``invoice`` and mark it CREDITED (inside a transaction).

    Refused when the invoice cannot be credited (a DRAFT, or CREDITED already) or the
    amount exceeds its total.
    """
    before = InvoiceStatus(invoice.status)
    if before not in CREDITABLE:
        raise Refused(
            "INVALID_TRANSITION",
            N_("A {before} invoice cannot become {after}."),
            "invoiceId",
            before=before.value,
            after=InvoiceStatus.CREDITED.value,
        )
    checked_amount(amount, "amount", most=invoice.total_amount)
    note = await CreditNote.create(
        number=f"pending-{invoice.id}-{claim_id or 0}-{author.id if author else 0}",
        invoice_id=invoice.id,
        claim_id=claim_id,
        amount=amount,
        currency=invoice.currency,
        reason=reason,
        created_by_id=author.id if author else None,
    )
    note.number = credit_note_number(note.id)
    await note.save(update_fields=["number"])
    invoice.status = InvoiceStatus.CREDITED
    await invoice.save(update_fields=["status", "updated_at"])
    return note


async def create_credit_note(
    context: RequestContext, invoice_id: int | None, amount: Decimal, reason: str
) -> CreditNote:
    """The service team credits an invoice (part or all of it) with a reason."""
    principal = context.require_principal()
    allowed(principal, "createCreditNote")
    reason = checked_text(reason, "reason", required=True)
    async with in_transaction():
        invoice = (
            await scoped(Invoice, principal).select_for_update().get_or_none(id=invoice_id)
            if invoice_id
            else None
        )
        if invoice is None:
            raise Refused("NOT_FOUND", N_("No such invoice."), "invoiceId")
        before = invoice.status
        note = await issue_credit_note(invoice, amount, reason, principal.user)
        await record(
            principal,
            "createCreditNote",
            "Invoice",
            invoice.id,
            {"status": before},
            {"status": invoice.status, "creditNote": note.number},
        )
    return note

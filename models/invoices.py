"""Invoices, their lines and the payments received against them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.claims import Claim
    from models.users import User


class InvoiceStatus(StrEnum):
    DRAFT = "DRAFT"
    ISSUED = "ISSUED"
    PAID = "PAID"
    OVERDUE = "OVERDUE"
    CREDITED = "CREDITED"


#: The legal status changes of an invoice: issued, then paid or overdue (and paid late),
#: credited from any of those; a credited invoice is final.
INVOICE_TRANSITIONS: dict[InvoiceStatus, frozenset[InvoiceStatus]] = {
    InvoiceStatus.DRAFT: frozenset({InvoiceStatus.ISSUED}),
    InvoiceStatus.ISSUED: frozenset(
        {InvoiceStatus.PAID, InvoiceStatus.OVERDUE, InvoiceStatus.CREDITED}
    ),
    InvoiceStatus.OVERDUE: frozenset({InvoiceStatus.PAID, InvoiceStatus.CREDITED}),
    InvoiceStatus.PAID: frozenset({InvoiceStatus.CREDITED}),
    InvoiceStatus.CREDITED: frozenset(),
}


class Invoice(Model):
    """An invoice for a booking; threads attach to it like to bookings."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=32, unique=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="invoices", on_delete=fields.RESTRICT
    )
    booking_id: int
    status = fields.CharEnumField(InvoiceStatus, max_length=20, default=InvoiceStatus.DRAFT)
    issued_at = fields.DatetimeField(null=True)
    due_date = fields.DateField(null=True)
    currency = fields.CharField(max_length=3, default="EUR")
    total_amount = fields.DecimalField(max_digits=12, decimal_places=2, default=0)
    provider_payout = fields.DecimalField(max_digits=12, decimal_places=2, default=0)
    analytic_codes: Any = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "invoice"
        ordering = ["-created_at", "id"]
        indexes = (("booking", "created_at"),)

    def __str__(self) -> str:
        return self.number


class InvoiceLine(Model):
    """One line of an invoice."""

    id = fields.IntField(primary_key=True)
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="lines", on_delete=fields.CASCADE
    )
    invoice_id: int
    position = fields.IntField(default=0)
    description = fields.CharField(max_length=300)
    quantity = fields.DecimalField(max_digits=10, decimal_places=2, default=1)
    unit_price = fields.DecimalField(max_digits=12, decimal_places=2)
    vat_rate = fields.DecimalField(max_digits=5, decimal_places=2, default=0)
    amount = fields.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        table = "invoice_line"
        ordering = ["invoice_id", "position", "id"]
        indexes = (("invoice", "position"),)

    def __str__(self) -> str:
        return self.description


class Payment(Model):
    """Money received against an invoice."""

    id = fields.IntField(primary_key=True)
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="payments", on_delete=fields.CASCADE
    )
    invoice_id: int
    amount = fields.DecimalField(max_digits=12, decimal_places=2)
    paid_at = fields.DatetimeField()
    method = fields.CharField(max_length=40, default="BANK_TRANSFER")
    reference = fields.CharField(max_length=80, default="")

    class Meta:
        table = "payment"
        ordering = ["invoice_id", "paid_at", "id"]
        indexes = (("invoice", "paid_at"),)

    def __str__(self) -> str:
        return f"{self.amount} on {self.paid_at:%Y-%m-%d}"


class CreditNote(Model):
    """Money given back on an invoice, from a refunded claim or by the service team.

    Credit notes have their own numbers (``CN-000001``…), taken from the row id once it is
    inserted, so concurrent writers never collide; the invoice becomes CREDITED.
    """

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=32, unique=True)
    invoice: fields.ForeignKeyRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="credit_notes", on_delete=fields.RESTRICT
    )
    invoice_id: int
    claim: fields.ForeignKeyNullableRelation[Claim] = fields.ForeignKeyField(
        "models.Claim", related_name="credit_notes", null=True, on_delete=fields.RESTRICT
    )
    claim_id: int | None
    amount = fields.DecimalField(max_digits=12, decimal_places=2)
    currency = fields.CharField(max_length=3, default="EUR")
    reason = fields.TextField(default="")
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="credit_notes", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_note"
        ordering = ["invoice_id", "id"]

    def __str__(self) -> str:
        return self.number

"""Travel tickets of a booking (issue 14): requested, issued with their number and document,
then delivered to the traveller by the chosen mode."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.threads import Attachment


class DeliveryMode(StrEnum):
    E_TICKET = "E_TICKET"
    POSTAL = "POSTAL"
    AGENCY_PICKUP = "AGENCY_PICKUP"
    AIRPORT_DESK = "AIRPORT_DESK"


class TicketStatus(StrEnum):
    PENDING = "PENDING"
    ISSUED = "ISSUED"
    DELIVERED = "DELIVERED"


#: status -> the statuses a ticket may move to.
TICKET_TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.PENDING: frozenset({TicketStatus.ISSUED}),
    TicketStatus.ISSUED: frozenset({TicketStatus.DELIVERED}),
    TicketStatus.DELIVERED: frozenset(),
}


class Ticket(Model):
    """One ticket of a booking (a flight, a train, an event pass)."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="tickets", on_delete=fields.CASCADE
    )
    booking_id: int
    delivery_mode = fields.CharEnumField(DeliveryMode, max_length=20)
    status = fields.CharEnumField(TicketStatus, max_length=20, default=TicketStatus.PENDING)
    number = fields.CharField(max_length=40, null=True)
    document: fields.ForeignKeyNullableRelation[Attachment] = fields.ForeignKeyField(
        "models.Attachment", related_name="tickets", null=True, on_delete=fields.SET_NULL
    )
    document_id: int | None
    issued_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ticket"
        ordering = ["booking_id", "id"]

    def __str__(self) -> str:
        return self.number or f"ticket {self.id}"

"""Crisis alerts: a message to every traveller whose booking a strike, storm or conflict affects.

An alert records its filter, the bookings it affected when it was published and one
row per affected customer (however many of their bookings match), which is also where
the customer acknowledges being safe. The rows are written set-based by the resolver
(``INSERT … SELECT``), never one booking at a time.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.organisations import Organisation
    from models.users import User


class CrisisSeverity(StrEnum):
    INFO = "INFO"
    WARNING = "WARNING"
    CRITICAL = "CRITICAL"


class CrisisAlert(Model):
    """One published alert with the filter that chose its bookings, and its counts."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    severity = fields.CharEnumField(CrisisSeverity, max_length=10)
    #: The filter: bookings whose destination contains ``destination`` (ignoring case),
    #: starting within [``starts_from``, ``starts_until``], at ``provider``; unset: any.
    destination = fields.CharField(max_length=120, null=True)
    starts_from = fields.DatetimeField(null=True)
    starts_until = fields.DatetimeField(null=True)
    provider: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="crisis_alerts", null=True, on_delete=fields.SET_NULL
    )
    provider_id: int | None
    #: Chosen by the publishing tool; the same id again returns the alert already published.
    client_alert_id = fields.CharField(max_length=64, null=True, unique=True)
    published_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="published_crisis_alerts", null=True, on_delete=fields.SET_NULL
    )
    published_by_id: int | None
    booking_count = fields.IntField(default=0)
    #: Distinct customers reached (one e-mail each).
    reached_count = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "crisis_alert"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class CrisisAlertBooking(Model):
    """A booking an alert affected when it was published."""

    id = fields.IntField(primary_key=True)
    alert: fields.ForeignKeyRelation[CrisisAlert] = fields.ForeignKeyField(
        "models.CrisisAlert", related_name="bookings", on_delete=fields.CASCADE
    )
    alert_id: int
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="crisis_alert_links", on_delete=fields.CASCADE
    )
    booking_id: int

    class Meta:
        table = "crisis_alert_booking"
        unique_together = (("alert", "booking"),)
        indexes = (("booking", "alert"),)

    def __str__(self) -> str:
        return f"alert {self.alert_id} on booking {self.booking_id}"


class CrisisAlertRecipient(Model):
    """A customer an alert reached, and whether (and when) they confirmed being safe."""

    id = fields.IntField(primary_key=True)
    alert: fields.ForeignKeyRelation[CrisisAlert] = fields.ForeignKeyField(
        "models.CrisisAlert", related_name="recipients", on_delete=fields.CASCADE
    )
    alert_id: int
    customer: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="crisis_alert_receipts", on_delete=fields.CASCADE
    )
    customer_id: int
    acknowledged_at = fields.DatetimeField(null=True)

    class Meta:
        table = "crisis_alert_recipient"
        unique_together = (("alert", "customer"),)
        indexes = (("customer", "alert"),)

    def __str__(self) -> str:
        return f"alert {self.alert_id} to user {self.customer_id}"

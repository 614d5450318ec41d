"""Crisis alerts: a message to every traveller whose booking a strike, storm or conflict affects.

An alert records its filter, the bookings it affected when it was published and one
row per affected customer (however many of their bookings match), which is also where
the customer acknowledges being safe. The rows are written set-based by the resolver
(``INSERT … SELECT``), never one booking at a time.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model
from tortoise.queryset import AwaitableQuery

from models.outbox import OutboxKind, OutboxStatus
from models.sql import execute, is_postgres, subquery

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


async def record_affected(alert: CrisisAlert, bookings: AwaitableQuery[Any]) -> tuple[int, int]:
    """Link ``alert`` to the bookings whose ids ``bookings`` selects, and to their customers
    (once each; erased people are left out): two ``INSERT … SELECT``. Returns the number
    of bookings and of customers."""
    selected, values = subquery(bookings)
    await execute(
        "INSERT INTO crisis_alert_booking (alert_id, booking_id)"
        f" SELECT ?, b.id FROM booking b WHERE b.id IN ({selected})",
        [alert.id, *values],
    )
    await execute(
        "INSERT INTO crisis_alert_recipient (alert_id, customer_id)"
        " SELECT DISTINCT ab.alert_id, b.customer_id FROM crisis_alert_booking ab"
        " JOIN booking b ON b.id = ab.booking_id"
        ' JOIN "user" u ON u.id = b.customer_id'
        " WHERE ab.alert_id = ? AND u.erased_at IS NULL",
        [alert.id],
    )
    rows = await execute(
        "SELECT (SELECT COUNT(*) FROM crisis_alert_booking WHERE alert_id = ?) AS bookings,"
        " (SELECT COUNT(*) FROM crisis_alert_recipient WHERE alert_id = ?) AS customers",
        [alert.id, alert.id],
    )
    return int(rows[0]["bookings"]), int(rows[0]["customers"])


async def queue_emails(alert: CrisisAlert, template: str, payload: dict[str, Any]) -> None:
    """One outbox e-mail per recipient of ``alert``, all in one ``INSERT … SELECT``; the
    worker renders ``template`` with ``payload`` in each recipient's language."""
    document = "CAST(CAST(? AS TEXT) AS JSONB)" if is_postgres() else "?"
    await execute(
        "INSERT INTO outbox (kind, status, dedup_key, recipient_id, template, payload,"
        " attempts, due_at, last_error, created_at)"
        " SELECT ?, ?, CAST(? AS TEXT) || CAST(r.customer_id AS TEXT), r.customer_id, ?,"
        f" {document}, 0, a.created_at, '', a.created_at"
        " FROM crisis_alert_recipient r JOIN crisis_alert a ON a.id = r.alert_id"
        " WHERE r.alert_id = ?",
        [
            OutboxKind.EMAIL.value,
            OutboxStatus.PENDING.value,
            f"crisis-alert:{alert.id}:",  # + the customer: one e-mail each, whatever happens
            template,
            json.dumps(payload),
            alert.id,
        ],
    )

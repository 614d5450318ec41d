"""Outbound webhooks: where integrations want to hear about changes, and each delivery."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.outbox import OutboxItem


class WebhookEvent(StrEnum):
    """What a webhook can subscribe to; the wire names are the values."""

    MESSAGE_CREATED = "message.created"
    THREAD_CREATED = "thread.created"
    THREAD_STATUS_CHANGED = "thread.status_changed"
    BOOKING_FIELDS_CHANGED = "booking.fields_changed"
    BOOKING_STATUS_CHANGED = "booking.status_changed"


class Webhook(Model):
    """An HTTP(S) endpoint that receives signed POSTs for the events it subscribed to."""

    id = fields.IntField(primary_key=True)
    url = fields.CharField(max_length=2000)
    #: Values of :class:`WebhookEvent`.
    events: Any = fields.JSONField(default=list)
    #: Signs every delivery (HMAC-SHA256); never shown again after it is set.
    secret = fields.CharField(max_length=200)
    #: Whether payloads carry names, e-mail addresses and message texts.
    include_personal_data = fields.BooleanField(default=False)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "webhook"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(Model):
    """One event for one webhook, sent by the outbox worker (its row carries the status)."""

    id = fields.IntField(primary_key=True)
    #: Sent as ``X-Roost-Delivery``: the same over every attempt, for the receiver to dedupe.
    delivery_id = fields.UUIDField(unique=True)
    webhook: fields.ForeignKeyRelation[Webhook] = fields.ForeignKeyField(
        "models.Webhook", related_name="deliveries", on_delete=fields.CASCADE
    )
    webhook_id: int
    event = fields.CharField(max_length=40)
    #: The JSON body sent, as built in the transaction of the change.
    body: Any = fields.JSONField(default=dict)
    outbox: fields.ForeignKeyRelation[OutboxItem] = fields.ForeignKeyField(
        "models.OutboxItem", related_name="webhook_deliveries", on_delete=fields.CASCADE
    )
    outbox_id: int
    #: The HTTP status of the last attempt; null before the first answer.
    response_status = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_delivery"
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.event} -> webhook {self.webhook_id}"

"""Outbound webhooks: where integrations want to hear about changes, and with which secret."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

#: The events a webhook may subscribe to.
WEBHOOK_EVENTS: tuple[str, ...] = (
    "message.created",
    "thread.created",
    "thread.status_changed",
    "booking.fields_changed",
    "booking.status_changed",
)


class Webhook(Model):
    """An HTTP(S) endpoint that receives a signed POST for each event it subscribed to.

    Each delivery is an outbox row (``OutboxKind.WEBHOOK``) pointing here.
    """

    id = fields.IntField(primary_key=True)
    url = fields.CharField(max_length=2000)
    #: Names from :data:`WEBHOOK_EVENTS`.
    events: Any = fields.JSONField(default=list)
    #: Shared with the receiver, which checks the HMAC-SHA256 signature with it.
    secret = fields.CharField(max_length=200)
    #: Payloads also carry names, e-mails, message bodies and field values.
    include_personal_data = fields.BooleanField(default=False)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "webhook"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"webhook #{self.id} {self.url}"

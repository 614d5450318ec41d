"""The transactional outbox: e-mails and scheduled actions, written with the change."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.users import User
    from models.webhooks import Webhook


class OutboxKind(StrEnum):
    #: An e-mail rendered from a template for a user.
    EMAIL = "EMAIL"
    #: After a delay: e-mail the user about a thread if something is still unread.
    THREAD_NOTICE = "THREAD_NOTICE"
    #: After a delay: queue a THREAD_NOTICE for each participant of a thread.
    THREAD_FANOUT = "THREAD_FANOUT"
    #: A signed HTTP POST of one event to a webhook.
    WEBHOOK = "WEBHOOK"
    #: At a team's opening: move a thread parked out of hours back to it.
    ROUTING_RETURN = "ROUTING_RETURN"
    #: At a thread's first-response due time: report the breach if still unanswered.
    SLA_BREACH = "SLA_BREACH"


class OutboxStatus(StrEnum):
    PENDING = "PENDING"
    SENT = "SENT"
    FAILED = "FAILED"
    #: Nothing to do any more (e.g. the thread was read in time).
    CANCELLED = "CANCELLED"


class OutboxItem(Model):
    """One delivery or scheduled action, claimed and carried out by a worker."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(OutboxKind, max_length=20)
    status = fields.CharEnumField(OutboxStatus, max_length=20, default=OutboxStatus.PENDING)
    #: Unique while set: the same key enqueued twice keeps one row. Thread notices give
    #: their key back once done, so a later message can schedule a new one.
    dedup_key = fields.CharField(max_length=120, null=True, unique=True)
    recipient: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="outbox_items", null=True, on_delete=fields.CASCADE
    )
    recipient_id: int | None
    #: The webhook a WEBHOOK row is delivered to.
    webhook: fields.ForeignKeyNullableRelation[Webhook] = fields.ForeignKeyField(
        "models.Webhook", related_name="deliveries", null=True, on_delete=fields.CASCADE
    )
    webhook_id: int | None
    #: Whose personal data a WEBHOOK row carries (erasing them cancels it).
    about: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="webhook_deliveries", null=True, on_delete=fields.SET_NULL
    )
    about_id: int | None
    #: The HTTP status of a WEBHOOK row's last attempt (null: no answer, e.g. a timeout).
    http_status = fields.IntField(null=True)
    template = fields.CharField(max_length=60, default="")
    payload: Any = fields.JSONField(default=dict)
    attempts = fields.IntField(default=0)
    due_at = fields.DatetimeField()
    #: A worker holds the row until then; past it, another worker may take it over.
    locked_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox"
        ordering = ["due_at", "id"]
        indexes = (("status", "due_at"),)

    def __str__(self) -> str:
        return f"{self.kind} #{self.id} ({self.status})"

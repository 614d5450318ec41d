"""Deadline warnings already given: one row per booking and offset, never two."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.threads import Message


class DeadlineWarning(Model):
    """The warning given ``offset_hours`` before a booking's free-cancellation deadline.

    Unique per (booking, offset): the row is inserted in the transaction that posts the
    warning, so several workers, retries and restarts still warn exactly once.
    """

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="deadline_warnings", on_delete=fields.CASCADE
    )
    booking_id: int
    offset_hours = fields.IntField()
    #: The deadline the warning was about (the booking's may move later).
    deadline = fields.DatetimeField()
    #: The SYSTEM message that carried it.
    message: fields.ForeignKeyNullableRelation[Message] = fields.ForeignKeyField(
        "models.Message", related_name="deadline_warnings", null=True, on_delete=fields.SET_NULL
    )
    message_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "deadline_warning"
        unique_together = (("booking", "offset_hours"),)
        ordering = ["booking_id", "-offset_hours"]

    def __str__(self) -> str:
        return f"booking {self.booking_id}: {self.offset_hours} h before {self.deadline}"

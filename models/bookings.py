"""Bookings, their participants, booking field values and the history of their changes."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.organisations import Organisation
    from models.services import BookingFieldDefinition, Service
    from models.threads import Thread
    from models.users import User


class BookingStatus(StrEnum):
    OPTION = "OPTION"
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"


#: The legal status changes of a booking: an option is confirmed or cancelled, a confirmed
#: booking is completed or cancelled; cancelled and completed are final.
BOOKING_TRANSITIONS: dict[BookingStatus, frozenset[BookingStatus]] = {
    BookingStatus.OPTION: frozenset({BookingStatus.CONFIRMED, BookingStatus.CANCELLED}),
    BookingStatus.CONFIRMED: frozenset({BookingStatus.COMPLETED, BookingStatus.CANCELLED}),
    BookingStatus.CANCELLED: frozenset(),
    BookingStatus.COMPLETED: frozenset(),
}


class ChangeChannel(StrEnum):
    """Through which door a booking field value was changed."""

    BOOKING = "BOOKING"
    PORTAL = "PORTAL"
    SELF_SERVICE = "SELF_SERVICE"
    PROVIDER = "PROVIDER"
    AGENT = "AGENT"
    QUESTION = "QUESTION"
    SYSTEM = "SYSTEM"


def booking_reference(year: int, number: int) -> str:
    """The human reference of a booking, e.g. ``BK-2026-000123``."""
    return f"BK-{year}-{number:06d}"


class Booking(Model):
    """A booked service: who, what, when, for how much, and its data."""

    id = fields.IntField(primary_key=True)
    reference = fields.CharField(max_length=32, unique=True)
    status = fields.CharEnumField(BookingStatus, max_length=20, default=BookingStatus.OPTION)
    provider: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="provided_bookings", on_delete=fields.RESTRICT
    )
    provider_id: int
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="bookings", on_delete=fields.RESTRICT
    )
    service_id: int
    customer: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="bookings", on_delete=fields.RESTRICT
    )
    customer_id: int
    client_company: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="client_bookings", null=True, on_delete=fields.RESTRICT
    )
    client_company_id: int | None
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    #: The venue's time zone; starts_at and ends_at are stored in UTC.
    time_zone = fields.CharField(max_length=64, default="UTC")
    destination = fields.CharField(max_length=120, default="")
    participant_count = fields.IntField(default=1)
    total_price = fields.DecimalField(max_digits=12, decimal_places=2)
    commission = fields.DecimalField(max_digits=12, decimal_places=2, default=0)
    currency = fields.CharField(max_length=3, default="EUR")
    free_cancellation_until = fields.DatetimeField(null=True)
    offer_comments = fields.TextField(default="")
    #: ``{code key: value}``, validated against the client company's definitions.
    analytic_codes: Any = fields.JSONField(default=dict)
    #: The INTEGRATION account (the booking system) that wrote the booking, if one did.
    source: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="ingested_bookings", null=True, on_delete=fields.RESTRICT
    )
    source_id: int | None
    #: The booking system's own reference, unique per source.
    external_reference = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "booking"
        ordering = ["-starts_at", "id"]
        indexes = (("provider", "starts_at"), ("customer", "starts_at"))
        unique_together = (("source", "external_reference"),)

    @classmethod
    async def of_thread(cls, thread: Thread) -> Booking | None:
        """The booking ``thread`` is about, directly or through its invoice (``None``: a
        provider's support chat, about neither)."""
        if thread.booking_id is not None:
            return await cls.get_or_none(id=thread.booking_id)
        if thread.invoice_id is not None:
            return await cls.get_or_none(invoices__id=thread.invoice_id)
        return None

    def __str__(self) -> str:
        return self.reference


class Participant(Model):
    """A person taking part in a booking."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="participants", on_delete=fields.CASCADE
    )
    booking_id: int
    position = fields.IntField(default=0)
    name = fields.CharField(max_length=200)

    class Meta:
        table = "participant"
        ordering = ["booking_id", "position", "id"]
        indexes = (("booking", "position"),)

    def __str__(self) -> str:
        return self.name


class FieldValue(Model):
    """The current value of a booking field, for the booking or one participant."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="field_values", on_delete=fields.CASCADE
    )
    booking_id: int
    definition: fields.ForeignKeyRelation[BookingFieldDefinition] = fields.ForeignKeyField(
        "models.BookingFieldDefinition", related_name="values", on_delete=fields.RESTRICT
    )
    definition_id: int
    participant: fields.ForeignKeyNullableRelation[Participant] = fields.ForeignKeyField(
        "models.Participant", related_name="field_values", null=True, on_delete=fields.CASCADE
    )
    participant_id: int | None
    value = fields.TextField(default="")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "booking_field_value"
        unique_together = (("booking", "definition", "participant"),)
        ordering = ["booking_id", "definition_id", "participant_id", "id"]

    def __str__(self) -> str:
        return self.value


class BookingFieldChange(Model):
    """One change of a booking field value: old, new, who, when, through which channel."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="field_changes", on_delete=fields.CASCADE
    )
    booking_id: int
    definition: fields.ForeignKeyRelation[BookingFieldDefinition] = fields.ForeignKeyField(
        "models.BookingFieldDefinition", related_name="changes", on_delete=fields.RESTRICT
    )
    definition_id: int
    participant: fields.ForeignKeyNullableRelation[Participant] = fields.ForeignKeyField(
        "models.Participant", related_name="field_changes", null=True, on_delete=fields.SET_NULL
    )
    participant_id: int | None
    old_value = fields.TextField(null=True)
    new_value = fields.TextField()
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="field_changes", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    channel = fields.CharEnumField(ChangeChannel, max_length=20)
    changed_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "booking_field_change"
        ordering = ["booking_id", "changed_at", "id"]
        indexes = (("booking", "changed_at"),)

    def __str__(self) -> str:
        return f"{self.old_value!r} -> {self.new_value!r}"

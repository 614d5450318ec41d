"""Self-service booking data: the private app per provider, its settings, the edit links."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

from models.organisations import Plan

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.organisations import Organisation
    from models.services import BookingFieldDefinition
    from models.users import User

#: Plans on which a provider may have the app (seeds 002/004: Premium and Enterprise).
ELIGIBLE_PLANS = frozenset({Plan.PREMIUM, Plan.ENTERPRISE})

#: Wrong e-mail addresses accepted on one link before it locks.
MAX_LINK_ATTEMPTS = 5


class SelfServiceApp(Model):
    """A provider's self-service app: enabled by an admin, configured by the provider.

    Disabling keeps the settings and the history; enabling again restores them.
    """

    id = fields.IntField(primary_key=True)
    provider: fields.OneToOneRelation[Organisation] = fields.OneToOneField(
        "models.Organisation", related_name="self_service", on_delete=fields.CASCADE
    )
    provider_id: int
    enabled = fields.BooleanField(default=False)
    #: Edits close this many hours before the booking starts.
    edit_deadline_hours = fields.IntField(default=48)
    #: ``{"en": "...", "fr": "...", "de": "..."}``; empty means the built-in wording.
    email_subject: Any = fields.JSONField(default=dict)
    email_text: Any = fields.JSONField(default=dict)
    reminder_enabled = fields.BooleanField(default=False)
    #: The reminder goes out this many hours before the edit deadline.
    reminder_hours_before_deadline = fields.IntField(default=72)
    reminder_text: Any = fields.JSONField(default=dict)
    editable_fields: fields.ManyToManyRelation[BookingFieldDefinition] = fields.ManyToManyField(
        "models.BookingFieldDefinition",
        related_name="self_service_apps",
        through="self_service_field",
    )
    enabled_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="enabled_self_service_apps",
        null=True,
        on_delete=fields.SET_NULL,
    )
    enabled_by_id: int | None
    enabled_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "self_service_app"

    def __str__(self) -> str:
        return f"self-service of provider {self.provider_id}"

    def editable_until(self, starts_at: datetime) -> datetime:
        """When edits close for a booking starting at ``starts_at``."""
        return starts_at - timedelta(hours=self.edit_deadline_hours)


class SelfServiceLink(Model):
    """The edit link of one booking: a random token, stored only as its hash."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="self_service_links", on_delete=fields.CASCADE
    )
    booking_id: int
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    failed_attempts = fields.IntField(default=0)
    locked_at = fields.DatetimeField(null=True)
    #: First successful validation (the provider sees whether the customer opened it).
    opened_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "self_service_link"
        ordering = ["-created_at", "id"]

    def __str__(self) -> str:
        return f"edit link of booking {self.booking_id}"

    @property
    def locked(self) -> bool:
        """Whether too many wrong e-mail addresses were entered."""
        return self.locked_at is not None

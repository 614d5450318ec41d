"""A provider's services and the typed booking fields defined on them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.organisations import Organisation


class FieldType(StrEnum):
    TEXT = "TEXT"
    PERSON_NAME = "PERSON_NAME"
    LICENCE_PLATE = "LICENCE_PLATE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    DATE = "DATE"
    NUMBER = "NUMBER"
    CHOICE = "CHOICE"


class FieldScope(StrEnum):
    BOOKING = "BOOKING"
    PARTICIPANT = "PARTICIPANT"


class Service(Model):
    """A product a provider sells (a meeting room, a tour, a hotel stay)."""

    id = fields.IntField(primary_key=True)
    provider: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="services", on_delete=fields.RESTRICT
    )
    provider_id: int
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "service"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class BookingFieldDefinition(Model):
    """A typed data field collected for bookings of a service."""

    id = fields.IntField(primary_key=True)
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="field_definitions", on_delete=fields.CASCADE
    )
    service_id: int
    key = fields.CharField(max_length=64)
    #: ``{"en": "...", "fr": "...", "de": "..."}``
    labels: Any = fields.JSONField(default=dict)
    type = fields.CharEnumField(FieldType, max_length=20)
    scope = fields.CharEnumField(FieldScope, max_length=20, default=FieldScope.BOOKING)
    required = fields.BooleanField(default=False)
    max_length = fields.IntField(null=True)
    pattern = fields.CharField(max_length=200, null=True)
    choices: Any = fields.JSONField(default=list)
    position = fields.IntField(default=0)

    class Meta:
        table = "booking_field_definition"
        unique_together = (("service", "key"),)
        ordering = ["service_id", "position", "id"]

    def __str__(self) -> str:
        return self.key

    def label(self, locale: str) -> str:
        """The label in ``locale``, falling back to English, then the key."""
        return self.labels.get(locale) or self.labels.get("en") or self.key

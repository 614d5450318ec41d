"""Automated questions: what a service asks its customers once a booking is confirmed.

A question is asked in the customer's language and its answer is stored as the value of
one booking field of the service, so answers are validated, kept in the field history
and editable like any other booking data. Whether it offers choices or takes free text
follows from that field: a CHOICE field offers its choices, any other type is answered
in free text validated by the field's type.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import ValidationError
from tortoise.models import Model

from models.services import BookingFieldDefinition, FieldScope, FieldType

if TYPE_CHECKING:
    from models.services import Service


class ServiceQuestion(Model):
    """A question posted in the customer thread when a booking of the service is confirmed.

    Invariant (checked on save): the answer field belongs to the same service and is a
    per-booking field; one answer per booking cannot fill a per-participant field.
    """

    id = fields.IntField(primary_key=True)
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="questions", on_delete=fields.CASCADE
    )
    service_id: int
    #: The booking field that stores the answer.
    field: fields.ForeignKeyRelation[BookingFieldDefinition] = fields.ForeignKeyField(
        "models.BookingFieldDefinition", related_name="questions", on_delete=fields.CASCADE
    )
    field_id: int
    #: ``{"en": "...", "fr": "...", "de": "..."}``
    texts: Any = fields.JSONField(default=dict)
    #: Optional labels of the field's choices per locale: ``{"fr": {"none": "Aucun"}}``.
    choice_labels: Any = fields.JSONField(default=dict)
    position = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    #: An archived question is no longer asked; answers already given stay.
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "service_question"
        unique_together = (("service", "field"),)
        ordering = ["service_id", "position", "id"]

    def __str__(self) -> str:
        return self.text("en")

    def text(self, locale: str) -> str:
        """The question in ``locale``, falling back to English."""
        return self.texts.get(locale) or self.texts.get("en") or ""

    def choices(self, definition: BookingFieldDefinition) -> list[str]:
        """The values the answer must be one of; empty for a free-text answer."""
        return list(definition.choices) if definition.type == FieldType.CHOICE else []

    def choice_label(self, choice: str, locale: str) -> str:
        """How ``choice`` reads in ``locale``: its label there, in English, or the value."""
        for language in (locale, "en"):
            label = (self.choice_labels.get(language) or {}).get(choice)
            if label:
                return str(label)
        return choice

    async def check_field(self) -> None:
        """Refuse an answer field of another service or one kept per participant."""
        definition = await BookingFieldDefinition.get_or_none(id=self.field_id)
        if definition is None or definition.service_id != self.service_id:
            raise ValidationError("a question's field must belong to the question's service")
        if definition.scope != FieldScope.BOOKING:
            raise ValidationError("a question's field must be a per-booking field")

    async def save(
        self,
        using_db: BaseDBAsyncClient | None = None,
        update_fields: Iterable[str] | None = None,
        force_create: bool = False,
        force_update: bool = False,
    ) -> None:
        """Save after checking the answer field (see :meth:`check_field`)."""
        await self.check_field()
        await super().save(using_db, update_fields, force_create, force_update)

"""Traveller profiles (issue 14): preferences, loyalty programmes and identity documents of a
customer, kept by the traveller and their company's travel manager."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.threads import Attachment
    from models.users import User


class SeatPreference(StrEnum):
    NO_PREFERENCE = "NO_PREFERENCE"
    WINDOW = "WINDOW"
    AISLE = "AISLE"


class DocumentKind(StrEnum):
    PASSPORT = "PASSPORT"
    IDENTITY_CARD = "IDENTITY_CARD"
    VISA = "VISA"
    DRIVING_LICENCE = "DRIVING_LICENCE"


class TravellerProfile(Model):
    """What the service team needs to know to book for one traveller."""

    id = fields.IntField(primary_key=True)
    traveller: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="traveller_profile", on_delete=fields.CASCADE
    )
    traveller_id: int
    seat_preference = fields.CharEnumField(
        SeatPreference, max_length=20, default=SeatPreference.NO_PREFERENCE
    )
    meal_preference = fields.CharField(max_length=80, default="")
    notes = fields.TextField(default="")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "traveller_profile"

    def __str__(self) -> str:
        return f"profile of user {self.traveller_id}"


class LoyaltyMembership(Model):
    """A traveller's membership of a loyalty programme (airline, hotel chain, rail)."""

    id = fields.IntField(primary_key=True)
    profile: fields.ForeignKeyRelation[TravellerProfile] = fields.ForeignKeyField(
        "models.TravellerProfile", related_name="loyalty_memberships", on_delete=fields.CASCADE
    )
    profile_id: int
    programme = fields.CharField(max_length=80)
    number = fields.CharField(max_length=40)

    class Meta:
        table = "loyalty_membership"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.programme


class IdentityDocument(Model):
    """A passport, identity card, visa or licence of a traveller, with its scanned copy."""

    id = fields.IntField(primary_key=True)
    profile: fields.ForeignKeyRelation[TravellerProfile] = fields.ForeignKeyField(
        "models.TravellerProfile", related_name="identity_documents", on_delete=fields.CASCADE
    )
    profile_id: int
    kind = fields.CharEnumField(DocumentKind, max_length=20)
    number = fields.CharField(max_length=40)
    #: ISO 3166-1 alpha-2.
    issuing_country = fields.CharField(max_length=2)
    expires_on = fields.DateField()
    scan: fields.ForeignKeyNullableRelation[Attachment] = fields.ForeignKeyField(
        "models.Attachment", related_name="identity_documents", null=True, on_delete=fields.SET_NULL
    )
    scan_id: int | None

    class Meta:
        table = "identity_document"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.kind} ({self.issuing_country})"


class DocumentExpiryWarning(Model):
    """The traveller was warned that a document expires before a booking ends (once each)."""

    id = fields.IntField(primary_key=True)
    document: fields.ForeignKeyRelation[IdentityDocument] = fields.ForeignKeyField(
        "models.IdentityDocument", related_name="expiry_warnings", on_delete=fields.CASCADE
    )
    document_id: int
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="document_expiry_warnings", on_delete=fields.CASCADE
    )
    booking_id: int
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "document_expiry_warning"
        unique_together = (("document", "booking"),)

    def __str__(self) -> str:
        return f"document {self.document_id} for booking {self.booking_id}"

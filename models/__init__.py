"""Tortoise models, one module per domain, and the permission policy as plain data.

Nothing in this package imports from ``schema``, ``resolvers`` or ``roost``.
"""

from models.bookings import (
    Booking,
    BookingFieldChange,
    BookingStatus,
    ChangeChannel,
    FieldValue,
    Participant,
)
from models.invoices import Invoice, InvoiceLine, InvoiceStatus, Payment
from models.organisations import Organisation, OrganisationKind, Plan, ProviderKind, Team
from models.services import BookingFieldDefinition, FieldScope, FieldType, Service
from models.threads import (
    Attachment,
    Message,
    MessageKind,
    Party,
    ReadMarker,
    Thread,
    ThreadStatus,
    Urgency,
    Visibility,
)
from models.users import Locale, Role, User

__all__ = [
    "Attachment",
    "Booking",
    "BookingFieldChange",
    "BookingFieldDefinition",
    "BookingStatus",
    "ChangeChannel",
    "FieldScope",
    "FieldType",
    "FieldValue",
    "Invoice",
    "InvoiceLine",
    "InvoiceStatus",
    "Locale",
    "Message",
    "MessageKind",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "Party",
    "Payment",
    "Plan",
    "ProviderKind",
    "ReadMarker",
    "Role",
    "Service",
    "Team",
    "Thread",
    "ThreadStatus",
    "Urgency",
    "User",
    "Visibility",
]

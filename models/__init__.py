"""Tortoise models, one module per domain, and the permission policy as plain data.

Nothing in this package imports from ``schema``, ``resolvers`` or ``roost``.
"""

from models.audit import AuditEntry
from models.bookings import (
    BOOKING_TRANSITIONS,
    Booking,
    BookingFieldChange,
    BookingStatus,
    ChangeChannel,
    FieldValue,
    Participant,
)
from models.crisis import CrisisAlert, CrisisAlertBooking, CrisisAlertRecipient, CrisisSeverity
from models.deadlines import DeadlineWarning
from models.invoices import INVOICE_TRANSITIONS, Invoice, InvoiceLine, InvoiceStatus, Payment
from models.organisations import (
    AnalyticCodeKind,
    Organisation,
    OrganisationKind,
    Plan,
    ProviderKind,
    Team,
)
from models.outbox import OutboxItem, OutboxKind, OutboxStatus
from models.questions import ServiceQuestion
from models.selfservice import ELIGIBLE_PLANS, SelfServiceApp, SelfServiceLink
from models.services import BookingFieldDefinition, FieldScope, FieldType, Service
from models.tallies import ReaderTally, ThreadTally
from models.threads import (
    Attachment,
    Audience,
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
from models.webhooks import WEBHOOK_EVENTS, Webhook

__all__ = [
    "BOOKING_TRANSITIONS",
    "ELIGIBLE_PLANS",
    "INVOICE_TRANSITIONS",
    "WEBHOOK_EVENTS",
    "AnalyticCodeKind",
    "Attachment",
    "Audience",
    "AuditEntry",
    "Booking",
    "BookingFieldChange",
    "BookingFieldDefinition",
    "BookingStatus",
    "ChangeChannel",
    "CrisisAlert",
    "CrisisAlertBooking",
    "CrisisAlertRecipient",
    "CrisisSeverity",
    "DeadlineWarning",
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
    "OutboxItem",
    "OutboxKind",
    "OutboxStatus",
    "Participant",
    "Party",
    "Payment",
    "Plan",
    "ProviderKind",
    "ReadMarker",
    "ReaderTally",
    "Role",
    "SelfServiceApp",
    "SelfServiceLink",
    "Service",
    "ServiceQuestion",
    "Team",
    "Thread",
    "ThreadStatus",
    "ThreadTally",
    "Urgency",
    "User",
    "Visibility",
    "Webhook",
]

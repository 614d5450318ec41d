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
from models.claims import CLAIM_STEPS, Claim, ClaimEvent, ClaimStatus
from models.crisis import CrisisAlert, CrisisAlertBooking, CrisisAlertRecipient, CrisisSeverity
from models.deadlines import DeadlineWarning
from models.invoices import (
    INVOICE_TRANSITIONS,
    CreditNote,
    Invoice,
    InvoiceLine,
    InvoiceStatus,
    Payment,
)
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
from models.routing import AgentPresence, CannedReply, RoutingRule, RuleCondition
from models.selfservice import ELIGIBLE_PLANS, SelfServiceApp, SelfServiceLink
from models.services import BookingFieldDefinition, FieldScope, FieldType, Service
from models.support import Complexity, SupportChat, SupportStatus, SupportTopic
from models.tallies import ReaderTally, ThreadTally
from models.threads import (
    Attachment,
    Audience,
    Message,
    MessageKind,
    Party,
    ReadMarker,
    Thread,
    ThreadKind,
    ThreadStatus,
    Urgency,
    Visibility,
)
from models.tickets import TICKET_TRANSITIONS, DeliveryMode, Ticket, TicketStatus
from models.travellers import (
    DocumentExpiryWarning,
    DocumentKind,
    IdentityDocument,
    LoyaltyMembership,
    SeatPreference,
    TravellerProfile,
)
from models.users import Locale, Role, User
from models.webhooks import WEBHOOK_EVENTS, Webhook

__all__ = [
    "BOOKING_TRANSITIONS",
    "CLAIM_STEPS",
    "ELIGIBLE_PLANS",
    "INVOICE_TRANSITIONS",
    "TICKET_TRANSITIONS",
    "WEBHOOK_EVENTS",
    "AgentPresence",
    "AnalyticCodeKind",
    "Attachment",
    "Audience",
    "AuditEntry",
    "Booking",
    "BookingFieldChange",
    "BookingFieldDefinition",
    "BookingStatus",
    "CannedReply",
    "ChangeChannel",
    "Claim",
    "ClaimEvent",
    "ClaimStatus",
    "Complexity",
    "CreditNote",
    "CrisisAlert",
    "CrisisAlertBooking",
    "CrisisAlertRecipient",
    "CrisisSeverity",
    "DeadlineWarning",
    "DeliveryMode",
    "DocumentExpiryWarning",
    "DocumentKind",
    "FieldScope",
    "FieldType",
    "FieldValue",
    "IdentityDocument",
    "Invoice",
    "InvoiceLine",
    "InvoiceStatus",
    "Locale",
    "LoyaltyMembership",
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
    "RoutingRule",
    "RuleCondition",
    "SeatPreference",
    "SelfServiceApp",
    "SelfServiceLink",
    "Service",
    "ServiceQuestion",
    "SupportChat",
    "SupportStatus",
    "SupportTopic",
    "Team",
    "Thread",
    "ThreadKind",
    "ThreadStatus",
    "ThreadTally",
    "Ticket",
    "TicketStatus",
    "TravellerProfile",
    "Urgency",
    "User",
    "Visibility",
    "Webhook",
]

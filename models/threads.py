"""Conversations: threads on bookings and invoices, their messages, attachments, read state."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.policy import INTERNAL_READERS
from models.users import Role

if TYPE_CHECKING:
    from models.bookings import Booking
    from models.invoices import Invoice
    from models.organisations import Organisation, Team
    from models.questions import ServiceQuestion
    from models.users import User


class Party(StrEnum):
    """Which sides a thread includes; the service team is always in."""

    CUSTOMER = "CUSTOMER"
    PROVIDER = "PROVIDER"
    BOTH = "BOTH"

    @property
    def includes_customer(self) -> bool:
        """Whether the customer side takes part."""
        return self in (Party.CUSTOMER, Party.BOTH)

    @property
    def includes_provider(self) -> bool:
        """Whether the provider side takes part."""
        return self in (Party.PROVIDER, Party.BOTH)


class ThreadKind(StrEnum):
    """What a thread is about: a booking, an invoice, or a provider's support chat."""

    BOOKING = "BOOKING"
    INVOICE = "INVOICE"
    SUPPORT = "SUPPORT"


class Urgency(StrEnum):
    INFO = "INFO"
    ACTION_REQUIRED = "ACTION_REQUIRED"
    URGENT = "URGENT"


#: Inbox order: urgent first.
URGENCY_RANK = {Urgency.URGENT: 0, Urgency.ACTION_REQUIRED: 1, Urgency.INFO: 2}


class ThreadStatus(StrEnum):
    OPEN = "OPEN"
    WAITING = "WAITING"
    RESOLVED = "RESOLVED"
    CLOSED = "CLOSED"


#: Statuses of a thread that needs nothing more (resolution time, SPEC §6 analytics).
DONE = frozenset({ThreadStatus.RESOLVED, ThreadStatus.CLOSED})


class MessageKind(StrEnum):
    TEXT = "TEXT"
    QUESTION = "QUESTION"
    ANSWER = "ANSWER"
    SYSTEM = "SYSTEM"


class Visibility(StrEnum):
    ALL = "ALL"
    INTERNAL = "INTERNAL"


class Audience(StrEnum):
    """Who reads a thread, and so which of its two sequences they see.

    STAFF reads every message (INTERNAL notes included) and counts them all; PARTIES
    (customers, providers, analysts) see only messages for everyone, numbered and timed
    on their own, so a note leaves no gap, no activity and no unread count for them.
    """

    STAFF = "STAFF"
    PARTIES = "PARTIES"

    @classmethod
    def of(cls, role: Role) -> Audience:
        """The audience a role belongs to (the policy's readers of INTERNAL notes)."""
        return cls.STAFF if role in INTERNAL_READERS else cls.PARTIES


class Thread(Model):
    """A conversation attached to a booking or an invoice.

    ``customer``/``provider``/``client_company`` are the parties taking part, copied from
    the booking when the side is included and cleared when it is removed: row scope reads
    them, so removing a side takes the thread away from that side at once.
    """

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyNullableRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="threads", null=True, on_delete=fields.RESTRICT
    )
    booking_id: int | None
    invoice: fields.ForeignKeyNullableRelation[Invoice] = fields.ForeignKeyField(
        "models.Invoice", related_name="threads", null=True, on_delete=fields.RESTRICT
    )
    invoice_id: int | None
    parties = fields.CharEnumField(Party, max_length=10)
    customer: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="customer_threads", null=True, on_delete=fields.RESTRICT
    )
    customer_id: int | None
    provider: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation",
        related_name="provider_threads",
        null=True,
        on_delete=fields.RESTRICT,
    )
    provider_id: int | None
    client_company: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation",
        related_name="company_threads",
        null=True,
        on_delete=fields.RESTRICT,
    )
    client_company_id: int | None
    subject = fields.CharField(max_length=200, default="")
    urgency = fields.CharEnumField(Urgency, max_length=20, default=Urgency.INFO)
    #: Only one of the three urgencies, ACTION_REQUIRED, carries a respond-by date.
    respond_by = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ThreadStatus, max_length=20, default=ThreadStatus.OPEN)
    assigned_team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="threads", null=True, on_delete=fields.SET_NULL
    )
    assigned_team_id: int | None
    assigned_agent: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="assigned_threads", null=True, on_delete=fields.SET_NULL
    )
    assigned_agent_id: int | None
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="started_threads", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    #: Sequence number of the last message; the next message takes ``last_seq + 1``.
    last_seq = fields.IntField(default=0)
    last_activity_at = fields.DatetimeField(auto_now_add=True)
    #: The same for messages the parties see (visibility ALL); 0 and null until the first.
    last_public_seq = fields.IntField(default=0)
    last_public_activity_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    #: Routing (``resolvers/routing.py``): the rule that chose the team, or "out of hours".
    routed_because = fields.CharField(max_length=120, null=True)
    #: The team a thread parked with the always-open team out of hours goes back to.
    home_team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="parked_threads", null=True, on_delete=fields.SET_NULL
    )
    home_team_id: int | None
    #: First-response target, in the assigned team's service hours; at risk in its last fifth.
    first_response_due_at = fields.DatetimeField(null=True)
    sla_at_risk_at = fields.DatetimeField(null=True)
    first_responded_at = fields.DatetimeField(null=True)
    #: Set once by the worker that reports the breach (a conditional update: exactly once).
    sla_breach_notified_at = fields.DatetimeField(null=True)
    #: SUPPORT threads belong to a provider (``models.support``), not to a booking or invoice.
    kind = fields.CharEnumField(ThreadKind, max_length=10, default=ThreadKind.BOOKING)
    #: When it was last RESOLVED or CLOSED (null while OPEN or WAITING); for analytics.
    resolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "thread"
        ordering = ["-last_activity_at", "id"]
        indexes = (
            ("customer", "last_public_activity_at"),
            ("provider", "last_public_activity_at"),
            ("client_company", "last_public_activity_at"),
            ("booking", "status"),
        )

    def move_to(self, status: ThreadStatus, now: datetime) -> None:
        """Set ``status``; resolving or closing dates the resolution, reopening clears it."""
        if status in DONE:
            self.resolved_at = self.resolved_at if self.status in DONE else now
        else:
            self.resolved_at = None
        self.status = status

    def last_seq_for(self, audience: Audience) -> int:
        """The last sequence number ``audience`` sees."""
        return self.last_seq if audience is Audience.STAFF else self.last_public_seq

    def last_activity_for(self, audience: Audience) -> datetime:
        """When ``audience`` last saw something happen (created, if nothing yet)."""
        if audience is Audience.STAFF:
            return self.last_activity_at
        return self.last_public_activity_at or self.created_at

    def __str__(self) -> str:
        return self.subject or f"thread {self.id}"


class Message(Model):
    """One message of a thread, numbered gaplessly within the thread."""

    id = fields.IntField(primary_key=True)
    thread: fields.ForeignKeyRelation[Thread] = fields.ForeignKeyField(
        "models.Thread", related_name="messages", on_delete=fields.CASCADE
    )
    thread_id: int
    seq = fields.IntField()
    #: The number the parties see: 1, 2, 3… over visibility ALL only; null for notes.
    public_seq = fields.IntField(null=True)
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    author_id: int | None
    kind = fields.CharEnumField(MessageKind, max_length=20, default=MessageKind.TEXT)
    visibility = fields.CharEnumField(Visibility, max_length=20, default=Visibility.ALL)
    body = fields.TextField()
    client_message_id = fields.CharField(max_length=64, null=True)
    #: The automated question a QUESTION message asks, or an ANSWER message answers.
    question: fields.ForeignKeyNullableRelation[ServiceQuestion] = fields.ForeignKeyField(
        "models.ServiceQuestion", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    question_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "message"
        unique_together = (
            ("thread", "seq"),
            ("thread", "public_seq"),
            ("author", "client_message_id"),
        )
        ordering = ["thread_id", "seq"]

    def seq_for(self, audience: Audience) -> int:
        """This message's number as ``audience`` sees it."""
        if audience is Audience.STAFF or self.public_seq is None:
            return self.seq
        return self.public_seq

    def __str__(self) -> str:
        return f"#{self.seq}: {self.body[:40]}"


class Attachment(Model):
    """An uploaded file (screenshot, PDF), stored by content hash, attached to one message."""

    id = fields.IntField(primary_key=True)
    uploader: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="attachments", null=True, on_delete=fields.SET_NULL
    )
    uploader_id: int | None
    message: fields.ForeignKeyNullableRelation[Message] = fields.ForeignKeyField(
        "models.Message", related_name="attachments", null=True, on_delete=fields.CASCADE
    )
    message_id: int | None
    filename = fields.CharField(max_length=200)
    content_type = fields.CharField(max_length=100)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "attachment"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.filename


class ReadMarker(Model):
    """How far a user has read a thread, in the numbering of the user's audience."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="read_markers", on_delete=fields.CASCADE
    )
    user_id: int
    thread: fields.ForeignKeyRelation[Thread] = fields.ForeignKeyField(
        "models.Thread", related_name="read_markers", on_delete=fields.CASCADE
    )
    thread_id: int
    last_read_seq = fields.IntField(default=0)
    read_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "read_marker"
        unique_together = (("user", "thread"),)

    def __str__(self) -> str:
        return f"user {self.user_id} read thread {self.thread_id} to #{self.last_read_seq}"

"""The supplier support desk (SPEC §5): topics, and the state of each support chat.

A support chat is a :class:`models.threads.Thread` of kind SUPPORT attached to a provider
(messages, attachments, read state and notices are the thread's); :class:`SupportChat`
holds what makes it a support case: its topic, where it stands in the live queue or as a
ticket, the agent who took it and the provider's rating.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

from models.threads import Thread, ThreadStatus

if TYPE_CHECKING:
    from models.organisations import Organisation, Team
    from models.threads import Message
    from models.users import User

#: The 24/7 team that answers support chats live.
SUPPORT_TEAM = "support"


class Complexity(StrEnum):
    """SIMPLE topics are answered live; COMPLEX ones become a ticket for a specialised team."""

    SIMPLE = "SIMPLE"
    COMPLEX = "COMPLEX"


class SupportStatus(StrEnum):
    QUEUED = "QUEUED"
    ACTIVE = "ACTIVE"
    RESOLVED = "RESOLVED"
    TICKET_OPEN = "TICKET_OPEN"
    TICKET_PENDING = "TICKET_PENDING"
    TICKET_SOLVED = "TICKET_SOLVED"
    CLOSED = "CLOSED"

    @property
    def is_ticket(self) -> bool:
        """Whether the chat has become a ticket (open, pending or solved)."""
        return self in TICKET_STATES


TICKET_STATES = frozenset(
    {SupportStatus.TICKET_OPEN, SupportStatus.TICKET_PENDING, SupportStatus.TICKET_SOLVED}
)

#: Moves of a ticket: open -> pending (waiting on the provider) -> solved -> closed; a
#: pending or solved ticket may be reopened.
TICKET_TRANSITIONS: dict[SupportStatus, frozenset[SupportStatus]] = {
    SupportStatus.TICKET_OPEN: frozenset(
        {SupportStatus.TICKET_PENDING, SupportStatus.TICKET_SOLVED}
    ),
    SupportStatus.TICKET_PENDING: frozenset(
        {SupportStatus.TICKET_OPEN, SupportStatus.TICKET_SOLVED}
    ),
    SupportStatus.TICKET_SOLVED: frozenset({SupportStatus.TICKET_OPEN, SupportStatus.CLOSED}),
}

#: States in which the provider may rate the chat (once).
RATEABLE = frozenset({SupportStatus.RESOLVED, SupportStatus.TICKET_SOLVED, SupportStatus.CLOSED})


class SupportTopic(Model):
    """One topic of the support taxonomy; retired topics are kept for the chats that had them."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=40, unique=True)
    #: ``{"en": ..., "fr": ..., "de": ...}``.
    labels: Any = fields.JSONField(default=dict)
    complexity = fields.CharEnumField(Complexity, max_length=10, default=Complexity.SIMPLE)
    #: The team that handles tickets of this topic.
    team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="support_topics", null=True, on_delete=fields.SET_NULL
    )
    team_id: int | None
    retired = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "support_topic"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.key

    def label(self, locale: str) -> str:
        """The label in ``locale``, else English, else the key."""
        return self.labels.get(locale) or self.labels.get("en") or self.key


class SupportChat(Model):
    """The support-desk state of one support thread (one-to-one)."""

    id = fields.IntField(primary_key=True)
    thread: fields.OneToOneRelation[Thread] = fields.OneToOneField(
        "models.Thread", related_name="support_chat", on_delete=fields.CASCADE
    )
    thread_id: int
    #: The provider the chat belongs to (the thread's, kept here for row scope).
    provider: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="support_chats", on_delete=fields.RESTRICT
    )
    provider_id: int
    topic: fields.ForeignKeyRelation[SupportTopic] = fields.ForeignKeyField(
        "models.SupportTopic", related_name="chats", on_delete=fields.RESTRICT
    )
    topic_id: int
    status = fields.CharEnumField(SupportStatus, max_length=20)
    #: When the chat entered the live queue; its place there (kept when it is released).
    waiting_since = fields.DatetimeField(null=True)
    taken_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="support_chats_taken", null=True, on_delete=fields.SET_NULL
    )
    taken_by_id: int | None
    taken_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)
    #: The INTERNAL note holding the escalation summary.
    escalation_note: fields.ForeignKeyNullableRelation[Message] = fields.ForeignKeyField(
        "models.Message", related_name="escalated_chats", null=True, on_delete=fields.SET_NULL
    )
    escalation_note_id: int | None
    rating = fields.SmallIntField(null=True)
    rating_comment = fields.TextField(null=True)
    rated_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "support_chat"
        ordering = ["-created_at", "-id"]
        indexes = (("status", "waiting_since"), ("provider", "created_at"))

    def __str__(self) -> str:
        return f"support chat {self.id} ({self.status})"

    @classmethod
    async def reopen_on_provider_reply(cls, thread_id: int) -> bool:
        """A provider's reply to a ticket waiting on them reopens it (call inside the
        reply's transaction); whether it did."""
        moved = await cls.filter(thread_id=thread_id, status=SupportStatus.TICKET_PENDING).update(
            status=SupportStatus.TICKET_OPEN
        )
        if moved:
            await Thread.filter(id=thread_id).update(status=ThreadStatus.OPEN)
        return bool(moved)

"""Routing: the rules that send a thread to a team, agents' presence, canned replies.

A thread's team also sets its first-response target, counted in the team's service hours
(:mod:`models.service_time`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.organisations import Team
    from models.users import User


class RuleCondition(StrEnum):
    """What a routing rule looks at."""

    #: The booking's customer is a VIP.
    CUSTOMER_VIP = "CUSTOMER_VIP"
    #: The booking has at least ``threshold`` participants.
    PARTICIPANTS_AT_LEAST = "PARTICIPANTS_AT_LEAST"
    #: Every thread (the last rule, a default).
    ALWAYS = "ALWAYS"


#: Why a thread waits with the always-open team instead of its own.
OUT_OF_HOURS = "out of hours"


class RoutingRule(Model):
    """One rule: threads matching ``condition`` go to ``team``; rules are tried by position."""

    id = fields.IntField(primary_key=True)
    position = fields.IntField()
    condition = fields.CharEnumField(RuleCondition, max_length=30)
    threshold = fields.IntField(null=True)
    team: fields.ForeignKeyRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="routing_rules", on_delete=fields.CASCADE
    )
    team_id: int

    class Meta:
        table = "routing_rule"
        ordering = ["position", "id"]

    def matches(self, customer_is_vip: bool, participants: int) -> bool:
        """Whether a thread with these facts falls under this rule."""
        if self.condition is RuleCondition.CUSTOMER_VIP:
            return customer_is_vip
        if self.condition is RuleCondition.PARTICIPANTS_AT_LEAST:
            return participants >= (self.threshold or 0)
        return True

    def reason(self) -> str:
        """The reason a thread routed by this rule shows (``Thread.routedBecause``)."""
        if self.condition is RuleCondition.CUSTOMER_VIP:
            return "VIP customer"
        if self.condition is RuleCondition.PARTICIPANTS_AT_LEAST:
            return f"{self.threshold} or more participants"
        return "default"

    def __str__(self) -> str:
        return f"{self.position}: {self.reason()}"


class AgentPresence(Model):
    """An open, authenticated WebSocket of an agent: a heartbeat row per socket.

    The row is refreshed while the socket stays open and removed when it closes; a row
    whose heartbeat is older than the presence timeout (a crashed instance) is ignored.
    """

    id = fields.IntField(primary_key=True)
    session = fields.CharField(max_length=36, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="presences", on_delete=fields.CASCADE
    )
    user_id: int
    seen_at = fields.DatetimeField()

    class Meta:
        table = "agent_presence"
        indexes = (("user", "seen_at"),)

    def __str__(self) -> str:
        return f"user {self.user_id} online ({self.session})"


class CannedReply(Model):
    """A reply a team's agents insert; ``{customer_name}`` and ``{booking_reference}`` are
    filled in for the thread it goes into."""

    id = fields.IntField(primary_key=True)
    team: fields.ForeignKeyRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="canned_replies", on_delete=fields.CASCADE
    )
    team_id: int
    title = fields.CharField(max_length=120)
    body = fields.TextField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "canned_reply"
        ordering = ["team_id", "title", "id"]

    def __str__(self) -> str:
        return self.title

"""Organisations (providers and client companies) and the operator's service teams."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from models.users import User


class OrganisationKind(StrEnum):
    PROVIDER = "PROVIDER"
    CLIENT_COMPANY = "CLIENT_COMPANY"


class ProviderKind(StrEnum):
    VENUE = "VENUE"
    SUPPLIER = "SUPPLIER"


class Plan(StrEnum):
    BASIC = "BASIC"
    PREMIUM = "PREMIUM"
    ENTERPRISE = "ENTERPRISE"


class AnalyticCodeKind(StrEnum):
    """A client company's analytic code: free text or one of its choices (SPEC §6)."""

    FREE = "FREE"
    CHOICE = "CHOICE"


class Organisation(Model):
    """A provider (venue, supplier) or a client company."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    kind = fields.CharEnumField(OrganisationKind, max_length=20)
    provider_kind = fields.CharEnumField(ProviderKind, max_length=20, null=True)
    plan = fields.CharEnumField(Plan, max_length=20, default=Plan.BASIC)
    active = fields.BooleanField(default=True)
    verified = fields.BooleanField(default=False)
    time_zone = fields.CharField(max_length=64, default="UTC")
    #: Client companies: three free-text and two drop-down analytic codes,
    #: ``[{"key", "label", "kind": "FREE" | "CHOICE", "choices": [...]}]``.
    analytic_code_definitions: Any = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "organisation"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_provider(self) -> bool:
        """Whether this organisation delivers bookings."""
        return self.kind == OrganisationKind.PROVIDER


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The longest team key: a longer one names no team and is not looked up.
TEAM_KEY_LENGTH = 40


class Team(Model):
    """A team of agents with weekly service hours in its own time zone."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=TEAM_KEY_LENGTH, unique=True)
    name = fields.CharField(max_length=120)
    time_zone = fields.CharField(max_length=64, default="UTC")
    always_open = fields.BooleanField(default=False)
    #: ``{"mon": [["09:00", "19:00"]], ...}`` in the team's time zone.
    service_hours: Any = fields.JSONField(default=dict)
    #: Days the team is closed, ``["2026-12-25", ...]`` (ISO dates in its time zone).
    closures: Any = fields.JSONField(default=list)
    #: Open threads an agent of this team is auto-assigned at most (null: the setting).
    agent_capacity = fields.IntField(null=True)
    #: First-response targets in minutes of service time, ``{"URGENT": 15, ...}``; an
    #: urgency not listed takes the default (``models.sla.DEFAULT_TARGETS``).
    response_targets: Any = fields.JSONField(default=dict)
    #: Team leads: e-mailed when a first-response target is breached.
    leads: fields.ManyToManyRelation[User] = fields.ManyToManyField(
        "models.User", related_name="led_teams", through="team_lead"
    )

    class Meta:
        table = "team"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name

    def is_open_at(self, moment: datetime) -> bool:
        """Whether the team is in service at ``moment`` (an aware datetime)."""
        if self.always_open:
            return True
        local = moment.astimezone(ZoneInfo(self.time_zone))
        if local.date().isoformat() in self.closures:
            return False
        clock = local.strftime("%H:%M")
        spans = self.service_hours.get(WEEKDAYS[local.weekday()], [])
        return any(start <= clock < end for start, end in spans)

"""People: customers, provider staff, travel managers and the operator's staff."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.sql import execute

if TYPE_CHECKING:
    from models.organisations import Organisation, Team


class Role(StrEnum):
    """SPEC §1: what a caller is; decides row scope and field rules."""

    CUSTOMER = "CUSTOMER"
    GUEST = "GUEST"
    PROVIDER_STAFF = "PROVIDER_STAFF"
    TRAVEL_MANAGER = "TRAVEL_MANAGER"
    AGENT = "AGENT"
    ADMIN = "ADMIN"
    ANALYST = "ANALYST"
    #: The operator's booking system (a service account): feeds bookings through ingest.
    INTEGRATION = "INTEGRATION"


class Locale(StrEnum):
    EN = "en"
    FR = "fr"
    DE = "de"


class User(Model):
    """An account. GUEST access is a token scoped to a booking, not an account."""

    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    name = fields.CharField(max_length=200)
    phone = fields.CharField(max_length=40, null=True)
    locale = fields.CharEnumField(Locale, max_length=2, default=Locale.EN)
    #: For dates and times in e-mails (IANA name).
    time_zone = fields.CharField(max_length=64, default="Europe/Paris")
    role = fields.CharEnumField(Role, max_length=20)
    organisation: fields.ForeignKeyNullableRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="members", null=True, on_delete=fields.RESTRICT
    )
    organisation_id: int | None
    is_vip = fields.BooleanField(default=False)
    active = fields.BooleanField(default=True)
    teams: fields.ManyToManyRelation[Team] = fields.ManyToManyField(
        "models.Team", related_name="members", through="user_team"
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    #: When the person's personal data was erased (pseudonymised); never undone.
    erased_at = fields.DatetimeField(null=True)

    class Meta:
        table = "user"
        ordering = ["id"]
        #: A provider's staff or a company's members (notice audiences, row scopes).
        indexes = (("organisation", "role"),)

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


@lru_cache(maxsize=1)
def _active_user_query() -> str:
    columns = ", ".join(f'"{column}"' for column in User._meta.fields_db_projection.values())
    return f'SELECT {columns} FROM "user" WHERE id = ? AND active = ?'


async def active_user(user_id: int) -> User | None:
    """The account ``user_id`` if it is active (read on every authenticated request: one
    statement written once, without building a query each time)."""
    rows = await execute(_active_user_query(), [user_id, True])
    return User._init_from_db(**rows[0]) if rows else None

"""Who is calling: the user (or guest link) behind a verified token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models import Role, User


@dataclass(frozen=True)
class Principal:
    """The caller as the policy sees it.

    ``booking_id`` is set for GUEST access (one booking); ``user`` is the account, if any.
    """

    role: Role
    user: User | None
    booking_id: int | None = None
    expires_at: datetime | None = None

    @property
    def user_id(self) -> int | None:
        """The account's id, or ``None`` for a guest."""
        return self.user.id if self.user else None

    @property
    def organisation_id(self) -> int | None:
        """The organisation the account belongs to, if any."""
        return self.user.organisation_id if self.user else None

    @classmethod
    def for_user(cls, user: User, expires_at: datetime | None = None) -> Principal:
        """The principal of a logged-in account; the role comes from the database."""
        return cls(role=Role(user.role), user=user, expires_at=expires_at)

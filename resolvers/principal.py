"""Who is calling: the user (or guest link) behind a verified token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from models import ELIGIBLE_PLANS, Role, SelfServiceApp, SelfServiceLink, User


@dataclass(frozen=True)
class Principal:
    """The caller as the policy sees it.

    ``booking_id`` is set for GUEST access (one booking, through the self-service link
    ``link_id``); ``user`` is the account, if any.
    """

    role: Role
    user: User | None
    booking_id: int | None = None
    expires_at: datetime | None = None
    link_id: int | None = None

    @property
    def user_id(self) -> int | None:
        """The account's id, or ``None`` for a guest."""
        return self.user.id if self.user else None

    @property
    def organisation_id(self) -> int | None:
        """The organisation the account belongs to, if any."""
        return self.user.organisation_id if self.user else None

    @property
    def is_guest(self) -> bool:
        """Whether the caller came in through a self-service link (no account)."""
        return self.role is Role.GUEST

    @classmethod
    def for_user(cls, user: User, expires_at: datetime | None = None) -> Principal:
        """The principal of a logged-in account; the role comes from the database."""
        return cls(role=Role(user.role), user=user, expires_at=expires_at)

    @classmethod
    def for_guest(cls, link_id: int, booking_id: int, expires_at: datetime) -> Principal:
        """The principal of a customer who validated the self-service link ``link_id``."""
        return cls(
            role=Role.GUEST,
            user=None,
            booking_id=booking_id,
            expires_at=expires_at,
            link_id=link_id,
        )


async def guest_principal(
    link_id: int, booking_id: int, expires_at: datetime, now: datetime | None = None
) -> Principal | None:
    """The GUEST principal of link ``link_id`` if the link still grants access, else ``None``.

    Access lasts while the link exists, belongs to ``booking_id``, is neither locked nor
    expired, and the booking's provider still has the self-service app enabled (on an
    eligible plan, as :func:`resolvers.selfservice_app.enabled_app` requires). The
    principal expires with the token (``expires_at``) or the link, whichever comes first.
    """
    now = now or datetime.now(UTC)
    link = await SelfServiceLink.get_or_none(id=link_id, booking_id=booking_id)
    if link is None or link.locked or link.expires_at <= now or expires_at <= now:
        return None
    if not await SelfServiceApp.exists(
        provider__provided_bookings__id=booking_id,
        provider__plan__in=list(ELIGIBLE_PLANS),
        enabled=True,
    ):
        return None
    return Principal.for_guest(link.id, booking_id, min(expires_at, link.expires_at))

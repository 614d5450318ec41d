"""Edit links of the self-service app: random tokens, stored hashed, one booking each."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from models import Booking, SelfServiceApp, SelfServiceLink
from models.selfservice import MAX_LINK_ATTEMPTS


def token_hash(token: str) -> str:
    """What is stored of a link token (never the token itself)."""
    return hashlib.sha256(token.encode()).hexdigest()


async def create_link(booking: Booking, app: SelfServiceApp) -> tuple[str, SelfServiceLink]:
    """A new edit link for ``booking``, expiring when edits close; returns the raw token.

    Call it inside the transaction that also queues the e-mail carrying it.
    """
    token, row = new_link(booking, app)
    return token, await SelfServiceLink.create(**row)


def new_link(booking: Booking, app: SelfServiceApp) -> tuple[str, dict[str, Any]]:
    """Like :func:`create_link`, but the link is a row not written yet (for
    :func:`roost.bulk_insert.insert_rows`)."""
    token = secrets.token_urlsafe(32)
    row = {
        "booking_id": booking.id,
        "token_hash": token_hash(token),
        "expires_at": app.editable_until(booking.starts_at),
    }
    return token, row


def link_url(base_url: str, token: str) -> str:
    """``ROOST_SELF_SERVICE_URL?token=…``."""
    separator = "&" if "?" in base_url else "?"
    return f"{base_url}{separator}token={token}"


async def usable_link(token: str, now: datetime | None = None) -> SelfServiceLink | None:
    """The link behind ``token`` if it exists and has not expired (locked links included)."""
    link = await SelfServiceLink.get_or_none(token_hash=token_hash(token.strip()))
    if link is None or link.expires_at <= (now or datetime.now(UTC)):
        return None
    return link


@dataclass(frozen=True)
class LinkLanding:
    """What the self-service page shows of a link before its e-mail address is typed."""

    #: The language of the booking's customer.
    locale: str
    provider_name: str
    locked: bool
    attempts_left: int


async def link_landing(token: str, now: datetime | None = None) -> LinkLanding | None:
    """The landing of link ``token``; ``None`` for an unknown or expired one (alike).

    Reads only: no attempt is counted and the link is not marked opened.
    """
    link = await usable_link(token, now)
    if link is None:
        return None
    row = (
        await Booking.filter(id=link.booking_id)
        .first()
        .values("provider__name", "customer__locale")
    )
    if row is None:
        return None
    return LinkLanding(
        locale=str(row["customer__locale"]),
        provider_name=row["provider__name"],
        locked=link.locked,
        attempts_left=max(0, MAX_LINK_ATTEMPTS - link.failed_attempts),
    )

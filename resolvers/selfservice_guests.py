"""The login step of a self-service link: re-enter the booking's e-mail, get a GUEST token.

``validateSelfServiceLink`` needs no account. An unknown and an expired token get the
same ``LINK_INVALID`` answer; a wrong e-mail address is counted on the link, which locks
after :data:`models.selfservice.MAX_LINK_ATTEMPTS` of them (``LINK_LOCKED``, from then on
also for the right address). The right address (trimmed, case-insensitive) returns a
GUEST token scoped to the link's booking that expires no later than the link; the first
success is recorded as the link's ``opened_at``.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models import Booking, SelfServiceLink, User
from models.selfservice import MAX_LINK_ATTEMPTS
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.principal import Principal
from resolvers.selfservice_edits import app_for
from resolvers.selfservice_links import usable_link
from roost.auth import mint_guest_token
from roost.i18n import N_, translate
from roost.settings import Settings
from subscriptions.channels import announce_revocation
from subscriptions.hub import Hub

#: Refusals of the login step (message ids; the catalogues hold their translations).
TEXTS: dict[str, str] = {
    "invalid": N_("This link is invalid or has expired. Ask the provider for a new one."),
    "locked": N_(
        "This link is locked after too many wrong e-mail addresses. Ask the provider for a new one."
    ),
    "mismatch": N_("This is not the e-mail address of the booking. Attempts left: {left}."),
    "unavailable": N_("Self-service links cannot be used on this server."),
}


def _text(key: str, locale: str, **params: object) -> str:
    return translate(TEXTS[key], locale, **params)


@dataclass(frozen=True)
class GuestAccess:
    """A validated link: the GUEST token, when it expires, and the booking it opens."""

    token: str
    expires_at: datetime
    link: SelfServiceLink
    booking: Booking

    @property
    def principal(self) -> Principal:
        """The GUEST principal the token stands for."""
        return Principal.for_guest(self.link.id, self.booking.id, self.expires_at)


def same_email(given: str, expected: str) -> bool:
    """Whether ``given`` is ``expected``, trimmed and case-insensitive (constant time)."""
    return hmac.compare_digest(
        given.strip().casefold().encode(), expected.strip().casefold().encode()
    )


async def _guess(
    link_id: int, email: str, expected: str, locale: str, now: datetime, hub: Hub | None
) -> None:
    """Check one address on link ``link_id``, one guess at a time per link.

    The link's row is locked while the guess is checked and counted, so concurrent
    guesses take turns: never more than :data:`MAX_LINK_ATTEMPTS` wrong ones are checked,
    and each is told exactly how many are left. The right address counts nothing. The
    guess that locks the link announces it, so guests' open sockets close at once.
    """
    async with in_transaction():
        link = await SelfServiceLink.filter(id=link_id).select_for_update().get()
        if link.locked:
            raise Refused("LINK_LOCKED", _text("locked", locale), "token")
        if same_email(email, expected):
            return
        link.failed_attempts += 1
        if link.failed_attempts >= MAX_LINK_ATTEMPTS:
            link.locked_at = now
        await link.save(update_fields=["failed_attempts", "locked_at"])
    if link.locked:
        if hub is not None:
            await announce_revocation(hub, link_id=link.id)
        raise Refused("LINK_LOCKED", _text("locked", locale), "token")
    left = MAX_LINK_ATTEMPTS - link.failed_attempts
    raise Refused("EMAIL_MISMATCH", _text("mismatch", locale, left=left), "email")


async def open_link(
    settings: Settings,
    token: str,
    email: str,
    locale: str = "en",
    now: datetime | None = None,
    hub: Hub | None = None,
) -> GuestAccess:
    """Check ``email`` against the booking of link ``token``; a GUEST token if it matches.

    ``locale`` is for the one answer given before the link is known (``LINK_INVALID``);
    later answers are in the language of the booking's customer.
    """
    now = now or datetime.now(UTC)
    link = await usable_link(token, now)
    if link is None:
        raise Refused("LINK_INVALID", _text("invalid", locale), "token")
    booking = await Booking.get(id=link.booking_id)
    customer = await User.get(id=booking.customer_id)
    locale = str(customer.locale)
    await app_for(booking, locale)
    await _guess(link.id, email, customer.email, locale, now, hub)
    if not settings.can_sign_tokens:
        raise Refused("SELF_SERVICE_UNAVAILABLE", _text("unavailable", locale))
    await SelfServiceLink.filter(id=link.id, opened_at=None).update(opened_at=now)
    signed, expires_at = mint_guest_token(settings, link, now)
    return GuestAccess(signed, expires_at, link, booking)


async def validate_link(context: RequestContext, token: str, email: str) -> GuestAccess:
    """``validateSelfServiceLink``: anyone may try, no token needed.

    On success the rest of this request reads as the new guest (the payload's booking).
    """
    if context.principal is not None:
        allowed(context.principal, "validateSelfServiceLink")
    context.throttle("link_guesses", by_address=True)
    access = await open_link(context.settings, token, email, context.locale.value, hub=context.hub)
    context.principal = access.principal
    context.fresh_loaders()
    return access

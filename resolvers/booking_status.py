"""A booking's life after it was booked: its status, an option's comments, invoice status.

Status changes follow ``models.BOOKING_TRANSITIONS`` (OPTION → CONFIRMED or CANCELLED,
CONFIRMED → COMPLETED or CANCELLED), whether an agent sets them (``setBookingStatus``) or
the booking system sends them (``upsertBookings``). Confirming asks the service's questions
and queues the confirmation e-mail (:func:`resolvers.questions.confirmation_effects`);
cancelling closes the booking's open threads with a SYSTEM message in the customer's
language. The effects run inside the transaction of the change; :func:`publish_effects`
wakes subscribers up after it commits. ``updateOfferComments`` writes the comments of an
OPTION; ``setInvoiceStatus`` follows ``models.INVOICE_TRANSITIONS``. Changes made through
the API are written with their audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models import (
    BOOKING_TRANSITIONS,
    INVOICE_TRANSITIONS,
    Booking,
    BookingStatus,
    Invoice,
    InvoiceStatus,
    MessageKind,
    Thread,
    ThreadKind,
    ThreadStatus,
    Visibility,
)
from resolvers.access import allowed, writable
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import MAX_TEXT
from resolvers.principal import Principal
from resolvers.questions import Posted, confirmation_effects, locale_of
from resolvers.scope import scoped
from resolvers.threads import append_message, publish_thread_event
from resolvers.webhook_events import booking_status_changed, thread_status_changed
from roost.i18n import N_, translate
from roost.settings import Settings
from subscriptions.hub import Hub

#: The SYSTEM message that closes a cancelled booking's threads.
CANCELLED_TEXT = N_("This booking was cancelled; the conversation is closed.")


def legal(old: BookingStatus, new: BookingStatus) -> bool:
    """Whether a booking may go from ``old`` to ``new`` (the same status is always fine)."""
    return old is new or new in BOOKING_TRANSITIONS[old]


@dataclass
class Effects:
    """What status changes did, for the wake-up after commit."""

    posted: list[Posted] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)


async def status_effects(
    booking: Booking, old: BookingStatus | None, settings: Settings, effects: Effects
) -> None:
    """Carry out what ``booking`` reaching its status from ``old`` (``None``: a new
    booking) does, inside the transaction that changed it."""
    new = BookingStatus(booking.status)
    if old is new:
        return
    if old is not None:
        await booking_status_changed(booking, old)
    if new is BookingStatus.CONFIRMED:
        posted = await confirmation_effects(booking, settings)
        if posted is not None:
            effects.posted.append(posted)
    elif new is BookingStatus.CANCELLED and old is not None:
        effects.closed.extend(await _close_threads(booking))


async def _close_threads(booking: Booking) -> list[int]:
    """Close the booking's open threads, each with a SYSTEM message in the customer's
    language."""
    threads = (
        await Thread.filter(booking_id=booking.id)
        .exclude(status=ThreadStatus.CLOSED)
        .exclude(kind=ThreadKind.SUPPORT)
    )
    if not threads:
        return []
    locale = await locale_of(booking.customer_id)
    for thread in threads:
        await append_message(
            thread.id,
            None,
            translate(CANCELLED_TEXT, locale),
            kind=MessageKind.SYSTEM,
        )
    await Thread.filter(id__in=[t.id for t in threads]).update(status=ThreadStatus.CLOSED)
    await Thread.filter(id__in=[t.id for t in threads], resolved_at__isnull=True).update(
        resolved_at=datetime.now(UTC)
    )
    for thread in threads:
        old = ThreadStatus(thread.status)
        thread.status = ThreadStatus.CLOSED
        await thread_status_changed(thread, old)
    return [t.id for t in threads]


async def publish_effects(hub: Hub, effects: Effects) -> None:
    """Wake up the subscribers of every thread the status changes touched (after commit)."""
    fresh = {t.id: t for t in await Thread.filter(id__in=[p.thread.id for p in effects.posted])}
    for posted in effects.posted:
        thread = fresh[posted.thread.id]
        await publish_thread_event(hub, thread, posted.event, visibility=Visibility.ALL.value)
    for thread in await Thread.filter(id__in=effects.closed):
        await publish_thread_event(hub, thread, "message", visibility=Visibility.ALL.value)
        await publish_thread_event(hub, thread, "status")


async def _booking(principal: Principal, booking_id: int | None) -> Booking:
    """The booking in the caller's scope, locked (call inside a transaction)."""
    booking = (
        await scoped(Booking, principal).select_for_update().get_or_none(id=booking_id)
        if booking_id
        else None
    )
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    return booking


async def set_booking_status(
    context: RequestContext, booking_id: int | None, status: BookingStatus
) -> Booking:
    """Move a booking along a legal transition, with the effects of its new status."""
    principal = context.require_principal()
    allowed(principal, "setBookingStatus")
    writable(principal, "Booking", ["status"])
    effects = Effects()
    async with in_transaction():
        booking = await _booking(principal, booking_id)
        before = BookingStatus(booking.status)
        if status is before or not legal(before, status):
            raise Refused(
                "INVALID_TRANSITION",
                N_("A {before} booking cannot become {after}."),
                "status",
                before=before.value,
                after=status.value,
            )
        booking.status = status
        await booking.save(update_fields=["status", "updated_at"])
        await status_effects(booking, before, context.settings, effects)
        await record(
            principal,
            "setBookingStatus",
            "Booking",
            booking.id,
            {"status": before},
            {"status": status},
        )
    await publish_effects(context.hub, effects)
    return await Booking.get(id=booking.id)


async def update_offer_comments(
    context: RequestContext, booking_id: int | None, comments: str
) -> Booking:
    """Write the comments of an OPTION booking (the place to talk before confirmation)."""
    principal = context.require_principal()
    allowed(principal, "updateOfferComments")
    writable(principal, "Booking", ["offerComments"])
    text = comments.strip()
    if len(text) > MAX_TEXT:
        raise Refused("TOO_LONG", N_("At most {most} characters."), "offerComments", most=MAX_TEXT)
    async with in_transaction():
        booking = await _booking(principal, booking_id)
        if booking.status is not BookingStatus.OPTION:
            raise Refused(
                "NOT_AN_OPTION",
                N_("Only an OPTION has offer comments; open a thread on the booking instead."),
                "bookingId",
            )
        before = booking.offer_comments
        booking.offer_comments = text
        await booking.save(update_fields=["offer_comments", "updated_at"])
        await record(
            principal,
            "updateOfferComments",
            "Booking",
            booking.id,
            {"offerComments": before},
            {"offerComments": text},
        )
    return booking


async def set_invoice_status(
    context: RequestContext, invoice_id: int | None, status: InvoiceStatus
) -> Invoice:
    """Move an invoice along a legal transition; issuing it dates it."""
    principal = context.require_principal()
    allowed(principal, "setInvoiceStatus")
    writable(principal, "Invoice", ["status"])
    async with in_transaction():
        invoice = (
            await scoped(Invoice, principal).select_for_update().get_or_none(id=invoice_id)
            if invoice_id
            else None
        )
        if invoice is None:
            raise Refused("NOT_FOUND", N_("No such invoice."), "invoiceId")
        before = invoice.status
        if status not in INVOICE_TRANSITIONS[before]:
            raise Refused(
                "INVALID_TRANSITION",
                N_("A {before} invoice cannot become {after}."),
                "status",
                before=before.value,
                after=status.value,
            )
        invoice.status = status
        if status is InvoiceStatus.ISSUED:
            invoice.issued_at = datetime.now(UTC)
        await invoice.save(update_fields=["status", "issued_at", "updated_at"])
        await record(
            principal,
            "setInvoiceStatus",
            "Invoice",
            invoice.id,
            {"status": before},
            {"status": status},
        )
    return invoice

"""A booking's life after it was booked: its status, an option's comments, invoice status.

``setBookingStatus`` allows only the legal transitions (``models.BOOKING_TRANSITIONS``).
Confirming has every effect of ``confirmBooking`` (questions, confirmation e-mail);
cancelling closes the booking's open threads with a SYSTEM message in the customer's
language. ``updateOfferComments`` writes the comments of an OPTION, where its customer,
provider and agent talk before a thread can be opened. ``setInvoiceStatus`` allows only
``models.INVOICE_TRANSITIONS``. Each change is written with its audit entry in one
transaction; subscribers are woken up after the commit.
"""

from __future__ import annotations

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
    ThreadStatus,
)
from resolvers.access import allowed, writable
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import MAX_TEXT
from resolvers.principal import Principal
from resolvers.questions import announce, confirm, locale_of
from resolvers.scope import scoped
from resolvers.threads import append_message, publish_thread_event

#: The SYSTEM message that closes a cancelled booking's threads.
CANCELLED_TEXT = {
    "en": "This booking was cancelled; this conversation is closed.",
    "fr": "Cette réservation a été annulée ; cette conversation est close.",
    "de": "Diese Buchung wurde storniert; dieses Gespräch ist geschlossen.",
}


async def _booking(principal: Principal, booking_id: int | None) -> Booking:
    """The booking in the caller's scope, locked (call inside a transaction)."""
    booking = (
        await scoped(Booking, principal).select_for_update().get_or_none(id=booking_id)
        if booking_id
        else None
    )
    if booking is None:
        raise Refused("NOT_FOUND", "No such booking.", "bookingId")
    return booking


async def _close_threads(booking: Booking) -> list[Thread]:
    """Post the cancellation in every open thread of the booking and close them."""
    text = CANCELLED_TEXT.get(await locale_of(booking.customer_id), CANCELLED_TEXT["en"])
    threads = await Thread.filter(booking_id=booking.id).exclude(status=ThreadStatus.CLOSED)
    for thread in threads:
        await append_message(thread.id, None, text, kind=MessageKind.SYSTEM)
        await Thread.filter(id=thread.id).update(status=ThreadStatus.CLOSED)
    return threads


async def set_booking_status(
    context: RequestContext, booking_id: int | None, status: BookingStatus
) -> Booking:
    """Move a booking along a legal transition, with the effects of its new status."""
    principal = context.require_principal()
    allowed(principal, "setBookingStatus")
    writable(principal, "Booking", ["status"])
    posted = None
    closed: list[Thread] = []
    async with in_transaction():
        booking = await _booking(principal, booking_id)
        before = booking.status
        if status not in BOOKING_TRANSITIONS[before]:
            raise Refused(
                "INVALID_TRANSITION",
                f"A {before.value} booking cannot become {status.value}.",
                "status",
            )
        if status is BookingStatus.CONFIRMED:
            posted = await confirm(context, booking)
        else:
            booking.status = status
            await booking.save(update_fields=["status", "updated_at"])
        if status is BookingStatus.CANCELLED:
            closed = await _close_threads(booking)
        await record(
            principal,
            "setBookingStatus",
            "Booking",
            booking.id,
            {"status": before},
            {"status": status},
        )
    await announce(context, posted)
    for thread in closed:
        await publish_thread_event(context.hub, await Thread.get(id=thread.id), "status")
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
        raise Refused("TOO_LONG", f"At most {MAX_TEXT} characters.", "offerComments")
    async with in_transaction():
        booking = await _booking(principal, booking_id)
        if booking.status is not BookingStatus.OPTION:
            raise Refused(
                "NOT_AN_OPTION",
                "Only an OPTION has offer comments; open a thread on the booking instead.",
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
            raise Refused("NOT_FOUND", "No such invoice.", "invoiceId")
        before = invoice.status
        if status not in INVOICE_TRANSITIONS[before]:
            raise Refused(
                "INVALID_TRANSITION",
                f"A {before.value} invoice cannot become {status.value}.",
                "status",
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

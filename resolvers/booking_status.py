"""Booking status changes: which are legal, and what each one does besides the status.

OPTION → CONFIRMED or CANCELLED, CONFIRMED → COMPLETED or CANCELLED; nothing leaves
CANCELLED or COMPLETED. Confirming asks the service's questions and queues the
confirmation e-mail (:func:`resolvers.questions.confirmation_effects`); cancelling closes
the booking's open threads with a SYSTEM message. The effects run inside the transaction
of the change; :func:`publish_effects` wakes subscribers up after it commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models import Booking, BookingStatus, MessageKind, Thread, ThreadStatus, Visibility
from resolvers.questions import Posted, confirmation_effects, locale_of, publish_posted
from resolvers.threads import append_message, publish_thread_event
from roost.settings import Settings
from subscriptions.hub import Hub

#: Every legal change of status (staying the same is no change).
TRANSITIONS: frozenset[tuple[BookingStatus, BookingStatus]] = frozenset(
    {
        (BookingStatus.OPTION, BookingStatus.CONFIRMED),
        (BookingStatus.OPTION, BookingStatus.CANCELLED),
        (BookingStatus.CONFIRMED, BookingStatus.COMPLETED),
        (BookingStatus.CONFIRMED, BookingStatus.CANCELLED),
    }
)

#: The SYSTEM message that closes a cancelled booking's threads.
CANCELLED_TEXT = {
    "en": "This booking was cancelled; the conversation is closed.",
    "fr": "Cette réservation a été annulée ; la conversation est close.",
    "de": "Diese Buchung wurde storniert; die Unterhaltung ist geschlossen.",
}


def legal(old: BookingStatus, new: BookingStatus) -> bool:
    """Whether a booking may go from ``old`` to ``new`` (the same status is always fine)."""
    return old is new or (old, new) in TRANSITIONS


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
    if new is BookingStatus.CONFIRMED:
        posted = await confirmation_effects(booking, settings)
        if posted is not None:
            effects.posted.append(posted)
    elif new is BookingStatus.CANCELLED and old is not None:
        effects.closed.extend(await _close_threads(booking))


async def _close_threads(booking: Booking) -> list[int]:
    """Close the booking's open threads, each with a SYSTEM message in the customer's
    language."""
    threads = await Thread.filter(booking_id=booking.id).exclude(status=ThreadStatus.CLOSED)
    if not threads:
        return []
    locale = await locale_of(booking.customer_id)
    for thread in threads:
        await append_message(thread.id, None, CANCELLED_TEXT[locale], kind=MessageKind.SYSTEM)
    await Thread.filter(id__in=[t.id for t in threads]).update(status=ThreadStatus.CLOSED)
    return [t.id for t in threads]


async def publish_effects(hub: Hub, effects: Effects) -> None:
    """Wake up the subscribers of every thread the status changes touched (after commit)."""
    for posted in effects.posted:
        await publish_posted(hub, posted)
    for thread in await Thread.filter(id__in=effects.closed):
        await publish_thread_event(hub, thread, "message", visibility=Visibility.ALL.value)
        await publish_thread_event(hub, thread, "status")

"""Deadline warnings: before free cancellation ends, tell the customer in the thread and by e-mail.

The worker calls :func:`post_deadline_warnings` periodically. Offsets are hours before a
booking's ``free_cancellation_until`` (e.g. 168 and 24). Which offset warns at ``now``:

- only CONFIRMED bookings whose deadline is still ahead (``now < deadline``);
- an offset's window opens at ``deadline - offset``; it counts only if it opened while the
  booking existed (``created_at <= deadline - offset <= now``): a booking made two days
  before its deadline gets the 1-day warning, not a 7-day one right after booking;
- of the windows that opened, only the smallest offset warns: after a pause of the worker
  the customer gets the warning that is due now, not every one that was missed;
- each (booking, offset) warns at most once: a ``DeadlineWarning`` row, unique per booking
  and offset, is inserted in the transaction that posts the SYSTEM message and queues the
  e-mail (whose ``dedup_key`` is unique too), so concurrent workers and restarts cannot
  warn twice. A deadline moved after a warning does not warn again for that offset.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_time
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import (
    Booking,
    BookingStatus,
    DeadlineWarning,
    MessageKind,
    Service,
    Thread,
    User,
)
from resolvers.links import thread_link
from resolvers.outbox import enqueue_email
from resolvers.questions import Posted, customer_thread
from resolvers.threads import append_message, publish_thread_event
from roost.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, translate, translate_plural
from subscriptions.hub import Hub

log = logging.getLogger("roost.deadlines")

TEMPLATE = "deadline_warning"

#: Subject of a customer thread opened to carry a warning (a message id).
WARNING_SUBJECT = N_("Free cancellation ends soon")
_BODY = N_(
    "Free cancellation of booking {reference} ({service}) ends on {deadline}, "
    "{remaining}. After that, cancellation fees may apply."
)
_AT = N_("{date} at {time} ({zone})")


def dedup_key(booking_id: int, offset_hours: int) -> str:
    """The outbox key of the e-mail warning ``offset_hours`` before a booking's deadline."""
    return f"deadline:{booking_id}:{offset_hours}"


def due_offset(
    deadline: datetime, created_at: datetime, now: datetime, offsets: Sequence[int]
) -> int | None:
    """The offset that warns at ``now``, or ``None`` (see the module's rules)."""
    if now >= deadline:
        return None
    opened = [o for o in offsets if created_at <= deadline - timedelta(hours=o) <= now]
    return min(opened) if opened else None


def days_left(deadline: datetime, now: datetime) -> int:
    """Whole days until the deadline, rounded up (20 hours left is 1 day)."""
    return max(1, math.ceil((deadline - now).total_seconds() / 86_400))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def warning_text(
    booking: Booking, service_name: str, deadline: datetime, days: int, locale: str, zone: str
) -> str:
    """The SYSTEM message, in ``locale``, with the deadline in the time zone ``zone``."""
    language = locale if locale in LANGUAGES else DEFAULT_LANGUAGE
    tzinfo = _zone(zone)
    zone = str(tzinfo)
    moment = translate(
        _AT,
        language,
        date=format_date(deadline.astimezone(tzinfo), format="long", locale=language),
        time=format_time(deadline, format="short", tzinfo=tzinfo, locale=language),
        zone=zone,
    )
    remaining = translate_plural("in {count} day", "in {count} days", days, language)
    return translate(
        _BODY,
        language,
        reference=booking.reference,
        service=service_name,
        deadline=moment,
        remaining=remaining,
    )


async def post_deadline_warnings(
    now: datetime, offsets_hours: Sequence[int], portal_url: str, *, hub: Hub | None = None
) -> int:
    """Post the warnings due at ``now``; returns how many were posted.

    ``now`` must be aware. With ``hub``, the threads' subscribers are woken up after each
    warning commits (the worker inside ``roost serve`` passes the app's hub).
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    offsets = sorted({int(o) for o in offsets_hours if o > 0})
    if not offsets:
        return 0
    bookings = await Booking.filter(
        status=BookingStatus.CONFIRMED,
        free_cancellation_until__gt=now,
        free_cancellation_until__lte=now + timedelta(hours=offsets[-1]),
    ).order_by("free_cancellation_until", "id")
    warned = set(
        await DeadlineWarning.filter(booking_id__in=[b.id for b in bookings]).values_list(
            "booking_id", "offset_hours"
        )
    )
    posted = 0
    for booking in bookings:
        assert booking.free_cancellation_until is not None
        offset = due_offset(booking.free_cancellation_until, booking.created_at, now, offsets)
        if offset is None or (booking.id, offset) in warned:
            continue
        try:
            if await _warn(booking.id, offset, offsets, now, portal_url, hub):
                posted += 1
        except Exception:
            # One booking's failure (rolled back) must not hold up the others' warnings.
            log.exception("deadline warning for booking %s failed", booking.id)
    return posted


async def _warn(
    booking_id: int,
    offset: int,
    offsets: Sequence[int],
    now: datetime,
    portal_url: str,
    hub: Hub | None,
) -> bool:
    """Post one warning in its own transaction; ``False`` if it is no longer due or done."""
    try:
        async with in_transaction():
            posted = await _warn_in_transaction(booking_id, offset, offsets, now, portal_url)
    except IntegrityError:
        return False  # another worker inserted the same (booking, offset) first
    if posted is None:
        return False
    if hub is not None:
        await _wake(hub, posted)
    return True


async def _warn_in_transaction(
    booking_id: int, offset: int, offsets: Sequence[int], now: datetime, portal_url: str
) -> Posted | None:
    # The booking's row lock serialises warnings, confirmations and thread creation.
    booking = await Booking.filter(id=booking_id).select_for_update().get()
    deadline = booking.free_cancellation_until
    if (
        booking.status is not BookingStatus.CONFIRMED
        or deadline is None
        or due_offset(deadline, booking.created_at, now, offsets) != offset
        or await DeadlineWarning.exists(booking_id=booking.id, offset_hours=offset)
    ):
        return None
    warning = await DeadlineWarning.create(
        booking_id=booking.id, offset_hours=offset, deadline=deadline
    )
    customer = await User.get(id=booking.customer_id)
    service = await Service.get(id=booking.service_id)
    locale = str(customer.locale)
    zone = customer.time_zone or booking.time_zone
    days = days_left(deadline, now)
    posted = await customer_thread(booking, translate(WARNING_SUBJECT, locale))
    body = warning_text(booking, service.name, deadline, days, locale, zone)
    message = await append_message(posted.thread.id, None, body, kind=MessageKind.SYSTEM)
    await DeadlineWarning.filter(id=warning.id).update(message_id=message.id)
    await enqueue_email(
        TEMPLATE,
        customer.id,
        {
            "booking_reference": booking.reference,
            "service_name": service.name,
            "deadline": deadline.isoformat(),
            "days_left": days,
            "link": thread_link(portal_url, posted.thread.id),
        },
        dedup_key=dedup_key(booking.id, offset),
    )
    return posted


async def _wake(hub: Hub, posted: Posted) -> None:
    """Wake the thread's subscribers after the warning committed."""
    await publish_thread_event(hub, await Thread.get(id=posted.thread.id), posted.event)

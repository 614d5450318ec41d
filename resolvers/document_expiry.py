"""Identity documents that expire before a booking ends: tell the traveller once per document
and booking, in the booking's thread (a SYSTEM message) and by e-mail (issue 14).

The worker calls :func:`warn_expiring_documents` with its periodic jobs, and a profile change
calls it for that traveller at once. A ``DocumentExpiryWarning`` row, unique per document and
booking, is inserted in the transaction that posts the message and queues the e-mail (whose
``dedup_key`` is unique too), so concurrent workers and restarts cannot warn twice.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import UTC, datetime, time, timedelta

from babel.dates import format_date
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import (
    Booking,
    BookingStatus,
    DocumentExpiryWarning,
    IdentityDocument,
    MessageKind,
    Thread,
    User,
)
from resolvers.links import thread_link
from resolvers.outbox import enqueue_email
from resolvers.questions import Posted, customer_thread
from resolvers.threads import append_message, publish_thread_event
from roost.i18n import N_, translate
from subscriptions.hub import Hub

log = logging.getLogger("roost.document_expiry")

TEMPLATE = "document_expiry"
#: Bookings a traveller may still travel on.
_ONGOING = (BookingStatus.OPTION, BookingStatus.CONFIRMED)
#: Subject of a customer thread opened to carry a warning (a message id).
WARNING_SUBJECT = N_("A travel document expires before your trip ends")
_BODY = N_(
    "Your {document} ({country}) expires on {expires}, before booking {reference} ends. "
    "Please renew it or update your traveller profile."
)
_KINDS = {
    "PASSPORT": N_("passport"),
    "IDENTITY_CARD": N_("identity card"),
    "VISA": N_("visa"),
    "DRIVING_LICENCE": N_("driving licence"),
}


def dedup_key(document_id: int, booking_id: int) -> str:
    """The outbox key of the e-mail about one document and one booking."""
    return f"document-expiry:{document_id}:{booking_id}"


async def warn_expiring_documents(
    now: datetime, portal_url: str, *, traveller_id: int | None = None, hub: Hub | None = None
) -> int:
    """Warn about every (document, booking) pair not warned yet; returns how many were.

    A pair is due when the booking is an option or confirmed, has not ended at ``now``, and
    the document expires before the booking's last day. ``traveller_id`` limits it to one
    traveller. With ``hub``, the threads' subscribers are woken up after each warning.
    """
    documents = IdentityDocument.all()
    if traveller_id is not None:
        documents = documents.filter(profile__traveller_id=traveller_id)
    held = await documents.values_list("id", "profile__traveller_id", "expires_on")
    trips: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    for booking, customer, ends_at in await Booking.filter(
        customer_id__in={traveller for _, traveller, _ in held},
        status__in=_ONGOING,
        ends_at__gt=now,
    ).values_list("id", "customer_id", "ends_at"):
        trips[customer].append((booking, ends_at))
    done = set(
        await DocumentExpiryWarning.filter(
            document_id__in=[document for document, _, _ in held]
        ).values_list("document_id", "booking_id")
    )
    due = [
        (document, booking)
        for document, traveller, expires_on in held
        for booking, ends_at in trips[traveller]
        if ends_at >= datetime.combine(expires_on + timedelta(days=1), time(), UTC)
        and (document, booking) not in done
    ]
    warned = 0
    for document, booking in due:
        try:
            if await _warn(document, booking, portal_url, hub):
                warned += 1
        except Exception:
            # One pair's failure (rolled back) must not hold up the others' warnings.
            log.exception("expiry warning for document %s failed", document)
    return warned


async def _warn(document_id: int, booking_id: int, portal_url: str, hub: Hub | None) -> bool:
    try:
        async with in_transaction():
            posted = await _warn_in_transaction(document_id, booking_id, portal_url)
    except IntegrityError:
        return False  # another worker warned about the same pair first
    if posted is None:
        return False
    if hub is not None:
        await publish_thread_event(hub, await Thread.get(id=posted.thread.id), posted.event)
    return True


async def _warn_in_transaction(document_id: int, booking_id: int, portal_url: str) -> Posted | None:
    # The booking's row lock serialises warnings, confirmations and thread creation.
    booking = await Booking.filter(id=booking_id).select_for_update().get()
    document = await IdentityDocument.get_or_none(id=document_id)
    if document is None or await DocumentExpiryWarning.exists(
        document_id=document_id, booking_id=booking_id
    ):
        return None
    await DocumentExpiryWarning.create(document_id=document_id, booking_id=booking_id)
    customer = await User.get(id=booking.customer_id)
    locale = str(customer.locale)
    expires = format_date(document.expires_on, format="long", locale=locale)
    body = translate(
        _BODY,
        locale,
        document=translate(_KINDS[str(document.kind)], locale),
        country=document.issuing_country,
        expires=expires,
        reference=booking.reference,
    )
    posted = await customer_thread(booking, translate(WARNING_SUBJECT, locale))
    await append_message(posted.thread.id, None, body, kind=MessageKind.SYSTEM)
    await enqueue_email(
        TEMPLATE,
        customer.id,
        {
            "booking_reference": booking.reference,
            "document_kind": str(document.kind),
            "issuing_country": document.issuing_country,
            "expires_on": document.expires_on.isoformat(),
            "link": thread_link(portal_url, posted.thread.id),
        },
        dedup_key=dedup_key(document_id, booking_id),
    )
    return posted

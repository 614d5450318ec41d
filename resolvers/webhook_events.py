"""What each webhook event says: ids (global ids) and non-personal fields, plus the
personal fields a webhook gets only when it includes personal data.

Every function is called inside the transaction of the change it announces and queues
through :func:`resolvers.webhooks.enqueue_event`.
"""

from __future__ import annotations

from models import (
    Booking,
    BookingFieldChange,
    BookingFieldDefinition,
    BookingStatus,
    Message,
    Thread,
    ThreadStatus,
    User,
    Visibility,
)
from resolvers.webhooks import enqueue_event, gid, subscribed


def _thread_ids(thread: Thread) -> dict[str, str | None]:
    return {
        "thread": gid("Thread", thread.id),
        "booking": gid("Booking", thread.booking_id),
        "invoice": gid("Invoice", thread.invoice_id),
    }


async def message_created(thread: Thread, message: Message, author: User | None) -> None:
    """``message.created``, for messages the parties see (never an INTERNAL note)."""
    if message.visibility is not Visibility.ALL or not await subscribed("message.created"):
        return
    await enqueue_event(
        "message.created",
        {
            **_thread_ids(thread),
            "message": gid("Message", message.id),
            "seq": message.public_seq,
            "kind": message.kind,
            "author": gid("User", author.id if author else None),
            "authorRole": author.role if author else None,
            "createdAt": message.created_at,
        },
        {"body": message.body, "authorName": author.name if author else "Roost"},
        author.id if author else None,
    )


async def announces_messages() -> bool:
    """Whether a webhook listens to an event a new message for everyone may queue
    (:func:`message_created`, and :func:`thread_created` for a thread's first one)."""
    return await subscribed("message.created") or await subscribed("thread.created")


async def thread_created(thread: Thread) -> None:
    """``thread.created``, when the thread's parties can first see it: on opening, or, for
    a thread opened with an INTERNAL note, with its first public message (its messages
    have their own ``message.created``)."""
    await enqueue_event(
        "thread.created",
        {
            **_thread_ids(thread),
            "status": thread.status,
            "urgency": thread.urgency,
            "respondBy": thread.respond_by,
            "createdAt": thread.created_at,
        },
        {"subject": thread.subject},
        thread.created_by_id,
    )


async def thread_status_changed(thread: Thread, old: ThreadStatus) -> None:
    """``thread.status_changed`` (nothing when the status stays the same)."""
    if old is ThreadStatus(thread.status):
        return
    await enqueue_event(
        "thread.status_changed",
        {**_thread_ids(thread), "status": thread.status, "previousStatus": old},
    )


async def booking_fields_changed(
    booking_id: int, definition: BookingFieldDefinition, change: BookingFieldChange
) -> None:
    """``booking.fields_changed`` for one changed value (values are personal data)."""
    await enqueue_event(
        "booking.fields_changed",
        {
            "booking": gid("Booking", booking_id),
            "field": gid("BookingFieldDefinition", definition.id),
            "fieldKey": definition.key,
            "participant": gid("Participant", change.participant_id),
            "channel": change.channel,
            "changedAt": change.changed_at,
        },
        {"oldValue": change.old_value, "newValue": change.new_value},
        lambda: Booking.filter(id=booking_id).first().values_list("customer_id", flat=True),
    )


async def booking_status_changed(booking: Booking, old: BookingStatus) -> None:
    """``booking.status_changed`` (nothing when the status stays the same)."""
    if old is BookingStatus(booking.status):
        return
    await enqueue_event(
        "booking.status_changed",
        {
            "booking": gid("Booking", booking.id),
            "reference": booking.reference,
            "externalReference": booking.external_reference,
            "status": booking.status,
            "previousStatus": old,
        },
    )

"""The generators behind the Subscription type.

Pub/sub events only wake a stream up; what it sends is read from the database with the
caller's row scope, by sequence number. So a stream that replays from ``afterSeq`` and
then goes live has no gap and no duplicate, a pub/sub reconnect (a ``resync`` event)
costs nothing but a query, and authorisation is checked again for every event: a user
removed from a thread, deactivated, or whose token expired stops receiving.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from models import Audience, Booking, BookingFieldChange, Message, Thread
from models.policy import Access, Mask, field_access
from models.users import active_user
from resolvers.context import RequestContext
from resolvers.errors import NotFound, Unauthenticated
from resolvers.inbox import audience, seq_column, unread_total
from resolvers.masking import mask
from resolvers.principal import Principal, guest_principal
from resolvers.routing import in_team
from resolvers.scope import in_scope, scoped
from roost.i18n import N_
from subscriptions.channels import (
    booking_channel,
    inbox_channels_of,
    thread_channel,
)
from subscriptions.feeds import feeds_of
from subscriptions.inbox_reads import reads_of
from subscriptions.live import (
    REREAD,
    LiveSubscriber,
    LiveTarget,
    Parked,
    expired,
    follow_state,
    live_threads_of,
)

log = logging.getLogger("roost.subscriptions")

#: Messages sent per wake-up at most; the rest follow on the next loop.
BATCH = 200

#: The principal that the socket's session read again from the database before starting
#: the operation of this task (``roost.ws_sessions``): not read a second time at its start.
VERIFIED: contextvars.ContextVar[Principal | None] = contextvars.ContextVar(
    "verified_principal", default=None
)


async def starting_principal(context: RequestContext) -> Principal:
    """The caller at the start of a stream, as the database sees it now (read once: not
    again when its socket's session has just read it for this operation)."""
    principal = context.require_principal()
    if VERIFIED.get() is principal and not expired(principal):
        return principal
    return await current_principal(principal)


async def current_principal(principal: Principal) -> Principal:
    """The principal as the database sees it now; refused when expired or deactivated.

    A guest's link is checked again: locked, expired or a disabled app ends its access.
    """
    if expired(principal):
        raise Unauthenticated(N_("The token has expired."))
    if principal.is_guest:
        return await _current_guest(principal)
    user = await active_user(principal.user_id)  # type: ignore[arg-type]
    if user is None:
        raise Unauthenticated(N_("The account is no longer active."))
    return Principal.for_user(user, expires_at=principal.expires_at)


async def _current_guest(principal: Principal) -> Principal:
    guest = None
    if principal.link_id and principal.booking_id and principal.expires_at:
        guest = await guest_principal(principal.link_id, principal.booking_id, principal.expires_at)
    if guest is None:
        raise Unauthenticated(N_("The self-service link is no longer valid."))
    return guest


def seconds_left(principal: Principal) -> float | None:
    """Seconds until the principal's token expires (``None``: it does not)."""
    if principal.expires_at is None:
        return None
    return max(0.0, (principal.expires_at - datetime.now(UTC)).total_seconds())


async def _thread_or_refuse(principal: Principal, thread_id: int | None) -> Thread:
    thread = await scoped(Thread, principal).get_or_none(id=thread_id) if thread_id else None
    if thread is None:
        raise NotFound(N_("No such thread."))
    return thread


async def message_stream(
    context: RequestContext,
    thread_id: int | None,
    after_seq: int | None,
    live: LiveTarget | None = None,
) -> AsyncIterator[Message]:
    """Every visible message of a thread after ``after_seq`` (or from now), then live.

    The replay reads the database with the caller's scope; live messages come from the
    thread's shared feed (one read per event for the whole process) and are filtered in
    memory against the thread's parties, which the events carry. The caller is the one the
    socket keeps current (``roost.ws_sessions``); a resync re-reads everything. With
    ``live`` (a shareable subscription on a socket), the thread's fan-out delivers instead
    (:func:`_served_live`).
    """
    principal = await starting_principal(context)
    # A thread this process follows live is known, kept current by its events.
    followed = await live_threads_of(context.hub).followed(thread_id, principal) if live else None
    thread = followed.thread if followed else await _thread_or_refuse(principal, thread_id)
    seen_by = audience(principal)
    last = thread.last_seq_for(seen_by) if after_seq is None else after_seq
    if live is not None:
        heard_all = followed is not None and followed.heard_all
        async for message in _served_live(context, principal, thread, last, live, heard_all):
            yield message
        return
    #: The staff number up to which this stream has looked at every message.
    scanned = thread.last_seq
    async with (
        context.hub.subscribe(thread_channel(thread.id)) as events,
        feeds_of(context.hub).follow(thread.id) as feed,
    ):
        async for message in _replay(principal, thread, last):  # from the database
            scanned = max(scanned, message.seq)
            yield message
        while True:  # live, from the feed
            event = await wait_for_event(events, principal, lambda e: e.get("type") != "typing")
            principal = _still_allowed(context, principal)
            if event.get("type") in REREAD:
                feed.forget(event)
            if event.get("type") == "resync":
                thread = await _thread_or_refuse(principal, thread.id)
            else:
                follow_state(thread, event)
                if not in_scope(thread, principal):
                    raise NotFound(N_("No such thread."))
            upto = int(event.get("seq") or thread.last_seq)
            while scanned < upto:
                rows = await feed.since(scanned, upto)
                if not rows:
                    break
                for message in rows:
                    scanned = message.seq
                    if in_scope(message, principal, {"thread": thread}):
                        yield message


async def _replay(
    principal: Principal, thread: Thread, after: int, behind: bool = True
) -> AsyncIterator[Message]:
    """The caller's messages of ``thread`` after its own sequence number ``after``, from
    the database with its scope, in order (nothing, unread, when not ``behind``)."""
    column, seen_by = seq_column(principal), audience(principal)
    last = after
    while behind:
        rows = await (
            scoped(Message, principal)
            .filter(thread_id=thread.id, **{f"{column}__gt": last})
            .select_related("author")
            .order_by(column)
            .limit(BATCH)
        )
        for message in rows:
            last = message.seq_for(seen_by)
            yield message
        if len(rows) < BATCH:
            return


async def _kept(
    messages: list[Message], principal: Principal, thread: Thread
) -> AsyncIterator[Message]:
    """The replay from what the thread's feed keeps: the messages the caller may see."""
    related = {"thread": thread}
    for message in messages:
        if in_scope(message, principal, related):
            yield message


async def _served_live(
    context: RequestContext,
    principal: Principal,
    thread: Thread,
    last: int,
    target: LiveTarget,
    followed: bool,
) -> AsyncIterator[Message]:
    """The replay after ``last``, then live delivery by the thread's fan-out
    (``subscriptions.live``): once caught up, the subscriber parks (:class:`Parked` ends
    the operation's task) until the fan-out resumes its operation to catch up or end.
    ``followed``: ``thread`` is the running fan-out's own (it heard every event since)."""
    seen_by = audience(principal)
    fanouts = live_threads_of(context.hub)
    subscriber = target.socket.resumed
    if subscriber is None:
        subscriber = LiveSubscriber(context, target, seen_by, thread.id)
        subscriber.last, subscriber.scanned = last, thread.last_seq
    fanout = await fanouts.join(context.hub, thread, subscriber)
    parked = False
    try:
        # Whether the database may hold more than the subscriber has: not when it starts
        # from the thread's last message and the fan-out was listening before the thread
        # was read (one started for it may have missed a message meanwhile).
        behind = (
            target.socket.resumed is not None
            or last < thread.last_seq_for(seen_by)
            or (fanout.thread is thread and not followed)
        )
        feed = fanout.feed
        assert feed is not None
        upto = thread.last_seq
        kept = await feed.replay_after(subscriber.last, seen_by, upto) if behind else None
        replay = _replay(principal, thread, subscriber.last, behind) if kept is None else None
        async for message in replay or _kept(kept or [], principal, thread):
            subscriber.last = message.seq_for(seen_by)
            subscriber.scanned = max(subscriber.scanned, message.seq)
            yield message
        while subscriber.scanned < fanout.upto:  # what the fan-out saw meanwhile
            if not in_scope(fanout.thread, principal):
                raise NotFound(N_("No such thread."))
            rows = await feed.since(subscriber.scanned, fanout.upto)
            if not rows:
                break
            for message in rows:
                subscriber.scanned = message.seq
                if in_scope(message, principal, {"thread": fanout.thread}):
                    subscriber.last = message.seq_for(seen_by)
                    yield message
        fanout.park(subscriber, target.payload)
        parked = True
        raise Parked(subscriber)
    finally:
        if not parked:
            fanouts.leave(subscriber)


def _still_allowed(context: RequestContext, principal: Principal) -> Principal:
    """The caller as its socket keeps it (re-read on revocation events); an expired token
    ends the stream."""
    current = context.principal or principal
    if expired(current):
        raise Unauthenticated(N_("The token has expired."))
    return current


async def wait_for_event(events: Any, principal: Principal, wanted: Any) -> dict[str, Any]:
    """The next wanted event; ends the stream when the token expires meanwhile."""
    while True:
        event = await events.next(seconds_left(principal))
        if event is None:
            raise Unauthenticated(N_("The token has expired."))
        if event.get("type") == "resync" or wanted(event):
            return event


@dataclass(frozen=True)
class TypingNotice:
    """Someone is (or stopped) typing in a thread."""

    thread_id: int
    user_id: int
    name: str
    typing: bool


async def typing_stream(
    context: RequestContext, thread_id: int | None
) -> AsyncIterator[TypingNotice]:
    """Typing notices of a thread's other participants.

    Decided from memory like :func:`message_stream`: the caller as its socket keeps it,
    the thread's parties as the thread's events carry them (re-read after a resync).
    """
    principal = await current_principal(context.require_principal())
    thread = await _thread_or_refuse(principal, thread_id)
    async with context.hub.subscribe(thread_channel(thread.id)) as events:
        while True:
            event = await wait_for_event(events, principal, lambda e: True)
            principal = _still_allowed(context, principal)
            if event.get("type") == "resync":
                thread = await _thread_or_refuse(principal, thread.id)
            else:
                follow_state(thread, event)
                if not in_scope(thread, principal):
                    raise NotFound(N_("No such thread."))
            if event.get("type") == "typing" and (notice := _typing_notice(principal, event)):
                yield notice


def _typing_notice(principal: Principal, event: dict[str, Any]) -> TypingNotice | None:
    """What ``principal`` may see of a typing event: the writer's name as the policy says
    for a message's author, nothing for an INTERNAL note outside the service team."""
    if event["user"] == principal.user_id:
        return None
    if event.get("visibility") == "INTERNAL" and audience(principal) is not Audience.STAFF:
        return None
    access = field_access(principal.role, "Message", "authorName")
    if access is Access.FORBIDDEN:
        return None
    name = event.get("name", "")
    if access is Access.MASKED:
        name = mask(Mask.NAME, name)
    return TypingNotice(event["thread"], event["user"], name, event["typing"])


@dataclass(frozen=True)
class InboxChange:
    """What changed in the caller's inbox."""

    kind: str
    thread: Thread | None
    thread_id: int | None
    unread_count: int
    unread_total: int


async def inbox_stream(context: RequestContext) -> AsyncIterator[InboxChange]:
    """New threads, new messages, unread counts and status changes for the caller.

    The caller is the one its socket keeps current; the thread and read markers an event
    needs are read once for every subscriber woken by it (``subscriptions.inbox_reads``).
    """
    principal = await current_principal(context.require_principal())
    channels = inbox_channels_of(principal)
    if not channels:
        return
    async with context.hub.subscribe(*channels) as events:
        while True:
            event = await wait_for_event(events, principal, lambda e: e.get("type") != "typing")
            principal = _still_allowed(context, principal)
            context.fresh_loaders()
            change = await _inbox_change(principal, event)
            if change is not None:
                yield change


async def _inbox_change(principal: Principal, event: dict[str, Any]) -> InboxChange | None:
    kind = event.get("type", "resync")
    if kind == "resync":
        # Pub/sub reconnected or events were coalesced: a fresh badge, the client refetches.
        return InboxChange(kind, None, None, 0, await unread_total(principal))
    if kind == "read" and event.get("user") != principal.user_id:
        return None
    reads = reads_of(event)
    thread = await reads.thread()
    if thread is None or not in_scope(thread, principal):
        if thread is not None and kind == "parties":
            # This caller's side was removed from the thread: it leaves their inbox.
            return InboxChange("removed", None, thread.id, 0, await unread_total(principal))
        return None
    if kind == "sla_breached" and not await in_team(principal, event.get("team")):
        return None  # a breach is pushed to the agents of the thread's team only
    if kind == "message" and not await _sees_message(principal, thread, event):
        return None  # e.g. an INTERNAL note this caller may not see
    unread = 0
    if principal.user_id is not None:
        last = thread.last_seq_for(audience(principal))
        unread = max(0, last - await reads.markers.load(principal.user_id))
    return InboxChange(kind, thread, thread.id, unread, await unread_total(principal))


async def _sees_message(principal: Principal, thread: Thread, event: dict[str, Any]) -> bool:
    """Whether the event's message is visible to ``principal``: from its visibility when
    the event carries it, else from the database."""
    visibility = event.get("visibility")
    if visibility is not None:
        return visibility == "ALL" or audience(principal) is Audience.STAFF
    return (
        await scoped(Message, principal)
        .filter(thread_id=thread.id, seq=event.get("seq", 0))
        .exists()
    )


@dataclass(frozen=True)
class BookingChanges:
    """Field value changes of a booking, committed since the last push."""

    booking: Booking
    changes: list[BookingFieldChange]


async def _booking_or_refuse(principal: Principal, booking_id: int | None) -> Booking:
    booking = await scoped(Booking, principal).get_or_none(id=booking_id) if booking_id else None
    if booking is None:
        raise NotFound(N_("No such booking."))
    return booking


async def _change_ids(principal: Principal, booking_id: int) -> set[int]:
    ids = await (
        scoped(BookingFieldChange, principal)
        .filter(booking_id=booking_id)
        .values_list("id", flat=True)
    )
    return {int(pk) for pk in ids}


#: Booking events that push: field values changed, tickets changed (the push carries the
#: booking as it is now).
_BOOKING_NEWS = frozenset({"fields", "tickets"})


async def booking_stream(
    context: RequestContext, booking_id: int | None
) -> AsyncIterator[BookingChanges]:
    """Changes of a booking's field values (and tickets) from now on, for callers who may
    read it.

    Each wake-up re-checks the caller and the booking's scope, then sends every change
    not sent yet (by id, so changes committed out of order or during a pub/sub
    reconnect are not lost).
    """
    principal = await current_principal(context.require_principal())
    booking = await _booking_or_refuse(principal, booking_id)
    async with context.hub.subscribe(booking_channel(booking.id)) as events:
        seen = await _change_ids(principal, booking.id)
        while True:
            event = await wait_for_event(
                events, principal, lambda e: e.get("type") in _BOOKING_NEWS
            )
            principal = await current_principal(principal)
            booking = await _booking_or_refuse(principal, booking.id)
            context.fresh_loaders()  # the push shows the booking as it is now
            new = await _change_ids(principal, booking.id) - seen
            if not new:
                if event.get("type") == "tickets":
                    yield BookingChanges(booking, [])
                continue
            changes = await BookingFieldChange.filter(id__in=new).order_by("changed_at", "id")
            seen |= new
            yield BookingChanges(booking, list(changes))

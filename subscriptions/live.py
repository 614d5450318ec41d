"""Live delivery without a task per subscriber: one fan-out per thread and process.

A shareable ``messageAdded`` subscription (``schema.shared_payloads.SHAREABLE``) over
graphql-transport-ws replays from the database in its operation's task as before, then
hands its live phase to its thread's :class:`LiveThread` and *parks*: its task and the
whole execution pipeline behind it (strawberry's stream, graphql-core's, the generators)
end, and what stays is one small :class:`LiveSubscriber` and the protocol's operation
record, so an idle subscription costs a few hundred bytes and nothing for the garbage
collector to walk but a handful of objects. The fan-out is the only task woken by the
thread's events: it reads the feed once per event (``subscriptions.feeds``), decides for
each subscriber in memory (its socket's current principal, the thread's parties, the
message's visibility), executes each payload once per (document, role, audience) class
and writes each subscriber's ``next`` frame straight to its socket.

A subscriber is resumed only when the fan-out cannot serve it: its socket does not take
a frame at once (a slow consumer; or a payload with errors, which speak the reader's
language), or it may have to end (the thread left its scope, its token expired). Its
socket then runs the operation again from where the subscriber stopped (``resume``):
the caller and the thread are read again, the missed messages replayed from the
database by its own sequence number, and it parks again, or the operation ends with the
error as any subscription does. So a slow consumer never holds up the others, and every
message reaches every subscriber exactly once and in order: the fan-out and a
catching-up subscriber share the staff sequence number up to which the subscriber has
looked (``scanned``), and a subscriber parks only when it has caught up with every event
the fan-out has seen.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import weakref
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from models import Audience, Message, Thread
from resolvers.context import RequestContext
from resolvers.principal import Principal
from resolvers.scope import in_scope
from subscriptions.channels import MESSAGES_REWRITTEN, THREAD_STATE, thread_channel
from subscriptions.feeds import ThreadFeed, feeds_of
from subscriptions.hub import Hub

log = logging.getLogger("roost.subscriptions")

#: Thread events after which what a feed keeps may be stale: a pub/sub reconnect (events
#: may have been missed) and messages rewritten in place (``MESSAGES_REWRITTEN``).
REREAD = frozenset({"resync", MESSAGES_REWRITTEN})


class LiveConnection(Protocol):
    """A socket as the fan-out uses it (``roost.websockets``)."""

    def write_now(self, frame: bytes) -> bool:
        """Send one encoded text frame at once; whether the socket took it (``False``:
        closed, or its buffer is full)."""

    def is_running(self, operation_id: str) -> bool:
        """Whether the operation still runs (the client may have completed it)."""

    def resume(self, subscriber: LiveSubscriber) -> None:
        """Run a parked subscriber's operation again (see the module)."""


@dataclass(frozen=True, slots=True)
class LiveSocket:
    """Where a running operation's frames go: its socket and its operation id; ``resumed``
    is the subscriber whose operation this run resumes.

    It reaches the socket weakly: it sits in the operation task's context variables, of
    which a timer created in the task keeps a copy until the timer's time, even cancelled
    (hours, for a token's expiry), and a closed socket must be freed as it closes.
    """

    operation_id: str
    connection: weakref.ref[LiveConnection]
    resumed: LiveSubscriber | None = None

    def write(self, frame: bytes) -> bool:
        """Send one encoded text frame at once; whether the socket took it."""
        connection = self.connection()
        return connection is not None and connection.write_now(frame)

    def running(self, operation_id: str) -> bool:
        """Whether the operation still runs on an open socket."""
        connection = self.connection()
        return connection is not None and connection.is_running(operation_id)

    def resume(self, subscriber: LiveSubscriber) -> None:
        """Run a parked subscriber's operation again, if its socket is still there."""
        connection = self.connection()
        if connection is not None:
            connection.resume(subscriber)


#: The socket and operation of the running operation's task (set by ``roost.websockets``).
LIVE_SOCKET: contextvars.ContextVar[LiveSocket | None] = contextvars.ContextVar(
    "live_socket", default=None
)


#: Encodes a message's ``next`` payload for a subscriber's class (``None``: not shareable
#: this time, e.g. errors).
Payload = Callable[[Message], Awaitable[bytes | None]]


@dataclass(frozen=True, slots=True)
class LiveTarget:
    """What the fan-out needs of a shareable subscription: its socket, its document's part
    of the payload class key, and how to encode a message's payload for its class
    (``None``: not shareable this time, e.g. errors)."""

    socket: LiveSocket
    document: tuple[str, str]
    payload: Payload


class Parked(BaseException):
    """Raised out of a subscription's stream once the fan-out serves it: it ends the
    operation's task (and the pipeline behind it) without completing the operation."""

    def __init__(self, subscriber: LiveSubscriber) -> None:
        super().__init__()
        self.subscriber = subscriber


class LiveSubscriber:
    """One live subscription, as the fan-out serves it (all that a parked one holds)."""

    __slots__ = (
        "audience",
        "context",
        "document",
        "frame_id",
        "last",
        "live",
        "scanned",
        "socket",
        "thread_id",
    )

    def __init__(
        self, context: RequestContext, target: LiveTarget, seen_by: Audience, thread_id: int
    ) -> None:
        self.context = context
        self.socket = target.socket
        self.document = target.document
        self.audience = seen_by
        self.thread_id = thread_id
        # (not orjson: its result keeps a buffer of a few KiB, for the subscription's life)
        self.frame_id = json.dumps(target.socket.operation_id).encode()
        #: The last sequence number (as its audience numbers them) it was sent.
        self.last = 0
        #: The staff sequence number up to which it has looked at every message.
        self.scanned = 0
        #: Served by the fan-out (parked; not replaying or catching up in its own task).
        self.live = False

    def catch_up(self) -> None:
        """Run its operation again from where it stopped: it catches up from the
        database (then parks again), or ends when it no longer may read the thread."""
        if self.live:
            self.live = False
            self.socket.resume(self)


def expired(principal: Any, now: datetime | None = None) -> bool:
    """Whether ``principal``'s token has expired at ``now`` (by default, now)."""
    expires_at = principal.expires_at
    return expires_at is not None and expires_at <= (now or datetime.now(UTC))


def follow_state(thread: Thread, event: dict[str, Any]) -> None:
    """Bring the in-memory thread up to date with the state an event carries."""
    for column, value in (event.get("state") or {}).items():
        if column in THREAD_STATE:
            setattr(thread, column, value)


class LiveThread:
    """The live subscribers of one thread in one process, and the task that serves them."""

    def __init__(self, hub: Hub, thread: Thread, threads: LiveThreads) -> None:
        self.thread = thread
        self.threads = threads
        self.subscribers: set[LiveSubscriber] = set()
        #: The staff sequence number of the latest event the fan-out has handled.
        self.upto = thread.last_seq
        self.feed: ThreadFeed | None = None
        #: How each (document, role, audience) class's payload of a message is encoded:
        #: the executor of the class's latest parked subscriber (the same for all).
        self.payloads: dict[tuple[Any, ...], Payload] = {}
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # Its own context: it must not keep the first subscriber's operation alive.
        self.task = asyncio.create_task(self._serve(hub), context=contextvars.Context())
        self.task.add_done_callback(self._stopped)

    def _stopped(self, task: asyncio.Task[None]) -> None:
        """The fan-out stopped: whoever it still served ends (their clients resubscribe)."""
        if task.cancelled():
            # Taken from the task: its traceback's frames refer to this fan-out, which
            # refers to the task, a reference cycle only the collector would free.
            with suppress(asyncio.CancelledError):
                task.result()
            return
        task.exception()  # logged by the task itself
        for subscriber in list(self.subscribers):
            subscriber.catch_up()  # resumed: a new fan-out serves it

    async def _serve(self, hub: Hub) -> None:
        try:
            async with (
                hub.subscribe(thread_channel(self.thread.id)) as events,
                feeds_of(hub).follow(self.thread.id) as feed,
            ):
                self.feed = feed
                self.ready.set_result(None)
                while True:
                    event = await events.next()
                    if event is None or event.get("type") == "typing":
                        continue
                    try:
                        await self._handle(event)
                    except Exception:
                        log.exception("live fan-out failed for thread %s", self.thread.id)
                        for subscriber in list(self.subscribers):
                            subscriber.catch_up()  # they re-read the database themselves
        except asyncio.CancelledError:
            self.ready.cancel()
            raise
        except Exception as error:
            if not self.ready.done():
                self.ready.set_exception(error)
            raise

    async def _handle(self, event: dict[str, Any]) -> None:
        """One thread event: the thread's state, each live subscriber's access, then the
        new messages, read once."""
        assert self.feed is not None
        kind = event.get("type")
        if kind in REREAD:
            self.feed.forget(event)
        self.feed.offer(event)
        if kind == "resync":
            fresh = await Thread.get_or_none(id=self.thread.id)
            if fresh is None:
                for subscriber in list(self.subscribers):
                    subscriber.catch_up()  # its operation ends: no such thread
                return
            self.thread = fresh
        else:
            follow_state(self.thread, event)
        now = datetime.now(UTC)
        for subscriber in list(self.subscribers):
            if not subscriber.live:
                continue
            principal = subscriber.context.principal
            if principal is None or expired(principal, now) or not in_scope(self.thread, principal):
                subscriber.catch_up()  # its operation ends, saying why
        upto = int(event.get("seq") or self.thread.last_seq)
        self.upto = max(self.upto, upto)
        live = [subscriber.scanned for subscriber in self.subscribers if subscriber.live]
        if not live:
            return
        scanned = min(live)
        while scanned < upto:
            rows = await self.feed.since(scanned, upto)
            if not rows:
                break
            for message in rows:
                await self._deliver(message)
                scanned = message.seq

    def park(self, subscriber: LiveSubscriber, payload: Payload) -> None:
        """Serve ``subscriber`` from now on, its class's payloads encoded by ``payload``."""
        principal = subscriber.context.principal
        if principal is not None:
            self.payloads[(subscriber.document, principal.role, subscriber.audience)] = payload
        subscriber.live = True

    async def _deliver(self, message: Message) -> None:
        """``message`` to every live subscriber that has not looked at it and may see it."""
        payloads: dict[tuple[Any, ...], bytes | None] = {}
        related = {"thread": self.thread}
        for subscriber in list(self.subscribers):
            if not subscriber.live or subscriber.scanned >= message.seq:
                continue
            principal = subscriber.context.principal
            socket = subscriber.socket
            if principal is None or not socket.running(socket.operation_id):
                continue
            if not in_scope(message, principal, related):
                subscriber.scanned = message.seq
                continue
            key = (subscriber.document, principal.role, subscriber.audience)
            if key not in payloads:
                encode = self.payloads.get(key)
                payloads[key] = await encode(message) if encode is not None else None
                if not subscriber.live or subscriber.scanned >= message.seq:
                    continue  # it left or caught up while the payload was executed
            payload = payloads[key]
            if payload is None:
                subscriber.catch_up()  # errors: its own execution, in its language
                continue
            frame = b'{"id":%b,"type":"next","payload":%b}' % (subscriber.frame_id, payload)
            if not socket.write(frame):
                self.threads.slow_consumers += 1
                subscriber.catch_up()  # a slow consumer: it reads the database itself
                continue
            subscriber.scanned = message.seq
            subscriber.last = message.seq_for(subscriber.audience)


@dataclass(frozen=True, slots=True)
class Followed:
    """A thread shared by its subscribers; ``heard_all``: a running fan-out was listening
    before the thread was read (nothing since can be missing from it)."""

    thread: Thread
    heard_all: bool


class LiveThreads:
    """The fan-outs of one process, by thread."""

    def __init__(self) -> None:
        self._threads: dict[int, LiveThread] = {}
        #: Threads being read for subscribers arriving together (see :meth:`followed`).
        self._reading: dict[int, asyncio.Future[Thread | None]] = {}
        #: Frames a socket did not take at once (its subscriber then caught up itself).
        self.slow_consumers = 0

    def serving(self, thread_id: int) -> int:
        """How many subscribers of ``thread_id`` the fan-out serves now (not catching up)."""
        fanout = self._threads.get(thread_id)
        return sum(s.live for s in fanout.subscribers) if fanout else 0

    async def followed(self, thread_id: int | None, principal: Principal) -> Followed | None:
        """The thread ``thread_id`` as its fan-out keeps it (current with every event it
        handled), or as read once for the subscribers arriving together before there is
        one; ``None`` when neither, or when ``principal`` does not reach it (the caller
        then reads it with its own scope)."""
        if thread_id is None:
            return None
        fanout = self._threads.get(thread_id)
        if fanout is not None and not fanout.task.done() and fanout.ready.done():
            thread, heard_all = fanout.thread, True
        else:
            thread, heard_all = await self._read_once(thread_id), False
        if thread is None or not in_scope(thread, principal):
            return None
        return Followed(thread, heard_all)

    async def _read_once(self, thread_id: int) -> Thread | None:
        """The thread as read from the database, one read shared by concurrent callers."""
        reading = self._reading.get(thread_id)
        if reading is None:
            reading = asyncio.ensure_future(Thread.get_or_none(id=thread_id))
            self._reading[thread_id] = reading
            reading.add_done_callback(lambda _: self._reading.pop(thread_id, None))
        return await asyncio.shield(reading)

    async def join(self, hub: Hub, thread: Thread, subscriber: LiveSubscriber) -> LiveThread:
        """The thread's fan-out, its pub/sub subscription in place, with ``subscriber``
        among its subscribers until :meth:`leave` (a resumed subscriber moves to a new
        fan-out when its old one stopped)."""
        fanout = self._threads.get(thread.id)
        if fanout is None or fanout.task.done():
            fanout = self._threads[thread.id] = LiveThread(hub, thread, self)
        fanout.subscribers.add(subscriber)
        try:
            await asyncio.shield(fanout.ready)
        except BaseException:
            self.leave(subscriber)
            raise
        return fanout

    def leave(self, subscriber: LiveSubscriber) -> None:
        """``subscriber`` is no longer served; the fan-out stops with its last one."""
        fanout = self._threads.get(subscriber.thread_id)
        if fanout is None:
            return
        fanout.subscribers.discard(subscriber)
        if not fanout.subscribers:
            del self._threads[subscriber.thread_id]
            fanout.task.cancel()


_LIVE: WeakKeyDictionary[Hub, LiveThreads] = WeakKeyDictionary()


def live_threads_of(hub: Hub) -> LiveThreads:
    """The fan-outs of the process that ``hub`` serves."""
    if hub not in _LIVE:
        _LIVE[hub] = LiveThreads()
    return _LIVE[hub]

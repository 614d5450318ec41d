"""Live delivery without a task per subscriber: one fan-out per thread and process.

A shareable ``messageAdded`` subscription (``schema.shared_payloads.SHAREABLE``) over
graphql-transport-ws replays from the database in its own task as before, then hands its
live phase to its thread's :class:`LiveThread` and sleeps. The fan-out is the only task
woken by the thread's events: it reads the feed once per event
(``subscriptions.feeds``), decides for each subscriber in memory (its socket's current
principal, the thread's parties, the message's visibility), executes each payload once
per (document, role, audience) class and writes each subscriber's ``next`` frame straight
to its socket, without waking its task.

A subscriber is woken only when the fan-out cannot serve it: its socket does not take a
frame at once (a slow consumer; or a payload with errors, which speak the reader's
language), after which it catches up from the database by its own sequence number like a
resync and goes live again; or it must end (the thread left its scope, its token
expired), when the error is raised in its task and sent as before. So a slow consumer
never holds up the others, and every message reaches every subscriber exactly once and in
order: the fan-out and a catching-up subscriber share the staff sequence number up to
which the subscriber has looked (``scanned``), and a subscriber goes live only when it
has caught up with every event the fan-out has seen.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from weakref import WeakKeyDictionary

import orjson

from models import Audience, Message, Thread
from resolvers.context import RequestContext
from resolvers.errors import NotFound, Unauthenticated
from resolvers.scope import in_scope
from roost.i18n import N_
from subscriptions.channels import MESSAGES_REWRITTEN, THREAD_STATE, thread_channel
from subscriptions.feeds import ThreadFeed, feeds_of
from subscriptions.hub import Hub

log = logging.getLogger("roost.subscriptions")

#: Thread events after which what a feed keeps may be stale: a pub/sub reconnect (events
#: may have been missed) and messages rewritten in place (``MESSAGES_REWRITTEN``).
REREAD = frozenset({"resync", MESSAGES_REWRITTEN})


@dataclass(frozen=True, slots=True)
class LiveSocket:
    """Where a running operation's frames go: its socket and its operation id.

    ``write`` sends one encoded text frame at once and says whether the socket took it
    (``False``: closed, or its buffer is full); ``running`` says whether the operation is
    still running (the client may have completed it).
    """

    operation_id: str
    write: Callable[[bytes], bool]
    running: Callable[[str], bool]


#: The socket and operation of the running operation's task (set by ``roost.websockets``).
LIVE_SOCKET: contextvars.ContextVar[LiveSocket | None] = contextvars.ContextVar(
    "live_socket", default=None
)


@dataclass(frozen=True, slots=True)
class LiveTarget:
    """What the fan-out needs of a shareable subscription: its socket, its document's part
    of the payload class key, and how to encode a message's payload for its class
    (``None``: not shareable this time, e.g. errors)."""

    socket: LiveSocket
    document: tuple[str, str]
    payload: Callable[[Message], Awaitable[bytes | None]]


class LiveSubscriber:
    """One live subscription, as the fan-out serves it."""

    __slots__ = ("audience", "context", "frame_id", "last", "live", "scanned", "target", "wake")

    def __init__(self, context: RequestContext, target: LiveTarget, seen_by: Audience) -> None:
        self.context = context
        self.target = target
        self.audience = seen_by
        self.frame_id = orjson.dumps(target.socket.operation_id)
        #: The last sequence number (as its audience numbers them) it was sent.
        self.last = 0
        #: The staff sequence number up to which it has looked at every message.
        self.scanned = 0
        #: Served by the fan-out (not replaying or catching up in its own task).
        self.live = False
        self.wake: asyncio.Future[None] | None = None

    def sleep(self) -> asyncio.Future[None]:
        """Go live: the future its task waits on until the fan-out wakes it."""
        self.wake = asyncio.get_running_loop().create_future()
        self.live = True
        return self.wake

    def catch_up(self) -> None:
        """Wake its task to catch up from the database (then it goes live again)."""
        self.live = False
        if self.wake is not None and not self.wake.done():
            self.wake.set_result(None)

    def end(self, error: BaseException) -> None:
        """Wake its task with ``error``, which ends the subscription."""
        self.live = False
        if self.wake is not None and not self.wake.done():
            self.wake.set_exception(error)


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
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.task = asyncio.create_task(self._serve(hub))
        self.task.add_done_callback(self._stopped)

    def _stopped(self, task: asyncio.Task[None]) -> None:
        """The fan-out stopped: whoever it still served ends (their clients resubscribe)."""
        if task.cancelled():
            return
        error = task.exception() or RuntimeError("live delivery stopped")
        for subscriber in list(self.subscribers):
            subscriber.end(error)

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
        if kind == "resync":
            fresh = await Thread.get_or_none(id=self.thread.id)
            if fresh is None:
                for subscriber in list(self.subscribers):
                    subscriber.end(NotFound(N_("No such thread.")))
                return
            self.thread = fresh
        else:
            follow_state(self.thread, event)
        now = datetime.now(UTC)
        for subscriber in list(self.subscribers):
            if not subscriber.live:
                continue
            principal = subscriber.context.principal
            if principal is None or expired(principal, now):
                subscriber.end(Unauthenticated(N_("The token has expired.")))
            elif not in_scope(self.thread, principal):
                subscriber.end(NotFound(N_("No such thread.")))
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

    async def _deliver(self, message: Message) -> None:
        """``message`` to every live subscriber that has not looked at it and may see it."""
        payloads: dict[tuple[Any, ...], bytes | None] = {}
        related = {"thread": self.thread}
        for subscriber in list(self.subscribers):
            if not subscriber.live or subscriber.scanned >= message.seq:
                continue
            principal = subscriber.context.principal
            target = subscriber.target
            if principal is None or not target.socket.running(target.socket.operation_id):
                continue
            if not in_scope(message, principal, related):
                subscriber.scanned = message.seq
                continue
            key = (target.document, principal.role, subscriber.audience)
            if key not in payloads:
                payloads[key] = await target.payload(message)
                if not subscriber.live or subscriber.scanned >= message.seq:
                    continue  # it left or caught up while the payload was executed
            payload = payloads[key]
            if payload is None:
                subscriber.catch_up()  # errors: its own execution, in its language
                continue
            frame = b'{"id":%b,"type":"next","payload":%b}' % (subscriber.frame_id, payload)
            if not target.socket.write(frame):
                self.threads.slow_consumers += 1
                subscriber.catch_up()  # a slow consumer: it reads the database itself
                continue
            subscriber.scanned = message.seq
            subscriber.last = message.seq_for(subscriber.audience)


class LiveThreads:
    """The fan-outs of one process, by thread."""

    def __init__(self) -> None:
        self._threads: dict[int, LiveThread] = {}
        #: Frames a socket did not take at once (its subscriber then caught up itself).
        self.slow_consumers = 0

    def serving(self, thread_id: int) -> int:
        """How many subscribers of ``thread_id`` the fan-out serves now (not catching up)."""
        fanout = self._threads.get(thread_id)
        return sum(s.live for s in fanout.subscribers) if fanout else 0

    @asynccontextmanager
    async def follow(
        self, hub: Hub, thread: Thread, subscriber: LiveSubscriber
    ) -> AsyncIterator[LiveThread]:
        """``async with live.follow(hub, thread, subscriber):`` the thread's fan-out, its
        pub/sub subscription in place; stopped with its last subscriber."""
        fanout = self._threads.get(thread.id)
        if fanout is None or fanout.task.done():
            fanout = self._threads[thread.id] = LiveThread(hub, thread, self)
        fanout.subscribers.add(subscriber)
        try:
            await asyncio.shield(fanout.ready)
            yield fanout
        finally:
            fanout.subscribers.discard(subscriber)
            if not fanout.subscribers and self._threads.get(thread.id) is fanout:
                del self._threads[thread.id]
                fanout.task.cancel()


_LIVE: WeakKeyDictionary[Hub, LiveThreads] = WeakKeyDictionary()


def live_threads_of(hub: Hub) -> LiveThreads:
    """The fan-outs of the process that ``hub`` serves."""
    if hub not in _LIVE:
        _LIVE[hub] = LiveThreads()
    return _LIVE[hub]

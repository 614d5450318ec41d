"""The process-wide pub/sub hub: a guarded ``Broadcast`` and JSON wake-up events.

Guards on top of broadcaster 0.3.1:
- subscribing and unsubscribing are serialised, so concurrent first subscribers to a
  channel cannot race (broadcaster's lost queues and KeyError on unsubscribe), and a
  subscription that fails or is cancelled half-way is rolled back;
- leaving a subscription always finishes (shielded from a second cancellation), so the
  channel is unsubscribed at the backend when its last subscriber leaves;
- every subscriber queue is bounded: when one is full its pending events are coalesced
  into a single resync event. That loses nothing, because events only wake subscribers
  up and a resync makes them read the database by sequence number;
- the task that fans events out never dies of one bad event.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from broadcaster import Broadcast, Event
from broadcaster._backends.base import BroadcastBackend
from broadcaster._base import Subscriber

from subscriptions.backends import OP_TIMEOUT, RESYNC, backend_for

log = logging.getLogger("roost.pubsub")

#: Pending wake-ups per subscriber; beyond that they are coalesced into one resync.
QUEUE_SIZE = 64


class DecodedEvent(Event):
    """An event whose JSON payload is decoded once for all of its subscribers (who only
    read it)."""

    __slots__ = ("_resync", "payload")

    def __init__(self, channel: str, message: str) -> None:
        super().__init__(channel, message)
        self.payload: dict[str, Any] = (
            {"type": "resync"} if message == RESYNC else orjson.loads(message)
        )
        self._resync: DecodedEvent | None = None

    def resync(self) -> DecodedEvent:
        """The resync that replaces this event in every queue it overflows (one for all,
        so what subscribers do once per event, e.g. re-read a feed, is done once)."""
        if self._resync is None:
            self._resync = DecodedEvent(self.channel, RESYNC)
        return self._resync


class GuardedBroadcast(Broadcast):
    """``Broadcast`` with serialised subscription bookkeeping and bounded queues."""

    def __init__(self, url: str, *, backend: BroadcastBackend | None = None) -> None:
        super().__init__(backend=backend or backend_for(url))
        self._guard = asyncio.Lock()
        self._leaving: set[asyncio.Task[None]] = set()
        #: Events not queued because a subscriber's queue was full (coalesced instead).
        self.dropped = 0

    @property
    def backend(self) -> BroadcastBackend:
        """The pub/sub backend."""
        return self._backend

    def channels(self) -> frozenset[str]:
        """The channels that have subscribers in this process."""
        return frozenset(self._subscribers)

    def listened(self, channel: str) -> bool:
        """Whether ``channel`` has a subscriber in this process."""
        return channel in self._subscribers

    async def disconnect(self) -> None:
        task = getattr(self, "_listener_task", None)
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
            except Exception:
                log.exception("pub/sub listener failed")
        await self._backend.disconnect()

    async def _listener(self) -> None:
        while True:
            event = await self._backend.next_published()
            try:
                queues = self._subscribers.get(event.channel)
                if not queues:
                    continue
                decoded = DecodedEvent(event.channel, event.message)
                for queue in list(queues):
                    self._offer(queue, decoded)
            except Exception:
                log.exception("pub/sub fan-out failed for %r", event)

    def _offer(self, queue: asyncio.Queue[Event | None], event: Event) -> None:
        try:
            queue.put_nowait(event)
        except asyncio.QueueFull:
            # Coalesce: what is pending is replaced by one resync (re-read the database).
            self.dropped += queue.qsize() + 1
            while not queue.empty():
                queue.get_nowait()
            resync = event.resync() if isinstance(event, DecodedEvent) else None
            queue.put_nowait(resync or DecodedEvent(event.channel, RESYNC))

    @asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[Subscriber]:  # type: ignore[override]
        """One subscriber queue fed by every one of ``channels``."""
        queue: asyncio.Queue[Event | None] = asyncio.Queue(maxsize=QUEUE_SIZE)
        joined: list[str] = []
        try:
            async with self._guard:
                for channel in dict.fromkeys(channels):
                    queues = self._subscribers.get(channel)
                    first = queues is None
                    if queues is None:
                        queues = self._subscribers[channel] = set()
                    queues.add(queue)
                    joined.append(channel)
                    if first:
                        await self._backend.subscribe(channel)
            yield Subscriber(queue)
        finally:
            # Shielded: a second cancellation must not leave the channel subscribed.
            leaving = asyncio.ensure_future(self._leave(queue, joined))
            self._leaving.add(leaving)
            leaving.add_done_callback(self._leaving.discard)
            await asyncio.shield(leaving)

    async def _leave(self, queue: asyncio.Queue[Event | None], channels: list[str]) -> None:
        async with self._guard:
            for channel in channels:
                queues = self._subscribers.get(channel)
                if queues is None:
                    continue
                queues.discard(queue)
                if queues:
                    continue
                del self._subscribers[channel]
                try:
                    await self._backend.unsubscribe(channel)
                except Exception:
                    log.warning("pub/sub unsubscribe from %s failed", channel, exc_info=True)


class Hub:
    """Publishes and subscribes to JSON events on named channels."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.broadcast = GuardedBroadcast(url)

    async def connect(self) -> None:
        """Connect the backend and start delivering events."""
        await self.broadcast.connect()

    async def disconnect(self) -> None:
        """Stop delivering and close the backend."""
        await self.broadcast.disconnect()

    @property
    def in_process(self) -> bool:
        """Whether only this process hears what is published (``memory://``)."""
        return self.url.startswith("memory://")

    @property
    def reconnects(self) -> int:
        """Times the backend connection was reopened (``memory://`` never is)."""
        return int(getattr(self.broadcast.backend, "reconnects", 0))

    def heard(self, channel: str) -> bool:
        """Whether a subscriber may hear what is published to ``channel``: on a shared
        backend always, in process only while someone here listens to it."""
        return not self.in_process or self.broadcast.listened(channel)

    async def publish(self, channel: str, payload: dict[str, Any]) -> None:
        """Send ``payload`` to every subscriber of ``channel`` on every instance."""
        if not self.heard(channel):
            # Nobody hears it: a subscriber that joins later reads the database after joining.
            return
        try:
            # Bounded: a pub/sub outage must not hold up the mutation that published.
            await asyncio.wait_for(
                self.broadcast.publish(channel, orjson.dumps(payload).decode()), OP_TIMEOUT
            )
        except Exception:
            # The change is committed already; subscribers catch up from the database.
            log.warning("publish to %s failed", channel, exc_info=True)

    @asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[Inbox]:
        """``async with hub.subscribe(a, b) as inbox:`` then ``await inbox.next(timeout)``."""
        async with self.broadcast.subscribe(*channels) as subscriber:
            yield Inbox(subscriber)


class Inbox:
    """The events of a subscription, one at a time."""

    __slots__ = ("_subscriber",)

    def __init__(self, subscriber: Subscriber) -> None:
        self._subscriber = subscriber

    async def next(self, wait_seconds: float | None = None) -> dict[str, Any] | None:
        """The next payload (``{"type": "resync"}`` after a reconnect); ``None`` on timeout.

        The payload is shared by every subscriber of the event: read it, never change it.
        """
        try:
            async with asyncio.timeout(wait_seconds):
                event = await self._subscriber.get()
        except TimeoutError:
            return None
        if isinstance(event, DecodedEvent):
            return event.payload
        return DecodedEvent(event.channel, event.message).payload

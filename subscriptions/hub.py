"""The process-wide pub/sub hub: a guarded ``Broadcast`` and JSON wake-up events.

Guards on top of broadcaster 0.3.1:
- the first subscriptions to a channel are serialised, so concurrent first subscribers
  cannot race (the KeyError on unsubscribe);
- every subscriber queue is bounded; when one is full the event is dropped, which loses
  nothing because events only wake subscribers up and a full queue will wake them anyway
  (they then read the database by sequence number).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from broadcaster import Broadcast, Event
from broadcaster._base import Subscriber

from subscriptions.backends import RESYNC, backend_for

log = logging.getLogger("roost.pubsub")

#: Pending wake-ups per subscriber before further ones are coalesced.
QUEUE_SIZE = 64


class GuardedBroadcast(Broadcast):
    """``Broadcast`` with serialised subscription bookkeeping and bounded queues."""

    def __init__(self, url: str) -> None:
        super().__init__(backend=backend_for(url))
        self._guard = asyncio.Lock()
        self.dropped = 0

    async def _listener(self) -> None:
        while True:
            event = await self._backend.next_published()
            for queue in list(self._subscribers.get(event.channel, ())):
                try:
                    queue.put_nowait(event)
                except asyncio.QueueFull:
                    self.dropped += 1

    @asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[Subscriber]:
        """One subscriber queue fed by every one of ``channels``."""
        queue: asyncio.Queue[Event | None] = asyncio.Queue(maxsize=QUEUE_SIZE)
        async with self._guard:
            for channel in channels:
                if channel not in self._subscribers:
                    await self._backend.subscribe(channel)
                    self._subscribers[channel] = set()
                self._subscribers[channel].add(queue)
        try:
            yield Subscriber(queue)
        finally:
            async with self._guard:
                for channel in channels:
                    queues = self._subscribers.get(channel, set())
                    queues.discard(queue)
                    if not queues and channel in self._subscribers:
                        del self._subscribers[channel]
                        await self._backend.unsubscribe(channel)


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

    async def publish(self, channel: str, payload: dict[str, Any]) -> None:
        """Send ``payload`` to every subscriber of ``channel`` on every instance."""
        try:
            await self.broadcast.publish(channel, orjson.dumps(payload).decode())
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

    def __init__(self, subscriber: Subscriber) -> None:
        self._subscriber = subscriber

    async def next(self, wait_seconds: float | None = None) -> dict[str, Any] | None:
        """The next payload (``{"type": "resync"}`` after a reconnect); ``None`` on timeout."""
        try:
            event = await asyncio.wait_for(self._subscriber.get(), wait_seconds)
        except TimeoutError:
            return None
        if event.message == RESYNC:
            return {"type": "resync"}
        return orjson.loads(event.message)

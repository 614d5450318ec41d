"""Broadcaster backends that survive what broadcaster 0.3.1's own do not.

- PostgreSQL: publishing goes through a small pool, never through the LISTEN connection,
  so concurrent publishes cannot fail with "another operation is in progress"; LISTEN and
  UNLISTEN are serialised on that connection.
- PostgreSQL and Redis: a dropped listening connection is detected (termination callback,
  read errors and a periodic ping), reopened with backoff, every channel listened to again,
  and a :data:`RESYNC` event is delivered on every channel, so subscribers re-read the
  database instead of staying silently deaf.

Events are wake-up signals; the database stays the source of truth.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any
from urllib.parse import urlparse

import asyncpg
from broadcaster import Event
from broadcaster._backends.base import BroadcastBackend
from broadcaster._backends.memory import MemoryBackend

log = logging.getLogger("roost.pubsub")

#: Message delivered on every channel after the backend reconnected.
RESYNC = "__resync__"

#: Seconds between liveness checks of the listening connection.
PING_INTERVAL = 2.0
MAX_BACKOFF = 5.0


class _Supervised(BroadcastBackend):
    """Common part: channel bookkeeping, the event queue, reconnection with backoff."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._channels: set[str] = set()
        self._events: asyncio.Queue[Event] = asyncio.Queue()
        self._lock = asyncio.Lock()
        self._supervisor: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._closing = False
        self.reconnects = 0

    async def connect(self) -> None:
        await self._open()
        self._supervisor = asyncio.create_task(self._supervise())

    async def disconnect(self) -> None:
        self._closing = True
        if self._supervisor:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
        await self._close()

    async def subscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.add(channel)
            with contextlib.suppress(*self._connection_errors()):
                await self._listen(channel)

    async def unsubscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.discard(channel)
            with contextlib.suppress(*self._connection_errors()):
                await self._unlisten(channel)

    async def next_published(self) -> Event:
        return await self._events.get()

    def _connection_lost(self) -> None:
        """Called when a failure is noticed; the supervisor checks and reconnects."""
        if not self._closing:
            self._wake.set()

    async def _supervise(self) -> None:
        """Check the listening connection (on a signal or a timer); reopen it when dead."""
        while not self._closing:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), PING_INTERVAL)
            self._wake.clear()
            if not await self._alive():
                await self._reconnect()

    async def _reconnect(self) -> None:
        delay = 0.1
        while not self._closing:
            try:
                async with self._lock:
                    await self._close()
                    await self._open()
                    for channel in self._channels:
                        await self._listen(channel)
            except self._connection_errors() as exc:
                log.warning("pub/sub reconnect failed (%s); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)
                continue
            self.reconnects += 1
            log.warning("pub/sub connection restored; resyncing %d channels", len(self._channels))
            for channel in self._channels:
                self._events.put_nowait(Event(channel=channel, message=RESYNC))
            return

    def _connection_errors(self) -> tuple[type[BaseException], ...]:
        return (OSError, asyncio.TimeoutError)

    async def _open(self) -> None:
        raise NotImplementedError

    async def _close(self) -> None:
        raise NotImplementedError

    async def _alive(self) -> bool:
        raise NotImplementedError

    async def _listen(self, channel: str) -> None:
        raise NotImplementedError

    async def _unlisten(self, channel: str) -> None:
        raise NotImplementedError


class PostgresBackend(_Supervised):
    """LISTEN/NOTIFY with a pool for NOTIFY and a supervised LISTEN connection."""

    def __init__(self, url: str) -> None:
        super().__init__(url.replace("postgres://", "postgresql://", 1))
        self._pool: asyncpg.Pool | None = None
        self._listener: asyncpg.Connection | None = None

    def _connection_errors(self) -> tuple[type[BaseException], ...]:
        return (*super()._connection_errors(), asyncpg.PostgresError, asyncpg.InterfaceError)

    async def _open(self) -> None:
        if self._pool is None:
            self._pool = await asyncpg.create_pool(self._url, min_size=1, max_size=4)
        self._listener = await asyncpg.connect(self._url)
        self._listener.add_termination_listener(lambda _: self._connection_lost())

    async def _close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None and not listener.is_closed():
            with contextlib.suppress(*self._connection_errors()):
                await asyncio.wait_for(listener.close(), timeout=2)
        if self._closing and self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def _alive(self) -> bool:
        listener = self._listener
        if listener is None or listener.is_closed():
            return False
        try:
            async with self._lock:
                await asyncio.wait_for(listener.execute("SELECT 1"), timeout=PING_INTERVAL)
        except self._connection_errors():
            return False
        return True

    def _on_notify(self, _connection: Any, _pid: int, channel: str, payload: str) -> None:
        self._events.put_nowait(Event(channel=channel, message=payload))

    async def _listen(self, channel: str) -> None:
        if self._listener is not None:
            await self._listener.add_listener(channel, self._on_notify)

    async def _unlisten(self, channel: str) -> None:
        if self._listener is not None and not self._listener.is_closed():
            await self._listener.remove_listener(channel, self._on_notify)

    async def publish(self, channel: str, message: str) -> None:
        assert self._pool is not None, "connect() first"
        async with self._pool.acquire() as connection:
            await connection.execute("SELECT pg_notify($1, $2)", channel, message)


class RedisBackend(_Supervised):
    """Redis PUBLISH/SUBSCRIBE with a supervised subscriber connection."""

    def __init__(self, url: str) -> None:
        from redis import asyncio as redis

        super().__init__(url)
        self._redis = redis
        self._publisher = redis.Redis.from_url(url)
        self._pubsub: Any = None
        self._reader: asyncio.Task[None] | None = None

    def _connection_errors(self) -> tuple[type[BaseException], ...]:
        from redis.exceptions import ConnectionError, TimeoutError

        return (*super()._connection_errors(), ConnectionError, TimeoutError)

    async def _open(self) -> None:
        client = self._redis.Redis.from_url(self._url)
        self._pubsub = client.pubsub(ignore_subscribe_messages=True)
        await self._pubsub.ping()
        self._reader = asyncio.create_task(self._read())

    async def _close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, *self._connection_errors()):
                await self._reader
            self._reader = None
        if self._pubsub is not None:
            with contextlib.suppress(*self._connection_errors()):
                await self._pubsub.aclose()
            self._pubsub = None
        if self._closing:
            await self._publisher.aclose()

    async def _read(self) -> None:
        pubsub = self._pubsub
        while True:
            if not pubsub.subscribed:
                await asyncio.sleep(0.05)
                continue
            try:
                message = await pubsub.get_message(timeout=1.0)
            except self._connection_errors():
                log.warning("redis subscriber connection lost")
                self._connection_lost()
                return
            if message and message["type"] == "message":
                self._events.put_nowait(
                    Event(channel=message["channel"].decode(), message=message["data"].decode())
                )

    async def _alive(self) -> bool:
        if self._reader is None or self._reader.done():
            return False
        try:
            await asyncio.wait_for(self._publisher.ping(), timeout=PING_INTERVAL)
        except self._connection_errors():
            return False
        return True

    async def _listen(self, channel: str) -> None:
        await self._pubsub.subscribe(channel)

    async def _unlisten(self, channel: str) -> None:
        if self._pubsub is not None:
            await self._pubsub.unsubscribe(channel)

    async def publish(self, channel: str, message: str) -> None:
        await self._publisher.publish(channel, message)


def backend_for(url: str) -> BroadcastBackend:
    """The backend for a ``ROOST_BROADCAST_URL``: memory://, postgres://, redis://."""
    scheme = urlparse(url).scheme
    if scheme == "memory":
        return MemoryBackend(url)
    if scheme in ("postgres", "postgresql"):
        return PostgresBackend(url)
    if scheme in ("redis", "rediss"):
        return RedisBackend(url)
    raise ValueError(f"unsupported ROOST_BROADCAST_URL scheme: {scheme!r}")

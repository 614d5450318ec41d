"""Broadcaster backends that survive what broadcaster 0.3.1's own do not.

- PostgreSQL: publishing goes through a small pool, never through the LISTEN connection,
  so concurrent publishes cannot fail with "another operation is in progress"; LISTEN and
  UNLISTEN are serialised on that connection. The LISTEN connection is named
  ``roost-pubsub-listen`` (``application_name`` in ``pg_stat_activity``).
- PostgreSQL and Redis: a dropped listening connection is detected (termination callback,
  read errors and a periodic ping over that very connection), reopened with backoff, every
  channel listened to again, and then a :data:`RESYNC` event is delivered on every channel,
  so subscribers re-read the database instead of staying silently deaf.
- Every network operation has a time limit, so a hung connection cannot hold up the
  subscriptions of the whole process.

Events are wake-up signals; the database stays the source of truth.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import Any
from urllib.parse import urlparse

import asyncpg
from broadcaster import Event
from broadcaster._backends.base import BroadcastBackend
from broadcaster._backends.memory import MemoryBackend

log = logging.getLogger("roost.pubsub")

#: Message delivered on every channel after the backend reconnected.
RESYNC = "__resync__"

#: Seconds between liveness checks of the listening connection, and how long one may take.
PING_INTERVAL = 2.0
PING_TIMEOUT = 3.0
#: Seconds one network operation (connect, LISTEN, ping, publish) may take.
OP_TIMEOUT = 5.0
MAX_BACKOFF = 5.0

#: ``application_name`` of the PostgreSQL LISTEN connection.
LISTENER_APPLICATION_NAME = "roost-pubsub-listen"


class _Supervised(BroadcastBackend):
    """Common part: channel bookkeeping, the event queue, reconnection with backoff."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._channels: set[str] = set()
        self._events: asyncio.Queue[Event] = asyncio.Queue()
        self._lock = asyncio.Lock()
        self._supervisor: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._force = False
        self._closing = False
        self.reconnects = 0

    @property
    def channels(self) -> frozenset[str]:
        """The channels listened to (and listened to again after a reconnect)."""
        return frozenset(self._channels)

    async def connect(self) -> None:
        self._closing = False
        await self._open()
        self._supervisor = asyncio.create_task(self._supervise(), name="roost-pubsub-supervisor")

    async def disconnect(self) -> None:
        self._closing = True
        if self._supervisor:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        await self._close()

    async def subscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.add(channel)
            await self._attempt(self._listen(channel), f"LISTEN {channel}")

    async def unsubscribe(self, channel: str) -> None:
        async with self._lock:
            self._channels.discard(channel)
            await self._attempt(self._unlisten(channel), f"UNLISTEN {channel}")

    async def next_published(self) -> Event:
        return await self._events.get()

    async def _attempt(self, operation: Awaitable[None], what: str) -> None:
        """Run a (un)listen with a time limit; on failure, reconnect (and so resync)."""
        try:
            await asyncio.wait_for(operation, OP_TIMEOUT)
        except self._connection_errors() as exc:
            log.warning("pub/sub %s failed (%r); reconnecting", what, exc)
            self._connection_lost(force=True)

    def _connection_lost(self, *, force: bool = False) -> None:
        """A failure was noticed: the supervisor checks (or, forced, just reconnects)."""
        if not self._closing:
            self._force = self._force or force
            self._wake.set()

    async def _supervise(self) -> None:
        """Check the listening connection (on a signal or a timer); reopen it when dead."""
        while not self._closing:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), PING_INTERVAL)
            self._wake.clear()
            try:
                force, self._force = self._force, False
                if force or not await self._alive():
                    await self._reconnect()
            except asyncio.CancelledError:
                raise
            except Exception:
                # Never let the supervisor die: that would leave subscribers deaf.
                log.exception("pub/sub supervisor error; retrying")
                self._force = True
                await asyncio.sleep(PING_INTERVAL)

    async def _reconnect(self) -> None:
        delay = 0.1
        while not self._closing:
            try:
                async with self._lock:
                    await self._close()
                # Opened outside the lock: a slow connect holds up no subscriber.
                await self._open()
                async with self._lock:
                    for channel in sorted(self._channels):
                        await asyncio.wait_for(self._listen(channel), OP_TIMEOUT)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                expected = isinstance(exc, self._connection_errors())
                log.warning(
                    "pub/sub reconnect failed (%r); retrying in %.1fs",
                    exc,
                    delay,
                    exc_info=not expected,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)
                continue
            self.reconnects += 1
            log.warning("pub/sub connection restored; resyncing %d channels", len(self._channels))
            # After listening again: whatever was missed meanwhile is re-read from the database.
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

    @property
    def listener_pid(self) -> int | None:
        """The server process id of the LISTEN connection (for ``pg_stat_activity``)."""
        listener = self._listener
        if listener is None or listener.is_closed():
            return None
        return listener.get_server_pid()

    def _connection_errors(self) -> tuple[type[BaseException], ...]:
        return (*super()._connection_errors(), asyncpg.PostgresError, asyncpg.InterfaceError)

    async def _open(self) -> None:
        if self._pool is None:
            self._pool = await asyncpg.create_pool(
                self._url, min_size=1, max_size=4, timeout=OP_TIMEOUT
            )
        listener = await asyncpg.connect(
            self._url,
            timeout=OP_TIMEOUT,
            server_settings={"application_name": LISTENER_APPLICATION_NAME},
        )
        listener.add_termination_listener(self._on_termination)
        self._listener = listener

    def _on_termination(self, connection: Any) -> None:
        if connection is self._listener:
            self._connection_lost()

    async def _close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None and not listener.is_closed():
            try:
                await asyncio.wait_for(listener.close(), timeout=2)
            except Exception:
                listener.terminate()
        if self._closing and self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                await asyncio.wait_for(pool.close(), timeout=OP_TIMEOUT)
            except Exception:
                pool.terminate()

    async def _alive(self) -> bool:
        listener = self._listener
        if listener is None or listener.is_closed():
            return False
        try:
            async with self._lock:
                await asyncio.wait_for(listener.execute("SELECT 1"), timeout=PING_TIMEOUT)
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
        # One retry: a pooled connection may have died since it was last used.
        for attempt in (1, 2):
            pool = self._pool
            assert pool is not None, "connect() first"
            try:
                async with pool.acquire(timeout=OP_TIMEOUT) as connection:
                    await connection.execute(
                        "SELECT pg_notify($1, $2)", channel, message, timeout=OP_TIMEOUT
                    )
                return
            except (
                OSError,
                asyncpg.InterfaceError,
                asyncpg.PostgresConnectionError,
                asyncpg.exceptions.OperatorInterventionError,
            ):
                if attempt == 2:
                    raise


class RedisBackend(_Supervised):
    """Redis PUBLISH/SUBSCRIBE with a supervised subscriber connection.

    The subscriber connection does not retry by itself (redis-py would reconnect and
    resubscribe silently, missing what was published meanwhile): every failure reaches
    the supervisor, which reconnects and resyncs. Liveness is a PING over that very
    connection, answered through the reader.
    """

    def __init__(self, url: str) -> None:
        from redis import asyncio as redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        super().__init__(url)
        self._redis = redis
        self._no_retry = Retry(NoBackoff(), 0)
        # One immediate retry: after a server restart the pooled connection is stale.
        self._publisher = redis.Redis.from_url(
            url,
            retry=Retry(NoBackoff(), 1),
            socket_connect_timeout=OP_TIMEOUT,
            socket_timeout=OP_TIMEOUT,
        )
        self._client: Any = None
        self._pubsub: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._pong = asyncio.Event()

    def _connection_errors(self) -> tuple[type[BaseException], ...]:
        from redis.exceptions import ConnectionError, TimeoutError

        return (*super()._connection_errors(), ConnectionError, TimeoutError)

    async def _open(self) -> None:
        client = self._redis.Redis.from_url(
            self._url,
            retry=self._no_retry,
            socket_connect_timeout=OP_TIMEOUT,
            socket_keepalive=True,
        )
        pubsub = client.pubsub()
        try:
            await asyncio.wait_for(pubsub.connect(), OP_TIMEOUT)
        except BaseException:
            with contextlib.suppress(Exception):
                await pubsub.aclose()
                await client.aclose()
            raise
        self._client, self._pubsub = client, pubsub
        self._reader = asyncio.create_task(self._read(pubsub), name="roost-pubsub-redis-reader")

    async def _close(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader
        pubsub, self._pubsub = self._pubsub, None
        client, self._client = self._client, None
        with contextlib.suppress(Exception):
            if pubsub is not None:
                await asyncio.wait_for(pubsub.aclose(), timeout=2)
        with contextlib.suppress(Exception):
            if client is not None:
                await asyncio.wait_for(client.aclose(), timeout=2)
        if self._closing:
            with contextlib.suppress(Exception):
                await self._publisher.aclose()

    async def _read(self, pubsub: Any) -> None:
        try:
            while True:
                message = await pubsub.get_message(timeout=None)
                if not message:
                    continue
                if message["type"] == "message":
                    self._events.put_nowait(
                        Event(channel=message["channel"].decode(), message=message["data"].decode())
                    )
                elif message["type"] == "pong":
                    self._pong.set()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("redis subscriber connection lost (%r)", exc)
            self._connection_lost(force=True)

    async def _alive(self) -> bool:
        pubsub, reader = self._pubsub, self._reader
        if pubsub is None or reader is None or reader.done():
            return False
        self._pong.clear()
        try:
            async with self._lock:
                await asyncio.wait_for(pubsub.ping(), timeout=PING_TIMEOUT)
            await asyncio.wait_for(self._pong.wait(), timeout=PING_TIMEOUT)
        except (*self._connection_errors(), RuntimeError):
            return False
        return True

    async def _listen(self, channel: str) -> None:
        if self._pubsub is not None:
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

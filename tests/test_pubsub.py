"""Pub/sub: broadcaster 0.3.1's failures, shown on its stock classes, and our guards.

For each failure a test shows that stock broadcaster really has it, and another that
our hardened backends (subscriptions/backends.py) and ``GuardedBroadcast``
(subscriptions/hub.py) do not: concurrent publishes on PostgreSQL, concurrent first
subscriptions to one channel, a dropped LISTEN / Redis connection (deaf subscribers),
and unbounded subscriber queues.

Real servers only: the PostgreSQL parts need ``ROOST_TEST_DATABASE_URL``, the Redis
parts ``ROOST_TEST_REDIS_URL`` (``make test-postgres`` provides both, via
scripts/with-postgres.sh and scripts/with-redis.sh); the memory parts always run.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shlex
import subprocess
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from broadcaster import Broadcast
from broadcaster._backends.memory import MemoryBackend
from broadcaster._backends.postgres import PostgresBackend as StockPostgresBackend

from subscriptions import backends
from subscriptions.backends import (
    LISTENER_APPLICATION_NAME,
    PostgresBackend,
    RedisBackend,
    backend_for,
)
from subscriptions.hub import QUEUE_SIZE, GuardedBroadcast, Hub

PG_URL = os.environ.get("ROOST_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("ROOST_TEST_REDIS_URL", "")

needs_postgres = pytest.mark.skipif(
    not PG_URL,
    reason="needs PostgreSQL: ROOST_TEST_DATABASE_URL is unset (make test-postgres sets it)",
)
needs_redis = pytest.mark.skipif(
    not REDIS_URL,
    reason="needs Redis: ROOST_TEST_REDIS_URL is unset (make test-postgres starts "
    "redis-server through scripts/with-redis.sh; without redis-server it is unset)",
)

#: Seconds a recovering subscriber may take to hear of the reconnect.
RECOVERY = 10.0


def pg_dsn() -> str:
    return PG_URL.replace("postgres://", "postgresql://", 1)


def channel_name(prefix: str = "t") -> str:
    return f"{prefix}:{uuid.uuid4().hex[:12]}"


def require_redis_client() -> None:
    """The Redis backend needs the ``redis`` package; missing it is a bug, not a skip."""
    try:
        import redis  # noqa: F401
    except ModuleNotFoundError:
        pytest.fail(
            "ROOST_BROADCAST_URL=redis:// needs the 'redis' package, which is not installed: "
            "it must be a dependency in pyproject.toml"
        )


def broadcast_url(kind: str) -> str:
    if kind == "postgres":
        return PG_URL
    if kind == "redis":
        require_redis_client()
        return REDIS_URL
    return "memory://"


KINDS = [
    pytest.param("memory", id="memory"),
    pytest.param("postgres", id="postgres", marks=needs_postgres),
    pytest.param("redis", id="redis", marks=needs_redis),
]


@contextlib.asynccontextmanager
async def running_hub(url: str) -> AsyncIterator[Hub]:
    hub = Hub(url)
    await hub.connect()
    try:
        yield hub
    finally:
        await hub.disconnect()


class RoundTripMemoryBackend(MemoryBackend):
    """broadcaster's memory backend with one network round trip per (un)subscribe.

    Every networked backend awaits I/O there; that await is where concurrent first
    subscribers interleave. (The memory backend never awaits, so it hides the race.)
    """

    async def subscribe(self, channel: str) -> None:
        await asyncio.sleep(0.001)
        await super().subscribe(channel)

    async def unsubscribe(self, channel: str) -> None:
        await asyncio.sleep(0.001)
        await super().unsubscribe(channel)


async def backend_listens(backend: Any, channel: str) -> bool:
    """Whether ``channel`` is still subscribed at the backend (and at its server)."""
    if isinstance(backend, MemoryBackend):
        return channel in backend._subscribed
    if channel in backend.channels:
        return True
    if isinstance(backend, PostgresBackend):
        async with backend._lock:
            listening = await backend._listener.fetchval(
                "SELECT count(*) FROM pg_listening_channels() AS c WHERE c = $1", channel
            )
        return listening > 0
    if isinstance(backend, RedisBackend):
        # UNSUBSCRIBE is only sent; give the server a moment to process it.
        for _ in range(40):
            [(_, count)] = await backend._publisher.pubsub_numsub(channel)
            if count == 0:
                return False
            await asyncio.sleep(0.05)
        return True
    raise AssertionError(f"unknown backend {backend!r}")


def redis_cli(*args: str) -> subprocess.CompletedProcess[str]:
    port = os.environ["ROOST_TEST_REDIS_PORT"]
    return subprocess.run(
        ["redis-cli", "-h", "127.0.0.1", "-p", port, *args],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )


def restart_redis() -> None:
    """Stop the test Redis server (no save) and start it again on the same port."""
    redis_cli("shutdown", "nosave")
    deadline = time.monotonic() + 10
    while redis_cli("ping").stdout.strip() == "PONG":
        assert time.monotonic() < deadline, "redis-server did not shut down"
        time.sleep(0.05)
    subprocess.run(shlex.split(os.environ["ROOST_TEST_REDIS_CMD"]), check=True, timeout=10)
    while redis_cli("ping").stdout.strip() != "PONG":
        assert time.monotonic() < deadline, "redis-server did not start again"
        time.sleep(0.05)


async def next_payload(inbox: Any, wanted: dict[str, Any], seconds: float) -> list[Any]:
    """Every event until ``wanted`` arrives (failing after ``seconds``)."""
    seen: list[Any] = []
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        left = deadline - asyncio.get_running_loop().time()
        event = await inbox.next(max(left, 0.001)) if left > 0 else None
        if event is None:
            raise AssertionError(f"{wanted} did not arrive within {seconds}s; got {seen}")
        seen.append(event)
        if event == wanted:
            return seen


# --- Stock broadcaster 0.3.1: the failures are real ---------------------------------


@needs_postgres
async def test_stock_postgres_concurrent_publishes_fail() -> None:
    # given stock broadcaster's PostgreSQL backend (one connection for everything)
    backend = StockPostgresBackend(pg_dsn())
    await backend.connect()
    try:
        # when 20 messages are published at once
        results = await asyncio.gather(
            *(backend.publish(channel_name(), str(i)) for i in range(20)), return_exceptions=True
        )
    finally:
        await backend.disconnect()
    # then publishes fail with asyncpg's "another operation is in progress"
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors, "stock PostgresBackend no longer fails concurrent publishes"
    assert all("another operation is in progress" in str(e) for e in errors), errors


async def test_stock_broadcast_concurrent_first_subscribers_race() -> None:
    # given stock broadcaster's Broadcast over a backend with a round trip per subscribe
    broadcast = Broadcast(backend=RoundTripMemoryBackend("memory://"))
    await broadcast.connect()
    channel = channel_name()
    entered = 0
    everyone_in = asyncio.Event()

    async def subscriber() -> bool:
        nonlocal entered
        async with broadcast.subscribe(channel) as events:
            entered += 1
            if entered == 20:
                everyone_in.set()
            try:
                return (await asyncio.wait_for(events.get(), 0.5)).message == "hello"
            except TimeoutError:
                return False

    try:
        # when 20 first subscribers of one channel arrive at once and one event is sent
        tasks = [asyncio.create_task(subscriber()) for _ in range(20)]
        await asyncio.wait_for(everyone_in.wait(), 5)
        await broadcast.publish(channel, "hello")
        results = await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        with contextlib.suppress(Exception):
            await broadcast.disconnect()
    # then queues were lost (not everyone got the event) and leaving raised KeyError
    assert sum(r is True for r in results) < 20, results
    assert any(isinstance(r, KeyError) for r in results), results


@needs_postgres
async def test_stock_postgres_concurrent_first_subscribers_fail() -> None:
    # given stock Broadcast with its own PostgreSQL backend
    broadcast = Broadcast(backend=StockPostgresBackend(pg_dsn()))
    await broadcast.connect()
    channel = channel_name()
    go = asyncio.Event()

    async def subscriber() -> None:
        async with broadcast.subscribe(channel):
            await go.wait()

    try:
        # when 20 first subscribers of one channel arrive at once, then leave
        tasks = [asyncio.create_task(subscriber()) for _ in range(20)]
        await asyncio.sleep(0.3)
        go.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        with contextlib.suppress(Exception):
            await broadcast.disconnect()
    # then subscribing or leaving fails (concurrent LISTENs, lost queues: KeyError)
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors, "stock Broadcast no longer races on concurrent first subscriptions"
    assert all(isinstance(e, KeyError | asyncpg.InterfaceError) for e in errors), errors


@needs_postgres
async def test_stock_postgres_dropped_listen_connection_leaves_subscribers_deaf() -> None:
    # given a stock subscriber on PostgreSQL
    broadcast = Broadcast(backend=StockPostgresBackend(pg_dsn()))
    await broadcast.connect()
    channel = channel_name()
    admin = await asyncpg.connect(pg_dsn())
    try:
        async with broadcast.subscribe(channel) as events:
            # when its LISTEN connection is terminated, then a message is sent
            pid = broadcast._backend._conn.get_server_pid()
            assert await admin.fetchval("SELECT pg_terminate_backend($1)", pid)
            await asyncio.sleep(0.3)
            await admin.execute("SELECT pg_notify($1, 'after')", channel)
            # then nothing arrives and nothing says so: silently deaf
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(events.get(), 1.0)
            assert not broadcast._listener_task.done()
    finally:
        await admin.close()
        with contextlib.suppress(Exception):
            await broadcast.disconnect()


@needs_redis
async def test_stock_redis_restart_leaves_subscribers_deaf() -> None:
    require_redis_client()
    from broadcaster._backends.redis import RedisBackend as StockRedisBackend
    from redis import asyncio as redis

    # given a stock subscriber on Redis
    broadcast = Broadcast(backend=StockRedisBackend(REDIS_URL))
    await broadcast.connect()
    channel = channel_name()
    try:
        async with broadcast.subscribe(channel) as events:
            await asyncio.sleep(0.1)
            # when the Redis server restarts, then a message is sent
            await asyncio.to_thread(restart_redis)
            await asyncio.sleep(1.0)
            client = redis.Redis.from_url(REDIS_URL)
            try:
                [(_, subscribers)] = await client.pubsub_numsub(channel)
                await client.publish(channel, "after")
            finally:
                await client.aclose()
            # then nobody listens any more and nothing arrives: silently deaf
            assert subscribers == 0
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(events.get(), 1.0)
    finally:
        with contextlib.suppress(Exception):
            await broadcast.disconnect()


async def test_stock_broadcast_queues_are_unbounded() -> None:
    # given a stock subscriber that does not read
    broadcast = Broadcast("memory://")
    await broadcast.connect()
    channel = channel_name()
    try:
        async with broadcast.subscribe(channel) as events:
            # when 1000 events are published
            for i in range(1000):
                await broadcast.publish(channel, str(i))
            for _ in range(100):
                await asyncio.sleep(0)
            # then its queue holds all of them
            assert events._queue.qsize() == 1000
    finally:
        await broadcast.disconnect()


# --- Ours ------------------------------------------------------------------------------


def test_backend_for_picks_by_scheme() -> None:
    assert isinstance(backend_for("memory://"), MemoryBackend)
    assert isinstance(backend_for("postgres://u@h/db"), PostgresBackend)
    assert isinstance(backend_for("postgresql://u@h/db"), PostgresBackend)
    with pytest.raises(ValueError, match="unsupported"):
        backend_for("kafka://h")


@pytest.mark.parametrize("kind", KINDS[1:])
async def test_concurrent_publishes_are_all_delivered(kind: str) -> None:
    # given our backend with a listener on one channel
    backend = backend_for(broadcast_url(kind))
    await backend.connect()
    channel = channel_name()
    try:
        await backend.subscribe(channel)
        # when 50 messages are published at once
        await asyncio.gather(*(backend.publish(channel, str(i)) for i in range(50)))
        # then every one of them is delivered
        received = set()
        while len(received) < 50:
            event = await asyncio.wait_for(backend.next_published(), 5)
            assert event.channel == channel
            received.add(event.message)
        assert received == {str(i) for i in range(50)}
    finally:
        await backend.disconnect()


@pytest.mark.parametrize("kind", [*KINDS, pytest.param("memory-roundtrip", id="memory-roundtrip")])
async def test_concurrent_first_subscribers_all_receive_and_leave_cleanly(kind: str) -> None:
    # given a hub, on each backend (and on one with a round trip per subscribe)
    url = broadcast_url(kind.removesuffix("-roundtrip"))
    hub = Hub(url)
    if kind == "memory-roundtrip":
        hub.broadcast = GuardedBroadcast(url, backend=RoundTripMemoryBackend(url))
    await hub.connect()
    channel = channel_name()
    entered = 0
    everyone_in = asyncio.Event()

    async def subscriber() -> Any:
        nonlocal entered
        async with hub.subscribe(channel) as inbox:
            entered += 1
            if entered == 20:
                everyone_in.set()
            await everyone_in.wait()
            return await inbox.next(5)

    try:
        # when 20 first subscribers of one channel arrive at once and one event is sent
        tasks = [asyncio.create_task(subscriber()) for _ in range(20)]
        await asyncio.wait_for(everyone_in.wait(), 10)
        await hub.publish(channel, {"n": 1})
        results = await asyncio.gather(*tasks)
        # then every one of them received it and left without error
        assert results == [{"n": 1}] * 20
        # and the channel is gone from the broadcast and from the backend
        assert channel not in hub.broadcast.channels()
        assert channel not in hub.broadcast._subscribers
        assert not await backend_listens(hub.broadcast.backend, channel)
    finally:
        await hub.disconnect()


@pytest.mark.parametrize("kind", KINDS)
async def test_leaving_unsubscribes_every_channel(kind: str) -> None:
    async with running_hub(broadcast_url(kind)) as hub:
        a, b = channel_name("a"), channel_name("b")
        # given two subscriptions sharing channel a
        async with hub.subscribe(a, b) as both:
            async with hub.subscribe(a) as only_a:
                await hub.publish(a, {"to": "a"})
                await hub.publish(b, {"to": "b"})
                assert await both.next(5) == {"to": "a"}
                assert await both.next(5) == {"to": "b"}
                assert await only_a.next(5) == {"to": "a"}
                assert await only_a.next(0.2) is None
            # when one leaves, a stays subscribed for the other
            assert hub.broadcast.channels() >= {a, b}
            assert await backend_listens(hub.broadcast.backend, a)
        # then when the last leaves, both channels are gone, here and at the backend
        assert not hub.broadcast.channels() & {a, b}
        assert not await backend_listens(hub.broadcast.backend, a)
        assert not await backend_listens(hub.broadcast.backend, b)


async def test_cancelled_subscribers_clean_up() -> None:
    # given a backend with a round trip per (un)subscribe
    hub = Hub("memory://")
    backend = RoundTripMemoryBackend("memory://")
    hub.broadcast = GuardedBroadcast("memory://", backend=backend)
    await hub.connect()
    channel = channel_name()
    try:

        async def listen() -> None:
            async with hub.subscribe(channel) as inbox:
                await inbox.next()

        # when a subscriber is cancelled while subscribing, and another (twice) while
        # listening, the second cancellation landing during its cleanup
        early = asyncio.create_task(listen())
        await asyncio.sleep(0)
        early.cancel()
        late = asyncio.create_task(listen())
        await asyncio.sleep(0.05)
        late.cancel()
        await asyncio.sleep(0)
        late.cancel()
        for task in (early, late):
            with pytest.raises(asyncio.CancelledError):
                await task
        for _ in range(50):
            if not hub.broadcast._leaving:
                break
            await asyncio.sleep(0.01)
        # then nothing is left subscribed
        assert channel not in hub.broadcast._subscribers
        assert channel not in backend._subscribed
    finally:
        await hub.disconnect()


async def test_slow_subscriber_is_bounded_and_others_get_everything() -> None:
    async with running_hub("memory://") as hub:
        channel = channel_name()
        received: list[Any] = []
        async with hub.subscribe(channel) as slow, hub.subscribe(channel) as fast:
            slow_queue = slow._subscriber._queue
            # when 10 x 50 events are published and the slow subscriber reads none
            for batch in range(10):
                for i in range(50):
                    await hub.publish(channel, {"n": batch * 50 + i})
                while len(received) < (batch + 1) * 50:
                    event = await fast.next(5)
                    assert event is not None, f"fast subscriber starved at {len(received)}"
                    received.append(event)
                # then the slow one's queue never exceeds its bound
                assert slow_queue.qsize() <= QUEUE_SIZE
            # and the fast one got every event, in order
            assert received == [{"n": n} for n in range(500)]
            # and the slow one's overflow was coalesced into a resync
            assert hub.broadcast.dropped > 0
            assert await slow.next(1) == {"type": "resync"}
            rest = []
            while (event := await slow.next(0.05)) is not None:
                rest.append(event)
            assert len(rest) < QUEUE_SIZE
            assert rest == [{"n": n} for n in range(500 - len(rest), 500)]


async def test_memory_hub_api() -> None:
    async with running_hub("memory://") as hub:
        channel = channel_name()
        # a publish without subscribers goes nowhere
        await hub.publish(channel, {"lost": True})
        await asyncio.sleep(0.01)
        async with hub.subscribe(channel) as inbox:
            assert await inbox.next(0.05) is None
            await hub.publish(channel, {"type": "message", "thread": 1, "seq": 2})
            assert await inbox.next(1) == {"type": "message", "thread": 1, "seq": 2}
            assert await inbox.next(0.05) is None
        assert channel not in hub.broadcast.channels()
        assert channel not in hub.broadcast.backend._subscribed


@pytest.mark.parametrize("kind", KINDS[1:])
async def test_idle_connection_is_pinged_not_reopened(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a supervised backend that checks its listening connection every 0.1 s
    monkeypatch.setattr(backends, "PING_INTERVAL", 0.1)
    async with running_hub(broadcast_url(kind)) as hub:
        backend = hub.broadcast.backend
        checks: list[bool] = []
        alive = backend._alive

        async def counted() -> bool:
            checks.append(await alive())
            return checks[-1]

        monkeypatch.setattr(backend, "_alive", counted)
        channel = channel_name()
        async with hub.subscribe(channel) as inbox:
            # when it idles for a while
            await asyncio.sleep(1.0)
            # then every check found it alive, nothing was reopened, nobody was resynced
            assert len(checks) >= 3, checks
            assert all(checks), checks
            assert backend.reconnects == 0
            assert await inbox.next(0.01) is None
            await hub.publish(channel, {"n": 1})
            assert await inbox.next(5) == {"n": 1}


@needs_postgres
async def test_postgres_listen_connection_terminated_resyncs_then_delivers() -> None:
    async with running_hub(PG_URL) as hub:
        backend = hub.broadcast.backend
        assert isinstance(backend, PostgresBackend)
        channel = channel_name()
        admin = await asyncpg.connect(pg_dsn())
        try:
            async with hub.subscribe(channel) as inbox:
                await hub.publish(channel, {"n": 1})
                assert await inbox.next(5) == {"n": 1}
                # given the LISTEN connection, findable by its application name
                pid = backend.listener_pid
                assert pid is not None
                name = await admin.fetchval(
                    "SELECT application_name FROM pg_stat_activity WHERE pid = $1", pid
                )
                assert name == LISTENER_APPLICATION_NAME
                # when it is terminated
                assert await admin.fetchval("SELECT pg_terminate_backend($1)", pid)
                # then the subscriber is told to resync, and hears later messages
                assert await inbox.next(RECOVERY) == {"type": "resync"}
                assert backend.reconnects == 1
                assert backend.listener_pid not in (None, pid)
                await hub.publish(channel, {"n": 2})
                assert await inbox.next(5) == {"n": 2}
        finally:
            await admin.close()


@needs_redis
async def test_redis_restart_resyncs_then_delivers() -> None:
    async with running_hub(broadcast_url("redis")) as hub:
        backend = hub.broadcast.backend
        channel = channel_name()
        async with hub.subscribe(channel) as inbox:
            await hub.publish(channel, {"n": 1})
            assert await inbox.next(5) == {"n": 1}
            # when the Redis server restarts (nothing saved)
            await asyncio.to_thread(restart_redis)
            # then the subscriber is told to resync
            assert await inbox.next(RECOVERY) == {"type": "resync"}
            assert backend.reconnects >= 1
            # and later messages arrive (the publisher's stale connection is replaced)
            await hub.publish(channel, {"n": 2})
            await next_payload(inbox, {"n": 2}, 5)


@needs_redis
async def test_redis_subscriber_connection_killed_resyncs_then_delivers() -> None:
    async with running_hub(broadcast_url("redis")) as hub:
        channel = channel_name()
        async with hub.subscribe(channel) as inbox:
            await hub.publish(channel, {"n": 1})
            assert await inbox.next(5) == {"n": 1}
            # when the server drops the subscriber connection (the server stays up)
            killed = await asyncio.to_thread(redis_cli, "client", "kill", "type", "pubsub")
            assert killed.stdout.strip() not in ("", "0"), killed
            # then the subscriber is told to resync, and hears later messages
            assert await inbox.next(RECOVERY) == {"type": "resync"}
            await hub.publish(channel, {"n": 2})
            await next_payload(inbox, {"n": 2}, 5)


@needs_redis
async def test_redis_unresponsive_subscriber_connection_is_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given pings every 0.1 s that must be answered within 0.3 s
    monkeypatch.setattr(backends, "PING_INTERVAL", 0.1)
    monkeypatch.setattr(backends, "PING_TIMEOUT", 0.3)
    async with running_hub(broadcast_url("redis")) as hub:
        channel = channel_name()
        async with hub.subscribe(channel) as inbox:
            # when the server stops answering for a second (the connection stays open)
            paused = await asyncio.to_thread(redis_cli, "client", "pause", "1000", "all")
            assert paused.stdout.strip() == "OK", paused
            # then the connection is given up and reopened, and the subscriber resynced
            assert await inbox.next(RECOVERY) == {"type": "resync"}
            await hub.publish(channel, {"n": 1})
            await next_payload(inbox, {"n": 1}, 5)

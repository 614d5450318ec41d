"""Two real ``roost serve`` processes sharing PostgreSQL and a pub/sub.

A customer subscribes to ``messageAdded`` over a real WebSocket on instance A; an agent
sends messages through instance B. With ``postgres://`` and ``redis://`` pub/sub the
subscriber on A receives them; after the pub/sub connections break (the LISTEN
connections terminated, the Redis server restarted) it still receives later ones (live
or through a resync): none stays silently deaf. With ``memory://`` (one process only)
nothing crosses: the control that shows the test really observes the pub/sub.

PostgreSQL only (``ROOST_TEST_DATABASE_URL``); the Redis case also needs
``ROOST_TEST_REDIS_URL`` (``make test-postgres`` provides both).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import pytest

from subscriptions.backends import LISTENER_APPLICATION_NAME
from tests.conftest import _admin_dsn, _create_pg_database, _drop_pg_database
from tests.test_pubsub import require_redis_client, restart_redis

SERVER = os.environ.get("ROOST_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("ROOST_TEST_REDIS_URL", "")

pytestmark = pytest.mark.skipif(
    not SERVER,
    reason="needs PostgreSQL: ROOST_TEST_DATABASE_URL is unset (make test-postgres sets it)",
)

ROOST = Path(sys.executable).with_name("roost")
SECRET = "instances-secret-" + "y" * 40
#: Seconds a message may take to reach the other instance; after a break, with resync.
DELIVERY = 5.0
RECOVERY = 10.0

START_THREAD = """
mutation($booking: ID!) {
  startThread(input: {bookingId: $booking, body: "Two instances?", subject: "pub/sub"}) {
    thread { id }
    errors { code message }
  }
}"""
SEND_MESSAGE = """
mutation($thread: ID!, $body: String!) {
  sendMessage(input: {threadId: $thread, body: $body}) {
    message { seq body }
    errors { code message }
  }
}"""
MESSAGE_ADDED = """
subscription($thread: ID!, $after: Int) {
  messageAdded(threadId: $thread, afterSeq: $after) { seq body }
}"""


def roost_command(*args: str) -> list[str]:
    return [str(ROOST), *args] if ROOST.exists() else [sys.executable, "-m", "roost.cli", *args]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Deployment:
    """A migrated PostgreSQL database with the demo data, and what to run roost with."""

    database_url: str
    env: dict[str, str]
    tokens: dict[str, str]
    cwd: Path


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    root = tmp_path_factory.mktemp("instances")
    url = asyncio.run(_create_pg_database(SERVER))
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ROOST_")}
        env.update(
            ROOST_DATABASE_URL=url,
            ROOST_JWT_SECRET=SECRET,
            ROOST_DEBUG="1",
            ROOST_VAR_DIR=str(root / "var"),
        )
        for args in (("migrate",), ("demo", "--json")):
            done = subprocess.run(
                roost_command(*args),
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert done.returncode == 0, done.stderr
        tokens = json.loads(done.stdout)["tokens"]
        yield Deployment(url, env, tokens, root)
    finally:
        asyncio.run(_drop_pg_database(SERVER, url))


@dataclass
class Instance:
    """One ``roost serve`` process."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self) -> str:
        lines = self.log.read_text(errors="replace").splitlines()
        return f"--- {self.name} log ---\n" + "\n".join(lines[-40:])


@contextlib.contextmanager
def instances(deployment: Deployment, broadcast_url: str, names: str) -> Iterator[list[Instance]]:
    """Start one server per name; always terminate them."""
    started: list[Instance] = []
    try:
        for name in names:
            port = free_port()
            log = deployment.cwd / f"serve-{name}-{secrets.token_hex(3)}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    roost_command("serve", "--port", str(port)),
                    cwd=deployment.cwd,
                    env={**deployment.env, "ROOST_BROADCAST_URL": broadcast_url},
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            started.append(Instance(name, port, process, log))
        yield started
    finally:
        for instance in started:
            instance.process.terminate()
        for instance in started:
            try:
                instance.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                instance.process.kill()
                instance.process.wait(timeout=10)


async def wait_healthy(http: aiohttp.ClientSession, instance: Instance) -> None:
    deadline = time.monotonic() + 30
    while True:
        assert instance.process.poll() is None, instance.log_tail()
        with contextlib.suppress(aiohttp.ClientError):
            async with http.get(f"{instance.url}/healthz") as response:
                if response.status == 200:
                    return
        assert time.monotonic() < deadline, f"no /healthz in 30 s\n{instance.log_tail()}"
        await asyncio.sleep(0.1)


async def graphql(
    http: aiohttp.ClientSession,
    instance: Instance,
    token: str,
    query: str,
    variables: dict[str, Any] | None = None,
) -> dict[str, Any]:
    async with http.post(
        f"{instance.url}/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {token}"},
    ) as response:
        body = await response.json()
    assert response.status == 200, body
    assert "errors" not in body, body
    return body["data"]


class Subscription:
    """One graphql-transport-ws subscription over a real WebSocket."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws

    async def next(self, seconds: float) -> dict[str, Any] | None:
        """The next ``next`` payload's data; ``None`` when nothing came in ``seconds``."""
        deadline = asyncio.get_running_loop().time() + seconds
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return None
            try:
                message = await self.ws.receive(timeout=left)
            except TimeoutError:
                return None
            assert message.type == aiohttp.WSMsgType.TEXT, message
            frame = json.loads(message.data)
            if frame["type"] == "ping":
                await self.ws.send_json({"type": "pong"})
                continue
            assert frame["type"] == "next", frame
            assert "errors" not in frame["payload"], frame
            return frame["payload"]["data"]


@contextlib.asynccontextmanager
async def subscribe(
    http: aiohttp.ClientSession, instance: Instance, token: str, variables: dict[str, Any]
) -> AsyncIterator[Subscription]:
    async with http.ws_connect(
        f"{instance.url}/graphql", protocols=("graphql-transport-ws",)
    ) as ws:
        await ws.send_json(
            {"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}
        )
        ack = await ws.receive_json(timeout=5)
        assert ack["type"] == "connection_ack", ack
        await ws.send_json(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": MESSAGE_ADDED, "variables": variables},
            }
        )
        yield Subscription(ws)


async def open_thread(http: aiohttp.ClientSession, instance: Instance, token: str) -> str:
    """A new thread on one of the customer's bookings (not an option)."""
    data = await graphql(http, instance, token, "{ bookings(first: 50) { nodes { id status } } }")
    booking = next(b["id"] for b in data["bookings"]["nodes"] if b["status"] != "OPTION")
    data = await graphql(http, instance, token, START_THREAD, {"booking": booking})
    assert data["startThread"]["errors"] == [], data
    return data["startThread"]["thread"]["id"]


async def send(
    http: aiohttp.ClientSession, instance: Instance, token: str, thread: str, body: str
) -> dict[str, Any]:
    data = await graphql(http, instance, token, SEND_MESSAGE, {"thread": thread, "body": body})
    assert data["sendMessage"]["errors"] == [], data
    return data["sendMessage"]["message"]


async def terminate_listen_connections(database_url: str) -> int:
    """Terminate every LISTEN connection of the database; how many there were."""
    name = database_url.rpartition("/")[2]
    admin = await asyncpg.connect(_admin_dsn(SERVER))
    try:
        return await admin.fetchval(
            """
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))
            FROM pg_stat_activity
            WHERE datname = $1 AND pid <> pg_backend_pid()
              AND (query ILIKE 'LISTEN%' OR application_name = $2)
            """,
            name,
            LISTENER_APPLICATION_NAME,
        )
    finally:
        await admin.close()


@pytest.mark.parametrize(
    "pubsub",
    [
        "postgres",
        pytest.param(
            "redis",
            marks=pytest.mark.skipif(
                not REDIS_URL,
                reason="needs Redis: ROOST_TEST_REDIS_URL is unset (scripts/with-redis.sh "
                "sets it when redis-server is available)",
            ),
        ),
    ],
)
async def test_message_sent_on_one_instance_reaches_a_subscriber_on_the_other(
    deployment: Deployment, pubsub: str
) -> None:
    if pubsub == "redis":
        require_redis_client()
    broadcast_url = REDIS_URL if pubsub == "redis" else deployment.database_url
    customer, agent = deployment.tokens["CUSTOMER"], deployment.tokens["AGENT"]
    with instances(deployment, broadcast_url, "AB") as (a, b):
        try:
            async with aiohttp.ClientSession() as http:
                await asyncio.gather(wait_healthy(http, a), wait_healthy(http, b))
                # given a thread of the customer (its first message is seq 1), and the
                # customer subscribed to it on instance A
                thread = await open_thread(http, a, customer)
                async with subscribe(http, a, customer, {"thread": thread, "after": 1}) as sub:
                    await asyncio.sleep(0.5)  # the stream has replayed and now waits
                    # when an agent answers through instance B
                    await send(http, b, agent, thread, "first, through B")
                    # then the subscriber on A receives it
                    got = await sub.next(DELIVERY)
                    assert got == {"messageAdded": {"seq": 2, "body": "first, through B"}}

                    # when the pub/sub connections break
                    if pubsub == "postgres":
                        assert await terminate_listen_connections(deployment.database_url) == 2
                    else:
                        await asyncio.to_thread(restart_redis)
                    # and the agent answers again through B
                    await send(http, b, agent, thread, "second, after the break")
                    # then A's subscriber still receives it: it is not silently deaf
                    got = await sub.next(RECOVERY)
                    assert got == {"messageAdded": {"seq": 3, "body": "second, after the break"}}
                    assert await sub.next(0.3) is None  # and nothing twice
        except BaseException:
            print(a.log_tail(), b.log_tail(), sep="\n")
            raise


async def test_memory_pubsub_does_not_cross_instances(deployment: Deployment) -> None:
    # The control: with memory:// nothing crosses, so the test above observes the pub/sub.
    customer, agent = deployment.tokens["CUSTOMER"], deployment.tokens["AGENT"]
    with instances(deployment, "memory://", "AB") as (a, b):
        async with aiohttp.ClientSession() as http:
            await asyncio.gather(wait_healthy(http, a), wait_healthy(http, b))
            thread = await open_thread(http, a, customer)
            async with subscribe(http, a, customer, {"thread": thread, "after": 1}) as sub:
                await asyncio.sleep(0.5)
                await send(http, b, agent, thread, "through B")
                assert await sub.next(2.0) is None
                # while a message through A itself wakes the stream, which re-reads both
                await send(http, a, agent, thread, "through A")
                assert await sub.next(DELIVERY) == {"messageAdded": {"seq": 2, "body": "through B"}}
                assert await sub.next(DELIVERY) == {"messageAdded": {"seq": 3, "body": "through A"}}

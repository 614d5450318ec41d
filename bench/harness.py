"""What the benchmarks share: a throwaway database, servers run as subprocesses, and what
they cost, measured from outside (CPU time and RSS from ``/proc``, SQL statements from
PostgreSQL's ``pg_stat_statements``).

The PostgreSQL server comes from ``ROOST_BENCH_DATABASE_URL`` or, under
``scripts/with-postgres.sh`` (``make bench``), ``ROOST_TEST_DATABASE_URL``; each benchmark
creates its own database there and drops it when done.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import aiohttp
import asyncpg

from roost import db
from roost.auth import mint_token
from roost.settings import load_settings

BENCH_SECRET = "bench-secret-" + "b" * 40
#: Seconds a server may take to answer its readiness URL after start.
START_TIMEOUT = 60.0
#: Processes the clients run in (separate from the servers, as real clients are).
CLIENT_PROCESSES = 2

#: Client processes start fresh interpreters: nothing of the parent's loop or sockets leaks in.
spawn = multiprocessing.get_context("spawn")


def server_url() -> str:
    """The PostgreSQL server to benchmark on; exits with a hint when there is none."""
    url = os.environ.get("ROOST_BENCH_DATABASE_URL") or os.environ.get("ROOST_TEST_DATABASE_URL")
    if not url or not url.startswith("postgres"):
        sys.exit(
            "the benchmarks need PostgreSQL: run `make bench`, or set ROOST_BENCH_DATABASE_URL "
            "to a server (postgres://user@host:port/db) where they may create databases"
        )
    return url


def dsn(url: str) -> str:
    """``url`` as asyncpg spells it."""
    return url.replace("postgres://", "postgresql://", 1)


@asynccontextmanager
async def fresh_database(server: str) -> AsyncIterator[str]:
    """A new, migrated database on ``server`` for one benchmark; dropped afterwards."""
    name = f"roost_bench_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(dsn(server))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        url = f"{server.rpartition('/')[0]}/{name}"
        await db.migrate(url)
        yield url
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def roost_env(database_url: str, var_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a benchmarked ``roost serve``: no worker, no rate limits, quiet logs
    (both servers are measured without per-request log lines), WebSocket limits raised."""
    return {
        **os.environ,
        "ROOST_DATABASE_URL": database_url,
        "ROOST_JWT_SECRET": BENCH_SECRET,
        "ROOST_VAR_DIR": str(var_dir),
        "ROOST_WORKER_IN_SERVE": "0",
        "ROOST_RATE_LIMITS": "off",
        "ROOST_LOG_LEVEL": "WARNING",
        "ROOST_WS_MAX_SOCKETS_PER_USER": "100000",
        "ROOST_WS_MAX_SUBSCRIPTIONS_PER_USER": "100000",
        "ROOST_WS_MAX_ANONYMOUS_PER_IP": "100000",
        **extra,
    }


def tokens(env: dict[str, str], user_ids: Sequence[int]) -> dict[int, str]:
    """A bearer token per user id, signed as the server started with ``env`` expects."""
    settings = load_settings(env)
    return {uid: mint_token(settings, cast(Any, SimpleNamespace(id=uid))) for uid in user_ids}


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def raise_file_limit() -> None:
    """Allow as many open sockets as the system lets this process have."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


class Server:
    """A server subprocess on 127.0.0.1, with its CPU time and memory read from ``/proc``."""

    def __init__(self, process: subprocess.Popen[bytes], port: int, log: Path) -> None:
        self.process = process
        self.port = port
        self.log = log

    @property
    def base(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        """User plus system CPU time the server process has used so far."""
        stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        fields = stat.rpartition(")")[2].split()
        utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
        return (utime + stime) / os.sysconf("SC_CLK_TCK")

    def rss_bytes(self) -> int:
        """Resident memory of the server process."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        return 0


def peak_rss_bytes(pid: int) -> int:
    """The high-water mark of process ``pid``'s resident memory since it started its program
    (``VmHWM``; 0 once it has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


@contextmanager
def running(command: Sequence[str], env: dict[str, str], port: int, ready: str) -> Iterator[Server]:
    """Start ``command``, wait until ``GET ready`` answers 200, stop it on exit."""
    log = Path(env.get("ROOST_VAR_DIR", "/tmp")) / f"server-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, preexec_fn=raise_file_limit
        )
    server = Server(process, port, log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited: {log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(server.base + ready, timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError as error:
                if time.monotonic() > deadline:
                    tail = log.read_text()[-2000:]
                    raise RuntimeError(f"{command[0]} not ready: {tail}") from error
                time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def roost_server(env: dict[str, str]) -> Iterator[Server]:
    """``roost serve`` on a free port with ``env`` (see :func:`roost_env`)."""
    port = free_port()
    roost = str(Path(sys.executable).parent / "roost")
    command = [roost, "serve", "--port", str(port)]
    if profile := os.environ.get("ROOST_BENCH_PROFILE"):
        # The server under cProfile; its statistics are written to ``profile`` when it stops.
        command = [sys.executable, "-m", "cProfile", "-o", profile, *command]
    with running(command, env, port, "/healthz") as server:
        yield server


class Statements:
    """SQL statements run in one database, counted by PostgreSQL itself.

    ``pg_stat_statements`` counts every statement that reached the server, whoever sent it;
    the counts are split into data statements (SELECT, INSERT, UPDATE, DELETE, WITH, COPY)
    and the rest (BEGIN/COMMIT, and the pool resets asyncpg runs when a connection goes
    back to its pool). Without the extension, committed transactions from
    ``pg_stat_database`` stand in (a coarser figure, said so in :attr:`method`).
    """

    def __init__(self, connection: asyncpg.Connection, database: str, extension: bool) -> None:
        self.connection = connection
        self.database = database
        self.extension = extension

    @property
    def method(self) -> str:
        """How statements are counted, for the printed figures."""
        if self.extension:
            return "pg_stat_statements (data statements; BEGIN/COMMIT and pool resets apart)"
        return "pg_stat_database transactions (pg_stat_statements is not loaded)"

    @classmethod
    @asynccontextmanager
    async def of(cls, server: str, database_url: str) -> AsyncIterator[Statements]:
        """Counting the statements of ``database_url``, from a connection to ``server``."""
        connection = await asyncpg.connect(dsn(server))
        try:
            try:
                await connection.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
                await connection.fetchval("SELECT count(*) FROM pg_stat_statements")
                extension = True
            except asyncpg.PostgresError:
                extension = False
            yield cls(connection, database_url.rpartition("/")[2], extension)
        finally:
            await connection.close()

    async def snapshot(self) -> tuple[int, int]:
        """``(data statements, other statements)`` so far; subtract two snapshots."""
        if not self.extension:
            await self.connection.execute("SELECT pg_stat_clear_snapshot()")
            count = await self.connection.fetchval(
                "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = $1",
                self.database,
            )
            return int(count), 0
        row = await self.connection.fetchrow(
            """SELECT
                 coalesce(sum(calls) FILTER (
                   WHERE query ~* '^\\s*(select|insert|update|delete|with|copy)\\M'
                   AND query !~* 'pg_advisory_unlock_all'), 0) AS data,
                 coalesce(sum(calls), 0) AS every
               FROM pg_stat_statements
               WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)""",
            self.database,
        )
        return int(row["data"]), int(row["every"]) - int(row["data"])


@dataclass
class Cost:
    """Server CPU seconds and statements spent between :meth:`Meter.start` and ``stop``."""

    cpu: float = 0.0
    statements: int = 0
    other_statements: int = 0


class Meter:
    """Measures a server's CPU and its database's statements over a stretch of work."""

    def __init__(self, server: Server, statements: Statements) -> None:
        self.server = server
        self.statements = statements
        self._cpu = 0.0
        self._counts = (0, 0)

    async def start(self) -> None:
        """Remember where the counters are now."""
        self._counts = await self.statements.snapshot()
        self._cpu = self.server.cpu_seconds()

    async def stop(self, into: Cost) -> Cost:
        """Add what was spent since :meth:`start` to ``into`` and return it."""
        into.cpu += self.server.cpu_seconds() - self._cpu
        data, other = await self.statements.snapshot()
        into.statements += data - self._counts[0]
        into.other_statements += other - self._counts[1]
        return into


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile of ``values`` (0 when empty)."""
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    cuts = statistics.quantiles(values, n=1000, method="inclusive")
    return cuts[min(len(cuts) - 1, max(0, round(fraction * 1000) - 1))]


def machine() -> str:
    """The machine the figures come from: cores, CPU model, Python and PostgreSQL versions."""
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    python = sys.version.split()[0]
    return f"{os.cpu_count()} cores ({model}), Python {python}"


async def postgres_version(server: str) -> str:
    """``PostgreSQL 15.x`` of ``server``."""
    connection = await asyncpg.connect(dsn(server))
    try:
        version = await connection.fetchval("SHOW server_version")
    finally:
        await connection.close()
    return f"PostgreSQL {str(version).split()[0]}"


async def open_socket(session: aiohttp.ClientSession, base: str) -> aiohttp.ClientWebSocketResponse:
    """A graphql-transport-ws socket to ``base`` opened as a browser opens one: offering
    permessage-deflate (which Roost declines) and leaving pings to the server."""
    return await session.ws_connect(
        base + "/graphql", protocols=("graphql-transport-ws",), heartbeat=None, compress=15
    )


def client_pool() -> Any:
    """:data:`CLIENT_PROCESSES` fresh processes for the clients (``pool.starmap``)."""
    return spawn.Pool(CLIENT_PROCESSES)


def sleep_until(moment: float) -> None:
    """Block until the wall clock reads ``moment`` (processes start a phase together)."""
    time.sleep(max(0.0, moment - time.time()))


async def async_sleep_until(moment: float) -> None:
    """:func:`sleep_until` for event loops."""
    await asyncio.sleep(max(0.0, moment - time.time()))

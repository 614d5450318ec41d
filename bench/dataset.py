"""Benchmark data written straight into PostgreSQL with COPY, then tallied by the model layer.

The shape is given by :class:`Shape`: bookings on providers and customers, threads on the
bookings (customer and provider both in), messages numbered as the application numbers
them (every fifth one an INTERNAL note: ``seq`` counts all, ``public_seq`` only the
others, and the thread's ``last_seq``/``last_public_seq`` and activity times agree), and
read markers for the customers and the first agent. The unread tallies are then rebuilt
with :func:`models.tallies.rebuild`, so every count the application serves is consistent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import asyncpg

from bench.harness import BENCH_SECRET, dsn
from models import tallies
from models.bookings import booking_reference
from roost import db
from roost.settings import load_settings

#: Every n-th message of a thread is an INTERNAL note (never the first).
INTERNAL_EVERY = 5
URGENCIES = ("INFO", "INFO", "INFO", "ACTION_REQUIRED", "URGENT")


@dataclass(frozen=True)
class Shape:
    """How much data, and how it is spread."""

    bookings: int
    threads: int
    messages: int
    #: Bookings per customer (the customers' inboxes hold at least this many threads).
    bookings_per_customer: int = 100
    providers: int = 50
    staff_per_provider: int = 1
    agents: int = 2


@dataclass
class Dataset:
    """Ids the benchmarks address: users by role, threads by party, last numbers."""

    customers: list[int] = field(default_factory=list)
    agents: list[int] = field(default_factory=list)
    #: Staff user ids per provider id.
    staff: dict[int, list[int]] = field(default_factory=dict)
    #: Per thread id: (customer id, provider id, last public seq, last seq).
    threads: dict[int, tuple[int, int, int, int]] = field(default_factory=dict)

    def threads_of(self, customer: int) -> list[int]:
        """The ids of ``customer``'s threads."""
        return [t for t, (c, *_) in self.threads.items() if c == customer]


async def generate(url: str, shape: Shape) -> Dataset:
    """Fill the (migrated, empty) database at ``url`` with ``shape``; what was written."""
    now = datetime.now(UTC).replace(microsecond=0)
    data = Dataset()
    connection = await asyncpg.connect(dsn(url))
    try:
        async with connection.transaction():
            await _organisations_and_users(connection, shape, now, data)
            await _bookings(connection, shape, now, data)
            await _threads_and_messages(connection, shape, now, data)
            for table in ("organisation", "user", "service", "booking", "thread", "message"):
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'(SELECT max(id) FROM "{table}"))'
                )
        await connection.execute("ANALYZE")
    finally:
        await connection.close()
    settings = load_settings(
        {"ROOST_DATABASE_URL": url, "ROOST_JWT_SECRET": BENCH_SECRET, "ROOST_VAR_DIR": "/tmp"}
    )
    async with db.database(settings):
        await tallies.rebuild()
    return data


async def _copy(connection: asyncpg.Connection, table: str, rows: list[tuple]) -> None:
    columns = _COLUMNS[table]
    await connection.copy_records_to_table(table, records=rows, columns=columns)


_COLUMNS = {
    "organisation": [
        "id", "name", "kind", "provider_kind", "plan", "active", "verified", "time_zone",
        "analytic_code_definitions", "created_at",
    ],
    "user": [
        "id", "email", "name", "locale", "time_zone", "role", "organisation_id", "is_vip",
        "active", "created_at",
    ],
    "service": ["id", "provider_id", "name", "description", "created_at"],
    "booking": [
        "id", "reference", "status", "provider_id", "service_id", "customer_id", "starts_at",
        "ends_at", "time_zone", "destination", "participant_count", "total_price",
        "commission", "currency", "offer_comments", "analytic_codes", "created_at",
        "updated_at",
    ],
    "thread": [
        "id", "booking_id", "parties", "customer_id", "provider_id", "subject", "urgency",
        "respond_by", "status", "created_by_id", "last_seq", "last_activity_at",
        "last_public_seq", "last_public_activity_at", "created_at",
    ],
    "message": [
        "id", "thread_id", "seq", "public_seq", "author_id", "kind", "visibility", "body",
        "created_at",
    ],
    "read_marker": ["user_id", "thread_id", "last_read_seq", "read_at"],
}  # fmt: skip


async def _organisations_and_users(
    connection: asyncpg.Connection, shape: Shape, now: datetime, data: Dataset
) -> None:
    created = now - timedelta(days=400)
    await _copy(
        connection,
        "organisation",
        [
            (p, f"Provider {p}", "PROVIDER", "VENUE", "BASIC", True, True, "UTC", "[]", created)
            for p in range(1, shape.providers + 1)
        ],
    )
    await _copy(
        connection,
        "service",
        [(p, p, f"Room {p}", "", created) for p in range(1, shape.providers + 1)],
    )
    users: list[tuple] = []

    def user(role: str, organisation: int | None) -> int:
        uid = len(users) + 1
        name = f"{role.title()} {uid}"
        users.append(
            (uid, f"u{uid}@bench.example", name, "en", "Europe/Paris", role, organisation,
             False, True, created)
        )  # fmt: skip
        return uid

    customers = max(1, -(-shape.bookings // shape.bookings_per_customer))
    data.customers = [user("CUSTOMER", None) for _ in range(customers)]
    data.agents = [user("AGENT", None) for _ in range(shape.agents)]
    for provider in range(1, shape.providers + 1):
        data.staff[provider] = [
            user("PROVIDER_STAFF", provider) for _ in range(shape.staff_per_provider)
        ]
    await _copy(connection, "user", users)


def _booking_parties(shape: Shape, data: Dataset, booking: int) -> tuple[int, int]:
    """(customer id, provider id) of booking number ``booking`` (0-based)."""
    customer = data.customers[booking // shape.bookings_per_customer]
    return customer, booking % shape.providers + 1


async def _bookings(
    connection: asyncpg.Connection, shape: Shape, now: datetime, data: Dataset
) -> None:
    rows = []
    for b in range(shape.bookings):
        customer, provider = _booking_parties(shape, data, b)
        starts = now + timedelta(days=b % 300 - 100, hours=b % 24)
        rows.append(
            (b + 1, booking_reference(2026, b + 1), "CONFIRMED", provider, provider, customer,
             starts, starts + timedelta(hours=4), "Europe/Paris", "Paris", 10,
             Decimal("1200.00"), Decimal("120.00"), "EUR", "", "{}", now, now)
        )  # fmt: skip
    await _copy(connection, "booking", rows)


async def _threads_and_messages(
    connection: asyncpg.Connection, shape: Shape, now: datetime, data: Dataset
) -> None:
    per_thread, extra = divmod(shape.messages, shape.threads)
    threads, messages, markers = [], [], []
    message_id = 0
    agent = data.agents[0] if data.agents else None
    for t in range(shape.threads):
        thread_id = t + 1
        customer, provider = _booking_parties(shape, data, t % shape.bookings)
        staff = data.staff[provider][0] if data.staff[provider] else customer
        count = max(1, per_thread + (1 if t < extra else 0))
        started = now - timedelta(hours=shape.threads - t, minutes=count)
        public_seq = 0
        public_at = None
        for seq in range(1, count + 1):
            internal = seq % INTERNAL_EVERY == 0
            if not internal:
                public_seq += 1
            at = started + timedelta(minutes=seq)
            author = (customer, staff, agent or staff)[seq % 3] if not internal else agent
            message_id += 1
            messages.append(
                (message_id, thread_id, seq, None if internal else public_seq, author, "TEXT",
                 "INTERNAL" if internal else "ALL", f"Message {seq} of thread {thread_id}.", at)
            )  # fmt: skip
            if not internal:
                public_at = at
        last_at = started + timedelta(minutes=count)
        urgency = URGENCIES[t % len(URGENCIES)]
        respond_by = now + timedelta(days=2) if urgency == "ACTION_REQUIRED" else None
        threads.append(
            (thread_id, t % shape.bookings + 1, "BOTH", customer, provider,
             f"About booking {t % shape.bookings + 1}", urgency, respond_by, "OPEN", customer,
             count, last_at, public_seq, public_at, started)
        )  # fmt: skip
        data.threads[thread_id] = (customer, provider, public_seq, count)
        markers.append((customer, thread_id, max(0, public_seq - t % 3), last_at))
        if agent is not None and t % 2 == 0:
            markers.append((agent, thread_id, max(0, count - t % 4), last_at))
    await _copy(connection, "thread", threads)
    await _copy(connection, "message", messages)
    await _copy(connection, "read_marker", markers)


def describe(shape: Shape) -> str:
    """One line naming the data set."""
    return (
        f"{shape.bookings:,} bookings, {shape.threads:,} threads, {shape.messages:,} messages "
        f"(every {INTERNAL_EVERY}th an internal note)"
    )

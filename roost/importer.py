"""``roost import FILE``: JSON Lines of ingest records, streamed in batches.

Each line is one record in the shape of ``upsertBookings``' ``IngestBookingInput``
(camelCase keys). The file is read line by line and written in batches of
:data:`resolvers.ingest_records.MAX_RECORDS`, so memory stays flat whatever its size;
records are matched on their external reference, so running the import again after an
interruption writes only what is missing or different. On PostgreSQL the next batch is
parsed and checked while the current one is written (see :func:`import_file`).
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from tortoise import connections

import models as m
from resolvers.ingest import BatchKeys, RecordResult, batch_keys, check_batch, write_batch
from resolvers.ingest_records import MAX_RECORDS
from roost.progress import Progress
from roost.settings import Settings
from subscriptions.hub import Hub

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


@dataclass
class Failure:
    """A line that was not written, and why (``field: code message``)."""

    line: int
    reasons: list[str]


@dataclass
class Summary:
    """What an import did, per record."""

    created: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: list[Failure] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as printed: counts, then each failed line with its reasons."""
        out = [
            f"created {self.created}, changed {self.changed}, unchanged {self.unchanged}, "
            f"failed {len(self.failed)}"
        ]
        out += [f"line {f.line}: {'; '.join(f.reasons)}" for f in self.failed]
        return out


class _SnakeKeys(dict[str, str]):
    """``fieldValues`` → ``field_values``: the few keys repeat on every line, so each is
    turned once and then found by a plain lookup (at most :data:`_KEYS_KEPT` are kept, so
    a file of odd keys does not grow it)."""

    def __missing__(self, key: str) -> str:
        snake = _CAMEL.sub("_", key).lower()
        if len(self) < _KEYS_KEPT:
            self[key] = snake
        return snake


_KEYS_KEPT = 1024
_snake = _SnakeKeys()
#: What :func:`snake_keys` walks into (JSON's containers, as orjson gives them).
_NESTED = frozenset((dict, list))


def snake_keys(value: Any) -> Any:
    """``value`` (parsed JSON) with every object key turned from camelCase to snake_case."""
    if type(value) is dict:
        return {_snake[k]: snake_keys(v) if type(v) in _NESTED else v for k, v in value.items()}
    if type(value) is list:
        return [snake_keys(item) if type(item) in _NESTED else item for item in value]
    return value


#: Batches written at once on PostgreSQL, each in its transaction on its own connection: the
#: database works on one while the import builds the rows of the other.
WRITERS = 2
#: Lines read between two chances for a batch being written meanwhile to go on.
_READ_SLICE = 10


async def _batches(
    path: Path, size: int, writes_wait: Callable[[], bool]
) -> AsyncIterator[tuple[list[tuple[int, Any]], list[Failure]]]:
    """Numbered records of the file, ``size`` at a time, with the lines that are not JSON;
    every few lines a write waiting for its turn (``writes_wait()``) gets it."""
    batch: list[tuple[int, Any]] = []
    broken: list[Failure] = []
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if number % _READ_SLICE == 0 and writes_wait():
                await asyncio.sleep(0)
            if not line.strip():
                continue
            try:
                batch.append((number, snake_keys(orjson.loads(line))))
            except orjson.JSONDecodeError as error:
                broken.append(Failure(number, [f"INVALID_JSON {error}"]))
            if len(batch) >= size:
                yield batch, broken
                batch, broken = [], []
    if batch or broken:
        yield batch, broken


@dataclass
class _Writing:
    """A batch whose write runs in a task of its own (its own database connection)."""

    task: asyncio.Task[list[RecordResult]]
    numbers: list[int]
    broken: list[Failure]
    keys: BatchKeys


def _under_way(writing: Iterable[_Writing]) -> bool:
    """Whether a write of ``writing`` has not ended: reading and checking give it a turn of
    the event loop every few records. A batch of unchanged records writes nothing, so its
    task ends at its first turn, and the next batches are read and checked without any
    (each turn costs a pass through the event loop)."""
    return any(not w.task.done() for w in writing)


class _Import:
    """One import's running state: its summary, progress and statistics refresh."""

    def __init__(self, progress: Progress) -> None:
        self.summary = Summary()
        self.progress = progress
        self.analysed_at = MAX_RECORDS // 2

    async def settle(self, writing: _Writing) -> None:
        """Wait for the batch's write to commit and count its results."""
        results = await writing.task
        summary = self.summary
        summary.failed += writing.broken
        for number, result in zip(writing.numbers, results, strict=True):
            if result.errors:
                reasons = [f"{e.field or '-'}: {e.code} {e.message}" for e in result.errors]
                summary.failed.append(Failure(number, reasons))
            elif result.created:
                summary.created += 1
            elif result.changed:
                summary.changed += 1
            else:
                summary.unchanged += 1
        self.progress.advance(len(writing.numbers) + len(writing.broken))
        if summary.created >= 2 * self.analysed_at:
            await _refresh_statistics()
            self.analysed_at = summary.created


async def import_file(
    path: Path, source: m.User, settings: Settings, hub: Hub, progress: Progress
) -> Summary:
    """Upsert every record of the JSON Lines file ``path`` for the account ``source``.

    Each batch is written in a transaction of its own. On PostgreSQL the next batch is
    read and checked while earlier ones are written (up to :data:`WRITERS` at once, each
    on a pooled connection of its own), but only once every batch it names a booking,
    customer or invoice of has committed, as its checks must see what those wrote: a batch
    naming nothing of the ones in flight reads the same before and after they commit.
    SQLite has one connection, so there each batch is checked once the previous one is
    written.
    """
    run = _Import(progress)
    overlap = connections.get("default").capabilities.dialect == "postgres"
    # With in-process pub/sub no server hears this process: nothing to wake.
    wake = None if hub.in_process else hub
    writing: deque[_Writing] = deque()
    try:
        async for batch, broken in _batches(path, MAX_RECORDS, lambda: _under_way(writing)):
            records = [record for _, record in batch]
            keys = batch_keys(records)
            while writing and (not overlap or any(w.keys.meet(keys) for w in writing)):
                await run.settle(writing.popleft())
            checked = await check_batch(source, records, settings, keys, pause=_under_way(writing))
            while len(writing) >= WRITERS:
                await run.settle(writing.popleft())
            task = asyncio.create_task(write_batch(checked, wake))
            writing.append(_Writing(task, [number for number, _ in batch], broken, keys))
        while writing:
            await run.settle(writing.popleft())
    finally:
        # An error while checking: let the writes under way end as they may.
        await asyncio.gather(*(w.task for w in writing), return_exceptions=True)
    progress.close()
    run.summary.failed.sort(key=lambda failure: failure.line)
    return run.summary


async def _refresh_statistics() -> None:
    """Refresh the planner's statistics of the tables the import grows.

    Without them, PostgreSQL estimates a source's bookings from the table's size when it
    was last analysed (a handful) and finds a batch's stored bookings by scanning all the
    source's bookings instead of looking up each reference in the (source, reference)
    index: a batch would cost more the more was imported. Called each time the import has
    doubled what it created, so a few times per file (ANALYZE samples, it costs little).
    The same for the customers it creates, looked up by e-mail, and the invoices, looked
    up by number: a batch's lookups are prepared statements, whose plan PostgreSQL keeps
    until the statistics change, so without a refresh the plan made when the table was
    nearly empty (a scan of it) would stay while the table grows.
    """
    await connections.get("default").execute_script(
        'ANALYZE booking; ANALYZE "user"; ANALYZE invoice'
    )


async def source_account(email: str | None) -> m.User | None:
    """The INTEGRATION account named by ``email``, or the only one there is."""
    accounts = m.User.filter(role=m.Role.INTEGRATION, active=True)
    if email:
        return await accounts.get_or_none(email=email.strip().lower())
    found = await accounts.limit(2)
    return found[0] if len(found) == 1 else None

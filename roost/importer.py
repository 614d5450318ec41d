"""``roost import FILE``: JSON Lines of ingest records, streamed in batches.

Each line is one record in the shape of ``upsertBookings``' ``IngestBookingInput``
(camelCase keys). The file is read line by line and written in batches of
:data:`resolvers.ingest_records.MAX_RECORDS`, so memory stays flat whatever its size;
records are matched on their external reference, so running the import again after an
interruption writes only what is missing or different.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
from tortoise import connections

import models as m
from resolvers.ingest import ingest
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


@lru_cache(maxsize=1024)
def _snake(key: str) -> str:
    """``fieldValues`` → ``field_values`` (the few keys repeat on every line: cached)."""
    return _CAMEL.sub("_", key).lower()


def snake_keys(value: Any) -> Any:
    """``value`` with every object key turned from camelCase to snake_case."""
    if isinstance(value, dict):
        return {
            _snake(k): snake_keys(v) if isinstance(v, dict | list) else v for k, v in value.items()
        }
    if isinstance(value, list):
        return [snake_keys(item) if isinstance(item, dict | list) else item for item in value]
    return value


def _batches(path: Path, size: int) -> Iterator[tuple[list[tuple[int, Any]], list[Failure]]]:
    """Numbered records of the file, ``size`` at a time, with the lines that are not JSON."""
    batch: list[tuple[int, Any]] = []
    broken: list[Failure] = []
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
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


async def import_file(
    path: Path, source: m.User, settings: Settings, hub: Hub, progress: Progress
) -> Summary:
    """Upsert every record of the JSON Lines file ``path`` for the account ``source``."""
    summary = Summary()
    analysed_at = MAX_RECORDS // 2
    # With in-process pub/sub no server hears this process: nothing to wake.
    wake = None if hub.in_process else hub
    for batch, broken in _batches(path, MAX_RECORDS):
        summary.failed += broken
        results = await ingest(source, [record for _, record in batch], settings, wake)
        for (number, _), result in zip(batch, results, strict=True):
            if result.errors:
                reasons = [f"{e.field or '-'}: {e.code} {e.message}" for e in result.errors]
                summary.failed.append(Failure(number, reasons))
            elif result.created:
                summary.created += 1
            elif result.changed:
                summary.changed += 1
            else:
                summary.unchanged += 1
        progress.advance(len(batch) + len(broken))
        if summary.created >= 2 * analysed_at:
            await _refresh_statistics()
            analysed_at = summary.created
    progress.close()
    summary.failed.sort(key=lambda failure: failure.line)
    return summary


async def _refresh_statistics() -> None:
    """Refresh the planner's statistics of the tables the import grows.

    Without them, PostgreSQL estimates a source's bookings from the table's size when it
    was last analysed (a handful) and finds a batch's stored bookings by scanning all the
    source's bookings instead of looking up each reference in the (source, reference)
    index: a batch would cost more the more was imported. Called each time the import has
    doubled what it created, so a few times per file (ANALYZE samples, it costs little).
    The same for the customers it creates, looked up by e-mail.
    """
    await connections.get("default").execute_script('ANALYZE booking; ANALYZE "user"')


async def source_account(email: str | None) -> m.User | None:
    """The INTEGRATION account named by ``email``, or the only one there is."""
    accounts = m.User.filter(role=m.Role.INTEGRATION, active=True)
    if email:
        return await accounts.get_or_none(email=email.strip().lower())
    found = await accounts.limit(2)
    return found[0] if len(found) == 1 else None

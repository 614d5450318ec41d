"""Analytics for analysts and admins (SPEC §6): counts and response times, computed in the
database (GROUP BY; ``percentile_cont`` on PostgreSQL, window functions on SQLite).

Only keys (statuses, urgencies, team keys, field keys) and figures come back, never
personal data. Periods are dates, inclusive, in UTC; without one, everything counts.

- First response: from a thread's first message by its customer or provider side to the
  first message for everyone (not an internal note) by an agent or admin after it.
- Resolution: from a thread's creation to when it was RESOLVED or CLOSED (``resolved_at``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from tortoise.functions import Count
from tortoise.models import Model

from models import BookingFieldChange, ChangeChannel, Claim, SupportChat, Thread
from models.sql import execute, is_postgres
from resolvers.access import allowed_query
from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from roost.i18n import N_

#: Threads without a team are counted under this key.
NO_TEAM = "UNASSIGNED"
#: The doors through which customers edit their own booking data.
SELF_SERVICE_CHANNELS = (ChangeChannel.SELF_SERVICE, ChangeChannel.PORTAL)


class ThreadGrouping(StrEnum):
    URGENCY = "URGENCY"
    STATUS = "STATUS"
    TEAM = "TEAM"


class TimeGrouping(StrEnum):
    TEAM = "TEAM"


class ClaimGrouping(StrEnum):
    STATUS = "STATUS"


class SupportGrouping(StrEnum):
    TOPIC = "TOPIC"


@dataclass(frozen=True)
class Tally:
    key: str
    count: int


@dataclass(frozen=True)
class ResponseTimes:
    """Seconds; ``None`` where a team has no such measure in the period."""

    key: str
    first_response_p50: float | None
    first_response_p90: float | None
    resolution_p50: float | None


def allow(context: RequestContext) -> None:
    """Refuse analytics (a ``FORBIDDEN`` error) to roles other than analysts and admins."""
    allowed_query(context.require_principal(), "analytics")


def period(start: date | None, end: date | None) -> tuple[datetime, datetime]:
    """The instants ``[since, until)`` of the dates ``start`` to ``end`` (inclusive)."""
    if start and end and start > end:
        raise BadUserInput(N_("`from` must not be after `to`."), field="from")
    since = (
        datetime.combine(start, time.min, tzinfo=UTC) if start else datetime(1, 1, 2, tzinfo=UTC)
    )
    until = (
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
        if end
        else datetime(9999, 12, 31, tzinfo=UTC)
    )
    return since, until


_CLAIM_COLUMNS = {ClaimGrouping.STATUS: "status"}
_SUPPORT_COLUMNS = {SupportGrouping.TOPIC: "topic__key"}
_THREAD_COLUMNS = {
    ThreadGrouping.URGENCY: "urgency",
    ThreadGrouping.STATUS: "status",
    ThreadGrouping.TEAM: "assigned_team__key",
}


async def thread_counts(
    group_by: ThreadGrouping, start: date | None, end: date | None
) -> list[Tally]:
    """Threads created in the period, counted per urgency, status or team."""
    return await _counts(Thread, _THREAD_COLUMNS[group_by], start, end)


async def claim_counts(
    group_by: ClaimGrouping, start: date | None, end: date | None
) -> list[Tally]:
    """Claims submitted in the period, counted per status."""
    return await _counts(Claim, _CLAIM_COLUMNS[group_by], start, end)


async def support_chat_counts(
    group_by: SupportGrouping, start: date | None, end: date | None
) -> list[Tally]:
    """Support chats started in the period, counted per topic."""
    return await _counts(SupportChat, _SUPPORT_COLUMNS[group_by], start, end)


async def _counts(
    model: type[Model], column: str, start: date | None, end: date | None
) -> list[Tally]:
    """Rows of ``model`` created in the period, one GROUP BY ``column`` in the database."""
    since, until = period(start, end)
    rows = (
        await model.filter(created_at__gte=since, created_at__lt=until)
        .annotate(count=Count("id"))
        .group_by(column)
        .values(column, "count")
    )
    tallies = [Tally(str(row[column] or NO_TEAM), row["count"]) for row in rows]
    return sorted(tallies, key=lambda tally: tally.key)


async def self_service_edits(by_field: bool, start: date | None, end: date | None) -> list[Tally]:
    """Changes customers made to their booking data themselves, per field key (or all)."""
    since, until = period(start, end)
    changes = BookingFieldChange.filter(
        channel__in=SELF_SERVICE_CHANNELS, changed_at__gte=since, changed_at__lt=until
    )
    if not by_field:
        return [Tally("ALL", await changes.count())]
    rows = (
        await changes.annotate(count=Count("id"))
        .group_by("definition__key")
        .values("definition__key", "count")
    )
    tallies = [Tally(row["definition__key"], row["count"]) for row in rows]
    return sorted(tallies, key=lambda tally: tally.key)


_SAMPLES = """
WITH first_party AS (
    SELECT m.thread_id, MIN(m.created_at) AS asked_at
    FROM message m JOIN "user" u ON u.id = m.author_id
    WHERE u.role NOT IN ('AGENT', 'ADMIN')
    GROUP BY m.thread_id
), first_reply AS (
    SELECT f.thread_id, f.asked_at, MIN(m.created_at) AS replied_at
    FROM first_party f
    JOIN message m ON m.thread_id = f.thread_id AND m.created_at > f.asked_at
    JOIN "user" u ON u.id = m.author_id
    WHERE u.role IN ('AGENT', 'ADMIN') AND m.visibility = 'ALL'
    GROUP BY f.thread_id, f.asked_at
), samples AS (
    SELECT COALESCE(team.key, '{no_team}') AS key,
           {first_response} AS first_response,
           {resolution} AS resolution
    FROM thread t
    LEFT JOIN team ON team.id = t.assigned_team_id
    LEFT JOIN first_reply r ON r.thread_id = t.id
    WHERE t.created_at >= ? AND t.created_at < ?
)"""

_POSTGRES = (
    _SAMPLES
    + """
SELECT key,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response) AS first_response_p50,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY first_response) AS first_response_p90,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution) AS resolution_p50
FROM samples GROUP BY key"""
)


def _sqlite_percentile(measure: str, fraction: float, name: str) -> str:
    """``percentile_cont(fraction)`` of ``measure`` per key: the value at rank
    ``fraction * (n - 1)``, interpolated between its two neighbours."""
    position = f"({fraction} * (n - 1))"
    low = f"CAST({position} AS INTEGER)"
    at_low = f"MIN(CASE WHEN i = {low} THEN v END)"
    at_high = f"COALESCE(MIN(CASE WHEN i = {low} + 1 THEN v END), {at_low})"
    return f"""{name} AS (
    SELECT key, {at_low} + (MAX({position}) - MAX({low})) * ({at_high} - {at_low}) AS value
    FROM (
        SELECT key, {measure} AS v,
               ROW_NUMBER() OVER (PARTITION BY key ORDER BY {measure}) - 1 AS i,
               COUNT(*) OVER (PARTITION BY key) AS n
        FROM samples WHERE {measure} IS NOT NULL
    ) GROUP BY key
)"""


_SQLITE = (
    _SAMPLES
    + ", "
    + ", ".join(
        (
            _sqlite_percentile("first_response", 0.5, "fr50"),
            _sqlite_percentile("first_response", 0.9, "fr90"),
            _sqlite_percentile("resolution", 0.5, "r50"),
        )
    )
    + """
SELECT k.key, fr50.value AS first_response_p50, fr90.value AS first_response_p90,
       r50.value AS resolution_p50
FROM (SELECT DISTINCT key FROM samples) k
LEFT JOIN fr50 ON fr50.key = k.key
LEFT JOIN fr90 ON fr90.key = k.key
LEFT JOIN r50 ON r50.key = k.key"""
)


def _seconds(later: str, earlier: str) -> str:
    if is_postgres():
        return f"EXTRACT(EPOCH FROM ({later} - {earlier}))"
    return f"(julianday({later}) - julianday({earlier})) * 86400.0"


async def response_times(
    by: TimeGrouping, start: date | None, end: date | None
) -> list[ResponseTimes]:
    """Median and 90th percentile of first responses, median resolution, per team, of the
    threads created in the period."""
    since, until = period(start, end)
    template = _POSTGRES
    params: list[Any] = [since, until]
    if not is_postgres():
        # SQLite compares the instants as the text they are stored as.
        template = _SQLITE
        params = [moment.isoformat(sep=" ", timespec="microseconds") for moment in params]
    sql = template.format(
        no_team=NO_TEAM,
        first_response=_seconds("r.replied_at", "r.asked_at"),
        resolution=_seconds("t.resolved_at", "t.created_at"),
    )
    rows = await execute(sql, params)
    rows.sort(key=lambda row: row["key"])
    return [
        ResponseTimes(
            key=row["key"],
            first_response_p50=_number(row["first_response_p50"]),
            first_response_p90=_number(row["first_response_p90"]),
            resolution_p50=_number(row["resolution_p50"]),
        )
        for row in rows
    ]


def _number(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)

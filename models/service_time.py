"""Time counted in a team's service hours: weekly spans in its time zone, minus closures.

Spans are wall-clock times of the team's zone, turned into instants day by day, so a
daylight-saving change shortens or lengthens only the night it falls in; an always-open
team counts every minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.organisations import WEEKDAYS, Team

#: How far ahead a team's next hours are looked for (a team without hours has none).
HORIZON_DAYS = 400


def _clock(value: str) -> time | None:
    """``"HH:MM"``; ``None`` for ``"24:00"`` (the end of the day)."""
    hours, minutes = (int(part) for part in value.split(":"))
    return None if hours == 24 else time(hours, minutes)


def _instant(day: date, clock: time | None, zone: ZoneInfo) -> datetime:
    """A wall-clock time of the zone as an instant in UTC (arithmetic on UTC instants
    counts real minutes across a daylight-saving change)."""
    if clock is None:
        return datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    return datetime.combine(day, clock, zone).astimezone(UTC)


def spans_from(team: Team, moment: datetime) -> Iterator[tuple[datetime, datetime]]:
    """The team's service spans that end after ``moment``, in order (clipped to it)."""
    zone = ZoneInfo(team.time_zone)
    first = moment.astimezone(zone).date() - timedelta(days=1)
    for offset in range(HORIZON_DAYS):
        day = first + timedelta(days=offset)
        if day.isoformat() in team.closures:
            continue
        for start, end in sorted(team.service_hours.get(WEEKDAYS[day.weekday()], [])):
            begins, ends = _instant(day, _clock(start), zone), _instant(day, _clock(end), zone)
            if ends > moment:
                yield max(begins, moment), ends


def next_opening(team: Team, moment: datetime) -> datetime | None:
    """When the team is next in service at or after ``moment`` (``moment`` if it is)."""
    if team.always_open:
        return moment
    return next((start for start, _ in spans_from(team, moment)), None)


def add_service_time(team: Team, start: datetime, amount: timedelta) -> datetime | None:
    """The instant when ``amount`` of the team's service time has passed since ``start``."""
    if team.always_open:
        return start + amount
    left = amount
    for begins, ends in spans_from(team, start):
        if left <= ends - begins:
            return begins + left
        left -= ends - begins
    return None

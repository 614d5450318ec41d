"""Which agents are online: one heartbeat row per open, authenticated WebSocket.

The WebSocket session (``roost/ws_sessions.py``) adds a row when an agent's socket is
authenticated (through its process's :class:`Presence`), refreshes it with every other
open socket's row at each re-authorisation sweep (every ``ws_reauth_seconds``,
``roost/ws_sweep.py``) and removes it when the socket closes. The rows live in the
database, so every instance sees every agent; a row not refreshed for
:func:`presence_timeout` (its instance died) no longer counts.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from models import AgentPresence
from models.policy import STAFF
from resolvers.principal import Principal
from roost.bulk_insert import insert_rows
from roost.group_writes import GroupWrites
from roost.settings import Settings

log = logging.getLogger("roost.presence")


def presence_timeout(settings: Settings) -> timedelta:
    """How long a heartbeat counts: two re-authorisation periods and some slack."""
    return timedelta(seconds=2 * settings.ws_reauth_seconds + 5)


class Presence:
    """The heartbeat rows of one server process's agents' sockets, written in groups: the
    sockets that open (or close) together after a deploy or a network cut cost one INSERT
    (or DELETE) per group, not one per socket (``roost.group_writes``)."""

    def __init__(self) -> None:
        # Presence only steers auto-assignment: a socket works on without its row.
        self._arrivals = GroupWrites(_insert, log, "could not record agents' presence")
        # A row left behind stops counting once its heartbeat is older than the timeout.
        self._departures = GroupWrites(_delete, log, "could not remove agents' presence")

    async def arrive(self, principal: Principal) -> str | None:
        """An agent's socket is open: record it; its session key (``None``: not an agent,
        or not recorded)."""
        if principal.user_id is None or principal.role not in STAFF:
            return None
        session = str(uuid.uuid4())
        row = {"session": session, "user_id": principal.user_id, "seen_at": _now()}
        return session if await self._arrivals(row) else None

    async def leave(self, session: str | None) -> None:
        """The socket closed."""
        if session is not None:
            await self._departures(session)


async def _insert(rows: list[dict[str, Any]]) -> None:
    await insert_rows(AgentPresence, rows)  # one INSERT and no model instance


async def _delete(sessions: list[str]) -> None:
    await AgentPresence.filter(session__in=sessions).delete()


async def heartbeat_all(sessions: list[str]) -> None:
    """These sockets are still open (one statement for all of them)."""
    if sessions:
        try:
            await AgentPresence.filter(session__in=sessions).update(seen_at=_now())
        except Exception:
            log.exception("could not refresh agents' presence")


def online(settings: Settings, now: datetime, path: str = "presences") -> Q:
    """Users (or rows reaching them through ``path``) with a live heartbeat at ``now``."""
    return Q(**{f"{path}__seen_at__gte": now - presence_timeout(settings)})


def _now() -> datetime:
    return datetime.now(UTC)

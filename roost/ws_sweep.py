"""One watcher per process re-authorises every open socket, instead of a task per socket.

It follows the revocation channel (``subscriptions.channels.REVOCATIONS``): an event
naming a caller makes that caller's sockets read it again at once, and those that lost
access close with 4403 (after a pub/sub reconnect, when events may have been missed,
every socket is read again). Every ``ws_reauth_seconds`` the callers of all open sockets
are read again together (one statement per 500 accounts; guest links one by one), and the
agents' presence heartbeats are refreshed in one statement. Token expiry is a timer per
socket (``roost.ws_sessions``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from models import User
from resolvers import presence
from roost.i18n import N_
from subscriptions.channels import REVOCATIONS

if TYPE_CHECKING:
    from roost.ws_sessions import SocketRegistry, SocketSession
    from subscriptions.hub import Hub

log = logging.getLogger("roost.websockets")

#: Why a socket whose caller's role or organisation changed is closed.
ROLE_CHANGED = "Your role or organisation changed: sign in again."

#: Accounts read per statement.
CHUNK = 500


async def sweep(sessions: Iterable[SocketSession]) -> None:
    """Re-read the callers of ``sessions`` and close the sockets of those who lost access."""
    users: dict[int, list[SocketSession]] = {}
    guests: list[SocketSession] = []
    for session in sessions:
        principal = session.principal
        if principal is None:
            continue
        if principal.user_id is None:
            guests.append(session)
        else:
            users.setdefault(principal.user_id, []).append(session)
    ids = sorted(users)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = await User.filter(id__in=chunk, active=True).only("id", "role", "organisation_id")
        now = {row.id: row for row in rows}
        for user_id in chunk:
            for session in users[user_id]:
                await _check(session, now.get(user_id))
    for session in guests:
        await session.still_valid()
    await presence.heartbeat_all(
        [s.presence for group in users.values() for s in group if s.presence]
    )


async def _check(session: SocketSession, user: User | None) -> None:
    principal = session.principal
    if principal is None:
        return
    if user is None:
        await session.revoke(N_("The account is no longer active."))
    elif (user.role, user.organisation_id) != (principal.role, principal.organisation_id):
        await session.revoke(ROLE_CHANGED)


async def watch(registry: SocketRegistry, hub: Hub, seconds: float) -> None:
    """Act on revocation events at once and sweep ``registry``'s sessions every
    ``seconds``, until it has none left."""
    loop = asyncio.get_running_loop()
    async with hub.subscribe(REVOCATIONS) as events:
        registry.watching.set()
        due = loop.time() + seconds
        while registry.sessions:
            event = await events.next(max(0.0, due - loop.time()))
            try:
                if event is None:
                    due = loop.time() + seconds
                    await sweep(list(registry.sessions))
                elif event.get("type") == "resync":  # events may have been missed
                    sessions = list(registry.sessions)
                    for session in sessions:
                        session.stale()
                    await sweep(sessions)
                else:
                    named = registry.sessions_of(str(event.get("key")))
                    for session in named:
                        session.stale()  # before anything awaits: no operation skips it
                    for session in named:
                        await session.still_valid()
            except Exception:
                log.exception("WebSocket re-authorisation failed")

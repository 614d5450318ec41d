"""The caller behind an open WebSocket: re-authorised for every operation, watched between
operations, and bounded per user.

A socket authenticates once (``connection_init``), but the account may change while it is
open. Before each query, mutation or subscription start, the principal is read again from
the database (:func:`subscriptions.streams.current_principal`; a subscription start takes
a read from the last :data:`FRESH_SECONDS` when no revocation event named the caller
since, so a client opening its subscriptions right after ``connection_init`` costs one
read, not one per subscription): an expired token, a deactivated account, a changed
role or organisation, or a guest link that no longer grants access closes the socket with
4403, and nothing runs. Between operations a timer
closes it the same way when the token expires, and one watcher per process
(``roost.ws_sweep``) re-reads a caller at once when a revocation event names it
(:data:`subscriptions.channels.REVOCATIONS`) and every socket's caller at least every
``ws_reauth_seconds``; a socket holds no task or queue of its own for this. The loaders of
the connection are dropped at every operation, so nothing read for an earlier operation
is served to a later one.

Each user may hold ``ws_max_sockets_per_user`` sockets (one more closes with 4429) and
``ws_max_subscriptions_per_user`` running operations over all of them (one more is
refused with ``TOO_MANY_SUBSCRIPTIONS``); handshakes not yet authenticated are bounded per
IP address by ``ws_max_anonymous_per_ip``.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from resolvers.context import RequestContext
from resolvers.errors import Unauthenticated
from resolvers.presence import Presence
from resolvers.principal import Principal
from roost.settings import Settings
from roost.ws_sweep import ROLE_CHANGED, watch
from subscriptions.channels import caller_key
from subscriptions.hub import Hub
from subscriptions.live import expired
from subscriptions.streams import VERIFIED, current_principal

log = logging.getLogger("roost.websockets")

#: Close codes (graphql-transport-ws uses 44xx for its own refusals).
REVOKED = 4403
TOO_MANY = 4429
TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS"

#: How long a caller read from the database serves the socket's next subscription starts,
#: unless a revocation event names it meanwhile.
FRESH_SECONDS = 1.0


class Socket(Protocol):
    """What a session needs of a protocol handler: its running operations, its session
    and a way out."""

    operations: dict[str, Any]
    session: SocketSession

    async def close_socket(self, code: int, reason: str) -> None: ...


@dataclass
class SocketRegistry:
    """The open sockets of one server process, by user and by anonymous IP address."""

    settings: Settings
    by_user: dict[str, set[Socket]] = field(default_factory=dict)
    anonymous: Counter[str] = field(default_factory=Counter)
    #: The authenticated sessions, re-read together every ``ws_reauth_seconds``.
    sessions: set[SocketSession] = field(default_factory=set)
    #: The process's watcher (``roost.ws_sweep``), while there are sessions.
    watcher: asyncio.Task[None] | None = None
    #: Set once the watcher follows the revocation channel.
    watching: asyncio.Event = field(default_factory=asyncio.Event)
    #: Re-readings started by expiry timers, kept until they finish.
    checks: set[asyncio.Task[bool]] = field(default_factory=set)
    #: The agents' heartbeat rows, written in groups.
    presences: Presence = field(default_factory=Presence)

    async def joined(self, session: SocketSession) -> None:
        """An authenticated session: watched from now on (once the watcher listens)."""
        self.sessions.add(session)
        if self.watcher is None or self.watcher.done():
            self.watching = asyncio.Event()
            self.watcher = asyncio.create_task(
                watch(self, session.hub, float(self.settings.ws_reauth_seconds)),
                context=contextvars.Context(),
            )
        if self.watching.is_set():
            return  # as for every socket once the watcher listens: no task to wait
        watching = asyncio.ensure_future(self.watching.wait())
        await asyncio.wait((watching, self.watcher), return_when=asyncio.FIRST_COMPLETED)
        watching.cancel()

    def left(self, session: SocketSession) -> None:
        """A session closed; the watcher stops with the last one."""
        self.sessions.discard(session)
        if not self.sessions and self.watcher is not None:
            self.watcher.cancel()
            self.watcher = None

    def sessions_of(self, key: str) -> list[SocketSession]:
        """The sessions of the caller ``key`` (``subscriptions.channels.caller_key``)."""
        return [socket.session for socket in self.by_user.get(key, ())]

    def check_soon(self, session: SocketSession) -> None:
        """Re-read ``session``'s caller in a task of its own (its token may have expired)."""
        check = asyncio.create_task(session.still_valid(), context=contextvars.Context())
        self.checks.add(check)
        check.add_done_callback(self.checks.discard)

    def operations_of(self, key: str) -> int:
        """Operations running over all sockets of ``key``."""
        return sum(len(socket.operations) for socket in self.by_user.get(key, ()))


class SocketSession:
    """The authorisation state of one socket (see the module's rules)."""

    __slots__ = (
        "_anonymous",
        "_expiry",
        "_read_at",
        "_revision",
        "address",
        "context",
        "hub",
        "key",
        "presence",
        "principal",
        "registry",
        "socket",
    )

    def __init__(self, socket: Socket, registry: SocketRegistry, hub: Hub, address: str) -> None:
        self.socket = socket
        self.registry = registry
        self.hub = hub
        self.address = address
        self.key: str | None = None
        self.principal: Principal | None = None
        self._anonymous = False
        self._expiry: asyncio.TimerHandle | None = None
        #: When the caller was last read from the database (loop time), and how many
        #: revocation events named it: a read counts only if none came meanwhile.
        self._read_at: float | None = None
        self._revision = 0
        self.context: RequestContext | None = None
        #: The agent's heartbeat row while the socket is open (``resolvers/presence.py``).
        self.presence: str | None = None

    @property
    def settings(self) -> Settings:
        """The server's settings."""
        return self.registry.settings

    async def accepted(self) -> bool:
        """A handshake was accepted; ``False`` (and closed) when its address has too many."""
        if self.registry.anonymous[self.address] >= self.settings.ws_max_anonymous_per_ip:
            await self.socket.close_socket(TOO_MANY, "Too many unauthenticated connections")
            return False
        self.registry.anonymous[self.address] += 1
        self._anonymous = True
        return True

    async def authenticated(self, context: RequestContext) -> bool:
        """``connection_init`` succeeded; ``False`` (and closed) when the user has too many."""
        self._leave_anonymous()
        principal = context.require_principal()
        key = caller_key(principal)
        sockets = self.registry.by_user.setdefault(key, set())
        if len(sockets) >= self.settings.ws_max_sockets_per_user:
            await self.socket.close_socket(TOO_MANY, "Too many connections for this user")
            return False
        sockets.add(self.socket)
        self.key, self.principal, self.context = key, principal, context
        self._read_at = asyncio.get_running_loop().time()  # by the handshake's authentication
        self.presence = await self.registry.presences.arrive(principal)
        self._expire_at(principal)
        await self.registry.joined(self)
        return True

    async def may_start(self, context: RequestContext, subscription: bool) -> str | None:
        """Before an operation: ``None`` when it may run, else why it may not.

        A revoked caller closes the socket (and gets ``REVOKED``); a caller at its limit of
        running operations gets ``TOO_MANY_SUBSCRIPTIONS`` and the socket stays open.
        """
        if self.principal is None or self.key is None:
            return None  # not authenticated yet: the protocol refuses it on its own
        if subscription and self._fresh():
            self._serve(context, self.principal)
        elif not await self._still_valid(context):
            return "REVOKED"
        if self.registry.operations_of(self.key) >= self.settings.ws_max_subscriptions_per_user:
            return TOO_MANY_SUBSCRIPTIONS
        return None

    def stale(self) -> None:
        """A revocation event named the caller: the next operation reads it again."""
        self._revision += 1
        self._read_at = None

    def _fresh(self) -> bool:
        """Whether the caller was read within :data:`FRESH_SECONDS`, its token still valid."""
        assert self.principal is not None
        loop_time = asyncio.get_running_loop().time()
        return (
            self._read_at is not None
            and loop_time - self._read_at < FRESH_SECONDS
            and not expired(self.principal)
        )

    async def _still_valid(self, context: RequestContext) -> bool:
        """Re-read the caller; on a change that ends its access, close the socket."""
        assert self.principal is not None
        revision, read_at = self._revision, asyncio.get_running_loop().time()
        try:
            now = await current_principal(self.principal)
        except Unauthenticated as refusal:
            await self.revoke(refusal.message)
            return False
        if (now.role, now.organisation_id) != (self.principal.role, self.principal.organisation_id):
            await self.revoke(ROLE_CHANGED)
            return False
        if revision == self._revision:
            self._read_at = read_at
        self.principal = now
        self._expire_at(now)
        self._serve(context, now)
        return True

    @staticmethod
    def _serve(context: RequestContext, principal: Principal) -> None:
        """The next operation runs as ``principal`` (not read again at its start), with
        loaders of its own."""
        context.principal = principal
        VERIFIED.set(principal)
        context.fresh_loaders()

    async def still_valid(self) -> bool:
        """Re-read the caller (see :meth:`may_start`); ``False`` when the socket closed."""
        return self.context is None or await self._still_valid(self.context)

    async def revoke(self, reason: str) -> None:
        """Close the socket with 4403: its caller lost access."""
        log.info("closing a WebSocket of %s: %s", self.key, reason)
        await self.socket.close_socket(REVOKED, reason)

    def _expire_at(self, principal: Principal) -> None:
        """Re-read the caller when its token expires (a little after: the check must see
        it expired), whatever the socket is doing then."""
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        if principal.expires_at is not None:
            left = max(0.0, (principal.expires_at - datetime.now(UTC)).total_seconds()) + 0.05
            self._expiry = asyncio.get_running_loop().call_later(
                left, self.registry.check_soon, self
            )

    def _leave_anonymous(self) -> None:
        if self._anonymous:
            self._anonymous = False
            self.registry.anonymous[self.address] -= 1
            if self.registry.anonymous[self.address] <= 0:
                del self.registry.anonymous[self.address]

    async def closed(self) -> None:
        """The socket is gone: forget it and stop watching."""
        self._leave_anonymous()
        self.registry.left(self)
        if self.key is not None:
            sockets = self.registry.by_user.get(self.key, set())
            sockets.discard(self.socket)
            if not sockets:
                self.registry.by_user.pop(self.key, None)
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        if self.presence is not None:
            # Shielded: the handler closing the socket may be cancelled meanwhile (the client
            # went away), and the row must go all the same.
            await asyncio.shield(self.registry.presences.leave(self.presence))


def error_frame(operation_id: str, code: str, message: str) -> dict[str, Any]:
    """A graphql-transport-ws ``error`` frame with a coded error."""
    return {
        "id": operation_id,
        "type": "error",
        "payload": [{"message": message, "extensions": {"code": code}}],
    }


def limit_message(settings: Settings) -> str:
    """The text of a refused operation at the per-user limit."""
    return (
        f"At most {settings.ws_max_subscriptions_per_user} operations may run at once over "
        "your connections; complete one first."
    )

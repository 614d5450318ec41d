"""The caller behind an open WebSocket: re-authorised for every operation, watched between
operations, and bounded per user.

A socket authenticates once (``connection_init``), but the account may change while it is
open. Before each query, mutation or subscription start, the principal is read again from
the database (:func:`subscriptions.streams.current_principal`): an expired token, a
deactivated account, a changed role or organisation, or a guest link that no longer
grants access closes the socket with 4403, and nothing runs. Between operations a
watchdog closes it the same way when the token expires and when a revocation event arrives
(:func:`subscriptions.channels.revocation_channels`), and one sweep per process re-reads
every socket's caller at least every ``ws_reauth_seconds`` (``roost.ws_sweep``). The
loaders of the connection are dropped at every operation, so
nothing read for an earlier operation is served to a later one.

Each user may hold ``ws_max_sockets_per_user`` sockets (one more closes with 4429) and
``ws_max_subscriptions_per_user`` running operations over all of them (one more is
refused with ``TOO_MANY_SUBSCRIPTIONS``); handshakes not yet authenticated are bounded per
IP address by ``ws_max_anonymous_per_ip``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from resolvers import presence
from resolvers.context import RequestContext
from resolvers.errors import Unauthenticated
from resolvers.principal import Principal
from roost.settings import Settings
from roost.ws_sweep import ROLE_CHANGED, sweep_every
from subscriptions.channels import revocation_channels
from subscriptions.hub import Hub
from subscriptions.streams import VERIFIED, current_principal

log = logging.getLogger("roost.websockets")

#: Close codes (graphql-transport-ws uses 44xx for its own refusals).
REVOKED = 4403
TOO_MANY = 4429
TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS"


class Socket(Protocol):
    """What a session needs of a protocol handler: its running operations and a way out."""

    operations: dict[str, Any]

    async def close_socket(self, code: int, reason: str) -> None: ...


def user_key(principal: Principal) -> str:
    """Who a socket belongs to, for the per-user limits (an account or a guest link)."""
    return f"user:{principal.user_id}" if principal.user_id else f"link:{principal.link_id}"


@dataclass
class SocketRegistry:
    """The open sockets of one server process, by user and by anonymous IP address."""

    settings: Settings
    by_user: dict[str, set[Socket]] = field(default_factory=dict)
    anonymous: Counter[str] = field(default_factory=Counter)
    #: The authenticated sessions, re-read together every ``ws_reauth_seconds``.
    sessions: set[SocketSession] = field(default_factory=set)
    sweeper: asyncio.Task[None] | None = None

    def joined(self, session: SocketSession) -> None:
        """An authenticated session: swept from now on."""
        self.sessions.add(session)
        if self.sweeper is None or self.sweeper.done():
            self.sweeper = asyncio.create_task(
                sweep_every(self, float(self.settings.ws_reauth_seconds))
            )

    def left(self, session: SocketSession) -> None:
        """A session closed; the sweeps stop with the last one."""
        self.sessions.discard(session)
        if not self.sessions and self.sweeper is not None:
            self.sweeper.cancel()
            self.sweeper = None

    def operations_of(self, key: str) -> int:
        """Operations running over all sockets of ``key``."""
        return sum(len(socket.operations) for socket in self.by_user.get(key, ()))


class SocketSession:
    """The authorisation state of one socket (see the module's rules)."""

    __slots__ = (
        "_anonymous",
        "_watchdog",
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
        self._watchdog: asyncio.Task[None] | None = None
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
        key = user_key(principal)
        sockets = self.registry.by_user.setdefault(key, set())
        if len(sockets) >= self.settings.ws_max_sockets_per_user:
            await self.socket.close_socket(TOO_MANY, "Too many connections for this user")
            return False
        sockets.add(self.socket)
        self.key, self.principal, self.context = key, principal, context
        self.presence = await presence.arrive(principal)
        self._watchdog = asyncio.create_task(self._watch(context))
        self.registry.joined(self)
        return True

    async def may_start(self, context: RequestContext) -> str | None:
        """Before an operation: ``None`` when it may run, else why it may not.

        A revoked caller closes the socket (and gets ``REVOKED``); a caller at its limit of
        running operations gets ``TOO_MANY_SUBSCRIPTIONS`` and the socket stays open.
        """
        if self.principal is None or self.key is None:
            return None  # not authenticated yet: the protocol refuses it on its own
        if not await self._still_valid(context):
            return "REVOKED"
        if self.registry.operations_of(self.key) >= self.settings.ws_max_subscriptions_per_user:
            return TOO_MANY_SUBSCRIPTIONS
        return None

    async def _still_valid(self, context: RequestContext) -> bool:
        """Re-read the caller; on a change that ends its access, close the socket."""
        assert self.principal is not None
        try:
            now = await current_principal(self.principal)
        except Unauthenticated as refusal:
            await self.revoke(refusal.message)
            return False
        if (now.role, now.organisation_id) != (self.principal.role, self.principal.organisation_id):
            await self.revoke(ROLE_CHANGED)
            return False
        context.principal = now
        VERIFIED.set(now)  # the operation started next need not read it again
        context.fresh_loaders()
        return True

    async def still_valid(self) -> bool:
        """Re-read the caller (see :meth:`may_start`); ``False`` when the socket closed."""
        return self.context is None or await self._still_valid(self.context)

    async def revoke(self, reason: str) -> None:
        """Close the socket with 4403: its caller lost access."""
        log.info("closing a WebSocket of %s: %s", self.key, reason)
        await self.socket.close_socket(REVOKED, reason)

    async def _watch(self, context: RequestContext) -> None:
        """Close the socket as soon as its caller loses access, between operations too:
        on a revocation event and at expiry (the periodic re-reading is the registry's
        sweep, ``roost.ws_sweep``)."""
        assert self.principal is not None
        channels = revocation_channels(self.principal)
        try:
            async with self.hub.subscribe(*channels) as events:
                while True:
                    await events.next(self._wait_seconds())
                    if not await self._still_valid(context):
                        return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("WebSocket watchdog failed")

    def _wait_seconds(self) -> float | None:
        expires = self.principal.expires_at if self.principal else None
        if expires is None:
            return None
        # A little after expiry, so the check sees the token as expired.
        return max(0.0, (expires - datetime.now(UTC)).total_seconds()) + 0.05

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
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watchdog
        await presence.leave(self.presence)


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

"""WebSocket protocol handlers: malformed frames close the socket with 4400, never crash.

Strawberry's handlers index every frame as a mapping; a frame that is valid JSON but not an
object (``[]``, ``123``, ``"x"``, ``null``) raised a ``TypeError`` out of the handler. These
subclasses check the shape first.
"""

from __future__ import annotations

import asyncio
import contextvars
import weakref
from typing import Any

from aiohttp import web
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    Message,
    SubscribeMessage,
)
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.subscriptions.protocols.graphql_ws.types import (
    ConnectionInitMessage as LegacyInitMessage,
)
from strawberry.subscriptions.protocols.graphql_ws.types import (
    OperationMessage,
    StartMessage,
)

from roost.ws_frames import write_now
from roost.ws_release import drop_traceback, release
from roost.ws_sessions import TOO_MANY_SUBSCRIPTIONS, SocketSession, error_frame, limit_message
from schema.documents import is_subscription, shared_text
from schema.shared_payloads import shared_frame
from subscriptions.live import LIVE_SOCKET, LiveSocket, LiveSubscriber, Parked, live_threads_of

#: Close code for a frame the protocol cannot read (graphql-transport-ws "bad request").
BAD_FRAME = 4400


def frame_problem(message: object) -> str | None:
    """Why a decoded frame cannot be handled, or ``None`` when it has a usable shape."""
    if not isinstance(message, dict):
        return "WebSocket message must be a JSON object"
    if not isinstance(message.get("type"), str):
        return "WebSocket message must have a string `type`"
    if message["type"] in {"subscribe", "start"} and not isinstance(message.get("payload"), dict):
        return "The operation's `payload` must be an object"
    return None


def starts_subscription(message: Any) -> bool:
    """Whether a ``subscribe`` (or legacy ``start``) frame starts a subscription; its
    document's text becomes the one shared by every operation of that text."""
    payload = message.get("payload")
    if not isinstance(payload, dict):
        return False
    query = payload.get("query")
    if isinstance(query, str):
        payload["query"] = shared_text(query)
    return is_subscription(query, payload.get("operationName"))


def forget_token(context: Any) -> None:
    """Drop the ``connection_init`` payload once it was read: the socket's caller is its
    principal from then on, and the token's text need not stay in memory for its life."""
    if getattr(context, "connection_params", None) is not None:
        context.connection_params = None


class SessionSocket:
    """What both protocols share: a session per socket that re-authorises and bounds its
    caller (``ws_sessions``), and closing with a code."""

    context: Any
    view: Any
    websocket: Any

    async def handle(self) -> None:
        """Serve the socket within its session's limits."""
        request = getattr(self.context, "request", None)
        address = getattr(request, "remote", None) or "-"
        transport = getattr(request, "transport", None)
        self.session = SocketSession(self, self.view.sockets, self.view.hub, address)
        self.view.metrics.open_websockets.inc()
        try:
            if await self.session.accepted():
                await super().handle()  # type: ignore[misc]
        finally:
            self.view.metrics.open_websockets.dec()
            # Nothing of the socket is left in a reference cycle (``roost.ws_release``).
            session = self.session
            del self.session  # it refers back to this handler
            if isinstance(request, web.BaseRequest):
                release(request, self.websocket.ws, transport)
            await session.closed()

    async def close_socket(self, code: int, reason: str) -> None:
        """Close the socket with ``code``."""
        await self.websocket.close(code=code, reason=reason)


class TransportWsHandler(SessionSocket, BaseGraphQLTransportWSHandler[Any, Any]):
    """graphql-transport-ws: a frame of the wrong shape closes the socket with 4400; the
    caller is re-authorised for every operation and bounded per user (``ws_sessions``);
    live subscriptions park while their thread's fan-out serves them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Operations served by a fan-out, without a task (``subscriptions.live``).
        self.parked: dict[str, LiveSubscriber] = {}

    async def handle_message(self, message: Message) -> None:
        """Handle one frame after checking its shape."""
        problem = frame_problem(message)
        if problem is not None:
            await self.handle_invalid_message(problem)
            return
        await super().handle_message(message)
        # strawberry's read loop holds the last frame until the next one comes, which for
        # an idle socket is its whole life; what the frame asked for is taken by now.
        message.clear()  # type: ignore[attr-defined]

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        """Authenticate, then count the socket against the user's limit."""
        await super().handle_connection_init(message)
        if self.connection_init_received:
            # The cancelled time-out task would keep its exception, traceback and frame
            # for the socket's whole life.
            self.connection_init_timeout_task = None
        if self.connection_acknowledged and self.session.principal is None:
            await self.session.authenticated(self.context)
        forget_token(self.context)

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        """Start an operation only for a caller who still has access, within its limit."""
        if self.connection_acknowledged and message["id"] not in self.operations:
            refusal = await self.session.may_start(self.context, starts_subscription(message))
            if refusal == "REVOKED":
                return
            if refusal is not None:
                settings = self.view.settings
                await self.send_message(
                    error_frame(message["id"], refusal, limit_message(settings))  # type: ignore[arg-type]
                )
                return
        await super().handle_subscribe(message)

    async def send_message(self, message: Message) -> None:
        """Send a frame; a payload shared by its visibility class goes as encoded once."""
        await self.websocket.send_json(shared_frame(message))  # type: ignore[arg-type]

    async def run_operation(self, operation: Any, resumed: LiveSubscriber | None = None) -> None:
        """Run an operation; its task knows its socket, so a shareable subscription can be
        served by its thread's fan-out (``subscriptions.live``): it then parks, its task
        ends and the operation stays registered, served by the fan-out until completed or
        resumed."""
        LIVE_SOCKET.set(LiveSocket(operation.id, weakref.ref(self), resumed))
        try:
            await super().run_operation(operation)
        except Parked as parked:
            if self.operations.get(operation.id) is operation:
                self.parked[operation.id] = parked.subscriber
                operation.task = None
            else:  # completed meanwhile
                live_threads_of(self.view.hub).leave(parked.subscriber)
                self.view.metrics.open_subscriptions.dec()

    def resume(self, subscriber: LiveSubscriber) -> None:
        """Run a parked subscriber's operation again, in a task of its own."""
        operation_id = subscriber.socket.operation_id
        if self.parked.get(operation_id) is not subscriber:
            return
        del self.parked[operation_id]
        operation = self.operations[operation_id]
        # A fresh context: nothing of the fan-out's task (which calls this) is inherited.
        operation.task = asyncio.create_task(
            self.run_operation(operation, subscriber), context=contextvars.Context()
        )
        operation.task.add_done_callback(self._task_done)

    async def cleanup_operation(self, operation_id: str) -> None:
        """End an operation: a parked one leaves its fan-out, a running one is cancelled."""
        subscriber = self.parked.pop(operation_id, None)
        if subscriber is None:
            await super().cleanup_operation(operation_id)
            return
        self.operations.pop(operation_id, None)
        live_threads_of(self.view.hub).leave(subscriber)
        self.view.metrics.open_subscriptions.dec()  # counted while parked (roost.metrics)

    def write_now(self, frame: bytes) -> bool:
        """Send an encoded text frame at once; whether the socket took it."""
        return write_now(self.websocket.ws, frame)

    def is_running(self, operation_id: str) -> bool:
        """Whether the operation is still registered (running or parked)."""
        return operation_id in self.operations


class LegacyWsHandler(SessionSocket, BaseGraphQLWSHandler[Any, Any]):
    """Legacy graphql-ws (``ROOST_LEGACY_GRAPHQL_WS``): bad frames close with 4400; it
    carries subscriptions only (a query gets ``BAD_USER_INPUT``, see ``schema.errors``).
    Like graphql-transport-ws, the caller is re-authorised for every operation and
    bounded per user (``ws_sessions``)."""

    @property
    def operations(self) -> dict[str, Any]:
        """The running operations, by id (what the per-user limit counts)."""
        return self.tasks

    async def handle_message(self, message: OperationMessage) -> None:
        """Handle one frame after checking its shape."""
        problem = frame_problem(message)
        if problem is not None:
            await self.websocket.close(code=BAD_FRAME, reason=problem)
            return
        await super().handle_message(message)

    async def handle_connection_init(self, message: LegacyInitMessage) -> None:
        """Authenticate, then count the socket against the user's limit."""
        await super().handle_connection_init(message)
        if self.connection_acknowledged and self.session.principal is None:
            await self.session.authenticated(self.context)
        forget_token(self.context)

    async def cleanup_operation(self, operation_id: str) -> None:
        """Stop an operation; the error its task may end with is left in no cycle."""
        task = self.tasks.get(operation_id)
        await super().cleanup_operation(operation_id)
        drop_traceback(task)

    async def handle_start(self, message: StartMessage) -> None:
        """Start an operation only for a caller who still has access, within its limit."""
        if self.connection_acknowledged:
            refusal = await self.session.may_start(self.context, starts_subscription(message))
            if refusal == "REVOKED":
                return
            restarted = message["id"] in self.tasks
            if refusal is not None and not (refusal == TOO_MANY_SUBSCRIPTIONS and restarted):
                error = error_frame(message["id"], refusal, limit_message(self.view.settings))
                await self.send_message({**error, "payload": error["payload"][0]})  # type: ignore[typeddict-item]
                return
        await super().handle_start(message)

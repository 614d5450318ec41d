"""Each live message payload executed and serialised once per visibility class.

Every follower of a thread is woken with the same ``Message`` object (the thread's shared
feed, ``subscriptions.feeds``). What a ``messageAdded`` subscription sends of it depends
only on its document and on the reader's role and audience (the policy grants and masks
fields by role, ``seq`` is numbered per audience) for the fields in :data:`SHAREABLE`: the
selection set is executed once for each (document, operation, role, audience) and the
result, kept on the message, is given to every other subscriber of that class; its JSON
is encoded once too (:func:`shared_frame`). Variables do not enter the key, because a
shareable selection uses none below the root field (its ``threadId`` and ``afterSeq``
only choose the stream). Anything else (nested objects, arguments, directives,
fragments) runs for each subscriber as before, and so does a result with errors (their
messages are in the reader's language).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import weakref
from typing import Any

import orjson
from graphql import ExecutionResult, FieldNode, OperationDefinitionNode, OperationType
from strawberry.types import Info

from models import Message
from resolvers.inbox import audience
from schema.operations import CoercingExecutionContext
from subscriptions.live import LIVE_SOCKET, LiveTarget

#: Subscription fields whose payload may be shared, with the payload fields that depend on
#: nothing but the message, the reader's role and audience.
SHAREABLE: dict[str, frozenset[str]] = {
    "messageAdded": frozenset(
        {
            "__typename",
            "id",
            "kind",
            "visibility",
            "body",
            "clientMessageId",
            "createdAt",
            "seq",
            "authorName",
            "authorSide",
        }
    )
}

#: Attribute of a ``Message`` holding its payloads by class.
_KEPT = "_shared_payloads"


class SharedData(dict[str, Any]):
    """The ``data`` of a shared result; its ``{"data": …}`` JSON is encoded once."""

    __slots__ = ("_encoded", "_payload")

    def encoded(self) -> bytes:
        """The ``{"data": …}`` payload as JSON bytes, encoded on first use."""
        try:
            return self._encoded
        except AttributeError:
            self._encoded: bytes = orjson.dumps({"data": dict(self)})
            return self._encoded

    def payload(self) -> orjson.Fragment:
        """The ``{"data": …}`` payload as a JSON fragment, encoded on first use."""
        try:
            return self._payload
        except AttributeError:
            self._payload = orjson.Fragment(self.encoded())
            return self._payload


def shared_frame(message: dict[str, Any]) -> dict[str, Any]:
    """A protocol ``next`` frame whose payload was encoded once for its class (the frame
    itself when it carries anything else, e.g. errors or extensions)."""
    payload = message.get("payload")
    if (
        message.get("type") == "next"
        and isinstance(payload, dict)
        and len(payload) == 1
        and isinstance(data := payload.get("data"), SharedData)
    ):
        return {"id": message["id"], "type": "next", "payload": data.payload()}
    return message


def _shareable(operation: OperationDefinitionNode) -> bool:
    """Whether ``operation`` is one root field of :data:`SHAREABLE` selecting only
    plain fields of its list, without arguments, directives or fragments."""
    if operation.operation is not OperationType.SUBSCRIPTION or operation.directives:
        return False
    roots = operation.selection_set.selections
    if len(roots) != 1 or not isinstance(root := roots[0], FieldNode) or root.directives:
        return False
    allowed = SHAREABLE.get(root.name.value)
    if allowed is None or root.selection_set is None:
        return False
    return all(
        isinstance(field, FieldNode)
        and field.name.value in allowed
        and not field.arguments
        and not field.directives
        and field.selection_set is None
        for field in root.selection_set.selections
    )


#: The executor of the subscription whose source stream is being created in this task,
#: weakly: a timer created in the task keeps a copy of its context until the timer's time,
#: even cancelled, and the executor holds the socket's request.
_SUBSCRIBING: contextvars.ContextVar[weakref.ref[Any] | None] = contextvars.ContextVar(
    "subscribing", default=None
)


def live_target(info: Info) -> LiveTarget | None:
    """How the fan-out (``subscriptions.live``) may serve this subscription: ``None``
    unless it is shareable and runs over a socket that takes frames directly."""
    socket = LIVE_SOCKET.get()
    subscribing = _SUBSCRIBING.get()
    executor = subscribing() if subscribing is not None else None
    operation = info.operation
    if socket is None or executor is None or executor.operation is not operation:
        return None
    if not operation.loc or not _shareable(operation):
        return None
    name = operation.name.value if operation.name else ""
    document = (operation.loc.source.body, name)
    return LiveTarget(socket, document, functools.partial(encoded_payload, executor))


async def encoded_payload(executor: Any, message: Message) -> bytes | None:
    """The encoded ``next`` payload of ``message`` for the class of ``executor``'s
    subscriber (executed once per class, see :class:`SharingExecutionContext`); ``None``
    when it has errors or extensions (each subscriber then runs its own)."""
    try:
        result = executor.build_per_event_executor(message).execute_operation(False)
        if executor.is_awaitable(result):
            result = await result
    except Exception:
        return None
    data = result.data
    if result.errors or result.extensions or not isinstance(data, SharedData):
        return None
    return data.encoded()


class SharingExecutionContext(CoercingExecutionContext):
    """The schema's executor; a shareable subscription event is executed once per class."""

    #: The document part of the class key, or ``None`` when not shareable; worked out
    #: once per subscription (per-event executors are copies of the subscription's).
    _document_key: tuple[str, str] | bool | None = False

    def build_resolve_info(self, field_def: Any, nodes: Any, parent: Any, path: Any) -> Any:
        """The field's info; for a subscription's root field, this executor is also noted
        for :func:`live_target` (the subscription resolver runs in this task)."""
        if (
            path.prev is None
            and self.operation.operation is OperationType.SUBSCRIPTION
            and not isinstance(self.root_value, Message)
        ):
            _SUBSCRIBING.set(weakref.ref(self))
        return super().build_resolve_info(field_def, nodes, parent, path)

    def build_per_event_executor(self, payload: Any) -> Any:
        """The event's executor, knowing whether the subscription's payloads are shared."""
        if self._document_key is False:
            operation = self.operation
            source = operation.loc.source.body if operation.loc else None
            name = operation.name.value if operation.name else ""
            self._document_key = (source, name) if source and _shareable(operation) else None
        return super().build_per_event_executor(payload)

    def execute_operation(self, serially: bool | None = None) -> Any:
        """The shared result of this event's class, executed by its first subscriber."""
        message = self.root_value
        document = self._document_key
        if not document or not isinstance(message, Message):
            return super().execute_operation(serially)
        principal = self.context_value.require_principal()
        key = (*document, principal.role, audience(principal))  # type: ignore[misc]
        payloads: dict[Any, Any] = message.__dict__.setdefault(_KEPT, {})
        kept = payloads.get(key)
        if isinstance(kept, ExecutionResult):
            return kept
        if kept is None:
            kept = payloads[key] = asyncio.ensure_future(self._first(payloads, key, serially))
        return self._await(kept, serially)

    async def _first(self, payloads: dict[Any, Any], key: Any, serially: bool | None) -> Any:
        try:
            result = super().execute_operation(serially)
            if self.is_awaitable(result):
                result = await result
        except BaseException:
            payloads.pop(key, None)  # the next subscriber of the class tries again
            raise
        if result.errors or not isinstance(result.data, dict):
            payloads.pop(key, None)
            return result
        shared = ExecutionResult(SharedData(result.data), None)
        payloads[key] = shared
        return shared

    async def _await(self, first: asyncio.Future[Any], serially: bool | None) -> Any:
        try:
            result = await asyncio.shield(first)
        except Exception:
            result = None  # the shared execution failed: run our own, as without sharing
        if result is None or result.errors:
            # Errors are not shared (they speak the reader's language): run our own.
            result = super().execute_operation(serially)
            if self.is_awaitable(result):
                result = await result
        return result

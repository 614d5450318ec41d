"""A closed WebSocket's objects are freed by reference counting, not left in cycles.

A served process freezes what survives a full collection (``roost.gc_pauses``): by the
time a socket closes its objects are frozen, and any of them left in a reference cycle
would wait for a thaw, a full collection walking every object. aiohttp and asyncio leave
two cycles per socket, broken here once its handler is done (:func:`release`):

- the connection's protocol keeps the ``WebSocketResponse``'s heartbeat callback (one of
  its bound methods) while the response keeps its request, which keeps the protocol;
- asyncio's selector transport keeps its own read callback, a bound method (Python 3.11).

An operation's task that ended with an error (the legacy protocol's, whose last frame
finds the socket gone) keeps it, and once awaited its traceback refers to the frame that
awaited it, which refers to the task: :func:`drop_traceback`.

And nothing keeps it alive once closed: a timer created in one of its operations' tasks
keeps a copy of that task's context variables until the timer's time, even cancelled
(hours for some), so what an operation's context refers to reaches the socket only
weakly (``subscriptions.live.LiveSocket``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web


def release(
    request: web.BaseRequest, ws: web.WebSocketResponse, transport: asyncio.BaseTransport | None
) -> None:
    """The handler of ``request``'s WebSocket ``ws`` is done: drop the callbacks that close
    a cycle through its protocol and through its ``transport`` (as it was while the socket
    was open: aiohttp forgets it when the connection is lost)."""
    protocol: Any = request.protocol
    if getattr(protocol, "_data_received_cb", None) is not None:
        protocol._data_received_cb = None
    if transport is None or not (ws.closed or transport.is_closing()):
        return
    # aiohttp closes the connection as soon as the handler returns (and cuts a close
    # handshake still waiting for the client's answer); closed now, it is no longer read
    # and its read callback can go.
    transport.close()
    if getattr(transport, "_read_ready_cb", None) is not None:
        transport._read_ready_cb = None  # type: ignore[attr-defined]


def drop_traceback(task: asyncio.Task[Any] | None) -> None:
    """Once ``task`` is done and was awaited: the error it ended with forgets its
    traceback, whose frames refer to the task (a reference cycle)."""
    if task is not None and task.done() and not task.cancelled():
        error = task.exception()
        if error is not None:
            error.__traceback__ = None

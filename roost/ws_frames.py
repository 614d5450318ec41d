"""Frames written to a WebSocket at once, from a task other than the socket's own.

The live fan-out (``subscriptions.live``) writes each subscriber's frame itself instead of
waking the subscriber's task. It must never wait for one socket: a frame is written only
when the socket takes it now (open, not paused by flow control, no write in progress),
and the caller treats a refusal as a slow consumer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import Any

from aiohttp import WSMsgType, web

#: Frames whose write had to finish in a task of its own (e.g. a large compressed frame).
_FINISHING: set[asyncio.Future[Any]] = set()


class _Rest:
    """The rest of a started coroutine, to be awaited by a task (it goes on from where it
    stopped, with the future it was waiting for)."""

    __slots__ = ("_coroutine", "_waiting")

    def __init__(self, coroutine: Any, waiting: Any) -> None:
        self._coroutine = coroutine
        self._waiting = waiting

    def __await__(self) -> Generator[Any, Any, Any]:
        waiting = self._waiting
        while True:
            try:
                sent = yield waiting
            except BaseException as error:
                try:
                    waiting = self._coroutine.throw(error)
                except StopIteration as stop:
                    return stop.value
                continue
            try:
                waiting = self._coroutine.send(sent)
            except StopIteration as stop:
                return stop.value


def write_now(ws: web.WebSocketResponse, data: bytes) -> bool:
    """Write ``data`` as one text frame if the socket takes it now; whether it did."""
    writer = ws._writer
    if writer is None or ws.closed or writer._closing:
        return False
    if writer.protocol._paused or writer._send_lock.locked():
        return False
    coroutine = writer.send_frame(data, WSMsgType.TEXT)
    try:
        waiting = coroutine.send(None)
    except StopIteration:
        return True
    except Exception:
        return False
    # Taken, but the writer waits for something (compression in a thread): let it finish.
    finishing = asyncio.ensure_future(_Rest(coroutine, waiting))
    _FINISHING.add(finishing)
    finishing.add_done_callback(_finished)
    return True


def _finished(future: asyncio.Future[Any]) -> None:
    _FINISHING.discard(future)
    if not future.cancelled():
        future.exception()  # a socket closed meanwhile: nothing more to do

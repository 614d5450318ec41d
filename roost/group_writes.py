"""Writes handed in together go to the database together (group commit).

Thousands of sockets open or close at once after a deploy or a network cut. Written one by
one, each one's row is a statement and a round trip. A :class:`GroupWrites` makes one call
of its ``write`` for everything handed in while the previous call ran; each caller still
waits until its own item was written, and learns whether it was.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")

#: Items per write at most.
MOST = 1000


class GroupWrites(Generic[T]):
    """One ``write(items)`` for every item handed in while the previous one ran (at most
    :data:`MOST` items a call: a statement's parameters are bounded)."""

    def __init__(
        self, write: Callable[[list[T]], Awaitable[object]], log: logging.Logger, failure: str
    ) -> None:
        self._write = write
        self._log = log
        #: What the log says when a write fails (the callers learn it from ``False``).
        self._failure = failure
        self._waiting: list[tuple[T, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def __call__(self, item: T) -> bool:
        """Write ``item`` with the others handed in meanwhile; whether it was written."""
        written = asyncio.get_running_loop().create_future()
        self._waiting.append((item, written))
        if self._writer is None:
            # A context of its own: the writer outlives the caller that started it, and
            # must not keep that caller's context variables (roost.ws_release).
            self._writer = asyncio.create_task(self._write_all(), context=contextvars.Context())
        return await asyncio.shield(written)

    async def _write_all(self) -> None:
        batch: list[tuple[T, asyncio.Future[bool]]] = []
        try:
            while self._waiting:
                batch, self._waiting = self._waiting[:MOST], self._waiting[MOST:]
                try:
                    await self._write([item for item, _ in batch])
                    done = True
                except Exception:
                    self._log.exception(self._failure)
                    done = False
                _settle(batch, done)
                batch = []
        finally:
            # Cancelled (the application stops): nobody waits for ever.
            _settle(batch + self._waiting, False)
            self._waiting = []
            self._writer = None


def _settle(batch: list[tuple[T, asyncio.Future[bool]]], done: bool) -> None:
    for _, written in batch:
        if not written.done():
            written.set_result(done)

"""What the ``inboxUpdates`` subscribers woken by one event read, once for all of them.

An inbox event wakes every subscriber of its channels in this process with the same
decoded payload (``subscriptions.hub``). Instead of each reading the thread and its read
marker, the first to ask reads the thread once (each then decides from memory whether it
may see it, :func:`resolvers.scope.in_scope`), and the markers of all woken subscribers
are read in one batch. Only the badge (each reader's own unread total) stays one
statement per subscriber. Reads are kept for the last :data:`KEPT` events only.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Sequence
from functools import partial
from typing import Any

from strawberry.dataloader import DataLoader

from models import ReadMarker, Thread

#: Events whose reads are kept (subscribers of one event are woken together).
KEPT = 64


class EventReads:
    """The reads of one inbox event about ``thread_id``."""

    def __init__(self, thread_id: int) -> None:
        self.thread_id = thread_id
        self._thread: asyncio.Future[Thread | None] | None = None
        #: Read markers (last seq read) of the thread, by user id (not a method of this
        #: object: the loader would keep it, a reference cycle for the collector).
        self.markers: DataLoader[int, int] = DataLoader(load_fn=partial(_markers, thread_id))

    async def thread(self) -> Thread | None:
        """The thread as it is now, read once (shared: read it, never change it)."""
        if self._thread is None:
            self._thread = asyncio.ensure_future(Thread.get_or_none(id=self.thread_id))
        return await asyncio.shield(self._thread)


_KEPT: OrderedDict[int, tuple[dict[str, Any], EventReads]] = OrderedDict()


def reads_of(event: dict[str, Any]) -> EventReads:
    """The shared reads of ``event`` (the payload object every woken subscriber got)."""
    kept = _KEPT.get(id(event))
    if kept is not None and kept[0] is event:
        return kept[1]
    reads = EventReads(int(event.get("thread") or 0))
    _KEPT[id(event)] = (event, reads)  # the payload is kept too, so its id stays its own
    while len(_KEPT) > KEPT:
        _KEPT.popitem(last=False)
    return reads


async def _markers(thread_id: int, user_ids: Sequence[int]) -> list[int]:
    rows = await ReadMarker.filter(thread_id=thread_id, user_id__in=list(user_ids))
    read = {row.user_id: row.last_read_seq for row in rows}
    return [read.get(user_id, 0) for user_id in user_ids]

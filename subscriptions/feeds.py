"""One read per event, not per subscriber: the messages of the threads that this process's
subscribers follow, read from the database once and shared by all of them.

A wake-up event says up to which sequence number a thread has grown. The first follower
woken asks its thread's feed for what is new; the feed reads it once (with the authors),
and every other follower woken by the same event finds it already there. An event of a
new message may carry the message itself (:func:`carried`, small enough for every
pub/sub backend): when it directly follows what the feed holds, the feed takes it from the
event (:meth:`ThreadFeed.offer`) and reads nothing. Followers decide
from memory what they may see (:func:`resolvers.scope.in_scope` with the thread's parties,
kept current by the events themselves). A feed holds only the latest messages and lives
only while somebody follows its thread; replays from further back read the database.
"""

from __future__ import annotations

import asyncio
from bisect import bisect_right
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from weakref import WeakKeyDictionary

from models import Audience, Message, Role, User
from subscriptions.hub import Hub

#: Messages a feed keeps, newest last.
KEPT = 256
#: Messages read at once.
BATCH = 200


#: The largest body (in UTF-8 bytes) an event carries with its message: the whole event
#: must stay within PostgreSQL's NOTIFY limit of 8,000 bytes.
CARRIED_BODY_BYTES = 4000

#: The message's columns an event carries.
_CARRIED = (
    "id",
    "thread_id",
    "seq",
    "public_seq",
    "author_id",
    "kind",
    "visibility",
    "body",
    "client_message_id",
    "question_id",
    "created_at",
)


def carried(message: Message, author: User | None) -> dict[str, Any] | None:
    """``message`` as its thread event carries it to the feeds, with what followers show of
    its author (name and side); ``None`` when its body is too large to carry."""
    if len(message.body.encode()) > CARRIED_BODY_BYTES:
        return None
    record = {column: getattr(message, column) for column in _CARRIED}
    if author is not None:
        record["author"] = [author.name, author.role, author.organisation_id]
    return record


def message_from(record: dict[str, Any]) -> Message:
    """The message an event carries (see :func:`carried`), as read from the database."""
    fields = Message._meta.fields_map
    message = Message(
        **{column: fields[column].to_python_value(record[column]) for column in _CARRIED}
    )
    message._saved_in_db = True
    author = record.get("author")
    if author is not None:
        name, role, organisation_id = author
        message._author = User(  # type: ignore[attr-defined]
            id=record["author_id"], name=name, role=Role(role), organisation_id=organisation_id
        )
    else:
        message._author = None  # type: ignore[attr-defined]
    return message


async def read_messages(thread_id: int, after_seq: int, limit: int = BATCH) -> list[Message]:
    """Messages of a thread after a staff sequence number, every visibility, with authors."""
    return list(
        await Message.filter(thread_id=thread_id, seq__gt=after_seq)
        .select_related("author")
        .order_by("seq")
        .limit(limit)
    )


class ThreadFeed:
    """The latest messages of one thread, as read once for all of its followers."""

    __slots__ = (
        "_forgotten_for",
        "_lock",
        "_messages",
        "_read_upto",
        "_seqs",
        "followers",
        "thread_id",
    )

    def __init__(self, thread_id: int) -> None:
        self.thread_id = thread_id
        self.followers = 0
        self._messages: list[Message] = []
        self._seqs: list[int] = []
        #: Every message up to this staff sequence number has been read (or is older
        #: than what the feed keeps); None until the first read.
        self._read_upto: int | None = None
        self._lock = asyncio.Lock()
        self._forgotten_for: object = None

    async def since(self, after_seq: int, upto: int) -> list[Message]:
        """Messages after staff seq ``after_seq``, knowing the thread has reached ``upto``."""
        async with self._lock:
            if self._read_upto is None or self._read_upto < upto:
                await self._read(upto)
        if not self._seqs or after_seq < self._seqs[0] - 1:
            return await read_messages(self.thread_id, after_seq)  # older than kept
        start = bisect_right(self._seqs, after_seq)
        return self._messages[start : start + BATCH]

    async def replay_after(self, last: int, seen_by: Audience, upto: int) -> list[Message] | None:
        """The messages ``seen_by`` numbers after ``last`` (every visibility: the caller
        filters by scope), when the feed keeps all of them up to the staff sequence number
        ``upto``; ``None`` when the caller must read the database. The first follower that
        needs what the feed lacks (at most what it keeps) reads it for all of them, the
        others find it kept."""
        kept = None if self._lock.locked() else self._kept(last, seen_by, upto)
        if kept is not None or upto - last > KEPT:
            return kept
        async with self._lock:
            kept = self._kept(last, seen_by, upto)
            if kept is None:
                rows = await read_messages(self.thread_id, last, KEPT)
                if len(rows) == KEPT:
                    return None  # more than the feed keeps
                self._messages, self._seqs = rows, [message.seq for message in rows]
                self._read_upto = max([upto, *self._seqs])
                kept = self._kept(last, seen_by, upto)
        return kept

    def _kept(self, last: int, seen_by: Audience, upto: int) -> list[Message] | None:
        if self._read_upto is None or self._read_upto < upto:
            return None
        if seen_by is Audience.STAFF:
            visible = self._messages
        else:
            visible = [message for message in self._messages if message.public_seq is not None]
        if not visible or visible[0].seq_for(seen_by) > last + 1:
            return None  # older messages it needs are not kept
        return [message for message in visible if message.seq_for(seen_by) > last]

    def offer(self, event: dict[str, Any]) -> None:
        """Keep the message ``event`` carries when it directly follows what the feed holds
        (and no read is under way): followers then find it without reading."""
        record = event.get("message")
        if not isinstance(record, dict) or self._lock.locked():
            return
        seq = record.get("seq")
        if not isinstance(seq, int):
            return
        if self._read_upto is None:
            self._read_upto = seq - 1  # as a first read would start: from the newest
        if seq != self._read_upto + 1:
            return
        message = message_from(record)
        self._messages = [*self._messages[-(KEPT - 1) :], message]
        self._seqs = [kept.seq for kept in self._messages]
        self._read_upto = message.seq

    def forget(self, event: object) -> None:
        """Drop what the feed keeps, once per ``event`` (a resync, or messages of the thread
        rewritten, e.g. by an erasure): later reads come from the database again."""
        if event is self._forgotten_for:
            return
        self._forgotten_for = event
        self._messages, self._seqs, self._read_upto = [], [], None

    async def _read(self, upto: int) -> None:
        start = self._read_upto if self._read_upto is not None else upto - 1
        rows = await read_messages(self.thread_id, start, BATCH)
        self._messages = (self._messages + rows)[-KEPT:]
        self._seqs = [message.seq for message in self._messages]
        self._read_upto = self._seqs[-1] if rows else max(start, upto)


class Feeds:
    """The feeds of one process, by thread."""

    def __init__(self) -> None:
        self._feeds: dict[int, ThreadFeed] = {}

    @asynccontextmanager
    async def follow(self, thread_id: int) -> AsyncIterator[ThreadFeed]:
        """``async with feeds.follow(thread):`` the thread's feed, dropped with its last
        follower."""
        feed = self._feeds.setdefault(thread_id, ThreadFeed(thread_id))
        feed.followers += 1
        try:
            yield feed
        finally:
            feed.followers -= 1
            if feed.followers == 0 and self._feeds.get(thread_id) is feed:
                del self._feeds[thread_id]


_FEEDS: WeakKeyDictionary[Hub, Feeds] = WeakKeyDictionary()


def feeds_of(hub: Hub) -> Feeds:
    """The feeds of the process that ``hub`` serves."""
    if hub not in _FEEDS:
        _FEEDS[hub] = Feeds()
    return _FEEDS[hub]

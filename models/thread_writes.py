"""The statements that post a message, written once as raw SQL for the hot path of
``sendMessage`` (SQLite and PostgreSQL, ``?`` placeholders).

Each replaces a read followed by a write of the ORM with one statement that does both: the
thread hands out its next numbers and returns itself, the message is inserted unless its
``clientMessageId`` was used already, and a reader's marker moves forward together with
the reader's tally (:mod:`models.tallies`) without reading it first. On PostgreSQL the
message is inserted by the statement that numbers it, and the author's marker and tally
move with the thread's tallies in one statement: a send holds its thread's row lock for
fewer round trips.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from tortoise.transactions import in_transaction

from models.sql import CarriedWrite, Write, execute, is_postgres, returning
from models.tallies import (
    READER_TALLY_UPSERT,
    TALLY_SHARDS,
    THREAD_TALLY_UPSERT,
    Reader,
    add_sums,
    in_party_scope,
    party_scope,
    thread_keys_sql,
    thread_sums,
)
from models.threads import Audience, Message, Thread


def _columns(model: type[Thread] | type[Message]) -> str:
    return ", ".join(f'"{column}"' for column in model._meta.fields_db_projection.values())


@lru_cache(maxsize=32)
def _numbering(public: bool, answered: bool, guard: str | None = None) -> str:
    """The thread takes its next numbers; ``guard``: only a thread whose row (as it was)
    meets that condition, whose values follow the thread's id."""
    changes = ["last_seq = last_seq + 1", "last_activity_at = ?"]
    if public:
        changes += ["last_public_seq = last_public_seq + 1", "last_public_activity_at = ?"]
    if answered:
        changes.append(
            "first_responded_at = CASE WHEN first_response_due_at IS NULL "
            "THEN first_responded_at ELSE COALESCE(first_responded_at, ?) END"
        )
    where = "id = ?" if guard is None else f"id = ? AND {guard}"
    return f"UPDATE thread SET {', '.join(changes)} WHERE {where} RETURNING {_columns(Thread)}"


def _numbers(public: bool, answered: bool, now: datetime, thread_id: int) -> list[object]:
    """The values of :func:`_numbering`'s statement."""
    values: list[object] = [now]
    if public:
        values.append(now)
    if answered:
        values.append(now)
    return [*values, thread_id]


async def _take_numbers(
    thread_id: int, *, public: bool, now: datetime, answered: bool
) -> Thread | None:
    """Give ``thread_id``'s next sequence numbers to a new message and return the thread as
    stored now (``None``: no such thread)."""
    rows = await returning(_numbering(public, answered), _numbers(public, answered, now, thread_id))
    return Thread._init_from_db(**rows[0]) if rows else None


#: The message's columns the thread's numbers give, then those of its own (:class:`Posted`).
_NUMBERED_FIELDS = ("thread_id", "seq", "public_seq")
_OWN_FIELDS = (
    "author_id",
    "kind",
    "visibility",
    "body",
    "client_message_id",
    "question_id",
    "created_at",
)
_MESSAGE_FIELDS = _NUMBERED_FIELDS + _OWN_FIELDS
_CONFLICT = "ON CONFLICT (author_id, client_message_id) DO NOTHING"


@dataclass(frozen=True)
class Posted:
    """What a new message says itself (the thread's numbers give it the rest)."""

    author_id: int | None
    kind: str
    visibility: str
    body: str
    client_message_id: str | None
    now: datetime

    def values(self) -> list[object]:
        """The values of :data:`_OWN_FIELDS`, in order."""
        own = (self.author_id, str(self.kind), str(self.visibility), self.body)
        return [*own, self.client_message_id, None, self.now]


@lru_cache(maxsize=1)
def _message_insert() -> str:
    return (
        f"INSERT INTO message ({', '.join(_MESSAGE_FIELDS)}) "
        f"VALUES ({', '.join('?' for _ in _MESSAGE_FIELDS)}) {_CONFLICT} "
        f"RETURNING {_columns(Message)}"
    )


async def _insert_message(thread: Thread, public: bool, posted: Posted) -> Message | None:
    numbers = [thread.id, thread.last_seq, thread.last_public_seq if public else None]
    rows = await returning(_message_insert(), [*numbers, *posted.values()])
    return Message._init_from_db(**rows[0]) if rows else None


#: The prefix of the message's columns in :func:`_posting`'s row.
_POSTED = "message."


#: What PostgreSQL's statements that post a message answer: one row holds both (and
#: ``{more}`` columns).
_BOTH = "SELECT *{more} FROM numbered LEFT JOIN posted ON TRUE"


def _posting(public: bool, answered: bool) -> str:
    """PostgreSQL's one statement for :func:`post_message`."""
    return f"{_posting_steps(public, answered)} {_BOTH.format(more='')}"


@lru_cache(maxsize=32)
def _posting_steps(public: bool, answered: bool, guard: str | None = None) -> str:
    """The ``WITH`` of PostgreSQL's statements that post a message: the thread takes its
    numbers (``numbered``), the message takes them (``posted``; no message without the
    thread). With a ``guard`` (:func:`_numbering`) the statement runs alone, with no
    transaction to roll back: a used ``clientMessageId`` fails it whole instead of
    inserting nothing, so it never keeps a number without its message."""
    fields = Message._meta.fields_map
    own = ", ".join(
        f"CAST(? AS {fields[name].get_for_dialect('postgres', 'SQL_TYPE')})" for name in _OWN_FIELDS
    )
    numbered = f"id, last_seq, {'last_public_seq' if public else 'NULL'}"
    columns = Message._meta.fields_db_projection.values()
    aliased = ", ".join(f'"{column}" AS "{_POSTED}{column}"' for column in columns)
    return (
        f"WITH numbered AS ({_numbering(public, answered, guard)}), "
        f"posted AS (INSERT INTO message ({', '.join(_MESSAGE_FIELDS)}) "
        f"SELECT {numbered}, {own} FROM numbered{' ' + _CONFLICT if guard is None else ''} "
        f"RETURNING {aliased})"
    )


async def post_message(
    thread_id: int, posted: Posted, *, public: bool, answered: bool = False
) -> tuple[Thread | None, Message | None]:
    """Give ``thread_id``'s next sequence numbers to a new message and insert it: the thread
    as stored now (``None``: no such thread) and the message (``None``: its author sent
    one with this ``client_message_id`` already). Inside the message's transaction, which
    a refusal rolls back; one statement on PostgreSQL, two on SQLite.

    The UPDATE takes the thread's row lock until commit, so concurrent senders get 1, 2, 3…
    with no gap, and a rolled-back send gives its number back. A message for everyone
    (``public``) also takes the parties' next number and moves their last activity; an
    INTERNAL note moves only the service team's. ``answered``: the service team's answer
    stops the first-response clock, if it runs and was not stopped yet.
    """
    if not is_postgres():
        thread = await _take_numbers(thread_id, public=public, now=posted.now, answered=answered)
        if thread is None:
            return None, None
        return thread, await _insert_message(thread, public, posted)
    numbers = _numbers(public, answered, posted.now, thread_id)
    rows = await returning(_posting(public, answered), [*numbers, *posted.values()])
    if not rows:
        return None, None
    return _split(rows[0])


def _split(row: dict[str, Any]) -> tuple[Thread, Message | None]:
    """The thread and the message (``None``: not inserted) of :func:`_posting`'s row."""
    thread_row: dict[str, Any] = {}
    message_row: dict[str, Any] = {}
    for column, value in row.items():
        if column.startswith(_POSTED):
            message_row[column.removeprefix(_POSTED)] = value
        else:
            thread_row[column] = value
    message = Message._init_from_db(**message_row) if message_row["id"] is not None else None
    return Thread._init_from_db(**thread_row), message


#: The reader's marker on a thread before it moves (0 without one): its ``seen`` column.
_SEEN = (
    "SELECT COALESCE(MAX(last_read_seq), 0) AS seen FROM read_marker "
    "WHERE user_id = ? AND thread_id = ?"
)
#: What the marker moves by, added to the reader's tally; ``{seen}`` is :data:`_SEEN`'s row.
_READER_ADDS = READER_TALLY_UPSERT.format(
    rows="SELECT CAST(? AS INTEGER), ? - seen FROM {seen} WHERE ? > seen"
)
#: The same, on its own (:func:`advance_marker`).
_READER_TALLY = _READER_ADDS.format(seen=f"({_SEEN}) AS marker")
#: The upsert that moves a marker forward; ``{rows}`` gives ``(user, thread, seq, at)``.
_MARKER_UPSERT = (
    "INSERT INTO read_marker (user_id, thread_id, last_read_seq, read_at) "
    "{rows} ON CONFLICT (user_id, thread_id) DO UPDATE SET "
    "last_read_seq = excluded.last_read_seq, read_at = excluded.read_at "
    "WHERE read_marker.last_read_seq < excluded.last_read_seq"
)
_MARKER = _MARKER_UPSERT.format(rows="VALUES (?, ?, ?, ?)")


async def advance_marker(
    user_id: int, thread_id: int, upto: int, *, counted: bool, now: datetime
) -> None:
    """Move ``user_id``'s marker on ``thread_id`` forward to ``upto`` (never back), and when
    ``counted`` (the thread is in the reader's party scope) add what it moved by to the
    reader's tally: two statements, no read.

    Call inside a transaction holding the thread's row lock, taken before: every marker
    change of a thread happens under that lock, so the marker the tally statement reads is
    the one the second statement replaces.
    """
    if upto <= 0:
        return
    if counted:
        await execute(_READER_TALLY, [user_id, upto, user_id, thread_id, upto])
    await execute(_MARKER, [user_id, thread_id, upto, now])


@lru_cache(maxsize=2)
def _counting(counted: bool) -> str:
    """PostgreSQL's one statement for :func:`count_message`, after its ``WITH``: the marker
    as it was, the marker moved, the reader's tally (when ``counted``), then the thread
    tallies, which wait for the reader's tally (they read its result): rows are locked in
    the order every writer takes them."""
    sums = (
        "SELECT key, shard, public_total, staff_total FROM unnest(CAST(? AS VARCHAR[]), "
        "CAST(? AS SMALLINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) WITH ORDINALITY "
        "AS sums(key, shard, public_total, staff_total, n)"
    )
    reader = ""
    if counted:
        reader = f", reader AS ({_READER_ADDS.format(seen='marker')} RETURNING user_id)"
        sums += " CROSS JOIN (SELECT COUNT(*) FROM reader) AS after_reader"
    return f"marker AS ({_SEEN}), moved AS ({_MARKER}){reader} " + THREAD_TALLY_UPSERT.format(
        rows=f"{sums} ORDER BY n"
    )


async def count_message(
    thread: Thread,
    *,
    public: bool,
    reader_id: int | None,
    upto: int,
    counted: bool,
    now: datetime,
    along: CarriedWrite | None = None,
) -> None:
    """A message took ``thread``'s last numbers: the sums of its keys grow (both audiences'
    when ``public``, the service team's only otherwise) and its author ``reader_id``, if
    any, has read the thread up to ``upto`` (:func:`advance_marker`, ``counted`` as there).
    ``along``: another write of the message's transaction whose result nobody reads (its
    notice job), run with them.

    Last in the message's transaction, under the thread's row lock. One statement on
    PostgreSQL; on SQLite, which runs one writer at a time, ``along``, then those of
    :func:`advance_marker` and :func:`models.tallies.add_sums`.
    """
    sums = thread_sums(thread, public=int(public), staff=1)
    if reader_id is None or upto <= 0 or not is_postgres():
        if along is not None:
            await execute(*along())
        if reader_id is not None:
            await advance_marker(reader_id, thread.id, upto, counted=counted, now=now)
        await add_sums(sums)
        return
    carried = along() if along is not None else None
    first, before = (f"along AS ({carried[0]}), ", carried[1]) if carried else ("", [])
    seen = [reader_id, thread.id]
    moved = [reader_id, thread.id, upto, now]
    reader = [reader_id, upto, upto] if counted else []
    columns = [[row[i] for row in sums] for i in range(4)]
    await execute(f"WITH {first}{_counting(counted)}", [*before, *seen, *moved, *reader, *columns])


@dataclass(frozen=True)
class Counting:
    """How :func:`post_and_count` counts a new message as :func:`count_message` does: its
    author (``None``: no account), who has read the thread up to it, and the message's
    other write (its notice job)."""

    reader_id: int | None
    reader: Reader | None
    along: CarriedWrite


#: The column of :func:`_posted_and_counted`'s row that says the message was counted.
_TALLIED = "tallied"


@lru_cache(maxsize=64)
def _posted_and_counted(
    public: bool,
    answered: bool,
    along: str,
    staff: bool,
    scope: tuple[str, ...] | None,
    guard: str | None,
) -> str:
    """:func:`_posting`, then :func:`count_message`'s writes in the same statement, their
    numbers read from the message it inserted (none without one): the notice job, the
    author's marker (``staff``: the author reads the service team's numbers), the
    author's tally (``scope``: the thread columns one of which puts the thread in the
    author's scope, ``None``: every thread), then the thread tallies of the keys its party
    columns give, in the order every writer locks them. ``along``: the notice job's insert,
    written only with the message (``only_with="counting"``). ``guard``: see
    :func:`_posting_steps`.

    The statement reads the author's marker as it was when it started, before it waited
    for the thread's row lock: the marker moves only if it still holds that value (it moves
    only under that lock), and the tallies only if it moved; else nothing is counted (the
    ``tallied`` column is false) and :func:`count_message` counts it after."""
    upto = '"message.seq"' if staff else 'COALESCE("message.public_seq", "message.seq")'
    moved = _MARKER_UPSERT.format(
        rows="SELECT CAST(? AS INTEGER), id, upto, CAST(? AS TIMESTAMPTZ) FROM counting"
    )
    moved += " AND read_marker.last_read_seq = (SELECT seen FROM marker) RETURNING 1"
    reader, after_reader = "", ""
    if scope is None or scope:
        within = " OR ".join(f'counting."{path}" = ?' for path in scope or ()) or "TRUE"
        rows = (
            "SELECT CAST(? AS INTEGER), upto - seen FROM counting, marker "
            f"WHERE upto > seen AND ({within}) AND EXISTS (SELECT FROM moved)"
        )
        reader = f", reader AS ({READER_TALLY_UPSERT.format(rows=rows)} RETURNING user_id)"
        after_reader = " CROSS JOIN (SELECT COUNT(*) FROM reader) AS after_reader"
    sums = (
        "SELECT party.key, CAST(? AS SMALLINT), CAST(? AS BIGINT), CAST(? AS BIGINT) "
        f"FROM counting CROSS JOIN unnest({thread_keys_sql('counting')}) AS party(key)"
        f"{after_reader} WHERE party.key IS NOT NULL AND EXISTS (SELECT FROM moved) "
        'ORDER BY party.key COLLATE "C"'
    )
    return (
        _posting_steps(public, answered, guard)
        + f", counting AS (SELECT numbered.*, {upto} AS upto FROM numbered, posted), "
        f"along AS ({along}), marker AS ({_SEEN}), moved AS ({moved}){reader}, "
        f"tallied AS ({THREAD_TALLY_UPSERT.format(rows=sums)} RETURNING 1) "
        + _BOTH.format(more=f', EXISTS (SELECT FROM tallied) AS "{_TALLIED}"')
    )


def counted_at_once(counting: Counting) -> bool:
    """Whether :func:`post_and_count` posts and counts in one statement: on PostgreSQL, for
    an author with an account."""
    return counting.reader_id is not None and counting.reader is not None and is_postgres()


async def post_and_count(
    thread_id: int,
    posted: Posted,
    *,
    public: bool,
    answered: bool,
    counting: Counting,
    guard: Write | None = None,
) -> tuple[Thread | None, Message | None]:
    """:func:`post_message`, then :func:`count_message` with ``counting`` for the message
    (none when there is none). On PostgreSQL one statement does both, for an author: a
    send's round trip fewer. Call inside the message's transaction; what the caller writes
    after it (attachments, a reopened thread's routing) locks no tally row, so every writer
    still locks the thread, readers, then tallies.

    ``guard`` (only when :func:`counted_at_once`): the condition on the thread's row as it
    was, and its values, under which the message is posted; then the statement runs alone,
    outside any transaction (``None, None``: no thread meets it, nothing was written), and
    a used ``clientMessageId`` raises :class:`IntegrityError` with nothing written."""
    reader = counting.reader
    along: CarriedWrite | None = counting.along
    if counted_at_once(counting):
        scope = party_scope(reader)
        staff = Audience.of(reader.role) is Audience.STAFF
        paths = None if scope is None else tuple(path for path, _ in scope)
        condition, given = guard if guard is not None else (None, [])
        carried = counting.along(only_with="counting")  # written only with the message
        text = _posted_and_counted(public, answered, carried[0], staff, paths, condition)
        adds = [] if scope == () else [counting.reader_id, *(value for _, value in scope or ())]
        values = [
            *_numbers(public, answered, posted.now, thread_id),
            *given,
            *posted.values(),
            *carried[1],
            *(counting.reader_id, thread_id, counting.reader_id, posted.now),
            *adds,
            *(thread_id % TALLY_SHARDS, int(public), 1),
        ]
        rows = await returning(text, values)
        if not rows:
            return None, None
        row = dict(rows[0])
        tallied = row.pop(_TALLIED)
        thread, message = _split(row)
        if message is None or tallied:
            return thread, message
        if guard is not None:
            await _count_alone(thread, message, counting.reader_id, reader, posted.now)
            return thread, message
        along = None  # written; the author's marker moved while the statement waited
    else:
        thread, message = await post_message(thread_id, posted, public=public, answered=answered)
        if thread is None or message is None:
            return thread, message
    await count_posted(thread, message, counting.reader_id, reader, posted.now, along)
    return thread, message


async def _count_alone(
    thread: Thread, message: Message, reader_id: int, reader: Reader, now: datetime
) -> None:
    """:func:`count_posted` after a statement that ran alone and counted nothing (the
    author's marker moved while it waited), in a transaction of its own that first locks
    the thread: every marker change of a thread happens under its row lock. The sums go to
    the keys ``thread`` had when it took the numbers (a change of its parties since moved
    them with the rest of its numbers); the author's tally grows if the thread is in their
    scope now."""
    async with in_transaction():
        now_held = await Thread.filter(id=thread.id).select_for_update().get()
        await count_posted(thread, message, reader_id, reader, now, held=now_held)


async def count_posted(
    thread: Thread,
    message: Message,
    reader_id: int | None,
    reader: Reader | None,
    now: datetime,
    along: CarriedWrite | None = None,
    held: Thread | None = None,
) -> None:
    """:func:`count_message` for a message its author (``reader``, ``None``: no account)
    has just posted: they have read the thread up to it. ``held``: the thread as read
    under its row lock, when its parties may have changed since ``thread`` was."""
    await count_message(
        thread,
        public=message.public_seq is not None,
        reader_id=reader_id,
        upto=message.seq_for(Audience.of(reader.role)) if reader is not None else 0,
        counted=reader is not None and in_party_scope(held or thread, reader),
        now=now,
        along=along,
    )

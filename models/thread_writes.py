"""The statements that post a message, written once as raw SQL for the hot path of
``sendMessage`` (SQLite and PostgreSQL, ``?`` placeholders).

Each replaces a read followed by a write of the ORM with one statement that does both: the
thread hands out its next numbers and returns itself, the message is inserted unless its
``clientMessageId`` was used already, and a reader's marker moves forward together with
the reader's tally (:mod:`models.tallies`) without reading it first.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from models.sql import execute, returning
from models.threads import Message, Thread


def _columns(model: type[Thread] | type[Message]) -> str:
    return ", ".join(f'"{column}"' for column in model._meta.fields_db_projection.values())


@lru_cache(maxsize=4)
def _numbering(public: bool, answered: bool) -> str:
    changes = ["last_seq = last_seq + 1", "last_activity_at = ?"]
    if public:
        changes += ["last_public_seq = last_public_seq + 1", "last_public_activity_at = ?"]
    if answered:
        changes.append(
            "first_responded_at = CASE WHEN first_response_due_at IS NULL "
            "THEN first_responded_at ELSE COALESCE(first_responded_at, ?) END"
        )
    return f"UPDATE thread SET {', '.join(changes)} WHERE id = ? RETURNING {_columns(Thread)}"


async def take_numbers(
    thread_id: int, *, public: bool, now: datetime, answered: bool = False
) -> Thread | None:
    """Give ``thread_id``'s next sequence numbers to a new message and return the thread as
    stored now (``None``: no such thread); one statement, inside the message's transaction.

    The UPDATE takes the thread's row lock until commit, so concurrent senders get 1, 2, 3…
    with no gap, and a rolled-back send gives its number back. A message for everyone
    (``public``) also takes the parties' next number and moves their last activity; an
    INTERNAL note moves only the service team's. ``answered``: the service team's answer
    stops the first-response clock, if it runs and was not stopped yet.
    """
    values: list[object] = [now]
    if public:
        values.append(now)
    if answered:
        values.append(now)
    rows = await returning(_numbering(public, answered), [*values, thread_id])
    return Thread._init_from_db(**rows[0]) if rows else None


_MESSAGE_FIELDS = (
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


@lru_cache(maxsize=1)
def _message_insert() -> str:
    return (
        f"INSERT INTO message ({', '.join(_MESSAGE_FIELDS)}) "
        f"VALUES ({', '.join('?' for _ in _MESSAGE_FIELDS)}) "
        f"ON CONFLICT (author_id, client_message_id) DO NOTHING RETURNING {_columns(Message)}"
    )


async def insert_message(
    thread: Thread,
    *,
    author_id: int | None,
    kind: str,
    visibility: str,
    body: str,
    client_message_id: str | None,
    now: datetime,
    public: bool,
) -> Message | None:
    """Insert the message that took ``thread``'s last numbers (see :func:`take_numbers`);
    ``None`` when its author already sent a message with this ``client_message_id``."""
    values = (
        thread.id,
        thread.last_seq,
        thread.last_public_seq if public else None,
        author_id,
        str(kind),
        str(visibility),
        body,
        client_message_id,
        None,
        now,
    )
    rows = await returning(_message_insert(), values)
    return Message._init_from_db(**rows[0]) if rows else None


@lru_cache(maxsize=1)
def _marker_statements() -> tuple[str, str]:
    tally = (
        "INSERT INTO reader_tally (user_id, read_total) SELECT CAST(? AS INTEGER), ? - seen FROM "
        "(SELECT COALESCE(MAX(last_read_seq), 0) AS seen FROM read_marker "
        "WHERE user_id = ? AND thread_id = ?) AS marker WHERE ? > seen "
        "ON CONFLICT (user_id) DO UPDATE SET "
        "read_total = reader_tally.read_total + excluded.read_total"
    )
    marker = (
        "INSERT INTO read_marker (user_id, thread_id, last_read_seq, read_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, thread_id) DO UPDATE SET "
        "last_read_seq = excluded.last_read_seq, read_at = excluded.read_at "
        "WHERE read_marker.last_read_seq < excluded.last_read_seq"
    )
    return tally, marker


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
    tally, marker = _marker_statements()
    if counted:
        await execute(tally, [user_id, upto, user_id, thread_id, upto])
    await execute(marker, [user_id, thread_id, upto, now])

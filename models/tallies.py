"""Unread counts that do not grow with the number of threads.

Each audience numbers a thread's messages on its own (see :class:`models.threads.Audience`),
and a reader's markers hold numbers of the reader's audience. So a reader's unread total
is the sum of its threads' last numbers minus the sum of its markers on them. Both sums
are kept as counters:

- :class:`ThreadTally`: per *party key* (``customer_id=7``, ``provider_id=2``, a pair of
  them, or ``*`` for every thread), the sums of the threads' last sequence numbers, both
  audiences, in shards (``thread_id % TALLY_SHARDS``) so that concurrent senders rarely
  wait on the same row. A new message adds 1 to the few keys of its thread: a constant
  number of rows, whatever the audience.
- :class:`ReaderTally`: per user, the sum of the user's markers on threads in scope.

The keys come from the thread party scope of the policy: a reader whose scope is the
union of several party conditions (a travel manager: the company's threads or their own)
sums them by inclusion and exclusion, so a thread in both counts once. Raw SQL lives here,
next to the models it reads, written once with ``?`` placeholders for both databases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Protocol

from tortoise import fields
from tortoise.models import Model

from models.policy import THREAD_PARTY_SCOPE, AllRows, Scope
from models.sql import execute as _execute
from models.threads import Audience, ReadMarker, Thread
from models.users import Role

if TYPE_CHECKING:
    from models.users import User

TALLY_SHARDS = 8
ALL_THREADS_KEY = "*"


class ThreadTally(Model):
    """Sums of the threads' last sequence numbers for one party key and shard."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=80)
    shard = fields.SmallIntField()
    public_total = fields.BigIntField(default=0)
    staff_total = fields.BigIntField(default=0)

    class Meta:
        table = "thread_tally"
        unique_together = (("key", "shard"),)

    def __str__(self) -> str:
        return f"{self.key}#{self.shard}: {self.public_total}/{self.staff_total}"


class ReaderTally(Model):
    """The sum of a user's read markers over the threads in the user's scope."""

    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="reader_tally", primary_key=True, on_delete=fields.CASCADE
    )
    user_id: int
    read_total = fields.BigIntField(default=0)

    class Meta:
        table = "reader_tally"

    def __str__(self) -> str:
        return f"user {self.user_id} read {self.read_total}"


class Reader(Protocol):
    """What the tallies need of a caller: its role and the attributes scopes compare."""

    @property
    def role(self) -> Role: ...


def _party_scopes(role: Role) -> tuple[Scope, ...] | AllRows:
    rule = THREAD_PARTY_SCOPE.get(role, ())
    if isinstance(rule, AllRows):
        return rule
    return tuple(c for c in rule if isinstance(c, Scope))


def _key(pairs: Iterable[tuple[str, object]]) -> str:
    return "&".join(f"{path}={value}" for path, value in sorted(pairs))


def _path_sets() -> tuple[tuple[str, ...], ...]:
    """Every combination of party columns some reader's scope needs a key for."""
    needed: set[tuple[str, ...]] = set()
    for role in Role:
        scopes = _party_scopes(role)
        if isinstance(scopes, AllRows):
            continue
        paths = sorted({s.path for s in scopes})
        for size in range(1, len(paths) + 1):
            needed.update(combinations(paths, size))
    return tuple(sorted(needed))


_PATH_SETS = _path_sets()


def thread_keys(thread: Thread) -> list[str]:
    """The party keys ``thread`` counts under (its non-empty party columns, and ``*``)."""
    keys = [ALL_THREADS_KEY]
    for paths in _PATH_SETS:
        values = [(path, getattr(thread, path)) for path in paths]
        if all(value is not None for _, value in values):
            keys.append(_key(values))
    return keys


def thread_keys_sql(row: str) -> str:
    """:func:`thread_keys` in SQL (PostgreSQL), of the thread columns of ``row``: an array
    holding each key, NULL for a key one of whose party columns is empty (``||`` gives
    NULL), in :func:`_key`'s order of columns."""
    columns = Thread._meta.fields_db_projection
    terms = [f"'{ALL_THREADS_KEY}'"]
    for paths in _PATH_SETS:
        terms.append(
            " || '&' || ".join(f"'{path}=' || {row}.\"{columns[path]}\"" for path in paths)
        )
    return f"ARRAY[{', '.join(terms)}]"


def reader_terms(reader: Reader) -> list[tuple[str, int]]:
    """The keys whose sums make up ``reader``'s threads, each with its sign."""
    scopes = _party_scopes(reader.role)
    if isinstance(scopes, AllRows):
        return [(ALL_THREADS_KEY, 1)]
    known = {(s.path, value) for s in scopes if (value := getattr(reader, s.principal)) is not None}
    terms: dict[str, int] = {}
    for size in range(1, len(known) + 1):
        for chosen in combinations(sorted(known), size):
            if len({path for path, _ in chosen}) == size:  # one value per column
                key = _key(chosen)
                terms[key] = terms.get(key, 0) + (1 if size % 2 else -1)
    return [(key, sign) for key, sign in terms.items() if sign]


#: The upsert that adds to thread tallies; ``{rows}`` gives the ``(key, shard, public,
#: staff)`` rows (``VALUES …`` or a ``SELECT``), in the order their rows are locked.
THREAD_TALLY_UPSERT = (
    "INSERT INTO thread_tally (key, shard, public_total, staff_total) {rows} "
    "ON CONFLICT (key, shard) DO UPDATE SET "
    "public_total = thread_tally.public_total + excluded.public_total, "
    "staff_total = thread_tally.staff_total + excluded.staff_total"
)

#: The upsert that adds to readers' tallies; ``{rows}`` gives the ``(user_id, added)`` rows.
READER_TALLY_UPSERT = (
    "INSERT INTO reader_tally (user_id, read_total) {rows} "
    "ON CONFLICT (user_id) DO UPDATE SET read_total = reader_tally.read_total + excluded.read_total"
)

#: What to add to one thread tally row: ``(key, shard, public, staff)``.
Sum = tuple[str, int, int, int]


def thread_sums(
    thread: Thread, public: int, staff: int, keys: Sequence[str] | None = None
) -> list[Sum]:
    """What a change of ``thread`` adds to the sums of its keys (all of them, or ``keys``),
    in the order every writer locks tally rows (:func:`add_sums`)."""
    chosen = keys if keys is not None else thread_keys(thread)
    return _in_lock_order({(key, thread.id % TALLY_SHARDS): (public, staff) for key in chosen})


def _in_lock_order(sums: dict[tuple[str, int], tuple[int, int]]) -> list[Sum]:
    return [(key, shard, *added) for (key, shard), added in sorted(sums.items()) if any(added)]


async def add_to_threads(
    thread: Thread, public: int, staff: int, keys: Sequence[str] | None = None
) -> None:
    """Add to the sums of ``thread``'s keys (inside the transaction that changed it)."""
    await add_sums(thread_sums(thread, public, staff, keys))


async def add_to_many_threads(additions: Sequence[tuple[Thread, int, int]]) -> None:
    """:func:`add_to_threads` for many ``(thread, public, staff)`` in one statement."""
    sums: dict[tuple[str, int], tuple[int, int]] = {}
    for thread, public, staff in additions:
        for key in thread_keys(thread):
            before = sums.get((key, thread.id % TALLY_SHARDS), (0, 0))
            sums[key, thread.id % TALLY_SHARDS] = (before[0] + public, before[1] + staff)
    await add_sums(_in_lock_order(sums))


async def add_sums(rows: Sequence[Sum]) -> None:
    """Add ``rows`` (from :func:`thread_sums`) to the thread tallies in one statement.

    Rows are touched in the order given, key order, so concurrent transactions never wait
    on each other in a cycle.
    """
    if not rows:
        return
    values = ", ".join("(?, ?, ?, ?)" for _ in rows)
    await _execute(
        THREAD_TALLY_UPSERT.format(rows=f"VALUES {values}"), [v for row in rows for v in row]
    )


async def add_to_reader(user_id: int, delta: int) -> None:
    """Add ``delta`` to what ``user_id`` has read over its threads."""
    if not delta:
        return
    await _execute(READER_TALLY_UPSERT.format(rows="VALUES (?, ?)"), [user_id, delta])


def unread_total_query(
    reader: Reader, user_id: int, audience: Audience
) -> tuple[str, list[str | int]] | None:
    """The SQL (``?`` placeholders) and values of one row, one column ``unread``: the
    reader's unread total before clamping at 0; ``None`` when the reader sees no thread.
    Run alone (:func:`unread_total_of`) or within another statement (the compiled inbox)."""
    terms = reader_terms(reader)
    if not terms:
        return None
    column = "staff_total" if audience is Audience.STAFF else "public_total"
    # Signs are ours (+1/-1), not input: literals keep the CASE an integer on PostgreSQL.
    cases = " ".join(f"WHEN ? THEN {sign}" for _, sign in terms)
    marks = ", ".join("?" for _ in terms)
    return (
        f"SELECT COALESCE(SUM(CASE key {cases} ELSE 0 END * {column}), 0) "
        "- COALESCE((SELECT read_total FROM reader_tally WHERE user_id = ?), 0) AS unread "
        f"FROM thread_tally WHERE key IN ({marks})",
        [*(key for key, _ in terms), user_id, *(key for key, _ in terms)],
    )


async def unread_total_of(reader: Reader, user_id: int, audience: Audience) -> int:
    """The reader's unread total: one statement, a few rows, whatever the thread count."""
    query = unread_total_query(reader, user_id, audience)
    if query is None:
        return 0
    rows = await _execute(*query)
    return max(0, int(rows[0]["unread"] if rows else 0))


def party_scope(reader: Reader) -> tuple[tuple[str, object], ...] | None:
    """The ``(thread column, value)`` pairs one of which puts a thread in ``reader``'s
    party scope; ``None`` when every thread is in it."""
    scopes = _party_scopes(reader.role)
    if isinstance(scopes, AllRows):
        return None
    return tuple(
        (s.path, value) for s in scopes if (value := getattr(reader, s.principal)) is not None
    )


def in_party_scope(thread: Thread, reader: Reader) -> bool:
    """Whether ``thread``'s party columns put it in ``reader``'s scope (in memory)."""
    pairs = party_scope(reader)
    return pairs is None or any(getattr(thread, path) == value for path, value in pairs)


async def move_thread(before: Thread, after: Thread) -> None:
    """Follow a change of ``before``'s parties to ``after`` (inside its transaction).

    Each reader with a marker on it whose scope it left (or entered) loses (or regains)
    that marker; then the thread's sums leave the keys it lost and join the keys it gained.
    Readers' rows before the tallies, in user order, as a send takes them: concurrent
    writers never wait on each other in a cycle.
    """
    markers = (
        await ReadMarker.filter(thread_id=after.id, last_read_seq__gt=0)
        .order_by("user_id")
        .values("user_id", "last_read_seq", "user__role", "user__organisation_id")
    )
    for row in markers:
        reader = _UserReader(Role(row["user__role"]), row["user_id"], row["user__organisation_id"])
        was, now = in_party_scope(before, reader), in_party_scope(after, reader)
        if was != now:
            await add_to_reader(reader.user_id, row["last_read_seq"] * (1 if now else -1))
    old, new = set(thread_keys(before)), set(thread_keys(after))
    await add_to_threads(before, -before.last_public_seq, -before.last_seq, sorted(old - new))
    await add_to_threads(after, after.last_public_seq, after.last_seq, sorted(new - old))


@dataclass(frozen=True)
class _UserReader:
    role: Role
    user_id: int
    organisation_id: int | None


async def rebuild() -> None:
    """Recount every tally from the threads and markers (after a migration or a repair)."""
    sums: dict[tuple[str, int], list[int]] = {}
    threads = {}
    async for thread in Thread.all().only(
        "id", "customer_id", "provider_id", "client_company_id", "last_seq", "last_public_seq"
    ):
        threads[thread.id] = thread
        for key in thread_keys(thread):
            row = sums.setdefault((key, thread.id % TALLY_SHARDS), [0, 0])
            row[0] += thread.last_public_seq
            row[1] += thread.last_seq
    read: dict[int, int] = {}
    markers = ReadMarker.filter(last_read_seq__gt=0).values(
        "thread_id", "user_id", "last_read_seq", "user__role", "user__organisation_id"
    )
    for row in await markers:
        reader = _UserReader(Role(row["user__role"]), row["user_id"], row["user__organisation_id"])
        if in_party_scope(threads[row["thread_id"]], reader):
            read[reader.user_id] = read.get(reader.user_id, 0) + row["last_read_seq"]
    await ThreadTally.all().delete()
    await ReaderTally.all().delete()
    await ThreadTally.bulk_create(
        [
            ThreadTally(key=key, shard=shard, public_total=public, staff_total=staff)
            for (key, shard), (public, staff) in sorted(sums.items())
        ]
    )
    await ReaderTally.bulk_create(
        [ReaderTally(user_id=user, read_total=total) for user, total in sorted(read.items())]
    )

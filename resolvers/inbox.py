"""Reading conversations: the inbox, unread counts, last messages, message pages.

Unread counts exclude the caller's own messages and messages outside the caller's scope
(INTERNAL notes for non-agents), because they count from the scoped message query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from operator import or_

from strawberry.dataloader import DataLoader
from tortoise.expressions import Q, RawSQL
from tortoise.functions import Count, Max

from models import Message, ReadMarker, Thread, ThreadStatus, Urgency
from models.threads import URGENCY_RANK
from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from resolvers.pagination import Page, paginate
from resolvers.principal import Principal
from resolvers.scope import scoped

#: Threads whose unread counts one statement computes.
_BATCH = 100


async def _read_upto(principal: Principal, thread_ids: Sequence[int]) -> dict[int, int]:
    markers = await ReadMarker.filter(
        user_id=principal.user_id, thread_id__in=list(thread_ids)
    ).values_list("thread_id", "last_read_seq")
    return dict(markers)


def _not_mine(principal: Principal) -> Q:
    return Q(author_id__isnull=True) | ~Q(author_id=principal.user_id)


async def unread_counts(principal: Principal, thread_ids: Sequence[int]) -> dict[int, int]:
    """Unread messages per thread for ``principal`` (two statements per batch)."""
    counts: dict[int, int] = {}
    for start in range(0, len(thread_ids), _BATCH):
        batch = list(thread_ids[start : start + _BATCH])
        read = await _read_upto(principal, batch)
        after = reduce(or_, (Q(thread_id=t, seq__gt=read.get(t, 0)) for t in batch))
        rows = (
            await scoped(Message, principal)
            .filter(after, _not_mine(principal))
            .group_by("thread_id")
            .annotate(unread=Count("id"))
            .values_list("thread_id", "unread")
        )
        counts.update(dict(rows))
    return counts


async def unread_total(principal: Principal) -> int:
    """The badge: unread messages over every thread ``principal`` may see."""
    threads = await scoped(Thread, principal).values_list("id", "last_seq")
    read = await _read_upto(principal, [t for t, _ in threads])
    candidates = [t for t, last in threads if last > read.get(t, 0)]
    return sum((await unread_counts(principal, candidates)).values())


class UnreadCountByThreadLoader(DataLoader[int, int]):
    """Unread counts of the caller, by thread id, in key order."""

    def __init__(self, principal: Principal) -> None:
        super().__init__(load_fn=self._load)
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[int]:
        counts = await unread_counts(self.principal, keys)
        return [counts.get(key, 0) for key in keys]


class LastMessageByThreadLoader(DataLoader[int, Message | None]):
    """The last message the caller may see, by thread id, in key order."""

    def __init__(self, principal: Principal) -> None:
        super().__init__(load_fn=self._load)
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[Message | None]:
        visible = scoped(Message, self.principal)
        last = dict(
            await visible.filter(thread_id__in=list(keys))
            .group_by("thread_id")
            .annotate(last=Max("seq"))
            .values_list("thread_id", "last")
        )
        if not last:
            return [None] * len(keys)
        rows = await Message.filter(reduce(or_, (Q(thread_id=t, seq=s) for t, s in last.items())))
        by_thread = {row.thread_id: row for row in rows}
        return [by_thread.get(key) for key in keys]


@dataclass(frozen=True)
class InboxQuery:
    """Filters on the inbox; ``None`` means no filter."""

    statuses: tuple[ThreadStatus, ...] | None = None
    urgencies: tuple[Urgency, ...] | None = None
    booking_id: int | None = None
    invoice_id: int | None = None


#: Urgent first. Literal SQL built from the enum, not ``Case(When(..., then=Value(0)))``:
#: PostgreSQL types bound parameters in a CASE as text, so asyncpg refuses the integers.
_URGENCY_RANK = RawSQL(
    'CASE "thread"."urgency" '
    + " ".join(f"WHEN '{urgency.value}' THEN {rank}" for urgency, rank in URGENCY_RANK.items())
    + f" ELSE {len(URGENCY_RANK)} END"
)


async def inbox(
    context: RequestContext, first: int, after: str | None, query: InboxQuery
) -> Page[Thread]:
    """The caller's threads: urgent first, then by last activity."""
    principal = context.require_principal()
    conditions = Q()
    if query.statuses:
        conditions &= Q(status__in=list(query.statuses))
    if query.urgencies:
        conditions &= Q(urgency__in=list(query.urgencies))
    if query.booking_id is not None:
        conditions &= Q(booking_id=query.booking_id)
    if query.invoice_id is not None:
        conditions &= Q(invoice_id=query.invoice_id)
    queryset = (
        scoped(Thread, principal)
        .filter(conditions)
        .annotate(urgency_rank=_URGENCY_RANK)
        .order_by("urgency_rank", "-last_activity_at", "-id")
    )
    return await paginate(queryset, first, after, context.settings.max_page_size)


async def thread_by_id(context: RequestContext, thread_id: int | None) -> Thread | None:
    """The thread if the caller may reach it."""
    if thread_id is None:
        return None
    return await context.loaders.load(Thread, thread_id)


@dataclass(frozen=True)
class MessagePage:
    """Messages in sequence order with the neighbours' existence."""

    rows: list[Message]
    has_next_page: bool
    has_previous_page: bool
    total_count: int


async def message_page(
    context: RequestContext,
    thread: Thread,
    first: int | None,
    after: int | None,
    last: int | None,
    before: int | None,
) -> MessagePage:
    """Messages of ``thread`` by sequence: ``first`` after a seq, or ``last`` before one."""
    principal = context.require_principal()
    limit = context.settings.max_page_size
    if first is not None and last is not None:
        raise BadUserInput("Give `first` or `last`, not both.", field="first")
    size = last if last is not None else first if first is not None else 50
    if not 0 <= size <= limit:
        raise BadUserInput(f"Page size must be between 0 and {limit}.", field="first")
    visible = scoped(Message, principal).filter(thread_id=thread.id)
    window = visible
    if after is not None:
        window = window.filter(seq__gt=after)
    if before is not None:
        window = window.filter(seq__lt=before)
    if last is not None:
        rows = list(reversed(await window.order_by("-seq").limit(size + 1)))
        more = len(rows) > size
        rows = rows[1:] if more else rows
        has_next = before is not None and await visible.filter(seq__gte=before).exists()
        return MessagePage(rows, has_next, more, await visible.count())
    rows = list(await window.order_by("seq").limit(size + 1))
    more = len(rows) > size
    rows = rows[:size]
    has_previous = after is not None and await visible.filter(seq__lte=after).exists()
    return MessagePage(rows, more, has_previous, await visible.count())

"""Reading conversations: the inbox, unread counts, last messages, message pages.

Each reader sees a thread in its audience's numbering (:class:`models.Audience`): the
service team counts every message, the parties only messages for everyone. Unread counts
are differences of those numbers and the reader's marker (the author's own messages move
their marker), and the badge comes from the tallies (``models/tallies.py``), so neither
grows with the number of threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import reduce
from operator import or_
from typing import Any

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from models import Audience, Message, ReadMarker, Thread, ThreadStatus, Urgency, tallies
from models.sla import SlaState
from models.threads import URGENCY_RANK
from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from resolvers.loaders import BatchLoader
from resolvers.pagination import (
    Page,
    PagePlan,
    Travel,
    Window,
    encode_cursor,
    page_of,
    plan_page,
)
from resolvers.principal import Principal
from resolvers.scope import scoped, scoped_under
from resolvers.work_views import team_unread_total, work_view_conditions
from roost.i18n import N_

#: A thread and the last sequence number the reader sees in it: what loaders key on.
ThreadSeq = tuple[int, int]


def audience(principal: Principal) -> Audience:
    """Which numbering ``principal`` sees."""
    return Audience.of(principal.role)


def seq_column(principal: Principal) -> str:
    """The message column holding the numbers ``principal`` sees."""
    return "seq" if audience(principal) is Audience.STAFF else "public_seq"


async def unread_counts(principal: Principal, threads: Sequence[ThreadSeq]) -> dict[int, int]:
    """Unread messages per thread for ``principal``: one statement for all of them."""
    if principal.user_id is None or not threads:
        return {}
    read = dict(
        await ReadMarker.filter(
            user_id=principal.user_id, thread_id__in=[t for t, _ in threads]
        ).values_list("thread_id", "last_read_seq")
    )
    return {thread: max(0, last - read.get(thread, 0)) for thread, last in threads}


async def unread_total(principal: Principal) -> int:
    """The badge: unread messages over every thread ``principal`` may see."""
    if principal.user_id is None:
        return 0
    return await tallies.unread_total_of(principal, principal.user_id, audience(principal))


def unread_total_query(principal: Principal) -> tuple[str, list[Any]] | None:
    """The badge's statement (``?`` placeholders; its one column ``unread`` is clamped at 0
    by the reader), to read within another; ``None``: the badge is 0."""
    if principal.user_id is None:
        return None
    return tallies.unread_total_query(principal, principal.user_id, audience(principal))


async def unread_total_of_team(context: RequestContext, team_key: str) -> int:
    """Unread messages of the caller over the threads assigned to team ``team_key``."""
    principal = context.require_principal()
    return await team_unread_total(principal, team_key, audience(principal))


def thread_seq(principal: Principal, thread: Thread) -> ThreadSeq:
    """The key of ``thread`` for the loaders below."""
    return thread.id, thread.last_seq_for(audience(principal))


class UnreadCountByThreadLoader(BatchLoader[ThreadSeq, int]):
    """Unread counts of the caller, by (thread id, last seq), in key order."""

    def __init__(self, principal: Principal) -> None:
        super().__init__()
        self.principal = principal

    async def _load(self, keys: Sequence[ThreadSeq]) -> list[int]:
        counts = await unread_counts(self.principal, keys)
        return [counts.get(thread, 0) for thread, _ in keys]


class LastMessageByThreadLoader(BatchLoader[ThreadSeq, Message | None]):
    """The last message the caller may see, by (thread id, last seq), in key order."""

    def __init__(self, principal: Principal) -> None:
        super().__init__()
        self.principal = principal

    async def _load(self, keys: Sequence[ThreadSeq]) -> list[Message | None]:
        column = seq_column(self.principal)
        wanted = [Q(thread_id=thread, **{column: seq}) for thread, seq in keys if seq > 0]
        if not wanted:
            return [None] * len(keys)
        rows = await scoped(Message, self.principal).filter(reduce(or_, wanted))
        by_thread = {row.thread_id: row for row in rows}
        return [by_thread.get(thread) for thread, _ in keys]


@dataclass(frozen=True)
class InboxQuery:
    """Filters on the inbox; ``None`` means no filter."""

    statuses: tuple[ThreadStatus, ...] | None = None
    urgencies: tuple[Urgency, ...] | None = None
    booking_id: int | None = None
    invoice_id: int | None = None
    #: The service team's work views (operators only): team, own, unassigned, SLA.
    team_key: str | None = None
    assigned_to_me: bool = False
    unassigned: bool = False
    sla_states: tuple[SlaState, ...] | None = None


#: Urgent first. Literal SQL built from the enum, not ``Case(When(..., then=Value(0)))``:
#: PostgreSQL types bound parameters in a CASE as text, so asyncpg refuses the integers.
_URGENCY_RANK = RawSQL(
    'CASE "thread"."urgency" '
    + " ".join(f"WHEN '{urgency.value}' THEN {rank}" for urgency, rank in URGENCY_RANK.items())
    + f" ELSE {len(URGENCY_RANK)} END"
)


#: Threads per inbox page when the client names no size.
INBOX_PAGE = 20


def inbox_threads(principal: Principal, query: InboxQuery) -> QuerySet[Thread]:
    """The threads of ``principal``'s inbox, filtered by ``query``, in inbox order: urgent
    first, then by last activity."""
    conditions = Q()
    if query.statuses:
        conditions &= Q(status__in=list(query.statuses))
    if query.urgencies:
        conditions &= Q(urgency__in=list(query.urgencies))
    if query.booking_id is not None:
        conditions &= Q(booking_id=query.booking_id)
    if query.invoice_id is not None:
        conditions &= Q(invoice_id=query.invoice_id)
    conditions &= work_view_conditions(principal, query, datetime.now(UTC))
    activity = (
        "last_activity_at" if audience(principal) is Audience.STAFF else "last_public_activity_at"
    )
    return (
        scoped(Thread, principal)
        .filter(conditions)
        .annotate(urgency_rank=_URGENCY_RANK)
        .order_by("urgency_rank", f"-{activity}", "-id")
    )


def inbox_page(context: RequestContext, window: Window, query: InboxQuery) -> PagePlan[Thread]:
    """How to read the caller's inbox page for ``window`` (refuses a bad window)."""
    window = window.sized(INBOX_PAGE)
    return plan_page(
        inbox_threads(context.require_principal(), query),
        window.first,
        window.after,
        context.settings.max_page_size,
        last=window.last,
        before=window.before,
    )


async def inbox(context: RequestContext, window: Window, query: InboxQuery) -> Page[Thread]:
    """The caller's threads: urgent first, then by last activity."""
    plan = inbox_page(context, window, query)
    return await plan.read(inbox_threads(context.require_principal(), query).count)


async def thread_by_id(context: RequestContext, thread_id: int | None) -> Thread | None:
    """The thread if the caller may reach it."""
    if thread_id is None:
        return None
    return await context.loaders.load(Thread, thread_id)


@dataclass(frozen=True)
class MessageWindow:
    """How to read one page of a thread's messages: the visible messages past the cursor in
    the direction of travel, the page size, the travel and the caller's seq column."""

    visible: QuerySet[Message]
    ordered: QuerySet[Message]
    size: int
    travel: Travel
    column: str


def message_window(
    context: RequestContext,
    thread: Any,
    first: int | None,
    after: int | None,
    last: int | None,
    before: int | None,
) -> MessageWindow:
    """Messages of ``thread`` (a thread the caller reaches, as read in this request: a
    model or its values by attribute) by the caller's sequence numbers: ``first`` after a
    seq, or ``last`` before one (the numbers are the keyset; cursors carry them too)."""
    principal = context.require_principal()
    limit = context.settings.max_page_size
    if first is not None and last is not None:
        raise BadUserInput(N_("Give `first` or `last`, not both."), field="first")
    size = last if last is not None else first if first is not None else 50
    if not 0 <= size <= limit:
        raise BadUserInput(
            N_("Page size must be between 0 and {most}."), {"most": limit}, field="first"
        )
    column = seq_column(principal)
    visible = scoped_under(Message, principal, "thread", thread)
    window = visible
    if after is not None:
        window = window.filter(**{f"{column}__gt": after})
    if before is not None:
        window = window.filter(**{f"{column}__lt": before})
    backwards = last is not None
    return MessageWindow(
        visible,
        window.order_by(f"-{column}" if backwards else column),
        size,
        Travel(backwards, from_cursor=(before if backwards else after) is not None),
        column,
    )


async def message_page(
    context: RequestContext,
    thread: Thread,
    first: int | None,
    after: int | None,
    last: int | None,
    before: int | None,
) -> Page[Message]:
    """A page of ``thread``'s messages (see :func:`message_window`)."""
    window = message_window(context, thread, first, after, last, before)
    seen_by = audience(context.require_principal())
    return await page_of(
        window.ordered,
        window.size,
        window.travel,
        cursor=lambda row: encode_cursor([row.seq_for(seen_by)]),
        count=window.visible.count,
    )

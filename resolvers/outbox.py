"""Writing to the outbox (inside the caller's transaction) and reading it (agents).

Rows are inserted with the change that causes them and carried out by the worker
(``roost/worker.py``), so an accepted change never loses its e-mail and a rejected one
never sends one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from models import OutboxItem, OutboxKind, OutboxStatus, Role, Thread, User
from models.sql import CarriedWrite
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.pagination import Page, paginate
from resolvers.scope import scoped
from roost.bulk_insert import insert_rows, insert_statement
from roost.i18n import N_


def thread_notice_key(thread_id: int, user_id: int) -> str:
    """The key that keeps one pending new-message notice per thread and user."""
    return f"thread-notice:{thread_id}:{user_id}"


async def _insert(rows: list[OutboxItem]) -> None:
    """Insert rows; a row whose ``dedup_key`` is taken is skipped (ON CONFLICT DO NOTHING)."""
    if rows:
        await OutboxItem.bulk_create(rows, ignore_conflicts=True)


async def enqueue_email(
    template: str,
    recipient_id: int,
    context: dict[str, Any],
    *,
    dedup_key: str | None = None,
    due_at: datetime | None = None,
) -> None:
    """Queue an e-mail from ``template`` to a user; call it inside the change's transaction."""
    row = email_row(template, recipient_id, context, dedup_key=dedup_key, due_at=due_at)
    await enqueue_rows([row])


def email_row(
    template: str,
    recipient_id: int,
    context: dict[str, Any],
    *,
    dedup_key: str | None = None,
    due_at: datetime | None = None,
) -> dict[str, Any]:
    """The outbox row of an e-mail, not yet written (for :func:`enqueue_rows`)."""
    return {
        "kind": OutboxKind.EMAIL,
        "recipient_id": recipient_id,
        "template": template,
        "payload": context,
        "dedup_key": dedup_key,
        "due_at": due_at or datetime.now(UTC),
    }


async def enqueue_rows(rows: Sequence[Mapping[str, Any]]) -> None:
    """Queue many rows (``{field: value}``, see :func:`email_row`) in one statement, inside
    the change's transaction; a row whose ``dedup_key`` is taken is skipped."""
    await insert_rows(OutboxItem, rows, ignore_conflicts=True)


async def thread_audience(thread: Thread, internal: bool) -> set[int]:
    """Who is e-mailed about a thread: its customer, its provider's staff, its agent;
    only its agent about INTERNAL notes."""
    audience: set[int] = set()
    if thread.assigned_agent_id:
        audience.add(thread.assigned_agent_id)
    if internal:
        return audience
    if thread.customer_id:
        audience.add(thread.customer_id)
    if thread.provider_id:
        staff = await User.filter(
            organisation_id=thread.provider_id, role=Role.PROVIDER_STAFF, active=True
        ).values_list("id", flat=True)
        audience.update(staff)
    return audience


def thread_fanout_key(thread_id: int, internal: bool) -> str:
    """The key that keeps one pending fan-out per thread and kind of message."""
    return f"thread-fanout:{thread_id}:{'internal' if internal else 'all'}"


async def schedule_thread_notices(thread: Thread, delay: timedelta, internal: bool) -> None:
    """After ``delay``, e-mail each participant who has not read the thread by then.

    Writes one row whatever the audience (inside the sender's transaction): a fan-out job
    the worker expands into one notice per participant when it is due. One pending job per
    thread and kind (messages for everyone, or INTERNAL notes for the thread's agent):
    more messages meanwhile add nothing. Whether each participant may see what is new, and
    has not read it, is decided when their notice is carried out.
    """
    await enqueue_rows([thread_fanout_row(thread.id, delay, internal)])


def thread_notices_write(thread_id: int, delay: timedelta, internal: bool) -> CarriedWrite:
    """:func:`schedule_thread_notices`' statement, not run: for a send, which writes it with
    its tallies (:func:`models.thread_writes.post_and_count`)."""
    row = thread_fanout_row(thread_id, delay, internal)
    return partial(insert_statement, OutboxItem, [row], ignore_conflicts=True)


def thread_fanout_row(thread_id: int, delay: timedelta, internal: bool) -> dict[str, Any]:
    """The fan-out row :func:`schedule_thread_notices` writes, not yet written."""
    return {
        "kind": OutboxKind.THREAD_FANOUT,
        "template": "new_message",
        "payload": {"thread": thread_id, "internal": internal},
        "dedup_key": thread_fanout_key(thread_id, internal),
        "due_at": datetime.now(UTC) + delay,
    }


async def expand_thread_notices(fanout: OutboxItem, now: datetime) -> int:
    """The worker's half of :func:`schedule_thread_notices`: one notice per participant,
    due ``now`` (one pending notice per thread and user); returns how many were queued."""
    thread = await Thread.get_or_none(id=int(fanout.payload["thread"]))
    if thread is None:
        return 0
    users = await thread_audience(thread, bool(fanout.payload.get("internal")))
    await _insert(
        [
            OutboxItem(
                kind=OutboxKind.THREAD_NOTICE,
                recipient_id=user_id,
                template="new_message",
                payload={"thread": thread.id},
                dedup_key=thread_notice_key(thread.id, user_id),
                due_at=now,
            )
            for user_id in sorted(users)
        ]
    )
    return len(users)


@dataclass(frozen=True)
class OutboxQuery:
    """Filters on the outbox list."""

    statuses: tuple[OutboxStatus, ...] | None = None
    kinds: tuple[OutboxKind, ...] | None = None


async def list_outbox(
    context: RequestContext, first: int, after: str | None, query: OutboxQuery
) -> Page[OutboxItem]:
    """Outbox rows, newest first (agents and admins; others see none)."""
    principal = context.require_principal()
    queryset = scoped(OutboxItem, principal)
    if query.statuses:
        queryset = queryset.filter(status__in=list(query.statuses))
    if query.kinds:
        queryset = queryset.filter(kind__in=list(query.kinds))
    return await paginate(
        queryset.order_by("-created_at", "-id"), first, after, context.settings.max_page_size
    )


async def retry_delivery(context: RequestContext, item_id: int | None) -> OutboxItem:
    """Put a FAILED delivery back in the queue, due now, with a fresh attempt count."""
    principal = context.require_principal()
    allowed(principal, "retryDelivery")
    item = await scoped(OutboxItem, principal).get_or_none(id=item_id) if item_id else None
    if item is None:
        raise Refused("NOT_FOUND", N_("No such delivery."), "id")
    if item.status is not OutboxStatus.FAILED:
        raise Refused("NOT_FAILED", N_("Only failed deliveries can be retried."), "id")
    item.status = OutboxStatus.PENDING
    item.attempts = 0
    item.due_at = datetime.now(UTC)
    item.locked_until = None
    await item.save(update_fields=["status", "attempts", "due_at", "locked_until"])
    return item

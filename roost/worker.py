"""The outbox worker: claims due rows, delivers them, retries with backoff.

Several workers never take the same row: on PostgreSQL a claim is ``SELECT … FOR UPDATE
SKIP LOCKED`` plus a lease (``locked_until``); on SQLite only the process holding
``var/worker.lock`` works. A row whose lease ran out (its worker died) is taken over; its
e-mail keeps the same Message-ID, so a duplicate can be recognised. Temporary failures
retry with exponential backoff up to ``outbox_max_attempts``; permanent ones (SMTP 5xx,
a webhook's HTTP 4xx) are marked FAILED at once and shown to agents (``outbox`` query).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from typing import IO, Any

from tortoise import connections
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import OutboxItem, OutboxKind, OutboxStatus, Role, Thread, User, Webhook
from resolvers.attachments import remove_unsent_uploads, stored_path
from resolvers.deadlines import post_deadline_warnings
from resolvers.document_expiry import warn_expiring_documents
from resolvers.inbox import thread_seq, unread_counts
from resolvers.invoice_dues import mark_overdue_invoices
from resolvers.links import portal_url, thread_link
from resolvers.outbox import expand_thread_notices
from resolvers.principal import Principal
from resolvers.routing_jobs import ROUTING_JOBS, run_routing_job
from resolvers.scope import scoped
from resolvers.selfservice_mail import send_due_reminders
from resolvers.tickets import ticket_attachment
from roost.emails import render_email
from roost.mail import (
    MailAttachment,
    Mailer,
    OutgoingEmail,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    mailer_for,
)
from roost.settings import Settings
from roost.webhooks import judge, post
from subscriptions.hub import Hub

log = logging.getLogger("roost.worker")

LEASE = timedelta(minutes=5)
SCAN_EVERY = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=1)
BATCH = 20


def backoff(attempts: int) -> timedelta:
    """Wait before the next try: 10 s, 20 s, 40 s … at most an hour."""
    return min(timedelta(seconds=10 * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def message_id(item: OutboxItem, sender: str) -> str:
    """The e-mail's Message-ID: the same for every attempt of one outbox row, unique across
    installations (the row's creation time and the sender's domain)."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "roost.local"
    return f"<outbox-{item.id}.{int(item.created_at.timestamp())}@{domain}>"


class Skip(Exception):
    """Nothing to send any more (e.g. the thread was read in time)."""


class Worker:
    """Carries out due outbox rows; ``run_once`` for one pass, ``run`` until stopped."""

    def __init__(
        self,
        settings: Settings,
        mailer: Mailer | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        hub: Hub | None = None,
    ) -> None:
        self.settings = settings
        self.mailer = mailer or mailer_for(settings)
        self.clock = clock
        self.hub = hub
        self._last_scan: datetime | None = None
        self._lock_file: IO[str] | None = None

    def _postgres(self) -> bool:
        return connections.get("default").capabilities.dialect == "postgres"

    def _hold_sqlite_lock(self) -> bool:
        """SQLite: only one worker process at a time (an exclusive file lock under var/)."""
        if self._lock_file is not None:
            return True
        path = self.settings.var_dir / "worker.lock"
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+")  # noqa: SIM115 - held for the worker's lifetime
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lock_file = handle
        return True

    def release(self) -> None:
        """Give up the SQLite worker lock."""
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    async def claim(self, limit: int = BATCH) -> list[OutboxItem]:
        """Take up to ``limit`` due rows for this worker (a lease, not a long transaction)."""
        now = self.clock()
        free = Q(locked_until__isnull=True) | Q(locked_until__lt=now)
        async with in_transaction():
            due = OutboxItem.filter(free, status=OutboxStatus.PENDING, due_at__lte=now)
            due = due.order_by("due_at", "id").limit(limit)
            if self._postgres():
                due = due.select_for_update(skip_locked=True)
            rows = list(await due)
            if rows:
                await OutboxItem.filter(id__in=[r.id for r in rows]).update(
                    locked_until=now + LEASE
                )
        return rows

    async def run_once(self) -> int:
        """One pass: claim due rows and carry them out; returns how many were handled."""
        if not self._postgres() and not self._hold_sqlite_lock():
            return 0
        await self.scheduled_jobs(self.clock())
        rows = await self.claim()
        for item in rows:
            await self.process(item)
        return len(rows)

    async def scheduled_jobs(self, now: datetime) -> None:
        """Time-driven work, at most once per :data:`SCAN_EVERY`: deadline warnings,
        expiring travel documents, self-service reminders, overdue invoices, removing uploads
        never sent."""
        if self._last_scan is not None and now - self._last_scan < SCAN_EVERY:
            return
        self._last_scan = now
        posted = await post_deadline_warnings(
            now,
            self.settings.deadline_warning_offsets,
            self.settings.customer_portal_url,
            hub=self.hub,
        )
        if posted:
            log.info("posted %d deadline warning(s)", posted)
        expiring = await warn_expiring_documents(
            now, self.settings.customer_portal_url, hub=self.hub
        )
        if expiring:
            log.info("warned of %d expiring travel document(s)", expiring)
        reminded = await send_due_reminders(now, self.settings.self_service_url)
        if reminded:
            log.info("queued %d self-service reminder(s)", reminded)
        overdue = await mark_overdue_invoices(now, self.settings.customer_portal_url)
        if overdue:
            log.info("marked %d invoice(s) overdue", overdue)
        removed = await remove_unsent_uploads(self.settings.attachments_dir, now)
        if removed:
            log.info("removed %d upload(s) never sent", removed)

    async def run(self, stop: asyncio.Event, poll_seconds: float = 1.0) -> None:
        """Work until ``stop`` is set; errors are logged and the loop goes on."""
        log.info("outbox worker started")
        try:
            while not stop.is_set():
                try:
                    handled = await self.run_once()
                except Exception:
                    log.exception("outbox pass failed")
                    handled = 0
                if not handled:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), poll_seconds)
        finally:
            self.release()
            log.info("outbox worker stopped")

    async def process(self, item: OutboxItem) -> None:
        """Deliver one row (or expand a fan-out into notices) and record the outcome."""
        try:
            if item.kind is OutboxKind.THREAD_FANOUT:
                await expand_thread_notices(item, self.clock())
            elif item.kind is OutboxKind.WEBHOOK:
                await self._call_webhook(item)
            elif item.kind in ROUTING_JOBS:
                await run_routing_job(item, self.settings, self.clock(), self.hub)
            else:
                await self.mailer.send(await self.compose(item))
        except Skip as reason:
            await self._finish(item, OutboxStatus.CANCELLED, str(reason))
        except PermanentDeliveryError as error:
            log.warning("delivery %s failed for good: %s", item.id, error)
            await self._finish(item, OutboxStatus.FAILED, str(error))
        except TemporaryDeliveryError as error:
            await self._retry(item, str(error))
        except Exception as error:
            log.exception("delivery %s failed unexpectedly", item.id)
            await self._retry(item, f"{type(error).__name__}: {error}")
        else:
            await self._finish(item, OutboxStatus.SENT, "")

    async def _finish(self, item: OutboxItem, status: OutboxStatus, error: str) -> None:
        changes: dict[str, Any] = {"status": status, "locked_until": None, "last_error": error}
        if status is OutboxStatus.SENT:
            changes["sent_at"] = self.clock()
        if item.kind in (OutboxKind.THREAD_NOTICE, OutboxKind.THREAD_FANOUT):
            changes["dedup_key"] = None  # a later message may schedule a new one
        await OutboxItem.filter(id=item.id).update(attempts=item.attempts + 1, **changes)

    async def _retry(self, item: OutboxItem, error: str) -> None:
        attempts = item.attempts + 1
        if attempts >= self.settings.outbox_max_attempts:
            log.warning("delivery %s gave up after %d attempts: %s", item.id, attempts, error)
            await self._finish(item, OutboxStatus.FAILED, error)
            return
        await OutboxItem.filter(id=item.id).update(
            attempts=attempts,
            due_at=self.clock() + backoff(attempts),
            locked_until=None,
            last_error=error,
        )

    async def _call_webhook(self, item: OutboxItem) -> None:
        """POST a webhook delivery and keep the receiver's HTTP status on the row."""
        webhook = await Webhook.get_or_none(id=item.webhook_id, active=True)
        if webhook is None:
            raise Skip("the webhook is gone or disabled")
        status, error = await post(
            webhook,
            item,
            self.clock(),
            self.settings.webhook_timeout,
            self.settings.webhook_allow_private,
        )
        await OutboxItem.filter(id=item.id).update(http_status=status)
        judge(status, error)

    async def compose(self, item: OutboxItem) -> OutgoingEmail:
        """The e-mail a row stands for (raises :class:`Skip` when there is none to send)."""
        user = await User.get_or_none(id=item.recipient_id, active=True)
        if user is None:
            raise Skip("the recipient is gone")
        context = dict(item.payload)
        if item.kind is OutboxKind.THREAD_NOTICE:
            context = await self._thread_notice(user, int(context["thread"]))
        rendered = render_email(
            item.template, user.locale, user.time_zone, {"recipient_name": user.name, **context}
        )
        return OutgoingEmail(
            message_id=message_id(item, self.settings.mail_from),
            to=user.email,
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            attachments=await self._files(user, context),
        )

    async def _files(self, user: User, context: dict[str, Any]) -> tuple[MailAttachment, ...]:
        """The e-ticket an e-mail carries, if its ticket is still the recipient's."""
        if "ticket_id" not in context:
            return ()
        document = await ticket_attachment(int(context["ticket_id"]), user.id)
        if document is None:
            raise Skip("the ticket or its document is gone")
        path = stored_path(self.settings.attachments_dir, document.sha256)
        return (MailAttachment(document.filename, document.content_type, path.read_bytes()),)

    async def _thread_notice(self, user: User, thread_id: int) -> dict[str, Any]:
        """The context of a new-message e-mail, if the user still has unread messages."""
        principal = Principal.for_user(user)
        thread = await scoped(Thread, principal).get_or_none(id=thread_id)
        if thread is None:
            raise Skip("the recipient no longer takes part in the thread")
        unread = (await unread_counts(principal, [thread_seq(principal, thread)])).get(thread.id, 0)
        if unread == 0:
            raise Skip("read in time")
        booking = await thread.booking if thread.booking_id else None
        invoice = await thread.invoice if thread.invoice_id else None
        return {
            "thread_subject": thread.subject,
            "booking_reference": booking.reference if booking else None,
            "invoice_number": invoice.number if invoice else None,
            "urgency": thread.urgency.value,
            "respond_by": thread.respond_by,
            "unread_count": unread,
            "link": thread_link(portal_url(self.settings, Role(user.role)), thread.id),
        }

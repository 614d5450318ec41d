"""Conversations: starting threads, sending messages, read state, urgency, assignment.

Every change is one transaction; subscribers are woken up only after it committed.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import DoesNotExist, IntegrityError
from tortoise.transactions import in_transaction

from models import (
    Attachment,
    Audience,
    Booking,
    BookingStatus,
    Invoice,
    Message,
    MessageKind,
    Party,
    Role,
    SupportChat,
    Team,
    Thread,
    ThreadKind,
    ThreadStatus,
    Urgency,
    User,
    Visibility,
    tallies,
)
from models.policy import can_write, type_policy
from models.sql import Write
from models.thread_writes import (
    Counting,
    Posted,
    advance_marker,
    count_posted,
    counted_at_once,
    post_and_count,
    post_message,
)
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.outbox import schedule_thread_notices, thread_notices_write
from resolvers.principal import Principal
from resolvers.routing import reopen, reopened_by, reopens, route_new_thread
from resolvers.scope import POLICY_TYPE, in_scope, scoped
from resolvers.scope_sql import Parameters, UnsayableScope, scope_condition
from resolvers.sla import answers, retarget
from resolvers.teams import team_with_key
from resolvers.webhook_events import (
    announces_messages,
    message_created,
    thread_created,
    thread_status_changed,
)
from roost.i18n import N_
from subscriptions.channels import inbox_channels_of_thread, thread_channel, thread_state
from subscriptions.feeds import carried
from subscriptions.hub import Hub

MAX_BODY = 10_000
MAX_CLIENT_MESSAGE_ID = 64


async def thread_in_scope(principal: Principal, thread_id: int | None) -> Thread:
    """The thread if the caller may reach it; otherwise the same error as a missing one."""
    thread = await scoped(Thread, principal).get_or_none(id=thread_id) if thread_id else None
    if thread is None:
        raise Refused("NOT_FOUND", N_("No such thread."), "threadId")
    return thread


def clean_body(body: str, field: str = "body") -> str:
    """A message text without surrounding blanks; refused (on ``field``) if empty or too long."""
    text = body.strip()
    if not text:
        raise Refused("BAD_USER_INPUT", N_("The message is empty."), field)
    if len(text) > MAX_BODY:
        raise Refused(
            "BAD_USER_INPUT",
            N_("The message is longer than {most} characters."),
            field,
            most=MAX_BODY,
        )
    return text


def clean_client_message_id(raw: str | None) -> str | None:
    """The client's idempotency key without blanks (``None`` if none); refused if too long."""
    client_id = (raw or "").strip() or None
    if client_id and len(client_id) > MAX_CLIENT_MESSAGE_ID:
        raise Refused("BAD_USER_INPUT", N_("clientMessageId is too long."), "clientMessageId")
    return client_id


def _check_visibility(principal: Principal, visibility: Visibility) -> None:
    if visibility is not Visibility.ALL and not can_write(principal.role, "Message", "visibility"):
        raise Refused("FORBIDDEN", N_("Only the service team writes internal notes."), "visibility")


def _default_parties(role: Role) -> Party:
    return Party.PROVIDER if role is Role.PROVIDER_STAFF else Party.CUSTOMER


def _check_parties(principal: Principal, parties: Party) -> None:
    """Customers keep their side in the threads they open, providers theirs."""
    if principal.role in (Role.CUSTOMER, Role.TRAVEL_MANAGER) and not parties.includes_customer:
        raise Refused("FORBIDDEN", N_("A thread you open includes you."), "parties")
    if principal.role is Role.PROVIDER_STAFF and not parties.includes_provider:
        raise Refused("FORBIDDEN", N_("A thread you open includes your organisation."), "parties")


def party_columns(booking: Booking, parties: Party) -> dict[str, int | None]:
    """The party columns row scope reads, for the sides ``parties`` includes."""
    customer = parties.includes_customer
    return {
        "parties": parties,
        "customer_id": booking.customer_id if customer else None,
        "client_company_id": booking.client_company_id if customer else None,
        "provider_id": booking.provider_id if parties.includes_provider else None,
    }


async def append_message(
    thread_id: int,
    author: User | None,
    body: str,
    *,
    kind: MessageKind = MessageKind.TEXT,
    visibility: Visibility = Visibility.ALL,
    client_message_id: str | None = None,
    attachment_ids: tuple[int, ...] = (),
) -> Message:
    """Insert a message with the thread's next sequence numbers (call inside a transaction).

    The thread hands out its numbers under its row lock (:func:`post_message`), gaplessly
    per audience. The unread tallies of the thread's keys grow in the same transaction; the
    author has read the thread up to their own message. A ``client_message_id`` its author
    used already raises :class:`IntegrityError` (the caller's retry finds the first one).
    """
    now = datetime.now(UTC)
    posted = Posted(author.id if author else None, kind, visibility, body, client_message_id, now)
    thread, message = await post_message(thread_id, posted, public=visibility is Visibility.ALL)
    if thread is None:
        raise DoesNotExist(Thread)
    message = await _attach(thread, message, author, attachment_ids)
    await _count_message(thread, message, author, now)
    return message


async def _attach(
    thread: Thread, message: Message | None, author: User | None, attachment_ids: tuple[int, ...]
) -> Message:
    """The message that took ``thread``'s last numbers (``None``: its ``clientMessageId``
    was used already), with its attachments and webhook events."""
    if message is None:
        raise IntegrityError("clientMessageId used already")
    if attachment_ids:
        claimed = await Attachment.filter(
            id__in=attachment_ids,
            uploader_id=author.id if author else None,
            message_id__isnull=True,
        ).update(message_id=message.id)
        if claimed != len(attachment_ids):
            # Not the author's, sent already, or taken by a concurrent send: keep nothing.
            raise Refused(
                "ATTACHMENT_NOT_FOUND", N_("No such attachment to send."), "attachmentIds"
            )
    if message.public_seq is not None and thread.last_public_seq == 1 and thread.last_seq > 1:
        # The first public message of a thread opened with INTERNAL notes: the parties'
        # integrations learn of the thread only now.
        await thread_created(thread)
    await message_created(thread, message, author)
    return message


async def _count_message(
    thread: Thread, message: Message, author: User | None, now: datetime
) -> None:
    """Its author has read ``thread`` up to ``message``; the tallies of its keys grow.

    Last in the transaction, the shared tally rows last of all: every sender of a shard
    waits on them, and they stay locked for one round trip only (until the commit). Rows
    are taken in one order everywhere (the thread, readers, then tallies), so concurrent
    writers never wait on each other in a cycle.
    """
    reader = Principal.for_user(author) if author is not None else None
    await count_posted(thread, message, reader.user_id if reader else None, reader, now)


async def _advance_marker(
    reader: Principal, thread: Thread, upto: int, now: datetime | None = None
) -> None:
    """Move ``reader``'s marker on ``thread`` forward to ``upto`` (never back).

    Call inside a transaction holding ``thread``'s row lock, read after taking it: every
    marker change and party change of a thread happens under that lock, so the reader's
    tally grows exactly when the thread is in the reader's scope.
    """
    if reader.user_id is None:
        return
    await advance_marker(
        reader.user_id,
        thread.id,
        upto,
        counted=tallies.in_party_scope(thread, reader),
        now=now or datetime.now(UTC),
    )


async def publish_thread_event(
    hub: Hub,
    thread: Thread,
    kind: str,
    *previous: Thread,
    message: Message | None = None,
    author: User | None = None,
    **extra: object,
) -> None:
    """Wake up the thread's and the parties' subscribers (after commit); the thread's own
    followers get the new ``message`` too, when given, as ``subscriptions.feeds.carried``
    carries it with its ``author``. Nothing is built when no subscriber can hear it."""
    own = thread_channel(thread.id)
    channels = [c for c in (own, *inbox_channels_of_thread(thread, *previous)) if hub.heard(c)]
    if not channels:
        return
    payload = {
        "type": kind,
        "thread": thread.id,
        "seq": thread.last_seq,
        "state": thread_state(thread),
        **extra,
    }
    record = carried(message, author) if message is not None and own in channels else None
    for channel in channels:
        await hub.publish(
            channel, {**payload, "message": record} if channel == own and record else payload
        )


@dataclass(frozen=True)
class StartThread:
    booking_id: int | None
    invoice_id: int | None
    body: str
    subject: str = ""
    parties: Party | None = None
    urgency: Urgency = Urgency.INFO
    respond_by: datetime | None = None
    visibility: Visibility = Visibility.ALL
    client_message_id: str | None = None


async def booking_or_invoice(
    principal: Principal, booking_id: int | None, invoice_id: int | None
) -> tuple[Booking, Invoice | None]:
    """The booking (and invoice) a request names by exactly one of the two, in the caller's
    scope; refused otherwise."""
    if (booking_id is None) == (invoice_id is None):
        raise Refused("BAD_USER_INPUT", N_("Give either a booking or an invoice."), "bookingId")
    if invoice_id is not None:
        invoice = await scoped(Invoice, principal).get_or_none(id=invoice_id)
        if invoice is None:
            raise Refused("NOT_FOUND", N_("No such invoice."), "invoiceId")
        return await Booking.get(id=invoice.booking_id), invoice
    booking = await scoped(Booking, principal).get_or_none(id=booking_id)
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    return booking, None


def _check_urgency(principal: Principal, urgency: Urgency, respond_by: datetime | None) -> None:
    if urgency is Urgency.ACTION_REQUIRED and respond_by is None:
        raise Refused("BAD_USER_INPUT", N_("ACTION_REQUIRED needs a respond-by date."), "respondBy")
    if respond_by is not None and respond_by <= datetime.now(UTC):
        raise Refused("BAD_USER_INPUT", N_("The respond-by date is in the past."), "respondBy")


async def _already_started(
    principal: Principal, booking: Booking, invoice_id: int | None, client_message_id: str
) -> Thread | None:
    """The thread a retried start with this clientMessageId opened, if any."""
    existing = await Message.get_or_none(
        author_id=principal.user_id, client_message_id=client_message_id
    )
    if existing is None:
        return None
    thread = await scoped(Thread, principal).get_or_none(id=existing.thread_id)
    if (
        thread is None
        or existing.seq != 1
        or (thread.booking_id, thread.invoice_id) != (booking.id, invoice_id)
    ):
        raise Refused(
            "CLIENT_MESSAGE_ID_REUSED",
            N_("This clientMessageId was used for another message."),
            "clientMessageId",
        )
    return thread


async def start_thread(context: RequestContext, request: StartThread) -> Thread:
    """Open a thread on a booking or an invoice with its first message.

    Idempotent like :func:`send_message`: a retry with the first message's
    ``clientMessageId`` returns the thread it opened, and nothing is created twice.
    """
    principal = context.require_principal()
    allowed(principal, "startThread")
    context.throttle("threads")
    booking, invoice = await booking_or_invoice(principal, request.booking_id, request.invoice_id)
    invoice_id = invoice.id if invoice else None
    client_id = clean_client_message_id(request.client_message_id)
    if client_id and (
        existing := await _already_started(principal, booking, invoice_id, client_id)
    ):
        return existing
    if booking.status is BookingStatus.OPTION:
        raise Refused(
            "OPTION_BOOKING",
            N_(
                "Threads cannot be opened on an option booking; use the offer's comments "
                "field (Booking.offerComments) instead."
            ),
            "bookingId",
        )
    parties = request.parties or _default_parties(principal.role)
    _check_parties(principal, parties)
    if request.urgency is not Urgency.INFO and not can_write(principal.role, "Thread", "urgency"):
        raise Refused("FORBIDDEN", N_("Only the service team sets urgency."), "urgency")
    _check_urgency(principal, request.urgency, request.respond_by)
    _check_visibility(principal, request.visibility)
    body = clean_body(request.body)
    try:
        async with in_transaction():
            thread, first = await _open_thread(
                principal, request, booking, invoice_id, parties, body, client_id
            )
            thread = await route_new_thread(
                thread, booking, first, principal.role, context.settings
            )
            await notify_participants(thread, first, notify_delay(context))
            if first.visibility is Visibility.ALL:
                # Opened with an INTERNAL note: announced with its first public message.
                await thread_created(thread)
    except IntegrityError:
        # A concurrent retry with the same clientMessageId won; its thread is the answer.
        if client_id and (
            existing := await _already_started(principal, booking, invoice_id, client_id)
        ):
            return existing
        raise
    thread = await Thread.get(id=thread.id)
    await publish_thread_event(context.hub, thread, "thread")
    return thread


async def _open_thread(
    principal: Principal,
    request: StartThread,
    booking: Booking,
    invoice_id: int | None,
    parties: Party,
    body: str,
    client_id: str | None,
) -> tuple[Thread, Message]:
    """Insert the thread and its first message (call inside a transaction)."""
    thread = await Thread.create(
        kind=ThreadKind.INVOICE if invoice_id else ThreadKind.BOOKING,
        booking_id=booking.id,
        invoice_id=invoice_id,
        subject=request.subject.strip()[:200] or booking.reference,
        urgency=request.urgency,
        respond_by=request.respond_by if request.urgency is Urgency.ACTION_REQUIRED else None,
        created_by_id=principal.user_id,
        **party_columns(booking, parties),
    )
    first = await append_message(
        thread.id,
        principal.user,
        body,
        visibility=request.visibility,
        client_message_id=client_id,
    )
    return thread, first


def notify_delay(context: RequestContext) -> timedelta:
    """How long a participant has to read a message before being e-mailed."""
    return timedelta(seconds=context.settings.notify_delay_seconds)


async def notify_participants(thread: Thread, message: Message, delay: timedelta) -> None:
    """Schedule new-message e-mails (inside the transaction that adds ``message``).

    An INTERNAL note concerns the thread's agent only; whether each recipient may see
    what is new, and has not read it, is checked again when the e-mail is due.
    """
    await schedule_thread_notices(thread, delay, _internal(message))


def _internal(message: Message) -> bool:
    """Whether ``message``'s notices are for the thread's agent only."""
    return message.visibility is Visibility.INTERNAL


@dataclass(frozen=True)
class SendMessage:
    thread_id: int | None
    body: str
    client_message_id: str | None = None
    visibility: Visibility = Visibility.ALL
    attachment_ids: tuple[int | None, ...] = ()


async def _already_sent(
    principal: Principal, thread_id: int | None, client_message_id: str
) -> Message | None:
    existing = await Message.get_or_none(
        author_id=principal.user_id, client_message_id=client_message_id
    )
    if existing is not None and existing.thread_id != thread_id:
        raise Refused(
            "CLIENT_MESSAGE_ID_REUSED",
            N_("This clientMessageId was used for a message in another thread."),
            "clientMessageId",
        )
    return existing


def distinct_uploads(ids: tuple[int | None, ...]) -> tuple[int, ...]:
    """Attachment ids (sorted), refused if one is missing or given twice; whether they are
    the caller's uploads not sent yet is decided when they are claimed."""
    wanted = {i for i in ids if i is not None}
    if len(wanted) != len(ids):
        raise Refused("ATTACHMENT_NOT_FOUND", N_("No such attachment."), "attachmentIds")
    return tuple(sorted(wanted))


async def own_uploads(principal: Principal, ids: tuple[int | None, ...]) -> tuple[int, ...]:
    """The ids (sorted) of the caller's own uploads not sent yet; refused if any is not."""
    wanted = distinct_uploads(ids)
    if not wanted:
        return ()
    found = await Attachment.filter(
        id__in=wanted, uploader_id=principal.user_id, message_id__isnull=True
    ).values_list("id", flat=True)
    if set(found) != set(wanted):
        raise Refused("ATTACHMENT_NOT_FOUND", N_("No such attachment to send."), "attachmentIds")
    return wanted


async def send_message(context: RequestContext, request: SendMessage) -> Message:
    """Post a message; a retried ``clientMessageId`` returns the first one, nothing twice.

    A fixed, small number of statements whatever the thread's audience: the thread takes
    the message's numbers and returns itself (scope and status decided in memory from it),
    the message is inserted unless its ``clientMessageId`` was used already, then the
    notice job and the tallies; a refusal or a retry rolls everything back. The common
    send runs as that one statement alone, with no transaction (:func:`_post_alone`).
    """
    principal = context.require_principal()
    allowed(principal, "sendMessage")
    context.throttle("messages")
    client_id = clean_client_message_id(request.client_message_id)
    _check_visibility(principal, request.visibility)
    body = clean_body(request.body)
    attachments = distinct_uploads(request.attachment_ids)
    sending = _Sending(context, principal, request, body, client_id, attachments)
    try:
        sent = await _post_alone(sending)
        if sent is None:
            async with in_transaction():
                sent = await _post(sending)
    except (IntegrityError, Refused) as refusal:
        # A retried clientMessageId (even to a thread closed since): the first message.
        retried = not isinstance(refusal, Refused) or refusal.code == "THREAD_CLOSED"
        if retried and client_id:
            existing = await _already_sent(principal, request.thread_id, client_id)
            if existing is not None:
                return existing
        raise
    thread, message, changed = sent
    if changed:
        thread = await Thread.get(id=thread.id)
    await publish_thread_event(
        context.hub,
        thread,
        "message",
        visibility=message.visibility.value,
        message=message,
        author=principal.user,
    )
    return message


@dataclass(frozen=True)
class _Sending:
    """A send as checked, not written yet: the caller, the request, its body and
    ``clientMessageId`` cleaned, and the ids of the attachments it claims."""

    context: RequestContext
    principal: Principal
    request: SendMessage
    body: str
    client_id: str | None
    attachments: tuple[int, ...]

    @property
    def public(self) -> bool:
        """Whether the message is for everyone (not an INTERNAL note)."""
        return self.request.visibility is Visibility.ALL

    def counting(self, thread_id: int) -> Counting:
        """How the message to ``thread_id`` is counted (:class:`Counting`)."""
        internal = not self.public
        notices = thread_notices_write(thread_id, notify_delay(self.context), internal)
        user = self.principal.user
        author = Principal.for_user(user) if user is not None else None
        return Counting(self.principal.user_id, author, notices)

    async def numbered(
        self, thread_id: int, counting: Counting, guard: Write | None = None
    ) -> tuple[Thread | None, Message | None]:
        """:func:`post_and_count` for the message to ``thread_id``: the thread as stored
        now and the message."""
        principal, visibility = self.principal, self.request.visibility
        now = datetime.now(UTC)
        kind = MessageKind.TEXT
        posted = Posted(principal.user_id, kind, visibility, self.body, self.client_id, now)
        return await post_and_count(
            thread_id,
            posted,
            public=self.public,
            answered=answers(principal.role, visibility),
            counting=counting,
            guard=guard,
        )


async def _post_alone(sending: _Sending) -> tuple[Thread, Message, bool] | None:
    """:func:`_post` as its one statement alone, outside any transaction (no BEGIN and
    COMMIT), where that is certainly the same: one statement for an author
    (:func:`counted_at_once`), no attachments to claim, no webhook event to queue in the
    message's transaction, and a thread whose row meets :func:`_guard`. ``None``: nothing
    was written, and :func:`_post` answers (refuses, reopens…). A used ``clientMessageId``
    raises :class:`IntegrityError`, with no number taken."""
    thread_id = sending.request.thread_id
    if thread_id is None or sending.attachments:
        return None
    counting = sending.counting(thread_id)
    if not counted_at_once(counting) or (sending.public and await announces_messages()):
        return None
    try:
        guard = _guard(sending.principal)
    except UnsayableScope:  # the transaction decides
        return None
    thread, message = await sending.numbered(thread_id, counting, guard)
    if thread is None:
        return None
    return thread, message, False


def _guard(principal: Principal) -> Write:
    """The condition on a thread's row, as it was before the message, under which
    :func:`_post` would decide nothing after its statement: the caller reached it
    (:func:`_reached`), it is not closed, the message does not reopen it, and it is not a
    support chat whose ticket the message may reopen; with its values."""
    out = Parameters()
    scope = type_policy(POLICY_TYPE[Thread]).scope
    reached = scope_condition(scope, principal, {"": "thread"}, out)
    settled = (ThreadStatus.CLOSED, *reopened_by(principal.role))
    statuses = ", ".join(out.param(status.value) for status in settled)
    kinds = "".join(
        f' AND "thread"."kind" <> {out.param(kind.value)}' for kind in _ticket_kinds(principal.role)
    )
    return f'{reached} AND "thread"."status" NOT IN ({statuses}){kinds}', out.params


def _ticket_kinds(role: Role) -> tuple[ThreadKind, ...]:
    """The kinds of thread to which a message by ``role`` may reopen a support ticket: a
    provider's reply to its support chat (:meth:`SupportChat.reopen_on_provider_reply`)."""
    return (ThreadKind.SUPPORT,) if role is Role.PROVIDER_STAFF else ()


async def _post(sending: _Sending) -> tuple[Thread, Message, bool]:
    """:func:`send_message`'s transaction: the thread as it is now, the message, and
    whether the thread changed beyond its numbers (reopened, routed)."""
    principal = sending.principal
    thread, message = None, None
    if (thread_id := sending.request.thread_id) is not None:
        thread, message = await sending.numbered(thread_id, sending.counting(thread_id))
    if thread is None or not _reached(principal, thread, sending.public):
        raise Refused("NOT_FOUND", N_("No such thread."), "threadId")
    if thread.status is ThreadStatus.CLOSED:
        raise Refused("THREAD_CLOSED", N_("This thread is closed."), "threadId")
    message = await _attach(thread, message, principal.user, sending.attachments)
    changed = False
    if reopens(thread, principal.role):
        await reopen(thread, message, sending.context.settings)
        changed = True
    if thread.kind in _ticket_kinds(principal.role):
        changed = await SupportChat.reopen_on_provider_reply(thread.id) or changed
    return thread, message, changed


def _reached(principal: Principal, thread: Thread, public: bool) -> bool:
    """Whether the caller reached ``thread`` before this message took its numbers: for its
    parties, a thread whose only messages were INTERNAL notes did not exist yet."""
    before = copy(thread)
    before.last_public_seq -= int(public)
    return in_scope(before, principal)


async def mark_thread_read(
    context: RequestContext, thread_id: int | None, seq: int | None
) -> Thread:
    """Record that the caller read the thread up to ``seq`` (default: everything)."""
    principal = context.require_principal()
    allowed(principal, "markThreadRead")
    thread = await thread_in_scope(principal, thread_id)
    if seq is not None and seq < 0:
        raise Refused("BAD_USER_INPUT", N_("seq must not be negative."), "seq")
    async with in_transaction():
        locked = await Thread.filter(id=thread.id).select_for_update().get()
        last = locked.last_seq_for(Audience.of(principal.role))
        await _advance_marker(principal, locked, last if seq is None else min(seq, last))
    for channel in inbox_channels_of_thread(thread):
        await context.hub.publish(
            channel, {"type": "read", "thread": thread.id, "user": principal.user_id}
        )
    return thread


async def set_thread_urgency(
    context: RequestContext, thread_id: int | None, urgency: Urgency, respond_by: datetime | None
) -> Thread:
    """Change a thread's urgency (ACTION_REQUIRED needs a respond-by date)."""
    principal = context.require_principal()
    allowed(principal, "setThreadUrgency")
    thread = await thread_in_scope(principal, thread_id)
    _check_urgency(principal, urgency, respond_by)
    thread.urgency = urgency
    thread.respond_by = respond_by if urgency is Urgency.ACTION_REQUIRED else None
    async with in_transaction():
        await thread.save(update_fields=["urgency", "respond_by"])
        await retarget(thread)
    await publish_thread_event(context.hub, thread, "status")
    return thread


async def assign_thread(
    context: RequestContext,
    thread_id: int | None,
    team_id: int | None,
    agent_id: int | None,
    *,
    team_key: str | None = None,
) -> Thread:
    """Assign a thread to a team (by id or key) and/or an agent (``None`` clears)."""
    principal = context.require_principal()
    allowed(principal, "assignThread")
    thread = await thread_in_scope(principal, thread_id)
    if team_key is not None:
        team = await team_with_key(team_key)
        if team is None:
            raise Refused("NOT_FOUND", N_("No such team."), "teamKey")
        team_id = team.id
    if team_id is not None and not await Team.exists(id=team_id):
        raise Refused("NOT_FOUND", N_("No such team."), "teamId")
    if agent_id is not None and not await User.exists(
        id=agent_id, role__in=[Role.AGENT, Role.ADMIN], active=True
    ):
        raise Refused("NOT_FOUND", N_("No such agent."), "agentId")
    thread.assigned_team_id = team_id
    thread.assigned_agent_id = agent_id
    # Assigned by hand: a thread parked out of hours no longer goes back on its own.
    thread.home_team_id = None
    await thread.save(update_fields=["assigned_team_id", "assigned_agent_id", "home_team_id"])
    await publish_thread_event(context.hub, thread, "status")
    return thread


async def set_thread_status(
    context: RequestContext, thread_id: int | None, status: ThreadStatus
) -> Thread:
    """Move a thread to OPEN, WAITING, RESOLVED or CLOSED."""
    principal = context.require_principal()
    allowed(principal, "setThreadStatus")
    thread = await thread_in_scope(principal, thread_id)
    async with in_transaction():
        old = ThreadStatus(thread.status)
        thread.move_to(status, datetime.now(UTC))
        await thread.save(update_fields=["status", "resolved_at"])
        await thread_status_changed(thread, old)
    await publish_thread_event(context.hub, thread, "status")
    return thread


async def set_thread_parties(
    context: RequestContext, thread_id: int | None, parties: Party
) -> Thread:
    """Include or remove the customer or provider side; a removed side loses the thread."""
    principal = context.require_principal()
    allowed(principal, "setThreadParties")
    thread = await thread_in_scope(principal, thread_id)
    if thread.kind is ThreadKind.SUPPORT:
        raise Refused("BAD_USER_INPUT", N_("A support chat is the provider's only."), "parties")
    booking = await Booking.of_thread(thread)
    assert booking is not None  # not a support chat
    async with in_transaction():
        before = await Thread.filter(id=thread.id).select_for_update().get()
        await Thread.filter(id=thread.id).update(**party_columns(booking, parties))
        thread = await Thread.get(id=thread.id)
        await tallies.move_thread(before, thread)
    await publish_thread_event(context.hub, thread, "parties", before)
    return thread


async def set_typing(
    context: RequestContext,
    thread_id: int | None,
    typing: bool,
    visibility: Visibility = Visibility.ALL,
) -> Thread:
    """Tell the thread's subscribers that the caller is (or stopped) typing.

    Typing an INTERNAL note is shown only to those who may read the note.
    """
    principal = context.require_principal()
    allowed(principal, "setTyping")
    thread = await thread_in_scope(principal, thread_id)
    _check_visibility(principal, visibility)
    user = principal.user
    await context.hub.publish(
        thread_channel(thread.id),
        {
            "type": "typing",
            "thread": thread.id,
            "user": principal.user_id,
            "name": user.name if user else "",
            "typing": typing,
            "visibility": visibility.value,
        },
    )
    return thread

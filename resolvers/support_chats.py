"""Support chats from the provider's side: starting one, listing them, rating one.

A support chat is a thread of kind SUPPORT attached to the provider (``models.support``):
its messages, attachments, read state and notices are the thread's. SIMPLE topics enter
the live queue; COMPLEX ones become a ticket for the topic's team at once. Texts Roost
posts in support chats are in English, the desk's language, whatever the reader's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import (
    Booking,
    Message,
    MessageKind,
    Organisation,
    Party,
    Role,
    SupportChat,
    SupportStatus,
    SupportTopic,
    Team,
    Thread,
    ThreadKind,
    User,
)
from models.support import RATEABLE, SUPPORT_TEAM, Complexity
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.pagination import Page, Window, paginate
from resolvers.principal import Principal
from resolvers.scope import scoped
from resolvers.teams import team_with_key
from resolvers.threads import (
    append_message,
    clean_body,
    clean_client_message_id,
    notify_delay,
    notify_participants,
    own_uploads,
    publish_thread_event,
)
from resolvers.webhook_events import thread_created
from roost.i18n import N_
from subscriptions.channels import SUPPORT_QUEUE
from subscriptions.hub import Hub

MAX_COMMENT = 2000


async def chat_in_scope(principal: Principal, thread_id: int | None) -> SupportChat:
    """The support chat of thread ``thread_id`` if the caller reaches it, else NOT_FOUND."""
    chat = (
        await scoped(SupportChat, principal).get_or_none(thread_id=thread_id) if thread_id else None
    )
    if chat is None:
        raise Refused("NOT_FOUND", N_("No such support chat."), "threadId")
    return chat


async def post_system(context: RequestContext, thread_id: int, text: str) -> Message:
    """A SYSTEM message in a support chat, with its notices (inside a transaction)."""
    message = await append_message(thread_id, None, text, kind=MessageKind.SYSTEM)
    thread = await Thread.get(id=thread_id)
    await notify_participants(thread, message, notify_delay(context))
    return message


async def announce(
    hub: Hub, chat: SupportChat, thread_event: str, queue_event: str | None = None
) -> None:
    """After commit: wake up the thread's followers and, when the live queue changed
    (``queue_event``: arrived, taken, released, left), the support desk."""
    thread = await Thread.get(id=chat.thread_id)
    await publish_thread_event(hub, thread, thread_event)
    if queue_event:
        await hub.publish(SUPPORT_QUEUE, {"type": queue_event, "chat": chat.id})


def first_name(user: User | None) -> str:
    """What the provider is told the agent is called."""
    return (user.name.split() or ["An agent"])[0] if user else "An agent"


def joined_text(agent: User | None) -> str:
    """The SYSTEM message telling the provider an agent took the chat."""
    return f"{first_name(agent)} from the support team has joined the chat."


def handover_text(team_name: str) -> str:
    """The SYSTEM message telling the provider a specialised team took the case over."""
    return (
        f"Your request has been handed over to our {team_name} team as a follow-up ticket. "
        "They will answer you in this conversation."
    )


async def _eligible_provider(principal: Principal) -> Organisation:
    """The caller's provider if it may use the support chat; else PROVIDER_NOT_ELIGIBLE."""
    provider = None
    if principal.role is Role.PROVIDER_STAFF and principal.organisation_id:
        provider = await Organisation.get_or_none(id=principal.organisation_id)
    if provider is None or not provider.is_provider:
        raise Refused(
            "PROVIDER_NOT_ELIGIBLE", N_("Only staff of a provider can chat with support.")
        )
    if not provider.active:
        raise Refused("PROVIDER_NOT_ELIGIBLE", N_("Your provider account is not active."))
    if not provider.verified:
        raise Refused("PROVIDER_NOT_ELIGIBLE", N_("Your provider account is not verified yet."))
    return provider


@dataclass(frozen=True)
class StartSupportChat:
    topic: str
    body: str
    client_message_id: str | None = None
    attachment_ids: tuple[int | None, ...] = ()
    booking_id: int | None = None


async def _already_started(principal: Principal, client_id: str) -> SupportChat | None:
    """The chat a retried start with this clientMessageId opened, if any."""
    existing = await Message.get_or_none(author_id=principal.user_id, client_message_id=client_id)
    if existing is None:
        return None
    chat = await scoped(SupportChat, principal).get_or_none(thread_id=existing.thread_id)
    if chat is None or existing.seq != 1:
        raise Refused(
            "CLIENT_MESSAGE_ID_REUSED",
            N_("This clientMessageId was used for another message."),
            "clientMessageId",
        )
    return chat


async def _topic(key: str) -> SupportTopic:
    topic = await SupportTopic.get_or_none(key=key[:40], retired=False)
    if topic is None:
        raise Refused("NOT_FOUND", N_("No such topic."), "topic")
    return topic


async def _booking(principal: Principal, provider: Organisation, booking_id: int | None) -> None:
    """Refuse a booking that is not one of the provider's."""
    if (
        booking_id is not None
        and not await scoped(Booking, principal)
        .filter(id=booking_id, provider_id=provider.id)
        .exists()
    ):
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")


async def start_support_chat(context: RequestContext, request: StartSupportChat) -> SupportChat:
    """Open a support chat with its first message (idempotent per ``clientMessageId``).

    Only staff of an active, verified provider may; a SIMPLE topic waits in the live queue,
    a COMPLEX one becomes a ticket for the topic's team and the provider is told so.
    """
    principal = context.require_principal()
    provider = await _eligible_provider(principal)
    allowed(principal, "startSupportChat")
    context.throttle("threads")
    client_id = clean_client_message_id(request.client_message_id)
    if client_id and (existing := await _already_started(principal, client_id)):
        return existing
    topic = await _topic(request.topic)
    await _booking(principal, provider, request.booking_id)
    body = clean_body(request.body)
    attachments = await own_uploads(principal, request.attachment_ids)
    try:
        async with in_transaction():
            chat = await _open(
                context, principal, provider, topic, request, body, client_id, attachments
            )
    except IntegrityError:
        # A concurrent retry with the same clientMessageId won; its chat is the answer.
        if client_id and (existing := await _already_started(principal, client_id)):
            return existing
        raise
    queued = chat.status is SupportStatus.QUEUED
    await announce(context.hub, chat, "thread", "arrived" if queued else None)
    return chat


async def _open(
    context: RequestContext,
    principal: Principal,
    provider: Organisation,
    topic: SupportTopic,
    request: StartSupportChat,
    body: str,
    client_id: str | None,
    attachments: tuple[int, ...],
) -> SupportChat:
    """Insert the thread, its first message and the chat (inside a transaction)."""
    live = topic.complexity is Complexity.SIMPLE
    desk = await team_with_key(SUPPORT_TEAM) if live else None
    team = desk or (await Team.get_or_none(id=topic.team_id) if topic.team_id else None)
    thread = await Thread.create(
        kind=ThreadKind.SUPPORT,
        booking_id=request.booking_id,
        subject=f"Support: {topic.label('en')}",
        parties=Party.PROVIDER,
        provider_id=provider.id,
        created_by_id=principal.user_id,
        assigned_team_id=team.id if team else None,
    )
    first = await append_message(
        thread.id, principal.user, body, client_message_id=client_id, attachment_ids=attachments
    )
    await notify_participants(thread, first, notify_delay(context))
    await thread_created(thread)
    chat = await SupportChat.create(
        thread_id=thread.id,
        provider_id=provider.id,
        topic_id=topic.id,
        status=SupportStatus.QUEUED if live else SupportStatus.TICKET_OPEN,
        waiting_since=datetime.now(UTC) if live else None,
    )
    if not live:
        await post_system(context, thread.id, handover_text(team.name if team else "support"))
    return chat


@dataclass(frozen=True)
class SupportChatQuery:
    """Filters on the support chats; ``None`` means no filter."""

    statuses: tuple[SupportStatus, ...] | None = None


async def support_chats(
    context: RequestContext, window: Window, query: SupportChatQuery
) -> Page[SupportChat]:
    """The support chats the caller may see (a provider's own), newest first."""
    principal = context.require_principal()
    rows = scoped(SupportChat, principal)
    if query.statuses:
        rows = rows.filter(Q(status__in=list(query.statuses)))
    window = window.sized(20)
    return await paginate(
        rows.order_by("-created_at", "-id"),
        window.first,
        window.after,
        context.settings.max_page_size,
        last=window.last,
        before=window.before,
    )


async def rate_support_chat(
    context: RequestContext, thread_id: int | None, rating: int, comment: str | None
) -> SupportChat:
    """The provider rates a finished chat, 1 to 5 with an optional comment, once."""
    principal = context.require_principal()
    allowed(principal, "rateSupportChat")
    chat = await chat_in_scope(principal, thread_id)
    if not 1 <= rating <= 5:
        raise Refused("BAD_USER_INPUT", N_("Give a rating from 1 to 5."), "rating")
    text = (comment or "").strip() or None
    if text and len(text) > MAX_COMMENT:
        raise Refused(
            "BAD_USER_INPUT",
            N_("`{name}` has at most {most} characters."),
            "comment",
            name="comment",
            most=MAX_COMMENT,
        )
    if chat.status not in RATEABLE:
        raise Refused("NOT_RESOLVED", N_("Only a finished support chat can be rated."), "threadId")
    rated = await SupportChat.filter(id=chat.id, rating__isnull=True).update(
        rating=rating, rating_comment=text, rated_at=datetime.now(UTC)
    )
    if not rated:
        raise Refused("ALREADY_RATED", N_("This support chat has already been rated."), "threadId")
    return await SupportChat.get(id=chat.id)

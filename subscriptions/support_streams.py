"""The generators behind the support desk's subscriptions.

Like :mod:`subscriptions.streams`, events only wake a stream up: what it sends is read
from the database with the caller's row scope, and the caller is checked again for every
event (deactivated, expired, removed from the desk: the stream ends).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from models import SupportChat, SupportStatus
from resolvers.context import RequestContext
from resolvers.errors import Forbidden, NotFound
from resolvers.principal import Principal
from resolvers.scope import scoped
from resolvers.support_queue import (
    desk_agents,
    estimated_wait,
    on_desk,
    queue_positions,
    require_desk_query,
)
from roost.i18n import N_
from subscriptions.channels import SUPPORT_QUEUE, thread_channel
from subscriptions.streams import current_principal


@dataclass(frozen=True)
class QueueChange:
    """A change of the live queue: a chat arrived, was taken, released, or left it."""

    kind: str
    chat: SupportChat | None
    queue_length: int


async def queue_stream(context: RequestContext) -> AsyncIterator[QueueChange]:
    """Arrivals, takes and departures of the live queue, for the support desk."""
    principal = await require_desk_query(context, "supportQueueUpdates")
    async with context.hub.subscribe(SUPPORT_QUEUE) as events:
        while True:
            event = await events.next()
            principal = await current_principal(principal)
            if not await on_desk(principal):
                raise Forbidden(N_("Only the support team works the support queue."))
            context.fresh_loaders()
            chat = await SupportChat.get_or_none(id=event.get("chat", 0))
            length = await SupportChat.filter(status=SupportStatus.QUEUED).count()
            yield QueueChange(str(event.get("type", "resync")), chat, length)


@dataclass(frozen=True)
class ChatState:
    """Where a support chat stands, as its provider follows it."""

    chat: SupportChat
    queue_position: int | None
    estimated_wait_seconds: int | None


async def _state(context: RequestContext, principal: Principal, thread_id: int) -> ChatState:
    chat = await scoped(SupportChat, principal).get_or_none(thread_id=thread_id)
    if chat is None:
        raise NotFound(N_("No such support chat."))
    if chat.status is not SupportStatus.QUEUED:
        # Taken, resolved or a ticket: no place in the queue, so the queue is not read.
        return ChatState(chat, None, None)
    position = (await queue_positions()).get(chat.id)
    wait = None
    if position is not None:
        wait = estimated_wait(
            position, await desk_agents(), context.settings.support_seconds_per_chat
        )
    return ChatState(chat, position, wait)


def _key(state: ChatState) -> tuple[object, ...]:
    chat = state.chat
    return (chat.status, chat.taken_by_id, state.queue_position, state.estimated_wait_seconds)


async def chat_stream(context: RequestContext, thread_id: int | None) -> AsyncIterator[ChatState]:
    """A support chat's status, queue position and estimated wait: now, then on each change."""
    principal = await current_principal(context.require_principal())
    state = await _state(context, principal, thread_id or 0)
    async with context.hub.subscribe(SUPPORT_QUEUE, thread_channel(state.chat.thread_id)) as events:
        yield state
        while True:
            await events.next()
            principal = await current_principal(principal)
            context.fresh_loaders()
            fresh = await _state(context, principal, state.chat.thread_id)
            if _key(fresh) != _key(state):
                state = fresh
                yield state

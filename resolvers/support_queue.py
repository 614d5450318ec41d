"""The live queue of the support desk: waiting chats, positions, taking and ending chats.

Queued chats are served longest-waiting first (``waiting_since``, then id); a released
chat keeps its ``waiting_since`` and so goes back to its original place. Taking is one
conditional UPDATE (``status = QUEUED``): of two agents taking a chat at once, exactly
one changes the row, the other gets ``ALREADY_TAKEN``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models import Message, Role, SupportChat, SupportStatus, Thread, ThreadStatus, User
from models.policy import HELD_SUPPORT_CHATS, SUPPORT_DESK
from models.support import SUPPORT_TEAM
from resolvers.access import allowed, allowed_query
from resolvers.context import RequestContext
from resolvers.errors import Forbidden, Refused
from resolvers.loaders import BatchLoader
from resolvers.pagination import Page, Window, paginate
from resolvers.principal import Principal
from resolvers.scope import matches, scoped, scoped_by
from resolvers.support_chats import announce, chat_in_scope, joined_text, post_system
from roost.i18n import N_

#: Chats per queue page when the client names no size.
QUEUE_PAGE = 20


async def on_desk(principal: Principal) -> bool:
    """Whether the caller works the support desk (the policy's ``SUPPORT_DESK``)."""
    return await scoped_by(User, SUPPORT_DESK, principal).filter(id=principal.user_id).exists()


async def require_desk_query(context: RequestContext, query: str) -> Principal:
    """The caller, if it may read the queue (``query``); else a ``FORBIDDEN`` error."""
    principal = context.require_principal()
    allowed_query(principal, query)
    if not await on_desk(principal):
        raise Forbidden(N_("Only the support team works the support queue."))
    return principal


async def _require_desk(context: RequestContext, mutation: str) -> Principal:
    principal = context.require_principal()
    allowed(principal, mutation)
    if not await on_desk(principal):
        raise Refused("FORBIDDEN", N_("Only the support team works the support queue."))
    return principal


async def support_queue(context: RequestContext, window: Window) -> Page[SupportChat]:
    """Queued chats, longest waiting first (agents of the support team, admins)."""
    await require_desk_query(context, "supportQueue")
    window = window.sized(QUEUE_PAGE)
    return await paginate(
        SupportChat.filter(status=SupportStatus.QUEUED).order_by("waiting_since", "id"),
        window.first,
        window.after,
        context.settings.max_page_size,
        last=window.last,
        before=window.before,
    )


async def queue_positions() -> dict[int, int]:
    """Every queued chat's place in the queue, 1 for the next one served."""
    ids = (
        await SupportChat.filter(status=SupportStatus.QUEUED)
        .order_by("waiting_since", "id")
        .values_list("id", flat=True)
    )
    return {int(pk): place for place, pk in enumerate(ids, start=1)}


async def desk_agents() -> int:
    """Active agents of the support team (at least one, for estimates)."""
    count = await User.filter(teams__key=SUPPORT_TEAM, role=Role.AGENT, active=True).count()
    return max(1, count)


def estimated_wait(position: int, agents: int, seconds_per_chat: int) -> int:
    """Seconds until a chat at ``position`` is taken, with ``agents`` answering."""
    return math.ceil(position / agents) * seconds_per_chat


class QueuePositionByChatLoader(BatchLoader[int, int | None]):
    """Queue places by chat id, in key order (one statement for the whole queue)."""

    def __init__(self, principal: Principal) -> None:
        super().__init__()

    async def _load(self, keys: Sequence[int]) -> list[int | None]:
        places = await queue_positions()
        return [places.get(key) for key in keys]


class DeskAgentsLoader(BatchLoader[int, int]):
    """How many agents answer the queue (any key), read once per request."""

    def __init__(self, principal: Principal) -> None:
        super().__init__()

    async def _load(self, keys: Sequence[int]) -> list[int]:
        agents = await desk_agents()
        return [agents for _ in keys]


class FirstMessageByThreadLoader(BatchLoader[int, Message | None]):
    """The first message of each thread the caller may see, by thread id, in key order."""

    def __init__(self, principal: Principal) -> None:
        super().__init__()
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[Message | None]:
        rows = await scoped(Message, self.principal).filter(thread_id__in=list(keys), seq=1)
        by_thread = {row.thread_id: row for row in rows}
        return [by_thread.get(key) for key in keys]


async def take_support_chat(context: RequestContext, thread_id: int | None) -> SupportChat:
    """The calling agent takes a queued chat; the provider is told the agent's first name."""
    principal = await _require_desk(context, "takeSupportChat")
    chat = await chat_in_scope(principal, thread_id)
    now = datetime.now(UTC)
    async with in_transaction():
        taken = await SupportChat.filter(id=chat.id, status=SupportStatus.QUEUED).update(
            status=SupportStatus.ACTIVE, taken_by_id=principal.user_id, taken_at=now
        )
        if not taken:
            current = await SupportChat.get(id=chat.id)
            if current.status is SupportStatus.ACTIVE:
                raise Refused(
                    "ALREADY_TAKEN", N_("Another agent has already taken this chat."), "threadId"
                )
            raise Refused("NOT_QUEUED", N_("This chat is not waiting in the queue."), "threadId")
        await Thread.filter(id=chat.thread_id).update(
            assigned_agent_id=principal.user_id, status=ThreadStatus.OPEN
        )
        await post_system(context, chat.thread_id, joined_text(principal.user))
    chat = await SupportChat.get(id=chat.id)
    await announce(context.hub, chat, "message", "taken")
    return chat


async def _held(context: RequestContext, mutation: str, thread_id: int | None) -> SupportChat:
    """A live chat the caller holds (admins: any live chat)."""
    principal = await _require_desk(context, mutation)
    chat = await chat_in_scope(principal, thread_id)
    if chat.status is not SupportStatus.ACTIVE:
        raise Refused("NOT_ACTIVE", N_("This chat is not active."), "threadId")
    if not matches(HELD_SUPPORT_CHATS, chat, principal):
        raise Refused("FORBIDDEN", N_("Another agent holds this chat."), "threadId")
    return chat


async def release_support_chat(context: RequestContext, thread_id: int | None) -> SupportChat:
    """Put a taken chat back in the queue, at the place it had."""
    chat = await _held(context, "releaseSupportChat", thread_id)
    async with in_transaction():
        moved = await SupportChat.filter(id=chat.id, status=SupportStatus.ACTIVE).update(
            status=SupportStatus.QUEUED, taken_by_id=None, taken_at=None
        )
        if not moved:
            raise Refused("NOT_ACTIVE", N_("This chat is not active."), "threadId")
        await Thread.filter(id=chat.thread_id).update(assigned_agent_id=None)
        await post_system(
            context,
            chat.thread_id,
            "You are back in the queue, at the place you had; the next agent will join you.",
        )
    chat = await SupportChat.get(id=chat.id)
    await announce(context.hub, chat, "message", "released")
    return chat


async def resolve_support_chat(context: RequestContext, thread_id: int | None) -> SupportChat:
    """End a live chat (RESOLVED); the provider may then rate it."""
    chat = await _held(context, "resolveSupportChat", thread_id)
    now = datetime.now(UTC)
    async with in_transaction():
        moved = await SupportChat.filter(id=chat.id, status=SupportStatus.ACTIVE).update(
            status=SupportStatus.RESOLVED, ended_at=now
        )
        if not moved:
            raise Refused("NOT_ACTIVE", N_("This chat is not active."), "threadId")
        thread = await Thread.get(id=chat.thread_id)
        thread.move_to(ThreadStatus.RESOLVED, now)
        await thread.save(update_fields=["status", "resolved_at"])
        await post_system(
            context,
            chat.thread_id,
            "This chat has been resolved. Thank you for contacting support; you can rate it.",
        )
    chat = await SupportChat.get(id=chat.id)
    await announce(context.hub, chat, "message")
    return chat

"""Tickets of the support desk: escalating a chat to a specialised team, moving tickets on.

The escalation summary is an INTERNAL note of the chat's thread (agents and admins only:
never pushed, listed or e-mailed to the provider); the provider sees the hand-off as a
SYSTEM message. A provider's reply to a ticket waiting on them reopens it
(:meth:`models.support.SupportChat.reopen_on_provider_reply`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models import SupportChat, SupportStatus, Team, Thread, ThreadStatus, Visibility
from models.policy import HELD_SUPPORT_CHATS, OWN_TEAMS
from models.support import TICKET_TRANSITIONS
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.scope import matches, scoped_by
from resolvers.support_chats import announce, chat_in_scope, handover_text, post_system
from resolvers.support_queue import on_desk
from resolvers.teams import team_with_key
from resolvers.threads import append_message, clean_body, notify_delay, notify_participants
from roost.i18n import N_

#: What the provider is told when a ticket moves, and the thread's status then.
_TICKET_MOVES: dict[SupportStatus, tuple[str, ThreadStatus]] = {
    SupportStatus.TICKET_OPEN: ("Your ticket is open again; the team is on it.", ThreadStatus.OPEN),
    SupportStatus.TICKET_PENDING: (
        "The team needs more information from you: please reply in this conversation.",
        ThreadStatus.WAITING,
    ),
    SupportStatus.TICKET_SOLVED: (
        "Your ticket has been solved. Reply here if anything is still unclear.",
        ThreadStatus.RESOLVED,
    ),
    SupportStatus.CLOSED: ("This ticket is closed.", ThreadStatus.CLOSED),
}


async def escalate_support_chat(
    context: RequestContext, thread_id: int | None, team_key: str, summary: str
) -> SupportChat:
    """Turn a live (or queued) chat into a ticket for ``team_key``, the summary kept as an
    INTERNAL note; the agent who holds it, or an admin."""
    principal = context.require_principal()
    allowed(principal, "escalateSupportChat")
    chat = await chat_in_scope(principal, thread_id)
    if not matches(HELD_SUPPORT_CHATS, chat, principal):
        raise Refused(
            "FORBIDDEN", N_("Only the agent who holds the chat escalates it."), "threadId"
        )
    if chat.status not in (SupportStatus.QUEUED, SupportStatus.ACTIVE):
        raise Refused("NOT_ACTIVE", N_("This chat is not active."), "threadId")
    team = await team_with_key(team_key)
    if team is None:
        raise Refused("NOT_FOUND", N_("No such team."), "teamKey")
    text = clean_body(summary, "summary")
    was_queued = chat.status is SupportStatus.QUEUED
    async with in_transaction():
        moved = await SupportChat.filter(id=chat.id, status=chat.status).update(
            status=SupportStatus.TICKET_OPEN
        )
        if not moved:
            raise Refused("NOT_ACTIVE", N_("This chat is not active."), "threadId")
        note = await append_message(
            chat.thread_id, principal.user, text, visibility=Visibility.INTERNAL
        )
        thread = await Thread.get(id=chat.thread_id)
        await notify_participants(thread, note, notify_delay(context))
        await SupportChat.filter(id=chat.id).update(escalation_note_id=note.id)
        await Thread.filter(id=chat.thread_id).update(
            assigned_team_id=team.id, status=ThreadStatus.OPEN
        )
        await post_system(context, chat.thread_id, handover_text(team.name))
    chat = await SupportChat.get(id=chat.id)
    await announce(context.hub, chat, "message", "left" if was_queued else None)
    return chat


def _invalid_move(old: SupportStatus, new: SupportStatus) -> Refused:
    return Refused(
        "INVALID_TRANSITION",
        N_("A ticket cannot move from {old} to {new}."),
        "status",
        old=old.value,
        new=new.value,
    )


async def set_support_ticket_status(
    context: RequestContext, thread_id: int | None, status: SupportStatus
) -> SupportChat:
    """Move a ticket: open -> pending -> solved -> closed (agents of its team or of the
    support desk, admins); the provider is told in a SYSTEM message."""
    principal = context.require_principal()
    allowed(principal, "setSupportTicketStatus")
    chat = await chat_in_scope(principal, thread_id)
    thread = await Thread.get(id=chat.thread_id)
    in_team = (
        thread.assigned_team_id is not None
        and await scoped_by(Team, OWN_TEAMS, principal).filter(id=thread.assigned_team_id).exists()
    )
    if not (in_team or await on_desk(principal)):
        raise Refused("FORBIDDEN", N_("Only the ticket's team moves it."), "threadId")
    if status not in TICKET_TRANSITIONS.get(chat.status, frozenset()):
        raise _invalid_move(chat.status, status)
    text, thread_status = _TICKET_MOVES[status]
    now = datetime.now(UTC)
    async with in_transaction():
        moved = await SupportChat.filter(id=chat.id, status=chat.status).update(
            status=status, ended_at=now if status is SupportStatus.CLOSED else None
        )
        if not moved:
            raise _invalid_move(chat.status, status)
        # Solving or closing dates the thread's resolution, reopening clears it.
        thread.move_to(thread_status, now)
        await thread.save(update_fields=["status", "resolved_at"])
        await post_system(context, chat.thread_id, text)
    chat = await SupportChat.get(id=chat.id)
    await announce(context.hub, chat, "message")
    return chat

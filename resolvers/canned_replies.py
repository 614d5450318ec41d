"""Canned replies: texts a team's agents insert, with the thread's details filled in.

Every agent reads every team's replies; an agent changes those of its own teams (the
policy's ``CANNED_REPLY_EDITORS``), an admin any. ``{customer_name}`` and
``{booking_reference}`` are replaced when a reply is rendered for a thread
(:func:`render_canned_reply`); the agent sends the result with ``sendMessage``.
"""

from __future__ import annotations

import re

from tortoise.transactions import in_transaction

from models import Booking, CannedReply, Team, Thread, User
from models.policy import CANNED_REPLY_EDITORS, OWN_TEAMS
from resolvers.access import allowed, allowed_query
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import NotFound, Refused
from resolvers.forms import Form
from resolvers.principal import Principal
from resolvers.scope import scoped, scoped_by
from resolvers.teams import team_with_key
from resolvers.threads import MAX_BODY
from roost.i18n import N_

#: GraphQL field -> column, for the audit log.
FIELDS = {"title": "title", "body": "body", "team": "team_id"}
MAX_TITLE = 120
#: The placeholders a reply may hold.
PLACEHOLDER = re.compile(r"\{(customer_name|booking_reference)\}")


def _checked(title: str | None, body: str | None, *, partial: bool) -> dict[str, str]:
    """The trimmed title and body to write (``partial``: only those given), every bad one
    refused at once."""
    given = {"title": title, "body": body}
    form = Form({k: v for k, v in given.items() if v is not None or not partial})
    form.text("title", "title", MAX_TITLE)
    form.text("body", "body", MAX_BODY)
    form.check()
    return form.columns


async def _editable_team(principal: Principal, key: str | None) -> Team:
    team = await team_with_key(key)
    if team is None:
        raise Refused("NOT_FOUND", N_("No such team."), "teamKey")
    if not await scoped_by(Team, OWN_TEAMS, principal).filter(id=team.id).exists():
        raise Refused(
            "FORBIDDEN", N_("Only the team's agents change its canned replies."), "teamKey"
        )
    return team


async def _editable_reply(principal: Principal, reply_id: int | None) -> CannedReply:
    editable = scoped_by(CannedReply, CANNED_REPLY_EDITORS, principal)
    reply = await editable.get_or_none(id=reply_id) if reply_id else None
    if reply is None:
        if reply_id and await scoped(CannedReply, principal).filter(id=reply_id).exists():
            raise Refused(
                "FORBIDDEN", N_("Only the team's agents change its canned replies."), "id"
            )
        raise Refused("NOT_FOUND", N_("No such canned reply."), "id")
    return reply


async def canned_replies(context: RequestContext, team_key: str | None) -> list[CannedReply]:
    """The canned replies of a team (or of every team), by title."""
    principal = context.require_principal()
    allowed_query(principal, "cannedReplies")
    replies = scoped(CannedReply, principal)
    if team_key is not None:
        team = await team_with_key(team_key)
        if team is None:
            raise NotFound(N_("No such team."))
        replies = replies.filter(team_id=team.id)
    return await replies.order_by("title", "id")


async def create_canned_reply(
    context: RequestContext, team_key: str | None, title: str | None, body: str | None
) -> CannedReply:
    """A new canned reply of one of the caller's teams."""
    principal = context.require_principal()
    allowed(principal, "createCannedReply")
    team = await _editable_team(principal, team_key)
    columns = {"team_id": team.id, **_checked(title, body, partial=False)}
    async with in_transaction():
        reply = await CannedReply.create(**columns)
        await record(principal, "createCannedReply", "CannedReply", reply.id, {}, _state(reply))
    return reply


async def update_canned_reply(
    context: RequestContext, reply_id: int | None, title: str | None, body: str | None
) -> CannedReply:
    """Change the title and/or body of a canned reply (``None`` keeps it)."""
    principal = context.require_principal()
    allowed(principal, "updateCannedReply")
    reply = await _editable_reply(principal, reply_id)
    before = _state(reply)
    reply.update_from_dict(_checked(title, body, partial=True))
    async with in_transaction():
        await reply.save(update_fields=["title", "body", "updated_at"])
        await record(principal, "updateCannedReply", "CannedReply", reply.id, before, _state(reply))
    return reply


async def delete_canned_reply(context: RequestContext, reply_id: int | None) -> int:
    """Remove a canned reply; returns its id."""
    principal = context.require_principal()
    allowed(principal, "deleteCannedReply")
    reply = await _editable_reply(principal, reply_id)
    async with in_transaction():
        await record(principal, "deleteCannedReply", "CannedReply", reply.id, _state(reply), {})
        await reply.delete()
    return reply.id


def _state(reply: CannedReply) -> dict[str, object]:
    return snapshot(reply, FIELDS)


async def render_canned_reply(
    context: RequestContext, reply_id: int | None, thread_id: int | None
) -> str:
    """The reply's text for a thread: its customer's name and booking reference filled in
    (a detail the thread lacks becomes empty)."""
    principal = context.require_principal()
    allowed_query(principal, "renderCannedReply")
    reply = await scoped(CannedReply, principal).get_or_none(id=reply_id) if reply_id else None
    if reply is None:
        raise NotFound(N_("No such canned reply."))
    thread = await scoped(Thread, principal).get_or_none(id=thread_id) if thread_id else None
    if thread is None:
        raise NotFound(N_("No such thread."))
    booking = await Booking.of_thread(thread)
    customer = await User.get_or_none(id=booking.customer_id) if booking else None
    values = {
        "customer_name": customer.name if customer else "",
        "booking_reference": booking.reference if booking else "",
    }
    return PLACEHOLDER.sub(lambda found: values[found.group(1)], reply.body)

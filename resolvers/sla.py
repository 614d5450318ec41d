"""First-response targets: the clock a routed thread starts, the first answer that stops
it, and the breach the worker reports exactly once.

The target (``models.sla``) is counted in the assigned team's service hours. An answer
is a message for everyone by the service team; internal notes do not count. At the due
time a worker job reports a thread still unanswered: one conditional update marks it
reported, so with several workers only one pushes ``sla_breached`` to the team's agents
(``inboxUpdates``) and e-mails the team's leads.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models import OutboxItem, OutboxKind, Role, Team, Thread, Urgency, User, Visibility
from models.policy import STAFF
from models.sla import response_window
from resolvers.links import thread_link
from resolvers.outbox import enqueue_email

#: The e-mail template of a breach (``roost/templates/email/sla_breached.*``).
BREACH_TEMPLATE = "sla_breached"


async def start_response_clock(
    thread_id: int, team: Team, urgency: Urgency, start: datetime
) -> None:
    """Set the thread's due time from ``start`` and schedule the breach check at it."""
    window = response_window(team, urgency, start)
    if window is None:
        return
    at_risk, due = window
    await Thread.filter(id=thread_id).update(
        first_response_due_at=due,
        sla_at_risk_at=at_risk,
        first_responded_at=None,
        sla_breach_notified_at=None,
    )
    await OutboxItem.bulk_create(
        [
            OutboxItem(
                kind=OutboxKind.SLA_BREACH,
                payload={"thread": thread_id},
                dedup_key=f"sla-breach:{thread_id}:{due.isoformat()}",
                due_at=due,
            )
        ],
        ignore_conflicts=True,
    )


async def retarget(thread: Thread) -> None:
    """After an urgency change: the target of the new urgency, counted from the thread's
    start, unless the service team answered already."""
    if thread.first_responded_at is not None or thread.assigned_team_id is None:
        return
    team = await Team.get(id=thread.assigned_team_id)
    await start_response_clock(thread.id, team, Urgency(thread.urgency), thread.created_at)


def answers(role: Role, visibility: Visibility) -> bool:
    """Whether a message by ``role`` answers the thread (notes do not)."""
    return role in STAFF and visibility is Visibility.ALL


async def record_first_response(thread_id: int, at: datetime) -> None:
    """Stop the clock at the service team's first answer (inside the message's transaction)."""
    await Thread.filter(
        id=thread_id, first_response_due_at__isnull=False, first_responded_at__isnull=True
    ).update(first_responded_at=at)


async def report_breach(item: OutboxItem, now: datetime, agent_portal_url: str) -> Thread | None:
    """The job at a due time: mark the breach once and e-mail the leads (``None``: nothing
    to report, or another worker did)."""
    thread_id = int(item.payload["thread"])
    async with in_transaction():
        marked = await Thread.filter(
            id=thread_id,
            first_responded_at__isnull=True,
            first_response_due_at__lte=now,
            sla_breach_notified_at__isnull=True,
        ).update(sla_breach_notified_at=now)
        if not marked:
            return None
        thread = await Thread.get(id=thread_id)
        due = thread.first_response_due_at or now
        leads = await User.filter(led_teams__id=thread.assigned_team_id, active=True)
        for lead in leads:
            await enqueue_email(
                BREACH_TEMPLATE,
                lead.id,
                {
                    "thread_subject": thread.subject,
                    "urgency": thread.urgency.value,
                    "due_at": due.isoformat(),
                    "link": thread_link(agent_portal_url, thread.id),
                },
                dedup_key=f"sla-breach-mail:{thread.id}:{lead.id}",
            )
    return thread

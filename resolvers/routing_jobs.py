"""The worker's routing jobs: moving parked threads back at opening, reporting breaches.

Each runs from an outbox row claimed by one worker; the database change is a conditional
update, so a row carried out twice (a lease that ran out) changes and pushes nothing twice.
Pushes go out after the change committed.
"""

from __future__ import annotations

from datetime import datetime

from models import OutboxItem, OutboxKind
from resolvers.routing import return_home
from resolvers.sla import report_breach
from resolvers.threads import publish_thread_event
from roost.settings import Settings
from subscriptions.channels import ALL_THREADS, thread_state
from subscriptions.hub import Hub

#: The outbox kinds carried out here.
ROUTING_JOBS = frozenset({OutboxKind.ROUTING_RETURN, OutboxKind.SLA_BREACH})

#: The inbox event of a breach; only the team's agents receive it.
SLA_BREACHED = "sla_breached"


async def run_routing_job(
    item: OutboxItem, settings: Settings, now: datetime, hub: Hub | None
) -> None:
    """Carry out a routing job (one of :data:`ROUTING_JOBS`)."""
    if item.kind is OutboxKind.ROUTING_RETURN:
        thread = await return_home(item, settings, now)
        if thread is not None and hub is not None:
            await publish_thread_event(hub, thread, "status")
    elif item.kind is OutboxKind.SLA_BREACH:
        thread = await report_breach(item, now, settings.agent_portal_url)
        if thread is not None and hub is not None:
            # The service team's channel only: SLA data never reaches the parties.
            await hub.publish(
                ALL_THREADS,
                {
                    "type": SLA_BREACHED,
                    "thread": thread.id,
                    "team": thread.assigned_team_id,
                    "seq": thread.last_seq,
                    "state": thread_state(thread),
                },
            )

"""The service team's work views of the inbox: by team, by assignee, by first-response state.

These filters read fields only operators may read (``Thread.assignedTeam``,
``Thread.slaState``), so other roles are refused rather than given an oracle.
"""

from __future__ import annotations

from datetime import datetime
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

from tortoise.expressions import F, Q, Subquery
from tortoise.functions import Sum

from models import Audience, ReadMarker, Thread
from models.organisations import TEAM_KEY_LENGTH
from models.policy import Access, field_access
from models.sla import SlaState
from resolvers.errors import Forbidden
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_

if TYPE_CHECKING:
    from resolvers.inbox import InboxQuery


def _may_read(principal: Principal, field: str, argument: str) -> None:
    if field_access(principal.role, "Thread", field) is not Access.READ:
        raise Forbidden(N_("Your role may not use {name}."), {"name": argument})


def _of_team(key: str) -> Q:
    """Threads assigned to team ``key`` (a key longer than any stored one matches none)."""
    return Q(assigned_team__key=key) if len(key) <= TEAM_KEY_LENGTH else Q(id__in=[])


def sla_condition(state: SlaState, now: datetime) -> Q:
    """Threads in ``state`` at ``now`` (the same rules as :func:`models.sla.sla_state`)."""
    waiting = Q(first_responded_at__isnull=True, first_response_due_at__isnull=False)
    if state is SlaState.MET:
        return Q(first_responded_at__lte=F("first_response_due_at"))
    if state is SlaState.BREACHED:
        late = Q(first_responded_at__gt=F("first_response_due_at"))
        return late | (waiting & Q(first_response_due_at__lte=now))
    pending = waiting & Q(first_response_due_at__gt=now)
    if state is SlaState.AT_RISK:
        return pending & Q(sla_at_risk_at__lte=now)
    return pending & Q(sla_at_risk_at__gt=now)


def work_view_conditions(principal: Principal, query: InboxQuery, now: datetime) -> Q:
    """The conditions of the work-view filters of ``query`` (refused for non-operators)."""
    conditions = Q()
    if query.team_key is not None:
        _may_read(principal, "assignedTeam", "teamKey")
        conditions &= _of_team(query.team_key)
    if query.assigned_to_me:
        _may_read(principal, "assignedAgent", "assignedToMe")
        conditions &= Q(assigned_agent_id=principal.user_id)
    if query.unassigned:
        _may_read(principal, "assignedAgent", "unassigned")
        conditions &= Q(assigned_agent_id__isnull=True)
    if query.sla_states:
        _may_read(principal, "slaState", "slaState")
        conditions &= reduce(or_, (sla_condition(state, now) for state in query.sla_states))
    return conditions


async def team_unread_total(principal: Principal, team_key: str, seen_by: Audience) -> int:
    """Unread messages of ``principal`` over the threads of team ``team_key``: the team's
    last numbers minus the reader's markers on them (two aggregate statements)."""
    _may_read(principal, "assignedTeam", "teamKey")
    if principal.user_id is None:
        return 0
    column = "last_seq" if seen_by is Audience.STAFF else "last_public_seq"
    threads = scoped(Thread, principal).filter(_of_team(team_key))
    # Grouped by a column all rows share: one row holding the sum (or none).
    last = await (
        threads.annotate(total=Sum(column))
        .group_by("assigned_team_id")
        .values_list("total", flat=True)
    )
    read = await (
        ReadMarker.filter(user_id=principal.user_id, thread_id__in=Subquery(threads.values("id")))
        .annotate(total=Sum("last_read_seq"))
        .group_by("user_id")
        .values_list("total", flat=True)
    )
    return max(0, int(sum(last)) - int(sum(read)))

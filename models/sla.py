"""First-response targets: when a thread is due an answer, and how it stands against it."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from models.organisations import Team
from models.service_time import add_service_time
from models.threads import Thread, Urgency


class SlaState(StrEnum):
    ON_TRACK = "ON_TRACK"
    #: In the last fifth of the target.
    AT_RISK = "AT_RISK"
    BREACHED = "BREACHED"
    MET = "MET"


#: Minutes of the team's service time per urgency, unless the team sets its own.
DEFAULT_TARGETS: dict[Urgency, int] = {
    Urgency.URGENT: 15,
    Urgency.ACTION_REQUIRED: 120,
    Urgency.INFO: 8 * 60,
}


def target_for(team: Team, urgency: Urgency) -> timedelta:
    """The first-response target of ``team`` for ``urgency``."""
    minutes = team.response_targets.get(urgency.value, DEFAULT_TARGETS[urgency])
    return timedelta(minutes=int(minutes))


def response_window(
    team: Team, urgency: Urgency, start: datetime
) -> tuple[datetime, datetime] | None:
    """When a thread that starts waiting at ``start`` becomes at risk and when it is due."""
    target = target_for(team, urgency)
    due = add_service_time(team, start, target)
    at_risk = add_service_time(team, start, target * 4 / 5)
    return None if due is None or at_risk is None else (at_risk, due)


def sla_state(thread: Thread, now: datetime) -> SlaState | None:
    """Where ``thread`` stands against its target at ``now`` (``None`` without one)."""
    due = thread.first_response_due_at
    if due is None:
        return None
    if thread.first_responded_at is not None:
        return SlaState.MET if thread.first_responded_at <= due else SlaState.BREACHED
    if now >= due:
        return SlaState.BREACHED
    if thread.sla_at_risk_at is not None and now >= thread.sla_at_risk_at:
        return SlaState.AT_RISK
    return SlaState.ON_TRACK

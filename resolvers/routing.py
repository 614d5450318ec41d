"""Routing threads to teams and agents, and moving parked threads back at opening.

A customer or provider thread is routed when it is started and when a new message from
its parties reopens it: the routing rules (``RoutingRule``, tried by position) pick the
team from the booking's customer and participant count. A team closed at that moment
(weekly hours in its time zone, closure days) hands the thread to the always-open team
with ``routedBecause`` "out of hours"; a worker job at the team's next opening moves it
back unless someone assigned it by hand meanwhile. Within the team, the thread goes to the
online agent (:mod:`resolvers.presence`) with the fewest open threads, below the capacity
(``Team.agent_capacity`` or ``ROOST_AGENT_CAPACITY``); otherwise it waits unassigned.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.functions import Count

from models import (
    Booking,
    Message,
    OutboxItem,
    OutboxKind,
    Role,
    RoutingRule,
    Team,
    Thread,
    ThreadStatus,
    User,
)
from models.policy import STAFF
from models.routing import OUT_OF_HOURS
from models.service_time import next_opening
from resolvers.presence import online
from resolvers.principal import Principal
from resolvers.sla import answers, record_first_response, start_response_clock
from resolvers.webhook_events import thread_status_changed
from roost.settings import Settings

#: Statuses in which a thread counts towards its agent's load.
OPEN_STATUSES = (ThreadStatus.OPEN, ThreadStatus.WAITING)


async def matching_rule(booking: Booking) -> RoutingRule | None:
    """The first rule (by position) the booking's thread falls under."""
    customer = await User.get_or_none(id=booking.customer_id) if booking.customer_id else None
    vip = bool(customer and customer.is_vip)
    for rule in await RoutingRule.all().order_by("position", "id"):
        if rule.matches(vip, booking.participant_count):
            return rule
    return None


async def _always_open_team() -> Team | None:
    return await Team.filter(always_open=True).order_by("id").first()


async def least_loaded_agent(team: Team, settings: Settings, now: datetime) -> int | None:
    """The online member of ``team`` with the fewest open threads, below capacity."""
    capacity = team.agent_capacity if team.agent_capacity is not None else settings.agent_capacity
    candidates = await (
        User.filter(online(settings, now), teams__id=team.id, active=True)
        .filter(role__in=list(STAFF))
        .distinct()
        .values_list("id", flat=True)
    )
    if not candidates:
        return None
    loads = dict(
        await Thread.filter(assigned_agent_id__in=candidates, status__in=list(OPEN_STATUSES))
        .group_by("assigned_agent_id")
        .annotate(load=Count("id"))
        .values_list("assigned_agent_id", "load")
    )
    ranked = sorted((loads.get(agent, 0), agent) for agent in set(candidates))
    return next((agent for load, agent in ranked if load < capacity), None)


async def route_thread(thread: Thread, booking: Booking, settings: Settings, now: datetime) -> None:
    """Assign ``thread`` to its team and maybe an agent; start its response clock.

    Call inside the transaction that starts or reopens the thread.
    """
    rule = await matching_rule(booking)
    if rule is None:
        return
    team = await Team.get(id=rule.team_id)
    because, home = rule.reason(), None
    if not team.is_open_at(now):
        fallback = await _always_open_team()
        if fallback is not None and fallback.id != team.id:
            home, team, because = team, fallback, OUT_OF_HOURS
            await _schedule_return(thread.id, home, rule.reason(), now)
    agent = await least_loaded_agent(team, settings, now)
    await Thread.filter(id=thread.id).update(
        assigned_team_id=team.id,
        assigned_agent_id=agent,
        routed_because=because,
        home_team_id=home.id if home else None,
    )
    await start_response_clock(thread.id, team, thread.urgency, now)


async def _schedule_return(thread_id: int, home: Team, because: str, now: datetime) -> None:
    opening = next_opening(home, now)
    if opening is None:
        return
    await OutboxItem.bulk_create(
        [
            OutboxItem(
                kind=OutboxKind.ROUTING_RETURN,
                payload={"thread": thread_id, "team": home.id, "because": because},
                dedup_key=f"routing-return:{thread_id}:{opening.isoformat()}",
                due_at=opening,
            )
        ],
        ignore_conflicts=True,
    )


async def return_home(item: OutboxItem, settings: Settings, now: datetime) -> Thread | None:
    """The job at a team's opening: move the parked thread back (``None``: nothing moved).

    Nothing moves when someone assigned the thread by hand meanwhile (``assignThread``
    clears its home team); the conditional update makes a second run a no-op.
    """
    thread_id, team_id = int(item.payload["thread"]), int(item.payload["team"])
    team = await Team.get_or_none(id=team_id)
    if team is None or not await Thread.exists(id=thread_id, home_team_id=team_id):
        return None
    if not team.is_open_at(now):
        # Closed again meanwhile (a closure day added): wait for the next opening.
        await _schedule_return(thread_id, team, str(item.payload["because"]), now)
        return None
    agent = await least_loaded_agent(team, settings, now)
    moved = await Thread.filter(id=thread_id, home_team_id=team_id).update(
        assigned_team_id=team_id,
        assigned_agent_id=agent,
        home_team_id=None,
        routed_because=str(item.payload["because"]),
    )
    return await Thread.get(id=thread_id) if moved else None


def reopened_by(role: Role) -> tuple[ThreadStatus, ...]:
    """The statuses of a thread that a message by ``role`` reopens (a party writing to a
    resolved one)."""
    return () if role in STAFF else (ThreadStatus.RESOLVED,)


def reopens(thread: Thread, role: Role) -> bool:
    """Whether a message by ``role`` reopens ``thread`` (:func:`reopened_by`)."""
    return thread.status in reopened_by(role)


async def route_new_thread(
    thread: Thread, booking: Booking, first: Message, role: Role, settings: Settings
) -> Thread:
    """Route a thread just started with message ``first`` (inside its transaction); returns
    it as stored now.

    A thread the service team starts with a message for everyone is answered already.
    """
    now = datetime.now(UTC)
    await route_thread(thread, booking, settings, now)
    if answers(role, first.visibility):
        await record_first_response(thread.id, first.created_at)
    return await Thread.get(id=thread.id)


async def reopen(thread: Thread, message: Message, settings: Settings) -> None:
    """A party's ``message`` to a resolved ``thread`` (see :func:`reopens`) opens it again
    and routes it anew; call inside the message's transaction."""
    await Thread.filter(id=thread.id).update(status=ThreadStatus.OPEN)
    await thread_status_changed(await Thread.get(id=thread.id), ThreadStatus.RESOLVED)
    booking = await Booking.of_thread(thread)
    if booking is not None:  # a support chat keeps the desk it has
        await route_thread(thread, booking, settings, message.created_at)


async def in_team(principal: Principal, team_id: object) -> bool:
    """Whether ``principal`` is a member of team ``team_id``."""
    if principal.user_id is None or not isinstance(team_id, int):
        return False
    return await User.filter(id=principal.user_id, teams__id=team_id).exists()

"""Administration of the service teams (admins): hours, time zone, closures, members.

Service hours are ``{"mon": [["09:00", "19:00"]], …}`` in the team's time zone; a closure
is a day the team is closed. Members are agents and admins. Every change is checked
field by field and written with its audit entry in one transaction.
"""

from __future__ import annotations

import re
from typing import Any

from tortoise.transactions import in_transaction

from models import Role, Team, Urgency, User
from models.organisations import TEAM_KEY_LENGTH, WEEKDAYS
from resolvers.access import allowed, writable
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import Form
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_

#: GraphQL field -> column of the team fields the audit log records.
FIELDS = {
    "key": "key",
    "name": "name",
    "timeZone": "time_zone",
    "alwaysOpen": "always_open",
    "serviceHours": "service_hours",
    "closures": "closures",
    "agentCapacity": "agent_capacity",
    "responseTargets": "response_targets",
}
#: Input names that differ from the policy's field names.
_POLICY_NAMES = {"memberIds": "members", "leadIds": "leads"}
#: Bounds of an agent's capacity (open threads) and of a response target (minutes).
MAX_CAPACITY = 1000
MAX_TARGET_MINUTES = 100_000
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d|24:00")
MAX_CLOSURES = 366
MEMBER_ROLES = (Role.AGENT, Role.ADMIN)


def _hours_error(hours: Any) -> tuple[str, dict[str, object]] | None:
    """What is wrong with a weekly schedule (a message id and its parameters), or ``None``."""
    if not isinstance(hours, dict) or not set(hours) <= set(WEEKDAYS):
        return N_("Use an object with the days {days} as keys."), {"days": ", ".join(WEEKDAYS)}
    for day, spans in hours.items():
        if not isinstance(spans, list):
            return N_("`{day}` must be a list of [start, end] spans."), {"day": day}
        for span in spans:
            if not (
                isinstance(span, list)
                and len(span) == 2
                and all(isinstance(t, str) and _CLOCK.fullmatch(t) for t in span)
                and span[0] < span[1]
            ):
                return N_('`{day}`: each span is ["HH:MM", "HH:MM"], the start before the end.'), {
                    "day": day
                }
    return None


def _form(values: dict[str, Any], locale: str) -> Form:
    form = Form(values, locale)
    if "key" in values and not _KEY.fullmatch(values["key"] or ""):
        form.fail("INVALID_VALUE", N_("Use 1-40 lower-case letters, digits, - or _."), "key")
    form.value("key", "key")
    form.text("name", "name", 120)
    form.time_zone("timeZone", "time_zone")
    form.value("alwaysOpen", "always_open")
    if "serviceHours" in values:
        error = _hours_error(values["serviceHours"])
        if error:
            form.fail("INVALID_VALUE", error[0], "serviceHours", **error[1])
        form.columns["service_hours"] = values["serviceHours"]
    if values.get("agentCapacity") is not None and not 1 <= values["agentCapacity"] <= MAX_CAPACITY:
        form.fail("INVALID_VALUE", N_("Between 1 and {most}."), "agentCapacity", most=MAX_CAPACITY)
    form.value("agentCapacity", "agent_capacity")
    if "responseTargets" in values:
        targets = values["responseTargets"] or {}
        if not _targets_valid(targets):
            form.fail(
                "INVALID_VALUE",
                N_("Use an object with the urgencies {urgencies} as keys and minutes as values."),
                "responseTargets",
                urgencies=", ".join(Urgency),
            )
        form.columns["response_targets"] = targets
    if "closures" in values:
        days = sorted({day.isoformat() for day in values["closures"] or []})
        if len(days) > MAX_CLOSURES:
            form.fail("TOO_MANY", N_("At most {most} closure days."), "closures", most=MAX_CLOSURES)
        form.columns["closures"] = days
    return form


def _targets_valid(targets: Any) -> bool:
    """Response targets: ``{"URGENT": 15, …}``, whole minutes for known urgencies."""
    return (
        isinstance(targets, dict)
        and set(targets) <= set(Urgency)
        and all(
            type(minutes) is int and 1 <= minutes <= MAX_TARGET_MINUTES
            for minutes in targets.values()
        )
    )


async def _members(form: Form, name: str = "memberIds") -> list[User] | None:
    """The new members (or leads, ``leadIds``), if given: existing agents and admins only."""
    if name not in form:
        return None
    ids = form.values[name] or []
    found = {u.id: u for u in await User.filter(id__in=[i for i in ids if i], active=True)}
    for index, pk in enumerate(ids):
        user = found.get(pk) if pk else None
        if user is None or user.role not in MEMBER_ROLES:
            form.fail(
                "INVALID_MEMBER", N_("Only agents and admins join teams."), f"{name}[{index}]"
            )
    return list(found.values())


async def _state(team: Team) -> dict[str, Any]:
    members = await User.filter(teams__id=team.id).values_list("id", flat=True)
    leads = await User.filter(led_teams__id=team.id).values_list("id", flat=True)
    return {**snapshot(team, FIELDS), "members": sorted(members), "leads": sorted(leads)}


def _checked(principal: Principal, values: dict[str, Any], locale: str) -> Form:
    writable(principal, "Team", [_POLICY_NAMES.get(name, name) for name in values])
    return _form(values, locale)


async def _unique_key(form: Form, team_id: int | None) -> None:
    key = form.columns.get("key")
    # An invalid key (already refused) cannot be looked up: it may exceed the column.
    if key and _KEY.fullmatch(key) and await Team.filter(key=key).exclude(id=team_id or 0).exists():
        form.fail("DUPLICATE", N_("Another team has this key."), "key")


async def create_team(context: RequestContext, values: dict[str, Any]) -> Team:
    """A new team."""
    principal = context.require_principal()
    allowed(principal, "createTeam")
    form = _checked(principal, values, context.locale.value)
    form.required("key", "name")
    members = await _members(form)
    leads = await _members(form, "leadIds")
    await _unique_key(form, None)
    form.check()
    async with in_transaction():
        team = await Team.create(**form.columns)
        if members:
            await team.members.add(*members)
        if leads:
            await team.leads.add(*leads)
        await record(principal, "createTeam", "Team", team.id, {}, await _state(team))
    return team


async def update_team(context: RequestContext, team_id: int | None, values: dict[str, Any]) -> Team:
    """Change the given fields of a team; members and closures are replaced as a whole."""
    principal = context.require_principal()
    allowed(principal, "updateTeam")
    form = _checked(principal, values, context.locale.value)
    members = await _members(form)
    leads = await _members(form, "leadIds")
    await _unique_key(form, team_id)
    form.check()
    async with in_transaction():
        team = (
            await scoped(Team, principal).select_for_update().get_or_none(id=team_id)
            if team_id
            else None
        )
        if team is None:
            raise Refused("NOT_FOUND", N_("No such team."), "id")
        before = await _state(team)
        team.update_from_dict(form.columns)
        await team.save()
        if members is not None:
            await team.members.clear()
            if members:
                await team.members.add(*members)
        if leads is not None:
            await team.leads.clear()
            if leads:
                await team.leads.add(*leads)
        await record(principal, "updateTeam", "Team", team.id, before, await _state(team))
    return team


async def team_with_key(key: str | None) -> Team | None:
    """The team with ``key``; ``None`` for none, including a key longer than any team's."""
    return await Team.get_or_none(key=key) if key and len(key) <= TEAM_KEY_LENGTH else None

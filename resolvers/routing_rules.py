"""Administration of the routing rules: the ordered list an administrator replaces whole."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models import RoutingRule, RuleCondition, Team
from models.organisations import TEAM_KEY_LENGTH
from resolvers.access import allowed, allowed_query
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.errors import Refused, Rejected
from roost.i18n import N_

#: More rules than anyone needs; keeps the list (and its evaluation) small.
MAX_RULES = 50


@dataclass(frozen=True)
class RuleInput:
    """One rule as given: its condition, threshold (participant counts) and team key."""

    condition: RuleCondition
    team_key: str
    threshold: int | None = None


async def routing_rules(context: RequestContext) -> list[RoutingRule]:
    """The rules in the order they are tried."""
    allowed_query(context.require_principal(), "routingRules")
    return await RoutingRule.all().order_by("position", "id")


def _snapshot(rules: list[RoutingRule]) -> dict[str, object]:
    """The rules as the audit log keeps them."""
    return {
        "rules": [
            {"condition": rule.condition.value, "threshold": rule.threshold, "team": rule.team_id}
            for rule in rules
        ]
    }


async def _checked(rules: list[RuleInput]) -> list[tuple[RuleInput, Team]]:
    errors: list[Refused] = []
    if len(rules) > MAX_RULES:
        raise Refused("TOO_MANY", N_("At most {most} routing rules."), "rules", most=MAX_RULES)
    keys = {rule.team_key for rule in rules if len(rule.team_key) <= TEAM_KEY_LENGTH}
    teams = {team.key: team for team in await Team.filter(key__in=keys)}
    checked = []
    for index, rule in enumerate(rules):
        team = teams.get(rule.team_key)
        if team is None:
            errors.append(Refused("NOT_FOUND", N_("No such team."), f"rules[{index}].teamKey"))
        needs_threshold = rule.condition is RuleCondition.PARTICIPANTS_AT_LEAST
        if needs_threshold and (rule.threshold is None or not 1 <= rule.threshold <= 100_000):
            errors.append(
                Refused(
                    "INVALID_VALUE",
                    N_("Give a participant count between 1 and {most}."),
                    f"rules[{index}].threshold",
                    most=100_000,
                )
            )
        if team is not None:
            checked.append((rule, team))
    if errors:
        raise Rejected(errors)
    return checked


async def update_routing_rules(
    context: RequestContext, rules: list[RuleInput]
) -> list[RoutingRule]:
    """Replace the rules by ``rules``, tried in the given order; all or nothing."""
    principal = context.require_principal()
    allowed(principal, "updateRoutingRules")
    checked = await _checked(rules)
    async with in_transaction():
        before = await RoutingRule.all().order_by("position", "id")
        await RoutingRule.all().delete()
        for position, (rule, team) in enumerate(checked, start=1):
            await RoutingRule.create(
                position=position,
                condition=rule.condition,
                threshold=rule.threshold
                if rule.condition is RuleCondition.PARTICIPANTS_AT_LEAST
                else None,
                team_id=team.id,
            )
        after = await RoutingRule.all().order_by("position", "id")
        await record(
            principal, "updateRoutingRules", "RoutingRule", 0, _snapshot(before), _snapshot(after)
        )
    return after

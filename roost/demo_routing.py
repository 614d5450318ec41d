"""The demo's routing: the issue's three rules, team leads and a canned reply per team."""

from __future__ import annotations

import models as m

#: Team key -> e-mail of its lead (demo accounts).
LEADS = {
    "general": "anna.lopez@roost.example",
    "24x7": "anna.lopez@roost.example",
    "vip": "marc.dubois@roost.example",
    "groups": "eva.schmidt@roost.example",
}

#: (condition, threshold, team key), tried in this order.
RULES = (
    (m.RuleCondition.CUSTOMER_VIP, None, "vip"),
    (m.RuleCondition.PARTICIPANTS_AT_LEAST, 10, "groups"),
    (m.RuleCondition.ALWAYS, None, "general"),
)

CANNED = (
    "Hello {customer_name}, thank you for your message about booking {booking_reference}. "
    "We are looking into it and will come back to you shortly."
)


async def demo_routing() -> None:
    """Add the rules, leads and canned replies, unless the dataset has rules already."""
    if await m.RoutingRule.exists():
        return
    teams = {team.key: team for team in await m.Team.filter(key__in=list(LEADS))}
    if set(teams) != set(LEADS):
        return
    for position, (condition, threshold, key) in enumerate(RULES, start=1):
        await m.RoutingRule.create(
            position=position, condition=condition, threshold=threshold, team=teams[key]
        )
    for key, email in LEADS.items():
        lead = await m.User.get(email=email)
        await teams[key].leads.add(lead)
        await m.CannedReply.create(team=teams[key], title="Acknowledgement", body=CANNED)

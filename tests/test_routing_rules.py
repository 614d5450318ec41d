"""routingRules and updateRoutingRules: the rules are data an administrator edits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

import models as m
from models.policy import MUTATIONS
from resolvers.routing import matching_rule
from roost.demo import ACCOUNTS
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

RULES = """
query { routingRules { position condition threshold team { key } } }
"""

UPDATE = """
mutation ($input: UpdateRoutingRulesInput!) {
  updateRoutingRules(input: $input) {
    rules { position condition threshold team { key } }
    errors { code field }
  }
}
"""

NAME = "updateRoutingRules"

DEMO_RULES = [
    {"condition": "CUSTOMER_VIP", "teamKey": "vip"},
    {"condition": "PARTICIPANTS_AT_LEAST", "threshold": 10, "teamKey": "groups"},
    {"condition": "ALWAYS", "teamKey": "general"},
]


@pytest.fixture
async def restore_rules(api: Api) -> AsyncIterator[None]:
    """Put the demo's rules back after the test."""
    yield
    body = await api.query("ADMIN", UPDATE, {"input": {"rules": DEMO_RULES}})
    assert body["data"]["updateRoutingRules"]["errors"] == []


async def update(api: Api, role: str, rules: list[dict[str, Any]]) -> dict[str, Any]:
    """The payload of updateRoutingRules sent as ``role``."""
    body = await api.query(role, UPDATE, {"input": {"rules": rules}})
    return body["data"]["updateRoutingRules"]


async def test_the_demo_holds_the_three_rules(api: Api) -> None:
    """VIP to vip, 10 or more participants to groups, everyone else to general."""
    body = await api.query("ADMIN", RULES)
    assert body["data"]["routingRules"] == [
        {"position": 1, "condition": "CUSTOMER_VIP", "threshold": None, "team": {"key": "vip"}},
        {
            "position": 2,
            "condition": "PARTICIPANTS_AT_LEAST",
            "threshold": 10,
            "team": {"key": "groups"},
        },
        {"position": 3, "condition": "ALWAYS", "threshold": None, "team": {"key": "general"}},
    ]


async def test_an_admin_reorders_the_rules_and_routing_follows(
    orm: None, world: DemoWorld, api: Api, restore_rules: None
) -> None:
    """With groups tried first, a VIP's group of 12 goes to the groups team."""
    # given a VIP's booking for 12 travellers, routed to vip by the demo rules
    booking = await booking_for(world, customer="CUSTOMER_VIP")
    booking.participant_count = 12
    await booking.save(update_fields=["participant_count"])
    before = await matching_rule(booking)
    assert before is not None
    assert before.reason() == "VIP customer"
    # when the admin puts the participant rule first
    payload = await update(api, "ADMIN", [DEMO_RULES[1], DEMO_RULES[0], DEMO_RULES[2]])
    # then the list is replaced in that order and the booking's threads go to groups
    assert payload["errors"] == []
    assert [rule["team"]["key"] for rule in payload["rules"]] == ["groups", "vip", "general"]
    after = await matching_rule(booking)
    assert after is not None
    assert after.reason() == "10 or more participants"
    assert await m.AuditEntry.exists(action="updateRoutingRules")


async def test_bad_rules_are_refused_and_nothing_changes(api: Api) -> None:
    """An unknown team and a participant rule without a count: both named, none stored."""
    payload = await update(
        api,
        "ADMIN",
        [
            {"condition": "CUSTOMER_VIP", "teamKey": "nobody"},
            {"condition": "PARTICIPANTS_AT_LEAST", "teamKey": "groups"},
            {"condition": "ALWAYS", "teamKey": "x" * 500},
        ],
    )
    assert payload == {
        "rules": None,
        "errors": [
            {"code": "NOT_FOUND", "field": "rules[0].teamKey"},
            {"code": "INVALID_VALUE", "field": "rules[1].threshold"},
            {"code": "NOT_FOUND", "field": "rules[2].teamKey"},
        ],
    }
    assert len((await api.query("ADMIN", RULES))["data"]["routingRules"]) == 3


@pytest.mark.parametrize(
    "role", [key for key, account in ACCOUNTS.items() if account[2] not in MUTATIONS[NAME]]
)
async def test_only_admins_read_and_edit_the_rules(api: Api, role: str) -> None:
    """Everyone else gets FORBIDDEN, on the query and on the mutation."""
    body = await api.query(role, RULES)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    payload = await update(api, role, DEMO_RULES)
    assert payload["rules"] is None
    assert [error["code"] for error in payload["errors"]] == ["FORBIDDEN"]

"""The schema documents itself: every argument and enum value is described, and who may read it.

Introspection is for authenticated callers; anonymous callers get it only with
``ROOST_DEBUG`` or ``ROOST_PUBLIC_INTROSPECTION=1``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from graphql import get_introspection_query

from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings

AiohttpClient = Callable[..., Awaitable[TestClient]]

INTROSPECTION = get_introspection_query(descriptions=True)
SCHEMA_TYPES = "{ __schema { types { name } } }"
QUERY_TYPE = '{ __type(name: "Query") { name } }'
TYPENAME = "{ __typename }"


def undocumented(schema: dict[str, Any]) -> list[str]:
    """Every argument and enum value of an introspection result without a description."""
    missing: list[str] = []
    for kind in schema["types"]:
        if kind["name"].startswith("__"):
            continue
        for field in kind.get("fields") or []:
            missing += [
                f"{kind['name']}.{field['name']}({arg['name']}:)"
                for arg in field["args"]
                if not (arg["description"] or "").strip()
            ]
        missing += [
            f"{kind['name']}.{value['name']}"
            for value in kind.get("enumValues") or []
            if not (value["description"] or "").strip()
        ]
    for directive in schema["directives"]:
        missing += [
            f"@{directive['name']}({arg['name']}:)"
            for arg in directive["args"]
            if not (arg["description"] or "").strip()
        ]
    return missing


async def test_every_argument_and_enum_value_has_a_description(api: Api) -> None:
    # given an authenticated client reading the schema as GraphiQL does
    body = await api.query("CUSTOMER", INTROSPECTION)
    assert "errors" not in body, body
    schema = body["data"]["__schema"]
    # when it looks for arguments and enum values
    missing = undocumented(schema)
    # then each one says what it means
    assert not missing, f"{len(missing)} without a description: {missing}"
    assert any(kind.get("enumValues") for kind in schema["types"])


@pytest.mark.parametrize("query", [SCHEMA_TYPES, QUERY_TYPE])
async def test_anonymous_callers_may_not_introspect(api: Api, query: str) -> None:
    # given a caller without a token
    # when it asks for the schema
    status, body = await api.post(query)
    # then the request is refused before execution
    assert status == 200, body
    assert body["data"] is None, body
    assert {e["extensions"]["code"] for e in body["errors"]} == {"GRAPHQL_VALIDATION_FAILED"}
    assert "introspection" in body["errors"][0]["message"]


async def test_anonymous_callers_may_still_ask_for_typename(api: Api) -> None:
    # given a caller without a token
    # when it asks only for __typename (clients and health checks do)
    body = await api.query(None, TYPENAME)
    # then it gets it
    assert body == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("role", ["CUSTOMER", "GUEST", "ANALYST"])
async def test_authenticated_callers_may_introspect(api: Api, role: str) -> None:
    # given a caller with a token
    # when it asks for the schema
    body = await api.query(role, SCHEMA_TYPES)
    # then it gets it
    assert "errors" not in body, body
    assert {"Query", "Mutation", "Subscription"} <= {
        t["name"] for t in body["data"]["__schema"]["types"]
    }


@pytest.mark.parametrize(
    "env", [{"ROOST_PUBLIC_INTROSPECTION": "1"}, {"ROOST_DEBUG": "1"}], ids=["public", "debug"]
)
async def test_introspection_can_be_opened_to_anonymous_callers(
    aiohttp_client: AiohttpClient, world: DemoWorld, tmp_path: Path, env: dict[str, str]
) -> None:
    # given a server configured to open introspection (or running in debug mode)
    settings = make_settings(world.settings.database_url, tmp_path, **env)
    client = await aiohttp_client(create_app(settings))
    # when an anonymous caller asks for the schema
    response = await client.post("/graphql", json={"query": QUERY_TYPE})
    # then it gets it
    assert await response.json() == {"data": {"__type": {"name": "Query"}}}

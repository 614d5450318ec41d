"""Every (role, type, field) cell of the permission policy, tried through real requests.

The cells are generated from ``models.policy``: for each role (a demo account, or for
GUEST the self-service link of the session's guest booking) and each governed type, one
request per field reads that field of a row in the role's scope and the answer must be
what :func:`models.policy.field_access` says (READ, MASKED, FORBIDDEN or WITHHELD). Spot checks at
the end spell out the product's promises by hand.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import graphql
import pytest
import strawberry
from strawberry.relay import GlobalID

import models as m
from models.policy import POLICY, Access, describe, field_access, type_policy
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost import db
from roost.demo import ACCOUNTS
from schema import build_schema
from schema.policy import NODE_TYPES
from tests.conftest import Api, DemoWorld

#: Every role: the demo accounts' and GUEST (a validated self-service link, no account).
ROLES: list[m.Role] = [role for role in m.Role if role.value in ACCOUNTS or role is m.Role.GUEST]

#: (role, type) pairs where the policy gives the role rows of the type, and the others.
IN_SCOPE = [
    pytest.param(role, name, id=f"{role.value}-{name}")
    for name in sorted(NODE_TYPES)
    for role in ROLES
    if role in type_policy(name).scope
]
OUT_OF_SCOPE = [
    pytest.param(role, name, id=f"{role.value}-{name}")
    for name in sorted(NODE_TYPES)
    for role in ROLES
    if role not in type_policy(name).scope
]

NODE_FIELD = "query ($id: ID!) {{ node(id: $id) {{ ... on {type} {{ {selection} }} }} }}"

BOOKING_COMMISSIONS = """
query { bookings(first: 50) { edges { node { reference commission } } } }
"""

INVOICE_PAYOUTS = """
query { invoices(first: 50) { edges { node { number providerPayout } } } }
"""

BOOKING_CUSTOMER = """
query ($reference: String!) {
  booking(reference: $reference) { reference customer { email name } }
}
"""


@dataclass(frozen=True)
class Sample:
    """The rows one role's matrix test reads for one type."""

    row_id: int | None
    """A row within the role's scope (with non-empty personal data if there is one)."""
    any_row_id: int
    """Any existing row of the type."""
    clear: dict[str, Any]
    """Database values of ``row_id``'s stored personal (maskable) fields, by GraphQL name.

    Personal fields derived from other rows (e.g. ``Message.authorName``) are compared
    with what ADMIN reads instead."""


def snake(name: str) -> str:
    """The model attribute behind a camelCase GraphQL field name."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def global_id(type_name: str, pk: int) -> str:
    """The opaque relay id of row ``pk`` of ``type_name``."""
    return str(GlobalID(type_name, str(pk)))


def personal_fields(type_name: str) -> list[str]:
    """Fields of ``type_name`` that hold personal data (masked for some roles)."""
    return [name for name, rule in type_policy(type_name).fields.items() if rule.personal]


async def _sample(principal: Principal, type_name: str) -> Sample:
    """The first row of ``type_name`` in scope, preferring one with all personal data set."""
    _, model = NODE_TYPES[type_name]
    first = await model.all().order_by("id").first()
    assert first is not None, f"the demo data has no {type_name}"
    stored = model._meta.fields_map
    personal = [f for f in personal_fields(type_name) if snake(f) in stored]
    rows = await scoped(model, principal).order_by("id").limit(200)
    filled = [row for row in rows if all(getattr(row, snake(f)) for f in personal)]
    if not (filled or rows):
        return Sample(None, first.id, {})
    row = (filled or rows)[0]
    return Sample(row.id, first.id, {f: getattr(row, snake(f)) for f in personal})


async def _principal(world: DemoWorld, role: m.Role) -> Principal:
    """The principal behind ``world.tokens[role]``."""
    if role is m.Role.GUEST:
        link = await m.SelfServiceLink.filter(booking_id=world.guest_booking_id).first()
        assert link is not None
        return Principal.for_guest(link.id, world.guest_booking_id, link.expires_at)
    user = await m.User.get(id=world.user_ids[role.value])
    return Principal.for_user(user)


async def _collect_samples(world: DemoWorld) -> dict[tuple[m.Role, str], Sample]:
    """A :class:`Sample` for every (role, type), read once per session."""
    samples: dict[tuple[m.Role, str], Sample] = {}
    async with db.database(world.settings):
        for role in ROLES:
            principal = await _principal(world, role)
            assert principal.role is role, f"the {role.value} token stands for {principal.role}"
            for type_name in NODE_TYPES:
                samples[role, type_name] = await _sample(principal, type_name)
    return samples


@pytest.fixture(scope="session")
def samples(world: DemoWorld) -> dict[tuple[m.Role, str], Sample]:
    """For every (role, type): a row in the role's scope, picked with ``scoped()``."""
    return asyncio.run(_collect_samples(world))


@pytest.fixture(scope="session")
def built_schema(world: DemoWorld) -> strawberry.Schema:
    """The schema as the server builds it."""
    return build_schema(world.settings)


def selection(schema: strawberry.Schema, type_name: str, field_name: str) -> str:
    """``field`` for a leaf, ``field { __typename }`` for object and list-of-object fields."""
    field = schema._schema.type_map[type_name].fields[field_name]  # type: ignore[union-attr]
    if graphql.is_composite_type(graphql.get_named_type(field.type)):
        return f"{field_name} {{ __typename }}"
    return field_name


def field_query(schema: strawberry.Schema, type_name: str, field_name: str) -> str:
    """A ``node(id:)`` query reading one field of one type."""
    return NODE_FIELD.format(type=type_name, selection=selection(schema, type_name, field_name))


def codes_at(body: dict[str, Any], path: list[Any]) -> list[str | None]:
    """The ``extensions.code`` of every error reported at ``path``."""
    return [
        (e.get("extensions") or {}).get("code") for e in body.get("errors", []) if e["path"] == path
    ]


async def check_cell(
    api: Api,
    schema: strawberry.Schema,
    role: m.Role,
    type_name: str,
    field_name: str,
    sample: Sample,
) -> str | None:
    """Reads one cell as ``role``; a description of what is wrong, or ``None``."""
    assert sample.row_id is not None
    variables = {"id": global_id(type_name, sample.row_id)}
    query = field_query(schema, type_name, field_name)
    body = await api.query(role.value, query, variables)
    cell = f"{role.value} {type_name}.{field_name}"
    node = (body.get("data") or {}).get("node")
    if not isinstance(node, dict) or field_name not in node:
        return f"{cell}: the row itself is missing: {body}"
    access = field_access(role, type_name, field_name)
    value = node[field_name]
    if access is Access.FORBIDDEN:
        forbidden = value is None and codes_at(body, ["node", field_name]) == ["FORBIDDEN"]
        if not forbidden or len(body["errors"]) != 1:
            return f"{cell}: expected null with one FORBIDDEN error, got {body}"
        return None
    if "errors" in body:
        return f"{cell}: expected {access.value} without error, got {body['errors']}"
    if access is Access.WITHHELD:
        return None if value is None else f"{cell}: expected null, got {value!r}"
    derived = field_name in personal_fields(type_name) and field_name not in sample.clear
    if field_name not in sample.clear and not (derived and access is Access.MASKED):
        return None
    if access is Access.READ:
        clear = sample.clear[field_name]
        return None if value == clear else f"{cell}: expected clear {clear!r}, got {value!r}"
    admin = await api.query("ADMIN", query, variables)
    admin_value = admin["data"]["node"][field_name]
    clear = admin_value if derived else sample.clear[field_name]
    if admin_value != clear:
        return f"{cell}: ADMIN reads {admin_value!r}, the database holds {clear!r}"
    if clear and ("***" not in value or value == admin_value):
        return f"{cell}: expected {admin_value!r} masked with ***, got {value!r}"
    return None


@pytest.mark.parametrize(("role", "type_name"), IN_SCOPE)
async def test_each_field_of_a_visible_row_reads_as_the_policy_says(
    role: m.Role,
    type_name: str,
    samples: dict[tuple[m.Role, str], Sample],
    built_schema: strawberry.Schema,
    api: Api,
) -> None:
    # given a row of the type within the role's row scope
    sample = samples[role, type_name]
    assert sample.row_id is not None, f"demo data has no {type_name} that {role} may reach"
    # when the role reads each field of that row, one request per field
    problems = [
        problem
        for field_name in type_policy(type_name).fields
        if (problem := await check_cell(api, built_schema, role, type_name, field_name, sample))
    ]
    # then every answer is the one the policy gives (READ, MASKED, FORBIDDEN or WITHHELD)
    assert problems == []


@pytest.mark.parametrize(("role", "type_name"), OUT_OF_SCOPE)
async def test_a_type_outside_the_role_scope_is_invisible_like_a_missing_row(
    role: m.Role,
    type_name: str,
    samples: dict[tuple[m.Role, str], Sample],
    built_schema: strawberry.Schema,
    api: Api,
) -> None:
    # given an existing row of a type of which the role may reach no row
    sample = samples[role, type_name]
    assert sample.row_id is None
    every_field = " ".join(
        selection(built_schema, type_name, field) for field in type_policy(type_name).fields
    )
    query = NODE_FIELD.format(type=type_name, selection=f"id {every_field}")
    variables = {"id": global_id(type_name, sample.any_row_id)}
    assert (await api.query("ADMIN", query, variables))["data"]["node"] is not None
    # when the role asks for it by id
    body = await api.query(role.value, query, variables)
    # then it gets null and no error, as for a row that does not exist
    assert body == {"data": {"node": None}}


async def test_every_governed_field_has_a_rule_and_every_rule_a_field(
    built_schema: strawberry.Schema,
) -> None:
    # given the built schema and the policy
    type_map = built_schema._schema.type_map
    node_types = {
        name
        for name, gql_type in type_map.items()
        if isinstance(gql_type, graphql.GraphQLObjectType)
        and any(i.name == "Node" for i in gql_type.interfaces)
    }
    # when comparing the types and their fields (a row's id needs no rule)
    schema_fields = {
        name: set(type_map[name].fields) - {"id"}  # type: ignore[union-attr]
        for name in node_types
    }
    policy_fields = {name: set(policy.fields) for name, policy in POLICY.items()}
    # then every object with an id is governed, and fields and rules match one to one
    assert node_types == set(NODE_TYPES) == set(POLICY)
    assert schema_fields == policy_fields


async def test_each_field_description_states_who_may_read_and_write_it(
    built_schema: strawberry.Schema,
) -> None:
    # given the SDL the server exports
    exported = graphql.build_schema(built_schema.as_str())
    # when reading the description of every governed field
    missing = [
        f"{type_name}.{field_name}"
        for type_name, policy in POLICY.items()
        for field_name in policy.fields
        if describe(type_name, field_name)
        not in (exported.type_map[type_name].fields[field_name].description or "")  # type: ignore[union-attr]
    ]
    # then each carries the policy's sentence
    assert missing == []


async def test_customer_reads_no_commission_on_any_of_their_bookings(api: Api) -> None:
    # given a customer with bookings
    # when they list their bookings with the commission
    body = await api.query("CUSTOMER", BOOKING_COMMISSIONS)
    # then every commission is null with a FORBIDDEN error at its path
    edges = body["data"]["bookings"]["edges"]
    assert edges
    assert [edge["node"]["commission"] for edge in edges] == [None] * len(edges)
    for index in range(len(edges)):
        path = ["bookings", "edges", index, "node", "commission"]
        assert codes_at(body, path) == ["FORBIDDEN"]
    assert len(body["errors"]) == len(edges)


async def test_provider_staff_reads_commission_as_a_decimal_string(orm: None, api: Api) -> None:
    # given provider staff whose provider has bookings with a commission
    # when they list their bookings with the commission
    body = await api.query("PROVIDER_STAFF", BOOKING_COMMISSIONS)
    # then each commission is the stored amount, as a decimal string
    assert "errors" not in body
    edges = body["data"]["bookings"]["edges"]
    assert edges
    stored = dict(
        await m.Booking.filter(reference__in=[e["node"]["reference"] for e in edges]).values_list(
            "reference", "commission"
        )
    )
    for edge in edges:
        commission = edge["node"]["commission"]
        assert isinstance(commission, str)
        assert re.fullmatch(r"\d+\.\d{2}", commission), commission
        assert Decimal(commission) == stored[edge["node"]["reference"]]


async def test_analyst_reads_a_customers_email_and_name_masked(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Claire Martin (claire.martin@example.com)
    booking = await m.Booking.filter(customer_id=world.user_ids["CUSTOMER"]).first()
    assert booking is not None
    variables = {"reference": booking.reference}
    # when an analyst and an admin read its customer
    masked = await api.query("ANALYST", BOOKING_CUSTOMER, variables)
    clear = await api.query("ADMIN", BOOKING_CUSTOMER, variables)
    # then the analyst gets the masked forms, the admin the real ones, without errors
    assert masked == {
        "data": {
            "booking": {
                "reference": booking.reference,
                "customer": {"email": "c***@example.com", "name": "C*** M***"},
            }
        }
    }
    assert clear["data"]["booking"]["customer"] == {
        "email": "claire.martin@example.com",
        "name": "Claire Martin",
    }


@pytest.mark.parametrize("role", ["CUSTOMER", "TRAVEL_MANAGER"])
async def test_client_side_roles_cannot_read_the_provider_payout(role: str, api: Api) -> None:
    # given a client-side role that has invoices
    # when it lists its invoices with the provider payout
    body = await api.query(role, INVOICE_PAYOUTS)
    # then every payout is null with a FORBIDDEN error, while the invoices are listed
    edges = body["data"]["invoices"]["edges"]
    assert edges
    assert all(edge["node"]["number"] for edge in edges)
    assert [edge["node"]["providerPayout"] for edge in edges] == [None] * len(edges)
    for index in range(len(edges)):
        path = ["invoices", "edges", index, "node", "providerPayout"]
        assert codes_at(body, path) == ["FORBIDDEN"]

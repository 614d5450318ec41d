"""Row scope: callers see their own rows only, and other rows look like missing ones.

The demo data has two customers (Claire Martin, Jonas Weber), two providers
(Château Lumière with PROVIDER_STAFF, Alpen Touren with PROVIDER_STAFF_OTHER) and a
travel manager of the client company Acme. Expected rows are read from the database.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from tortoise.expressions import Q

import models as m
from tests.admin import gid
from tests.conftest import Api, DemoWorld

#: An id no demo row has.
MISSING_PK = 999_999
MISSING_REFERENCE = "BK-2026-999999"

BOOKINGS = """
query ($first: Int!, $after: String, $filter: BookingFilter) {
  bookings(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { reference } }
  }
}
"""

INVOICES = """
query { invoices(first: 100) { totalCount edges { node { number } } } }
"""

NODE = """
query ($id: ID!) { node(id: $id) { id } }
"""

NODE_BOOKING = """
query ($id: ID!) { node(id: $id) { id ... on Booking { reference customer { email } } } }
"""

NODES = """
query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Booking { reference } } }
"""

BOOKING_BY_REFERENCE = """
query ($reference: String!) { booking(reference: $reference) { reference commission } }
"""

INVOICE_WITH_BOOKING = """
query ($id: ID!) { node(id: $id) { ... on Invoice { number booking { reference } } } }
"""

BOOKING_RELATIONS = """
query ($reference: String!) {
  booking(reference: $reference) {
    reference provider { name } service { name } customer { email }
  }
}
"""

ANONYMOUS_BOOKINGS = """
query { bookings(first: 1) { totalCount } }
"""


async def user(world: DemoWorld, key: str) -> m.User:
    """The demo account behind role key ``key``."""
    return await m.User.get(id=world.user_ids[key])


async def raw(api: Api, role: str, query: str, variables: dict[str, Any]) -> str:
    """The response body of ``query`` as sent by the server, undecoded."""
    response = await api.client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {api.world.tokens[role]}"},
    )
    assert response.status == 200
    return await response.text()


def strings(value: str | list[str]) -> list[str]:
    """The id or ids in a variable's value."""
    return [value] if isinstance(value, str) else value


async def assert_like_missing(
    api: Api, role: str, query: str, hidden: dict[str, Any], missing: dict[str, Any]
) -> dict[str, Any]:
    """Asks for a hidden and a missing row; both bodies must match once the ids are swapped.

    Returns the decoded body of the hidden row's answer.
    """
    hidden_body = await raw(api, role, query, hidden)
    missing_body = await raw(api, role, query, missing)
    swapped = hidden_body
    for key, value in hidden.items():
        for old, new in zip(strings(value), strings(missing[key]), strict=True):
            swapped = swapped.replace(old, new)
    assert swapped == missing_body
    return json.loads(hidden_body)


async def references(api: Api, role: str, filter: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``bookings`` connection ``role`` gets: total count and the set of references.

    Every page is read: tests add bookings to the shared session database.
    """
    found: set[str] = set()
    after = None
    while True:
        variables = {"first": 100, "after": after, "filter": filter}
        body = await api.query(role, BOOKINGS, variables)
        assert "errors" not in body, body["errors"]
        connection = body["data"]["bookings"]
        found |= {edge["node"]["reference"] for edge in connection["edges"]}
        if not connection["pageInfo"]["hasNextPage"]:
            return {"totalCount": connection["totalCount"], "references": found}
        after = connection["pageInfo"]["endCursor"]


def own_bookings(account: m.User) -> Q:
    """Bookings the account booked itself."""
    return Q(customer_id=account.id)


def provider_bookings(account: m.User) -> Q:
    """Bookings of the account's provider."""
    return Q(provider_id=account.organisation_id)


def company_or_own_bookings(account: m.User) -> Q:
    """Bookings of the account's client company, and its own."""
    return Q(client_company_id=account.organisation_id) | Q(customer_id=account.id)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("CUSTOMER", own_bookings),
        ("CUSTOMER_OTHER", own_bookings),
        ("PROVIDER_STAFF", provider_bookings),
        ("PROVIDER_STAFF_OTHER", provider_bookings),
        ("TRAVEL_MANAGER", company_or_own_bookings),
    ],
)
async def test_booking_list_holds_exactly_the_callers_rows(
    role: str, expected: Callable[[m.User], Q], orm: None, world: DemoWorld, api: Api
) -> None:
    # given the bookings the role's account may see, according to the database
    account = await user(world, role)
    rows = m.Booking.filter(expected(account))
    count = await rows.count()
    assert 0 < count < await m.Booking.all().count()
    # when the role lists its bookings
    listed = await references(api, role)
    # then it gets exactly those, and the total count says so
    assert listed == {
        "totalCount": count,
        "references": set(await rows.values_list("reference", flat=True)),
    }


async def foreign_invoice(world: DemoWorld) -> m.Invoice:
    """An invoice of a booking of Jonas Weber (another customer than Claire)."""
    invoice = await m.Invoice.filter(booking__customer_id=world.user_ids["CUSTOMER_OTHER"]).first()
    assert invoice is not None
    return invoice


async def test_another_customers_booking_by_id_answers_like_a_missing_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Jonas, which Jonas can open, and an id no booking has
    booking = await (await foreign_invoice(world)).booking
    assert not await m.Booking.exists(id=MISSING_PK)
    hidden = {"id": gid("Booking", booking.id)}
    seen = await api.query("CUSTOMER_OTHER", NODE_BOOKING, hidden)
    assert seen["data"]["node"]["reference"] == booking.reference
    # when Claire asks for both by id
    body = await assert_like_missing(
        api, "CUSTOMER", NODE_BOOKING, hidden, {"id": gid("Booking", MISSING_PK)}
    )
    # then she gets null and no error for Jonas's booking, as for the missing one
    assert body == {"data": {"node": None}}


async def test_another_customers_booking_by_reference_answers_like_a_missing_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Jonas and a reference no booking has
    booking = await (await foreign_invoice(world)).booking
    assert not await m.Booking.exists(reference=MISSING_REFERENCE)
    hidden = {"reference": booking.reference}
    seen = await api.query("CUSTOMER_OTHER", BOOKING_BY_REFERENCE, hidden)
    assert seen["data"]["booking"]["reference"] == booking.reference
    # when Claire looks both up by reference
    body = await assert_like_missing(
        api, "CUSTOMER", BOOKING_BY_REFERENCE, hidden, {"reference": MISSING_REFERENCE}
    )
    # then she gets null and no error, as for the missing one
    assert body == {"data": {"booking": None}}


async def test_another_customers_booking_among_nodes_answers_like_a_missing_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Jonas and an id no booking has
    booking = await (await foreign_invoice(world)).booking
    hidden = {"ids": [gid("Booking", booking.id)]}
    # when Claire asks for each through nodes(ids:)
    body = await assert_like_missing(
        api, "CUSTOMER", NODES, hidden, {"ids": [gid("Booking", MISSING_PK)]}
    )
    # then she gets [null] and no error, as for the missing one
    assert body == {"data": {"nodes": [None]}}


async def test_the_invoice_of_another_customers_booking_answers_like_a_missing_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an invoice of a booking of Jonas, which Jonas can open
    invoice = await foreign_invoice(world)
    assert not await m.Invoice.exists(id=MISSING_PK)
    hidden = {"id": gid("Invoice", invoice.id)}
    seen = await api.query("CUSTOMER_OTHER", INVOICE_WITH_BOOKING, hidden)
    assert seen["data"]["node"]["number"] == invoice.number
    # when Claire asks for it and its booking
    body = await assert_like_missing(
        api, "CUSTOMER", INVOICE_WITH_BOOKING, hidden, {"id": gid("Invoice", MISSING_PK)}
    )
    # then she gets null and no error, as for an invoice that does not exist
    assert body == {"data": {"node": None}}


async def test_a_malformed_id_answers_null_without_error(api: Api) -> None:
    # given an id that is not a global id at all
    # when a customer asks for it through node(id:) and nodes(ids:)
    node = await api.query("CUSTOMER", NODE, {"id": "not-an-id"})
    nodes = await api.query("CUSTOMER", NODES, {"ids": ["not-an-id"]})
    # then both answer null, without error
    assert node == {"data": {"node": None}}
    assert nodes == {"data": {"nodes": [None]}}


@pytest.mark.parametrize("model", [m.Booking, m.Invoice, m.Service])
async def test_provider_staff_cannot_reach_another_providers_rows(
    model: type[m.Booking | m.Invoice | m.Service], orm: None, world: DemoWorld, api: Api
) -> None:
    # given a row of Alpen Touren, which Alpen Touren's staff can open
    alpen = (await user(world, "PROVIDER_STAFF_OTHER")).organisation_id
    path = "provider_id" if model is not m.Invoice else "booking__provider_id"
    row = await model.filter(**{path: alpen}).first()
    assert row is not None
    type_name = model.__name__
    hidden = {"id": gid(type_name, row.id)}
    seen = await api.query("PROVIDER_STAFF_OTHER", NODE, hidden)
    assert seen == {"data": {"node": {"id": hidden["id"]}}}
    # when Château Lumière's staff asks for it by id
    body = await assert_like_missing(
        api, "PROVIDER_STAFF", NODE, hidden, {"id": gid(type_name, MISSING_PK)}
    )
    # then it gets null, as for a row that does not exist
    assert body == {"data": {"node": None}}


async def test_filtering_by_another_provider_finds_nothing(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Alpen Touren, which has bookings that its own staff sees
    alpen = (await user(world, "PROVIDER_STAFF_OTHER")).organisation_id
    assert alpen is not None
    by_alpen = {"providerId": gid("Organisation", alpen)}
    alpen_count = await m.Booking.filter(provider_id=alpen).count()
    assert alpen_count > 0
    assert (await references(api, "PROVIDER_STAFF_OTHER", by_alpen))["totalCount"] == alpen_count
    # when Château Lumière's staff filters its bookings by Alpen Touren
    listed = await references(api, "PROVIDER_STAFF", by_alpen)
    # then it finds none
    assert listed == {"totalCount": 0, "references": set()}


async def test_customer_reads_the_relations_of_an_own_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Claire
    booking = await m.Booking.filter(customer_id=world.user_ids["CUSTOMER"]).first()
    assert booking is not None
    provider, service = await booking.provider, await booking.service
    # when she reads its provider, service and customer
    body = await api.query("CUSTOMER", BOOKING_RELATIONS, {"reference": booking.reference})
    # then all three are there
    assert body == {
        "data": {
            "booking": {
                "reference": booking.reference,
                "provider": {"name": provider.name},
                "service": {"name": service.name},
                "customer": {"email": "claire.martin@example.com"},
            }
        }
    }


async def test_customer_lists_only_invoices_of_own_bookings(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given the invoices of Claire's bookings, according to the database
    own = m.Invoice.filter(booking__customer_id=world.user_ids["CUSTOMER"])
    count = await own.count()
    assert 0 < count < await m.Invoice.all().count()
    # when she lists her invoices
    body = await api.query("CUSTOMER", INVOICES)
    # then she gets exactly those
    assert "errors" not in body
    connection = body["data"]["invoices"]
    assert connection["totalCount"] == count
    numbers = {edge["node"]["number"] for edge in connection["edges"]}
    assert numbers == set(await own.values_list("number", flat=True))


async def test_anonymous_caller_gets_unauthenticated_and_no_data(api: Api) -> None:
    # given a request without a token
    # when it asks for bookings
    body = await api.query(None, ANONYMOUS_BOOKINGS)
    # then it is refused as unauthenticated and gets no data
    assert body.get("data") is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]


async def test_agent_finds_bookings_by_customer_name(orm: None, api: Api) -> None:
    # given Claire's bookings, according to the database
    claires = m.Booking.filter(customer__name__icontains="Claire")
    count = await claires.count()
    assert count > 0
    # when an agent searches bookings for "Claire"
    listed = await references(api, "AGENT", {"search": "Claire"})
    # then the agent finds exactly them
    assert listed == {
        "totalCount": count,
        "references": set(await claires.values_list("reference", flat=True)),
    }


async def test_analyst_cannot_find_bookings_by_customer_name(api: Api) -> None:
    # given an analyst, who reads customer names masked
    # when the analyst searches bookings for "Claire"
    listed = await references(api, "ANALYST", {"search": "Claire"})
    # then nothing is found, so names cannot be guessed by searching
    assert listed == {"totalCount": 0, "references": set()}


async def test_analyst_finds_a_booking_by_reference(orm: None, world: DemoWorld, api: Api) -> None:
    # given a booking of Claire
    booking = await m.Booking.filter(customer_id=world.user_ids["CUSTOMER"]).first()
    assert booking is not None
    # when an analyst searches for its reference, in lower case
    listed = await references(api, "ANALYST", {"search": booking.reference.lower()})
    # then exactly that booking is found
    assert listed == {"totalCount": 1, "references": {booking.reference}}


async def test_an_overlong_search_is_a_client_error(api: Api) -> None:
    # when bookings are searched with a text longer than allowed
    body = await api.query(
        "AGENT",
        "query ($s: String) { bookings(first: 1, filter: {search: $s}) { nodes { id } } }",
        {"s": "x" * 5000},
    )
    # then it is refused with a code, not a server error
    assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_USER_INPUT"]

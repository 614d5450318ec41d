"""The query cost limit and ``nodes(ids:)``: documents that may fetch too much never run.

The cost is computed from the document before execution (page sizes times what is
selected in them, ``nodes(ids:)`` lengths, aliases and fragments expanded); above
``ROOST_MAX_QUERY_COST`` the query is refused with ``QUERY_TOO_COSTLY`` and its cost.
``nodes(ids:)`` takes at most ``ROOST_MAX_NODE_IDS`` ids and loads each type in one query.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphql import parse

import models as m
from roost.app import create_app
from schema.cost import cost_reads_variables
from tests.conftest import Api, DemoWorld, make_settings
from tests.sqlcount import count_statements
from tests.test_selfservice_edits import gid

#: 1 inbox + 100 threads + 100 x (1 messages + 100 messages): within every page limit.
NESTED_PAGES = """
query { inbox(first: 100) { nodes { subject messages(first: 100) { nodes { body } } } } }
"""
NESTED_PAGES_COST = 1 + 100 + 100 * (1 + 100)

#: Each alias costs 1 bookings + $n nodes + $n x 9 objects in the fragment.
ALIASED_FRAGMENTS = """
fragment related on Booking {
  customer { name organisation { name } }
  provider { name }
  service { name provider { name } }
  participants { name }
  fieldValues { value definition { key } participant { name } }
}
query ($n: Int = 100) {
  a: bookings(first: $n) { nodes { ...related } }
  b: bookings(first: $n) { nodes { ...related } }
  c: bookings(first: $n) { nodes { ...related } }
  d: bookings(first: $n) { nodes { ... on Booking { ...related } } }
  e: bookings(first: $n) { totalCount pageInfo { hasNextPage } nodes { ...related } }
}
"""
PER_ALIAS = 1 + 100 + 100 * 9

NODES = """
query ($ids: [ID!]!) {
  nodes(ids: $ids) { __typename ... on Booking { reference provider { name } } }
}
"""

TRIVIAL = "query { __typename }"

BOOKING_PAGE = "query ($n: Int!) { bookings(first: $n) { nodes { reference } } }"


def codes(body: dict[str, Any]) -> list[str]:
    """The ``extensions.code`` of a response's errors."""
    return [error["extensions"]["code"] for error in body.get("errors", [])]


async def statements(api: Api, query: str, variables: dict[str, Any] | None = None) -> int:
    """How many SQL statements ADMIN's ``query`` runs."""
    with count_statements() as counter:
        await api.query("ADMIN", query, variables)
    return len(counter.statements)


async def test_nested_pages_beyond_the_limit_are_refused_before_execution(api: Api) -> None:
    # given a query whose every page size is allowed, but whose pages nest
    limit = api.world.settings.max_query_cost
    assert limit < NESTED_PAGES_COST
    # when an agent sends it
    with count_statements() as counter:
        body = await api.query("AGENT", NESTED_PAGES)
    # then it is refused with its cost and the limit, and nothing beyond authentication ran
    assert body["data"] is None
    assert codes(body) == ["QUERY_TOO_COSTLY"]
    assert body["errors"][0]["extensions"]["cost"] == NESTED_PAGES_COST
    assert body["errors"][0]["extensions"]["maxCost"] == limit
    assert len(counter.statements) == await statements(api, TRIVIAL)


async def test_aliases_fragments_and_variables_are_all_counted(api: Api) -> None:
    # when the same fragment is read under five aliases, with the page size in a variable
    body = await api.query("ADMIN", ALIASED_FRAGMENTS, {"n": 100})
    # then every alias counts with its page size (page info once per connection)
    assert codes(body) == ["QUERY_TOO_COSTLY"]
    assert body["errors"][0]["extensions"]["cost"] == 5 * PER_ALIAS + 1
    # and the variable's default page size counts the same as a given one
    default = await api.query("ADMIN", ALIASED_FRAGMENTS)
    assert default["errors"] == body["errors"]
    # and smaller pages run
    small = await api.query("ADMIN", ALIASED_FRAGMENTS, {"n": 5})
    assert "errors" not in small
    assert len(small["data"]["e"]["nodes"]) == 5


async def test_the_limit_is_a_setting(
    orm: None, aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server whose limit is 10
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_MAX_QUERY_COST="10")
    client = await aiohttp_client(create_app(settings))
    api = Api(client, world)
    # when a page of 9 bookings (cost 10) and one of 10 (cost 11) are asked for
    allowed = await api.query("ADMIN", BOOKING_PAGE, {"n": 9})
    refused = await api.query("ADMIN", BOOKING_PAGE, {"n": 10})
    # then the first runs and the second is refused
    assert len(allowed["data"]["bookings"]["nodes"]) == 9
    assert codes(refused) == ["QUERY_TOO_COSTLY"]
    assert refused["errors"][0]["extensions"] == {
        "code": "QUERY_TOO_COSTLY",
        "cost": 11,
        "maxCost": 10,
    }
    # and each id of nodes(ids:) counts, with what is selected in it (1 + 1 per booking)
    ids = [gid("Booking", b.id) for b in await m.Booking.all().order_by("id").limit(6)]
    five = await api.query("ADMIN", NODES, {"ids": ids[:5]})
    six = await api.query("ADMIN", NODES, {"ids": ids})
    assert len(five["data"]["nodes"]) == 5
    assert six["errors"][0]["extensions"]["cost"] == 12


async def test_nodes_ids_count_in_the_cost_and_are_capped(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given the ids of every demo booking, repeated up to the cap and beyond
    bookings = [gid("Booking", b.id) for b in await m.Booking.all().order_by("id").limit(50)]
    cap = world.settings.max_node_ids
    ids = (bookings * (cap // len(bookings) + 1))[: cap + 1]
    # when a hundred ids (cost 100 x 2) and one more are asked for
    at_cap = await api.query("ADMIN", NODES, {"ids": ids[:cap]})
    beyond = await api.query("ADMIN", NODES, {"ids": ids})
    # then the hundred are read, in order, and one more is refused
    assert "errors" not in at_cap
    assert [n["__typename"] for n in at_cap["data"]["nodes"]] == ["Booking"] * cap
    assert codes(beyond) == ["BAD_USER_INPUT"]
    assert beyond["errors"][0]["extensions"]["max"] == cap


async def test_nodes_of_several_types_cost_one_query_per_type(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given bookings, invoices and threads
    rows = {
        "Booking": await m.Booking.all().order_by("id").limit(30),
        "Invoice": await m.Invoice.all().order_by("id").limit(30),
        "Thread": await m.Thread.all().order_by("id").limit(30),
    }
    mixed = [gid(name, row.id) for name, found in rows.items() for row in found]
    three = [gid(name, found[0].id) for name, found in rows.items()]
    query = "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }"
    # when an agent reads three of them, then all of them, by id
    few = await statements(api, query, {"ids": three})
    many = await statements(api, query, {"ids": mixed})
    # then both cost the same statements: one per type
    assert len(mixed) > 60
    assert many == few
    body = await api.query("ADMIN", query, {"ids": mixed})
    assert [node["id"] for node in body["data"]["nodes"]] == mixed


def test_only_page_sizes_and_ids_given_by_variables_make_the_cost_vary() -> None:
    # given operations with variables in and out of the arguments the cost reads
    send = "mutation ($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }"
    fixed_page = "query ($id: ID!) { thread(id: $id) { messages(last: 50) { nodes { id } } } }"
    # then only a page size or ids from a variable make a compiled plan recompute its cost
    assert cost_reads_variables(parse(BOOKING_PAGE))
    assert cost_reads_variables(parse(NODES))
    assert cost_reads_variables(parse(ALIASED_FRAGMENTS))
    assert not cost_reads_variables(parse(send))
    assert not cost_reads_variables(parse(fixed_page))

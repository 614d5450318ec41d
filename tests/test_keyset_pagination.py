"""Keyset cursors: rows inserted or moved between page requests neither repeat nor go
missing, the inbox pages backwards, and the total is counted only when asked for."""

from __future__ import annotations

import base64
from typing import Any

from tortoise.transactions import in_transaction

import models as m
from resolvers.threads import append_message, party_columns
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.sqlcount import count_statements

INBOX = """
query ($first: Int, $after: String, $last: Int, $before: String) {
  inbox(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""

INBOX_COUNTED = "query { inbox(first: 5) { totalCount edges { node { id } } } }"
INBOX_UNCOUNTED = "query { inbox(first: 5) { edges { node { id } } } }"

BOOKINGS = """
query ($after: String) {
  bookings(first: 3, after: $after, orderBy: STARTS_AT_ASC) {
    edges { node { id } } pageInfo { hasNextPage endCursor }
  }
}
"""


async def page(api: Api, role: str, **window: Any) -> dict[str, Any]:
    body = await api.query(role, INBOX, window)
    assert "errors" not in body, body
    return body["data"]["inbox"]


def ids(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["id"] for edge in connection["edges"]]


async def walk(api: Api, role: str, size: int, between: Any = None) -> list[str]:
    """Every inbox thread, page by page; ``between`` runs after each page."""
    seen: list[str] = []
    after = None
    while True:
        connection = await page(api, role, first=size, after=after)
        seen += ids(connection)
        if between is not None:
            await between()
        if not connection["pageInfo"]["hasNextPage"]:
            return seen
        after = connection["pageInfo"]["endCursor"]


async def new_thread(world: DemoWorld) -> None:
    """A new urgent thread of Claire's, which sorts to the very top of her inbox."""
    booking = await booking_for(world)
    claire = await m.User.get(id=world.user_ids["CUSTOMER"])
    async with in_transaction():
        thread = await m.Thread.create(
            booking_id=booking.id,
            subject="keyset",
            urgency=m.Urgency.URGENT,
            **party_columns(booking, m.Party.CUSTOMER),
        )
        await append_message(thread.id, claire, "Hello")


async def test_threads_started_while_paging_neither_repeat_nor_shift_the_pages(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's inbox with a few threads
    for _ in range(5):
        await new_thread(world)
    before = await walk(api, "CUSTOMER", 100)

    # when she pages through it two at a time while new threads keep arriving at the top
    async def arrive() -> None:
        await new_thread(world)

    during = await walk(api, "CUSTOMER", 2, between=arrive)

    # then she saw every thread that existed, once each, and in order
    assert len(during) == len(set(during))
    assert during == before


async def test_the_inbox_pages_backwards(orm: None, world: DemoWorld, api: Api) -> None:
    # given the whole inbox, forwards
    for _ in range(3):
        await new_thread(world)
    forwards = await walk(api, "CUSTOMER", 100)

    # when it is read backwards from the end, three at a time
    collected: list[str] = []
    connection = await page(api, "CUSTOMER", last=3)
    while True:
        collected = ids(connection) + collected
        if not connection["pageInfo"]["hasPreviousPage"]:
            break
        connection = await page(
            api, "CUSTOMER", last=3, before=connection["pageInfo"]["startCursor"]
        )

    # then it is the same list
    assert collected == forwards


async def test_bookings_moved_between_pages_are_not_seen_twice(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given the first page of Claire's bookings by start date
    body = await api.query("CUSTOMER", BOOKINGS)
    first = body["data"]["bookings"]
    seen = ids(first)

    # when a booking starting before all of them is added
    earliest = (
        await m.Booking.filter(customer_id=world.user_ids["CUSTOMER"]).order_by("starts_at").first()
    )
    assert earliest is not None
    await booking_for(world, starts_at=earliest.starts_at.replace(year=earliest.starts_at.year - 1))

    # then the next pages continue after the last row seen, without repeating it
    after = first["pageInfo"]["endCursor"]
    while after:
        rest = (await api.query("CUSTOMER", BOOKINGS, {"after": after}))["data"]["bookings"]
        seen += ids(rest)
        after = rest["pageInfo"]["endCursor"] if rest["pageInfo"]["hasNextPage"] else None
    assert len(seen) == len(set(seen))


async def test_the_total_is_counted_only_when_asked_for(api: Api) -> None:
    # when the inbox is read with and without totalCount
    with count_statements() as without:
        await api.query("AGENT", INBOX_UNCOUNTED)
    with count_statements() as counted:
        body = await api.query("AGENT", INBOX_COUNTED)

    # then only the second counts
    assert body["data"]["inbox"]["totalCount"] >= len(body["data"]["inbox"]["edges"])
    assert not any("COUNT(" in s.upper() for s in without.statements)
    assert sum("COUNT(" in s.upper() for s in counted.statements) == 1


async def test_a_forged_cursor_is_a_client_error(api: Api) -> None:
    # given cursors the server never issued: wrong shape, wrong types, wrong length
    forged = [
        base64.urlsafe_b64encode(b'{"a": 1}').decode(),
        base64.urlsafe_b64encode(b'["x", "y", "z"]').decode(),
        base64.urlsafe_b64encode(b"[1]").decode(),
        "not base64 at all!",
    ]
    for cursor in forged:
        # when one is sent
        body = await api.query("CUSTOMER", INBOX, {"first": 2, "after": cursor})
        # then it is refused with a code, not a server error
        assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_USER_INPUT"], body

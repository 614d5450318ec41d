"""The compiled path keeps the statements it built per caller and page request, and
builds them again as soon as anything the row scope depends on changes: an account moved
to another organisation reads that organisation's rows at once, and pages after a cursor
(whose times the statements would carry) always read what is there now."""

from __future__ import annotations

import models as m
from schema.relay import node_pk
from tests.conftest import Api, DemoWorld
from tests.sqlcount import count_statements

#: Compiled (no totalCount, no filter): the provider's bookings by the default order.
BOOKINGS = """query Bookings {
  bookings(first: 50) { edges { cursor node { reference } } pageInfo { endCursor } }
}"""

INBOX = """query Inbox($after: String) {
  inbox(first: 2, after: $after) { edges { node { id subject } } pageInfo { endCursor } }
}"""


async def references(api: Api, role: str) -> set[str]:
    body = await api.query(role, BOOKINGS)
    assert "errors" not in body, body
    return {edge["node"]["reference"] for edge in body["data"]["bookings"]["edges"]}


async def test_a_moved_account_reads_its_new_organisations_rows(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Château Lumière's staff member, who has read the bookings list a few times
    # (the first read proves the plan, the next ones run compiled and keep the statement)
    staff = await m.User.get(id=world.user_ids["PROVIDER_STAFF"])
    other = await m.User.get(id=world.user_ids["PROVIDER_STAFF_OTHER"])
    for _ in range(3):
        before = await references(api, "PROVIDER_STAFF")
    own = {b.reference for b in await m.Booking.filter(provider_id=staff.organisation_id)}
    assert before
    assert before <= own
    # when the account moves to Alpen Touren (and back afterwards: tests share the data)
    home = staff.organisation_id
    staff.organisation_id = other.organisation_id
    await staff.save(update_fields=["organisation_id"])
    try:
        after = await references(api, "PROVIDER_STAFF")
    finally:
        staff.organisation_id = home
        await staff.save(update_fields=["organisation_id"])
    # then the next read lists Alpen Touren's bookings, not the kept statement's
    alpen = {b.reference for b in await m.Booking.filter(provider_id=other.organisation_id)}
    assert after
    assert after <= alpen
    assert not after & own


async def test_kept_statements_read_the_rows_of_now(orm: None, world: DemoWorld, api: Api) -> None:
    # given an agent's first inbox page, read often enough for its statement to be kept
    for _ in range(3):
        first = await api.query("AGENT", INBOX)
    assert "errors" not in first, first
    edges = first["data"]["inbox"]["edges"]
    # when the first listed thread is renamed
    thread = await m.Thread.get(id=node_pk(edges[0]["node"]["id"], "Thread"))
    subject = thread.subject
    thread.subject = "Renamed while kept"
    await thread.save(update_fields=["subject"])
    try:
        with count_statements() as counter:
            again = await api.query("AGENT", INBOX)
    finally:
        thread.subject = subject
        await thread.save(update_fields=["subject"])
    # then the kept statement reads the rows as they are now, in as few statements
    assert again["data"]["inbox"]["edges"][0]["node"] == {
        "id": edges[0]["node"]["id"],
        "subject": "Renamed while kept",
    }
    assert len(counter.statements) <= 3
    # and the page after its cursor answers the same as normal execution
    after = {"after": first["data"]["inbox"]["pageInfo"]["endCursor"]}
    pages = [await api.query("AGENT", INBOX, after) for _ in range(3)]
    assert pages[0] == pages[1] == pages[2]
    assert "errors" not in pages[0], pages[0]

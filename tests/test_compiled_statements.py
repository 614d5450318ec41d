"""The compiled inbox reads in a fixed, small number of SQL statements: the same at two
page sizes and after more threads arrive, at most three; with ``unreadTotal``, two (the
caller's account, then the page with its bookings, last messages, read markers and the
badge)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import models as m
from roost.app import create_app
from tests.admin import unique
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.sqlcount import count_statements
from tests.test_keyset_pagination import new_thread
from tests.test_metrics import scrape, value

INBOX = """query Inbox($n: Int) {
  unreadTotal
  inbox(first: $n) {
    edges { cursor node {
      id subject urgency status lastActivityAt unreadCount
      booking { reference }
      lastMessage { id seq body authorName createdAt }
    } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def statements(api: Api, role: str) -> list[int]:
    """Statements per inbox request at page sizes 2 and 50."""
    counts = []
    for size in (2, 50):
        await api.query(role, INBOX, {"n": size})
        with count_statements() as counter:
            body = await api.query(role, INBOX, {"n": size})
        assert "errors" not in body, body
        assert len(body["data"]["inbox"]["edges"]) > 0
        counts.append(len(counter.statements))
    return counts


async def test_inbox_statements_stay_flat(orm: None, world: DemoWorld, api: Api) -> None:
    for role in ("CUSTOMER", "AGENT"):
        # given the inbox read at two page sizes
        small = await statements(api, role)
        # when more threads arrive
        for _ in range(4):
            await new_thread(world)
        large = await statements(api, role)
        # then every read took the same number of statements: the account, then the page
        # with the badge
        assert small == large
        assert len(set(small)) == 1, small
        assert small[0] == 2, small


async def test_execution_alone_takes_more(aiohttp_client: Any, world: DemoWorld) -> None:
    # given a server with the compiled path off (ROOST_COMPILED_READS=0)
    client = await aiohttp_client(create_app(replace(world.settings, compiled_reads=False)))
    normal = Api(client, world)
    # when the same inbox is read twice
    await normal.query("CUSTOMER", INBOX, {"n": 50})
    with count_statements() as counter:
        await normal.query("CUSTOMER", INBOX, {"n": 50})
    # then it takes more statements than the compiled path (which was used above)
    assert len(counter.statements) > 3


MESSAGES = """query ThreadMessages($id: ID!, $n: Int) {
  thread(id: $id) {
    id
    messages(last: $n) {
      edges { node { id seq body authorName authorSide createdAt } }
      pageInfo { hasPreviousPage startCursor }
    }
  }
}"""


async def message_statements(api: Api, role: str, thread_id: str) -> list[int]:
    """Statements per ``thread.messages`` request at page sizes 2 and 50."""
    counts = []
    for size in (2, 50):
        variables = {"id": thread_id, "n": size}
        await api.query(role, MESSAGES, variables)
        with count_statements() as counter:
            body = await api.query(role, MESSAGES, variables)
        assert body["data"]["thread"]["messages"]["edges"], body
        counts.append(len(counter.statements))
    return counts


async def test_thread_messages_statements_stay_flat(api: Api) -> None:
    # given a thread of Claire's with a few messages
    inbox = await api.query("CUSTOMER", "{ inbox(first: 1) { nodes { id } } }")
    thread_id = inbox["data"]["inbox"]["nodes"][0]["id"]
    send = """mutation ($id: ID!) { sendMessage(input: {threadId: $id, body: "more"}) {
      errors { code } } }"""
    for role in ("CUSTOMER", "AGENT"):
        # when its messages are read at two page sizes, before and after more arrive
        small = await message_statements(api, role, thread_id)
        for _ in range(3):
            await api.query("AGENT", send, {"id": thread_id})
        large = await message_statements(api, role, thread_id)
        # then every read took the same number of statements, at most three
        assert small == large
        assert len(set(small)) == 1, small
        assert small[0] <= 3, small


BOOKINGS = """query Bookings($n: Int!) {
  bookings(first: $n) {
    edges { cursor node { id reference status startsAt customer { name email } provider { name } } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def test_bookings_statements_stay_flat(world: DemoWorld, api: Api) -> None:
    for role in ("CUSTOMER", "AGENT"):
        counts = []
        # given the bookings read at two page sizes, before and after more bookings exist
        for _ in range(2):
            for size in (2, 20):
                await api.query(role, BOOKINGS, {"n": size})
                with count_statements() as counter:
                    body = await api.query(role, BOOKINGS, {"n": size})
                assert body["data"]["bookings"]["edges"], body
                counts.append(len(counter.statements))
            for _ in range(3):
                await booking_for(world)
        # then every read took the same number of statements, at most three
        assert len(set(counts)) == 1, counts
        assert counts[0] <= 3, counts


INVOICES = """query Invoices($n: Int!) {
  invoices(first: $n) {
    edges { cursor node { id number status dueDate totalAmount booking { reference } } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def test_invoices_statements_stay_flat(world: DemoWorld, api: Api) -> None:
    for role in ("CUSTOMER", "AGENT"):
        counts = []
        # given the invoices read at two page sizes, before and after more invoices exist
        for _ in range(2):
            for size in (1, 20):
                await api.query(role, INVOICES, {"n": size})
                with count_statements() as counter:
                    body = await api.query(role, INVOICES, {"n": size})
                assert body["data"]["invoices"]["edges"], body
                counts.append(len(counter.statements))
            for _ in range(3):
                await m.Invoice.create(number=unique("INV"), booking=await booking_for(world))
        # then every read took the same number of statements, at most three
        assert len(set(counts)) == 1, counts
        assert counts[0] <= 3, counts


async def test_compiled_answers_are_counted_by_operation_name(api: Api) -> None:
    # given the metrics before
    before = await scrape(api)
    # when the inbox is read three times (the last two through the compiled path)
    for _ in range(3):
        await api.query("CUSTOMER", INBOX, {"n": 2})
    # then /metrics counts every one under the operation's name
    after = await scrape(api)
    name = "roost_graphql_requests_total"
    labels = {"operation": "Inbox", "status": "200"}
    assert value(after, name, **labels) - value(before, name, **labels) == 3


PAST_THE_END = """query Inbox($after: String) {
  unreadTotal
  inbox(first: 50, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } }
}"""


async def test_the_badge_is_right_on_an_empty_page(api: Api) -> None:
    # given a customer's inbox read to its last page, each often enough to run compiled
    end = None
    while True:
        for _ in range(3):
            last = await api.query("CUSTOMER", PAST_THE_END, {"after": end})
        end = last["data"]["inbox"]["pageInfo"]["endCursor"]
        if not last["data"]["inbox"]["pageInfo"]["hasNextPage"]:
            break
    assert last["data"]["inbox"]["edges"]
    assert last["data"]["unreadTotal"] > 0
    # when the page after the last one is read (no row to carry the badge)
    for _ in range(3):
        empty = await api.query("CUSTOMER", PAST_THE_END, {"after": end})
    # then the page is empty and the badge is the same as with the threads
    assert empty["data"]["inbox"]["edges"] == []
    assert empty["data"]["unreadTotal"] == last["data"]["unreadTotal"]

"""The inbox: ordering, unread counts, last messages, filters and message pages.

Each test opens its own threads and checks them relative to each other (or as a change
of the caller's totals): the session database holds threads of other tests too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from resolvers.threads import append_message, party_columns
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.sqlcount import count_statements

INBOX = """
query ($first: Int!, $after: String, $filter: InboxFilter) {
  inbox(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id urgency status unreadCount } }
  }
}
"""

INBOX_WITH_RELATIONS = """
query ($first: Int!) {
  inbox(first: $first) {
    edges { node {
      id urgency unreadCount
      booking { reference }
      invoice { number }
      lastMessage { seq body authorName }
    } }
  }
}
"""

UNREAD_TOTAL = """
query { unreadTotal }
"""

THREAD_SUMMARY = """
query ($id: ID!) {
  thread(id: $id) { id unreadCount lastMessage { seq body visibility authorName } }
}
"""

MESSAGES = """
query ($id: ID!, $first: Int, $after: Int, $last: Int, $before: Int) {
  thread(id: $id) {
    messages(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges { node { seq } }
    }
  }
}
"""

START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code message field } }
}
"""

SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id seq } errors { code message field } }
}
"""

MARK_THREAD_READ = """
mutation ($input: MarkThreadReadInput!) {
  markThreadRead(input: $input) { thread { id unreadCount } errors { code message field } }
}
"""

SET_THREAD_STATUS = """
mutation ($input: SetThreadStatusInput!) {
  setThreadStatus(input: $input) { thread { id status } errors { code message field } }
}
"""


def pk_of(global_id: str) -> int:
    """The database id behind a relay id."""
    return int(GlobalID.from_id(global_id).node_id)


async def booking_of(world: DemoWorld, customer: str = "CUSTOMER") -> m.Booking:
    """A confirmed demo booking of ``customer``."""
    booking = await m.Booking.filter(
        customer_id=world.user_ids[customer], status=m.BookingStatus.CONFIRMED
    ).first()
    assert booking is not None, customer
    return booking


async def data(api: Api, role: str, doc: str, variables: dict[str, Any] | None = None) -> Any:
    """The ``data`` of a request that must not fail."""
    body = await api.query(role, doc, variables or {})
    assert "errors" not in body, body
    return body["data"]


async def start(api: Api, role: str, booking: m.Booking, **fields: Any) -> str:
    """Open a thread on ``booking`` as ``role``; returns its id."""
    variables = {"input": {"bookingId": gid("Booking", booking.id), "body": "Hello", **fields}}
    payload = (await data(api, role, START_THREAD, variables))["startThread"]
    assert payload["errors"] == [], payload
    return payload["thread"]["id"]


async def send(api: Api, role: str, thread_id: str, body: str = "Hi", **fields: Any) -> int:
    """Send a message as ``role``; returns its seq."""
    variables = {
        "input": {"threadId": thread_id, "body": body, "clientMessageId": uuid4().hex, **fields}
    }
    payload = (await data(api, role, SEND_MESSAGE, variables))["sendMessage"]
    assert payload["errors"] == [], payload
    return payload["message"]["seq"]


async def mark_read(api: Api, role: str, thread_id: str, seq: int | None = None) -> int:
    """Mark a thread read as ``role``; returns the unread count the payload shows."""
    fields: dict[str, Any] = {"threadId": thread_id}
    if seq is not None:
        fields["seq"] = seq
    payload = (await data(api, role, MARK_THREAD_READ, {"input": fields}))["markThreadRead"]
    assert payload["errors"] == [], payload
    return payload["thread"]["unreadCount"]


async def summary(api: Api, role: str, thread_id: str) -> dict[str, Any]:
    """The thread's unread count and last message as ``role`` sees them."""
    thread = (await data(api, role, THREAD_SUMMARY, {"id": thread_id}))["thread"]
    assert thread is not None, role
    return thread


async def inbox_ids(api: Api, role: str, filter: dict[str, Any]) -> list[str]:
    """Ids of the caller's filtered inbox, in inbox order (at most 100)."""
    inbox = (await data(api, role, INBOX, {"first": 100, "filter": filter}))["inbox"]
    assert not inbox["pageInfo"]["hasNextPage"]
    return [edge["node"]["id"] for edge in inbox["edges"]]


async def whole_inbox(api: Api, role: str) -> list[dict[str, Any]]:
    """Every thread of the caller's inbox, page by page."""
    nodes: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        inbox = (await data(api, role, INBOX, {"first": 50, "after": after}))["inbox"]
        nodes += [edge["node"] for edge in inbox["edges"]]
        if not inbox["pageInfo"]["hasNextPage"]:
            return nodes
        after = inbox["pageInfo"]["endCursor"]


# --- ordering and filters ----------------------------------------------------------------


async def test_inbox_lists_urgent_first_then_by_last_activity(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Urgency outranks activity; within an urgency, the latest activity comes first."""
    # given threads an agent opened for Victoria, one after the other
    booking = await booking_of(world, "CUSTOMER_VIP")
    respond_by = (datetime.now(UTC) + timedelta(days=5)).isoformat()
    quiet = await start(api, "AGENT", booking)
    urgent_old = await start(api, "AGENT", booking, urgency="URGENT")
    info_old = await start(api, "AGENT", booking)
    action = await start(api, "AGENT", booking, urgency="ACTION_REQUIRED", respondBy=respond_by)
    urgent_new = await start(api, "AGENT", booking, urgency="URGENT")
    # when new messages arrive in the quiet INFO thread and the older urgent one
    await send(api, "AGENT", quiet, "Any news?")
    await send(api, "AGENT", urgent_old, "Please call us.")
    # then Victoria's inbox shows urgent, action required, then info, each by last activity
    mine = {quiet, urgent_old, info_old, action, urgent_new}
    ids = await inbox_ids(api, "CUSTOMER_VIP", {"bookingId": gid("Booking", booking.id)})
    assert [i for i in ids if i in mine] == [urgent_old, urgent_new, action, quiet, info_old]


async def test_inbox_filters_by_status_and_urgency(orm: None, world: DemoWorld, api: Api) -> None:
    """Only threads matching every given filter are listed."""
    # given three threads on one booking: open info, waiting info, open urgent
    booking = await booking_of(world, "CUSTOMER_VIP")
    open_info = await start(api, "AGENT", booking)
    waiting = await start(api, "AGENT", booking)
    urgent = await start(api, "AGENT", booking, urgency="URGENT")
    status = {"input": {"threadId": waiting, "status": "WAITING"}}
    assert (await data(api, "AGENT", SET_THREAD_STATUS, status))["setThreadStatus"]["errors"] == []
    mine = {open_info, waiting, urgent}
    on_booking = {"bookingId": gid("Booking", booking.id)}
    # when the inbox is filtered by status, by urgency, and by both
    by_status = await inbox_ids(api, "CUSTOMER_VIP", {**on_booking, "status": ["WAITING"]})
    by_urgency = await inbox_ids(api, "CUSTOMER_VIP", {**on_booking, "urgency": ["URGENT"]})
    both = await inbox_ids(
        api, "CUSTOMER_VIP", {**on_booking, "status": ["OPEN"], "urgency": ["INFO", "URGENT"]}
    )
    # then each lists exactly the matching threads
    assert mine & set(by_status) == {waiting}
    assert mine & set(by_urgency) == {urgent}
    assert mine & set(both) == {open_info, urgent}


# --- unread counts -----------------------------------------------------------------------


async def test_unread_count_skips_own_messages_and_internal_notes(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """A customer counts the agent's public replies only; another agent counts all."""
    # given Claire's thread where an agent replied, noted internally, and replied again
    thread = await start(api, "CUSTOMER", await booking_of(world), body="Question")
    await send(api, "AGENT", thread, "First answer")
    await send(api, "AGENT", thread, "Internal remark", visibility="INTERNAL")
    await send(api, "AGENT", thread, "Second answer")
    # when each participant looks at the thread
    # then Claire has two unread (not her question, not the note), Anna none (all hers
    # or read when she replied), and Marc, who never opened it, all four
    assert (await summary(api, "CUSTOMER", thread))["unreadCount"] == 2
    assert (await summary(api, "AGENT", thread))["unreadCount"] == 0
    assert (await summary(api, "AGENT_VIP", thread))["unreadCount"] == 4


async def test_writing_counts_as_having_read_what_came_before(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Messages written by any path (demo, import) never count for their author, and a
    reply marks the thread read up to it."""
    # given a thread written straight through the use case: Claire, Anna, Anna's note, Claire
    booking = await booking_of(world)
    claire = await m.User.get(id=world.user_ids["CUSTOMER"])
    anna = await m.User.get(id=world.user_ids["AGENT"])
    async with in_transaction():
        row = await m.Thread.create(
            booking_id=booking.id,
            subject="imported",
            **party_columns(booking, m.Party.CUSTOMER),
        )
        for author, visibility in (
            (claire, m.Visibility.ALL),
            (anna, m.Visibility.ALL),
            (anna, m.Visibility.INTERNAL),
            (claire, m.Visibility.ALL),
        ):
            await append_message(row.id, author, "text", visibility=visibility)
    thread = gid("Thread", row.id)
    # when Claire and Anna look at it
    # then Claire has read everything she could see; Anna has Claire's last message unread
    assert (await summary(api, "CUSTOMER", thread))["unreadCount"] == 0
    assert (await summary(api, "AGENT", thread))["unreadCount"] == 1


async def test_unread_total_is_the_sum_over_the_callers_threads(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The badge equals the inbox's unread counts added up, and grows by new messages."""
    # given Claire's badge, then a new thread from an agent with a reply and a note
    before = (await data(api, "CUSTOMER", UNREAD_TOTAL))["unreadTotal"]
    thread = await start(api, "AGENT", await booking_of(world))
    await send(api, "AGENT", thread, "Reply")
    await send(api, "AGENT", thread, "Note", visibility="INTERNAL")
    # when she reads her badge and her whole inbox
    total = (await data(api, "CUSTOMER", UNREAD_TOTAL))["unreadTotal"]
    inbox = await whole_inbox(api, "CUSTOMER")
    # then the badge grew by the two public messages and equals the inbox's sum
    assert total == before + 2
    assert total == sum(node["unreadCount"] for node in inbox)
    assert len({node["id"] for node in inbox}) == len(inbox)


async def test_mark_thread_read_partially_then_fully(orm: None, world: DemoWorld, api: Api) -> None:
    """Reading up to a seq leaves the later ones unread; without seq, everything is read."""
    # given a thread where an agent wrote three messages to Claire
    thread = await start(api, "AGENT", await booking_of(world), body="One")
    await send(api, "AGENT", thread, "Two")
    await send(api, "AGENT", thread, "Three")
    badge = (await data(api, "CUSTOMER", UNREAD_TOTAL))["unreadTotal"]
    assert (await summary(api, "CUSTOMER", thread))["unreadCount"] == 3
    # when she reads up to the first message
    partly = await mark_read(api, "CUSTOMER", thread, seq=1)
    # then two remain unread, in the thread and on the badge
    assert partly == 2
    assert (await data(api, "CUSTOMER", UNREAD_TOTAL))["unreadTotal"] == badge - 1
    # when she reads everything, then looks back at the first message again
    assert await mark_read(api, "CUSTOMER", thread) == 0
    assert await mark_read(api, "CUSTOMER", thread, seq=1) == 0
    # then nothing is unread and the badge dropped by all three
    assert (await summary(api, "CUSTOMER", thread))["unreadCount"] == 0
    assert (await data(api, "CUSTOMER", UNREAD_TOTAL))["unreadTotal"] == badge - 3


# --- last message ------------------------------------------------------------------------


async def test_last_message_is_the_last_one_the_caller_may_see(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """An internal note after a public reply is the agent's last message, not the customer's."""
    # given a reply and then an internal note in Claire's thread
    thread = await start(api, "CUSTOMER", await booking_of(world), body="Question")
    await send(api, "AGENT", thread, "Public reply")
    await send(api, "AGENT", thread, "Internal note", visibility="INTERNAL")
    # when Claire and an agent look at the thread
    customer = (await summary(api, "CUSTOMER", thread))["lastMessage"]
    agent = (await summary(api, "AGENT_VIP", thread))["lastMessage"]
    # then Claire's last message is the reply, the agent's is the note
    assert customer == {
        "seq": 2,
        "body": "Public reply",
        "visibility": "ALL",
        "authorName": "Anna Lopez",
    }
    assert (agent["seq"], agent["body"], agent["visibility"]) == (3, "Internal note", "INTERNAL")


# --- message pages -----------------------------------------------------------------------


async def test_messages_page_forwards_and_backwards_by_seq(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """first/after and last/before select by sequence number, with the right page info."""
    # given five public messages and a sixth, internal one
    thread = await start(api, "CUSTOMER", await booking_of(world), body="1")
    for body in "2345":
        await send(api, "AGENT", thread, body)
    await send(api, "AGENT", thread, "6", visibility="INTERNAL")

    async def page(**args: int) -> tuple[list[int], bool, bool, int]:
        variables = {"id": thread, **args}
        messages = (await data(api, "CUSTOMER", MESSAGES, variables))["thread"]["messages"]
        info = messages["pageInfo"]
        seqs = [edge["node"]["seq"] for edge in messages["edges"]]
        return seqs, info["hasNextPage"], info["hasPreviousPage"], messages["totalCount"]

    # when Claire pages through them, then each page holds the right seqs
    assert await page(first=2) == ([1, 2], True, False, 5)
    assert await page(first=2, after=2) == ([3, 4], True, True, 5)
    assert await page(first=2, after=4) == ([5], False, True, 5)
    assert await page(last=2) == ([4, 5], False, True, 5)
    assert await page(last=2, before=3) == ([1, 2], True, False, 5)


async def test_a_message_page_larger_than_the_limit_is_refused(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """messages(first: 1000) is a BAD_USER_INPUT error, not a huge answer."""
    # given a thread
    thread = await start(api, "CUSTOMER", await booking_of(world))
    # when a thousand messages are asked for at once
    body = await api.query("CUSTOMER", MESSAGES, {"id": thread, "first": 1000})
    # then the request is refused with a code
    assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_USER_INPUT"], body
    assert body["data"]["thread"] is None


# --- SQL cost ----------------------------------------------------------------------------


async def create_threads(world: DemoWorld, count: int) -> set[int]:
    """``count`` urgent threads on bookings and invoices, each with two messages."""
    bookings = await m.Booking.exclude(status=m.BookingStatus.OPTION).order_by("id")
    invoices = await m.Invoice.all().order_by("id")
    booking_by_id = {b.id: b for b in bookings}
    keys = ("CUSTOMER", "PROVIDER_STAFF", "AGENT", "AGENT_VIP")
    authors = [await m.User.get(id=world.user_ids[k]) for k in keys]
    created = set()
    async with in_transaction():
        for i in range(count):
            invoice = invoices[i % len(invoices)] if i % 2 else None
            booking = booking_by_id[invoice.booking_id] if invoice else bookings[i % len(bookings)]
            thread = await m.Thread.create(
                booking_id=booking.id,
                invoice_id=invoice.id if invoice else None,
                subject=f"bulk {i}",
                urgency=m.Urgency.URGENT,
                **party_columns(booking, m.Party.BOTH),
            )
            await append_message(thread.id, authors[i % 4], f"question {i}")
            await append_message(thread.id, authors[(i + 1) % 4], f"answer {i}")
            created.add(thread.id)
    return created


async def statements_for(api: Api, first: int) -> tuple[int, list[dict[str, Any]]]:
    """SQL statements of the agent's inbox of ``first`` threads, and its threads."""
    with count_statements() as counter:
        nodes = (await data(api, "AGENT", INBOX_WITH_RELATIONS, {"first": first}))["inbox"]
    return len(counter.statements), [edge["node"] for edge in nodes["edges"]]


async def test_an_inbox_of_fifty_threads_costs_the_same_statements_as_five(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Bookings, invoices, last messages and unread counts are batched, not per thread."""
    # given fifty fresh urgent threads (on bookings and invoices), newest in the inbox
    created = await create_threads(world, 50)
    # when an agent lists 5, then 50 threads with their relations
    five, _ = await statements_for(api, 5)
    fifty, threads = await statements_for(api, 50)
    # then the fifty are ours, fully resolved, for the same small number of statements
    assert {pk_of(t["id"]) for t in threads} == created
    assert all(t["booking"] and t["lastMessage"]["authorName"] for t in threads)
    assert sum(1 for t in threads if t["invoice"]) == 25
    assert fifty == five
    assert five <= 12

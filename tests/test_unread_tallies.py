"""Unread counts from tallies: equal to a recount after concurrent sends and reads, blind to
internal notes for the parties, fixed when a party is removed, constant work per badge."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from resolvers.principal import Principal
from resolvers.scope import scoped
from resolvers.threads import append_message, party_columns
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.sqlcount import count_statements

READERS = ("CUSTOMER", "PROVIDER_STAFF", "TRAVEL_MANAGER", "AGENT", "AGENT_VIP", "ANALYST")

SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq } errors { code message } }
}
"""

MARK_READ = """
mutation ($threadId: ID!) {
  markThreadRead(input: {threadId: $threadId}) { thread { unreadCount } errors { code } }
}
"""

SET_PARTIES = """
mutation ($threadId: ID!, $parties: Party!) {
  setThreadParties(input: {threadId: $threadId, parties: $parties}) { errors { code } }
}
"""

BADGE = "query { unreadTotal }"

THREAD = "query ($id: ID!) { thread(id: $id) { unreadCount } }"


async def recount(world: DemoWorld, role: str) -> int:
    """The unread total counted message by message: visible, after the reader's marker."""
    user = await m.User.get(id=world.user_ids[role])
    principal = Principal.for_user(user)
    column = "seq" if m.Audience.of(principal.role) is m.Audience.STAFF else "public_seq"
    markers = dict(
        await m.ReadMarker.filter(user_id=user.id).values_list("thread_id", "last_read_seq")
    )
    threads = set(await scoped(m.Thread, principal).values_list("id", flat=True))
    # Two reads whatever the number of threads (the whole suite's are in scope by now).
    seen = await scoped(m.Message, principal).values_list("thread_id", column)
    return sum(
        1
        for thread_id, seq in seen
        if thread_id in threads and seq is not None and seq > markers.get(thread_id, 0)
    )


async def badge(api: Api, role: str) -> int:
    return (await api.query(role, BADGE))["data"]["unreadTotal"]


async def badges(api: Api) -> dict[str, int]:
    return {role: await badge(api, role) for role in READERS}


async def recounts(world: DemoWorld) -> dict[str, int]:
    return {role: await recount(world, role) for role in READERS}


async def new_thread(world: DemoWorld, customer: str = "CUSTOMER") -> str:
    """A thread on a fresh booking of ``customer`` with both sides, opened by the customer."""
    booking = await booking_for(world, customer=customer)
    author = await m.User.get(id=world.user_ids[customer])
    async with in_transaction():
        thread = await m.Thread.create(
            booking_id=booking.id,
            subject=f"tally {uuid4().hex[:8]}",
            **party_columns(booking, m.Party.BOTH),
        )
        await append_message(thread.id, author, "Opening")
    return f"{thread.id}"


def gid(pk: str) -> str:
    return str(GlobalID("Thread", pk))


async def send(api: Api, role: str, thread: str, visibility: str = "ALL") -> dict[str, Any]:
    variables = {
        "input": {
            "threadId": gid(thread),
            "body": f"{role} says hi",
            "visibility": visibility,
            "clientMessageId": uuid4().hex,
        }
    }
    payload = (await api.query(role, SEND, variables))["data"]["sendMessage"]
    assert payload["errors"] == [], payload
    return payload["message"]


async def mark_read(api: Api, role: str, thread: str) -> int:
    payload = (await api.query(role, MARK_READ, {"threadId": gid(thread)}))["data"]
    assert payload["markThreadRead"]["errors"] == [], payload
    return payload["markThreadRead"]["thread"]["unreadCount"]


async def unread_in(api: Api, role: str, thread: str) -> int | None:
    found = (await api.query(role, THREAD, {"id": gid(thread)}))["data"]["thread"]
    return found["unreadCount"] if found else None


async def test_counters_equal_a_recount_after_concurrent_sends_and_reads(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given three threads: Claire's two and one of the travel manager's own (which is in
    # both halves of the travel manager's scope: the company's threads and their own)
    threads = [
        await new_thread(world),
        await new_thread(world),
        await new_thread(world, "TRAVEL_MANAGER"),
    ]
    writers = {
        "CUSTOMER": threads[:2],
        "TRAVEL_MANAGER": threads,
        "PROVIDER_STAFF": threads,
        "AGENT": threads,
        "AGENT_VIP": threads,
    }
    work = []
    for round_ in range(6):
        for role, reachable in writers.items():
            thread = reachable[round_ % len(reachable)]
            internal = role.startswith("AGENT") and round_ % 2 == 0
            work.append(send(api, role, thread, "INTERNAL" if internal else "ALL"))
            if round_ % 3 == 2:
                work.append(mark_read(api, role, thread))

    # when it all runs at once
    await asyncio.gather(*work)

    # then every badge equals the recount, and each thread's count too
    assert await badges(api) == await recounts(world)
    # and reading everything brings each reader's count for these threads to zero
    for role in READERS[:-1]:  # analysts read, but do not take part
        for thread in threads:
            if await unread_in(api, role, thread) is not None:
                assert await mark_read(api, role, thread) == 0
    assert await badges(api) == await recounts(world)


async def test_internal_notes_are_counted_for_the_service_team_only(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread everyone has read
    thread = await new_thread(world)
    for role in ("CUSTOMER", "PROVIDER_STAFF", "AGENT", "AGENT_VIP"):
        assert await mark_read(api, role, thread) == 0
    before = await badges(api)

    # when an agent writes three internal notes
    for _ in range(3):
        await send(api, "AGENT", thread, "INTERNAL")

    # then the parties count nothing; the other agent three; the writer nothing
    after = await badges(api)
    assert after["CUSTOMER"] == before["CUSTOMER"]
    assert after["PROVIDER_STAFF"] == before["PROVIDER_STAFF"]
    assert after["AGENT_VIP"] == before["AGENT_VIP"] + 3
    assert after["AGENT"] == before["AGENT"]
    assert await unread_in(api, "CUSTOMER", thread) == 0
    assert await unread_in(api, "AGENT_VIP", thread) == 3
    assert after == await recounts(world)


async def test_removing_a_party_takes_its_unread_messages_away_and_back(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread the provider has two unread messages in, after reading one earlier
    thread = await new_thread(world)
    await send(api, "CUSTOMER", thread)
    await mark_read(api, "PROVIDER_STAFF", thread)
    await send(api, "CUSTOMER", thread)
    await send(api, "AGENT", thread)
    before = await badge(api, "PROVIDER_STAFF")

    # when the agent removes the provider side
    removed = await api.query(
        "AGENT", SET_PARTIES, {"threadId": gid(thread), "parties": "CUSTOMER"}
    )
    assert removed["data"]["setThreadParties"]["errors"] == []

    # then the provider's badge loses exactly those two, and matches a recount
    assert await badge(api, "PROVIDER_STAFF") == before - 2
    assert await unread_in(api, "PROVIDER_STAFF", thread) is None
    assert await badges(api) == await recounts(world)

    # and when the side comes back, so do the two unread messages
    await api.query("AGENT", SET_PARTIES, {"threadId": gid(thread), "parties": "BOTH"})
    assert await badge(api, "PROVIDER_STAFF") == before
    assert await unread_in(api, "PROVIDER_STAFF", thread) == 2
    assert await badges(api) == await recounts(world)


async def test_counters_equal_a_recount_after_concurrent_sends_and_party_changes(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given nine threads (two of them in the same tally shard) the provider has read
    threads = [await new_thread(world) for _ in range(9)]
    for thread in threads:
        await mark_read(api, "PROVIDER_STAFF", thread)

    async def change_parties(thread: str, parties: str) -> None:
        variables = {"threadId": gid(thread), "parties": parties}
        answer = await api.query("AGENT", SET_PARTIES, variables)
        assert answer["data"]["setThreadParties"]["errors"] == [], answer

    # when the customer and the agent send while the agent takes the provider side away
    # and gives it back on every thread, all at once (in whatever order they land)
    work = []
    for thread in threads:
        work += [send(api, "CUSTOMER", thread), send(api, "AGENT", thread)]
        work += [change_parties(thread, "CUSTOMER"), send(api, "CUSTOMER", thread)]
        work += [change_parties(thread, "BOTH"), send(api, "AGENT", thread)]
    await asyncio.gather(*work)

    # then every change went through and every badge equals the recount
    assert await badges(api) == await recounts(world)


@pytest.mark.parametrize("role", ["AGENT", "TRAVEL_MANAGER", "PROVIDER_STAFF"])
async def test_the_badge_costs_the_same_whatever_the_number_of_threads(
    orm: None, world: DemoWorld, api: Api, role: str
) -> None:
    # given the badge's statements now
    with count_statements() as before:
        await badge(api, role)

    # when 25 threads more exist, with messages
    for _ in range(25):
        thread = await new_thread(world, "TRAVEL_MANAGER")
        async with in_transaction():
            anna = await m.User.get(id=world.user_ids["AGENT"])
            await append_message(int(thread), anna, "More")

    # then the badge takes the same statements, and they are few
    with count_statements() as after:
        shown = await badge(api, role)
    assert shown == await recount(world, role)
    assert len(after.statements) == len(before.statements) <= 3


async def test_a_rebuild_gives_the_counters_the_messages_gave(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given counters kept message by message
    await send(api, "AGENT", await new_thread(world), "INTERNAL")
    kept = await badges(api)

    # when they are rebuilt from scratch (as after a migration)
    await m.tallies.rebuild()

    # then nothing changed
    assert await badges(api) == kept == await recounts(world)

"""New-message notices without fan-out in the sender's transaction: ``sendMessage`` writes
the same rows and statements whether a thread has one participant or a thousand; the
worker expands one job into a notice per participant when it is due."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from resolvers.outbox import expand_thread_notices, thread_fanout_key
from resolvers.threads import append_message, party_columns
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for
from tests.sqlcount import count_statements

SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq } errors { code } }
}
"""


async def venue_thread(world: DemoWorld, staff: int) -> tuple[m.Organisation, m.Thread]:
    """A thread between Claire and a new provider with ``staff`` active staff accounts."""
    venue = await m.Organisation.create(
        name=f"Fan-out venue {uuid4().hex[:8]}", kind=m.OrganisationKind.PROVIDER
    )
    await add_staff(venue, staff)
    service = await m.Service.create(provider=venue, name="Hall")
    booking = await booking_for(world, service=service)
    claire = await m.User.get(id=world.user_ids["CUSTOMER"])
    async with in_transaction():
        thread = await m.Thread.create(
            booking_id=booking.id, subject="Fan-out", **party_columns(booking, m.Party.BOTH)
        )
        await append_message(thread.id, claire, "Hello")
    return venue, thread


async def add_staff(venue: m.Organisation, count: int) -> None:
    tag = uuid4().hex[:8]
    await m.User.bulk_create(
        [
            m.User(
                email=f"staff{i}-{tag}@venue.example",
                name=f"Staff {i}",
                role=m.Role.PROVIDER_STAFF,
                organisation_id=venue.id,
            )
            for i in range(count)
        ]
    )


async def send_as_agent(api: Api, thread: m.Thread) -> int:
    """Statements the server runs for one ``sendMessage`` of the agent."""
    variables = {
        "input": {
            "threadId": str(GlobalID("Thread", str(thread.id))),
            "body": "Any news?",
            "clientMessageId": uuid4().hex,
        }
    }
    with count_statements() as counter:
        body = await api.query("AGENT", SEND, variables)
    assert body["data"]["sendMessage"]["errors"] == [], body
    return len(counter.statements)


async def pending_fanout(thread: m.Thread) -> m.OutboxItem | None:
    return await m.OutboxItem.get_or_none(dedup_key=thread_fanout_key(thread.id, False))


async def test_send_message_costs_the_same_for_one_or_a_thousand_participants(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread with one provider staff member, and one with a thousand
    _, small = await venue_thread(world, staff=1)
    _, large = await venue_thread(world, staff=1000)
    outbox_before = await m.OutboxItem.all().count()

    # when the agent writes to each
    statements = [await send_as_agent(api, small), await send_as_agent(api, large)]

    # then both sends ran the same statements and wrote one outbox row each
    assert statements[0] == statements[1]
    assert await m.OutboxItem.all().count() == outbox_before + 2
    assert await pending_fanout(small) is not None
    assert await pending_fanout(large) is not None


async def test_a_due_fan_out_becomes_one_notice_per_participant(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread with a thousand staff members, written to twice
    _, thread = await venue_thread(world, staff=1000)
    await send_as_agent(api, thread)
    await send_as_agent(api, thread)
    fanout = await pending_fanout(thread)
    assert fanout is not None

    # when the worker expands it
    queued = await expand_thread_notices(fanout, datetime.now(UTC))

    # then each staff member and the customer has exactly one pending notice
    notices = await m.OutboxItem.filter(kind=m.OutboxKind.THREAD_NOTICE).values_list(
        "recipient_id", "payload"
    )
    recipients = [user for user, payload in notices if payload == {"thread": thread.id}]
    assert queued == len(recipients) == len(set(recipients)) == 1001
    assert world.user_ids["CUSTOMER"] in recipients

    # and expanding again (a retried job) queues nobody twice
    await expand_thread_notices(fanout, datetime.now(UTC))
    again = await m.OutboxItem.filter(kind=m.OutboxKind.THREAD_NOTICE).values_list(
        "recipient_id", "payload"
    )
    assert sum(1 for _, payload in again if payload == {"thread": thread.id}) == 1001

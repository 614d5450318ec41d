"""``sendMessage`` on PostgreSQL as one statement alone, without BEGIN and COMMIT (issue 11):
only where that is certainly the same as the transaction it replaces. A refused send or a
retried ``clientMessageId`` takes no number, a message that reopens its thread still
reopens it, and the author's marker moved by a read while the send waited is counted
under the thread's row lock."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from models.sql import execute, is_postgres
from models.thread_writes import advance_marker
from resolvers.outbox import thread_fanout_key
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.sqlcount import count_statements, count_transactions
from tests.test_notice_fanout import venue_thread
from tests.test_pubsub import needs_postgres
from tests.test_send_message_cost import opened_with_a_note
from tests.test_unread_tallies import badges, recounts

SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id seq } errors { code field } }
}
"""


#: A lock some session waits for, if any (``pg_locks`` is read afresh inside a transaction,
#: unlike ``pg_stat_activity``).
_WAITING = "SELECT pid FROM pg_locks WHERE NOT granted LIMIT 1"


async def send(
    api: Api, role: str, thread_id: int, **more: Any
) -> tuple[dict[str, Any], list[str]]:
    """``role``'s sendMessage payload, and the BEGIN/COMMIT/ROLLBACK sent meanwhile."""
    variables = {"input": {"threadId": gid("Thread", thread_id), "body": "Any news?", **more}}
    with count_transactions() as steps:
        body = await api.query(role, SEND, variables)
    return body["data"]["sendMessage"], steps


async def numbers(thread_id: int) -> list[int]:
    """The service team's numbers of the thread's messages, in order."""
    return await m.Message.filter(thread_id=thread_id).order_by("seq").values_list("seq", flat=True)


async def notices_due(thread_id: int) -> bool:
    """Whether a notice job for the parties waits for the thread's messages."""
    return await m.OutboxItem.filter(dedup_key=thread_fanout_key(thread_id, False)).exists()


async def set_status(thread_id: int, status: m.ThreadStatus) -> None:
    await m.Thread.filter(id=thread_id).update(status=status)


@needs_postgres  # SQLite keeps the transaction
async def test_a_send_runs_its_one_statement_without_a_transaction(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread between Claire and a venue
    _, thread = await venue_thread(world, staff=1)

    # when Claire writes, the agent answers and the agent writes an internal note
    sends = [("CUSTOMER", "ALL"), ("AGENT", "ALL"), ("AGENT", "INTERNAL")]
    for role, visibility in sends:
        with count_statements() as counter:
            payload, steps = await send(api, role, thread.id, visibility=visibility)

        # then each is the caller's account and one statement, with no BEGIN or COMMIT
        assert payload["errors"] == [], payload
        assert (len(counter.statements), steps) == (2, []), (role, visibility)
    assert await numbers(thread.id) == [1, 2, 3, 4]


async def test_refused_sends_take_no_number(orm: None, world: DemoWorld, api: Api) -> None:
    # given a thread between Claire and a venue, and one the agent opened with a note
    _, thread = await venue_thread(world, staff=1)
    opened = await opened_with_a_note(api, thread.booking_id or 0)
    internal = int(GlobalID.from_id(opened).node_id)

    # when another provider, Claire to the closed thread and Claire to the notes write
    outside, _ = await send(api, "PROVIDER_STAFF", thread.id)
    await set_status(thread.id, m.ThreadStatus.CLOSED)
    closed, _ = await send(api, "CUSTOMER", thread.id)
    await set_status(thread.id, m.ThreadStatus.OPEN)
    unseen, _ = await send(api, "CUSTOMER", internal)

    # then each is refused as before
    assert outside["errors"] == [{"code": "NOT_FOUND", "field": "threadId"}]
    assert closed["errors"] == [{"code": "THREAD_CLOSED", "field": "threadId"}]
    assert unseen["errors"] == [{"code": "NOT_FOUND", "field": "threadId"}]
    # and wrote nothing: no notice job either
    assert not await notices_due(thread.id)
    assert not await notices_due(internal)
    # and the next messages allowed take the next numbers, without a gap
    sent, _ = await send(api, "CUSTOMER", thread.id)
    assert sent["message"]["seq"] == 2
    assert await numbers(thread.id) == [1, 2]
    assert await notices_due(thread.id)
    answered, _ = await send(api, "AGENT", internal)
    assert answered["message"]["seq"] == 2
    assert await numbers(internal) == [1, 2]
    row = await m.Thread.get(id=internal)
    assert (row.last_seq, row.last_public_seq) == (2, 1)


async def test_a_retried_client_message_id_takes_no_number(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's message with a clientMessageId
    _, thread = await venue_thread(world, staff=1)
    client_id = uuid4().hex
    first, _ = await send(api, "CUSTOMER", thread.id, clientMessageId=client_id)

    # when she sends it again
    again, steps = await send(api, "CUSTOMER", thread.id, clientMessageId=client_id)

    # then the answer is the first message, found without a transaction on PostgreSQL
    assert again == first
    assert steps == []
    # and her next message takes the next number
    sent, _ = await send(api, "CUSTOMER", thread.id, clientMessageId=uuid4().hex)
    assert sent["message"]["seq"] == first["message"]["seq"] + 1 == 3
    assert await numbers(thread.id) == [1, 2, 3]


async def test_a_party_still_reopens_a_resolved_thread_and_the_service_team_does_not(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a resolved thread
    _, thread = await venue_thread(world, staff=1)
    await set_status(thread.id, m.ThreadStatus.RESOLVED)

    # when the agent writes to it
    answered, agent_steps = await send(api, "AGENT", thread.id)

    # then it stays resolved (and that send needed no transaction on PostgreSQL)
    assert answered["errors"] == []
    assert (await m.Thread.get(id=thread.id)).status is m.ThreadStatus.RESOLVED
    assert agent_steps == []

    # when Claire writes to it
    sent, steps = await send(api, "CUSTOMER", thread.id)

    # then it is open again, in the send's transaction
    assert sent["errors"] == []
    assert (await m.Thread.get(id=thread.id)).status is m.ThreadStatus.OPEN
    assert steps == (["BEGIN", "COMMIT"] if is_postgres() else [])
    assert await numbers(thread.id) == [1, 2, 3]


async def _until_waiting_on_a_lock() -> None:
    """Wait until another session waits for a lock (the send, for the thread's row)."""
    for _ in range(500):
        if await execute(_WAITING, []):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the send never waited for the thread's row lock")


@needs_postgres  # row locks, and a send without a transaction
async def test_a_read_while_the_send_waits_is_counted_under_the_thread_lock(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread where the agent answered after Claire's first message
    _, thread = await venue_thread(world, staff=1)
    await send(api, "AGENT", thread.id)
    claire = world.user_ids["CUSTOMER"]
    go = asyncio.Event()

    async def claire_sends() -> tuple[dict[str, Any], list[str]]:
        await go.wait()
        return await send(api, "CUSTOMER", thread.id)

    sending = asyncio.create_task(claire_sends())  # outside the lock's transaction
    with count_transactions() as steps:
        # when Claire sends while the thread's row is locked, and her own read moves her
        # marker under that lock before her send gets it
        async with in_transaction():
            await m.Thread.filter(id=thread.id).select_for_update().get()
            go.set()
            await _until_waiting_on_a_lock()
            await advance_marker(claire, thread.id, 2, counted=True, now=datetime.now(UTC))
        sent, _ = await sending

    # then the send's statement committed alone and counted her message after, in a
    # transaction of its own that locked the thread
    assert sent["errors"] == []
    assert sent["message"]["seq"] == 3
    assert steps == ["BEGIN", "COMMIT", "BEGIN", "COMMIT"]
    marker = await m.ReadMarker.get(user_id=claire, thread_id=thread.id)
    assert marker.last_read_seq == 3
    # and every badge equals the recount
    assert await badges(api) == await recounts(world)

"""``sendMessage`` in a fixed, small number of statements (issue 11): the same for a thread
with one participant or a thousand, for a party and for the service team; a send refused
after the thread took its numbers gives them back."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from strawberry.relay import GlobalID

import models as m
from models.sql import is_postgres
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.sqlcount import count_statements
from tests.test_notice_fanout import venue_thread


def statements_per_send() -> int:
    """The caller's account, then one statement: the thread's numbers, the message, the
    notice job, the author's read marker and tally and the thread's tallies (on SQLite,
    which runs them one by one: the numbers, the message, the notice job, the author's
    tally, the read marker, the thread's tallies)."""
    return 2 if is_postgres() else 7


SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id seq createdAt } errors { code field } }
}
"""

START_INTERNAL = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code } }
}
"""


async def opened_with_a_note(api: Api, booking_id: int) -> str:
    """The global id of a thread the agent opens on the booking with an internal note."""
    variables = {
        "input": {
            "bookingId": gid("Booking", booking_id),
            "body": "Check the invoice first",
            "parties": "BOTH",
            "visibility": "INTERNAL",
        }
    }
    payload = await api.query("AGENT", START_INTERNAL, variables)
    return payload["data"]["startThread"]["thread"]["id"]


async def send(api: Api, role: str, thread: str, **more: Any) -> tuple[dict[str, Any], int]:
    """``role``'s sendMessage payload, and the statements the server ran for it."""
    variables = {"input": {"threadId": thread, "body": "Any news?", **more}}
    with count_statements() as counter:
        body = await api.query(role, SEND, variables)
    return body["data"]["sendMessage"], len(counter.statements)


async def test_a_send_runs_the_same_few_statements_for_one_or_a_thousand_participants(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread with one provider staff member, and one with a thousand
    _, small = await venue_thread(world, staff=1)
    _, large = await venue_thread(world, staff=1000)

    # when the customer and the agent (whose answer stops the response clock) write to each
    counts = {}
    for role in ("CUSTOMER", "AGENT"):
        for name, thread in (("small", small), ("large", large)):
            payload, statements = await send(
                api, role, gid("Thread", thread.id), clientMessageId=uuid4().hex
            )
            assert payload["errors"] == [], payload
            counts[role, name] = statements

    # then every send ran the same small number of statements
    assert set(counts.values()) == {statements_per_send()}, counts
    # and both threads hold the messages, numbered without a gap
    for thread in (small, large):
        seqs = await m.Message.filter(thread_id=thread.id).values_list("seq", flat=True)
        assert sorted(seqs) == [1, 2, 3]


async def test_a_party_cannot_write_to_a_thread_of_internal_notes_only(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread the agent opened with an internal note on Claire's booking
    _, thread = await venue_thread(world, staff=1)
    internal = await opened_with_a_note(api, thread.booking_id or 0)

    # when Claire writes to it
    refused, _ = await send(api, "CUSTOMER", internal)

    # then it does not exist for her, and its numbers did not move
    assert refused["errors"] == [{"code": "NOT_FOUND", "field": "threadId"}]
    row = await m.Thread.get(id=int(GlobalID.from_id(internal).node_id))
    assert (row.last_seq, row.last_public_seq) == (1, 0)
    # and the agent's first public message is the parties' number 1
    answered, _ = await send(api, "AGENT", internal)
    assert answered["message"]["seq"] == 2
    seen, _ = await send(api, "CUSTOMER", internal)
    assert seen["message"]["seq"] == 2


async def test_a_send_refused_for_someone_elses_attachment_gives_its_number_back(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a thread, and a file the agent uploaded but did not send
    _, thread = await venue_thread(world, staff=1)
    upload = await m.Attachment.create(
        uploader_id=world.user_ids["AGENT"],
        filename="note.pdf",
        content_type="application/pdf",
        size=3,
        sha256="0" * 64,
    )

    # when Claire sends a message with it
    refused, _ = await send(
        api, "CUSTOMER", gid("Thread", thread.id), attachmentIds=[gid("Attachment", upload.id)]
    )

    # then she is refused, nothing is stored, and her next message takes the next number
    assert refused["errors"] == [{"code": "ATTACHMENT_NOT_FOUND", "field": "attachmentIds"}]
    assert (await m.Attachment.get(id=upload.id)).message_id is None
    sent, _ = await send(api, "CUSTOMER", gid("Thread", thread.id))
    assert sent["message"]["seq"] == 2
    assert await m.Message.filter(thread_id=thread.id).count() == 2

"""The outbox and its worker: new-message e-mails over real SMTP, retries, failures.

A real SMTP server (aiosmtpd) receives what the worker sends. The worker runs with a
clock set past the notification delay, so tests need not wait for it.
"""

from __future__ import annotations

import asyncio
import email
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from strawberry.relay import GlobalID

import models as m
from models.policy import MUTATIONS
from roost.demo import ACCOUNTS
from roost.settings import Settings
from roost.worker import Worker
from tests.conftest import Api, DemoWorld, make_settings

pytestmark = pytest.mark.usefixtures("quiet_outbox")

START = """
mutation ($booking: ID!, $body: String!, $parties: Party) {
  startThread(input: {bookingId: $booking, body: $body, parties: $parties}) {
    thread { id } errors { code }
  }
}
"""
SEND = """
mutation ($thread: ID!, $body: String!, $visibility: Visibility = ALL) {
  sendMessage(input: {threadId: $thread, body: $body, visibility: $visibility}) {
    message { seq } errors { code }
  }
}
"""
MARK_READ = """
mutation ($thread: ID!) { markThreadRead(input: {threadId: $thread}) { errors { code } } }
"""
CONFIRMED = """
{ bookings(first: 50, filter: {status: [CONFIRMED]}) { nodes { id provider { name } } } }
"""
OUTBOX = """
query ($status: [OutboxStatus!]) {
  outbox(first: 100, filter: {status: $status}) {
    nodes { id kind status attempts lastError recipient { email } }
  }
}
"""
RETRY = """
mutation ($id: ID!) { retryDelivery(input: {id: $id}) { item { status } errors { code } } }
"""


@dataclass
class Inbox:
    """What the SMTP server received, and how it answers RCPT for now."""

    messages: list[EmailMessage] = field(default_factory=list)
    rcpt_reply: str | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def about(self, thread_id: str) -> list[EmailMessage]:
        """E-mails whose deep link names the thread."""
        return [msg for msg in self.messages if thread_id in _text(msg)]


def _text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server on a free local port."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def smtp_settings(world: DemoWorld, tmp_path: Path, port: int) -> Settings:
    return make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_SMTP_URL=f"smtp://127.0.0.1:{port}",
        ROOST_SMTP_TIMEOUT="2",
        # Deadline warnings have tests of their own; here they would only add e-mails.
        ROOST_DEADLINE_WARNING_OFFSETS="off",
    )


def later(hours: float = 1) -> Any:
    """A worker clock past every notification delay."""
    return lambda: datetime.now(UTC) + timedelta(hours=hours)


async def run_worker(settings: Settings, clock: Any = None) -> None:
    """Let one worker carry out everything due (several passes)."""
    worker = Worker(settings, clock=clock or later())
    try:
        while await worker.run_once():
            pass
    finally:
        worker.release()


async def chateau_booking(api: Api) -> str:
    """A CONFIRMED booking of the customer with Château Lumière (PREMIUM provider)."""
    body = await api.query("CUSTOMER", CONFIRMED)
    return next(
        n["id"]
        for n in body["data"]["bookings"]["nodes"]
        if n["provider"]["name"] == "Château Lumière"
    )


async def start(api: Api, role: str, parties: str = "BOTH") -> str:
    body = await api.query(
        role,
        START,
        {
            "booking": await chateau_booking(api),
            "body": f"Hello {uuid.uuid4()}",
            "parties": parties,
        },
    )
    assert body["data"]["startThread"]["errors"] == []
    return body["data"]["startThread"]["thread"]["id"]


async def notices(thread_id: str, email_address: str | None = None) -> list[m.OutboxItem]:
    """The new-message notices scheduled for a thread (optionally for one recipient)."""
    pk = int(GlobalID.from_id(thread_id).node_id)
    rows = m.OutboxItem.filter(kind=m.OutboxKind.THREAD_NOTICE)
    if email_address:
        rows = rows.filter(recipient__email=email_address)
    return [row for row in await rows if row.payload.get("thread") == pk]


def recipients(messages: list[EmailMessage]) -> list[str]:
    return sorted(str(msg["To"]) for msg in messages)


async def test_unread_recipients_get_one_email_each_in_their_language(
    api: Api, orm: None, smtp: tuple[Inbox, int], tmp_path: Path, world: DemoWorld
) -> None:
    # given a thread the agent opens with the customer and the provider, then two more messages
    inbox, port = smtp
    thread_id = await start(api, "AGENT")
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "second"})
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "third"})
    # when the delay has passed and the worker runs
    await run_worker(smtp_settings(world, tmp_path, port))
    # then the customer (fr) and the provider staff (fr) each get exactly one e-mail
    mails = inbox.about(thread_id)
    assert recipients(mails) == [
        "claire.martin@example.com",
        "sophie.bernard@chateau-lumiere.example",
    ]
    by_to = {str(msg["To"]): msg for msg in mails}
    customer, provider = (
        by_to["claire.martin@example.com"],
        by_to["sophie.bernard@chateau-lumiere.example"],
    )
    # with the deep link to their own portal, and without any message text
    assert f"{world.settings.customer_portal_url}/threads/" in _text(customer)
    assert f"{world.settings.provider_portal_url}/threads/" in _text(provider)
    assert "third" not in _text(customer)
    # in French (both are French-speaking), with a stable Message-ID
    assert str(customer["Subject"]).startswith("Nouveau message concernant BK-")
    assert "non lu" in _text(provider)
    assert str(customer["Message-ID"]).startswith("<outbox-")
    assert customer.get_content_type() == "multipart/alternative"
    # and nothing more when the worker runs again
    await run_worker(smtp_settings(world, tmp_path, port))
    assert len(inbox.about(thread_id)) == 2


async def test_no_email_when_read_in_time_nor_to_the_sender(
    api: Api, orm: None, smtp: tuple[Inbox, int], tmp_path: Path, world: DemoWorld
) -> None:
    # given a thread the customer opens with the service team only
    inbox, port = smtp
    thread_id = await start(api, "CUSTOMER", parties="CUSTOMER")
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "We are on it."})
    # when the customer reads it before the delay ends
    await api.query("CUSTOMER", MARK_READ, {"thread": thread_id})
    await run_worker(smtp_settings(world, tmp_path, port))
    # then nobody is e-mailed: not the reader, not the sender of the first message
    assert inbox.about(thread_id) == []
    statuses = {row.status for row in await notices(thread_id)}
    assert statuses == {m.OutboxStatus.CANCELLED}


async def test_internal_notes_email_no_customer_or_provider(
    api: Api, orm: None, smtp: tuple[Inbox, int], tmp_path: Path, world: DemoWorld
) -> None:
    # given a thread whose customer and provider have read everything
    inbox, port = smtp
    thread_id = await start(api, "AGENT")
    await api.query("CUSTOMER", MARK_READ, {"thread": thread_id})
    await api.query("PROVIDER_STAFF", MARK_READ, {"thread": thread_id})
    await run_worker(smtp_settings(world, tmp_path, port))
    before = len(inbox.about(thread_id))
    # when an agent adds an internal note
    await api.query(
        "AGENT_GROUPS", SEND, {"thread": thread_id, "body": "note", "visibility": "INTERNAL"}
    )
    await run_worker(smtp_settings(world, tmp_path, port))
    # then no e-mail goes to the customer or the provider
    assert len(inbox.about(thread_id)) == before


async def test_smtp_outage_then_recovery_delivers_exactly_once(
    api: Api, orm: None, tmp_path: Path, world: DemoWorld
) -> None:
    # given a message whose e-mail is due while the SMTP server is down
    port = free_port()
    settings = smtp_settings(world, tmp_path, port)
    thread_id = await start(api, "CUSTOMER", parties="CUSTOMER")
    body = await api.query("AGENT", SEND, {"thread": thread_id, "body": "reply"})
    # the mutation itself succeeded
    assert body["data"]["sendMessage"]["errors"] == []
    await run_worker(settings)
    (item,) = await notices(thread_id, "claire.martin@example.com")
    assert item.status is m.OutboxStatus.PENDING
    assert item.attempts == 1
    assert item.last_error
    # when the server comes back answering 451, then normally
    inbox = Inbox(rcpt_reply="451 4.3.0 try again later")
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        await run_worker(settings, clock=later(hours=2))
        await item.refresh_from_db()
        assert item.status is m.OutboxStatus.PENDING
        assert item.attempts == 2
        assert "451" in item.last_error
        inbox.rcpt_reply = None
        await run_worker(settings, clock=later(hours=5))
        await run_worker(settings, clock=later(hours=9))
    finally:
        controller.stop()
    # then the e-mail arrived exactly once
    await item.refresh_from_db()
    assert item.status is m.OutboxStatus.SENT
    assert len(inbox.about(thread_id)) == 1


async def test_a_permanent_failure_is_marked_failed_and_can_be_retried(
    api: Api, orm: None, smtp: tuple[Inbox, int], tmp_path: Path, world: DemoWorld
) -> None:
    # given an SMTP server refusing the recipient for good
    inbox, port = smtp
    inbox.rcpt_reply = "550 5.1.1 no such user"
    settings = smtp_settings(world, tmp_path, port)
    thread_id = await start(api, "CUSTOMER", parties="CUSTOMER")
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "reply"})
    # when the worker runs several times
    for hours in (1, 3, 10):
        await run_worker(settings, clock=later(hours=hours))
    # then the delivery is FAILED after one attempt, not retried forever
    (item,) = await notices(thread_id, "claire.martin@example.com")
    assert item.status is m.OutboxStatus.FAILED
    assert item.attempts == 1
    assert "550" in item.last_error
    # and agents see it, customers do not
    item_id = str(GlobalID("OutboxItem", str(item.id)))
    failed = await api.query("AGENT", OUTBOX, {"status": ["FAILED"]})
    assert item_id in [n["id"] for n in failed["data"]["outbox"]["nodes"]]
    hidden = await api.query("CUSTOMER", OUTBOX, {"status": ["FAILED"]})
    assert hidden["data"]["outbox"]["nodes"] == []
    # when any role but agents and admins tries to retry it, it stays FAILED
    for key in ACCOUNTS:
        if m.Role(ACCOUNTS[key][2]) not in MUTATIONS["retryDelivery"]:
            denied = await api.query(key, RETRY, {"id": item_id})
            assert denied["data"]["retryDelivery"]["errors"][0]["code"] == "FORBIDDEN", key
    await item.refresh_from_db()
    assert item.status is m.OutboxStatus.FAILED
    # when an agent retries it after the address was fixed
    retried = await api.query("AGENT", RETRY, {"id": item_id})
    assert retried["data"]["retryDelivery"]["item"]["status"] == "PENDING"
    inbox.rcpt_reply = None
    await run_worker(settings, clock=later(hours=11))
    # then it is delivered
    await item.refresh_from_db()
    assert item.status is m.OutboxStatus.SENT
    assert len(inbox.about(thread_id)) == 1


async def test_two_workers_never_send_one_row_twice(
    api: Api, orm: None, smtp: tuple[Inbox, int], tmp_path: Path, world: DemoWorld
) -> None:
    # given many due e-mails
    inbox, port = smtp
    settings = smtp_settings(world, tmp_path, port)
    threads = [await start(api, "AGENT") for _ in range(8)]
    # when two workers run at the same time
    await asyncio.gather(run_worker(settings), run_worker(settings))
    # then every e-mail went out exactly once
    for thread_id in threads:
        assert len(inbox.about(thread_id)) == 2
    ids = [str(msg["Message-ID"]) for msg in inbox.messages]
    assert len(ids) == len(set(ids))


async def test_a_german_speaking_customer_gets_german(
    api: Api, orm: None, smtp: tuple[Inbox, int], tmp_path: Path, world: DemoWorld
) -> None:
    # given a thread an agent opens with Jonas Weber (locale de) on one of his bookings
    inbox, port = smtp
    bookings = await api.query("CUSTOMER_OTHER", CONFIRMED)
    booking = bookings["data"]["bookings"]["nodes"][0]["id"]
    opened = await api.query(
        "AGENT", START, {"booking": booking, "body": "Hallo", "parties": "CUSTOMER"}
    )
    thread_id = opened["data"]["startThread"]["thread"]["id"]
    # when the worker runs after the delay
    await run_worker(smtp_settings(world, tmp_path, port))
    # then his e-mail is in German
    (mail,) = inbox.about(thread_id)
    assert str(mail["To"]) == "jonas.weber@example.com"
    assert str(mail["Subject"]).startswith("Neue Nachricht")

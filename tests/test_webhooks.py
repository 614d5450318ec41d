"""Outbound webhooks: signed deliveries to a real local HTTP receiver, through the outbox.

Each test registers its own webhook (the ``no_webhooks_left`` fixture removes them
afterwards, so no other test's changes are delivered anywhere) and runs the outbox worker
with a clock moved forward, as ``tests/test_outbox.py`` does.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from strawberry.relay import GlobalID

import models as m
from roost import db
from roost.app import create_app
from roost.settings import Settings
from tests.admin import ROLES, call, codes, gid, unique
from tests.conftest import Api, DemoWorld, make_settings
from tests.factories import booking_for
from tests.test_outbox import SEND, chateau_booking, later, run_worker, start

SECRET = "s3cret-shared-with-the-receiver"

CREATE = """
mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook { id url events includePersonalData active }
    errors { code field message }
  }
}
"""
UPDATE = """
mutation ($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) { webhook { id events active } errors { code field } }
}
"""
DELETE = """
mutation ($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) { deletedId errors { code field } }
}
"""
LIST = "{ webhooks(first: 50) { nodes { id url events } } }"
DELIVERIES = """
query ($id: ID!) {
  webhookDeliveries(webhookId: $id, first: 50) {
    nodes { event status attempts httpStatus deliveryId lastError webhook { url } }
  }
}
"""
SET_THREAD_STATUS = """
mutation ($input: SetThreadStatusInput!) { setThreadStatus(input: $input) { errors { code } } }
"""
SET_BOOKING_STATUS = """
mutation ($input: SetBookingStatusInput!) { setBookingStatus(input: $input) { errors { code } } }
"""
ERASE = """
mutation ($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) { errors { code } } }
"""
UPDATE_FIELDS = """
mutation ($input: UpdateBookingFieldsInput!) {
  updateBookingFields(input: $input) { errors { code field } }
}
"""


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """A local HTTP endpoint that records every POST and answers ``statuses`` in turn
    (then 200)."""

    url: str
    received: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)

    def events(self, kind: str) -> list[dict[str, Any]]:
        """The bodies received for ``kind``."""
        return [r.json for r in self.received if r.headers["X-Roost-Event"] == kind]


@pytest.fixture
async def receiver(aiohttp_server: Any) -> Receiver:
    app = web.Application()
    box = Receiver(url="")

    async def hook(request: web.Request) -> web.Response:
        box.received.append(Received(dict(request.headers), await request.read()))
        return web.Response(status=box.statuses.pop(0) if box.statuses else 200)

    app.router.add_post("/hook", hook)
    server = await aiohttp_server(app)
    box.url = str(server.make_url("/hook"))
    return box


@pytest.fixture(autouse=True)
async def no_webhooks_left(world: DemoWorld) -> AsyncIterator[None]:
    """Remove the webhooks (and their deliveries) a test registered; the demo's stays."""
    async with db.database(world.settings):
        before = set(await m.Webhook.all().values_list("id", flat=True))
    yield
    async with db.database(world.settings):
        await m.Webhook.exclude(id__in=before).delete()


@pytest.fixture
def worker_settings(world: DemoWorld, tmp_path: Path) -> Settings:
    return make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_DEADLINE_WARNING_OFFSETS="off",
        ROOST_WEBHOOK_TIMEOUT="5",
        # The receiver listens on 127.0.0.1, which webhooks may not call by default.
        ROOST_WEBHOOK_ALLOW_PRIVATE="1",
    )


@pytest.fixture
async def api(aiohttp_client: Any, world: DemoWorld) -> Api:
    """The test server, allowing webhooks to the local receiver."""
    settings = replace(world.settings, webhook_allow_private=True)
    return Api(await aiohttp_client(create_app(settings)), world)


@pytest.fixture
async def guarded_api(aiohttp_client: Any, world: DemoWorld) -> Api:
    """The test server as deployed by default: webhooks go to public addresses only."""
    return Api(await aiohttp_client(create_app(world.settings)), world)


def verify(secret: str, received: Received) -> bool:
    """The receiver's check, as the README shows it."""
    parts = dict(item.split("=", 1) for item in received.headers["X-Roost-Signature"].split(","))
    signed = parts["t"].encode() + b"." + received.body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


async def register(api: Api, url: str, events: list[str], **more: Any) -> str:
    payload = await call(
        api, "ADMIN", CREATE, {"url": url, "events": events, "secret": SECRET, **more}
    )
    assert payload["errors"] == []
    return payload["webhook"]["id"]


async def deliveries(api: Api, webhook_id: str) -> list[dict[str, Any]]:
    body = await api.query("ADMIN", DELIVERIES, {"id": webhook_id})
    assert "errors" not in body, body
    return body["data"]["webhookDeliveries"]["nodes"]


def pk(global_id: str) -> int:
    """The database id inside a global id."""
    return int(GlobalID.from_id(global_id).node_id)


async def test_a_delivery_is_signed_and_carries_ids_but_no_personal_data(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings
) -> None:
    # given a webhook for new threads and messages (what earlier tests left for the worker
    # done first: its messages would be announced too)
    await run_worker(worker_settings)
    hook = await register(api, receiver.url, ["thread.created", "message.created"])
    # when a customer opens a thread and the worker runs
    thread_id = await start(api, "CUSTOMER")
    await run_worker(worker_settings)
    # then the receiver got both events, each verifiable with the shared secret
    (created,) = [e for e in receiver.events("thread.created") if e["data"]["thread"] == thread_id]
    (message,) = [e for e in receiver.events("message.created") if e["data"]["thread"] == thread_id]
    assert all(verify(SECRET, r) for r in receiver.received)
    assert not verify("another-secret-of-some-length", receiver.received[0])
    # with the delivery id in a header and in the body, and global ids inside
    for event in (created, message):
        (request,) = [r for r in receiver.received if r.json["id"] == event["id"]]
        assert request.headers["X-Roost-Delivery"] == event["id"]
        assert request.headers["Content-Type"] == "application/json"
    assert message["data"]["booking"].startswith("Qm9va2luZz")  # "Booking:" in base64
    assert message["data"]["authorRole"] == "CUSTOMER"
    # and nothing personal: no message text, no author name, no subject
    assert "Hello" not in json.dumps([message, created])
    assert not {"body", "authorName"} & set(message["data"])
    assert "subject" not in created["data"]
    # and the admin sees the deliveries as SENT with the receiver's status
    rows = await deliveries(api, hook)
    assert {(d["event"], d["status"], d["httpStatus"]) for d in rows} == {
        ("thread.created", "SENT", 200),
        ("message.created", "SENT", 200),
    }
    assert all(d["webhook"]["url"] == receiver.url for d in rows)


async def test_personal_data_only_for_a_webhook_that_includes_it(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings
) -> None:
    # given two webhooks on the same receiver, one including personal data
    await register(api, receiver.url, ["message.created"])
    await register(api, receiver.url, ["message.created"], includePersonalData=True)
    # when the customer opens a thread
    thread_id = await start(api, "CUSTOMER")
    await run_worker(worker_settings)
    # then one delivery carries the message text and the author's name, the other neither
    events = [e for e in receiver.events("message.created") if e["data"]["thread"] == thread_id]
    assert len(events) == 2
    personal = [e["data"] for e in events if "body" in e["data"]]
    assert len(personal) == 1
    assert personal[0]["body"].startswith("Hello ")
    assert personal[0]["authorName"] == "Claire Martin"
    (plain,) = [e["data"] for e in events if "body" not in e["data"]]
    assert "authorName" not in plain


async def test_a_500_is_retried_with_the_same_delivery_id_and_then_delivered(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings
) -> None:
    # given a receiver that fails once with a 500
    hook = await register(api, receiver.url, ["thread.created"])
    receiver.statuses = [500]
    await start(api, "AGENT")
    # when the worker runs: the delivery waits for another attempt
    await run_worker(worker_settings, clock=later(hours=1))
    (row,) = await deliveries(api, hook)
    assert (row["status"], row["attempts"], row["httpStatus"]) == ("PENDING", 1, 500)
    assert "500" in row["lastError"]
    # and when the backoff has passed, it is delivered
    await run_worker(worker_settings, clock=later(hours=2))
    (row,) = await deliveries(api, hook)
    assert (row["status"], row["attempts"], row["httpStatus"]) == ("SENT", 2, 200)
    # the same delivery twice: same id, same body, each signed
    first, second = receiver.received
    assert first.headers["X-Roost-Delivery"] == second.headers["X-Roost-Delivery"]
    assert first.headers["X-Roost-Delivery"] == row["deliveryId"]
    assert first.body == second.body
    assert verify(SECRET, first)
    assert verify(SECRET, second)


async def test_a_4xx_fails_at_once_and_an_unreachable_receiver_is_retried(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings, unused_tcp_port: int
) -> None:
    # given a receiver that answers 410 Gone, and a webhook to a port nobody listens on
    gone = await register(api, receiver.url, ["thread.created"])
    down = await register(api, f"http://127.0.0.1:{unused_tcp_port}/", ["thread.created"])
    receiver.statuses = [410]
    await start(api, "AGENT")
    # when the worker runs several times
    for hours in (1, 3, 10):
        await run_worker(worker_settings, clock=later(hours=hours))
    # then the 410 is FAILED after one attempt, the unreachable one is still retried
    (row,) = await deliveries(api, gone)
    assert (row["status"], row["attempts"], row["httpStatus"]) == ("FAILED", 1, 410)
    (row,) = await deliveries(api, down)
    assert row["status"] == "PENDING"
    assert row["attempts"] == 3
    assert row["httpStatus"] is None


async def test_an_internal_note_is_never_delivered(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings
) -> None:
    # given a webhook for messages, even one that includes personal data
    await register(api, receiver.url, ["message.created"], includePersonalData=True)
    thread_id = await start(api, "AGENT")
    # when an agent adds an internal note, then a message for everyone
    await api.query(
        "AGENT", SEND, {"thread": thread_id, "body": "secret note", "visibility": "INTERNAL"}
    )
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "for everyone"})
    await run_worker(worker_settings)
    # then only the two public messages were delivered, the note never
    bodies = [e["data"]["body"] for e in receiver.events("message.created")]
    assert "secret note" not in bodies
    assert bodies[-1] == "for everyone"
    assert [e["data"]["seq"] for e in receiver.events("message.created")] == [1, 2]
    # and no delivery was even queued for it
    notes = await m.Message.filter(thread_id=pk(thread_id), visibility="INTERNAL")
    assert len(notes) == 1
    assert await m.OutboxItem.filter(kind=m.OutboxKind.WEBHOOK).count() == 2


START_INTERNAL = """
mutation ($booking: ID!) {
  startThread(input: {bookingId: $booking, body: "between us", visibility: INTERNAL}) {
    thread { id } errors { code }
  }
}
"""


async def test_a_thread_opened_with_an_internal_note_is_announced_with_its_first_public_message(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings
) -> None:
    # given a webhook for new threads and messages
    await register(api, receiver.url, ["thread.created", "message.created"])
    # when an agent opens a thread with an internal note, and the worker runs
    opened = await api.query("AGENT", START_INTERNAL, {"booking": await chateau_booking(api)})
    assert opened["data"]["startThread"]["errors"] == []
    thread_id = opened["data"]["startThread"]["thread"]["id"]
    await run_worker(worker_settings)
    # then the parties' integrations hear nothing of it
    assert receiver.events("thread.created") == []
    assert receiver.events("message.created") == []
    # when a second internal note, then a message for everyone follow
    await api.query(
        "AGENT", SEND, {"thread": thread_id, "body": "still us", "visibility": "INTERNAL"}
    )
    await run_worker(worker_settings)
    assert receiver.events("thread.created") == []
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "for everyone"})
    await api.query("AGENT", SEND, {"thread": thread_id, "body": "and more"})
    await run_worker(worker_settings)
    # then the thread is announced once, with its public messages only
    (created,) = receiver.events("thread.created")
    assert created["data"]["thread"] == thread_id
    assert [e["data"]["seq"] for e in receiver.events("message.created")] == [1, 2]
    first = next(r for r in receiver.received if r.headers["X-Roost-Event"] == "thread.created")
    assert receiver.received.index(first) == 0


async def test_thread_and_booking_changes_are_delivered(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings, world: DemoWorld
) -> None:
    # given a webhook for status and field changes, and a booking of the test's own
    await register(
        api,
        receiver.url,
        ["thread.status_changed", "booking.status_changed", "booking.fields_changed"],
    )
    booking = await booking_for(world, status=m.BookingStatus.OPTION)
    notes = await m.BookingFieldDefinition.get(service_id=booking.service_id, key="notes")
    booking_id = gid("Booking", booking.id)
    thread_id = await start(api, "AGENT")
    # when an agent resolves the thread, confirms the booking and sets one of its fields
    await api.query(
        "AGENT", SET_THREAD_STATUS, {"input": {"threadId": thread_id, "status": "RESOLVED"}}
    )
    await api.query(
        "AGENT", SET_BOOKING_STATUS, {"input": {"bookingId": booking_id, "status": "CONFIRMED"}}
    )
    values = [{"fieldDefinitionId": gid("BookingFieldDefinition", notes.id), "value": "late"}]
    body = await api.query(
        "AGENT", UPDATE_FIELDS, {"input": {"bookingId": booking_id, "values": values}}
    )
    assert body["data"]["updateBookingFields"]["errors"] == []
    await run_worker(worker_settings)
    # then each change arrived, with ids and without the field's value
    (thread,) = receiver.events("thread.status_changed")
    assert thread["data"]["thread"] == thread_id
    assert (thread["data"]["previousStatus"], thread["data"]["status"]) == ("OPEN", "RESOLVED")
    (status,) = receiver.events("booking.status_changed")
    assert status["data"]["booking"] == booking_id
    assert (status["data"]["previousStatus"], status["data"]["status"]) == ("OPTION", "CONFIRMED")
    assert status["data"]["reference"] == booking.reference
    (fields,) = receiver.events("booking.fields_changed")
    assert fields["data"]["booking"] == booking_id
    assert (fields["data"]["fieldKey"], fields["data"]["channel"]) == ("notes", "AGENT")
    assert "late" not in json.dumps(fields)


async def test_erasing_a_person_cancels_the_deliveries_that_carry_their_data(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings, world: DemoWorld
) -> None:
    # given a webhook with personal data, and a booking of a customer of the test's own
    hook = await register(api, receiver.url, ["booking.fields_changed"], includePersonalData=True)
    person = await m.User.create(
        email=f"{unique('erin')}@example.com", name="Erin Erasable", role=m.Role.CUSTOMER
    )
    booking = await booking_for(world)
    await m.Booking.filter(id=booking.id).update(customer_id=person.id)
    notes = await m.BookingFieldDefinition.get(service_id=booking.service_id, key="notes")
    values = [{"fieldDefinitionId": gid("BookingFieldDefinition", notes.id), "value": "peanuts"}]
    body = await api.query(
        "AGENT",
        UPDATE_FIELDS,
        {"input": {"bookingId": gid("Booking", booking.id), "values": values}},
    )
    assert body["data"]["updateBookingFields"]["errors"] == []
    # when an admin erases the customer before the worker runs
    erased = await call(api, "ADMIN", ERASE, {"userId": gid("User", person.id)})
    assert erased["errors"] == []
    await run_worker(worker_settings)
    # then the receiver never hears the value, and the delivery is cancelled, its body gone
    assert receiver.received == []
    (row,) = await deliveries(api, hook)
    assert row["status"] == "CANCELLED"
    assert row["deliveryId"] is None
    stored = await m.OutboxItem.filter(kind=m.OutboxKind.WEBHOOK, webhook_id=pk(hook)).first()
    assert stored is not None
    assert "peanuts" not in json.dumps(stored.payload)


async def test_an_inactive_or_deleted_webhook_receives_nothing(
    api: Api, orm: None, receiver: Receiver, worker_settings: Settings
) -> None:
    # given a webhook the admin switches off, and one the admin deletes
    paused = await register(api, receiver.url, ["thread.created"])
    deleted = await register(api, receiver.url, ["thread.created"])
    off = await call(api, "ADMIN", UPDATE, {"id": paused, "active": False})
    assert off["errors"] == []
    assert off["webhook"]["active"] is False
    gone = await call(api, "ADMIN", DELETE, {"id": deleted})
    assert gone == {"deletedId": deleted, "errors": []}
    # when a thread is opened
    await start(api, "AGENT")
    await run_worker(worker_settings)
    # then nothing was sent, and only the paused webhook is still listed
    assert receiver.received == []
    listed = [w["id"] for w in (await api.query("ADMIN", LIST))["data"]["webhooks"]["nodes"]]
    assert paused in listed
    assert deleted not in listed
    assert await deliveries(api, paused) == []
    # and deleting it twice says it is not found
    again = await call(api, "ADMIN", DELETE, {"id": deleted})
    assert codes(again) == [("NOT_FOUND", "id")]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"url": "ftp://example.com/hook"}, [("INVALID_URL", "url")]),
        ({"url": "file:///etc/passwd"}, [("INVALID_URL", "url")]),
        ({"url": "not a url"}, [("INVALID_URL", "url")]),
        ({"events": ["booking.deleted"]}, [("INVALID_EVENT", "events")]),
        ({"events": []}, [("INVALID_EVENT", "events")]),
        ({"secret": "short"}, [("INVALID_VALUE", "secret")]),
    ],
)
async def test_bad_input_is_refused_per_field(
    api: Api, orm: None, given: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    # given a webhook with one bad field
    input = {"url": "https://example.com/hook", "events": ["thread.created"], "secret": SECRET}
    before = await m.Webhook.all().count()
    # when an admin creates it
    payload = await call(api, "ADMIN", CREATE, {**input, **given})
    # then it is refused for that field, and nothing was created
    assert codes(payload) == expected
    assert payload["webhook"] is None
    assert await m.Webhook.all().count() == before


NON_ADMINS = [pytest.param(role, id=role.value) for role in ROLES if role is not m.Role.ADMIN]


@pytest.mark.parametrize("role", NON_ADMINS)
async def test_every_webhook_mutation_and_query_is_refused_for_non_admins(
    api: Api, orm: None, role: m.Role
) -> None:
    # given a webhook an admin registered
    hook = await register(api, "https://example.com/hook", ["thread.created"])
    key = role.value
    # when another role creates, changes, deletes or lists webhooks
    created = await call(
        api,
        key,
        CREATE,
        {"url": "https://evil.example/hook", "events": ["message.created"], "secret": SECRET},
    )
    updated = await call(api, key, UPDATE, {"id": hook, "url": "https://evil.example/"})
    deleted = await call(api, key, DELETE, {"id": hook})
    listed = await api.query(key, LIST)
    delivered = await api.query(key, DELIVERIES, {"id": hook})
    # then every mutation is refused and every query is forbidden
    for payload in (created, updated, deleted):
        assert codes(payload) == [("FORBIDDEN", None)]
    for body in (listed, delivered):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # and the webhook is as it was, and no other was created
    row = await m.Webhook.get(id=pk(hook))
    assert not await m.Webhook.filter(url__startswith="https://evil.").exists()
    assert (row.url, row.events) == ("https://example.com/hook", ["thread.created"])


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://169.254.169.254/latest/meta-data",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://224.0.0.1/hook",
        "http://0.0.0.0/hook",
    ],
)
async def test_a_receiver_in_roosts_own_network_is_refused(
    guarded_api: Api, orm: None, url: str
) -> None:
    # given a server with the default settings
    # when an admin registers a webhook whose host is, or resolves to, a non-public address
    payload = await call(
        guarded_api,
        "ADMIN",
        CREATE,
        {"url": url, "events": ["thread.created"], "secret": SECRET},
    )
    # then it is refused on the url, and nothing is stored
    assert codes(payload) == [("PRIVATE_ADDRESS", "url")]
    assert payload["webhook"] is None
    assert not await m.Webhook.filter(url=url).exists()


async def test_a_webhook_cannot_be_moved_into_roosts_own_network(
    guarded_api: Api, orm: None
) -> None:
    # given a webhook to a public host
    hook = await register(guarded_api, "https://93.184.215.14/hook", ["thread.created"])
    # when an admin points it to the cloud metadata address
    payload = await call(
        guarded_api, "ADMIN", UPDATE, {"id": hook, "url": "http://169.254.169.254/"}
    )
    # then it is refused and the webhook keeps its address
    assert codes(payload) == [("PRIVATE_ADDRESS", "url")]
    assert (await m.Webhook.get(id=pk(hook))).url == "https://93.184.215.14/hook"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_a_delivery_to_a_private_address_fails_without_being_sent(
    api: Api, orm: None, receiver: Receiver, world: DemoWorld, tmp_path: Path, host: str
) -> None:
    # given a webhook to the local receiver, by its address or by a name of it, registered
    # while private addresses were allowed
    hook = await register(api, receiver.url.replace("127.0.0.1", host), ["thread.created"])
    await start(api, "CUSTOMER")
    # when the worker runs without ROOST_WEBHOOK_ALLOW_PRIVATE
    guarded = make_settings(
        world.settings.database_url, tmp_path, ROOST_DEADLINE_WARNING_OFFSETS="off"
    )
    await run_worker(guarded)
    # then (a name judged by what it resolves to as the delivery connects) nothing reached
    # the receiver, and the delivery failed for good, saying why
    assert receiver.received == []
    (row,) = await deliveries(api, hook)
    assert row["status"] == "FAILED"
    assert row["attempts"] == 1
    assert host in row["lastError"]
    assert "not a public address" in row["lastError"]

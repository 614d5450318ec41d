"""Conversations: starting threads, sending messages, idempotency, gapless sequences.

Every test opens its own threads (through the API or, where only an existing thread is
needed, through the ORM) on demo bookings and never counts rows it did not create: the
session database is shared with the rest of the suite.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest
from aiohttp import FormData
from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from models.policy import MUTATIONS
from resolvers.threads import append_message, party_columns
from roost.app import HUB_KEY
from roost.demo import ACCOUNTS
from subscriptions.channels import thread_channel
from tests.admin import gid
from tests.conftest import Api, DemoWorld

START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) {
    thread {
      id subject parties urgency respondBy status
      booking { reference }
      invoice { number }
      messages(first: 10) { edges { node { seq body visibility authorSide } } }
    }
    errors { code message field }
  }
}
"""

SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message { id seq body visibility clientMessageId authorSide }
    errors { code message field }
  }
}
"""

SET_THREAD_STATUS = """
mutation ($input: SetThreadStatusInput!) {
  setThreadStatus(input: $input) { thread { id status } errors { code message field } }
}
"""

SET_THREAD_URGENCY = """
mutation ($input: SetThreadUrgencyInput!) {
  setThreadUrgency(input: $input) {
    thread { id urgency respondBy }
    errors { code message field }
  }
}
"""

ASSIGN_THREAD = """
mutation ($input: AssignThreadInput!) {
  assignThread(input: $input) {
    thread { id assignedTeam { key } assignedAgent { name } }
    errors { code message field }
  }
}
"""

SET_THREAD_PARTIES = """
mutation ($input: SetThreadPartiesInput!) {
  setThreadParties(input: $input) { thread { id parties } errors { code message field } }
}
"""

SET_TYPING = """
mutation ($input: SetTypingInput!) {
  setTyping(input: $input) { thread { id } errors { code message field } }
}
"""

THREAD = """
query ($id: ID!) {
  thread(id: $id) {
    id parties urgency status
    messages(first: 100) { edges { node { seq body visibility } } }
  }
}
"""

INVOICE_THREADS = """
query ($id: ID!) { node(id: $id) { ... on Invoice { number threads { id subject } } } }
"""

BOOKING_THREADS = """
query ($reference: String!) { booking(reference: $reference) { threads { id } } }
"""

#: A payload's errors, whatever the mutation: the generated denial tests send this.
MUTATION_ERRORS = """
mutation ($input: {input_type}!) {{ {name}(input: $input) {{ errors {{ code message field }} }} }}
"""

UPLOAD_ATTACHMENT = """
mutation ($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) { attachment { id } errors { code message field } }
}
"""

#: A one-pixel PNG.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)

MISSING_PK = 999_999


# --- helpers ----------------------------------------------------------------------------


def pk_of(global_id: str) -> int:
    """The database id behind a relay id."""
    return int(GlobalID.from_id(global_id).node_id)


def client_id() -> str:
    """A fresh clientMessageId, as a client would generate one."""
    return f"cm-{uuid4().hex}"


def role_of(key: str) -> m.Role:
    """The role of demo account ``key``."""
    return ACCOUNTS[key][2]


async def booking_of(
    world: DemoWorld,
    customer: str = "CUSTOMER",
    status: m.BookingStatus = m.BookingStatus.CONFIRMED,
    provider: str = "Château Lumière",
) -> m.Booking:
    """A demo booking of ``customer`` with ``status`` delivered by ``provider``."""
    booking = await m.Booking.filter(
        customer_id=world.user_ids[customer], status=status, provider__name=provider
    ).first()
    assert booking is not None, (customer, status, provider)
    return booking


async def invoice_of(world: DemoWorld, customer: str = "CUSTOMER") -> m.Invoice:
    """A demo invoice of ``customer``."""
    invoice = await m.Invoice.filter(booking__customer_id=world.user_ids[customer]).first()
    assert invoice is not None
    return invoice


async def orm_thread(
    world: DemoWorld, booking: m.Booking, parties: m.Party = m.Party.BOTH, author: str = "CUSTOMER"
) -> m.Thread:
    """A thread with one message, written straight to the database."""
    async with in_transaction():
        thread = await m.Thread.create(
            booking_id=booking.id,
            subject=f"test {uuid4().hex[:8]}",
            created_by_id=world.user_ids[author],
            **party_columns(booking, parties),
        )
        writer = await m.User.get(id=world.user_ids[author])
        await append_message(thread.id, writer, "Hello, a question.")
    return thread


async def start(api: Api, role: str, **fields: Any) -> dict[str, Any]:
    """``startThread`` as ``role``; returns the payload."""
    body = await api.query(role, START_THREAD, {"input": {"body": "Hello", **fields}})
    assert "errors" not in body, body
    return body["data"]["startThread"]


async def started(api: Api, role: str, **fields: Any) -> dict[str, Any]:
    """``startThread`` as ``role`` that must succeed; returns the thread."""
    payload = await start(api, role, **fields)
    assert payload["errors"] == [], payload
    return payload["thread"]


async def send(api: Api, role: str, thread_id: str, **fields: Any) -> dict[str, Any]:
    """``sendMessage`` as ``role``; returns the payload."""
    variables = {"input": {"threadId": thread_id, "body": "A message", **fields}}
    body = await api.query(role, SEND_MESSAGE, variables)
    assert "errors" not in body, body
    return body["data"]["sendMessage"]


async def mutate(api: Api, role: str, doc: str, name: str, **fields: Any) -> dict[str, Any]:
    """Any mutation as ``role`` with ``input`` ``fields``; returns the payload."""
    body = await api.query(role, doc, {"input": fields})
    assert "errors" not in body, body
    return body["data"][name]


async def seqs_in_db(thread_id: int) -> list[int]:
    """The sequence numbers stored for a thread, in order."""
    return list(
        await m.Message.filter(thread_id=thread_id).order_by("seq").values_list("seq", flat=True)
    )


def codes(payload: dict[str, Any]) -> list[str]:
    """The codes of a payload's user errors."""
    return [error["code"] for error in payload["errors"]]


# --- startThread ------------------------------------------------------------------------


async def test_customer_starts_a_thread_on_own_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The thread includes the customer side and holds the first message as seq 1."""
    # given Claire's confirmed booking
    booking = await booking_of(world)
    # when she opens a thread on it
    thread = await started(
        api, "CUSTOMER", bookingId=gid("Booking", booking.id), body="  Parking on site?  "
    )
    # then it is hers, on that booking, with her message first
    assert thread["parties"] == "CUSTOMER"
    assert thread["urgency"] == "INFO"
    assert thread["status"] == "OPEN"
    assert thread["booking"] == {"reference": booking.reference}
    assert thread["subject"] == booking.reference
    assert [e["node"] for e in thread["messages"]["edges"]] == [
        {"seq": 1, "body": "Parking on site?", "visibility": "ALL", "authorSide": "CUSTOMER"}
    ]
    # and the booking lists it; the provider (not a party) does not see it
    body = await api.query("CUSTOMER", BOOKING_THREADS, {"reference": booking.reference})
    assert {"id": thread["id"]} in body["data"]["booking"]["threads"]
    body = await api.query("PROVIDER_STAFF", THREAD, {"id": thread["id"]})
    assert body["data"]["thread"] is None


async def test_a_thread_on_an_option_booking_is_refused(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The error points to the offer's comments field instead; no thread is created."""
    # given Claire's booking that is still an option
    booking = await booking_of(world, status=m.BookingStatus.OPTION)
    before = await m.Thread.all().count()
    # when she tries to open a thread on it
    payload = await start(api, "CUSTOMER", bookingId=gid("Booking", booking.id))
    # then it is refused with a code and a pointer to offerComments
    assert payload["thread"] is None
    assert codes(payload) == ["OPTION_BOOKING"]
    assert "offerComments" in payload["errors"][0]["message"]
    assert await m.Thread.all().count() == before


async def test_another_customers_booking_looks_missing(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """A booking out of scope gets exactly the answer a missing booking gets."""
    # given Jonas's booking and an id no booking has
    jonas = await m.Booking.filter(
        customer_id=world.user_ids["CUSTOMER_OTHER"], status=m.BookingStatus.CONFIRMED
    ).first()
    assert jonas is not None
    before = await m.Thread.all().count()
    # when Claire tries to open a thread on each
    foreign = await start(api, "CUSTOMER", bookingId=gid("Booking", jonas.id))
    missing = await start(api, "CUSTOMER", bookingId=gid("Booking", MISSING_PK))
    # then both are NOT_FOUND, indistinguishably, and nothing is created
    assert codes(foreign) == ["NOT_FOUND"]
    assert foreign == missing
    assert await m.Thread.all().count() == before


async def test_customer_starts_a_thread_on_own_invoice(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The thread hangs on the invoice and the invoice lists it."""
    # given one of Claire's invoices
    invoice = await invoice_of(world)
    # when she opens a thread about it
    thread = await started(
        api, "CUSTOMER", invoiceId=gid("Invoice", invoice.id), subject="VAT number missing"
    )
    # then the thread shows the invoice and Invoice.threads lists it
    assert thread["invoice"] == {"number": invoice.number}
    assert thread["parties"] == "CUSTOMER"
    body = await api.query("CUSTOMER", INVOICE_THREADS, {"id": gid("Invoice", invoice.id)})
    assert {"id": thread["id"], "subject": "VAT number missing"} in body["data"]["node"]["threads"]


async def test_provider_starts_a_thread_on_own_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Provider staff open threads on their organisation's bookings, for their side."""
    # given a booking delivered by Château Lumière
    booking = await booking_of(world)
    # when its staff opens a thread
    thread = await started(api, "PROVIDER_STAFF", bookingId=gid("Booking", booking.id))
    # then it includes the provider side only: the customer does not see it
    assert thread["parties"] == "PROVIDER"
    assert thread["messages"]["edges"][0]["node"]["authorSide"] == "PROVIDER"
    body = await api.query("CUSTOMER", THREAD, {"id": thread["id"]})
    assert body["data"]["thread"] is None


async def test_provider_cannot_start_a_thread_on_another_providers_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Another provider's booking looks missing."""
    # given a booking delivered by Alpen Touren
    alpen = await m.Booking.filter(
        provider__name="Alpen Touren GmbH", status=m.BookingStatus.CONFIRMED
    ).first()
    assert alpen is not None
    before = await m.Thread.all().count()
    # when Château Lumière's staff tries to open a thread on it
    payload = await start(api, "PROVIDER_STAFF", bookingId=gid("Booking", alpen.id))
    # then it is NOT_FOUND and nothing is created
    assert codes(payload) == ["NOT_FOUND"]
    assert await m.Thread.all().count() == before


async def test_agent_starts_an_urgent_thread_with_both_sides_anywhere(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Agents open threads on any booking, choose the parties and the urgency."""
    # given a booking of a customer the agent has nothing to do with
    booking = await booking_of(world, customer="CUSTOMER_OTHER", provider="Alpen Touren GmbH")
    # when the agent opens an urgent thread with both sides
    thread = await started(
        api, "AGENT", bookingId=gid("Booking", booking.id), parties="BOTH", urgency="URGENT"
    )
    # then both the customer and the provider take part
    assert (thread["parties"], thread["urgency"]) == ("BOTH", "URGENT")
    for role in ("CUSTOMER_OTHER", "PROVIDER_STAFF_OTHER"):
        body = await api.query(role, THREAD, {"id": thread["id"]})
        assert body["data"]["thread"]["urgency"] == "URGENT", role


@pytest.mark.parametrize(
    ("role", "fields", "code", "field"),
    [
        pytest.param("CUSTOMER", {"urgency": "URGENT"}, "FORBIDDEN", "urgency", id="urgency"),
        pytest.param("CUSTOMER", {"parties": "PROVIDER"}, "FORBIDDEN", "parties", id="parties"),
        pytest.param(
            "PROVIDER_STAFF", {"parties": "CUSTOMER"}, "FORBIDDEN", "parties", id="provider-side"
        ),
        pytest.param("CUSTOMER", {"visibility": "INTERNAL"}, "FORBIDDEN", "visibility", id="note"),
        pytest.param(
            "AGENT", {"urgency": "ACTION_REQUIRED"}, "BAD_USER_INPUT", "respondBy", id="respond-by"
        ),
        pytest.param("CUSTOMER", {"body": "   "}, "BAD_USER_INPUT", "body", id="empty-body"),
    ],
)
async def test_start_thread_refusals_create_nothing(
    role: str,
    fields: dict[str, str],
    code: str,
    field: str,
    orm: None,
    world: DemoWorld,
    api: Api,
) -> None:
    """What a role may not choose, or an incomplete request, is refused with a code."""
    # given Claire's confirmed booking (in scope for the customer, provider and agent)
    booking = await booking_of(world)
    before = await m.Thread.all().count()
    # when the thread is requested with the refused choice
    payload = await start(api, role, bookingId=gid("Booking", booking.id), **fields)
    # then it is refused, naming the field, and nothing is created
    assert payload["thread"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [(code, field)]
    assert await m.Thread.all().count() == before


async def test_agent_starts_an_action_required_thread_with_a_respond_by_date(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """ACTION_REQUIRED carries its respond-by date."""
    # given a booking and a date three days ahead
    booking = await booking_of(world)
    respond_by = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    # when the agent opens an ACTION_REQUIRED thread with it
    thread = await started(
        api,
        "AGENT",
        bookingId=gid("Booking", booking.id),
        urgency="ACTION_REQUIRED",
        respondBy=respond_by.isoformat(),
    )
    # then the thread carries both
    assert thread["urgency"] == "ACTION_REQUIRED"
    assert datetime.fromisoformat(thread["respondBy"]) == respond_by


# --- denials generated from the policy ---------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a generated mutation request acts on."""

    thread: m.Thread
    booking: m.Booking
    team_id: int
    agent_id: int


def _thread_id(target: Target) -> str:
    return gid("Thread", target.thread.id)


#: A valid input of each mutation for a target (uploads are multipart, see below).
INPUTS: dict[str, Callable[[Target], dict[str, Any]]] = {
    "startThread": lambda t: {"bookingId": gid("Booking", t.booking.id), "body": "Hello"},
    "sendMessage": lambda t: {
        "threadId": _thread_id(t),
        "body": "Hi",
        "clientMessageId": client_id(),
    },
    "markThreadRead": lambda t: {"threadId": _thread_id(t)},
    "setTyping": lambda t: {"threadId": _thread_id(t), "typing": True},
    "setThreadUrgency": lambda t: {"threadId": _thread_id(t), "urgency": "URGENT"},
    "assignThread": lambda t: {
        "threadId": _thread_id(t),
        "teamId": gid("Team", t.team_id),
        "agentId": gid("User", t.agent_id),
    },
    "setThreadStatus": lambda t: {"threadId": _thread_id(t), "status": "CLOSED"},
    "setThreadParties": lambda t: {"threadId": _thread_id(t), "parties": "CUSTOMER"},
}
UPLOAD = "uploadAttachment"
#: Mutations of other domains; their denials are generated in their own test files.
COVERED_ELSEWHERE = {
    "retryDelivery": "tests/test_outbox.py",
    "confirmBooking": "tests/test_questions.py",
    "answerQuestion": "tests/test_questions.py",
    "validateSelfServiceLink": "tests/test_selfservice_edits.py",
    "updateBookingFields": "tests/test_selfservice_edits.py",
    "enableSelfService": "tests/test_selfservice_provider.py",
    "disableSelfService": "tests/test_selfservice_provider.py",
    "configureSelfService": "tests/test_selfservice_provider.py",
    "sendSelfServiceReminder": "tests/test_selfservice_provider.py",
    "sendSelfServiceEmail": "tests/test_selfservice_provider.py",
    "upsertBookings": "tests/test_ingest.py",
    "createOrganisation": "tests/test_admin_organisations.py",
    "updateOrganisation": "tests/test_admin_organisations.py",
    "createUser": "tests/test_admin_users.py",
    "updateUser": "tests/test_admin_users.py",
    "deactivateUser": "tests/test_admin_users.py",
    "reactivateUser": "tests/test_admin_users.py",
    "updateMyProfile": "tests/test_my_profile.py",
    "createTeam": "tests/test_admin_teams.py",
    "updateTeam": "tests/test_admin_teams.py",
    "createService": "tests/test_admin_services.py",
    "updateService": "tests/test_admin_services.py",
    "createBookingFieldDefinition": "tests/test_admin_services.py",
    "updateBookingFieldDefinition": "tests/test_admin_services.py",
    "createServiceQuestion": "tests/test_admin_services.py",
    "updateServiceQuestion": "tests/test_admin_services.py",
    "archiveServiceQuestion": "tests/test_admin_services.py",
    "setBookingStatus": "tests/test_booking_status.py",
    "updateOfferComments": "tests/test_booking_status.py",
    "setInvoiceStatus": "tests/test_booking_status.py",
    "erasePersonalData": "tests/test_personal_data.py",
    "createWebhook": "tests/test_webhooks.py",
    "updateWebhook": "tests/test_webhooks.py",
    "deleteWebhook": "tests/test_webhooks.py",
    "submitClaim": "tests/test_claims.py",
    "reviewClaim": "tests/test_claims.py",
    "requestSupplierDecision": "tests/test_claims.py",
    "decideClaimAsSupplier": "tests/test_claims.py",
    "proposeClaimOutcome": "tests/test_claims.py",
    "respondToClaimOutcome": "tests/test_claims.py",
    "refundClaim": "tests/test_claims.py",
    "closeClaim": "tests/test_claims.py",
    "createCreditNote": "tests/test_invoice_status.py",
    "updateTravellerProfile": "tests/test_traveller_profiles.py",
    "requestTicket": "tests/test_tickets.py",
    "issueTicket": "tests/test_tickets.py",
    "markTicketDelivered": "tests/test_tickets.py",
    "updateRoutingRules": "tests/test_routing_rules.py",
    "createCannedReply": "tests/test_canned_replies.py",
    "updateCannedReply": "tests/test_canned_replies.py",
    "deleteCannedReply": "tests/test_canned_replies.py",
    **dict.fromkeys(
        (
            "startSupportChat",
            "rateSupportChat",
            "takeSupportChat",
            "releaseSupportChat",
            "resolveSupportChat",
            "escalateSupportChat",
            "setSupportTicketStatus",
            "createSupportTopic",
            "updateSupportTopic",
        ),
        "tests/test_support_denials.py",
    ),
    "publishCrisisAlert": "tests/test_crisis_alerts.py",
    "acknowledgeCrisisAlert": "tests/test_crisis_alerts.py",
    "updateAnalyticCodeDefinitions": "tests/test_analytic_codes.py",
    "setAnalyticCodes": "tests/test_analytic_codes.py",
}
THREAD_MUTATIONS = {
    name: roles for name, roles in MUTATIONS.items() if name not in COVERED_ELSEWHERE
}


def _upload_form(data: bytes) -> FormData:
    """A GraphQL multipart request uploading ``data`` as a PNG."""
    form = FormData()
    operations = {"query": UPLOAD_ATTACHMENT, "variables": {"input": {"file": None}}}
    form.add_field("operations", json.dumps(operations))
    form.add_field("map", json.dumps({"0": ["variables.input.file"]}))
    form.add_field("0", data, filename="shot.png", content_type="image/png")
    return form


async def call_mutation(api: Api, role: str, name: str, target: Target) -> dict[str, Any]:
    """Mutation ``name`` with a valid input for ``target``, sent as ``role``."""
    if name == UPLOAD:
        response = await api.client.post(
            "/graphql",
            data=_upload_form(PIXEL),
            headers={"Authorization": f"Bearer {api.world.tokens[role]}"},
        )
        body = await response.json()
    else:
        input_type = f"{name[0].upper()}{name[1:]}Input"
        doc = MUTATION_ERRORS.format(input_type=input_type, name=name)
        body = await api.query(role, doc, {"input": INPUTS[name](target)})
    assert "errors" not in body, body
    return body["data"][name]


async def snapshot(world: DemoWorld, thread: m.Thread) -> dict[str, Any]:
    """Everything the thread mutations could change, as stored."""
    row = await m.Thread.get(id=thread.id).values()
    return {
        "thread": row,
        "messages": await m.Message.filter(thread_id=thread.id).count(),
        "threads_on_booking": await m.Thread.filter(booking_id=thread.booking_id).count(),
        "read_markers": sorted(
            await m.ReadMarker.filter(thread_id=thread.id).values_list("user_id", "last_read_seq")
        ),
        "uploads": await m.Attachment.filter(uploader_id__in=list(world.user_ids.values())).count(),
    }


async def make_target(world: DemoWorld) -> Target:
    """A thread with both sides on Claire's booking, and a team and agent to assign."""
    booking = await booking_of(world)
    thread = await orm_thread(world, booking)
    team = await m.Team.get(key="vip")
    return Target(thread, booking, team.id, world.user_ids["AGENT_VIP"])


DENIED = [
    pytest.param(name, key, id=f"{name}-{key}")
    for name in THREAD_MUTATIONS
    for key in ACCOUNTS
    if role_of(key) not in THREAD_MUTATIONS[name]
]


def test_every_mutation_of_the_policy_has_a_generated_request() -> None:
    """A mutation added to the policy must get a request here, or its denials go untested."""
    assert {*INPUTS, UPLOAD, *COVERED_ELSEWHERE} == set(MUTATIONS)


@pytest.mark.parametrize(("name", "key"), DENIED)
async def test_a_role_the_policy_does_not_allow_is_refused_and_nothing_changes(
    name: str, key: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """Each (mutation, role) pair outside ``models.policy.MUTATIONS`` gets FORBIDDEN."""
    # given an existing thread with both sides and a listener on its channel
    target = await make_target(world)
    before = await snapshot(world, target.thread)
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(thread_channel(target.thread.id)) as events:
        # when the role sends the mutation with a valid input
        payload = await call_mutation(api, key, name, target)
        # then it is FORBIDDEN, nothing is stored and nobody is woken up
        assert codes(payload) == ["FORBIDDEN"], payload
        assert await snapshot(world, target.thread) == before
        assert await events.next(0.05) is None


#: Mutations on an existing thread that roles with limited row scope may call.
ROW_SCOPED = [
    name
    for name in THREAD_MUTATIONS
    if role_of("CUSTOMER_OTHER") in THREAD_MUTATIONS[name] and name not in ("startThread", UPLOAD)
]


@pytest.mark.parametrize("name", ROW_SCOPED)
@pytest.mark.parametrize(
    ("key", "parties"),
    [
        ("CUSTOMER_OTHER", m.Party.BOTH),
        ("PROVIDER_STAFF_OTHER", m.Party.BOTH),
        ("PROVIDER_STAFF", m.Party.CUSTOMER),
        ("CUSTOMER", m.Party.PROVIDER),
    ],
)
async def test_an_allowed_role_without_the_thread_gets_not_found(
    name: str, key: str, parties: m.Party, orm: None, world: DemoWorld, api: Api
) -> None:
    """A thread out of the caller's scope looks exactly like a missing one."""
    # given a thread on Claire's booking the caller does not take part in
    booking = await booking_of(world)
    thread = await orm_thread(world, booking, parties, author="AGENT")
    target = Target(thread, booking, 0, 0)
    missing = Target(m.Thread(id=MISSING_PK, booking_id=booking.id), booking, 0, 0)
    before = await snapshot(world, thread)
    # when the caller uses the mutation on it, and on a thread that does not exist
    payload = await call_mutation(api, key, name, target)
    nothing = await call_mutation(api, key, name, missing)
    # then both answers are the same NOT_FOUND and nothing changed
    assert codes(payload) == ["NOT_FOUND"], payload
    assert payload == nothing
    assert await snapshot(world, thread) == before


# --- the staff mutations, used as allowed ------------------------------------------------


async def test_agent_sets_urgency_with_a_respond_by_date(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """ACTION_REQUIRED needs a date; the customer then sees the new urgency."""
    # given a customer's thread
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    respond_by = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    # when an agent asks for action without a date, then with one
    undated = await mutate(
        api,
        "AGENT",
        SET_THREAD_URGENCY,
        "setThreadUrgency",
        threadId=thread["id"],
        urgency="ACTION_REQUIRED",
    )
    dated = await mutate(
        api,
        "AGENT",
        SET_THREAD_URGENCY,
        "setThreadUrgency",
        threadId=thread["id"],
        urgency="ACTION_REQUIRED",
        respondBy=respond_by.isoformat(),
    )
    # then the first is refused and the second sticks
    assert codes(undated) == ["BAD_USER_INPUT"]
    assert dated["errors"] == []
    assert datetime.fromisoformat(dated["thread"]["respondBy"]) == respond_by
    body = await api.query("CUSTOMER", THREAD, {"id": thread["id"]})
    assert body["data"]["thread"]["urgency"] == "ACTION_REQUIRED"


async def test_agent_assigns_a_thread_to_a_team_and_an_agent(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Assignment names a team and an agent; a customer is not an agent."""
    # given a customer's thread
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    team = await m.Team.get(key="vip")
    # when an agent assigns it to the VIP team and Marc, and then to a customer
    assigned = await mutate(
        api,
        "AGENT",
        ASSIGN_THREAD,
        "assignThread",
        threadId=thread["id"],
        teamId=gid("Team", team.id),
        agentId=gid("User", world.user_ids["AGENT_VIP"]),
    )
    wrong = await mutate(
        api,
        "AGENT",
        ASSIGN_THREAD,
        "assignThread",
        threadId=thread["id"],
        agentId=gid("User", world.user_ids["CUSTOMER"]),
    )
    # then the first assignment holds and the second is refused without undoing it
    assert assigned["thread"]["assignedTeam"] == {"key": "vip"}
    assert assigned["thread"]["assignedAgent"] == {"name": ACCOUNTS["AGENT_VIP"][1]}
    assert codes(wrong) == ["NOT_FOUND"]
    stored = await m.Thread.get(id=pk_of(thread["id"]))
    assert (stored.assigned_team_id, stored.assigned_agent_id) == (
        team.id,
        world.user_ids["AGENT_VIP"],
    )


async def test_removing_the_customer_side_takes_the_thread_away_from_the_customer(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """setThreadParties changes who takes part at once."""
    # given a thread with both sides
    booking = await booking_of(world)
    thread = await started(api, "AGENT", bookingId=gid("Booking", booking.id), parties="BOTH")
    # when an agent keeps only the provider side
    payload = await mutate(
        api,
        "AGENT",
        SET_THREAD_PARTIES,
        "setThreadParties",
        threadId=thread["id"],
        parties="PROVIDER",
    )
    # then the customer no longer sees it and the provider still does
    assert payload["thread"]["parties"] == "PROVIDER"
    assert (await api.query("CUSTOMER", THREAD, {"id": thread["id"]}))["data"]["thread"] is None
    provider = await api.query("PROVIDER_STAFF", THREAD, {"id": thread["id"]})
    assert provider["data"]["thread"]["parties"] == "PROVIDER"


async def test_typing_reaches_the_threads_subscribers(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """setTyping wakes the thread's subscribers with who is typing."""
    # given a thread and a listener on it
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(thread_channel(pk_of(thread["id"]))) as events:
        # when the customer starts typing
        payload = await mutate(
            api, "CUSTOMER", SET_TYPING, "setTyping", threadId=thread["id"], typing=True
        )
        # then the listener hears it, with her name
        assert payload["errors"] == []
        event = await events.next(2)
    assert event is not None
    assert (event["type"], event["typing"], event["name"]) == ("typing", True, "Claire Martin")


# --- sendMessage -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [pytest.param("  \n ", id="blank"), pytest.param("x" * 10_001, id="too-long")]
)
async def test_a_blank_or_too_long_message_is_refused(
    body: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """The body must have text and at most 10 000 characters; nothing is stored."""
    # given a thread
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    # when a message with that body is sent
    payload = await send(api, "CUSTOMER", thread["id"], body=body, clientMessageId=client_id())
    # then it is refused on the body and the thread still has its first message only
    assert payload["message"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("BAD_USER_INPUT", "body")]
    assert await seqs_in_db(pk_of(thread["id"])) == [1]


async def test_a_message_of_exactly_the_limit_is_accepted(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """10 000 characters is still fine."""
    # given a thread
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    # when a message of exactly 10 000 characters is sent
    payload = await send(api, "CUSTOMER", thread["id"], body="y" * 10_000)
    # then it is stored in full
    assert payload["errors"] == []
    assert len(payload["message"]["body"]) == 10_000


async def test_a_closed_thread_takes_no_more_messages(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Once an agent closes a thread, sending is refused with THREAD_CLOSED."""
    # given a thread an agent closed
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    closed = await mutate(
        api, "AGENT", SET_THREAD_STATUS, "setThreadStatus", threadId=thread["id"], status="CLOSED"
    )
    assert closed["thread"]["status"] == "CLOSED"
    # when the customer writes again
    payload = await send(api, "CUSTOMER", thread["id"], clientMessageId=client_id())
    # then it is refused and nothing is stored
    assert codes(payload) == ["THREAD_CLOSED"]
    assert await seqs_in_db(pk_of(thread["id"])) == [1]


@pytest.mark.parametrize("role", ["CUSTOMER", "PROVIDER_STAFF"])
async def test_only_the_service_team_writes_internal_notes(
    role: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """An INTERNAL note from a customer or a provider is FORBIDDEN and not stored."""
    # given a thread with both sides
    thread = await started(
        api, "AGENT", bookingId=gid("Booking", (await booking_of(world)).id), parties="BOTH"
    )
    # when a participant outside the service team tries an internal note
    payload = await send(api, role, thread["id"], visibility="INTERNAL")
    # then it is refused on visibility and nothing is stored
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("FORBIDDEN", "visibility")]
    assert await seqs_in_db(pk_of(thread["id"])) == [1]


async def test_an_agents_internal_note_is_hidden_from_the_other_parties(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Agents write INTERNAL notes; customers and providers never see them."""
    # given a thread with both sides
    thread = await started(
        api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id), parties="BOTH"
    )
    # when an agent writes an internal note
    payload = await send(api, "AGENT", thread["id"], body="VIP, be quick", visibility="INTERNAL")
    # then it is stored as seq 2, seen by agents only
    assert payload["errors"] == []
    assert (payload["message"]["seq"], payload["message"]["visibility"]) == (2, "INTERNAL")
    for role, seqs in (("AGENT_VIP", [1, 2]), ("CUSTOMER", [1]), ("PROVIDER_STAFF", [1])):
        body = await api.query(role, THREAD, {"id": thread["id"]})
        edges = body["data"]["thread"]["messages"]["edges"]
        assert [e["node"]["seq"] for e in edges] == seqs, role


# --- idempotent sends --------------------------------------------------------------------


async def test_a_retried_send_returns_the_same_message_and_stores_it_once(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The same clientMessageId sent twice gives back the first message."""
    # given a thread and a message already sent with a clientMessageId
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    key = client_id()
    first = await send(api, "CUSTOMER", thread["id"], body="Lunch included?", clientMessageId=key)
    # when the client retries it
    again = await send(api, "CUSTOMER", thread["id"], body="Lunch included?", clientMessageId=key)
    # then it gets the same message back, and the thread holds it once
    assert again["errors"] == []
    assert again["message"] == first["message"]
    assert first["message"]["seq"] == 2
    assert await seqs_in_db(pk_of(thread["id"])) == [1, 2]
    assert await m.Message.filter(client_message_id=key).count() == 1
    # and the next message is not pushed back by the retry
    after = await send(api, "CUSTOMER", thread["id"], clientMessageId=client_id())
    assert after["message"]["seq"] == 3


async def test_a_retry_after_the_thread_was_closed_still_gets_its_message(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """A send that went through before the close is confirmed, not refused, on retry."""
    # given a message sent, then the thread closed by an agent
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    key = client_id()
    first = await send(api, "CUSTOMER", thread["id"], clientMessageId=key)
    await mutate(
        api, "AGENT", SET_THREAD_STATUS, "setThreadStatus", threadId=thread["id"], status="CLOSED"
    )
    # when the client retries the send it never saw answered
    again = await send(api, "CUSTOMER", thread["id"], clientMessageId=key)
    # then it gets its message back rather than THREAD_CLOSED
    assert again == first
    assert await seqs_in_db(pk_of(thread["id"])) == [1, 2]


async def test_concurrent_sends_of_one_message_store_and_push_it_once(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Ten simultaneous retries get one message, one row, one push and no gap."""
    # given a thread and a listener on it
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    key = client_id()
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(thread_channel(pk_of(thread["id"]))) as events:
        # when the same message is sent ten times at once
        payloads = await asyncio.gather(
            *(send(api, "CUSTOMER", thread["id"], clientMessageId=key) for _ in range(10))
        )
        pushed = []
        while (event := await events.next(0.3)) is not None:
            pushed.append(event)
    # then every sender gets the same message, stored once and pushed once
    assert all(p["errors"] == [] for p in payloads), payloads
    assert {p["message"]["id"] for p in payloads} == {payloads[0]["message"]["id"]}
    assert await m.Message.filter(client_message_id=key).count() == 1
    assert [e["seq"] for e in pushed if e["type"] == "message"] == [2]
    # and the retries left no gap
    assert await seqs_in_db(pk_of(thread["id"])) == [1, 2]
    assert (await m.Thread.get(id=pk_of(thread["id"]))).last_seq == 2


async def test_a_client_message_id_cannot_be_reused_in_another_thread(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Reusing a clientMessageId elsewhere is refused rather than silently deduplicated."""
    # given two threads and a message sent in the first with a clientMessageId
    booking_id = gid("Booking", (await booking_of(world)).id)
    one = await started(api, "CUSTOMER", bookingId=booking_id)
    two = await started(api, "CUSTOMER", bookingId=booking_id)
    key = client_id()
    await send(api, "CUSTOMER", one["id"], clientMessageId=key)
    # when the same id is used in the second thread
    payload = await send(api, "CUSTOMER", two["id"], clientMessageId=key)
    # then it is refused and the second thread is unchanged
    assert codes(payload) == ["CLIENT_MESSAGE_ID_REUSED"]
    assert await seqs_in_db(pk_of(two["id"])) == [1]


async def test_two_authors_may_choose_the_same_client_message_id(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """clientMessageIds are per author: another author's message is not a retry."""
    # given a thread where the customer sent a message with a clientMessageId
    thread = await started(
        api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id), parties="BOTH"
    )
    key = client_id()
    mine = await send(api, "CUSTOMER", thread["id"], body="From Claire", clientMessageId=key)
    # when an agent sends a different message with the same id
    theirs = await send(api, "AGENT", thread["id"], body="From Anna", clientMessageId=key)
    # then both are stored
    assert theirs["errors"] == []
    assert theirs["message"]["id"] != mine["message"]["id"]
    assert await seqs_in_db(pk_of(thread["id"])) == [1, 2, 3]


async def test_a_retried_start_thread_returns_the_same_thread(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """startThread with a clientMessageId is idempotent too, sequentially and concurrently."""
    # given a thread Claire opened with a clientMessageId
    booking_id = gid("Booking", (await booking_of(world)).id)
    key = client_id()
    first = await started(api, "CUSTOMER", bookingId=booking_id, clientMessageId=key)
    # when the client retries it once, then five times at once
    again = await start(api, "CUSTOMER", bookingId=booking_id, clientMessageId=key)
    burst_key = client_id()
    burst = await asyncio.gather(
        *(start(api, "CUSTOMER", bookingId=booking_id, clientMessageId=burst_key) for _ in range(5))
    )
    # then each retry gets its thread back and each start stored one thread
    assert again == {"thread": first, "errors": []}
    assert all(p["errors"] == [] for p in burst), burst
    assert len({p["thread"]["id"] for p in burst}) == 1
    for key_used in (key, burst_key):
        assert await m.Message.filter(client_message_id=key_used).count() == 1


async def test_start_thread_with_a_client_message_id_used_elsewhere_is_refused(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """A clientMessageId of a message in another thread cannot open a new thread."""
    # given a message Claire sent with a clientMessageId
    booking_id = gid("Booking", (await booking_of(world)).id)
    thread = await started(api, "CUSTOMER", bookingId=booking_id)
    key = client_id()
    await send(api, "CUSTOMER", thread["id"], clientMessageId=key)
    before = await m.Thread.all().count()
    # when she opens a thread with the same id
    payload = await start(api, "CUSTOMER", bookingId=booking_id, clientMessageId=key)
    # then it is refused and nothing is created
    assert codes(payload) == ["CLIENT_MESSAGE_ID_REUSED"]
    assert await m.Thread.all().count() == before


# --- gapless sequence numbers ------------------------------------------------------------


async def test_fifty_concurrent_sends_get_sequence_numbers_without_gap_or_duplicate(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Concurrent senders (customer and agent) are numbered 2..51 after the first message."""
    # given a thread whose first message is seq 1
    thread = await started(api, "CUSTOMER", bookingId=gid("Booking", (await booking_of(world)).id))
    authors = ["CUSTOMER" if i % 2 else "AGENT" for i in range(50)]
    # when fifty messages are sent at once by the customer and an agent
    payloads = await asyncio.gather(
        *(
            send(api, author, thread["id"], body=f"message {i}", clientMessageId=client_id())
            for i, author in enumerate(authors)
        )
    )
    # then each got its own number and the stored numbers are exactly 1..51
    assert all(p["errors"] == [] for p in payloads), [p["errors"] for p in payloads]
    assert sorted(p["message"]["seq"] for p in payloads) == list(range(2, 52))
    assert await seqs_in_db(pk_of(thread["id"])) == list(range(1, 52))
    assert (await m.Thread.get(id=pk_of(thread["id"]))).last_seq == 51
    # and the stored message of each sender is the one it was answered with
    stored = dict(await m.Message.filter(thread_id=pk_of(thread["id"])).values_list("id", "body"))
    assert all(stored[pk_of(p["message"]["id"])] == p["message"]["body"] for p in payloads)

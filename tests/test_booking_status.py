"""setBookingStatus, updateOfferComments and setInvoiceStatus.

The end-to-end test plays an operator who sets up a new provider from nothing through
the API; a booking of its service confirmed by ``setBookingStatus`` gives its new
customer the questions and the self-service e-mail.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from strawberry.relay import GlobalID

import models as m
from roost.auth import mint_token
from tests.admin import (
    call,
    codes,
    forget_new_staff,  # noqa: F401
    gid,
    refused_roles,
    unique,
)
from tests.conftest import Api, DemoWorld, make_settings
from tests.factories import booking_for
from tests.test_admin_organisations import CREATE as CREATE_ORGANISATION
from tests.test_admin_services import CREATE_FIELD, CREATE_QUESTION, CREATE_SERVICE
from tests.test_admin_users import CREATE as CREATE_USER
from tests.test_outbox import run_worker

pytestmark = pytest.mark.usefixtures("forget_new_staff")

SET_STATUS = """
mutation ($input: SetBookingStatusInput!) {
  setBookingStatus(input: $input) {
    booking { id reference status }
    errors { code field message }
  }
}
"""

OFFER_COMMENTS = """
mutation ($input: UpdateOfferCommentsInput!) {
  updateOfferComments(input: $input) { booking { id offerComments } errors { code field } }
}
"""

INVOICE_STATUS = """
mutation ($input: SetInvoiceStatusInput!) {
  setInvoiceStatus(input: $input) { invoice { id status issuedAt } errors { code field } }
}
"""

ENABLE = """
mutation ($input: EnableSelfServiceInput!) {
  enableSelfService(input: $input) { app { enabled } errors { code } }
}
"""

MY_BOOKING = """
query ($reference: String!) {
  booking(reference: $reference) {
    status
    threads { status messages(first: 20) { nodes { id kind body } } }
  }
}
"""

ANSWER = """
mutation ($input: AnswerQuestionInput!) {
  answerQuestion(input: $input) { fieldValue { value } errors { code } }
}
"""


async def _set_up_provider(api: Api) -> tuple[str, str]:
    """An operator's new PREMIUM provider with self-service, staff, a service with fields and
    a question, all through the API; the service's global id and the provider's."""
    provider = await call(
        api,
        "ADMIN",
        CREATE_ORGANISATION,
        {
            "name": unique("Lakeside"),
            "kind": "PROVIDER",
            "providerKind": "VENUE",
            "plan": "PREMIUM",
            "verified": True,
        },
    )
    provider_id = provider["organisation"]["id"]
    staff = await call(
        api,
        "ADMIN",
        CREATE_USER,
        {
            "email": f"{unique('staff')}@lakeside.example",
            "name": "Lena Lake",
            "role": "PROVIDER_STAFF",
            "organisationId": provider_id,
        },
    )
    account = await m.User.get(email=staff["user"]["email"])
    service = await call(
        api, account, CREATE_SERVICE, {"providerId": provider_id, "name": "Boat tour"}
    )
    service_id = service["service"]["id"]
    await call(
        api,
        account,
        CREATE_FIELD,
        {
            "serviceId": service_id,
            "key": "participant_name",
            "labels": {"en": "Name"},
            "type": "PERSON_NAME",
            "scope": "PARTICIPANT",
        },
    )
    lunch = await call(
        api,
        account,
        CREATE_FIELD,
        {
            "serviceId": service_id,
            "key": "lunch",
            "labels": {"en": "Lunch"},
            "type": "CHOICE",
            "choices": ["fish", "veggie"],
        },
    )
    question = await call(
        api,
        account,
        CREATE_QUESTION,
        {
            "serviceId": service_id,
            "fieldId": lunch["fieldDefinition"]["id"],
            "texts": {"en": "Fish or veggie for lunch?"},
        },
    )
    assert question["errors"] == []
    enabled = await call(api, "ADMIN", ENABLE, {"providerId": provider_id})
    assert enabled["errors"] == []
    return service_id, provider_id


async def test_a_new_provider_set_up_through_the_api_confirms_a_booking_for_a_new_customer(
    orm: None, api: Api, world: DemoWorld, tmp_path: Path
) -> None:
    # given a provider set up from nothing through the API, and a new customer
    service_id, _ = await _set_up_provider(api)
    customer = await call(
        api,
        "ADMIN",
        CREATE_USER,
        {
            "email": f"{unique('guest')}@example.com",
            "name": "Carl Customer",
            "role": "CUSTOMER",
            "organisationId": None,
        },
    )
    account = await m.User.get(email=customer["user"]["email"])
    service = await m.Service.get(id=int(GlobalID.from_id(service_id).node_id))
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=40)
    booking = await m.Booking.create(
        reference=unique("BK-E2E").upper(),
        status=m.BookingStatus.OPTION,
        provider_id=service.provider_id,
        service_id=service.id,
        customer_id=account.id,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        total_price=Decimal("120.00"),
    )
    # when an agent confirms it with setBookingStatus and the worker sends what is due
    payload = await call(
        api, "AGENT", SET_STATUS, {"bookingId": gid("Booking", booking.id), "status": "CONFIRMED"}
    )
    assert payload["errors"] == []
    assert payload["booking"]["status"] == "CONFIRMED"
    await run_worker(
        make_settings(world.settings.database_url, tmp_path, ROOST_DEADLINE_WARNING_OFFSETS="off")
    )
    # then the customer sees the booking and the question, and answers it
    token = mint_token(world.settings, account)
    status, body = await api.post(MY_BOOKING, {"reference": booking.reference}, token=token)
    assert status == 200
    assert "errors" not in body, body
    (thread,) = body["data"]["booking"]["threads"]
    (asked,) = [msg for msg in thread["messages"]["nodes"] if msg["kind"] == "QUESTION"]
    assert asked["body"].startswith("Fish or veggie for lunch?")
    status, answered = await api.post(
        ANSWER, {"input": {"messageId": asked["id"], "value": "veggie"}}, token=token
    )
    assert answered["data"]["answerQuestion"] == {"fieldValue": {"value": "veggie"}, "errors": []}
    # and their confirmation e-mail carries the self-service edit link
    mails = [
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in (tmp_path / "mail").glob("*.eml")
    ]
    texts = [
        mail.get_body(preferencelist=("plain",)).get_content()
        for mail in mails
        if mail["To"] == account.email and booking.reference in str(mail["Subject"])
    ]
    assert len([text for text in texts if "/self-service" in text and "token=" in text]) == 1


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        ("OPTION", "COMPLETED", False),
        ("CONFIRMED", "OPTION", False),
        ("CANCELLED", "CONFIRMED", False),
        ("COMPLETED", "CANCELLED", False),
        ("OPTION", "CANCELLED", True),
        ("CONFIRMED", "COMPLETED", True),
    ],
)
async def test_only_legal_transitions_are_allowed(
    orm: None, api: Api, world: DemoWorld, start: str, target: str, allowed: bool
) -> None:
    # given a booking with the starting status
    booking = await booking_for(world, status=m.BookingStatus(start))
    # when an admin sets the target status
    payload = await call(
        api, "ADMIN", SET_STATUS, {"bookingId": gid("Booking", booking.id), "status": target}
    )
    # then only a legal transition happens
    stored = (await m.Booking.get(id=booking.id)).status
    if allowed:
        assert payload["errors"] == []
        assert stored == m.BookingStatus(target)
    else:
        assert codes(payload) == [("INVALID_TRANSITION", "status")]
        assert stored == m.BookingStatus(start)


async def test_cancelling_closes_open_threads_with_a_system_message(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a confirmed booking with a thread the customer opened
    booking = await booking_for(world)
    started = await api.query(
        "CUSTOMER",
        """mutation ($input: StartThreadInput!) {
             startThread(input: $input) { thread { id } errors { code } } }""",
        {"input": {"bookingId": gid("Booking", booking.id), "body": "Can we come earlier?"}},
    )
    assert started["data"]["startThread"]["errors"] == []
    # when an agent cancels the booking
    payload = await call(
        api, "AGENT", SET_STATUS, {"bookingId": gid("Booking", booking.id), "status": "CANCELLED"}
    )
    assert payload["errors"] == []
    # then the customer sees the thread closed, its last message a SYSTEM message in French
    body = await api.query("CUSTOMER", MY_BOOKING, {"reference": booking.reference})
    (thread,) = body["data"]["booking"]["threads"]
    assert thread["status"] == "CLOSED"
    last = thread["messages"]["nodes"][-1]
    assert last["kind"] == "SYSTEM"
    assert "annulée" in last["body"]


@pytest.mark.parametrize("role", ["CUSTOMER", "PROVIDER_STAFF", "AGENT"])
async def test_offer_comments_are_written_on_options_only(
    orm: None, api: Api, world: DemoWorld, role: str
) -> None:
    # given an option and a confirmed booking of the demo customer at the demo provider
    option = await booking_for(world, status=m.BookingStatus.OPTION)
    confirmed = await booking_for(world)
    # when the customer, the provider or an agent writes comments on both
    text = f"Could we have the terrace? ({role})"
    on_option = await call(
        api, role, OFFER_COMMENTS, {"bookingId": gid("Booking", option.id), "offerComments": text}
    )
    on_confirmed = await call(
        api,
        role,
        OFFER_COMMENTS,
        {"bookingId": gid("Booking", confirmed.id), "offerComments": text},
    )
    # then the option has them, the confirmed booking refuses them
    assert on_option["booking"]["offerComments"] == text
    assert codes(on_confirmed) == [("NOT_AN_OPTION", "bookingId")]
    assert (await m.Booking.get(id=confirmed.id)).offer_comments == ""


async def test_invoice_status_follows_legal_transitions(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a draft invoice
    booking = await booking_for(world)
    invoice = await m.Invoice.create(number=unique("INV"), booking=booking)
    invoice_id = gid("Invoice", invoice.id)
    # when an agent issues it, then tries to put it back to draft, then marks it paid
    issued = await call(api, "AGENT", INVOICE_STATUS, {"invoiceId": invoice_id, "status": "ISSUED"})
    back = await call(api, "AGENT", INVOICE_STATUS, {"invoiceId": invoice_id, "status": "DRAFT"})
    paid = await call(api, "AGENT", INVOICE_STATUS, {"invoiceId": invoice_id, "status": "PAID"})
    # then issuing dates it, going back is refused, paying works
    assert issued["invoice"]["status"] == "ISSUED"
    assert issued["invoice"]["issuedAt"]
    assert codes(back) == [("INVALID_TRANSITION", "status")]
    assert paid["invoice"]["status"] == "PAID"


async def _target(world: DemoWorld, mutation: str) -> tuple[dict[str, Any], Any]:
    """A valid input of ``mutation`` and a way to read what it would change."""
    if mutation == "setInvoiceStatus":
        invoice = await m.Invoice.create(number=unique("INV"), booking=await booking_for(world))
        return {"invoiceId": gid("Invoice", invoice.id), "status": "ISSUED"}, (
            lambda: m.Invoice.get(id=invoice.id).values_list("status", flat=True)
        )
    booking = await booking_for(world, status=m.BookingStatus.OPTION)
    change = (
        {"status": "CONFIRMED"} if mutation == "setBookingStatus" else {"offerComments": "Refused?"}
    )
    return {"bookingId": gid("Booking", booking.id), **change}, (
        lambda: m.Booking.get(id=booking.id).values_list("status", "offer_comments")
    )


@pytest.mark.parametrize(
    ("mutation", "document", "role"),
    [
        pytest.param(name, document, *param.values, id=param.id)
        for name, document in [
            ("setBookingStatus", SET_STATUS),
            ("updateOfferComments", OFFER_COMMENTS),
            ("setInvoiceStatus", INVOICE_STATUS),
        ]
        for param in refused_roles(name)
    ],
)
async def test_status_changes_are_refused_to_other_roles(
    orm: None, api: Api, world: DemoWorld, mutation: str, document: str, role: m.Role
) -> None:
    # given a booking (or invoice) of the demo customer at the demo provider
    given, read = await _target(world, mutation)
    before = await read()
    # when a role the policy does not allow tries the change
    payload = await call(api, role.value, document, given)
    # then it is refused and nothing changed
    assert codes(payload) == [("FORBIDDEN", None)]
    assert await read() == before

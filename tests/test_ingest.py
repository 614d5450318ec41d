"""Ingest: the booking system (INTEGRATION) upserts bookings with ``upsertBookings``.

Every test sends records with external references of its own, so it never counts rows
it did not create: the session database is shared with the rest of the suite.
"""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID

import models as m
from models.policy import MUTATIONS
from resolvers.selfservice_mail import CONFIRMATION, confirmation_key
from roost.auth import mint_token
from roost.demo import ACCOUNTS
from tests.admin import gid
from tests.conftest import Api, DemoWorld

UPSERT = """
mutation ($input: UpsertBookingsInput!) {
  upsertBookings(input: $input) {
    results {
      index created changed
      booking { id reference status externalReference customer { email name } }
      errors { code field message }
    }
    errors { code message }
  }
}
"""

MY_BOOKING = """
query ($reference: String!) {
  booking(reference: $reference) {
    reference status participants { name }
    threads {
      subject status
      messages(first: 20) { edges { node { kind body } } }
    }
  }
}
"""

INTEGRATION_BOOKINGS = """
query { bookings(first: 100) { totalCount edges { node { externalReference } } } }
"""


async def record(**changes: Any) -> dict[str, Any]:
    """A valid record: a seminar at Château Lumière for a new customer, with an invoice
    unless it is an OPTION."""
    service = await m.Service.get(name="Seminar day package")
    tag = uuid4().hex[:10]
    base: dict[str, Any] = {
        "externalReference": f"BS-{tag}",
        "status": "OPTION",
        "providerId": gid("Organisation", service.provider_id),
        "serviceId": gid("Service", service.id),
        "customer": {
            "email": f"pilot-{tag}@example.org",
            "name": "Paula Pilot",
            "language": "fr",
            "phone": "+33 6 00 00 00 00",
        },
        "startsAt": "2027-03-04T09:00:00+01:00",
        "endsAt": "2027-03-04T17:00:00+01:00",
        "timeZone": "Europe/Paris",
        "destination": "Reims",
        "participants": [{"name": "Paula Pilot"}, {"name": "Pierre Pilot"}],
        "totalPrice": "1200.00",
        "commission": "144.00",
        "currency": "EUR",
        "freeCancellationUntil": "2027-02-18T23:59:00+01:00",
        "fieldValues": [
            {"key": "licence_plate", "value": "ab-123-cd"},
            {"key": "participant_name", "value": "Pierre Pilot", "participant": 1},
        ],
        "invoices": [
            {
                "number": f"INV-BS-{tag}",
                "status": "ISSUED",
                "issuedAt": "2027-01-04T10:00:00Z",
                "dueDate": "2027-02-03",
                "totalAmount": "1200.00",
                "providerPayout": "1056.00",
                "lines": [{"description": "Seminar", "unitPrice": "1000.00", "amount": "1000.00"}],
                "payments": [{"amount": "200.00", "paidAt": "2027-01-10T08:00:00Z"}],
            }
        ],
    }
    sent = base | changes
    if sent["status"] == "OPTION" and "invoices" not in changes:
        # Other tests of the suite expect invoices on confirmed bookings only.
        sent["invoices"] = []
    return sent


async def upsert(api: Api, records: list[dict[str, Any]], role: str = "INTEGRATION") -> Any:
    """The ``upsertBookings`` payload for ``records`` sent as ``role``."""
    body = await api.query(role, UPSERT, {"input": {"bookings": records}})
    assert "errors" not in body, body
    return body["data"]["upsertBookings"]


async def confirmation_emails(booking_id: int) -> int:
    """How many confirmation e-mails the outbox holds for the booking."""
    return await m.OutboxItem.filter(
        template=CONFIRMATION, dedup_key=confirmation_key(booking_id)
    ).count()


async def test_a_new_record_creates_the_booking_its_customer_and_its_invoice(
    orm: None, api: Api
) -> None:
    # given a record of a confirmed booking for a customer Roost does not know
    sent = await record(status="CONFIRMED")
    # when the booking system upserts it
    payload = await upsert(api, [sent])
    # then the booking, the customer and the invoice exist as sent
    (result,) = payload["results"]
    assert result["created"]
    assert result["changed"]
    assert result["errors"] == []
    assert result["booking"]["externalReference"] == sent["externalReference"]
    assert result["booking"]["reference"].startswith("BK-2027-")
    assert result["booking"]["customer"] == {
        "email": sent["customer"]["email"],
        "name": "Paula Pilot",
    }
    booking = await m.Booking.get(external_reference=sent["externalReference"])
    assert booking.reference == result["booking"]["reference"] == f"BK-2027-{booking.id:06d}"
    customer = await m.User.get(id=booking.customer_id)
    assert (customer.role, customer.locale) == (m.Role.CUSTOMER, m.Locale.FR)
    assert str(booking.total_price) == "1200.00"
    assert str(booking.commission) == "144.00"
    assert booking.starts_at.isoformat() == "2027-03-04T08:00:00+00:00"
    values = {
        (v.definition.key, v.participant_id is not None): v.value
        for v in await m.FieldValue.filter(booking_id=booking.id).prefetch_related("definition")
    }
    assert values == {
        ("licence_plate", False): "AB-123-CD",
        ("participant_name", True): "Pierre Pilot",
    }
    invoice = await m.Invoice.get(number=sent["invoices"][0]["number"])
    assert invoice.booking_id == booking.id
    assert await m.Payment.filter(invoice_id=invoice.id).count() == 1
    (line,) = await m.InvoiceLine.filter(invoice_id=invoice.id)
    assert (line.position, line.description, str(line.amount)) == (1, "Seminar", "1000.00")
    history = await m.BookingFieldChange.filter(booking_id=booking.id).count()
    assert history == 2


async def test_the_same_payload_twice_changes_nothing_and_sends_no_second_email(
    orm: None, api: Api
) -> None:
    # given a confirmed booking upserted once (its confirmation e-mail queued)
    sent = [await record(status="CONFIRMED"), await record()]
    first = await upsert(api, sent)
    assert [r["created"] for r in first["results"]] == [True, True]
    booking = await m.Booking.get(external_reference=sent[0]["externalReference"])
    updated_at = booking.updated_at
    changes = await m.BookingFieldChange.filter(booking_id=booking.id).count()
    assert await confirmation_emails(booking.id) == 1
    # when the very same payload comes again
    second = await upsert(api, sent)
    # then nothing is created or changed, no e-mail is added, no history is written
    assert [(r["created"], r["changed"], r["errors"]) for r in second["results"]] == [
        (False, False, [])
    ] * 2
    assert [r["booking"]["id"] for r in second["results"]] == [
        r["booking"]["id"] for r in first["results"]
    ]
    assert await confirmation_emails(booking.id) == 1
    assert (await m.Booking.get(id=booking.id)).updated_at == updated_at
    assert await m.BookingFieldChange.filter(booking_id=booking.id).count() == changes


async def test_one_bad_record_in_three_is_refused_per_field_and_the_others_are_written(
    orm: None, api: Api
) -> None:
    # given three confirmed records, the middle one with a date without offset, an amount with
    # three decimals, an unknown booking field and a malformed e-mail address
    good = [await record(status="CONFIRMED"), await record(status="CONFIRMED")]
    bad = await record(
        status="CONFIRMED",
        startsAt="2027-03-04T09:00:00",
        totalPrice="12.345",
        fieldValues=[{"key": "shoe_size", "value": "42"}],
        customer={"email": "not-an-address", "name": "X"},
    )
    # when they are upserted together
    payload = await upsert(api, [good[0], bad, good[1]])
    # then the good ones are written and the bad one says why, per field, writing nothing
    results = payload["results"]
    assert [r["created"] for r in results] == [True, False, True]
    assert results[1]["booking"] is None
    assert {(e["field"], e["code"]) for e in results[1]["errors"]} == {
        ("startsAt", "TIME_ZONE_REQUIRED"),
        ("totalPrice", "INVALID_AMOUNT"),
        ("fieldValues.0.key", "UNKNOWN_FIELD"),
        ("customer.email", "INVALID_EMAIL"),
    }
    assert not await m.Booking.exists(external_reference=bad["externalReference"])
    assert not await m.Invoice.exists(number=bad["invoices"][0]["number"])
    for sent in good:
        assert await m.Booking.exists(external_reference=sent["externalReference"])


async def test_an_invoice_number_of_another_booking_refuses_the_record(orm: None, api: Api) -> None:
    # given an invoice number another booking already has, for a customer Roost does not know
    taken = await m.Invoice.all().first()
    assert taken is not None
    sent = await record(status="CONFIRMED")
    sent["invoices"][0]["number"] = taken.number
    # when it is upserted
    (result,) = (await upsert(api, [sent]))["results"]
    # then it is refused on that field and neither the booking nor the customer exist
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("invoices.0.number", "INVOICE_NUMBER_TAKEN")
    ]
    assert not await m.Booking.exists(external_reference=sent["externalReference"])
    assert not await m.User.exists(email=sent["customer"]["email"])


async def test_a_later_status_change_has_the_effects_of_confirming_then_cancelling(
    orm: None, api: Api
) -> None:
    # given an option upserted earlier, with a thread of its customer
    sent = await record()
    await upsert(api, [sent])
    booking = await m.Booking.get(external_reference=sent["externalReference"])
    assert await confirmation_emails(booking.id) == 0
    # when a later upsert confirms it
    confirmed = await upsert(api, [sent | {"status": "CONFIRMED"}])
    # then the service's questions are asked in the customer's thread and the e-mail queued
    assert confirmed["results"][0]["changed"] is True
    thread = await m.Thread.get(booking_id=booking.id)
    kinds = await m.Message.filter(thread_id=thread.id).values_list("kind", flat=True)
    assert kinds == [m.MessageKind.QUESTION] * 2
    assert await confirmation_emails(booking.id) == 1
    # when a later upsert cancels it
    await upsert(api, [sent | {"status": "CANCELLED"}])
    # then its open thread is closed with a SYSTEM message in the customer's language
    thread = await m.Thread.get(id=thread.id)
    assert thread.status is m.ThreadStatus.CLOSED
    last = await m.Message.filter(thread_id=thread.id).order_by("-seq").first()
    assert last is not None
    assert last.kind is m.MessageKind.SYSTEM
    assert "annulée" in last.body
    # and a cancelled booking cannot be confirmed again
    again = await upsert(api, [sent | {"status": "CONFIRMED"}])
    assert [(e["field"], e["code"]) for e in again["results"][0]["errors"]] == [
        ("status", "INVALID_TRANSITION")
    ]


async def test_a_changed_record_updates_only_what_changed(orm: None, api: Api) -> None:
    # given a booking upserted earlier
    sent = await record()
    await upsert(api, [sent])
    booking = await m.Booking.get(external_reference=sent["externalReference"])
    # when the booking system sends a new plate, a third participant and a new price
    changed = sent | {
        "fieldValues": [{"key": "licence_plate", "value": "ZZ-999-ZZ"}],
        "participants": [*sent["participants"], {"name": "Petra Pilot"}],
        "totalPrice": "1500.00",
    }
    (result,) = (await upsert(api, [changed]))["results"]
    # then the same booking changed, with the plate's history from the booking system
    assert (result["created"], result["changed"]) == (False, True)
    assert result["booking"]["id"] == gid("Booking", booking.id)
    stored = await m.Booking.get(id=booking.id)
    assert str(stored.total_price) == "1500.00"
    names = await m.Participant.filter(booking_id=booking.id).values_list("name", flat=True)
    assert names == ["Paula Pilot", "Pierre Pilot", "Petra Pilot"]
    plate = (
        await m.BookingFieldChange.filter(booking_id=booking.id, definition__key="licence_plate")
        .order_by("-id")
        .first()
    )
    assert plate is not None
    assert (plate.old_value, plate.new_value, plate.channel) == (
        "AB-123-CD",
        "ZZ-999-ZZ",
        m.ChangeChannel.BOOKING,
    )


async def test_a_new_confirmed_booking_reaches_its_new_customer_end_to_end(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given the booking system, and a customer Roost does not know yet
    sent = await record(status="CONFIRMED")
    # when it upserts a confirmed seminar for that customer
    (result,) = (await upsert(api, [sent]))["results"]
    assert result["created"], result
    # then the customer, with a token of their own, sees the booking and the questions
    customer = await m.User.get(email=sent["customer"]["email"])
    token = mint_token(world.settings, customer)
    status, body = await api.post(
        MY_BOOKING, {"reference": result["booking"]["reference"]}, token=token
    )
    assert status == 200
    assert "errors" not in body, body
    seen = body["data"]["booking"]
    assert seen["status"] == "CONFIRMED"
    assert [p["name"] for p in seen["participants"]] == ["Paula Pilot", "Pierre Pilot"]
    (thread,) = seen["threads"]
    questions = [e["node"] for e in thread["messages"]["edges"]]
    assert [q["kind"] for q in questions] == ["QUESTION", "QUESTION"]
    assert questions[0]["body"].startswith("De quel équipement")
    # and the self-service e-mail with its edit link waits in the outbox for them
    email = await m.OutboxItem.get(dedup_key=confirmation_key(int(customer_booking_pk(result))))
    assert email.recipient_id == customer.id
    assert email.template == CONFIRMATION
    assert world.settings.self_service_url in str(email.payload)


def customer_booking_pk(result: dict[str, Any]) -> str:
    """The database id of the booking in an upsert result."""
    return GlobalID.from_id(result["booking"]["id"]).node_id


async def test_the_integration_reads_back_only_the_bookings_it_wrote(api: Api) -> None:
    # given the demo's booking system, which fed some bookings
    # when it lists the bookings it may see
    body = await api.query("INTEGRATION", INTEGRATION_BOOKINGS)
    # then every one carries an external reference
    edges = body["data"]["bookings"]["edges"]
    assert edges
    assert all(edge["node"]["externalReference"] for edge in edges)


async def test_more_than_500_records_are_refused_as_a_whole(orm: None, api: Api) -> None:
    # given 501 records
    one = await record()
    # when they are sent at once
    payload = await upsert(api, [one] * 501)
    # then the call is refused and nothing is written
    assert payload["results"] == []
    assert [e["code"] for e in payload["errors"]] == ["TOO_MANY_RECORDS"]
    assert not await m.Booking.exists(external_reference=one["externalReference"])


async def test_a_staff_email_cannot_be_made_a_customer(orm: None, api: Api) -> None:
    # given a record whose customer e-mail is the admin's
    sent = await record(customer={"email": ACCOUNTS["ADMIN"][0], "name": "Admin"})
    # when it is upserted
    (result,) = (await upsert(api, [sent]))["results"]
    # then it is refused on the customer's e-mail
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("customer.email", "INVALID_CUSTOMER")
    ]


DENIED = [
    pytest.param(key, id=key)
    for key in ACCOUNTS
    if ACCOUNTS[key][2] not in MUTATIONS["upsertBookings"]
]


@pytest.mark.parametrize("key", DENIED)
async def test_every_other_role_is_refused(key: str, orm: None, api: Api) -> None:
    # given a valid record
    sent = await record()
    # when a role other than INTEGRATION sends it
    payload = await upsert(api, [sent], role=key)
    # then it is FORBIDDEN and nothing is written
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert not await m.Booking.exists(external_reference=sent["externalReference"])


async def test_two_calls_with_the_same_new_records_at_once_write_each_booking_once(
    orm: None, api: Api
) -> None:
    # given three new confirmed records
    records = [await record(status="CONFIRMED") for _ in range(3)]
    # when the booking system sends them twice at the same time
    first, second = await asyncio.gather(upsert(api, records), upsert(api, records))
    # then each booking exists once, created by one call; the other found it, or was told
    # to send it again (it lost the race), never a half-written record
    for index, sent in enumerate(records):
        results = [first["results"][index], second["results"][index]]
        assert sorted(r["created"] for r in results) == [False, True]
        loser = next(r for r in results if not r["created"])
        assert [e["code"] for e in loser["errors"]] in ([], ["CONFLICT"])
        (booking,) = await m.Booking.filter(external_reference=sent["externalReference"])
        assert await confirmation_emails(booking.id) == 1
        assert await m.User.filter(email=sent["customer"]["email"]).count() == 1
        assert await m.Participant.filter(booking_id=booking.id).count() == 2


async def test_new_records_of_one_batch_share_a_new_customer_but_not_an_invoice_number(
    orm: None, api: Api
) -> None:
    # given three new records in one batch: the first two for the same new customer, the
    # third with the first one's invoice number
    first = await record(status="CONFIRMED")
    second = await record(status="CONFIRMED", customer=first["customer"])
    third = await record(status="CONFIRMED")
    third["invoices"][0]["number"] = first["invoices"][0]["number"]
    # when they are upserted together
    results = (await upsert(api, [first, second, third]))["results"]
    # then the first two are written for one new account
    assert [r["created"] for r in results] == [True, True, False]
    assert await m.User.filter(email=first["customer"]["email"]).count() == 1
    bookings = [
        await m.Booking.get(external_reference=sent["externalReference"])
        for sent in (first, second)
    ]
    assert bookings[0].customer_id == bookings[1].customer_id
    # and the third is refused on its invoice number, nothing of it written
    assert [(e["field"], e["code"]) for e in results[2]["errors"]] == [
        ("invoices.0.number", "INVOICE_NUMBER_TAKEN")
    ]
    assert not await m.Booking.exists(external_reference=third["externalReference"])
    assert not await m.User.exists(email=third["customer"]["email"])
    invoice = await m.Invoice.get(number=first["invoices"][0]["number"])
    assert invoice.booking_id == bookings[0].id


PAGED_BOOKINGS = """
query ($after: String) {
  bookings(first: 1, after: $after, orderBy: STARTS_AT_ASC) {
    edges { node { reference startsAt } }
    pageInfo { endCursor hasNextPage }
  }
}
"""


async def test_bookings_given_with_other_offsets_list_and_page_in_time_order(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given two bookings of one new customer, the earlier given with a +05:00 offset
    # (04:00 UTC) and the later in UTC (06:00), so their local clock times run backwards
    earlier = await record(startsAt="2030-01-01T09:00:00+05:00", endsAt="2030-01-01T18:00:00+05:00")
    later = await record(
        startsAt="2030-01-01T06:00:00Z",
        endsAt="2030-01-01T18:00:00Z",
        customer=earlier["customer"],
    )
    results = (await upsert(api, [later, earlier]))["results"]
    assert [result["errors"] for result in results] == [[], []]
    later_reference, earlier_reference = (result["booking"]["reference"] for result in results)
    customer = await m.User.get(email=earlier["customer"]["email"])
    token = mint_token(world.settings, customer)

    # when the customer pages through her bookings, earliest start first, one per page
    seen, after = [], None
    while True:
        status, body = await api.post(PAGED_BOOKINGS, {"after": after}, token=token)
        assert status == 200, body
        connection = body["data"]["bookings"]
        seen += [(e["node"]["reference"], e["node"]["startsAt"]) for e in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]

    # then she gets each once, in the order of the moments, stated in UTC
    assert seen == [
        (earlier_reference, "2030-01-01T04:00:00+00:00"),
        (later_reference, "2030-01-01T06:00:00+00:00"),
    ]

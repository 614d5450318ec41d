"""Writing an ingest batch's new bookings together, a few statements for the whole batch.

:func:`create_bookings` writes every new booking of a batch with its customer (when Roost
does not know the e-mail yet), participants, field values with their history, invoices
with lines and payments, and what confirming does for those that arrive CONFIRMED, all
with one multi-row INSERT per table. The records were checked before (nothing here can
refuse one), so the caller runs it in one transaction and falls back to one record at a
time only when the database refuses the batch (another call wrote one of its bookings,
customers or invoices meanwhile).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import uuid4

from tortoise import connections

from models import (
    Booking,
    BookingFieldChange,
    BookingStatus,
    ChangeChannel,
    FieldValue,
    Invoice,
    InvoiceLine,
    Participant,
    Payment,
    Role,
    User,
)
from models.bookings import booking_reference
from resolvers.confirmations import confirm_new_bookings
from resolvers.ingest_records import BookingPlan, Catalogue, InvoicePlan
from resolvers.questions import Posted
from resolvers.selfservice_mail import MailFacts
from roost.bulk_insert import insert_models, insert_rows
from roost.settings import Settings


@dataclass(frozen=True)
class NewRecord:
    """A checked record of a booking Roost does not have, and its customer if known."""

    plan: BookingPlan
    customer: User | None


@dataclass
class Created:
    """What :func:`create_bookings` wrote."""

    #: The bookings, in the order of the records.
    bookings: list[Booking]
    #: Every record's customer, by e-mail (new accounts included).
    customers: dict[str, User]
    #: Threads the confirmations posted to, to wake up after commit.
    posted: list[Posted]


async def create_bookings(
    source: User, settings: Settings, catalogue: Catalogue, records: Sequence[NewRecord]
) -> Created:
    """Write ``records`` as new bookings of ``source`` (call inside a transaction)."""
    customers = await _customers(records)
    bookings = await _bookings(source, records, customers)
    people = await _participants(bookings, records)
    await _field_values(source, bookings, records, people)
    await _invoices(bookings, records)
    confirmed = [
        MailFacts(
            booking=booking,
            customer=customers[record.plan.customer.email],
            service=catalogue.services[booking.service_id],
            provider=catalogue.organisations[booking.provider_id],
            language=str(customers[record.plan.customer.email].locale.value),
        )
        for booking, record in zip(bookings, records, strict=True)
        if record.plan.status is BookingStatus.CONFIRMED
    ]
    posted = await confirm_new_bookings(confirmed, settings)
    return Created(bookings, customers, posted)


async def _customers(records: Sequence[NewRecord]) -> dict[str, User]:
    """The records' customers by e-mail; a CUSTOMER account for each unknown e-mail, in the
    client company of its first record."""
    known = {r.plan.customer.email: r.customer for r in records if r.customer is not None}
    new: dict[str, BookingPlan] = {}
    for record in records:
        if record.plan.customer.email not in known:
            new.setdefault(record.plan.customer.email, record.plan)
    if new:
        written = await insert_models(
            User,
            [
                {
                    "email": email,
                    "name": plan.customer.name,
                    "locale": plan.customer.locale,
                    "phone": plan.customer.phone,
                    "role": Role.CUSTOMER,
                    "organisation_id": plan.columns["client_company_id"],
                }
                for email, plan in new.items()
            ],
            "email",
        )
        known |= {user.email: user for user in written}
    return known


async def _bookings(
    source: User, records: Sequence[NewRecord], customers: dict[str, User]
) -> list[Booking]:
    """Insert the bookings with their reference from their id and start year.

    On PostgreSQL the ids are taken from the table's sequence first, so each row is
    written once, with its final reference; SQLite gives the ids on insert and the
    references follow in one UPDATE."""
    ids = await _reserve_ids(len(records))
    rows = []
    for at, record in enumerate(records):
        row = {
            "status": record.plan.status,
            "customer_id": customers[record.plan.customer.email].id,
            "source_id": source.id,
            "external_reference": record.plan.external_reference,
            **record.plan.columns,
        }
        if ids:
            row["id"] = ids[at]
            row["reference"] = booking_reference(_year(row["starts_at"]), ids[at])
        else:
            row["reference"] = f"BK-NEW-{uuid4().hex[:24]}"
        rows.append(row)
    bookings = await insert_models(Booking, rows, "external_reference")
    if not ids:
        for booking in bookings:
            booking.reference = booking_reference(_year(booking.starts_at), booking.id)
        await _number([booking.id for booking in bookings])
    return bookings


def _year(moment: datetime) -> int:
    return moment.astimezone(UTC).year


async def _reserve_ids(count: int) -> list[int]:
    """``count`` new booking ids from PostgreSQL's sequence (one statement); none on SQLite."""
    connection = connections.get("default")
    if connection.capabilities.dialect != "postgres":
        return []
    rows = await connection.execute_query_dict(
        "SELECT nextval(pg_get_serial_sequence('booking', 'id')) AS id FROM generate_series(1, $1)",
        [count],
    )
    return [row["id"] for row in rows]


#: ``booking_reference(year, id)`` in SQLite's SQL, for many bookings in one statement.
_NUMBER = """UPDATE "booking" SET "reference" =
    printf('BK-%s-%06d', strftime('%Y', "starts_at"), "id")
    WHERE "id" IN (SELECT "value" FROM json_each(?))"""


async def _number(booking_ids: list[int]) -> None:
    """Give the bookings their reference from their start year and id (SQLite)."""
    await connections.get("default").execute_query(_NUMBER, [json.dumps(booking_ids)])


async def _participants(
    bookings: list[Booking], records: Sequence[NewRecord]
) -> dict[tuple[int, int], int]:
    """Insert the participants; ``{(booking id, position from 1): participant id}``."""
    rows = await insert_rows(
        Participant,
        [
            {"booking_id": booking.id, "position": position, "name": name}
            for booking, record in zip(bookings, records, strict=True)
            for position, name in enumerate(record.plan.participants, start=1)
        ],
        returning=("id", "booking_id", "position"),
    )
    return {(row["booking_id"], row["position"]): row["id"] for row in rows}


async def _field_values(
    source: User,
    bookings: list[Booking],
    records: Sequence[NewRecord],
    people: dict[tuple[int, int], int],
) -> None:
    """Insert the non-empty field values, each with its history entry from the source."""
    given = [
        {
            "booking_id": booking.id,
            "definition_id": value.definition.id,
            "participant_id": (
                people[booking.id, value.participant + 1] if value.participant is not None else None
            ),
            "value": value.value,
        }
        for booking, record in zip(bookings, records, strict=True)
        for value in record.plan.values
        if value.value
    ]
    await insert_rows(FieldValue, given)
    await insert_rows(
        BookingFieldChange,
        [
            {
                "booking_id": row["booking_id"],
                "definition_id": row["definition_id"],
                "participant_id": row["participant_id"],
                "old_value": None,
                "new_value": row["value"],
                "actor_id": source.id,
                "channel": ChangeChannel.BOOKING,
            }
            for row in given
        ],
    )


async def _invoices(bookings: list[Booking], records: Sequence[NewRecord]) -> None:
    """Insert the invoices, then their lines and payments."""
    plans = {
        invoice.number: (booking.id, invoice)
        for booking, record in zip(bookings, records, strict=True)
        for invoice in record.plan.invoices
    }
    ids = await insert_rows(
        Invoice,
        [
            {"booking_id": booking_id, **invoice_columns(plan)}
            for booking_id, plan in plans.values()
        ],
        returning=("id", "number"),
    )
    lines: list[dict[str, object]] = []
    payments: list[dict[str, object]] = []
    for row in ids:
        more_lines, more_payments = invoice_rows(row["id"], plans[row["number"]][1])
        lines += more_lines
        payments += more_payments
    await insert_rows(InvoiceLine, lines)
    await insert_rows(Payment, payments)


def invoice_columns(plan: InvoicePlan) -> dict[str, object]:
    """An invoice's columns as the record gives them."""
    return {
        "number": plan.number,
        "status": plan.status,
        "issued_at": plan.issued_at,
        "due_date": plan.due_date,
        "currency": plan.currency,
        "total_amount": plan.total_amount,
        "provider_payout": plan.provider_payout,
    }


def invoice_rows(
    invoice_id: int, plan: InvoicePlan
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The lines and payments of invoice ``invoice_id``, as rows to insert."""
    lines: list[dict[str, object]] = [
        {
            "invoice_id": invoice_id,
            "position": position,
            "description": line.description,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "vat_rate": line.vat_rate,
            "amount": line.amount,
        }
        for position, line in enumerate(plan.lines, start=1)
    ]
    payments: list[dict[str, object]] = [
        {
            "invoice_id": invoice_id,
            "amount": payment.amount,
            "paid_at": payment.paid_at,
            "method": payment.method,
            "reference": payment.reference,
        }
        for payment in plan.payments
    ]
    return lines, payments

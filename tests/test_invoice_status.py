"""Invoice statuses after issue: OVERDUE set by the worker once, with its e-mail; credit
notes with their own numbers, which make an invoice CREDITED."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import uuid4

from strawberry.relay import GlobalID

import models as m
from models.policy import MUTATIONS
from roost.demo import ACCOUNTS
from roost.worker import Worker
from tests.conftest import Api, DemoWorld, make_settings
from tests.factories import booking_for

CREATE = """
mutation ($input: CreateCreditNoteInput!) {
  createCreditNote(input: $input) {
    creditNote { number amount currency reason invoice { status } } errors { code field }
  }
}
"""
INVOICE = """
query ($id: ID!) { node(id: $id) { ... on Invoice { status creditNotes { number amount } } } }
"""


async def invoice_of(
    world: DemoWorld,
    customer: str = "CUSTOMER",
    status: m.InvoiceStatus = m.InvoiceStatus.ISSUED,
    due_in_days: int = 30,
) -> m.Invoice:
    """A fresh invoice of 300.00 on a new booking of ``customer``."""
    booking = await booking_for(world, customer=customer)
    return await m.Invoice.create(
        number=f"INV-T-{uuid4().hex[:10].upper()}",
        booking=booking,
        status=status,
        issued_at=datetime.now(UTC) - timedelta(days=40),
        due_date=(datetime.now(UTC) + timedelta(days=due_in_days)).date(),
        total_amount=Decimal("300.00"),
    )


#: Every demo account whose role may not create credit notes (and a guest).
DENIED = [
    key for key, account in ACCOUNTS.items() if account[2] not in MUTATIONS["createCreditNote"]
] + ["GUEST"]


def gid(pk: int) -> str:
    return str(GlobalID("Invoice", str(pk)))


async def test_two_workers_mark_an_unpaid_invoice_overdue_once_and_email_the_payer_once(
    orm: None, world: DemoWorld
) -> None:
    # given unpaid invoices past their due date: Claire's (her company has a travel
    # manager) and Jonas's (no company), and one still within its term
    company = await invoice_of(world, "CUSTOMER", due_in_days=-1)
    private = await invoice_of(world, "CUSTOMER_OTHER", due_in_days=-3)
    current = await invoice_of(world, "CUSTOMER", due_in_days=0)
    settings = make_settings(
        world.settings.database_url,
        world.settings.var_dir,
        ROOST_DEADLINE_WARNING_OFFSETS="off",
    )
    # when two workers run their scheduled jobs at the same moment
    now = datetime.now(UTC)
    first, second = Worker(settings), Worker(settings)
    await asyncio.gather(first.scheduled_jobs(now), second.scheduled_jobs(now))
    await Worker(settings).scheduled_jobs(now)
    # then the past-due invoices are OVERDUE, the current one still ISSUED
    statuses = {
        i.id: i.status for i in await m.Invoice.filter(id__in=[company.id, private.id, current.id])
    }
    assert statuses == {
        company.id: m.InvoiceStatus.OVERDUE,
        private.id: m.InvoiceStatus.OVERDUE,
        current.id: m.InvoiceStatus.ISSUED,
    }
    # and one e-mail each went to whoever pays: the company's travel manager, or Jonas
    rows = [
        row
        for row in await m.OutboxItem.filter(template="invoice_overdue")
        if row.payload["invoice_number"] in (company.number, private.number, current.number)
    ]
    sent = [await first.compose(row) for row in rows]
    assert sorted((e.to, e.subject) for e in sent) == sorted(
        [
            (ACCOUNTS["TRAVEL_MANAGER"][0], f"Invoice {company.number} is overdue"),
            (ACCOUNTS["CUSTOMER_OTHER"][0], f"Rechnung {private.number} ist überfällig"),
        ]
    )
    assert "300,00" in next(e.text for e in sent if private.number in e.subject)


async def test_credit_notes_have_their_own_numbers_and_credit_the_invoice(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given two issued invoices and a paid one
    invoices = [await invoice_of(world) for _ in range(2)]
    paid = await invoice_of(world, status=m.InvoiceStatus.PAID)
    # when an agent credits each of them
    notes = []
    for invoice, amount in zip([*invoices, paid], ["40.00", "300.00", "12.50"], strict=True):
        body = await api.query(
            "AGENT",
            CREATE,
            {"input": {"invoiceId": gid(invoice.id), "amount": amount, "reason": "Goodwill"}},
        )
        notes.append(body["data"]["createCreditNote"])
    # then each has the next number of the credit note sequence and credits its invoice
    assert [n["errors"] for n in notes] == [[], [], []]
    numbers = [n["creditNote"]["number"] for n in notes]
    assert all(re.fullmatch(r"CN-\d{6}", number) for number in numbers)
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == 3
    assert {n["creditNote"]["invoice"]["status"] for n in notes} == {"CREDITED"}
    # and the customer reads them on the invoice, a stranger does not see it at all
    own = await api.query("CUSTOMER", INVOICE, {"id": gid(invoices[0].id)})
    assert own["data"]["node"] == {
        "status": "CREDITED",
        "creditNotes": [{"number": numbers[0], "amount": "40.00"}],
    }
    other = await api.query("CUSTOMER_OTHER", INVOICE, {"id": gid(invoices[0].id)})
    assert other == {"data": {"node": None}}


async def test_a_credit_note_is_refused_when_it_cannot_credit_the_invoice(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a draft invoice and an issued one
    draft = await invoice_of(world, status=m.InvoiceStatus.DRAFT)
    issued = await invoice_of(world)
    cases = [
        ("AGENT", draft, "10.00", "Goodwill"),
        ("AGENT", issued, "300.01", "Goodwill"),
        ("AGENT", issued, "-5", "Goodwill"),
        ("AGENT", issued, "10.00", " "),
        *((key, issued, "10.00", "Goodwill") for key in DENIED),
    ]
    # when each is tried
    codes = []
    for role, invoice, amount, reason in cases:
        body = await api.query(
            role,
            CREATE,
            {"input": {"invoiceId": gid(invoice.id), "amount": amount, "reason": reason}},
        )
        codes.append([e["code"] for e in body["data"]["createCreditNote"]["errors"]])
    # then each is refused with its code and nothing is credited
    assert codes == [
        ["INVALID_TRANSITION"],
        ["AMOUNT_TOO_HIGH"],
        ["BAD_AMOUNT"],
        ["REQUIRED"],
        *(["FORBIDDEN"] for _ in DENIED),
    ]
    assert await m.CreditNote.filter(invoice_id__in=[draft.id, issued.id]).count() == 0
    assert (await m.Invoice.get(id=issued.id)).status is m.InvoiceStatus.ISSUED
    # and a credited invoice cannot be credited again
    first = await api.query(
        "AGENT", CREATE, {"input": {"invoiceId": gid(issued.id), "amount": "1", "reason": "x"}}
    )
    again = await api.query(
        "AGENT", CREATE, {"input": {"invoiceId": gid(issued.id), "amount": "1", "reason": "x"}}
    )
    assert first["data"]["createCreditNote"]["errors"] == []
    assert again["data"]["createCreditNote"]["errors"] == [
        {"code": "INVALID_TRANSITION", "field": "invoiceId"}
    ]

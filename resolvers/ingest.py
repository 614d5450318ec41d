"""Ingest: the booking system upserts bookings, their customers and invoices.

Each record is matched on its ``externalReference`` among the bookings of its source
(the INTEGRATION account that sends it) and is atomic on its own: a record with a bad
field writes nothing and says why, per field; the others are written. What a batch
refers to (services, organisations, the source's bookings and their current data,
customers by e-mail) is read once per batch, and a record that matches what is stored
writes nothing, so sending the same payload twice changes nothing and sends nothing
twice. A new CONFIRMED booking, or a later status change, has the effects of the same
change made by hand (:mod:`resolvers.booking_status`).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import (
    Booking,
    BookingFieldDefinition,
    BookingStatus,
    ChangeChannel,
    FieldValue,
    Invoice,
    InvoiceLine,
    Organisation,
    Participant,
    Payment,
    Role,
    Service,
    User,
)
from resolvers.access import allowed
from resolvers.booking_status import Effects, publish_effects, status_effects
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.field_values import store_value
from resolvers.ingest_new import Created, NewRecord, create_bookings, invoice_columns, invoice_rows
from resolvers.ingest_records import (
    MAX_RECORDS,
    BookingPlan,
    Catalogue,
    InvoicePlan,
    LinePlan,
    PaymentPlan,
    global_ids,
    read_record,
)
from roost.bulk_insert import insert_rows
from roost.bulk_select import select_models, select_rows
from roost.i18n import N_
from roost.settings import Settings
from subscriptions.hub import Hub

#: The owner of an invoice number claimed by a new booking of the batch not written yet.
_CLAIMED = -1
#: Accounts a booking may be for: people who book, not staff.
_CUSTOMER_ROLES = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER})


@dataclass
class RecordResult:
    """What happened to one record of the batch (``index`` counts from 0)."""

    index: int
    booking: Booking | None = None
    created: bool = False
    changed: bool = False
    errors: list[Refused] = field(default_factory=list)


@dataclass
class _Stored:
    """A stored booking's data as the records describe it, to compare without queries."""

    participants: list[Participant] = field(default_factory=list)
    #: ``{(definition id, participant id): value}``
    values: dict[tuple[int, int | None], str] = field(default_factory=dict)
    #: ``{number: (invoice, line keys, payment keys)}`` (see :func:`_line_key`).
    invoices: dict[str, tuple[Invoice, list[tuple[Any, ...]], list[tuple[Any, ...]]]] = field(
        default_factory=dict
    )


@dataclass
class _Batch:
    """Everything read once for a batch, kept up to date as its records are written."""

    source: User
    settings: Settings
    catalogue: Catalogue
    customers: dict[str, User]
    stored: dict[int, _Stored]
    #: ``{invoice number: booking id}`` for the numbers the batch names.
    invoice_owners: dict[str, int]
    effects: Effects = field(default_factory=Effects)


async def upsert_bookings(
    context: RequestContext, records: Sequence[Mapping[str, Any]]
) -> list[RecordResult]:
    """``upsertBookings``: write up to :data:`MAX_RECORDS` records for the calling account."""
    principal = context.require_principal()
    allowed(principal, "upsertBookings")
    if len(records) > MAX_RECORDS:
        raise Refused(
            "TOO_MANY_RECORDS",
            N_("At most {most} records per call."),
            "bookings",
            most=MAX_RECORDS,
        )
    assert principal.user is not None  # INTEGRATION is an account
    return await ingest(principal.user, records, context.settings, context.hub)


async def ingest(
    source: User, records: Sequence[Mapping[str, Any]], settings: Settings, hub: Hub | None
) -> list[RecordResult]:
    """Upsert ``records`` for ``source``: :func:`check_batch`, then :func:`write_batch`."""
    return await write_batch(await check_batch(source, records, settings), hub)


@dataclass(frozen=True)
class BatchKeys:
    """What a batch's records name that writing another batch may change: external
    references, customers' e-mails and invoice numbers. A batch whose keys are disjoint
    from those of a batch being written reads the same stored state before and after that
    write commits, so it may be checked meanwhile."""

    references: frozenset[str]
    emails: frozenset[str]
    numbers: frozenset[str]

    def meet(self, other: BatchKeys) -> bool:
        """Whether the two batches name a booking, customer or invoice in common."""
        return bool(
            self.references & other.references
            or self.emails & other.emails
            or self.numbers & other.numbers
        )


def batch_keys(records: Sequence[Any]) -> BatchKeys:
    """The :class:`BatchKeys` of ``records``, normalised as they are looked up."""
    mappings = [r for r in records if isinstance(r, Mapping)]
    return BatchKeys(
        references=frozenset(
            reference
            for r in mappings
            if (reference := str(r.get("external_reference") or "").strip())
        ),
        emails=frozenset(
            email
            for r in mappings
            if isinstance(r.get("customer"), Mapping)
            and (email := str(r["customer"].get("email") or "").strip().lower())
        ),
        numbers=frozenset(
            number
            for r in mappings
            if isinstance(r.get("invoices"), list)
            for invoice in r["invoices"]
            if isinstance(invoice, Mapping) and (number := str(invoice.get("number") or "").strip())
        ),
    )


@dataclass
class CheckedBatch:
    """A batch read and checked, nothing written yet: each record's plan or refusals."""

    batch: _Batch
    plans: list[BookingPlan | list[Refused]]


#: Records checked between two chances for other tasks (a write running meanwhile) to go on.
_CHECK_SLICE = 5


async def check_batch(
    source: User,
    records: Sequence[Mapping[str, Any]],
    settings: Settings,
    keys: BatchKeys | None = None,
    *,
    pause: bool = True,
) -> CheckedBatch:
    """Read what ``records`` refer to (one query per kind) and check every field of each.

    Writes nothing, so ``roost import`` runs it for the next batch while the current one
    is written; with ``pause`` it lets other tasks (that write) go on every few records
    (each chance is a turn of the event loop: the import asks for none when nothing is
    being written). ``keys``: the records' :func:`batch_keys`, if the caller has them
    already."""
    batch = await _read_batch(source, records, settings, keys or batch_keys(records))
    plans: list[BookingPlan | list[Refused]] = []
    for index, record in enumerate(records, start=1):
        plans.append(read_record(record, batch.catalogue))
        if pause and index % _CHECK_SLICE == 0:
            await asyncio.sleep(0)
    return CheckedBatch(batch, plans)


async def write_batch(checked: CheckedBatch, hub: Hub | None) -> list[RecordResult]:
    """Write a checked batch: changes of stored bookings each in a transaction of its own,
    new bookings together in one (one at a time if the database refuses it); subscribers
    of the threads that status changes touched are woken up at the end, through ``hub``
    (``None``: no subscriber can hear this process)."""
    batch = checked.batch
    results: dict[int, RecordResult] = {}
    new: list[tuple[int, NewRecord]] = []
    seen: set[str] = set()
    for index, plan in enumerate(checked.plans):
        if isinstance(plan, list):
            results[index] = RecordResult(index, errors=plan)
            continue
        if plan.external_reference in seen:
            refusal = Refused(
                "DUPLICATE_REFERENCE",
                N_("An earlier record has this reference."),
                "externalReference",
            )
            results[index] = RecordResult(index, errors=[refusal])
            continue
        seen.add(plan.external_reference)
        if plan.external_reference in batch.catalogue.existing:
            results[index] = await _upsert(batch, index, plan)
            continue
        try:
            customer = _customer_of(batch, plan)
            _check_invoice_numbers(batch, plan, None)
        except Refused as refusal:
            results[index] = RecordResult(index, errors=[refusal])
            continue
        for invoice in plan.invoices:
            batch.invoice_owners[invoice.number] = _CLAIMED
        new.append((index, NewRecord(plan, customer)))
    for result in await _create_all(batch, new):
        results[result.index] = result
    if hub is not None:
        await publish_effects(hub, batch.effects)
    return [results[index] for index in range(len(checked.plans))]


async def _create_all(batch: _Batch, new: list[tuple[int, NewRecord]]) -> list[RecordResult]:
    """Write the batch's new bookings in one transaction; if the database refuses it (a
    concurrent call wrote one of them), each on its own."""
    if not new:
        return []
    try:
        async with in_transaction():
            created = await create_bookings(
                batch.source, batch.settings, batch.catalogue, [record for _, record in new]
            )
    except IntegrityError:
        return [await _create_one(batch, index, record) for index, record in new]
    _written(batch, created)
    return [
        RecordResult(index, booking, created=True, changed=True)
        for (index, _), booking in zip(new, created.bookings, strict=True)
    ]


async def _create_one(batch: _Batch, index: int, record: NewRecord) -> RecordResult:
    customer = batch.customers.get(record.plan.customer.email)
    try:
        async with in_transaction():
            created = await create_bookings(
                batch.source,
                batch.settings,
                batch.catalogue,
                [NewRecord(record.plan, customer or record.customer)],
            )
    except IntegrityError:
        return RecordResult(index, errors=[_conflict()])
    _written(batch, created)
    return RecordResult(index, created.bookings[0], created=True, changed=True)


def _written(batch: _Batch, created: Created) -> None:
    """After commit: the batch's view follows, and the effects are published at the end."""
    batch.customers |= created.customers
    for booking in created.bookings:
        batch.catalogue.existing[booking.external_reference or ""] = booking
    batch.effects.posted += created.posted


def _conflict() -> Refused:
    return Refused("CONFLICT", N_("Changed at the same time by another call; send it again."), None)


async def _read_batch(
    source: User, records: Sequence[Mapping[str, Any]], settings: Settings, keys: BatchKeys
) -> _Batch:
    mappings = [r for r in records if isinstance(r, Mapping)]
    services = await select_models(Service, "id", global_ids(mappings, "service_id", "Service"))
    organisation_ids = global_ids(mappings, "provider_id", "Organisation") | global_ids(
        mappings, "client_company_id", "Organisation"
    )
    definitions: dict[int, dict[str, BookingFieldDefinition]] = defaultdict(dict)
    for definition in await select_models(
        BookingFieldDefinition, "service_id", [s.id for s in services]
    ):
        definitions[definition.service_id][definition.key] = definition
    existing = await select_models(
        Booking, "external_reference", keys.references, source_id=source.id
    )
    customers = await select_models(User, "email", keys.emails)
    known = {u.id for u in customers}
    customers += await select_models(User, "id", {b.customer_id for b in existing} - known)
    owners = await select_rows(Invoice, "number", keys.numbers, ("number", "booking_id"))
    return _Batch(
        source=source,
        settings=settings,
        catalogue=Catalogue(
            services={s.id: s for s in services},
            organisations={
                o.id: o for o in await select_models(Organisation, "id", organisation_ids)
            },
            definitions=dict(definitions),
            existing={b.external_reference or "": b for b in existing},
        ),
        customers={u.email: u for u in customers},
        stored=await _stored([b.id for b in existing]),
        invoice_owners={row["number"]: row["booking_id"] for row in owners},
    )


async def _stored(booking_ids: list[int]) -> dict[int, _Stored]:
    """The participants, field values and invoices of the batch's stored bookings."""
    stored: dict[int, _Stored] = {booking_id: _Stored() for booking_id in booking_ids}
    if not booking_ids:
        return stored
    for person in await select_models(
        Participant, "booking_id", booking_ids, order_by=("position", "id")
    ):
        stored[person.booking_id].participants.append(person)
    for row in await select_rows(FieldValue, "booking_id", booking_ids, _VALUE_FIELDS):
        stored[row["booking_id"]].values[row["definition_id"], row["participant_id"]] = row["value"]
    invoices = await select_models(Invoice, "booking_id", booking_ids)
    invoice_ids = [i.id for i in invoices]
    lines = await _keys_by_invoice(InvoiceLine, invoice_ids, _LINE_KEY, ("position", "id"))
    payments = await _keys_by_invoice(Payment, invoice_ids, _PAYMENT_KEY, ("paid_at", "id"))
    for invoice in invoices:
        entry = (invoice, lines[invoice.id], payments[invoice.id])
        stored[invoice.booking_id].invoices[invoice.number] = entry
    return stored


#: The stored field values' columns a batch compares against.
_VALUE_FIELDS = ("booking_id", "definition_id", "participant_id", "value")


async def _keys_by_invoice(
    model: type[InvoiceLine | Payment],
    invoice_ids: list[int],
    key: tuple[str, ...],
    order_by: tuple[str, ...],
) -> dict[int, list[tuple[Any, ...]]]:
    """The ``key`` of each line (or payment) of the invoices, in order, per invoice."""
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    fields = ("invoice_id", *key)
    for row in await select_rows(model, "invoice_id", invoice_ids, fields, order_by=order_by):
        found[row["invoice_id"]].append(tuple(row[name] for name in key))
    return found


def _customer_of(batch: _Batch, plan: BookingPlan) -> User | None:
    """The account the record's customer e-mail names, if any; refused if not a customer."""
    user = batch.customers.get(plan.customer.email)
    if user is not None and Role(user.role) not in _CUSTOMER_ROLES:
        raise Refused(
            "INVALID_CUSTOMER", N_("This e-mail address belongs to staff."), "customer.email"
        )
    return user


def _check_invoice_numbers(batch: _Batch, plan: BookingPlan, booking_id: int | None) -> None:
    for index, invoice in enumerate(plan.invoices):
        owner = batch.invoice_owners.get(invoice.number)
        if owner is not None and owner != booking_id:
            raise Refused(
                "INVOICE_NUMBER_TAKEN",
                N_("Another booking has an invoice with this number."),
                f"invoices.{index}.number",
            )


async def _upsert(batch: _Batch, index: int, plan: BookingPlan) -> RecordResult:
    """Bring a stored booking up to its record, in a transaction of its own."""
    existing = batch.catalogue.existing[plan.external_reference]
    effects = Effects()
    try:
        customer = _customer_of(batch, plan)
        _check_invoice_numbers(batch, plan, existing.id)
        stored = batch.stored[existing.id]
        if customer is not None and not _differs(existing, stored, plan, customer):
            return RecordResult(index, existing)
        async with in_transaction():
            customer = customer or await _new_customer(plan)
            booking = await _update(batch, existing, stored, plan, customer, effects)
    except Refused as refusal:
        return RecordResult(index, errors=[refusal])
    except IntegrityError:
        return RecordResult(index, errors=[_conflict()])
    # Committed: the batch's view follows, and the effects are published at the end.
    batch.customers[customer.email] = customer
    for invoice in plan.invoices:
        batch.invoice_owners[invoice.number] = booking.id
    batch.effects.posted += effects.posted
    batch.effects.closed += effects.closed
    return RecordResult(index, booking, changed=True)


async def _new_customer(plan: BookingPlan) -> User:
    """A CUSTOMER account for the record's customer, in the record's client company."""
    return await User.create(
        email=plan.customer.email,
        name=plan.customer.name,
        locale=plan.customer.locale,
        phone=plan.customer.phone,
        role=Role.CUSTOMER,
        organisation_id=plan.columns["client_company_id"],
    )


def _column_changes(booking: Booking, plan: BookingPlan, customer: User) -> dict[str, Any]:
    wanted = {**plan.columns, "status": plan.status, "customer_id": customer.id}
    return {name: value for name, value in wanted.items() if getattr(booking, name) != value}


def _participants_differ(stored: _Stored, plan: BookingPlan) -> bool:
    return [p.name for p in stored.participants] != list(plan.participants)


def _value_changes(stored: _Stored, plan: BookingPlan) -> list[tuple[int, int | None]]:
    """``(index in plan.values, participant index)`` of values that differ from the stored."""
    changes = []
    for at, value in enumerate(plan.values):
        person: int | None = None
        if value.participant is not None:
            if value.participant >= len(stored.participants):
                changes.append((at, value.participant))
                continue
            person = stored.participants[value.participant].id
        if stored.values.get((value.definition.id, person)) != value.value:
            changes.append((at, value.participant))
    return changes


def _invoice_differs(plan: InvoicePlan, stored: _Stored) -> bool:
    entry = stored.invoices.get(plan.number)
    if entry is None:
        return True
    invoice, lines, payments = entry
    columns = (
        invoice.status,
        invoice.issued_at,
        invoice.due_date,
        invoice.currency,
        invoice.total_amount,
        invoice.provider_payout,
    )
    wanted = (
        plan.status,
        plan.issued_at,
        plan.due_date,
        plan.currency,
        plan.total_amount,
        plan.provider_payout,
    )
    return (
        columns != wanted
        or lines != [_line_key(x) for x in plan.lines]
        or payments != [_payment_key(x) for x in plan.payments]
    )


#: What makes an invoice line or a payment the same as the record's, in this order.
_LINE_KEY = ("description", "quantity", "unit_price", "vat_rate", "amount")
_PAYMENT_KEY = ("amount", "paid_at", "method", "reference")


def _line_key(line: LinePlan) -> tuple[Any, ...]:
    return tuple(getattr(line, name) for name in _LINE_KEY)


def _payment_key(payment: PaymentPlan) -> tuple[Any, ...]:
    return tuple(getattr(payment, name) for name in _PAYMENT_KEY)


def _differs(booking: Booking, stored: _Stored, plan: BookingPlan, customer: User) -> bool:
    """Whether writing ``plan`` would change anything of the stored booking."""
    return bool(
        _column_changes(booking, plan, customer)
        or _participants_differ(stored, plan)
        or _value_changes(stored, plan)
        or any(_invoice_differs(invoice, stored) for invoice in plan.invoices)
    )


async def _update(
    batch: _Batch,
    booking: Booking,
    stored: _Stored,
    plan: BookingPlan,
    customer: User,
    effects: Effects,
) -> Booking:
    # The row lock makes a concurrent upsert of the same record wait and then compare.
    current = await Booking.filter(id=booking.id).select_for_update().get()
    changes = _column_changes(current, plan, customer)
    if changes:
        await Booking.filter(id=booking.id).update(**changes, updated_at=datetime.now(UTC))
    people = stored.participants
    if _participants_differ(stored, plan):
        people = await _sync_participants(booking.id, stored.participants, plan)
    for at, participant in _value_changes(stored, plan):
        value = plan.values[at]
        person = people[participant] if participant is not None else None
        await store_value(
            booking.id,
            value.definition,
            person,
            value.value,
            batch.source.id,
            ChangeChannel.BOOKING,
            rename=False,
        )
    for invoice in plan.invoices:
        if _invoice_differs(invoice, stored):
            entry = stored.invoices.get(invoice.number)
            await _write_invoice(booking.id, invoice, entry[0] if entry else None)
    updated = await Booking.get(id=booking.id)
    await status_effects(updated, BookingStatus(current.status), batch.settings, effects)
    return updated


async def _sync_participants(
    booking_id: int, people: list[Participant], plan: BookingPlan
) -> list[Participant]:
    """Rename, add and remove participants so their names are the record's, in order."""
    for person, name in zip(people, plan.participants, strict=False):
        if person.name != name:
            await Participant.filter(id=person.id).update(name=name)
    extra = people[len(plan.participants) :]
    if extra:
        await Participant.filter(id__in=[p.id for p in extra]).delete()
    for position in range(len(people), len(plan.participants)):
        await Participant.create(
            booking_id=booking_id, position=position + 1, name=plan.participants[position]
        )
    return list(await Participant.filter(booking_id=booking_id).order_by("position", "id"))


async def _write_invoice(booking_id: int, plan: InvoicePlan, invoice: Invoice | None) -> None:
    """Create or overwrite one invoice with its lines and payments."""
    columns = invoice_columns(plan)
    if invoice is None:
        invoice = await Invoice.create(booking_id=booking_id, **columns)
    else:
        del columns["number"]
        await Invoice.filter(id=invoice.id).update(**columns, updated_at=datetime.now(UTC))
        await InvoiceLine.filter(invoice_id=invoice.id).delete()
        await Payment.filter(invoice_id=invoice.id).delete()
    lines, payments = invoice_rows(invoice.id, plan)
    await insert_rows(InvoiceLine, lines)
    await insert_rows(Payment, payments)

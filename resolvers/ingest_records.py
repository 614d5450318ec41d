"""Reading one ingest record: every field checked, with a stable code per field.

A record is the booking system's view of one booking, as a mapping with snake_case keys
(the GraphQL input, or a JSON Lines record with its camelCase keys turned to snake_case).
:func:`read_record` turns it into a :class:`BookingPlan` (normalised values only) or a
list of refusals whose ``field`` is the camelCase path inside the record, e.g.
``customer.email`` or ``invoices.0.lines.1.amount``. Nothing here touches the database:
what the record refers to comes in through :class:`Catalogue`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from strawberry.relay import GlobalID

from models import (
    Booking,
    BookingFieldDefinition,
    BookingStatus,
    FieldScope,
    InvoiceStatus,
    Locale,
    Organisation,
    OrganisationKind,
    Service,
)
from resolvers.booking_status import legal
from resolvers.errors import Refused
from resolvers.ids import parse_pk
from resolvers.validation import validate_value
from roost.i18n import N_

#: Most records in one ``upsertBookings`` call (and in one batch of ``roost import``).
MAX_RECORDS = 500
#: Amounts fit the columns: 12 digits, 2 of them decimals.
_MAX_AMOUNT = Decimal("9999999999.99")
_CENT = Decimal("0.01")
_CURRENCY = re.compile(r"[A-Z]{3}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_LANGUAGES = frozenset(locale.value for locale in Locale)


@dataclass(frozen=True)
class CustomerPlan:
    """Who booked: found by e-mail, or created with these details."""

    email: str
    name: str
    locale: Locale
    phone: str | None


@dataclass(frozen=True)
class LinePlan:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PaymentPlan:
    amount: Decimal
    paid_at: datetime
    method: str
    reference: str


@dataclass(frozen=True)
class InvoicePlan:
    number: str
    status: InvoiceStatus
    issued_at: datetime | None
    due_date: date | None
    currency: str
    total_amount: Decimal
    provider_payout: Decimal
    lines: tuple[LinePlan, ...]
    payments: tuple[PaymentPlan, ...]


@dataclass(frozen=True)
class ValuePlan:
    """A booking field value; ``participant`` is an index into the record's participants."""

    definition: BookingFieldDefinition
    participant: int | None
    value: str


@dataclass(frozen=True)
class BookingPlan:
    """A record that passed every check, ready to be written."""

    external_reference: str
    status: BookingStatus
    customer: CustomerPlan
    #: Booking columns, as stored.
    columns: dict[str, Any]
    participants: tuple[str, ...]
    values: tuple[ValuePlan, ...]
    invoices: tuple[InvoicePlan, ...]


@dataclass
class Catalogue:
    """What a batch of records refers to, read once for the batch."""

    services: dict[int, Service] = field(default_factory=dict)
    organisations: dict[int, Organisation] = field(default_factory=dict)
    #: ``{service id: {field key: definition}}``
    definitions: dict[int, dict[str, BookingFieldDefinition]] = field(default_factory=dict)
    #: The source's bookings already stored, by external reference.
    existing: dict[str, Booking] = field(default_factory=dict)


def _is_mapping(value: Any) -> bool:
    """Whether ``value`` is a mapping (a dict, as parsed JSON gives, found without the
    slower check against the abstract class)."""
    return type(value) is dict or isinstance(value, Mapping)


def global_pk(value: Any, type_name: str) -> int | None:
    """The database id behind a global id of ``type_name``, or ``None``."""
    return _global_pk(str(value), type_name)


@lru_cache(maxsize=4096)
def _global_pk(text: str, type_name: str) -> int | None:
    """:func:`global_pk` of a text (a batch names the same few services and
    organisations on every record, several times each: decoded once)."""
    try:
        gid = GlobalID.from_id(text)
    except Exception:  # a malformed id is a refused value
        return None
    return parse_pk(gid.node_id) if gid.type_name == type_name else None


def global_ids(records: Sequence[Mapping[str, Any]], key: str, type_name: str) -> set[int]:
    """Every valid id of ``type_name`` that ``records`` name under ``key``."""
    found = (global_pk(r.get(key), type_name) for r in records if _is_mapping(r))
    return {pk for pk in found if pk is not None}


def _read_amount(text: str) -> tuple[Decimal | None, str]:
    """An amount's text as cents, or why it is not one."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or abs(value) > _MAX_AMOUNT:
        return None, N_('Expected a decimal amount, e.g. "120.50".')
    cents = value.quantize(_CENT)
    if value != cents:
        return None, N_("At most two decimals.")
    return cents, ""


#: Amounts repeat across records (prices, rates, quantities): each text is read once.
_amount = lru_cache(maxsize=4096)(_read_amount)
#: Longer texts are read each time (a cache of them would only hold odd values).
_CACHED_AMOUNT = 20


class _Reader:
    """Reads the fields of one record, collecting a refusal per bad field."""

    def __init__(self) -> None:
        self.errors: list[Refused] = []

    def fail(self, path: str, code: str, message: str, **params: object) -> None:
        self.errors.append(Refused(code, message, path, **params))

    def text(
        self, raw: Any, path: str, *, max_length: int, required: bool = True, default: str = ""
    ) -> str | None:
        if isinstance(raw, str):
            text = raw.strip()
            if text:
                if len(text) > max_length:
                    self.fail(path, "TOO_LONG", N_("At most {most} characters."), most=max_length)
                    return None
                return text
        elif raw is not None:
            self.fail(path, "INVALID_TEXT", N_("Expected a string."))
            return None
        if required:
            self.fail(path, "REQUIRED", N_("This field is required."))
            return None
        return default

    def moment(self, raw: Any, path: str, *, required: bool = True) -> datetime | None:
        if raw is None or raw == "":
            if required:
                self.fail(path, "REQUIRED", N_("This field is required."))
            return None
        try:
            value = datetime.fromisoformat(str(raw))
        except ValueError:
            self.fail(path, "INVALID_DATETIME", N_("Expected an ISO 8601 date and time."))
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            self.fail(path, "TIME_ZONE_REQUIRED", N_("Give the UTC offset, e.g. +02:00 or Z."))
            return None
        return value

    def day(self, raw: Any, path: str) -> date | None:
        if raw is None or raw == "":
            return None
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            self.fail(path, "INVALID_DATE", N_("Expected a date, e.g. 2026-05-04."))
            return None

    def money(
        self, raw: Any, path: str, *, required: bool = True, minimum: Decimal | None = None
    ) -> Decimal | None:
        if raw is None or raw == "":
            if required:
                self.fail(path, "REQUIRED", N_("This field is required."))
                return None
            return Decimal("0.00")
        if isinstance(raw, str):
            text = raw.strip()
        elif isinstance(raw, int | float) and not isinstance(raw, bool):
            text = str(raw)
        else:
            self.fail(path, "INVALID_AMOUNT", N_('Expected a decimal amount, e.g. "120.50".'))
            return None
        value, problem = _amount(text) if len(text) <= _CACHED_AMOUNT else _read_amount(text)
        if value is None:
            self.fail(path, "INVALID_AMOUNT", problem)
            return None
        if minimum is not None and value < minimum:
            self.fail(path, "INVALID_AMOUNT", N_("At least {least}."), least=minimum)
            return None
        return value

    def currency(self, raw: Any, path: str, default: str) -> str | None:
        if raw is None or raw == "":
            return default
        if not isinstance(raw, str) or not _CURRENCY.fullmatch(raw.strip().upper()):
            self.fail(path, "INVALID_CURRENCY", N_("Expected an ISO 4217 code, e.g. EUR."))
            return None
        return raw.strip().upper()

    def zone(self, raw: Any, path: str) -> str | None:
        name = self.text(raw, path, max_length=64)
        if name is None:
            return None
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            self.fail(
                path, "INVALID_TIME_ZONE", N_("Expected an IANA time zone, e.g. Europe/Paris.")
            )
            return None
        return name

    def choice(self, raw: Any, path: str, kind: type[Any], default: Any = None) -> Any:
        if raw is None or raw == "":
            if default is None:
                self.fail(path, "REQUIRED", N_("This field is required."))
            return default
        try:
            return kind(str(getattr(raw, "value", raw)).upper())
        except ValueError:
            names = ", ".join(v.value for v in kind)
            self.fail(path, "INVALID_CHOICE", N_("Expected one of: {names}."), names=names)
            return None

    def items(self, raw: Any, path: str) -> list[Mapping[str, Any]]:
        if raw is None:
            return []
        if isinstance(raw, list) and all(map(_is_mapping, raw)):
            return raw
        self.fail(path, "INVALID_LIST", N_("Expected a list of objects."))
        return []


def _customer(reader: _Reader, raw: Any) -> CustomerPlan | None:
    if not _is_mapping(raw):
        reader.fail("customer", "REQUIRED", N_("This field is required."))
        return None
    email = reader.text(raw.get("email"), "customer.email", max_length=254)
    if email is not None and not _EMAIL.fullmatch(email):
        reader.fail("customer.email", "INVALID_EMAIL", N_("Expected an e-mail address."))
        email = None
    name = reader.text(raw.get("name"), "customer.name", max_length=200)
    language = str(raw.get("language") or "en").strip().lower()
    if language not in _LANGUAGES:
        reader.fail("customer.language", "INVALID_LANGUAGE", N_("Expected en, fr or de."))
    phone = reader.text(raw.get("phone"), "customer.phone", max_length=40, required=False)
    if email is None or name is None or language not in _LANGUAGES:
        return None
    return CustomerPlan(email.lower(), name, Locale(language), phone or None)


def _reference(
    reader: _Reader, record: Mapping[str, Any], catalogue: Catalogue
) -> tuple[Organisation | None, Service | None, Organisation | None]:
    provider_pk = global_pk(record.get("provider_id"), "Organisation")
    provider = catalogue.organisations.get(provider_pk) if provider_pk else None
    if provider is None or provider.kind != OrganisationKind.PROVIDER:
        reader.fail("providerId", "NOT_FOUND", N_("No such provider."))
        provider = None
    service_pk = global_pk(record.get("service_id"), "Service")
    service = catalogue.services.get(service_pk) if service_pk else None
    if service is None:
        reader.fail("serviceId", "NOT_FOUND", N_("No such service."))
    elif provider is not None and service.provider_id != provider.id:
        reader.fail(
            "serviceId", "SERVICE_OF_OTHER_PROVIDER", N_("This provider has no such service.")
        )
        service = None
    company: Organisation | None = None
    if record.get("client_company_id") not in (None, ""):
        company_pk = global_pk(record.get("client_company_id"), "Organisation")
        company = catalogue.organisations.get(company_pk) if company_pk else None
        if company is None or company.kind != OrganisationKind.CLIENT_COMPANY:
            reader.fail("clientCompanyId", "NOT_FOUND", N_("No such client company."))
            company = None
    return provider, service, company


def _values(
    reader: _Reader, raw: Any, service: Service | None, catalogue: Catalogue, people: int
) -> tuple[ValuePlan, ...]:
    plans: list[ValuePlan] = []
    definitions = catalogue.definitions.get(service.id, {}) if service else {}
    seen: set[tuple[int, int | None]] = set()
    for index, item in enumerate(reader.items(raw, "fieldValues")):
        path = f"fieldValues.{index}"
        definition = definitions.get(str(item.get("key") or ""))
        if definition is None:
            if service is not None:
                reader.fail(f"{path}.key", "UNKNOWN_FIELD", N_("The service has no such field."))
            continue
        participant = item.get("participant")
        if definition.scope == FieldScope.PARTICIPANT:
            if not isinstance(participant, int) or not 0 <= participant < people:
                reader.fail(
                    f"{path}.participant",
                    "INVALID_PARTICIPANT",
                    N_("Give the index of a participant of this record (0 for the first)."),
                )
                continue
        elif participant is not None:
            reader.fail(f"{path}.participant", "INVALID_PARTICIPANT", N_("A booking-wide field."))
            continue
        if (definition.id, participant) in seen:
            reader.fail(f"{path}.key", "DUPLICATE_FIELD", N_("This value is given twice."))
            continue
        seen.add((definition.id, participant))
        value = item.get("value")
        normalised, error = validate_value(
            definition, value if isinstance(value, str) else None, "en"
        )
        if normalised is None:
            reader.fail(f"{path}.value", "INVALID_VALUE", error or N_("Invalid value."))
            continue
        plans.append(ValuePlan(definition, participant, normalised))
    return tuple(plans)


def _line(reader: _Reader, raw: Mapping[str, Any], path: str) -> LinePlan | None:
    description = reader.text(raw.get("description"), f"{path}.description", max_length=300)
    quantity = reader.money(raw.get("quantity") or "1", f"{path}.quantity", minimum=_CENT)
    unit_price = reader.money(raw.get("unit_price"), f"{path}.unitPrice")
    vat_rate = reader.money(
        raw.get("vat_rate"), f"{path}.vatRate", required=False, minimum=Decimal(0)
    )
    amount = reader.money(raw.get("amount"), f"{path}.amount")
    if description is None or quantity is None or unit_price is None or vat_rate is None:
        return None
    return None if amount is None else LinePlan(description, quantity, unit_price, vat_rate, amount)


def _payment(reader: _Reader, raw: Mapping[str, Any], path: str) -> PaymentPlan | None:
    amount = reader.money(raw.get("amount"), f"{path}.amount")
    paid_at = reader.moment(raw.get("paid_at"), f"{path}.paidAt")
    method = reader.text(
        raw.get("method"), f"{path}.method", max_length=40, required=False, default="BANK_TRANSFER"
    )
    reference = reader.text(
        raw.get("reference"), f"{path}.reference", max_length=80, required=False
    )
    if amount is None or paid_at is None or method is None or reference is None:
        return None
    return PaymentPlan(amount, paid_at, method, reference)


def _invoices(reader: _Reader, raw: Any, currency: str) -> tuple[InvoicePlan, ...]:
    plans: list[InvoicePlan] = []
    numbers: set[str] = set()
    for index, item in enumerate(reader.items(raw, "invoices")):
        path = f"invoices.{index}"
        before = len(reader.errors)
        number = reader.text(item.get("number"), f"{path}.number", max_length=32)
        if number in numbers:
            reader.fail(f"{path}.number", "DUPLICATE_INVOICE", N_("This invoice is given twice."))
        numbers.add(number or "")
        status = reader.choice(item.get("status"), f"{path}.status", InvoiceStatus)
        issued_at = reader.moment(item.get("issued_at"), f"{path}.issuedAt", required=False)
        due_date = reader.day(item.get("due_date"), f"{path}.dueDate")
        invoice_currency = reader.currency(item.get("currency"), f"{path}.currency", currency)
        total = reader.money(item.get("total_amount"), f"{path}.totalAmount")
        payout = reader.money(item.get("provider_payout"), f"{path}.providerPayout", required=False)
        lines = tuple(
            _line(reader, line, f"{path}.lines.{at}")
            for at, line in enumerate(reader.items(item.get("lines"), f"{path}.lines"))
        )
        payments = tuple(
            _payment(reader, payment, f"{path}.payments.{at}")
            for at, payment in enumerate(reader.items(item.get("payments"), f"{path}.payments"))
        )
        if len(reader.errors) == before:
            plans.append(
                InvoicePlan(
                    number=number or "",
                    status=status,
                    issued_at=issued_at,
                    due_date=due_date,
                    currency=invoice_currency or currency,
                    total_amount=total or Decimal(0),
                    provider_payout=payout or Decimal(0),
                    lines=tuple(line for line in lines if line),
                    payments=tuple(payment for payment in payments if payment),
                )
            )
    return tuple(plans)


def read_record(record: Any, catalogue: Catalogue) -> BookingPlan | list[Refused]:
    """The record as a :class:`BookingPlan`, or why it cannot be written (per field)."""
    reader = _Reader()
    if not _is_mapping(record):
        reader.fail("", "INVALID_RECORD", N_("Expected an object."))
        return reader.errors
    reference = reader.text(record.get("external_reference"), "externalReference", max_length=64)
    status = reader.choice(record.get("status"), "status", BookingStatus)
    existing = catalogue.existing.get(reference or "")
    if status is not None and existing is not None and not legal(existing.status, status):
        reader.fail(
            "status",
            "INVALID_TRANSITION",
            N_("A {before} booking cannot become {after}."),
            before=existing.status.value,
            after=status.value,
        )
    customer = _customer(reader, record.get("customer"))
    provider, service, company = _reference(reader, record, catalogue)
    starts_at = reader.moment(record.get("starts_at"), "startsAt")
    ends_at = reader.moment(record.get("ends_at"), "endsAt")
    if starts_at and ends_at and ends_at < starts_at:
        reader.fail("endsAt", "ENDS_BEFORE_START", N_("The end is before the start."))
    zone = reader.zone(record.get("time_zone"), "timeZone")
    destination = reader.text(
        record.get("destination"), "destination", max_length=120, required=False
    )
    names = []
    for index, person in enumerate(reader.items(record.get("participants"), "participants")):
        names.append(reader.text(person.get("name"), f"participants.{index}.name", max_length=200))
    total = reader.money(record.get("total_price"), "totalPrice", minimum=Decimal(0))
    commission = reader.money(
        record.get("commission"), "commission", required=False, minimum=Decimal(0)
    )
    currency = reader.currency(record.get("currency"), "currency", "EUR")
    deadline = reader.moment(
        record.get("free_cancellation_until"), "freeCancellationUntil", required=False
    )
    values = _values(reader, record.get("field_values"), service, catalogue, len(names))
    invoices = _invoices(reader, record.get("invoices"), currency or "EUR")
    if reader.errors:
        return reader.errors
    if not (customer and provider and service and starts_at and ends_at and zone and status):
        raise AssertionError("a record without errors has every required field")
    return BookingPlan(
        external_reference=reference or "",
        status=status,
        customer=customer,
        columns={
            "provider_id": provider.id,
            "service_id": service.id,
            "client_company_id": company.id if company else None,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "time_zone": zone,
            "destination": destination or "",
            "participant_count": max(len(names), 1),
            "total_price": total,
            "commission": commission,
            "currency": currency,
            "free_cancellation_until": deadline,
        },
        participants=tuple(name or "" for name in names),
        values=values,
        invoices=invoices,
    )

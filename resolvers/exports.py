"""Invoice exports (SPEC §6): who may export which company, and its invoice lines in batches.

A travel manager exports their own company's invoices, the operator (agents, admins,
analysts) any client company's. One row per invoice line of the invoices issued between
two dates (inclusive, UTC), read in keyset batches so that memory stays flat whatever
the size. Personal data follows the policy as GraphQL reads it: analysts get the
traveller's name masked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

import orjson

from models import Invoice, InvoiceLine, Organisation, OrganisationKind
from models.policy import EXPORTABLE_COMPANIES, Access, field_access, type_policy
from resolvers.access import allowed_query
from resolvers.analytic_codes import effective_codes
from resolvers.analytics import period
from resolvers.errors import BadUserInput, Forbidden
from resolvers.masking import mask
from resolvers.principal import Principal
from resolvers.scope import scoped_by
from roost.i18n import N_

#: Invoice lines read per database round trip.
BATCH_SIZE = 1000
CENT = Decimal("0.01")


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    XML = "xml"


@dataclass(frozen=True)
class CodeColumn:
    """One of the company's analytic codes, a column of the export."""

    key: str
    label: str
    kind: str


@dataclass(frozen=True)
class Export:
    """What is exported: a company's invoices issued from ``start`` to ``end``."""

    company: Organisation
    start: date
    end: date
    codes: tuple[CodeColumn, ...]


@dataclass(frozen=True)
class ExportLine:
    """One invoice line as exported."""

    invoice_number: str
    issued_on: date
    due_date: date | None
    status: str
    booking_reference: str
    traveller: str
    provider: str
    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    net: Decimal
    vat_rate: Decimal
    vat: Decimal
    gross: Decimal
    currency: str
    #: Values of the company's codes, in the order of ``Export.codes`` ("" when unset).
    codes: tuple[str, ...]


def parse_date(text: str | None, name: str) -> date:
    """An ISO date (``YYYY-MM-DD``) given as parameter ``name``; anything else is refused."""
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        raise BadUserInput(
            N_("`{field}` must be a date as YYYY-MM-DD."), {"field": name}, field=name
        ) from None


async def prepare_export(
    principal: Principal, company_id: int | None, start: date, end: date
) -> Export:
    """The export the caller asks for, once allowed: the role may export (the policy's
    ``exportInvoices``), the company is in its scope and the dates make a period. Refusals
    are ``Forbidden`` or ``BadUserInput``."""
    allowed_query(principal, "exportInvoices")
    period(start, end)  # refuses dates that are not a period
    company = (
        await scoped_by(Organisation, EXPORTABLE_COMPANIES, principal).get_or_none(
            id=company_id, kind=OrganisationKind.CLIENT_COMPANY
        )
        if company_id
        else None
    )
    if company is None:
        raise Forbidden(N_("You may not export this company's invoices."), field="company")
    codes = tuple(
        CodeColumn(code["key"], code.get("label") or code["key"], code.get("kind", "FREE"))
        for code in company.analytic_code_definitions or []
    )
    return Export(company=company, start=start, end=end, codes=codes)


def export_url(public_url: str, export_format: ExportFormat, export: Export) -> str:
    """Where the export is downloaded (with the same Bearer token)."""
    query = urlencode(
        {
            "company": export.company.id,
            "from": export.start.isoformat(),
            "to": export.end.isoformat(),
        }
    )
    return f"{public_url}/exports/invoices.{export_format.value}?{query}"


#: Columns read per invoice line, and per invoice (once for all of its lines).
_LINE_COLUMNS = ("id", "invoice_id", "position", "description", "quantity", "unit_price")
_LINE_AMOUNTS = {"vat_rate": "vat_rate", "net": "amount"}
_INVOICE_COLUMNS = {
    "id": "id",
    "number": "number",
    "issued_at": "issued_at",
    "due_date": "due_date",
    "status": "status",
    "currency": "currency",
    "invoice_codes": "analytic_codes",
    "booking_reference": "booking__reference",
    "booking_codes": "booking__analytic_codes",
    "traveller": "booking__customer__name",
    "provider": "booking__provider__name",
}


def _reader(principal: Principal, type_name: str, field_name: str) -> Any:
    """How ``principal`` reads ``type_name.field_name``: as is, masked, or not at all."""
    access = field_access(principal.role, type_name, field_name)
    personal = type_policy(type_name).rule(field_name).personal
    if access is Access.READ:
        return lambda value: value
    if access is Access.MASKED and personal is not None:
        return lambda value: mask(personal, value)
    return lambda _value: ""


def _json(value: Any) -> dict[str, str]:
    """A JSON column as a dict (some drivers hand JSON back as text)."""
    if isinstance(value, str):
        return orjson.loads(value)
    return value or {}


async def export_lines(
    principal: Principal, export: Export, batch_size: int = BATCH_SIZE
) -> AsyncIterator[list[ExportLine]]:
    """The export's invoice lines, ``batch_size`` at a time, by line id (keyset); the
    invoices of each batch are read once, in one more query."""
    since, until = period(export.start, export.end)
    readers = {
        "traveller": _reader(principal, "User", "name"),
        "provider": _reader(principal, "Organisation", "name"),
    }
    query = InvoiceLine.filter(
        invoice__booking__client_company_id=export.company.id,
        invoice__issued_at__gte=since,
        invoice__issued_at__lt=until,
    ).order_by("id")
    after = 0
    while True:
        lines = (
            await query.filter(id__gt=after)
            .limit(batch_size)
            .values(*_LINE_COLUMNS, **_LINE_AMOUNTS)
        )
        if not lines:
            return
        after = lines[-1]["id"]
        invoice_ids = {line["invoice_id"] for line in lines}
        invoices = {
            row["id"]: _invoice(row, export, readers)
            for row in await Invoice.filter(id__in=invoice_ids).values(**_INVOICE_COLUMNS)
        }
        yield [_line(line, invoices[line["invoice_id"]]) for line in lines]
        if len(lines) < batch_size:
            return


def _invoice(row: dict[str, Any], export: Export, readers: dict[str, Any]) -> dict[str, Any]:
    """What every line of an invoice repeats."""
    codes = effective_codes(_json(row["invoice_codes"]), _json(row["booking_codes"]))
    return {
        "invoice_number": row["number"],
        "issued_on": row["issued_at"].astimezone(UTC).date(),
        "due_date": row["due_date"],
        "status": str(row["status"]),
        "booking_reference": row["booking_reference"],
        "traveller": readers["traveller"](row["traveller"]) or "",
        "provider": readers["provider"](row["provider"]) or "",
        "currency": row["currency"],
        "codes": tuple(str(codes.get(code.key, "")) for code in export.codes),
    }


def _line(row: dict[str, Any], invoice: dict[str, Any]) -> ExportLine:
    net = Decimal(row["net"]).quantize(CENT)
    vat_rate = Decimal(row["vat_rate"])
    vat = (net * vat_rate / 100).quantize(CENT, ROUND_HALF_UP)
    return ExportLine(
        position=row["position"],
        description=row["description"],
        quantity=Decimal(row["quantity"]),
        unit_price=Decimal(row["unit_price"]).quantize(CENT),
        net=net,
        vat_rate=vat_rate,
        vat=vat,
        gross=net + vat,
        **invoice,
    )

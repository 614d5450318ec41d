"""GET /exports/invoices.{csv,xlsx,xml} and exportInvoices: a company's invoice lines, streamed."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import openpyxl
import pytest
import xmlschema

import models as m
from bench.exports import company_with_lines, measure_in_child, remove_company
from resolvers.exports import ExportFormat
from roost.auth import mint_token
from roost.export_writers import XSD_PATH
from tests.admin import gid, unique
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

EXPORT = """
query ($company: ID!, $from: Date!, $to: Date!, $format: ExportFormat!) {
  exportInvoices(companyId: $company, from: $from, to: $to, format: $format)
}
"""

EVERYTHING = {"from": "2000-01-01", "to": "2100-12-31"}
CODE_KEYS = ("cost_centre", "project", "employee_id", "department", "purpose")
HEADER = [
    "Invoice number",
    "Issued on",
    "Due date",
    "Status",
    "Booking reference",
    "Traveller",
    "Provider",
    "Line",
    "Description",
    "Quantity",
    "Unit price",
    "Net",
    "VAT rate",
    "VAT",
    "Gross",
    "Currency",
    "Cost centre",
    "Project",
    "Employee id",
    "Department",
    "Trip purpose",
]
DANGEROUS = '=HYPERLINK("http://evil.example","Click")'


async def acme_id(world: DemoWorld) -> int:
    """The demo client company of the travel manager."""
    manager = await m.User.get(id=world.user_ids["TRAVEL_MANAGER"])
    assert manager.organisation_id is not None
    return manager.organisation_id


@pytest.fixture
async def dangerous_invoice(orm: None, world: DemoWorld) -> m.Invoice:
    """An issued invoice of CUSTOMER (Acme) whose line and code look like formulas."""
    booking = await booking_for(world)
    booking.analytic_codes = {"cost_centre": "+SUM(A1)", "department": "Sales"}
    await booking.save()
    invoice = await m.Invoice.create(
        number=unique("INV"),
        booking=booking,
        status=m.InvoiceStatus.ISSUED,
        issued_at=datetime.now(UTC),
        due_date=(datetime.now(UTC) + timedelta(days=30)).date(),
    )
    await m.InvoiceLine.create(
        invoice=invoice,
        position=1,
        description=DANGEROUS,
        quantity=2,
        unit_price=Decimal("50.00"),
        vat_rate=Decimal("20"),
        amount=Decimal("100.00"),
    )
    return invoice


async def expected_rows(company_id: int) -> list[dict[str, Any]]:
    """The company's issued invoice lines, read from the database by the test itself."""
    lines = (
        await m.InvoiceLine.filter(
            invoice__booking__client_company_id=company_id, invoice__issued_at__isnull=False
        )
        .order_by("id")
        .prefetch_related("invoice__booking__customer", "invoice__booking__provider")
    )
    rows = []
    for line in lines:
        invoice = line.invoice
        booking = invoice.booking
        codes = invoice.analytic_codes or booking.analytic_codes
        vat = (line.amount * line.vat_rate / 100).quantize(Decimal("0.01"))
        rows.append(
            {
                "number": invoice.number,
                "issued": invoice.issued_at.astimezone(UTC).date().isoformat(),
                "status": invoice.status.value,
                "reference": booking.reference,
                "traveller": booking.customer.name,
                "provider": booking.provider.name,
                "description": line.description,
                "net": line.amount.quantize(Decimal("0.01")),
                "vat": vat,
                "gross": line.amount + vat,
                "currency": invoice.currency,
                "codes": [codes.get(key, "") for key in CODE_KEYS],
            }
        )
    return rows


async def download(
    api: Api, role: str | None, suffix: str, token: str | None = None, **params: Any
) -> tuple[int, str, bytes]:
    """Status, content type and body of an export request."""
    if role:
        token = api.world.tokens[role]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await api.client.get(f"/exports/invoices.{suffix}", params=params, headers=headers)
    return response.status, response.headers["Content-Type"], await response.read()


async def test_csv_has_one_row_per_invoice_line_as_in_the_database(
    api: Api, world: DemoWorld, dangerous_invoice: m.Invoice
) -> None:
    # given the demo company's invoices
    company = await acme_id(world)
    # when its travel manager exports them as CSV
    status, content_type, body = await download(
        api, "TRAVEL_MANAGER", "csv", company=company, **EVERYTHING
    )
    # then every line is there, as the database has it
    assert status == 200
    assert content_type.startswith("text/csv")
    header, *rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert header == HEADER
    expected = await expected_rows(company)
    assert len(expected) > 10
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert row[0] == want["number"]
        assert (row[1], row[3], row[4]) == (want["issued"], want["status"], want["reference"])
        assert (row[5], row[6]) == (want["traveller"], want["provider"])
        assert row[8].removeprefix("'") == want["description"]
        assert [Decimal(row[11]), Decimal(row[13]), Decimal(row[14])] == [
            want["net"],
            want["vat"],
            want["gross"],
        ]
        assert row[15] == want["currency"]
        assert [cell.removeprefix("'") for cell in row[16:]] == want["codes"]


async def test_csv_neutralises_formulas(
    api: Api, world: DemoWorld, dangerous_invoice: m.Invoice
) -> None:
    # given a line and a code that look like spreadsheet formulas
    company = await acme_id(world)
    # when the company's invoices are exported as CSV
    _, _, body = await download(api, "AGENT", "csv", company=company, **EVERYTHING)
    # then those cells start with a quote, so a spreadsheet shows them as text
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    (row,) = [row for row in rows if row[0] == dangerous_invoice.number]
    assert row[8] == "'" + DANGEROUS
    assert row[16] == "'+SUM(A1)"
    # and no cell anywhere starts with a formula character
    assert not any(cell[:1] in ("=", "+", "@") for row in rows for cell in row)


async def test_xlsx_rows_match_the_database_and_hold_no_formula(
    api: Api, world: DemoWorld, dangerous_invoice: m.Invoice
) -> None:
    # given the demo company's invoices
    company = await acme_id(world)
    # when an admin exports them as XLSX
    status, content_type, body = await download(api, "ADMIN", "xlsx", company=company, **EVERYTHING)
    # then the workbook has a header and a row per line, as the database has them
    assert status == 200
    assert "spreadsheetml" in content_type
    sheet = openpyxl.load_workbook(io.BytesIO(body), read_only=True).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header == HEADER
    expected = await expected_rows(company)
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert row[0] == want["number"]
        assert row[1].date().isoformat() == want["issued"]
        assert (row[5], row[6], row[8]) == (
            want["traveller"],
            want["provider"],
            want["description"],
        )
        assert Decimal(str(row[14])) == want["gross"]
        assert [cell or "" for cell in row[16:]] == want["codes"]
    # and the formula-like description is a plain string, not a formula
    (dangerous,) = [row for row in rows if row[0] == dangerous_invoice.number]
    assert dangerous[8] == DANGEROUS
    cells = openpyxl.load_workbook(io.BytesIO(body)).active
    assert all(cell.data_type != "f" for row in cells.iter_rows() for cell in row)


async def test_xml_is_valid_against_the_shipped_schema_and_matches_the_database(
    api: Api, world: DemoWorld, dangerous_invoice: m.Invoice
) -> None:
    # given the demo company's invoices
    company = await acme_id(world)
    # when the travel manager exports them as XML
    status, content_type, body = await download(
        api, "TRAVEL_MANAGER", "xml", company=company, **EVERYTHING
    )
    # then the document is valid against roost/schemas/invoices.xsd
    assert status == 200
    assert content_type.startswith("application/xml")
    schema = xmlschema.XMLSchema(XSD_PATH)
    schema.validate(body.decode())
    # and its lines are the database's
    document = schema.to_dict(body.decode())
    lines = document["line"]
    expected = await expected_rows(company)
    assert len(lines) == len(expected)
    for line, want in zip(lines, expected, strict=True):
        assert line["invoiceNumber"] == want["number"]
        assert line["traveller"] == want["traveller"]
        assert Decimal(line["gross"]) == want["gross"]
        codes = {code["@key"]: code["$"] for code in line.get("analyticCode", [])}
        assert [codes.get(key, "") for key in CODE_KEYS] == want["codes"]


async def test_an_analyst_gets_traveller_names_masked(
    api: Api, world: DemoWorld, dangerous_invoice: m.Invoice
) -> None:
    # given an invoice of Claire Martin
    company = await acme_id(world)
    # when an analyst exports the company's invoices
    status, _, body = await download(api, "ANALYST", "csv", company=company, **EVERYTHING)
    # then her name is masked as in GraphQL
    assert status == 200
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    (row,) = [row for row in rows if row[0] == dangerous_invoice.number]
    assert row[5] == "C*** M***"
    assert "Claire" not in body.decode()


async def foreign_manager(world: DemoWorld) -> tuple[str, int]:
    """A token of the travel manager of a client company other than Acme, and its id."""
    other = await m.Organisation.create(name=unique("Initech"), kind="CLIENT_COMPANY")
    manager = await m.User.create(
        email=f"{unique('tm')}@initech.example",
        name="Bill Lumbergh",
        role=m.Role.TRAVEL_MANAGER,
        organisation=other,
    )
    return mint_token(world.settings, manager), other.id


async def test_a_travel_manager_of_another_company_gets_403(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given the travel manager of another client company
    token, own = await foreign_manager(world)
    # when they ask for Acme's invoices
    company = await acme_id(world)
    status, content_type, body = await download(
        api, None, "csv", token=token, company=company, **EVERYTHING
    )
    # then they are refused with a JSON error and get no rows
    assert status == 403
    assert content_type.startswith("application/json")
    assert b"INV-" not in body
    # while their own company's export is allowed (and empty)
    status, _, body = await download(api, None, "csv", token=token, company=own, **EVERYTHING)
    assert status == 200
    assert len(body.decode().splitlines()) == 1


@pytest.mark.parametrize("role", ["CUSTOMER", "PROVIDER_STAFF", "INTEGRATION"])
async def test_other_roles_get_403(api: Api, world: DemoWorld, orm: None, role: str) -> None:
    # given the demo company
    company = await acme_id(world)
    # when a role that may not export asks for its invoices
    status, _, body = await download(api, role, "xml", company=company, **EVERYTHING)
    # then it is refused
    assert status == 403
    assert b'"FORBIDDEN"' in body


@pytest.mark.parametrize(
    "dates",
    [
        {"from": "2026-13-01", "to": "2026-12-31"},
        {"from": "2026-06-01", "to": "2026-01-01"},
        {"to": "2026-12-31"},
        {"from": "yesterday", "to": "today"},
    ],
)
async def test_bad_dates_get_400(
    api: Api, world: DemoWorld, orm: None, dates: dict[str, str]
) -> None:
    # given the demo company
    company = await acme_id(world)
    # when the dates are not a period
    status, content_type, body = await download(api, "AGENT", "csv", company=company, **dates)
    # then the request is refused with a JSON error
    assert status == 400
    assert content_type.startswith("application/json")
    assert b'"BAD_USER_INPUT"' in body


async def test_an_anonymous_caller_gets_401(api: Api) -> None:
    # when a caller without a token asks for an export
    status, _, _ = await download(api, None, "csv", company=1, **EVERYTHING)
    # then it is refused
    assert status == 401


async def test_export_invoices_gives_the_url_of_the_same_export(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given the demo company
    company = await acme_id(world)
    variables = {"company": gid("Organisation", company), "format": "XML", **EVERYTHING}
    # when the travel manager asks GraphQL for the export's URL
    body = await api.query("TRAVEL_MANAGER", EXPORT, variables)
    url = urlsplit(body["data"]["exportInvoices"])
    # then it points at the download with the same parameters, which works
    assert url.path == "/exports/invoices.xml"
    response = await api.client.get(
        f"{url.path}?{url.query}",
        headers={"Authorization": f"Bearer {world.tokens['TRAVEL_MANAGER']}"},
    )
    assert response.status == 200
    xmlschema.XMLSchema(XSD_PATH).validate((await response.read()).decode())


async def test_export_invoices_refuses_a_role_that_may_not_export(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given the demo company
    company = await acme_id(world)
    variables = {"company": gid("Organisation", company), "format": "CSV", **EVERYTHING}
    # when a customer asks for the export's URL
    body = await api.query("CUSTOMER", EXPORT, variables)
    # then it is refused
    assert body["data"]["exportInvoices"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_export_invoices_refuses_another_company_and_anonymous_callers(
    api: Api, world: DemoWorld, orm: None
) -> None:
    # given the travel manager of another client company
    token, _ = await foreign_manager(world)
    company = await acme_id(world)
    variables = {"company": gid("Organisation", company), "format": "CSV", **EVERYTHING}
    # when they, and a caller without a token, ask for the URL of Acme's export
    _, foreign = await api.post(EXPORT, variables, token=token)
    anonymous = await api.query(None, EXPORT, variables)
    # then neither gets a URL
    assert foreign["data"]["exportInvoices"] is None
    assert foreign["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert anonymous["data"]["exportInvoices"] is None
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_memory_stays_flat_from_1000_to_100000_lines(orm: None, world: DemoWorld) -> None:
    # given a company with 1,000 invoice lines and one with 100,000
    small = await company_with_lines(1_000)
    large = await company_with_lines(100_000)
    url = world.settings.database_url
    try:
        for export_format in ExportFormat:
            # when each is exported, in a process of its own
            small_run = await asyncio.to_thread(measure_in_child, url, small.id, export_format)
            large_run = await asyncio.to_thread(measure_in_child, url, large.id, export_format)
            # then the large export is a hundred times the size, its peak RSS about the same
            figures = (export_format, small_run, large_run)
            assert large_run["bytes"] > 50 * small_run["bytes"], figures
            assert large_run["peak_rss"] < small_run["peak_rss"] + 16_000_000, figures
    finally:
        await remove_company(small)
        await remove_company(large)

"""Invoice exports written as CSV, XLSX or XML, chunk by chunk, from batches of lines.

Each writer turns the batches of :func:`resolvers.exports.export_lines` into chunks of
bytes as they come, so the whole export is never held in memory:

- CSV: UTF-8 with a header; text cells that a spreadsheet would take for a formula
  (starting with ``= + - @``, a tab or a carriage return) are prefixed with ``'``.
- XLSX: XlsxWriter in ``constant_memory`` mode into a temporary file (a zip needs its
  end before it can be sent), then the file in chunks.
- XML: valid against ``roost/schemas/invoices.xsd`` (namespace :data:`XML_NAMESPACE`).
"""

from __future__ import annotations

import asyncio
import csv
import io
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from resolvers.exports import Export, ExportFormat, ExportLine

XSD_PATH = Path(__file__).parent / "schemas" / "invoices.xsd"
XML_NAMESPACE = "urn:roost:invoice-export:1"
#: Bytes of the XLSX file sent per write.
FILE_CHUNK = 64 * 1024

Batches = AsyncIterator[list[ExportLine]]

#: (header, value of a line, is free text) of the columns before the analytic codes.
COLUMNS: tuple[tuple[str, Callable[[ExportLine], Any], bool], ...] = (
    ("Invoice number", lambda line: line.invoice_number, True),
    ("Issued on", lambda line: line.issued_on, False),
    ("Due date", lambda line: line.due_date, False),
    ("Status", lambda line: line.status, False),
    ("Booking reference", lambda line: line.booking_reference, True),
    ("Traveller", lambda line: line.traveller, True),
    ("Provider", lambda line: line.provider, True),
    ("Line", lambda line: line.position, False),
    ("Description", lambda line: line.description, True),
    ("Quantity", lambda line: line.quantity, False),
    ("Unit price", lambda line: line.unit_price, False),
    ("Net", lambda line: line.net, False),
    ("VAT rate", lambda line: line.vat_rate, False),
    ("VAT", lambda line: line.vat, False),
    ("Gross", lambda line: line.gross, False),
    ("Currency", lambda line: line.currency, False),
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """``text`` as a spreadsheet cannot run it: a leading formula character gets a ``'``."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def headers(export: Export) -> list[str]:
    """Column headers: the fixed columns, then the labels of the company's codes."""
    return [header for header, _, _ in COLUMNS] + [code.label for code in export.codes]


def _cells(line: ExportLine) -> Iterable[tuple[Any, bool]]:
    """(value, is free text) of every cell of ``line``, analytic codes last."""
    for _, value, free in COLUMNS:
        yield value(line), free
    for code in line.codes:
        yield code, True


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


async def csv_chunks(export: Export, batches: Batches) -> AsyncIterator[bytes]:
    """The export as CSV (UTF-8, header first), one chunk per batch."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(neutralised(header) for header in headers(export))
    async for batch in batches:
        for line in batch:
            writer.writerow(
                neutralised(_text(value)) if free else _text(value) for value, free in _cells(line)
            )
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


async def xlsx_chunks(export: Export, batches: Batches) -> AsyncIterator[bytes]:
    """The export as an XLSX workbook: one sheet, header row, dates and numbers typed."""
    import xlsxwriter  # only for this format: 2 MiB that a served process rarely needs

    with tempfile.TemporaryDirectory(prefix="roost-export-") as folder:
        path = Path(folder) / "invoices.xlsx"
        workbook = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "tmpdir": folder, "strings_to_formulas": False}
        )
        sheet = workbook.add_worksheet("Invoice lines")
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, headers(export), bold)
        row = 1
        async for batch in batches:
            for line in batch:
                for column, (value, _) in enumerate(_cells(line)):
                    _xlsx_cell(sheet, row, column, value, day)
                row += 1
        await asyncio.to_thread(workbook.close)
        with path.open("rb") as source:
            while chunk := source.read(FILE_CHUNK):
                yield chunk


def _xlsx_cell(sheet: Any, row: int, column: int, value: Any, day: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, date):
        sheet.write_datetime(row, column, datetime.combine(value, datetime.min.time()), day)
    elif isinstance(value, str):
        sheet.write_string(row, column, value)
    else:
        sheet.write_number(row, column, float(value))


#: Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: Any) -> str:
    return _NOT_XML.sub("", _text(value))


_XML_ELEMENTS = (
    "invoiceNumber",
    "issuedOn",
    "dueDate",
    "status",
    "bookingReference",
    "traveller",
    "provider",
    "position",
    "description",
    "quantity",
    "unitPrice",
    "net",
    "vatRate",
    "vat",
    "gross",
    "currency",
)


def _element(name: str, value: Any, attributes: str = "") -> str:
    return f"<{name}{attributes}>{escape(_xml_text(value))}</{name}>"


def _xml_line(export: Export, line: ExportLine) -> str:
    """One ``<line>`` element (elements in the schema's order, empty ones left out)."""
    parts = ["<line>"]
    for name, (_, value, _) in zip(_XML_ELEMENTS, COLUMNS, strict=True):
        content = value(line)
        if content is not None:
            parts.append(_element(name, content))
    for code, content in zip(export.codes, line.codes, strict=True):
        if content:
            parts.append(_element("analyticCode", content, f" key={quoteattr(code.key)}"))
    parts.append("</line>\n")
    return "".join(parts)


async def xml_chunks(export: Export, batches: Batches) -> AsyncIterator[bytes]:
    """The export as XML valid against ``invoices.xsd``, one chunk per batch."""
    attributes = "".join(
        f" {name}={quoteattr(_xml_text(value))}"
        for name, value in (
            ("xmlns", XML_NAMESPACE),
            ("company", export.company.name),
            ("from", export.start),
            ("to", export.end),
        )
    )
    head = [f'<?xml version="1.0" encoding="utf-8"?>\n<invoiceExport{attributes}>\n']
    for code in export.codes:
        head.append(
            f"<analyticCodeDefinition key={quoteattr(_xml_text(code.key))} "
            f"label={quoteattr(_xml_text(code.label))} kind={quoteattr(code.kind)}/>\n"
        )
    yield "".join(head).encode()
    async for batch in batches:
        yield "".join(_xml_line(export, line) for line in batch).encode()
    yield b"</invoiceExport>\n"


#: Per format: the chunk writer and the content type.
WRITERS: dict[ExportFormat, tuple[Callable[[Export, Batches], AsyncIterator[bytes]], str]] = {
    ExportFormat.CSV: (csv_chunks, "text/csv; charset=utf-8"),
    ExportFormat.XLSX: (
        xlsx_chunks,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ExportFormat.XML: (xml_chunks, "application/xml; charset=utf-8"),
}

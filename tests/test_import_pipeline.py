"""``roost import`` checks the next batch while the current one is written (PostgreSQL).

A record may name the booking, customer or invoice number of a record in the batch
before it; the import must then end as if the batches had been imported one after the
other. The reference is the serial path itself (``upsertBookings``' :func:`ingest`, one
batch at a time, in this process) on a copy of the same file under another tag; the
database contents of both are compared with the tags blanked out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import uuid4

import models as m
from bench.ingest import generate_records, write_records
from resolvers.ingest import ingest
from resolvers.ingest_records import MAX_RECORDS
from roost.importer import snake_keys, source_account
from tests.conftest import DemoWorld
from tests.test_import_cli import import_killed, noted_services, roost_import

#: Three batches; the second names what the first writes.
COUNT = 1200


async def shared_records() -> tuple[list[dict[str, Any]], str]:
    """Records whose second batch updates a booking of the first (record 507 confirms the
    option of record 7), orders for a customer the first created (record 531 has record
    31's e-mail) and reuses an invoice number of the first (record 541, refused)."""
    tag = f"P{uuid4().hex[:8].upper()}"
    records = list(generate_records(COUNT, await noted_services(), tag))
    records[506] |= {"externalReference": records[6]["externalReference"], "status": "CONFIRMED"}
    records[530]["customer"] = records[30]["customer"]
    records[540]["invoices"][0]["number"] = records[40]["invoices"][0]["number"]
    return records, tag


async def shared_file(tmp_path: Path) -> tuple[Path, str]:
    """:func:`shared_records` as a JSON Lines file, and their tag."""
    records, tag = await shared_records()
    path = tmp_path / f"{tag}.jsonl"
    write_records(path, iter(records))
    return path, tag


async def serial_import(world: DemoWorld) -> str:
    """:func:`shared_records` imported through :func:`ingest`, each batch after the
    previous one; their tag."""
    source = await source_account(None)
    assert source is not None
    given, tag = await shared_records()
    records = [snake_keys(record) for record in given]
    for start in range(0, len(records), MAX_RECORDS):
        await ingest(source, records[start : start + MAX_RECORDS], world.settings, None)
    return tag


async def contents(tag: str) -> dict[str, list[tuple[str, ...]]]:
    """What the tagged records wrote, without ids and with the tag blanked out."""
    ref = {"booking__external_reference__startswith": f"{tag}-"}
    queries: dict[str, Any] = {
        "bookings": m.Booking.filter(external_reference__startswith=f"{tag}-").values_list(
            "external_reference", "status", "customer__email", "starts_at", "total_price"
        ),
        "customers": m.User.filter(email__startswith=f"{tag.lower()}-").values_list(
            "email", "name", "role"
        ),
        "participants": m.Participant.filter(**ref).values_list(
            "booking__external_reference", "position", "name"
        ),
        "values": m.FieldValue.filter(**ref).values_list(
            "booking__external_reference", "definition__key", "value"
        ),
        "invoices": m.Invoice.filter(**ref).values_list(
            "booking__external_reference", "number", "status", "total_amount"
        ),
        "lines": m.InvoiceLine.filter(invoice__number__startswith=f"{tag}-").values_list(
            "invoice__number", "position", "description", "amount"
        ),
        "threads": m.Thread.filter(**ref).values_list("booking__external_reference", "subject"),
        "messages": m.Message.filter(
            thread__booking__external_reference__startswith=f"{tag}-"
        ).values_list("thread__booking__external_reference", "seq", "body"),
        "e-mails": m.OutboxItem.filter(recipient__email__startswith=f"{tag.lower()}-").values_list(
            "recipient__email", "template"
        ),
    }

    def blank(row: tuple[Any, ...]) -> tuple[str, ...]:
        return tuple(str(v).replace(tag, "TAG").replace(tag.lower(), "tag") for v in row)

    return {name: sorted(map(blank, await query)) for name, query in queries.items()}


async def test_batches_naming_what_the_previous_wrote_import_as_one_after_the_other(
    orm: None, world: DemoWorld, tmp_path: Path
) -> None:
    # given the records imported batch after batch under one tag, and a file of them
    # under another
    serial_tag = await serial_import(world)
    path, tag = await shared_file(tmp_path)
    # when the other is imported with roost import
    done = roost_import(world, path)
    # then the option is confirmed, the customer found, the invoice number refused
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"created {COUNT - 2}, changed 1, unchanged 0, failed 1"
    assert lines[1].startswith("line 541: invoices.0.number: INVOICE_NUMBER_TAKEN")
    # and the database holds the same as after the serial import
    expected = await contents(serial_tag)
    assert len(expected["bookings"]) == COUNT - 2
    assert await contents(tag) == expected


async def test_an_interrupted_import_of_such_batches_ends_the_same_when_run_again(
    orm: None, world: DemoWorld, tmp_path: Path
) -> None:
    # given the file imported batch after batch under one tag, and under another an import
    # killed once its first batch is written
    serial_tag = await serial_import(world)
    path, tag = await shared_file(tmp_path)
    await import_killed(world, path, tag)
    # when it is run again
    rerun = roost_import(world, path)
    # then the database holds the same as after the serial import
    assert rerun.returncode == 0, rerun.stderr
    assert await contents(tag) == await contents(serial_tag)

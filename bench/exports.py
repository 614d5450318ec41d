"""Benchmark: invoice exports (``/exports/invoices.*``) of many lines, per format.

Loads the demo data into a throwaway database (PostgreSQL under ``make bench``, see
:mod:`bench.harness`; SQLite when no server is configured), adds a client company with
``--lines`` invoice lines (1,000 per invoice), then exports it once per format, each in a
process of its own, and prints the size, MB/s and the process's peak RSS. The peak RSS
stays about the same whatever ``--lines``: rows are read and written in batches.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import uuid4

import models as m
from bench.harness import BENCH_SECRET, fresh_database
from resolvers.exports import ExportFormat, export_lines, prepare_export
from resolvers.principal import Principal
from roost import db
from roost.demo import load_demo
from roost.export_writers import WRITERS
from roost.settings import Settings, load_settings

LINES_PER_INVOICE = 1000
DEFAULT_LINES = 20_000


def bench_settings(url: str, var_dir: str) -> Settings:
    """Settings of a benchmark process on the database at ``url``."""
    return load_settings(
        {
            "ROOST_DATABASE_URL": url,
            "ROOST_JWT_SECRET": BENCH_SECRET,
            "ROOST_VAR_DIR": var_dir,
            "ROOST_WORKER_IN_SERVE": "0",
        }
    )


async def company_with_lines(lines: int) -> m.Organisation:
    """A new client company with ``lines`` invoice lines on one booking (copied from the
    first booking of the database), issued now, ``LINES_PER_INVOICE`` per invoice."""
    company = await m.Organisation.create(
        name=f"Bulk {uuid4().hex[:8]}",
        kind=m.OrganisationKind.CLIENT_COMPANY,
        analytic_code_definitions=[
            {"key": "cost_centre", "label": "Cost centre", "kind": "FREE", "choices": []}
        ],
    )
    model = await m.Booking.all().order_by("id").first()
    assert model is not None, "the database needs a booking to copy"
    booking = await m.Booking.create(
        reference=f"BK-BULK-{uuid4().hex[:10].upper()}",
        status=m.BookingStatus.CONFIRMED,
        provider_id=model.provider_id,
        service_id=model.service_id,
        customer_id=model.customer_id,
        client_company_id=company.id,
        starts_at=model.starts_at,
        ends_at=model.ends_at,
        total_price=Decimal("80.00") * lines,
        analytic_codes={"cost_centre": "CC-100"},
    )
    issued = datetime.now(UTC)
    for start in range(0, lines, LINES_PER_INVOICE):
        invoice = await m.Invoice.create(
            number=f"BULK-{uuid4().hex[:12]}",
            booking=booking,
            status=m.InvoiceStatus.ISSUED,
            issued_at=issued,
            due_date=(issued + timedelta(days=30)).date(),
        )
        await m.InvoiceLine.bulk_create(
            [
                m.InvoiceLine(
                    invoice=invoice,
                    position=position + 1,
                    description=f"Night {position + 1}",
                    quantity=1,
                    unit_price=Decimal("80.00"),
                    vat_rate=Decimal("10"),
                    amount=Decimal("80.00"),
                )
                for position in range(min(LINES_PER_INVOICE, lines - start))
            ],
            batch_size=LINES_PER_INVOICE,
        )
    return company


async def remove_company(company: m.Organisation) -> None:
    """Remove a company made by :func:`company_with_lines`, with its bookings and invoices."""
    await m.Invoice.filter(booking__client_company_id=company.id).delete()
    await m.Booking.filter(client_company_id=company.id).delete()
    await company.delete()


async def _export(url: str, company_id: int, export_format: ExportFormat) -> dict[str, Any]:
    """Export the company as an admin into nothing; bytes, seconds and peak RSS."""
    with tempfile.TemporaryDirectory() as var_dir:
        async with db.database(bench_settings(url, var_dir)):
            admin = await m.User.filter(role=m.Role.ADMIN).order_by("id").first()
            assert admin is not None, "the database needs an admin"
            principal = Principal.for_user(admin)
            today = datetime.now(UTC).date()
            export = await prepare_export(principal, company_id, today - timedelta(days=1), today)
            write, _ = WRITERS[export_format]
            size = 0
            started = time.perf_counter()
            async for chunk in write(export, export_lines(principal, export)):
                size += len(chunk)
            seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    return {"bytes": size, "seconds": seconds, "peak_rss": peak}


def measure_in_child(url: str, company_id: int, export_format: ExportFormat) -> dict[str, Any]:
    """:func:`_export` in a new Python process, so that its peak RSS is this export's."""
    command = [sys.executable, "-m", "bench.exports", "--child", url, str(company_id)]
    result = subprocess.run(
        [*command, export_format.value],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
        env=os.environ,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


async def measure(url: str, lines: int) -> None:
    """Load the demo data and a company of ``lines`` lines into ``url``, export each format."""
    with tempfile.TemporaryDirectory() as var_dir:
        settings = bench_settings(url, var_dir)
        async with db.database(settings):
            await load_demo(settings)
            started = time.perf_counter()
            company = await company_with_lines(lines)
            loaded = time.perf_counter() - started
    print(f"database: {url.split(':', 1)[0]}, {lines:,} invoice lines (loaded in {loaded:.1f} s)\n")
    print(f"{'format':8} {'MB':>8} {'seconds':>8} {'MB/s':>8} {'lines/s':>9} {'peak RSS MB':>12}")
    for export_format in ExportFormat:
        figures = await asyncio.to_thread(measure_in_child, url, company.id, export_format)
        megabytes = figures["bytes"] / 1e6
        seconds = figures["seconds"]
        print(
            f"{export_format.value:8} {megabytes:8.1f} {seconds:8.1f} {megabytes / seconds:8.2f}"
            f" {lines / seconds:9.0f} {figures['peak_rss'] / 1e6:12.0f}"
        )


async def run(lines: int) -> None:
    """Run on a fresh PostgreSQL database when a server is configured, else on SQLite."""
    server = os.environ.get("ROOST_BENCH_DATABASE_URL") or os.environ.get("ROOST_TEST_DATABASE_URL")
    if not server:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite://{Path(tmp) / 'bench.db'}"
            await db.migrate(url)
            await measure(url, lines)
        return
    async with fresh_database(server) as url:
        await measure(url, lines)


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the benchmark (or, with ``--child``, one export)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        url, company_id, export_format = argv[1:4]
        figures = asyncio.run(_export(url, int(company_id), ExportFormat(export_format)))
        print(json.dumps(figures))
        return
    parser = argparse.ArgumentParser(prog="python -m bench exports", description=__doc__)
    parser.add_argument("--lines", type=int, default=DEFAULT_LINES)
    asyncio.run(run(parser.parse_args(argv).lines))


if __name__ == "__main__":
    main()

"""Benchmark: ``roost import`` of generated bookings, records per second and peak memory.

Prepares a throwaway database (SQLite, or the server at ``ROOST_BENCH_DATABASE_URL``,
e.g. under ``scripts/with-postgres.sh``) with the demo data, writes ``--records``
generated ingest records as JSON Lines, and runs ``roost import`` on them in a
subprocess: once to create them, once more to find them unchanged. Prints records per
second and the import process's peak memory (resident set), which stays flat in the
file's size because the file is streamed in batches.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from strawberry.relay import GlobalID

import models as m
from bench.harness import fresh_database, peak_rss_bytes
from roost import db
from roost.demo import load_demo
from roost.settings import load_settings

_STATUSES = ["CONFIRMED"] * 6 + ["OPTION"] * 3 + ["CANCELLED"]


def generate_records(count: int, services: list[m.Service], tag: str) -> Iterator[dict[str, Any]]:
    """``count`` valid ingest records over ``services``; every fifth has a new customer,
    every booking but options an invoice."""
    for number in range(count):
        service = services[number % len(services)]
        day = 1 + number % 28
        customer = number // 5
        status = _STATUSES[number % len(_STATUSES)]
        yield {
            "externalReference": f"{tag}-{number:07d}",
            "status": status,
            "providerId": str(GlobalID("Organisation", str(service.provider_id))),
            "serviceId": str(GlobalID("Service", str(service.id))),
            "customer": {
                "email": f"{tag}-customer-{customer}@example.org".lower(),
                "name": f"Customer {customer}",
                "language": ("en", "fr", "de")[customer % 3],
            },
            "startsAt": f"2027-{1 + number % 12:02d}-{day:02d}T09:00:00+01:00",
            "endsAt": f"2027-{1 + number % 12:02d}-{day:02d}T17:00:00+01:00",
            "timeZone": "Europe/Paris",
            "destination": "Reims",
            "participants": [{"name": f"Guest {number}-{i}"} for i in range(2)],
            "totalPrice": f"{200 + number % 800}.00",
            "commission": f"{24 + number % 96}.00",
            "currency": "EUR",
            "fieldValues": [{"key": "notes", "value": f"Record {number}"}],
            "invoices": [
                {
                    "number": f"{tag}-INV-{number:07d}",
                    "status": "ISSUED",
                    "totalAmount": f"{200 + number % 800}.00",
                    "lines": [
                        {
                            "description": "Package",
                            "unitPrice": f"{200 + number % 800}.00",
                            "amount": f"{200 + number % 800}.00",
                        }
                    ],
                }
            ]
            if status != "OPTION"
            else [],
        }


def write_records(path: Path, records: Iterator[dict[str, Any]]) -> None:
    """Write ``records`` as JSON Lines."""
    with path.open("wb") as out:
        for record in records:
            out.write(orjson.dumps(record) + b"\n")


async def _prepare(env: dict[str, str], path: Path, count: int) -> None:
    settings = load_settings(env)
    await db.migrate(settings.database_url)
    async with db.database(settings):
        await load_demo(settings)
        services = list(await m.Service.all().order_by("id"))
        write_records(path, generate_records(count, services, "BENCH"))


#: Seconds between two readings of the import's memory high-water mark.
_POLL_SECONDS = 0.05


def _import(env: dict[str, str], path: Path) -> tuple[float, str, int]:
    """Run ``roost import`` on ``path``: its seconds, summary line and peak resident memory.

    The peak is the kernel's high-water mark of the import's own memory, read while it
    runs. The maxrss that getrusage gives for a child is no use here: the child runs in
    this process's memory until it starts its program, and Linux keeps that mark too, so
    it showed the benchmark's own size (the same 102 MB for any file)."""
    roost = Path(sys.executable).with_name("roost")
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(roost), "import", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = 0
    while True:
        peak = max(peak, peak_rss_bytes(process.pid))
        try:
            out, err = process.communicate(timeout=_POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:
            continue
    seconds = time.perf_counter() - started
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, process.args, out, err)
    return seconds, out.splitlines()[0], peak


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m bench ingest", description=__doc__)
    parser.add_argument("--records", type=int, default=2000)
    count = parser.parse_args(argv).records
    server = os.environ.get("ROOST_BENCH_DATABASE_URL") or os.environ.get("ROOST_TEST_DATABASE_URL")
    if not (server and server.startswith("postgres")):
        _run(None, count)
        return
    with asyncio.Runner() as runner:
        database = fresh_database(server)
        url = runner.run(database.__aenter__())
        try:
            _run(url, count)
        finally:
            runner.run(database.__aexit__(None, None, None))


def _run(database_url: str | None, count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = database_url or f"sqlite://{Path(tmp) / 'bench.db'}"
        env = {
            **os.environ,
            "ROOST_DATABASE_URL": url,
            "ROOST_JWT_SECRET": "bench-secret-" + "b" * 40,
            "ROOST_VAR_DIR": tmp,
            "ROOST_LOG_LEVEL": "WARNING",
        }
        path = Path(tmp) / "records.jsonl"
        asyncio.run(_prepare(env, path, count))
        size = path.stat().st_size / 1e6
        print(f"\nimport of {count:,} records ({size:.1f} MB), {url.split(':', 1)[0]}")
        peak = 0
        for run in ("first run", "second run"):
            seconds, summary, memory = _import(env, path)
            peak = max(peak, memory)
            print(f"{run:12} {count / seconds:8,.0f} records/s  {seconds:7.1f} s  ({summary})")
        print(f"peak memory of the import process: {peak / 2**20:,.0f} MB")


if __name__ == "__main__":
    main()

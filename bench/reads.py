"""Benchmark: latency and SQL statements of the main read queries on the demo data.

Starts the application in-process on a throwaway database (a fresh PostgreSQL database
under ``make bench``, see :mod:`bench.harness`; SQLite when no server is configured),
loads the demo data, then sends each query
``--requests`` times as ADMIN over HTTP and prints latency percentiles, throughput and
SQL statements per request.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

import models as m
from bench.harness import fresh_database
from roost import db
from roost.app import create_app
from roost.auth import mint_token
from roost.demo import ACCOUNTS, load_demo
from roost.settings import load_settings
from tests.sqlcount import count_statements

QUERIES = {
    "bookings(first: 50) with relations": """
      { bookings(first: 50) { totalCount edges { node {
          reference commission customer { name email } provider { name } service { name }
          participants { name } invoices { number lines { amount } }
          fieldValues { value definition { key } } } } } }""",
    "invoices(first: 50) with booking": """
      { invoices(first: 50) { totalCount edges { node {
          number totalAmount providerPayout booking { reference customer { name } } } } } }""",
    "booking(reference:)": "{ booking(reference: $REFERENCE) { reference status } }",
    "inbox(first: 50) with unread counts": """
      { unreadTotal inbox(first: 50) { totalCount edges { node {
          subject urgency unreadCount booking { reference } invoice { number }
          lastMessage { body authorName } } } } }""",
}


async def run(requests: int) -> None:
    """Load the demo data and time each query."""
    server = os.environ.get("ROOST_BENCH_DATABASE_URL") or os.environ.get("ROOST_TEST_DATABASE_URL")
    if not server:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite://{Path(tmp) / 'bench.db'}"
            await db.migrate(url)
            await measure(url, requests)
        return
    async with fresh_database(server) as url:
        await measure(url, requests)


async def measure(url: str, requests: int) -> None:
    """Time each query against the demo data in the migrated, empty database at ``url``."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            {
                "ROOST_DATABASE_URL": url,
                "ROOST_JWT_SECRET": "bench-secret-" + "b" * 40,
                "ROOST_VAR_DIR": tmp,
                "ROOST_WORKER_IN_SERVE": "0",
            }
        )
        async with db.database(settings):
            await load_demo(settings)
            admin = await m.User.get(email=ACCOUNTS["ADMIN"][0])
            reference = (await m.Booking.all().order_by("id").first()).reference
        headers = {"Authorization": f"Bearer {mint_token(settings, admin)}"}
        async with TestClient(TestServer(create_app(settings))) as client:
            print(f"database: {url.split(':', 1)[0]}, {requests} requests per query, as ADMIN\n")
            print(f"{'query':40} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'SQL/req':>8}")
            for name, template in QUERIES.items():
                query = template.replace("$REFERENCE", f'"{reference}"')
                await client.post("/graphql", json={"query": query}, headers=headers)  # warm-up
                timings = []
                with count_statements() as counter:
                    for _ in range(requests):
                        started = time.perf_counter()
                        response = await client.post(
                            "/graphql", json={"query": query}, headers=headers
                        )
                        body = await response.json()
                        timings.append((time.perf_counter() - started) * 1000)
                        assert "errors" not in body, body
                p50 = statistics.median(timings)
                p95 = statistics.quantiles(timings, n=20)[-1]
                per_request = len(counter.statements) / requests
                print(f"{name:40} {p50:8.1f} {p95:8.1f} {1000 / p50:8.0f} {per_request:8.1f}")


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m bench reads", description=__doc__)
    parser.add_argument("--requests", type=int, default=100)
    asyncio.run(run(parser.parse_args(argv).requests))


if __name__ == "__main__":
    main()

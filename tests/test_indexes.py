"""The audience and tally queries are answered through indexes, on both databases (the plan
is read with EXPLAIN; PostgreSQL is told to avoid sequential scans, so a small test
database plans as a large one would)."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

import models as m
from models.tallies import thread_keys
from tests.conftest import DemoWorld


async def plan(sql: str, values: list[Any]) -> str:
    """The database's plan for ``sql``, as one text."""
    connection = connections.get("default")
    if connection.capabilities.dialect == "postgres":
        async with in_transaction() as transaction:
            await transaction.execute_script("SET LOCAL enable_seqscan = off")
            _, rows = await transaction.execute_query("EXPLAIN " + sql, values)
        return "\n".join(str(row[0]) for row in rows)
    _, rows = await connection.execute_query("EXPLAIN QUERY PLAN " + sql.replace("$1", "?"), values)
    return "\n".join(str(tuple(row)) for row in rows)


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        (  # the staff of a provider: who is told about a thread (notice fan-out)
            'SELECT "id" FROM "user" WHERE "organisation_id" = $1 AND "role" = \'PROVIDER_STAFF\'',
            "idx_user_organis",
        ),
        (  # the tallies of a reader's keys: the unread badge
            'SELECT SUM("public_total") FROM "thread_tally" WHERE "key" = $1',
            "thread_tall",
        ),
        (  # a booking's participants: the ingest compares and writes them per batch
            'SELECT "id" FROM "participant" WHERE "booking_id" = $1 ORDER BY "position"',
            "idx_participant_booking",
        ),
        (  # a booking's invoices: the ingest compares them per batch
            'SELECT "id" FROM "invoice" WHERE "booking_id" = $1',
            "idx_invoice_booking",
        ),
        (  # a booking's threads: confirming or cancelling it finds them
            'SELECT "id" FROM "thread" WHERE "booking_id" = $1',
            "idx_thread_booking",
        ),
    ],
)
async def test_hot_lookups_use_an_index(orm: None, world: DemoWorld, sql: str, index: str) -> None:
    # given a value to look up
    thread = await m.Thread.first()
    assert thread is not None
    value: Any = thread.provider_id or 1
    if "thread_tally" in sql:
        value = thread_keys(thread)[-1]

    # when the database plans the query
    shown = await plan(sql, [value])

    # then it goes through the index
    assert index in shown, shown

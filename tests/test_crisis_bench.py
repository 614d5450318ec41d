"""The crisis alert benchmark still runs, at a tiny size, against the test PostgreSQL."""

from __future__ import annotations

import os

import pytest

from bench import crisis

pytestmark = pytest.mark.skipif(
    not os.environ.get("ROOST_TEST_DATABASE_URL"),
    reason="the benchmarks run on PostgreSQL only (scripts/with-postgres.sh sets it up)",
)


def test_crisis_benchmark_reaches_every_customer_and_subscriber(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # given 200 bookings of 100 customers, 10 of them connected
    argv = ["--bookings", "200", "--subscribers", "10"]

    # when the benchmark publishes its alert
    figures = crisis.main(argv)

    # then every booking and customer was reached, one e-mail each, every subscriber had it
    assert (figures["bookings"], figures["customers"]) == (200, 100)
    assert figures["emails_queued"] == 100
    assert figures["received"] == figures["subscribers"] == 10
    printed = capsys.readouterr().out
    assert "e-mail rows queued" in printed
    assert "connected subscribers had it" in printed

"""The benchmarks still run: each at a tiny size, against the test PostgreSQL.

They need PostgreSQL (COPY, ``pg_stat_statements``, servers as subprocesses on one
database), so on SQLite they are skipped, saying why.
"""

from __future__ import annotations

import os

import pytest

from bench import exports, http, push

pytestmark = pytest.mark.skipif(
    not os.environ.get("ROOST_TEST_DATABASE_URL"),
    reason="the benchmarks run on PostgreSQL only (scripts/with-postgres.sh sets it up)",
)


def test_http_benchmark_prints_every_operation_against_the_floor(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # given a tiny data set and short rounds
    argv = ["--bookings", "60", "--clients", "4", "--rounds", "1", "--seconds", "0.3"]

    # when the HTTP benchmark runs
    figures = http.main(argv)

    # then both servers answered every operation without a failure, and it printed so
    printed = capsys.readouterr().out
    assert "floor answers the same customer inbox: yes" in printed
    assert "x floor" in printed
    assert "CPU ms/req" in printed
    for name, pair in figures.items():
        assert name in printed
        for label, tally in pair.items():
            assert tally["requests"] > 0, (name, label)
            assert tally["failures"] == 0, (name, label)


def test_push_benchmark_delivers_every_message_exactly_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # given 20 subscribers on 2 threads, a hot thread of 12, 10 of them dropped and resumed
    argv = [
        "--subscribers",
        "20",
        "--hot",
        "12",
        "--resume",
        "10",
        "--rate",
        "10",
        "--seconds",
        "1",
    ]

    # when the push benchmark runs
    figures = push.main(argv)

    # then everything expected arrived once, and the figures were printed
    printed = capsys.readouterr().out
    assert figures["expected"] > 0
    assert figures["delivered"] == figures["expected"]
    assert figures["duplicates"] == 0
    assert figures["failures"] == 0
    for figure in ("deliveries/s", "latency from commit", "per delivered event", "resume:"):
        assert figure in printed


def test_exports_benchmark_prints_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    # given a tiny company of 50 invoice lines
    argv = ["--lines", "50"]

    # when the export benchmark runs
    exports.main(argv)

    # then it printed a row with its figures for each format
    printed = capsys.readouterr().out
    assert "50 invoice lines" in printed
    for name in ("csv", "xlsx", "xml"):
        assert any(line.startswith(name) for line in printed.splitlines()), printed

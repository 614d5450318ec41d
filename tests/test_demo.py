"""`roost demo` on a fresh database, then `roost serve` as `make run` starts it.

The demo runs for real in subprocesses (like tests/test_cli.py); its data is read from the
database and through the API with the tokens it printed, its e-mails from var/mail.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from roost.demo import ACCOUNTS
from tests.test_cli import Workspace, free_port, new_workspace

#: How long the server may take to start and its worker to write the first e-mails.
PATIENCE_SECONDS = 30


@dataclass(frozen=True)
class Running:
    """A demo workspace with `roost serve` running on ``port`` and the printed tokens."""

    workspace: Workspace
    tokens: dict[str, str]
    port: int

    def query(
        self, role: str, query: str, variables: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The ``data`` of ``query`` sent as demo role ``role``; fails on any error."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/graphql",
            data=json.dumps({"query": query, "variables": variables or {}}).encode(),
            headers={
                "Authorization": f"Bearer {self.tokens[role]}",
                "Content-Type": "application/json",
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = json.loads(response.read())
        assert "errors" not in body, body
        return body["data"]

    def emails(self) -> list[EmailMessage]:
        """The e-mails written to var/mail so far."""
        folder = self.workspace.cwd / "var" / "mail"
        return [
            message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for path in sorted(folder.glob("*.eml"))
        ]


def _wait_for_health(port: int, process: Any, log: Path) -> None:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise AssertionError(f"roost serve did not start: {log.read_text()}")


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """A fresh database after `roost migrate` and `roost demo --json`, served in debug mode
    with the outbox worker inside, as `make run` does."""
    root = tmp_path_factory.mktemp("demo")
    for workspace in new_workspace(root):
        assert workspace.run("migrate").returncode == 0
        loaded = workspace.run("demo", "--json", ROOST_DEBUG="1")
        assert loaded.returncode == 0, loaded.stderr
        tokens = json.loads(loaded.stdout)["tokens"]
        port = free_port()
        log_path = root / "serve.log"
        with log_path.open("wb") as log:
            process = workspace.popen("serve", "--port", str(port), stderr=log, ROOST_DEBUG="1")
            try:
                _wait_for_health(port, process, log_path)
                yield Running(workspace, tokens, port)
            finally:
                process.terminate()
                process.wait(timeout=10)


def _sql_time(moment: datetime) -> str:
    """A UTC moment as a literal both SQLite (text) and PostgreSQL compare correctly."""
    return f"'{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S}+00:00'"


def test_past_bookings_are_completed_or_cancelled(running: Running) -> None:
    # given the demo data loaded today
    db, now = running.workspace, _sql_time(datetime.now(UTC))
    # when counting bookings by whether they have begun
    begun_open = db.scalar(
        f"SELECT COUNT(*) FROM booking WHERE starts_at <= {now}"
        " AND status IN ('OPTION', 'CONFIRMED')"
    )
    completed_ahead = db.scalar(
        f"SELECT COUNT(*) FROM booking WHERE starts_at > {now} AND status = 'COMPLETED'"
    )
    # then no begun booking is still an offer or merely confirmed, none ahead is completed
    assert begun_open == 0
    assert completed_ahead == 0
    # and the demo has both past and upcoming bookings
    assert db.scalar(f"SELECT COUNT(*) FROM booking WHERE starts_at <= {now}") >= 10
    assert db.scalar("SELECT COUNT(*) FROM booking WHERE status = 'CONFIRMED'") >= 5


def test_invoices_and_payments_are_not_in_the_future(running: Running) -> None:
    # given the demo data loaded today
    db, now = running.workspace, _sql_time(datetime.now(UTC))
    today = f"'{datetime.now(UTC).date()}'"
    # when looking at invoices, their due dates and payments
    # then nothing was issued or paid in the future, nor paid before it was issued
    assert db.scalar("SELECT COUNT(*) FROM payment") >= 5
    assert db.scalar(f"SELECT COUNT(*) FROM payment WHERE paid_at > {now}") == 0
    assert db.scalar(f"SELECT COUNT(*) FROM invoice WHERE issued_at > {now}") == 0
    assert (
        db.scalar(
            "SELECT COUNT(*) FROM payment p JOIN invoice i ON i.id = p.invoice_id"
            " WHERE p.paid_at < i.issued_at"
        )
        == 0
    )
    # and every PAID invoice has its payment, unpaid ones are OVERDUE exactly when due
    assert (
        db.scalar(
            "SELECT COUNT(*) FROM invoice i WHERE status = 'PAID'"
            " AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.invoice_id = i.id)"
        )
        == 0
    )
    assert (
        db.scalar(f"SELECT COUNT(*) FROM invoice WHERE status = 'OVERDUE' AND due_date >= {today}")
        == 0
    )
    assert (
        db.scalar(f"SELECT COUNT(*) FROM invoice WHERE status = 'ISSUED' AND due_date < {today}")
        == 0
    )


def test_the_customer_sees_an_option_with_offer_comments(running: Running) -> None:
    # given the demo customer's token as printed
    # when she lists her OPTION bookings
    data = running.query(
        "CUSTOMER",
        "{ bookings(first: 20, filter: {status: [OPTION]}) {"
        " edges { node { reference offerComments } } } }",
    )
    # then one of them carries the offer's comments
    comments = [e["node"]["offerComments"] for e in data["bookings"]["edges"]]
    assert any("champagne" in c for c in comments), comments


def test_the_provider_has_an_archived_self_service_booking(running: Running) -> None:
    # given the PREMIUM venue's staff token as printed
    # when listing the self-service archive
    data = running.query(
        "PROVIDER_STAFF",
        "{ selfServiceBookings(tab: ARCHIVED) { edges { node {"
        " editable linkOpened changeCount booking { status } } } } }",
    )
    # then a past booking is there, its link opened and a change made through it
    nodes = [e["node"] for e in data["selfServiceBookings"]["edges"]]
    assert nodes, "the ARCHIVED tab is empty"
    assert any(
        n["booking"]["status"] == "COMPLETED"
        and n["linkOpened"]
        and n["changeCount"] >= 1
        and not n["editable"]
        for n in nodes
    ), nodes


def test_a_deadline_warning_is_in_the_mail_folder(running: Running) -> None:
    # given the booking the demo warned about its free-cancellation deadline
    reference = running.workspace.scalar(
        "SELECT b.reference FROM deadline_warning w JOIN booking b ON b.id = w.booking_id"
    )
    # when the server's worker made its first pass
    deadline = time.monotonic() + PATIENCE_SECONDS
    warnings: list[EmailMessage] = []
    while not warnings and time.monotonic() < deadline:
        warnings = [
            e
            for e in running.emails()
            if reference in str(e["Subject"]) and "free of charge" in str(e["Subject"])
        ]
        time.sleep(0.2)
    # then the customer's warning e-mail is in var/mail
    assert len(warnings) == 1, [str(e["Subject"]) for e in running.emails()]
    assert ACCOUNTS["CUSTOMER_VIP"][0] in str(warnings[0]["To"])
    # and the travel manager is told that his passport runs out before a trip of his ends
    manager = ACCOUNTS["TRAVEL_MANAGER"][0]
    expiring: list[EmailMessage] = []
    while not expiring and time.monotonic() < deadline:
        expiring = [
            e
            for e in running.emails()
            if manager in str(e["To"]) and "passport expires before" in str(e["Subject"])
        ]
        time.sleep(0.2)
    assert expiring, [str(e["Subject"]) for e in running.emails()]
    # and the customer reads the warning in her thread
    data = running.query(
        "CUSTOMER_VIP",
        "query ($r: String!) { booking(reference: $r) { threads { messages(first: 5) {"
        " edges { node { kind } } } } } }",
        {"r": reference},
    )
    kinds = [e["node"]["kind"] for t in data["booking"]["threads"] for e in t["messages"]["edges"]]
    assert "SYSTEM" in kinds


def test_every_role_gets_a_working_token(running: Running) -> None:
    # given the tokens `roost demo` printed
    # then there is one per demo account, INTEGRATION included
    assert set(running.tokens) == set(ACCOUNTS)
    assert "INTEGRATION" in running.tokens
    # and each of them is accepted as its account, with its role
    for key, (_, name, role, *_) in ACCOUNTS.items():
        me = running.query(key, "{ me { name role } }")["me"]
        assert me["role"] == role.value, key
        assert me["name"] == name or key == "ANALYST", key  # analysts see names masked

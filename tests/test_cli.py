"""The ``roost`` command, run for real in subprocesses with a temp working directory.

Each workspace has its own database: a fresh SQLite file, or a fresh PostgreSQL database
when ``ROOST_TEST_DATABASE_URL`` points at a server (created and dropped here).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import jwt
import pytest
from tortoise.models import Model

import models
from roost.db import migrations_location
from roost.demo import ACCOUNTS
from roost.settings import DEV_SECRET_FILE
from tests.conftest import _admin_dsn, _create_pg_database, _drop_pg_database

ROOST = Path(sys.executable).with_name("roost")
REQUIRED_TOKEN_KEYS = {
    "CUSTOMER",
    "CUSTOMER_OTHER",
    "PROVIDER_STAFF",
    "PROVIDER_STAFF_OTHER",
    "AGENT",
    "ADMIN",
    "ANALYST",
    "TRAVEL_MANAGER",
}
CLAIRE = "claire.martin@example.com"


@dataclass
class Workspace:
    """A working directory, an environment and a database for running ``roost``."""

    cwd: Path
    env: dict[str, str]
    database_url: str

    def run(self, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        """Run ``roost ARGS`` here and wait for it; ``env`` adds variables."""
        command = [str(ROOST)] if ROOST.exists() else [sys.executable, "-m", "roost.cli"]
        return subprocess.run(
            [*command, *args],
            cwd=self.cwd,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def popen(self, *args: str, stderr: Any, **env: str) -> subprocess.Popen[bytes]:
        """Start ``roost ARGS`` here without waiting."""
        command = [str(ROOST)] if ROOST.exists() else [sys.executable, "-m", "roost.cli"]
        return subprocess.Popen(
            [*command, *args],
            cwd=self.cwd,
            env={**self.env, **env},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )

    def scalar(self, sql: str) -> Any:
        """The single value ``sql`` returns from this workspace's database."""
        if self.database_url.startswith("sqlite://"):
            with sqlite3.connect(self.database_url.removeprefix("sqlite://")) as conn:
                return conn.execute(sql).fetchone()[0]

        async def fetch() -> Any:
            conn = await asyncpg.connect(_admin_dsn(self.database_url))
            try:
                return await conn.fetchval(sql)
            finally:
                await conn.close()

        return asyncio.run(fetch())

    def tables(self) -> set[str]:
        """The names of the tables in this workspace's database."""
        if self.database_url.startswith("sqlite://"):
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
            with sqlite3.connect(self.database_url.removeprefix("sqlite://")) as conn:
                return {row[0] for row in conn.execute(sql)}

        async def fetch() -> set[str]:
            conn = await asyncpg.connect(_admin_dsn(self.database_url))
            try:
                rows = await conn.fetch(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                )
            finally:
                await conn.close()
            return {row["table_name"] for row in rows}

        return asyncio.run(fetch())

    def dev_secret(self) -> str:
        """The development signing secret ``roost`` stored under ``var/``."""
        return (self.cwd / "var" / DEV_SECRET_FILE).read_text().strip()


def model_tables() -> set[str]:
    """Every table the models need, as Tortoise discovers them in ``models``."""
    tables = set()
    for obj in vars(models).values():
        if isinstance(obj, type) and issubclass(obj, Model) and not obj._meta.abstract:
            tables.add(obj._meta.db_table)
            tables.update(obj._meta.fields_map[f].through for f in obj._meta.m2m_fields)
    return tables


def base_env(database_url: str) -> dict[str, str]:
    """This process's environment without any ROOST_ setting, plus the database URL."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROOST_")}
    return {**env, "ROOST_DATABASE_URL": database_url}


def new_workspace(root: Path) -> Iterator[Workspace]:
    """A workspace under ``root`` with an empty database, dropped afterwards."""
    server = os.environ.get("ROOST_TEST_DATABASE_URL")
    cwd = root / "work"
    cwd.mkdir()
    if not server:
        url = f"sqlite://{root / 'cli.sqlite3'}"
        yield Workspace(cwd, base_env(url), url)
        return
    url = asyncio.run(_create_pg_database(server))
    try:
        yield Workspace(cwd, base_env(url), url)
    finally:
        asyncio.run(_drop_pg_database(server, url))


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    """A workspace whose database has never been migrated."""
    yield from new_workspace(tmp_path)


@dataclass(frozen=True)
class DemoRun:
    """A migrated workspace after one ``roost demo --json``, with what it printed."""

    workspace: Workspace
    tokens: dict[str, str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    """A workspace migrated and loaded with ``roost demo --json``, no secret configured."""
    for workspace in new_workspace(tmp_path_factory.mktemp("cli-demo")):
        migrated = workspace.run("migrate")
        assert migrated.returncode == 0, migrated.stderr
        loaded = workspace.run("demo", "--json")
        assert loaded.returncode == 0, loaded.stderr
        yield DemoRun(workspace, json.loads(loaded.stdout)["tokens"])


def decode(token: str, secret: str) -> dict[str, Any]:
    """The verified claims of a token minted by ``roost`` with the default issuer/audience."""
    return jwt.decode(token, secret, algorithms=["HS256"], audience="roost-api", issuer="roost")


def free_port() -> int:
    """A local TCP port free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_migrate_applies_every_migration_once(empty: Workspace) -> None:
    # given an empty database and the committed migrations of its dialect
    folder = Path(migrations_location(empty.database_url)) / "models"
    committed = sorted(p.stem for p in folder.glob("[0-9]*_*.py"))
    # when migrating twice
    first = empty.run("migrate")
    second = empty.run("migrate")
    # then the first run applies all of them in order, starting with the initial one
    assert first.returncode == 0, first.stderr
    assert f"applied {len(committed)} migration(s)" in first.stdout, first.stdout
    assert committed[0].endswith("_init")
    assert all(name in first.stdout for name in committed)
    assert second.returncode == 0, second.stderr
    assert "applied 0 migration(s)" in second.stdout, second.stdout


def test_after_migrate_every_model_table_exists(demo: DemoRun) -> None:
    # given a database set up by `roost migrate` (and the demo data)
    # when listing its tables
    tables = demo.workspace.tables()
    # then every table the models use is there
    missing = model_tables() - tables
    assert not missing, f"tables missing after `roost migrate`: {sorted(missing)}"


def test_demo_prints_a_token_for_every_role(demo: DemoRun) -> None:
    # given `roost demo --json` ran on a migrated database
    # then it printed a token for each demo role
    assert set(demo.tokens) >= REQUIRED_TOKEN_KEYS
    assert all(token.count(".") == 2 for token in demo.tokens.values())


def test_demo_twice_loads_the_data_once(demo: DemoRun) -> None:
    # given the demo data was loaded once
    workspace = demo.workspace
    bookings = workspace.scalar("SELECT COUNT(*) FROM booking")
    users = workspace.scalar('SELECT COUNT(*) FROM "user"')
    # when `roost demo` runs again
    again = workspace.run("demo", "--json")
    # then it prints tokens again but creates nothing new
    assert again.returncode == 0, again.stderr
    assert set(json.loads(again.stdout)["tokens"]) >= REQUIRED_TOKEN_KEYS
    assert 40 <= bookings <= 60
    assert users == len(ACCOUNTS)
    assert workspace.scalar("SELECT COUNT(*) FROM booking") == bookings
    assert workspace.scalar('SELECT COUNT(*) FROM "user"') == users


def test_the_dev_secret_is_kept_under_var_and_reused(demo: DemoRun) -> None:
    # given `roost demo` ran without ROOST_JWT_SECRET, so it generated a secret under var/
    workspace = demo.workspace
    secret = workspace.dev_secret()
    assert len(secret) >= 32
    assert stat.S_IMODE((workspace.cwd / "var" / DEV_SECRET_FILE).stat().st_mode) == 0o600
    # when a token is minted later by another command
    later = workspace.run("token", "--email", CLAIRE)
    assert later.returncode == 0, later.stderr
    # then both the earlier demo tokens and the new one verify with the stored secret
    earlier = decode(demo.tokens["CUSTOMER"], secret)
    assert decode(later.stdout.strip(), secret)["sub"] == earlier["sub"]
    assert workspace.dev_secret() == secret


def test_token_for_an_email_names_that_user(demo: DemoRun) -> None:
    # given the demo accounts
    workspace = demo.workspace
    user_id = workspace.scalar(f"SELECT id FROM \"user\" WHERE email = '{CLAIRE}'")
    # when asking for a token by e-mail (any case, surrounding spaces)
    result = workspace.run("token", "--email", f"  {CLAIRE.upper()} ")
    # then the token's subject is that user, and it is the only thing printed
    assert result.returncode == 0, result.stderr
    claims = decode(result.stdout.strip(), workspace.dev_secret())
    assert claims["sub"] == str(user_id)
    assert claims["exp"] > time.time()


def test_token_for_an_unknown_email_fails_clearly(demo: DemoRun) -> None:
    # given an e-mail nobody has
    # when asking for a token
    result = demo.workspace.run("token", "--email", "nobody@example.com")
    # then the command fails with code 2 and says why, without a traceback
    assert result.returncode == 2
    assert "nobody@example.com" in result.stderr
    assert "no user" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_token_longer_lived_than_the_server_accepts_is_not_minted(demo: DemoRun) -> None:
    # given the default maximum token lifetime of a day
    # when asking for a token that lives two days
    result = demo.workspace.run("token", "--email", CLAIRE, "--ttl", str(2 * 24 * 3600))
    # then the command fails and names the setting, printing no token
    assert result.returncode == 2
    assert "ROOST_JWT_MAX_TTL_SECONDS" in result.stderr
    assert result.stdout == ""


def test_serve_without_a_signing_key_refuses_to_start(demo: DemoRun) -> None:
    # given neither ROOST_JWT_SECRET, ROOST_JWT_PUBLIC_KEY nor ROOST_DEBUG
    # when starting the server
    result = demo.workspace.run("serve", "--port", str(free_port()), timeout=30)
    # then it exits at once with code 2 and says a signing key is needed
    assert result.returncode == 2, result.stderr
    assert "ROOST_JWT_SECRET" in result.stderr
    assert "ROOST_JWT_PUBLIC_KEY" in result.stderr


def test_serve_in_debug_mode_answers_healthz(demo: DemoRun, tmp_path: Path) -> None:
    # given debug mode (the development secret is allowed) and a free port
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    # when the server is started
    process = demo.workspace.popen("serve", "--port", str(port), stderr=log, ROOST_DEBUG="1")
    try:
        status = None
        deadline = time.monotonic() + 15
        while status is None and time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    status, body = r.status, json.loads(r.read())
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
    # then it answered the liveness probe
    assert status == 200, (tmp_path / "serve.log").read_text()
    assert body == {"status": "ok"}


def test_export_schema_prints_the_sdl(empty: Workspace) -> None:
    # given any workspace (no database needed)
    # when exporting the schema
    result = empty.run("export-schema")
    # then the SDL is printed
    assert result.returncode == 0, result.stderr
    assert "type Booking implements Node" in result.stdout
    assert "type Query" in result.stdout

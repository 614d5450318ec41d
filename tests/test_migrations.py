"""The models and the committed migrations agree, for the dialect under test.

The committed migrations are applied to a fresh database, then aerich compares the
models with the last migration: any difference would produce a new migration file.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aerich import Command
from tortoise import Tortoise

from roost import db
from tests.conftest import _create_pg_database, _drop_pg_database

#: Runs ``roost makemigrations`` in a fresh process, with the migrations folder redirected
#: to a copy (argv: folder, name) so that nothing is written into the repository.
MAKEMIGRATIONS = """
import sys
from pathlib import Path
from roost import cli, db
db.MIGRATIONS_DIR = Path(sys.argv[1])
sys.exit(cli.main(["makemigrations", "--name", sys.argv[2]]))
"""


@pytest.fixture
async def fresh_url(tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of the dialect under test (SQLite file or PostgreSQL)."""
    server = os.environ.get("ROOST_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite://{tmp_path / 'migrations.sqlite3'}"
        return
    url = await _create_pg_database(server)
    try:
        yield url
    finally:
        await _drop_pg_database(server, url)


def upgrade_sql(migration: Path) -> str:
    """The ``upgrade`` part of a generated migration file (its SQL), for messages."""
    text = migration.read_text()
    start = text.find("async def upgrade")
    end = text.find("async def downgrade")
    return text[start:end].strip() if start >= 0 else text


async def test_models_need_no_migration_beyond_the_committed_ones(
    fresh_url: str, tmp_path: Path
) -> None:
    # given a copy of the committed migrations, applied to an empty database
    location = tmp_path / "migrations"
    shutil.copytree(db.migrations_location(fresh_url), location)
    committed = {p.name for p in (location / db.APP).glob("*.py")}
    config = db.tortoise_config(fresh_url)
    command = Command(tortoise_config=config, app=db.APP, location=str(location))
    try:
        # (aerich reuses an initialised ORM: make sure it is this database's)
        await Tortoise.init(config=config)
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
        assert sorted(applied) == sorted(committed - {"__init__.py"})
        # when aerich compares the models with the last migration
        await command.init()  # loads the state the upgrade recorded
        written = await command.migrate(name="check", no_input=True)
    finally:
        await Tortoise.close_connections()
    # then there is nothing to migrate: no file is written
    new_files = sorted(p for p in (location / db.APP).glob("*.py") if p.name not in committed)
    sql = "\n\n".join(f"--- {p.name}\n{upgrade_sql(p)}" for p in new_files)
    message = f"models changed without a migration; run `make migrations`. aerich adds:\n{sql}"
    assert not new_files, message
    assert written == "", message


async def test_makemigrations_on_a_fresh_database_reports_no_changes(
    fresh_url: str, tmp_path: Path
) -> None:
    # given a copy of all committed migrations and a database never migrated
    # (what `make migrations` does: a throwaway PostgreSQL)
    location = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, location)
    folder = location / db.dialect(fresh_url) / db.APP
    committed = sorted(p.name for p in folder.glob("*.py"))
    env = {**os.environ, "ROOST_DATABASE_URL": fresh_url, "ROOST_VAR_DIR": str(tmp_path / "var")}
    # when `roost makemigrations` runs in a process of its own
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        MAKEMIGRATIONS,
        str(location),
        "check",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    # then it succeeds and finds nothing to write
    assert process.returncode == 0, stderr.decode()
    assert stdout.decode().strip() == "no changes", stdout.decode()
    assert sorted(p.name for p in folder.glob("*.py")) == committed

"""Database connection and migrations (aerich), for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tortoise import Tortoise, connections
from tortoise.backends.base.config_generator import expand_db_url

from models import tallies
from resolvers.webhooks import forget_subscriptions
from roost.settings import Settings

if TYPE_CHECKING:
    from aerich import Command

log = logging.getLogger("roost.db")

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
APP = "models"


def dialect(database_url: str) -> str:
    """``postgres`` or ``sqlite``: which set of migrations applies to ``database_url``."""
    if database_url.startswith(("postgres://", "postgresql://", "asyncpg://")):
        return "postgres"
    if database_url.startswith("sqlite://"):
        return "sqlite"
    raise ValueError(f"unsupported database URL scheme: {database_url.split(':', 1)[0]}")


def tortoise_config(database_url: str) -> dict[str, Any]:
    """The Tortoise configuration for ``database_url`` (with aerich's bookkeeping model)."""
    if dialect(database_url) == "sqlite":
        path = database_url.removeprefix("sqlite://")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    return {
        "connections": {"default": database_url},
        "apps": {APP: {"models": ["models", "aerich.models"], "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(database_url: str) -> str:
    """The folder of migrations for the dialect of ``database_url``."""
    return str(MIGRATIONS_DIR / dialect(database_url))


async def _keep_session(connection: Any) -> None:
    """Give a pooled connection back as it is (asyncpg's ``reset`` hook).

    asyncpg's default reset sends ``CLOSE ALL; UNLISTEN *; RESET ALL;
    pg_advisory_unlock_all()`` to the server on every release, that is after every
    statement the ORM runs. Roost leaves no session state on pooled connections (no
    ``SET``, ``LISTEN``, cursors or advisory locks: pub/sub listens on a connection of its
    own), and asyncpg still rolls back a transaction left open before calling this hook.
    """


#: Pooled PostgreSQL connections when the URL names no ``maxsize`` (tortoise's default: 5).
POOL_SIZE = 10


def serving_config(database_url: str) -> dict[str, Any]:
    """:func:`tortoise_config` for serving: on PostgreSQL, pooled connections are not reset
    nor closed when idle, and the pool holds up to :data:`POOL_SIZE` of them (``?maxsize=``
    in the URL wins)."""
    config = tortoise_config(database_url)
    if dialect(database_url) == "postgres":
        expanded = expand_db_url(database_url)
        expanded["credentials"]["reset"] = _keep_session
        expanded["credentials"].setdefault("maxsize", POOL_SIZE)
        # asyncpg's idle timer (five minutes, set on each release) keeps a copy of the
        # releasing task's context variables: a subscription's socket, executor and
        # request stayed alive that long after the socket closed (``roost.ws_release``).
        expanded["credentials"]["max_inactive_connection_lifetime"] = 0
        config["connections"]["default"] = expanded
    return config


async def connect(settings: Settings) -> None:
    """Open the ORM for the whole process (requests run in tasks of their own)."""
    forget_subscriptions()
    await Tortoise.init(config=serving_config(settings.database_url), _enable_global_fallback=True)


async def disconnect() -> None:
    """Close every database connection."""
    await Tortoise.close_connections()


@asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[None]:
    """``async with database(settings):`` opens and always closes the ORM."""
    await connect(settings)
    try:
        yield
    finally:
        await disconnect()


def _command(database_url: str) -> Command:
    from aerich import Command  # migrations only: a served process need not hold aerich

    return Command(
        tortoise_config=tortoise_config(database_url),
        app=APP,
        location=migrations_location(database_url),
    )


async def migrate(database_url: str) -> list[str]:
    """Apply pending migrations; returns the names of those applied."""
    command = _command(database_url)
    try:
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
        if applied:
            # Derived counters follow whatever the migrations changed.
            await tallies.rebuild()
    finally:
        await Tortoise.close_connections()
    for name in applied:
        log.info("applied migration %s", name)
    return applied


async def make_migrations(database_url: str, name: str = "update") -> str | None:
    """Write a migration for model changes since the last one (first run: the initial one).

    Needs a database of the dialect at ``database_url``; returns the file written, if any.
    """
    command = _command(database_url)
    folder = Path(migrations_location(database_url)) / APP
    try:
        if not any(folder.glob("[0-9]*_*.py")):
            await command.init_db(safe=True)
            return str(sorted(folder.glob("[0-9]*_*.py"))[-1])
        await command.init()
        await command.upgrade(run_in_transaction=True)
        await command.init()  # aerich reads the last model state only in init()
        return await command.migrate(name=name, no_input=True) or None
    finally:
        await Tortoise.close_connections()


async def ping() -> bool:
    """Whether the database answers a trivial query."""
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:
        log.warning("database ping failed", exc_info=True)
        return False
    return True

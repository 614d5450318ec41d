"""Test fixtures: one migrated database with demo data per session, a client per role.

The suite runs on SQLite by default and on PostgreSQL when ``ROOST_TEST_DATABASE_URL``
points at a server (``make test`` runs both); a fresh database is created for the run.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest
import strawberry
from aiohttp import web_app
from aiohttp.test_utils import TestClient
from strawberry.extensions import validation_cache

import models as m
from resolvers.selfservice_guests import open_link
from resolvers.selfservice_links import create_link
from roost import db
from roost.app import create_app
from roost.auth import mint_token
from roost.demo import ACCOUNTS, load_demo
from roost.settings import Settings, load_settings
from schema import DOCUMENT_CACHE_SIZE

TEST_SECRET = "test-secret-" + "x" * 40

#: The PREMIUM demo provider, whose self-service app the tests enable.
SELF_SERVICE_PROVIDER = "Château Lumière"
#: The booking fields its customers may edit.
SELF_SERVICE_FIELDS = ("participant_name", "licence_plate", "notes")


def _admin_dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def _create_pg_database(server_url: str) -> str:
    name = f"roost_test_{secrets.token_hex(4)}"
    conn = await asyncpg.connect(_admin_dsn(server_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"


async def _drop_pg_database(server_url: str, url: str) -> None:
    name = url.rpartition("/")[2]
    conn = await asyncpg.connect(_admin_dsn(server_url))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty database for this test session (SQLite file or PostgreSQL)."""
    yield from fresh_database(tmp_path_factory)


def fresh_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yields the URL of a new, empty database (SQLite file or PostgreSQL), then drops it."""
    server = os.environ.get("ROOST_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite://{tmp_path_factory.mktemp('db') / 'roost.sqlite3'}"
        return
    url = asyncio.run(_create_pg_database(server))
    try:
        yield url
    finally:
        asyncio.run(_drop_pg_database(server, url))


def make_settings(database_url: str, var_dir: Path, **env: str) -> Settings:
    """Settings for tests: a fixed signing secret and a private var/ folder."""
    return load_settings(
        {
            "ROOST_DATABASE_URL": database_url,
            "ROOST_JWT_SECRET": TEST_SECRET,
            "ROOST_VAR_DIR": str(var_dir),
            # Tests run the outbox worker themselves, when they mean to.
            "ROOST_WORKER_IN_SERVE": "0",
            # Tests of rate limits set their own (tests/test_rate_limits.py).
            "ROOST_RATE_LIMITS": "off",
            **env,
        }
    )


@dataclass(frozen=True)
class DemoWorld:
    """The demo dataset as tests see it: settings, account ids and tokens per role key.

    ``tokens["GUEST"]`` is a guest of the self-service link of ``guest_booking_id``.
    """

    settings: Settings
    user_ids: dict[str, int]
    tokens: dict[str, str]
    guest_booking_id: int


async def enable_self_service(provider_name: str = SELF_SERVICE_PROVIDER) -> m.SelfServiceApp:
    """The provider's self-service app, enabled, with :data:`SELF_SERVICE_FIELDS` editable."""
    provider = await m.Organisation.get(name=provider_name)
    app, _ = await m.SelfServiceApp.get_or_create(provider_id=provider.id)
    if not app.enabled:
        app.enabled = True
        app.enabled_at = datetime.now(UTC)
        await app.save(update_fields=["enabled", "enabled_at", "updated_at"])
    fields = await m.BookingFieldDefinition.filter(
        service__provider_id=provider.id, key__in=SELF_SERVICE_FIELDS
    )
    await app.editable_fields.add(*fields)
    return app


async def _guest(settings: Settings) -> tuple[int, str]:
    """A guest of an upcoming confirmed demo seminar booking, as validating its link gives."""
    app = await enable_self_service()
    open_from = datetime.now(UTC) + timedelta(hours=app.edit_deadline_hours, days=7)
    booking = (
        await m.Booking.filter(
            provider_id=app.provider_id,
            service__name="Seminar day package",
            customer__role=m.Role.CUSTOMER,
            status=m.BookingStatus.CONFIRMED,
            starts_at__gt=open_from,
        )
        .order_by("-starts_at")
        .first()
    )
    assert booking is not None, "the demo data has no upcoming confirmed seminar booking"
    token, _ = await create_link(booking, app)
    customer = await m.User.get(id=booking.customer_id)
    access = await open_link(settings, token, customer.email)
    return booking.id, access.token


async def _prepare(settings: Settings) -> tuple[dict[str, int], int, str]:
    await db.migrate(settings.database_url)
    async with db.database(settings):
        await load_demo(settings)
        users = await m.User.filter(email__in=[a[0] for a in ACCOUNTS.values()])
        by_email = {u.email: u.id for u in users}
        guest_booking_id, guest_token = await _guest(settings)
    user_ids = {key: by_email[a[0]] for key, a in ACCOUNTS.items()}
    return user_ids, guest_booking_id, guest_token


@pytest.fixture(scope="session")
def world(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> DemoWorld:
    """The session database, migrated from empty and loaded with the demo data."""
    return demo_world(database_url, tmp_path_factory)


def demo_world(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> DemoWorld:
    """The empty database at ``database_url``, migrated and loaded with the demo data."""
    settings = make_settings(database_url, tmp_path_factory.mktemp("var"))
    user_ids, guest_booking_id, guest_token = asyncio.run(_prepare(settings))
    users = {key: m.User(id=uid) for key, uid in user_ids.items()}
    tokens = {key: mint_token(settings, user) for key, user in users.items()}
    tokens["GUEST"] = guest_token
    return DemoWorld(
        settings=settings, user_ids=user_ids, tokens=tokens, guest_booking_id=guest_booking_id
    )


@pytest.fixture
def settings(world: DemoWorld) -> Settings:
    """The settings the test server runs with."""
    return world.settings


def forget_applications() -> None:
    """The process-wide caches sized for one served application forget the applications
    and schemas they hold: aiohttp's middleware chains (1,024 entries), strawberry's type
    and directive lookups (128, keyed by schema) and its validated documents (keyed by
    schema). Left alone they kept every test's application and GraphQL schema alive: by
    the end of the suite tens of millions of objects, full collections of 20-30 s, and a
    suite twice as long."""
    web_app._cached_build_middleware.cache_clear()
    strawberry.Schema.get_type_by_name.cache_clear()
    strawberry.Schema.get_directive_by_name.cache_clear()
    validation_cache._get_validate_cache(DOCUMENT_CACHE_SIZE).cache_clear()


@pytest.fixture(autouse=True)
def forget_finished_apps() -> Iterator[None]:
    """After each test, :func:`forget_applications`."""
    yield
    forget_applications()


@pytest.fixture
async def orm(world: DemoWorld) -> AsyncIterator[None]:
    """The ORM opened on the session database, for tests that read it directly."""
    async with db.database(world.settings):
        yield


@pytest.fixture
async def quiet_outbox(orm: None) -> None:
    """Nothing left pending in the outbox by earlier tests (they share one database), so a
    worker run in this test carries out this test's work only."""
    await m.OutboxItem.filter(status=m.OutboxStatus.PENDING).update(status=m.OutboxStatus.CANCELLED)


class Api:
    """Sends GraphQL requests to the test server as a given demo role."""

    def __init__(self, client: TestClient, world: DemoWorld) -> None:
        self.client = client
        self.world = world

    async def post(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> tuple[int, dict[str, Any]]:
        """Raw POST: status and decoded body."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        return response.status, await response.json()

    async def query(
        self, role: str | None, query: str, variables: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """The response body of ``query`` sent as demo role ``role`` (``None``: anonymous)."""
        token = self.world.tokens[role] if role else None
        status, body = await self.post(query, variables, token=token)
        assert status == 200, body
        return body


@pytest.fixture
async def api(aiohttp_client: Any, world: DemoWorld) -> Api:
    """A running test server on the session database and a way to query it per role."""
    client = await aiohttp_client(create_app(world.settings))
    return Api(client, world)

"""The ``roost`` command: serve, migrate, demo, token, import, export-schema, makemigrations.

Each command imports what only it uses (the web application, the worker, the demo data,
token signing), so a long ``roost import`` does not carry the others' modules.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import orjson

import models as m
from roost import db
from roost.gc_pauses import collect_young_less, freeze_after_start_up, freeze_built
from roost.logs import configure_logging
from roost.settings import ConfigurationError, Settings, load_settings
from subscriptions.hub import Hub

log = logging.getLogger("roost.cli")


class CommandError(Exception):
    """A failure the user can act on; printed without a traceback."""


def cmd_serve(settings: Settings, args: argparse.Namespace) -> None:
    """Serve GraphQL on ``--host``/``--port``."""
    if settings.uses_dev_secret and not settings.debug:
        raise CommandError(
            "no signing key configured: set ROOST_JWT_SECRET or ROOST_JWT_PUBLIC_KEY "
            "(or ROOST_DEBUG=1 to use the development secret under var/)"
        )
    # Imported here: building the web schema takes seconds the other commands do not need.
    from aiohttp import web

    from roost.app import create_app

    log.info("serving on http://%s:%s/graphql", args.host, args.port)
    app = create_app(settings)
    freeze_built()
    app.on_startup.append(freeze_after_start_up)
    # No access log of aiohttp's: every request is logged by ``request_id_middleware``
    # (with its id and duration), and aiohttp's would build a logger per connection.
    web.run_app(app, host=args.host, port=args.port, print=None, access_log=None)


def cmd_worker(settings: Settings, _: argparse.Namespace) -> None:
    """Deliver the outbox (e-mails, notices, deadline warnings) until stopped."""
    from roost.worker import Worker

    async def work() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        hub = Hub(settings.broadcast_url)
        async with db.database(settings):
            await hub.connect()
            try:
                await Worker(settings, hub=hub).run(stop)
            finally:
                await hub.disconnect()

    asyncio.run(work())


def cmd_migrate(settings: Settings, _: argparse.Namespace) -> None:
    """Apply pending migrations to ``ROOST_DATABASE_URL``."""
    applied = asyncio.run(db.migrate(settings.database_url))
    print(f"applied {len(applied)} migration(s)" + "".join(f"\n  {n}" for n in applied))


def cmd_makemigrations(settings: Settings, args: argparse.Namespace) -> None:
    """Write a migration for model changes, for the dialect of ``ROOST_DATABASE_URL``."""
    written = asyncio.run(db.make_migrations(settings.database_url, args.name))
    print(f"wrote {written}" if written else "no changes")


async def _demo_tokens(settings: Settings, load: bool) -> dict[str, str]:
    from roost.auth import mint_token
    from roost.demo import ACCOUNTS, load_demo

    async with db.database(settings):
        if load:
            summary = await load_demo(settings)
            what = "loaded" if summary.created else "already present"
            log.info("demo data %s: %d bookings", what, summary.bookings)
        users = {
            u.email: u for u in await m.User.filter(email__in=[a[0] for a in ACCOUNTS.values()])
        }
        if len(users) < len(ACCOUNTS):
            raise CommandError("demo accounts missing: run `roost demo` first")
        return {key: mint_token(settings, users[a[0]]) for key, a in ACCOUNTS.items()}


def cmd_demo(settings: Settings, args: argparse.Namespace) -> None:
    """Load the demo data (once) and print a token for every demo role."""
    from roost.demo import ACCOUNTS

    tokens = asyncio.run(_demo_tokens(settings, load=True))
    if args.json:
        print(orjson.dumps({"tokens": tokens}, option=orjson.OPT_INDENT_2).decode())
        return
    print("Demo tokens (send as: Authorization: Bearer <token>)")
    for key, token in tokens.items():
        print(f"\n{key} ({ACCOUNTS[key][0]}):\n{token}")


def cmd_token(settings: Settings, args: argparse.Namespace) -> None:
    """Print a token for the user with ``--email``."""
    from roost.auth import mint_token

    async def mint() -> str:
        async with db.database(settings):
            user = await m.User.get_or_none(email=args.email.strip().lower())
            if user is None:
                raise CommandError(f"no user with e-mail {args.email}")
            return mint_token(settings, user, args.ttl)

    if not settings.can_sign_tokens:
        raise CommandError("minting tokens needs ROOST_JWT_SECRET (a public key only verifies)")
    if args.ttl is not None and args.ttl > settings.jwt_max_ttl_seconds:
        raise CommandError(
            f"--ttl {args.ttl} exceeds ROOST_JWT_MAX_TTL_SECONDS ({settings.jwt_max_ttl_seconds}):"
            " the server would refuse the token"
        )
    print(asyncio.run(mint()))


def cmd_import(settings: Settings, args: argparse.Namespace) -> None:
    """Upsert the bookings of a JSON Lines file (one ingest record per line)."""
    from roost.importer import import_file, source_account
    from roost.progress import Progress

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"no such file: {path}")

    async def run() -> list[str]:
        hub = Hub(settings.broadcast_url)
        async with db.database(settings):
            source = await source_account(args.email)
            if source is None:
                raise CommandError(
                    "name the INTEGRATION account with --email (none, or several, exist)"
                )
            await hub.connect()
            try:
                summary = await import_file(path, source, settings, hub, Progress("import"))
            finally:
                await hub.disconnect()
        return summary.lines()

    collect_young_less()
    print("\n".join(asyncio.run(run())))


def cmd_export_schema(settings: Settings, _: argparse.Namespace) -> None:
    """Print the GraphQL schema (SDL)."""
    from schema import build_schema

    print(build_schema(settings).as_str())


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    root = argparse.ArgumentParser(prog="roost", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help=cmd_serve.__doc__)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=cmd_serve)
    commands.add_parser("migrate", help=cmd_migrate.__doc__).set_defaults(run=cmd_migrate)
    commands.add_parser("worker", help=cmd_worker.__doc__).set_defaults(run=cmd_worker)
    make = commands.add_parser("makemigrations", help=cmd_makemigrations.__doc__)
    make.add_argument("--name", default="update")
    make.set_defaults(run=cmd_makemigrations)
    demo = commands.add_parser("demo", help=cmd_demo.__doc__)
    demo.add_argument("--json", action="store_true", help="print {'tokens': {ROLE: token}}")
    demo.set_defaults(run=cmd_demo)
    token = commands.add_parser("token", help=cmd_token.__doc__)
    token.add_argument("--email", required=True)
    token.add_argument("--ttl", type=int, default=None, help="lifetime in seconds")
    token.set_defaults(run=cmd_token)
    ingest = commands.add_parser("import", help=cmd_import.__doc__)
    ingest.add_argument("file", help="JSON Lines, one upsertBookings record per line")
    ingest.add_argument("--email", help="the INTEGRATION account (default: the only one)")
    ingest.set_defaults(run=cmd_import)
    export = commands.add_parser("export-schema", help=cmd_export_schema.__doc__)
    export.set_defaults(run=cmd_export_schema)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``roost`` command."""
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
        configure_logging(settings.log_level)
        args.run(settings, args)
    except (CommandError, ConfigurationError) as exc:
        print(f"roost {args.command}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

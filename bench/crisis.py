"""Benchmark (issue 13): a crisis alert to every booking, on PostgreSQL.

The data set (``bench.dataset``, two bookings per customer) is written with COPY; a
``roost serve`` subprocess runs on it, and S customers hold a ``crisisAlerts``
subscription each on its own WebSocket. A warm-up alert reaching exactly those S
customers proves every subscription live (no race with the measured publish). Then an
agent publishes one alert whose filter matches every booking, and the benchmark prints
the time until ``publishCrisisAlert`` answered (by then every e-mail row is queued: they
are written in its transaction, which the benchmark checks by counting them) and until
the last connected subscriber had the alert.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
from strawberry.relay import GlobalID

from bench import dataset, harness
from bench.dataset import Shape

SUBSCRIBE = "subscription { crisisAlerts { id title } }"
PUBLISH = """mutation Publish($input: PublishCrisisAlertInput!) {
  publishCrisisAlert(input: $input) {
    alert { id bookingCount reachedCount } errors { code message }
  }
}"""
WARM_UP_DESTINATION = "Warm-up"

SIZES = {
    "default": {"bookings": 5000, "subscribers": 100},
    "full": {"bookings": 50000, "subscribers": 1000},
}


class Subscribers:
    """S sockets, one ``crisisAlerts`` subscription each; when each alert arrived where."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.sockets: list[aiohttp.ClientWebSocketResponse] = []
        self.tasks: list[asyncio.Task[None]] = []
        #: alert title -> arrival times, one per socket that received it.
        self.arrivals: dict[str, dict[int, float]] = {}

    async def open(self, base: str, tokens: list[str]) -> None:
        """Connect and subscribe every token (100 at a time)."""
        gate = asyncio.Semaphore(100)

        async def one(key: int, token: str) -> None:
            async with gate:
                ws = await harness.open_socket(self.session, base)
                init = {"authorization": f"Bearer {token}"}
                await ws.send_str(json.dumps({"type": "connection_init", "payload": init}))
                ack = json.loads((await ws.receive(30)).data)
                if ack.get("type") != "connection_ack":
                    raise RuntimeError(f"no ack: {ack}")
                frame = {"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}}
                await ws.send_str(json.dumps(frame))
                self.sockets.append(ws)
                self.tasks.append(asyncio.create_task(self._read(key, ws)))

        await asyncio.gather(*(one(key, token) for key, token in enumerate(tokens)))

    async def _read(self, key: int, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for message in ws:
            if message.type is not aiohttp.WSMsgType.TEXT:
                break
            frame = json.loads(message.data)
            if frame.get("type") == "ping":
                await ws.send_str('{"type": "pong"}')
            elif frame.get("type") == "next" and frame["payload"].get("data"):
                title = frame["payload"]["data"]["crisisAlerts"]["title"]
                self.arrivals.setdefault(title, {}).setdefault(key, time.time())

    async def wait_for(self, title: str, count: int, seconds: float) -> bool:
        """Whether ``count`` sockets received ``title`` within ``seconds``."""
        deadline = time.monotonic() + seconds
        while len(self.arrivals.get(title, {})) < count:
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.01)
        return True

    def live(self) -> int:
        """Sockets that received any alert so far (their subscription is live)."""
        return len({key for arrived in self.arrivals.values() for key in arrived})

    async def close(self) -> None:
        """Close every socket."""
        for task in self.tasks:
            task.cancel()
        for ws in self.sockets:
            await ws.close()


async def _publish(
    session: aiohttp.ClientSession, base: str, token: str, title: str, where: dict[str, Any]
) -> dict[str, Any]:
    variables = {
        "input": {
            "title": title,
            "body": "Benchmark alert: stay where you are, we will call you.",
            "severity": "CRITICAL",
            "filter": where,
            "clientAlertId": title,
        }
    }
    async with session.post(
        base + "/graphql",
        json={"query": PUBLISH, "variables": variables},
        headers={"Authorization": f"Bearer {token}"},
    ) as response:
        body = await response.json()
    payload = body["data"]["publishCrisisAlert"]
    if payload["errors"]:
        raise RuntimeError(payload["errors"])
    return payload["alert"]


async def _queued(url: str, alert_gid: str) -> int:
    """E-mail rows queued for the alert (its global id's primary key)."""
    pk = GlobalID.from_id(alert_gid).node_id
    connection = await asyncpg.connect(harness.dsn(url))
    try:
        return int(
            await connection.fetchval(
                "SELECT count(*) FROM outbox WHERE template = 'crisis_alert' AND dedup_key LIKE $1",
                f"crisis-alert:{pk}:%",
            )
        )
    finally:
        await connection.close()


async def _mark_warm_up(url: str, customers: list[int]) -> None:
    """Move one booking of each subscribed customer to the warm-up destination."""
    connection = await asyncpg.connect(harness.dsn(url))
    try:
        await connection.execute(
            "UPDATE booking SET destination = $1 WHERE id IN (SELECT min(id) FROM booking"
            " WHERE customer_id = ANY($2::int[]) GROUP BY customer_id)",
            WARM_UP_DESTINATION,
            customers,
        )
    finally:
        await connection.close()


async def run(bookings: int, subscribers: int) -> dict[str, Any]:
    """Build the data, start the server, publish, and print the figures."""
    shape = Shape(bookings=bookings, threads=1, messages=1, bookings_per_customer=2)
    async with harness.fresh_database(harness.server_url()) as url:
        data = await dataset.generate(url, shape)
        watched = data.customers[:subscribers]
        await _mark_warm_up(url, watched)
        with tempfile.TemporaryDirectory() as var:
            env = harness.roost_env(url, Path(var))
            tokens = harness.tokens(env, [*watched, data.agents[0]])
            agent = tokens[data.agents[0]]
            with harness.roost_server(env) as server:
                connector = aiohttp.TCPConnector(limit=0)
                async with aiohttp.ClientSession(connector=connector) as session:
                    clients = Subscribers(session)
                    try:
                        await clients.open(server.base, [tokens[c] for c in watched])
                        for attempt in range(5):
                            title = f"warm-up {attempt}"
                            await _publish(
                                session,
                                server.base,
                                agent,
                                title,
                                {"destination": WARM_UP_DESTINATION},
                            )
                            await clients.wait_for(title, len(watched), 30.0)
                            if clients.live() == len(watched):
                                break
                        else:
                            raise RuntimeError("the subscriptions never all went live")
                        since = (datetime.now(UTC) - timedelta(days=3650)).isoformat()
                        started = time.time()
                        alert = await _publish(
                            session, server.base, agent, "measured", {"startsFrom": since}
                        )
                        answered = time.time()
                        queued = await _queued(url, alert["id"])
                        everyone = await clients.wait_for("measured", len(watched), 120.0)
                        arrivals = clients.arrivals.get("measured", {}).values()
                    finally:
                        await clients.close()
    last = max(arrivals, default=answered)
    figures = {
        "bookings": alert["bookingCount"],
        "customers": alert["reachedCount"],
        "emails_queued": queued,
        "subscribers": len(watched),
        "received": len(arrivals),
        "publish_seconds": answered - started,
        "all_subscribers_seconds": last - started,
        "all_received": everyone,
    }
    print(f"crisis alert: {figures['bookings']:,} bookings, {figures['customers']:,} customers")
    print(
        f"  publishCrisisAlert answered in {figures['publish_seconds'] * 1000:,.0f} ms:"
        f" {queued:,} e-mail rows queued (one per customer)"
    )
    print(
        f"  {len(arrivals):,}/{len(watched):,} connected subscribers had it after"
        f" {figures['all_subscribers_seconds'] * 1000:,.0f} ms"
    )
    return figures


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse arguments and run the benchmark; the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench crisis", description=__doc__)
    parser.add_argument("--full", action="store_true", help="50,000 bookings, 1,000 subscribers")
    parser.add_argument("--bookings", type=int)
    parser.add_argument("--subscribers", type=int)
    args = parser.parse_args(argv)
    options = dict(SIZES["full" if args.full else "default"])
    for name in options:
        if getattr(args, name) is not None:
            options[name] = getattr(args, name)
    return asyncio.run(run(options["bookings"], options["subscribers"]))


if __name__ == "__main__":
    main()

"""Benchmark (issue 11): Roost's hottest HTTP requests against the floor, side by side.

Generates the data set (default 2,000 bookings and threads, 40,000 messages; ``--full``:
20,000 / 20,000 / 400,000; ``--large``: 100,000 threads and 2,000,000 messages) in a
throwaway PostgreSQL database, starts ``roost serve`` and the floor
(:mod:`bench.floor_server`: one SQL statement per request) on it, checks that both answer
the same customer inbox, then drives both with concurrent clients in separate processes,
in interleaved rounds (Roost, floor, Roost, floor…), and prints per operation: req/s,
p50/p99 latency, server CPU ms per request (``/proc/<pid>/stat``), SQL statements per
request (``pg_stat_statements``) and Roost's rate as a fraction of the floor's.

The GraphQL documents are those a portal sends: the customer's and the agent's inbox
with ``unreadTotal``, ``bookings(first: 20)`` with customer and provider (as an agent),
a thread's ``messages(last: 50)`` and ``sendMessage`` (as customers).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from bench import dataset, harness
from bench.dataset import Dataset, Shape
from bench.harness import Cost, Meter, Server, Statements
from schema.relay import global_id, parse_global_id

SIZES = {
    "default": Shape(bookings=2_000, threads=2_000, messages=40_000),
    "full": Shape(bookings=20_000, threads=20_000, messages=400_000),
    "large": Shape(bookings=20_000, threads=100_000, messages=2_000_000),
}

INBOX = """query Inbox {
  unreadTotal
  inbox(first: 50) {
    edges { cursor node {
      id subject urgency status lastActivityAt unreadCount
      booking { reference }
      lastMessage { id seq body authorName createdAt }
    } }
    pageInfo { hasNextPage endCursor }
  }
}"""

BOOKINGS = """query Bookings {
  bookings(first: 20) {
    edges { cursor node {
      id reference status startsAt customer { name email } provider { name }
    } }
    pageInfo { hasNextPage endCursor }
  }
}"""

MESSAGES = """query ThreadMessages($id: ID!) {
  thread(id: $id) {
    id
    messages(last: 50) {
      edges { node { id seq body authorName authorSide createdAt } }
      pageInfo { hasPreviousPage startCursor }
    }
  }
}"""

SEND = """mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id seq createdAt } errors { code message field } }
}"""

#: Replaced by a fresh id in each request (``clientMessageId``).
UNIQUE = "$UNIQUE"

#: (path, headers, body) of one request; clients cycle through a list of them.
Request = tuple[str, dict[str, str], str]


@dataclass
class Tally:
    """What one (operation, server) pair did over all its rounds."""

    #: Requests answered; clients stop starting new ones when the round's time is up.
    requests: int = 0
    failures: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    cost: Cost = field(default_factory=Cost)
    first_failure: str = ""

    @property
    def rate(self) -> float:
        """Requests per second, from each round's start to its last answer."""
        return self.requests / self.seconds if self.seconds else 0.0


def drive(
    base: str, requests: list[Request], clients: int, start: float, seconds: float
) -> tuple[float, int, list[float], str]:
    """One client process: ``clients`` concurrent clients starting requests for ``seconds``
    from ``start``; ``(time of the last answer, failed, latencies in ms, first failure)``."""
    return asyncio.run(_drive(base, requests, clients, start, seconds))


async def _drive(
    base: str, requests: list[Request], clients: int, start: float, seconds: float
) -> tuple[float, int, list[float], str]:
    latencies: list[float] = []
    failures: list[str] = []
    last = start
    end = start + seconds
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(base, connector=connector) as session:

        async def client(offset: int) -> None:
            nonlocal last
            turn = offset
            while time.time() < end:
                path, headers, body = requests[turn % len(requests)]
                turn += clients
                began = time.perf_counter()
                async with session.post(
                    path, data=body.replace(UNIQUE, uuid.uuid4().hex), headers=headers
                ) as answer:
                    text = await answer.text()
                    status = answer.status
                last = max(last, time.time())
                if _answered(status, text):
                    latencies.append((time.perf_counter() - began) * 1000)
                else:
                    failures.append(f"{status} {text[:300]}")

        await harness.async_sleep_until(start)
        await asyncio.gather(*(client(i) for i in range(clients)))
    return last, len(failures), latencies, failures[0] if failures else ""


def _answered(status: int, text: str) -> bool:
    """200 with data, no errors, and no user errors in a payload."""
    if status != 200:
        return False
    document = json.loads(text)
    data = document.get("data")
    if document.get("errors") or not data:
        return False
    return all(
        value is not None and not (isinstance(value, dict) and value.get("errors"))
        for value in data.values()
    )


def _graphql(token: str, query: str, variables: dict[str, Any] | None = None) -> Request:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    return "/graphql", headers, json.dumps({"query": query, "variables": variables or {}})


def _floor(name: str, user: int, **body: Any) -> Request:
    headers = {"X-User": str(user), "Content-Type": "application/json"}
    return f"/{name}", headers, json.dumps(body)


def workloads(data: Dataset, tokens: dict[int, str]) -> dict[str, tuple[list[Request], ...]]:
    """Per operation: (Roost's requests, the floor's requests), over a few callers."""
    rng = random.Random(7)
    customers = data.customers[:8]
    agent = data.agents[0]
    threads = {c: data.threads_of(c) for c in customers}
    picks = [(c, rng.choice(threads[c])) for c in customers for _ in range(4)]
    send_input = {"body": "Any news about the room?", "clientMessageId": UNIQUE}

    def send(customer: int, thread: int) -> Request:
        variables = {"input": {"threadId": global_id("Thread", thread), **send_input}}
        return _graphql(tokens[customer], SEND, variables)

    return {
        "customer inbox + unreadTotal": (
            [_graphql(tokens[c], INBOX) for c in customers],
            [_floor("customer_inbox", c, first=50) for c in customers],
        ),
        "agent inbox + unreadTotal": (
            [_graphql(tokens[agent], INBOX)],
            [_floor("agent_inbox", agent, first=50)],
        ),
        "bookings(first: 20) + customer, provider": (
            [_graphql(tokens[agent], BOOKINGS)],
            [_floor("bookings", agent, first=20)],
        ),
        "Thread.messages(last: 50)": (
            [_graphql(tokens[c], MESSAGES, {"id": global_id("Thread", t)}) for c, t in picks],
            [_floor("messages", c, last=50, thread=t) for c, t in picks],
        ),
        "sendMessage": (
            [send(c, t) for c, t in picks],
            [_floor("send", c, thread=t, **send_input) for c, t in picks],
        ),
    }


async def same_inbox(roost: Server, floor: Server, data: Dataset, tokens: dict[int, str]) -> str:
    """Whether Roost and the floor answer a customer's inbox alike (threads, order, counts)."""
    customer = data.customers[0]
    answers = []
    async with aiohttp.ClientSession() as session:
        for server, (path, headers, body) in (
            (roost, _graphql(tokens[customer], INBOX)),
            (floor, _floor("customer_inbox", customer, first=50)),
        ):
            async with session.post(server.base + path, data=body, headers=headers) as answer:
                answers.append(await answer.json())
    shapes = []
    for document in answers:
        edges = document["data"]["inbox"]["edges"]
        rows = []
        for edge in edges:
            node = edge["node"]
            parsed = parse_global_id(str(node["id"]))
            ident = int(parsed[1]) if parsed else node["id"]
            last = node["lastMessage"] or {}
            rows.append((ident, node["unreadCount"], last.get("body")))
        shapes.append((document["data"]["unreadTotal"], rows))
    if shapes[0] == shapes[1]:
        return f"yes ({len(shapes[0][1])} threads, unreadTotal {shapes[0][0]})"
    return f"NO: Roost {shapes[0]!s:.300} / floor {shapes[1]!s:.300}"


async def phase(
    pool: Any, server: Server, statements: Statements, requests: list[Request], clients: int,
    seconds: float, into: Tally | None,
) -> None:  # fmt: skip
    """Drive ``server`` with ``clients`` clients split over the client processes."""
    per_process = max(1, clients // harness.CLIENT_PROCESSES)
    start = time.time() + 0.3
    args = [(server.base, requests, per_process, start, seconds)] * harness.CLIENT_PROCESSES
    meter = Meter(server, statements)
    await meter.start()
    loop = asyncio.get_running_loop()
    results = await loop.run_in_executor(None, pool.starmap, drive, args)
    if into is None:
        return
    await meter.stop(into.cost)
    into.seconds += max(last for last, *_ in results) - start
    for _, failed, latencies, failure in results:
        into.requests += len(latencies)
        into.failures += failed
        into.latencies.extend(latencies)
        into.first_failure = into.first_failure or failure


def report(results: dict[str, dict[str, Tally]], method: str) -> None:
    """Print the figures, one line per operation and server."""
    print(f"SQL statements counted with {method}")
    print(
        f"{'operation':42} {'server':6} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'CPU ms/req':>10} {'SQL/req':>8} {'other/req':>9} {'x floor':>7}"
    )
    for name, pair in results.items():
        floor_rate = pair["floor"].rate
        for label, tally in pair.items():
            n = max(1, tally.requests + tally.failures)
            ratio = f"{tally.rate / floor_rate:7.2f}" if floor_rate else f"{'-':>7}"
            print(
                f"{name if label == 'roost' else '':42} {label:6} {tally.rate:7.0f} "
                f"{harness.percentile(tally.latencies, 0.5):7.1f} "
                f"{harness.percentile(tally.latencies, 0.99):7.1f} "
                f"{tally.cost.cpu * 1000 / n:10.2f} {tally.cost.statements / n:8.2f} "
                f"{tally.cost.other_statements / n:9.2f} {ratio}"
            )
            if tally.failures:
                print(f"{'':42} {tally.failures} failed, first: {tally.first_failure[:200]}")


async def run(
    shape: Shape, clients: int, rounds: int, seconds: float, only: str | None = None
) -> dict[str, Any]:
    """Generate, start both servers, drive them (every operation, or ``only`` those whose
    name contains it); the figures (also printed)."""
    server = harness.server_url()
    print(f"HTTP benchmark (issue 11): {dataset.describe(shape)}")
    print(f"{harness.machine()}, {await harness.postgres_version(server)}")
    print(f"{clients} clients over {harness.CLIENT_PROCESSES} processes, {rounds} interleaved")
    print(f"rounds of {seconds:g} s per operation and server; the machine may be shared: compare")
    print("the ratios to the floor measured in this same run, not absolute figures.\n")
    async with harness.fresh_database(server) as url:
        began = time.perf_counter()
        data = await dataset.generate(url, shape)
        print(f"data generated in {time.perf_counter() - began:.1f} s")
        with tempfile.TemporaryDirectory() as tmp:
            env = harness.roost_env(url, Path(tmp))
            tokens = harness.tokens(env, [*data.customers[:8], data.agents[0]])
            floor_port = harness.free_port()
            floor_cmd = ["-m", "bench.floor_server", "--port", str(floor_port), "--dsn"]
            with (
                harness.roost_server(env) as roost,
                harness.running(
                    [sys.executable, *floor_cmd, harness.dsn(url)], env, floor_port,
                    "/healthz",
                ) as floor,
                harness.client_pool() as pool,
            ):  # fmt: skip
                same = await same_inbox(roost, floor, data, tokens)
                print(f"floor answers the same customer inbox: {same}\n")
                loads = {
                    name: requests
                    for name, requests in workloads(data, tokens).items()
                    if only is None or only in name
                }
                async with Statements.of(server, url) as statements:
                    return await _measure(
                        statements, roost, floor, pool, loads, clients, rounds, seconds
                    )


async def _measure(
    statements: Statements, roost: Server, floor: Server, pool: Any,
    loads: dict[str, tuple[list[Request], ...]], clients: int, rounds: int, seconds: float,
) -> dict[str, Any]:  # fmt: skip
    results = {name: {"roost": Tally(), "floor": Tally()} for name in loads}
    servers = (("roost", roost), ("floor", floor))
    for requests in loads.values():  # warm-up, not counted
        for (_, server), chosen in zip(servers, requests, strict=True):
            await phase(pool, server, statements, chosen, clients, min(1.0, seconds), None)
    for _ in range(rounds):
        for name, requests in loads.items():
            for (label, server), chosen in zip(servers, requests, strict=True):
                tally = results[name][label]
                await phase(pool, server, statements, chosen, clients, seconds, tally)
    report(results, statements.method)
    return {
        name: {
            label: {"rate": t.rate, "failures": t.failures, "requests": t.requests}
            for label, t in pair.items()
        }
        for name, pair in results.items()
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse arguments and run the benchmark; the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench http", description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--full", action="store_const", const="full", dest="size")
    size.add_argument("--large", action="store_const", const="large", dest="size")
    parser.add_argument("--bookings", type=int, help="override the size's bookings (and threads)")
    parser.add_argument("--messages", type=int, help="override the size's messages")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0, help="per round and server")
    parser.add_argument("--only", help="run only the operations whose name contains this")
    args = parser.parse_args(argv)
    shape = SIZES[args.size or "default"]
    if args.bookings:
        shape = Shape(
            bookings=args.bookings,
            threads=args.bookings,
            messages=args.messages or 20 * args.bookings,
            bookings_per_customer=min(shape.bookings_per_customer, args.bookings),
            providers=min(shape.providers, args.bookings),
        )
    return asyncio.run(run(shape, args.clients, args.rounds, args.seconds, args.only))


if __name__ == "__main__":
    main()

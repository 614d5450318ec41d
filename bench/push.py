"""Benchmark (issue 10): live delivery of messages over real WebSockets.

N subscribers, 10 per thread (each thread's customer and 9 of its provider's staff), and
one hot thread with H subscribers (its parties and agents), each subscription on its own
``graphql-transport-ws`` socket opened by client processes separate from ``roost serve``.
Every subscription starts with ``afterSeq`` one before the thread's last message, so the
replay of that message tells the client it is live (no race with the sender). A sender
(an agent, over HTTP) then posts at a fixed rate to the ordinary threads and to the hot
thread. Printed: deliveries/s, latency from commit (the ``sendMessage`` answer; a push
may even arrive slightly before it) to receipt, p50/p99/max, delivered/expected,
duplicates, server CPU per delivery and SQL statements per delivered event (with and
without the sender's own CPU, and without its statements, both measured first without
subscribers), RSS and CPU per subscription
set-up, and how long dropped sockets take to resume with ``afterSeq``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import aiohttp

from bench import dataset, harness
from bench.dataset import Dataset, Shape
from bench.harness import Cost, Meter, Server, Statements
from schema.relay import global_id

SUBSCRIBE = """subscription Messages($threadId: ID!, $afterSeq: Int) {
  messageAdded(threadId: $threadId, afterSeq: $afterSeq) {
    id seq body authorName authorSide createdAt
  }
}"""

SEND = """mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq } errors { code message } }
}"""

#: One subscription: (key, bearer token, thread global id, afterSeq).
Spec = tuple[int, str, str, int]
#: One receipt: (subscription key, seq, wall-clock time).
Receipt = tuple[int, int, float]

SIZES = {
    "default": {"subscribers": 500, "hot": 200, "held": 0, "resume": 500, "rate": 20.0},
    "full": {"subscribers": 2000, "hot": 1000, "held": 10000, "resume": 5000, "rate": 50.0},
}


# --- Client processes ------------------------------------------------------------------


def client_process(commands: Connection) -> None:
    """A client process: opens, drops and resumes sockets as told, records every message."""
    harness.raise_file_limit()
    asyncio.run(_Clients(commands).serve())


class _Clients:
    def __init__(self, commands: Connection) -> None:
        self.commands = commands
        self.sockets: dict[int, aiohttp.ClientWebSocketResponse] = {}
        self.tasks: dict[int, asyncio.Task[None]] = {}
        self.last: dict[int, int] = {}
        self.receipts: list[Receipt] = []
        self.ready: dict[int, asyncio.Future[None]] = {}
        self.session: aiohttp.ClientSession | None = None

    async def serve(self) -> None:
        loop = asyncio.get_running_loop()
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        try:
            while True:
                command, *args = await loop.run_in_executor(None, self.commands.recv)
                if command == "stop":
                    break
                self.commands.send(await getattr(self, command)(*args))
        finally:
            for ws in self.sockets.values():
                await ws.close()
            await self.session.close()

    async def open(self, base: str, specs: Sequence[Spec], wait: bool) -> tuple[int, list[str]]:
        """Open one socket per spec; with ``wait``, until each got its first message."""
        gate = asyncio.Semaphore(100)
        errors: list[str] = []

        async def one(spec: Spec) -> None:
            key, token, thread, after = spec
            async with gate:
                try:
                    await self._open(base, key, token, thread, after, wait)
                except Exception as error:  # reported, not raised: the run goes on
                    errors.append(f"{type(error).__name__}: {error}"[:200])

        await asyncio.gather(*(one(spec) for spec in specs))
        return len(specs) - len(errors), errors[:3]

    async def _open(
        self, base: str, key: int, token: str, thread: str, after: int, wait: bool
    ) -> None:
        ws = await self._connect(base, token)
        self.sockets[key] = ws
        self.last[key] = after
        self.ready[key] = asyncio.get_running_loop().create_future()
        payload = {"query": SUBSCRIBE, "variables": {"threadId": thread, "afterSeq": after}}
        await ws.send_str(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        self.tasks[key] = asyncio.create_task(self._read(key, ws))
        if wait:
            await asyncio.wait_for(self.ready[key], 60)

    async def open_shared(
        self, base: str, groups: Sequence[tuple[str, Sequence[tuple[int, str, int]]]]
    ) -> tuple[int, list[str]]:
        """One socket per group of (key, thread, afterSeq) subscriptions of one token, as an
        app following several threads holds them; until each got its first message."""
        assert self.session is not None
        gate = asyncio.Semaphore(100)
        errors: list[str] = []

        async def one(token: str, subscriptions: Sequence[tuple[int, str, int]]) -> None:
            async with gate:
                try:
                    ws = await self._connect(base, token)
                    for key, _, after in subscriptions:
                        self.last[key] = after
                        self.ready[key] = asyncio.get_running_loop().create_future()
                    self.sockets[subscriptions[0][0]] = ws
                    self.tasks[subscriptions[0][0]] = asyncio.create_task(self._read(None, ws))
                    for key, thread, after in subscriptions:
                        payload = {
                            "query": SUBSCRIBE,
                            "variables": {"threadId": thread, "afterSeq": after},
                        }
                        await ws.send_str(
                            json.dumps({"id": str(key), "type": "subscribe", "payload": payload})
                        )
                    for key, _, _ in subscriptions:
                        await asyncio.wait_for(self.ready[key], 60)
                except Exception as error:  # reported, not raised: the run goes on
                    errors.append(f"{type(error).__name__}: {error}"[:200])

        await asyncio.gather(*(one(token, subs) for token, subs in groups))
        opened = sum(len(subs) for _, subs in groups)
        return opened - len(errors), errors[:3]

    async def _connect(self, base: str, token: str) -> aiohttp.ClientWebSocketResponse:
        """A socket, initialised with ``token``."""
        assert self.session is not None
        ws = await harness.open_socket(self.session, base)
        await ws.send_str(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        ack = json.loads((await ws.receive(30)).data)
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"no ack: {ack}")
        return ws

    async def _read(self, key: int | None, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Record what arrives on ``ws``: for the subscription ``key``, or (``None``) for
        the one each frame's id names."""
        async for message in ws:
            if message.type is not aiohttp.WSMsgType.TEXT:
                break
            frame = json.loads(message.data)
            kind = frame.get("type")
            if kind == "ping":
                await ws.send_str('{"type": "pong"}')
                continue
            which = key if key is not None else int(frame.get("id", -1))
            if kind == "next" and frame["payload"].get("data"):
                seq = frame["payload"]["data"]["messageAdded"]["seq"]
                self.receipts.append((which, seq, time.time()))
                self.last[which] = max(self.last[which], seq)
                if not self.ready[which].done():
                    self.ready[which].set_result(None)
            elif kind in ("error", "complete") or frame["payload"].get("errors"):
                self.receipts.append((which, -1, time.time()))

    async def drop(self, keys: Sequence[int]) -> int:
        """Close the sockets of ``keys`` as a lost network would (no ``complete``)."""
        for key in keys:
            self.tasks.pop(key).cancel()
            await self.sockets.pop(key).close()
        return len(keys)

    async def resume(self, base: str, specs: Sequence[Spec]) -> tuple[int, list[str]]:
        """Open ``specs`` again, each from the last seq its subscription received."""
        return await self.open(
            base, [(key, token, thread, self.last[key]) for key, token, thread, _ in specs], False
        )

    async def collect(self) -> list[Receipt]:
        """The receipts since the last call."""
        receipts, self.receipts = self.receipts, []
        return receipts


# --- The run ---------------------------------------------------------------------------


@dataclass
class Subscriber:
    """One subscription: who, on which thread, from which client process."""

    key: int
    user: int
    thread: int
    process: int


@dataclass
class Books:
    """What was sent and what arrived."""

    #: (thread, seq) -> the sender's answer time.
    sent: dict[tuple[int, int], float] = field(default_factory=dict)
    receipts: list[Receipt] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def plan(data: Dataset, subscribers: int, hot: int) -> tuple[list[Subscriber], int]:
    """Who subscribes where (10 per ordinary thread, ``hot`` on the last one); the hot id."""
    hot_thread = max(data.threads)
    chosen: list[Subscriber] = []
    for thread, (customer, provider, *_) in sorted(data.threads.items()):
        users = [customer, *data.staff[provider]]
        if thread == hot_thread:
            users = (users + data.agents[1:])[:hot]
        elif len(chosen) >= subscribers:
            continue
        for user in users:
            key = len(chosen)
            chosen.append(Subscriber(key, user, thread, key % harness.CLIENT_PROCESSES))
    return chosen, hot_thread


def shape_for(subscribers: int, hot: int) -> Shape:
    """Threads enough for ``subscribers`` at 10 each plus the hot one, 3 messages each."""
    threads = max(1, subscribers // 10) + 1
    return Shape(
        bookings=threads,
        threads=threads,
        messages=3 * threads,
        bookings_per_customer=1,
        providers=threads,
        staff_per_provider=9,
        agents=max(0, hot - 10) + 1,
    )


async def send(
    session: aiohttp.ClientSession, base: str, token: str, thread: int, books: Books
) -> None:
    """One message from the sender; its answer time is the commit time of record."""
    body = {
        "query": SEND,
        "variables": {"input": {"threadId": global_id("Thread", thread), "body": "Live."}},
    }
    headers = {"Authorization": f"Bearer {token}"}
    async with session.post(base + "/graphql", json=body, headers=headers) as answer:
        document = await answer.json()
    answered = time.time()
    payload = (document.get("data") or {}).get("sendMessage") or {}
    if payload.get("message"):
        books.sent[(thread, payload["message"]["seq"])] = answered
    else:
        books.failures.append(str(document)[:200])


async def send_at_rate(
    session: aiohttp.ClientSession, base: str, token: str, threads: Sequence[int],
    rate: float, seconds: float, books: Books,
) -> int:  # fmt: skip
    """Post to ``threads`` in turn, ``rate`` a second for ``seconds``; how many were sent."""
    count = int(rate * seconds)
    start = time.time()
    tasks = []
    for i in range(count):
        await harness.async_sleep_until(start + i / rate)
        tasks.append(
            asyncio.create_task(send(session, base, token, threads[i % len(threads)], books))
        )
    await asyncio.gather(*tasks)
    return count


class Fleet:
    """The client processes, driven through pipes."""

    def __init__(self) -> None:
        self.pipes: list[Connection] = []
        self.processes = []
        for _ in range(harness.CLIENT_PROCESSES):
            ours, theirs = harness.spawn.Pipe()
            process = harness.spawn.Process(target=client_process, args=(theirs,), daemon=True)
            process.start()
            self.pipes.append(ours)
            self.processes.append(process)

    async def each(self, command: str, per_process: Sequence[tuple[Any, ...]]) -> list[Any]:
        """Send ``command`` with each process's arguments; their answers."""
        for pipe, args in zip(self.pipes, per_process, strict=True):
            pipe.send((command, *args))
        loop = asyncio.get_running_loop()
        return [await loop.run_in_executor(None, pipe.recv) for pipe in self.pipes]

    def stop(self) -> None:
        """Close every socket and end the processes."""
        for pipe in self.pipes:
            pipe.send(("stop",))
        for process in self.processes:
            process.join(30)


def _groups(
    specs: Sequence[Spec], processes: int
) -> list[list[tuple[str, list[tuple[int, str, int]]]]]:
    """Ten subscriptions to a socket, each socket's ten those of its first spec's user and
    thread (as many views of one app), dealt out to the client processes."""
    sockets = [
        (token, [(specs[i + n][0], thread, after) for n in range(min(10, len(specs) - i))])
        for i in range(0, len(specs), 10)
        for _, token, thread, after in [specs[i]]
    ]
    return [sockets[p::processes] for p in range(processes)]


def split(specs: Sequence[Spec], subscribers: dict[int, Subscriber]) -> list[tuple[Spec, ...]]:
    """``specs`` by the client process their subscription lives in."""
    parts: list[list[Spec]] = [[] for _ in range(harness.CLIENT_PROCESSES)]
    for spec in specs:
        parts[subscribers[spec[0]].process].append(spec)
    return [tuple(part) for part in parts]


async def run(options: dict[str, Any], seconds: float) -> dict[str, Any]:
    """Generate, start Roost, open the subscriptions, send, resume; the figures."""
    server = harness.server_url()
    shape = shape_for(options["subscribers"], options["hot"])
    print(
        f"Push benchmark (issue 10): {options['subscribers']} subscribers (10 per thread) "
        f"+ a hot thread of {options['hot']}, sender at {options['rate']:g} msg/s over the "
        f"threads and 2 msg/s to the hot one for {seconds:g} s, one socket per subscription"
    )
    print(f"{harness.machine()}, {await harness.postgres_version(server)}")
    print("the machine may be shared: read the figures as orders of magnitude.\n")
    async with harness.fresh_database(server) as url:
        data = await dataset.generate(url, shape)
        with tempfile.TemporaryDirectory() as tmp:
            env = harness.roost_env(url, Path(tmp))
            chosen, hot = plan(data, options["subscribers"], options["hot"])
            tokens = harness.tokens(env, sorted({s.user for s in chosen} | {data.agents[0]}))
            async with Statements.of(server, url) as statements:
                with harness.roost_server(env) as roost:
                    fleet = Fleet()
                    try:
                        return await _run(
                            roost, statements, fleet, data, chosen, hot, tokens, options, seconds
                        )
                    finally:
                        fleet.stop()


async def _run(
    roost: Server, statements: Statements, fleet: Fleet, data: Dataset,
    chosen: list[Subscriber], hot: int, tokens: dict[int, str], options: dict[str, Any],
    seconds: float,
) -> dict[str, Any]:  # fmt: skip
    by_key = {s.key: s for s in chosen}
    last = {thread: values[3] for thread, values in data.threads.items()}
    sender = tokens[data.agents[0]]
    ordinary = sorted({s.thread for s in chosen if s.thread != hot})
    books = Books()
    meter = Meter(roost, statements)
    figures: dict[str, Any] = {"statements": statements.method}
    async with aiohttp.ClientSession() as session:
        # The sender's own cost, with nobody listening.
        calibration = Books()
        await meter.start()
        sends = await send_at_rate(session, roost.base, sender, ordinary, 20.0, 1.0, calibration)
        alone = await meter.stop(Cost())
        per_send = alone.statements / max(1, sends)
        cpu_per_send = alone.cpu / max(1, sends)
        for thread, seq in calibration.sent:
            last[thread] = max(last[thread], seq)

        # Set-up: every subscription, each live once its first (replayed) message is in.
        rss_before = roost.rss_bytes()
        specs = [
            (s.key, tokens[s.user], global_id("Thread", s.thread), last[s.thread] - 1)
            for s in chosen
        ]
        gc_before = await gc_snapshot(session, roost.base)
        await meter.start()
        began = time.perf_counter()
        opened = await fleet.each(
            "open", [(roost.base, part, True) for part in split(specs, by_key)]
        )
        setup_seconds = time.perf_counter() - began
        setup = await meter.stop(Cost())
        pauses = [gc_pauses("server, set-up", await gc_snapshot(session, roost.base), gc_before)]
        subscriptions = sum(n for n, _ in opened)
        rss_after = roost.rss_bytes()
        for _, errors in opened:
            books.failures.extend(errors)
        await fleet.each("collect", [()] * harness.CLIENT_PROCESSES)  # the replays

        # Delivery at a fixed rate, then until everything expected has arrived.
        gc_before = await gc_snapshot(session, roost.base)
        await meter.start()
        began = time.perf_counter()
        sent = await asyncio.gather(
            send_at_rate(session, roost.base, sender, ordinary, options["rate"], seconds, books),
            send_at_rate(session, roost.base, sender, [hot], 2.0, seconds, books),
        )
        expected = _expected(books, chosen)
        await _drain(fleet, books, expected, within=30.0)
        delivery_seconds = time.perf_counter() - began
        delivery = await meter.stop(Cost())
        phase_end = len(books.receipts)
        pauses.append(
            gc_pauses("server, during delivery", await gc_snapshot(session, roost.base), gc_before)
        )

        # Resume: drop sockets, post to their threads meanwhile, reconnect with afterSeq.
        gc_before, rss_before_drop = await gc_snapshot(session, roost.base), roost.rss_bytes()
        dropped = chosen[: options["resume"]]
        drop_keys = [s.key for s in dropped]
        await fleet.each(
            "drop",
            [
                ([s.key for s in dropped if s.process == p],)
                for p in range(harness.CLIENT_PROCESSES)
            ],
        )
        for thread in sorted({s.thread for s in dropped}):
            await send(session, roost.base, sender, thread, books)
        began = time.perf_counter()
        resume_specs = [spec for spec in specs if spec[0] in set(drop_keys)]
        await fleet.each("resume", [(roost.base, part) for part in split(resume_specs, by_key)])
        expected = _expected(books, chosen)
        await _drain(fleet, books, expected, within=60.0)
        resume_seconds = time.perf_counter() - began
        rss_resumed = roost.rss_bytes()
        pauses.append(
            gc_pauses(
                f"server, {len(dropped)} sockets dropped and resumed",
                await gc_snapshot(session, roost.base),
                gc_before,
            )
        )

        set_up = subscriptions
        # Held: more idle subscriptions, for memory at that count: as many again one per
        # socket, the rest ten per socket (an app following ten threads over one socket).
        held = options["held"]
        held_rss, shared = roost.rss_bytes(), (0, 0, 0)
        if held > subscriptions:
            extra = [
                (len(chosen) + i, tokens[s.user], global_id("Thread", s.thread), last[s.thread] - 1)
                for i, s in enumerate(chosen[i % len(chosen)] for i in range(held - subscriptions))
            ]
            alone, together = extra[: len(chosen)], extra[len(chosen) :]
            for spec in alone:
                by_key[spec[0]] = Subscriber(spec[0], 0, 0, spec[0] % harness.CLIENT_PROCESSES)
            more = await fleet.each(
                "open", [(roost.base, part, True) for part in split(alone, by_key)]
            )
            subscriptions += sum(n for n, _ in more)
            before_shared = roost.rss_bytes()
            alone_opened = sum(n for n, _ in more)
            print(
                f"held: {alone_opened} more, one per socket, in a warm process: "
                f"{(before_shared - held_rss) / max(1, alone_opened) / 1024:.1f} KiB RSS "
                "per subscription"
            )
            groups = _groups(together, harness.CLIENT_PROCESSES)
            more = await fleet.each("open_shared", [(roost.base, part) for part in groups])
            subscriptions += sum(n for n, _ in more)
            held_rss = roost.rss_bytes()
            opened = sum(n for n, _ in more)
            shared = (
                opened,
                sum(len(g) for part in groups for g in part),
                held_rss - before_shared,
            )
        print(
            f"held: {shared[0]} of them over {shared[1]} sockets (ten each): "
            f"{shared[2] / max(1, shared[0]) / 1024:.1f} KiB RSS per subscription"
        )
        if held > set_up:
            # The same senders for a few seconds more, every subscription held.
            gc_before = await gc_snapshot(session, roost.base)
            await asyncio.gather(
                send_at_rate(session, roost.base, sender, ordinary, options["rate"], 5.0, Books()),
                send_at_rate(session, roost.base, sender, [hot], 2.0, 5.0, Books()),
            )
            pauses.append(
                gc_pauses(
                    f"server, 5 s of sending with {subscriptions} held",
                    await gc_snapshot(session, roost.base),
                    gc_before,
                )
            )
        pauses.append(gc_pauses("server, whole run", await gc_snapshot(session, roost.base)))
        print(
            f"RSS over the run: {rss_before / 2**20:.0f} MiB before set-up, "
            f"{rss_before_drop / 2**20:.0f} before the drop, {rss_resumed / 2**20:.0f} after "
            f"resuming, {roost.rss_bytes() / 2**20:.0f} at the end"
        )

    print(f"SQL statements counted with {statements.method}")
    print("\n".join(pauses))
    figures.update(
        _report(
            books,
            phase_end,
            chosen,
            hot,
            sum(sent),
            per_send,
            cpu_per_send,
            setup,
            setup_seconds,
            set_up,
            subscriptions,
            rss_before,
            rss_after,
            held_rss,
            delivery,
            delivery_seconds,
            len(dropped),
            resume_seconds,
        )
    )
    return figures


@dataclass
class GenerationPauses:
    """One generation's collections as the server's ``roost_gc_pause_seconds`` histogram
    has them: cumulative (upper bound, count) buckets and the total time paused."""

    buckets: list[tuple[float, float]] = field(default_factory=list)
    seconds: float = 0.0


#: Per generation, its pauses so far.
Pauses = dict[str, GenerationPauses]


async def gc_snapshot(session: aiohttp.ClientSession, base: str) -> Pauses:
    """The server's garbage-collection pause histogram as it stands."""
    async with session.get(f"{base}/metrics") as response:
        exposition = await response.text()
    pauses: Pauses = {}
    for line in exposition.splitlines():
        if not line.startswith(("roost_gc_pause_seconds_bucket{", "roost_gc_pause_seconds_sum{")):
            continue
        labels, value = line.rsplit(" ", 1)
        generation = labels.split('generation="', 1)[1].split('"', 1)[0]
        kept = pauses.setdefault(generation, GenerationPauses())
        if line.startswith("roost_gc_pause_seconds_sum{"):
            kept.seconds = float(value)
        else:
            bound = labels.split('le="', 1)[1].split('"', 1)[0]
            kept.buckets.append((float(bound), float(value)))
    for kept in pauses.values():
        kept.buckets.sort()
    return pauses


def gc_pauses(label: str, after: Pauses, before: Pauses | None = None) -> str:
    """The collections between two snapshots (from start-up without ``before``): per
    generation, how many, the time paused in all, the bucket holding the longest (a
    histogram tells no more), how many over 20 ms and over 1 s."""
    parts = []
    for generation, now in sorted(after.items()):
        then = (before or {}).get(generation, GenerationPauses())
        earlier = dict(then.buckets)
        rows = [(bound, count - earlier.get(bound, 0.0)) for bound, count in now.buckets]
        total = rows[-1][1]
        longest = next((bound for bound, count in rows if count >= total), float("inf"))
        over = total - next((count for bound, count in rows if bound >= 0.02), total)
        over_1s = total - next((count for bound, count in rows if bound >= 1.0), total)
        parts.append(
            f"gen {generation}: {total:.0f} ({(now.seconds - then.seconds) * 1000:.0f} ms in all), "
            f"longest <= {longest * 1000:g} ms, {over:.0f} over 20 ms, {over_1s:.0f} over 1 s"
        )
    return f"GC pauses ({label}): " + ("; ".join(parts) or "none reported")


def _expected(books: Books, chosen: list[Subscriber]) -> set[tuple[int, int]]:
    """Every (subscription key, seq) that should arrive."""
    by_thread: dict[int, list[int]] = {}
    for thread, seq in books.sent:
        by_thread.setdefault(thread, []).append(seq)
    return {(s.key, seq) for s in chosen for seq in by_thread.get(s.thread, ())}


async def _drain(fleet: Fleet, books: Books, expected: set[tuple[int, int]], within: float) -> None:
    """Collect receipts until every expected one is in, or ``within`` seconds passed."""
    deadline = time.monotonic() + within
    while True:
        for receipts in await fleet.each("collect", [()] * harness.CLIENT_PROCESSES):
            books.receipts.extend(receipts)
        have = {(key, seq) for key, seq, _ in books.receipts}
        if expected <= have or time.monotonic() > deadline:
            return
        await asyncio.sleep(0.2)


def _report(
    books: Books,
    phase_end: int,
    chosen: list[Subscriber],
    hot: int,
    sent: int,
    per_send: float,
    cpu_per_send: float,
    setup: Cost,
    setup_seconds: float,
    set_up: int,
    subscriptions: int,
    rss_before: int,
    rss_after: int,
    held_rss: int,
    delivery: Cost,
    delivery_seconds: float,
    dropped: int,
    resume_seconds: float,
) -> dict[str, Any]:
    by_key = {s.key: s for s in chosen}
    expected = _expected(books, chosen)
    counts = Counter((key, seq) for key, seq, _ in books.receipts if seq >= 0)
    delivered = sum(1 for pair in expected if pair in counts)
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    errors = sum(1 for _, seq, _ in books.receipts if seq < 0)
    latencies: dict[str, list[float]] = {"ordinary": [], "hot": []}
    first: dict[tuple[int, int], float] = {}
    for key, seq, at in books.receipts[:phase_end]:  # the delivery phase, not the resume
        if (key, seq) in expected and (key, seq) not in first:
            first[(key, seq)] = at
    for (key, seq), at in first.items():
        thread = by_key[key].thread
        latencies["hot" if thread == hot else "ordinary"].append(
            (at - books.sent[(thread, seq)]) * 1000
        )
    in_phase = len(latencies["ordinary"]) + len(latencies["hot"])
    per_delivery = max(1, in_phase)
    delivery_statements = max(0.0, delivery.statements - per_send * sent)
    delivery_cpu = max(0.0, delivery.cpu - cpu_per_send * sent)
    per_subscription = max(1, set_up)
    kib = (rss_after - rss_before) / max(1, len(chosen)) / 1024
    lines = [
        f"subscriptions set up: {set_up} in {setup_seconds:.1f} s; per subscription "
        f"(connect, init, subscribe, replay of one message): server CPU "
        f"{setup.cpu * 1000 / per_subscription:.2f} ms, "
        f"{setup.statements / per_subscription:.2f} SQL statements, {kib:.1f} KiB RSS",
        f"RSS: {rss_before / 2**20:.0f} MiB before, {held_rss / 2**20:.0f} MiB with "
        f"{subscriptions} subscriptions held",
        f"sent {sent} messages; delivered {delivered}/{len(expected)} expected, "
        f"{duplicates} duplicates, {errors} error frames",
        f"deliveries/s: {in_phase / max(delivery_seconds, 1e-9):.0f} over "
        f"{delivery_seconds:.1f} s (sending, then draining)",
    ]
    for label, values in latencies.items():
        lines.append(
            f"latency from commit, {label:8}: p50 {harness.percentile(values, 0.5):7.1f} ms  "
            f"p99 {harness.percentile(values, 0.99):7.1f} ms  max {max(values, default=0):7.1f} "
            f"ms  ({len(values)} deliveries)"
        )
    lines += [
        f"server CPU per delivery: {delivery.cpu * 1000 / per_delivery:.3f} ms, "
        f"{delivery_cpu * 1000 / per_delivery:.3f} ms without sendMessage's own "
        f"{cpu_per_send * 1000:.1f} ms per message; SQL statements per delivered event: "
        f"{delivery_statements / per_delivery:.4f} (sendMessage's own {per_send:.1f} per "
        f"message taken out)",
        f"resume: {dropped} dropped sockets reconnected with afterSeq and caught up in "
        f"{resume_seconds:.2f} s",
    ]
    print("\n".join(lines))
    if books.failures:
        print(f"failures: {len(books.failures)}, first: {books.failures[0]}")
    return {
        "delivered": delivered,
        "expected": len(expected),
        "duplicates": duplicates,
        "failures": len(books.failures),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse arguments and run the benchmark; the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench push", description=__doc__)
    parser.add_argument(
        "--full",
        action="store_true",
        help="2,000 + 1,000 hot, 10,000 held, 5,000 resumed, 50 msg/s",
    )
    parser.add_argument("--subscribers", type=int)
    parser.add_argument("--hot", type=int)
    parser.add_argument("--held", type=int)
    parser.add_argument("--resume", type=int)
    parser.add_argument("--rate", type=float, help="messages per second over the ordinary threads")
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    options = dict(SIZES["full" if args.full else "default"])
    for name in options:
        if getattr(args, name) is not None:
            options[name] = getattr(args, name)
    return asyncio.run(run(options, args.seconds))


if __name__ == "__main__":
    main()

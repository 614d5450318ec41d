"""A tiny graphql-transport-ws client for tests, over a real aiohttp WebSocket.

Usage::

    async with await WsClient.connect(api.client, token) as ws:
        await ws.subscribe("1", MESSAGE_ADDED, {"threadId": thread_id})
        frame = await ws.next("1")          # {"id": "1", "type": "next", "payload": {...}}

Frames of other subscription ids read meanwhile are kept for later; server pings are
answered. Every wait has a timeout, so a failing test never hangs.
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict, deque
from types import TracebackType
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient

PROTOCOL = "graphql-transport-ws"

#: Seconds a test waits for something it expects.
TIMEOUT = 5.0

Frame = dict[str, Any]


class WsClosed(Exception):
    """The server closed the socket; ``code`` is the close code."""

    def __init__(self, code: int | None) -> None:
        super().__init__(f"WebSocket closed with code {code}")
        self.code = code


class WsClient:
    """One graphql-transport-ws connection."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        #: Every text frame received, undecoded (to search for leaks).
        self.raw: list[str] = []
        self._pending: dict[str | None, deque[Frame]] = defaultdict(deque)

    @classmethod
    async def open(cls, client: TestClient, protocols: tuple[str, ...] = (PROTOCOL,)) -> WsClient:
        """A connected socket that has not sent ``connection_init`` yet."""
        ws = await asyncio.wait_for(client.ws_connect("/graphql", protocols=protocols), TIMEOUT)
        return cls(ws)

    @classmethod
    async def connect(
        cls, client: TestClient, token: str | None, payload: dict[str, Any] | None = None
    ) -> WsClient:
        """Open, send ``connection_init`` with ``Bearer token`` and wait for the ack."""
        self = await cls.open(client)
        if payload is None:
            payload = {"authorization": f"Bearer {token}"} if token else {}
        await self.init(payload)
        ack = await self.receive()
        if ack.get("type") != "connection_ack":
            await self.close()
            raise AssertionError(f"expected connection_ack, got {ack}")
        return self

    async def __aenter__(self) -> WsClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def send(self, frame: Frame) -> None:
        """Send one protocol frame."""
        await self.ws.send_str(json.dumps(frame))

    async def init(self, payload: dict[str, Any] | None) -> None:
        """Send ``connection_init`` (``payload`` ``None``: no payload at all)."""
        frame: Frame = {"type": "connection_init"}
        if payload is not None:
            frame["payload"] = payload
        await self.send(frame)

    async def subscribe(
        self, op_id: str, query: str, variables: dict[str, Any] | None = None
    ) -> None:
        """Start operation ``op_id``."""
        payload = {"query": query, "variables": variables or {}}
        await self.send({"id": op_id, "type": "subscribe", "payload": payload})

    async def complete(self, op_id: str) -> None:
        """Stop operation ``op_id``."""
        await self.send({"id": op_id, "type": "complete"})

    async def receive(self, within: float = TIMEOUT) -> Frame:
        """The next frame of any id; :class:`WsClosed` when the server closed the socket."""
        for key, queue in self._pending.items():
            if queue:
                return self._pending[key].popleft()
        return await self._read(within)

    async def next(self, op_id: str, within: float = TIMEOUT) -> Frame:
        """The next frame of operation ``op_id`` (``next``, ``error`` or ``complete``)."""
        if self._pending[op_id]:
            return self._pending[op_id].popleft()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while True:
            frame = await self._read(max(0.0, deadline - loop.time()))
            if frame.get("id") == op_id:
                return frame
            self._pending[frame.get("id")].append(frame)

    async def data(self, op_id: str, within: float = TIMEOUT) -> dict[str, Any]:
        """The ``data`` of the next frame of ``op_id``; fails on anything but clean data."""
        frame = await self.next(op_id, within)
        assert frame["type"] == "next", frame
        assert not frame["payload"].get("errors"), frame
        return frame["payload"]["data"]

    async def silence(self, op_id: str, seconds: float = 0.5) -> list[Frame]:
        """The frames of ``op_id`` arriving within ``seconds`` (a test expects none)."""
        frames: list[Frame] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (left := deadline - loop.time()) > 0:
            try:
                frames.append(await self.next(op_id, left))
            except TimeoutError:
                break
        return frames

    async def closed(self, within: float = TIMEOUT) -> int | None:
        """Wait for the server to close the socket; its close code."""
        try:
            frame = await self._read(within)
        except WsClosed as closed:
            return closed.code
        raise AssertionError(f"expected the socket to close, got {frame}")

    async def until_closed(self, within: float = TIMEOUT) -> tuple[list[Frame], int | None]:
        """The frames the server sends until it closes the socket, and its close code."""
        frames: list[Frame] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while True:
            try:
                frames.append(await self._read(max(0.0, deadline - loop.time())))
            except WsClosed as closed:
                return frames, closed.code

    async def close(self) -> None:
        """Close the socket (idempotent)."""
        if not self.ws.closed:
            await asyncio.wait_for(self.ws.close(), TIMEOUT)

    async def _read(self, within: float) -> Frame:
        while True:
            message = await asyncio.wait_for(self.ws.receive(), within)
            if message.type is aiohttp.WSMsgType.CLOSE:
                raise WsClosed(message.data)
            if message.type in (
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.ERROR,
            ):
                raise WsClosed(self.ws.close_code)
            assert message.type is aiohttp.WSMsgType.TEXT, message
            self.raw.append(message.data)
            frame: Frame = json.loads(message.data)
            if frame.get("type") == "ping":
                await self.send({"type": "pong"})
                continue
            return frame

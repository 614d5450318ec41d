"""The legacy graphql-ws protocol (``ROOST_LEGACY_GRAPHQL_WS=1``) re-authorises every
operation like graphql-transport-ws: a deactivated account's next ``start`` runs nothing
and the socket closes with 4403, and running operations are bounded per user."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient

import models as m
from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings
from tests.test_subscriptions import MESSAGE_ADDED, chateau_booking_id, start_thread
from tests.wsclient import TIMEOUT

ME = "{ me { id name } }"


async def legacy_server(aiohttp_client: Any, world: DemoWorld, tmp_path: Path, **env: str) -> Api:
    """A server that also speaks graphql-ws."""
    settings = make_settings(
        world.settings.database_url, tmp_path, ROOST_LEGACY_GRAPHQL_WS="1", **env
    )
    return Api(await aiohttp_client(create_app(settings)), world)


async def legacy_socket(client: TestClient, token: str) -> aiohttp.ClientWebSocketResponse:
    """An acknowledged graphql-ws connection."""
    ws = await client.ws_connect("/graphql", protocols=("graphql-ws",))
    init = {"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}
    await ws.send_str(json.dumps(init))
    assert json.loads((await ws.receive(TIMEOUT)).data)["type"] == "connection_ack"
    return ws


async def start(ws: aiohttp.ClientWebSocketResponse, op_id: str, thread: str) -> None:
    """Start a messageAdded subscription replaying the thread from its first message."""
    payload = {"query": MESSAGE_ADDED, "variables": {"threadId": thread, "afterSeq": 0}}
    await ws.send_str(json.dumps({"type": "start", "id": op_id, "payload": payload}))


async def frames_until_closed(ws: aiohttp.ClientWebSocketResponse) -> tuple[list[Any], int]:
    """The frames (keep-alives left out) the server sends until it closes, and the code."""
    frames = []
    async with asyncio.timeout(TIMEOUT):
        while (message := await ws.receive()).type is aiohttp.WSMsgType.TEXT:
            frame = json.loads(message.data)
            if frame["type"] != "ka":
                frames.append(frame)
    assert message.type is aiohttp.WSMsgType.CLOSE
    return frames, message.data


async def next_frame(ws: aiohttp.ClientWebSocketResponse, op_id: str) -> dict[str, Any]:
    """The next frame of ``op_id``."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            frame = json.loads((await ws.receive()).data)
            if frame.get("id") == op_id:
                return frame


async def test_a_deactivated_account_is_refused_on_its_legacy_socket(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given provider staff following a thread over graphql-ws
    api = await legacy_server(aiohttp_client, world, tmp_path)
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    staff = world.user_ids["PROVIDER_STAFF"]
    ws = await legacy_socket(api.client, world.tokens["PROVIDER_STAFF"])
    try:
        await start(ws, "1", thread)
        assert (await next_frame(ws, "1"))["type"] == "data"
        try:
            # when the account is deactivated and the socket starts a query
            await m.User.filter(id=staff).update(active=False)
            await ws.send_str(json.dumps({"type": "start", "id": "2", "payload": {"query": ME}}))

            # then it runs nothing: the socket closes with 4403
            frames, code = await frames_until_closed(ws)
            assert code == 4403
            assert [f for f in frames if f.get("id") == "2" and f["type"] == "data"] == []
        finally:
            await m.User.filter(id=staff).update(active=True)
    finally:
        await ws.close()


async def test_operations_are_bounded_per_user_over_graphql_ws(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server allowing two running operations per user
    api = await legacy_server(
        aiohttp_client, world, tmp_path, ROOST_WS_MAX_SUBSCRIPTIONS_PER_USER="2"
    )
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    ws = await legacy_socket(api.client, world.tokens["AGENT"])
    try:
        for op_id in ("1", "2"):
            await start(ws, op_id, thread)
            assert (await next_frame(ws, op_id))["type"] == "data"

        # when a third one is started
        await start(ws, "3", thread)

        # then it is refused with a code, and the socket stays open
        refused = await next_frame(ws, "3")
        assert refused["type"] == "error"
        assert refused["payload"]["extensions"]["code"] == "TOO_MANY_SUBSCRIPTIONS"
        assert not ws.closed
    finally:
        await ws.close()

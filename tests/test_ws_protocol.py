"""WebSocket protocol behaviour: server pings, malformed frames, the legacy graphql-ws protocol."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from roost.app import create_app
from roost.ws_slots import SlottedWebSocketResponse
from tests.conftest import DemoWorld, make_settings
from tests.wsclient import TIMEOUT, WsClient

ME = "query { me { name role } }"

CLOSED = (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED)


async def _server(aiohttp_client: Any, world: DemoWorld, tmp_path: Path, **env: str) -> TestClient:
    settings = make_settings(world.settings.database_url, tmp_path, **env)
    return await aiohttp_client(create_app(settings))


async def _answered(client: WsClient, operation_id: str) -> None:
    """The customer's socket runs ``ME`` as ``operation_id`` and answers it."""
    await client.subscribe(operation_id, ME, {})
    assert (await client.data(operation_id))["me"]["role"] == "CUSTOMER"


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("frame", ["[]", "123", '"x"', "null", "{}", '{"type": 1}'])
async def test_a_frame_that_is_not_a_protocol_object_closes_with_4400(
    api: Any, world: DemoWorld, frame: str, caplog: pytest.LogCaptureFixture
) -> None:
    # given an acknowledged graphql-transport-ws connection
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as ws:
        # when the client sends JSON that is not a protocol message
        await ws.ws.send_str(frame)

        # then the socket closes with 4400 and nothing is logged as an error
        assert await ws.closed() == 4400
    assert _errors(caplog) == []


async def test_a_non_object_frame_before_connection_init_closes_with_4400(api: Any) -> None:
    # given a socket that has not sent connection_init
    async with await WsClient.open(api.client) as ws:
        # when its first frame is a JSON array
        await ws.ws.send_str("[]")

        # then it is closed with 4400
        assert await ws.closed() == 4400


async def test_a_subscribe_frame_whose_payload_is_not_an_object_closes_with_4400(
    api: Any, world: DemoWorld, caplog: pytest.LogCaptureFixture
) -> None:
    # given an acknowledged connection
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as ws:
        # when a subscribe frame carries a list as payload
        await ws.send({"id": "1", "type": "subscribe", "payload": [1]})

        # then the socket closes with 4400
        assert await ws.closed() == 4400
    assert _errors(caplog) == []


async def test_the_connection_still_answers_after_valid_frames(api: Any, world: DemoWorld) -> None:
    # given an acknowledged connection
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as ws:
        # when it runs a query
        await ws.subscribe("1", ME)

        # then the query answers (the frame checks let valid frames through)
        assert (await ws.data("1"))["me"]["role"] == "CUSTOMER"


async def test_a_client_that_does_not_answer_pings_is_closed(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that pings every 0.3 s
    client = await _server(aiohttp_client, world, tmp_path, ROOST_WS_PING_SECONDS="0.3")
    # and a client that never answers pings
    ws = await client.ws_connect("/graphql", protocols=("graphql-transport-ws",), autoping=False)
    pings = 0

    # when it waits
    while True:
        message = await asyncio.wait_for(ws.receive(), TIMEOUT)
        if message.type is aiohttp.WSMsgType.PING:
            pings += 1
            continue
        break

    # then the server pinged it and then dropped the connection
    assert pings >= 1
    assert message.type in CLOSED, message
    await ws.close()


async def test_a_client_that_answers_pings_stays_connected(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that pings every 0.3 s and a client that answers (aiohttp's autoping)
    client = await _server(aiohttp_client, world, tmp_path, ROOST_WS_PING_SECONDS="0.3")
    async with await WsClient.connect(client, world.tokens["CUSTOMER"]) as ws:
        # when the connection sits idle for several ping intervals, the client reading
        assert await ws.silence("1", 1.5) == []

        # then it is still open and answers a query
        assert not ws.ws.closed
        await ws.subscribe("1", ME)
        assert (await ws.data("1"))["me"]["role"] == "CUSTOMER"


async def _legacy(client: TestClient, token: str) -> aiohttp.ClientWebSocketResponse:
    ws = await client.ws_connect("/graphql", protocols=("graphql-ws",))
    init = {"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}
    await ws.send_str(json.dumps(init))
    assert json.loads((await ws.receive(TIMEOUT)).data)["type"] == "connection_ack"
    return ws


async def _legacy_frame(ws: aiohttp.ClientWebSocketResponse, op_id: str) -> dict[str, Any]:
    while True:
        frame = json.loads((await ws.receive(TIMEOUT)).data)
        if frame.get("id") == op_id:
            return frame


@pytest.mark.parametrize("frame", ["[]", "null", '{"type": "start", "id": "1"}'])
async def test_a_malformed_frame_over_the_legacy_protocol_closes_with_4400(
    aiohttp_client: Any,
    world: DemoWorld,
    tmp_path: Path,
    frame: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # given an acknowledged legacy connection
    client = await _server(aiohttp_client, world, tmp_path, ROOST_LEGACY_GRAPHQL_WS="1")
    ws = await _legacy(client, world.tokens["AGENT"])

    # when the client sends a frame of the wrong shape
    await ws.send_str(frame)

    # then the socket closes with 4400, and nothing is logged as an error
    while (message := await ws.receive(TIMEOUT)).type is aiohttp.WSMsgType.TEXT:
        assert json.loads(message.data)["type"] == "ka"
    assert message.type is aiohttp.WSMsgType.CLOSE
    assert message.data == 4400
    assert _errors(caplog) == []
    await ws.close()


async def test_a_socket_offered_compression_declines_it_and_still_answers(
    api: Any, world: DemoWorld
) -> None:
    # given a client that offers permessage-deflate, as browsers do
    ws = await api.client.ws_connect("/graphql", protocols=("graphql-transport-ws",), compress=15)
    try:
        # then the handshake declines it (a compressor per socket costs ~140 KiB of RSS)
        assert ws.compress == 0
        # and the socket serves its operations uncompressed
        client = WsClient(ws)
        await client.init({"authorization": f"Bearer {world.tokens['CUSTOMER']}"})
        assert (await client.receive())["type"] == "connection_ack"
        await _answered(client, "1")
    finally:
        await ws.close()


async def test_a_served_socket_keeps_its_state_in_slots_not_in_a_dictionary(
    api: Any, world: DemoWorld
) -> None:
    # given a socket that was acknowledged, answered an operation and was pinged
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as client:
        await _answered(client, "1")
        await client.ws.ping()
        served = [
            o for o in gc.get_objects() if isinstance(o, web.WebSocketResponse) and not o.closed
        ]
        # then the server's side of it holds every attribute in a slot: an attribute
        # dictionary costs each open socket some 1.5 KiB (roost.ws_slots)
        assert [type(ws) for ws in served] == [SlottedWebSocketResponse]
        assert vars(served[0]) == {}, "aiohttp sets attributes roost.ws_slots.STATE lacks"
    # and closing it still leaves nothing in a dictionary
    assert vars(served[0]) == {}


async def test_an_idle_socket_keeps_none_of_the_frames_it_was_sent(
    api: Any, world: DemoWorld
) -> None:
    # given a socket whose operation was answered, and that has been idle since
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as client:
        await _answered(client, "kept-frame")
        # then the server no longer holds the frame that asked for it (strawberry's read
        # loop keeps the last frame until the next one: for an idle socket, for life)
        kept = [
            o
            for o in gc.get_objects()
            if type(o) is dict and o.get("id") == "kept-frame" and o.get("type") == "subscribe"
        ]
        assert kept == []

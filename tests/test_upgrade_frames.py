"""An open WebSocket holds no middleware's frame (``roost.upgrades``): each middleware
kept some 300 bytes for the socket's whole life, and an app follows many threads."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.conftest import Api, DemoWorld
from tests.test_subscriptions import MESSAGE_ADDED, chateau_booking_id, start_thread
from tests.wsclient import WsClient


def _suspended_in(task: asyncio.Task[Any]) -> list[str]:
    """The functions a task is suspended in, outermost first."""
    names, coroutine = [], task.get_coro()
    while coroutine is not None and hasattr(coroutine, "__qualname__"):
        names.append(coroutine.__qualname__)
        coroutine = getattr(coroutine, "cr_await", None)
    return names


def _socket_stacks() -> list[list[str]]:
    return [
        stack
        for stack in map(_suspended_in, asyncio.all_tasks())
        if "SessionSocket.handle" in stack
    ]


def _middleware_names(api: Api) -> set[str]:
    app = api.client.server.app
    return {getattr(m, "__wrapped__", m).__qualname__ for m in app.middlewares}


async def test_an_open_socket_is_served_beneath_the_request_id_alone(
    api: Api, world: DemoWorld
) -> None:
    # given a customer's socket (token in connection_init) with a live subscription
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    async with await WsClient.connect(api.client, world.tokens["CUSTOMER"]) as ws:
        await ws.subscribe("1", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
        assert (await ws.data("1"))["messageAdded"]["seq"] == 1

        # when the server's task serving it is looked at
        (stack,) = _socket_stacks()

        # then of the middlewares only the request id's (its log line and header) waits
        # on it; the others made their checks and left
        assert set(stack) & _middleware_names(api) == {"request_id_middleware"}


async def test_a_socket_with_a_header_token_keeps_the_checks_that_need_it(
    api: Api, world: DemoWorld
) -> None:
    # given a socket whose upgrade request carried the token as a header
    ws = await api.client.ws_connect(
        "/graphql",
        protocols=("graphql-transport-ws",),
        headers={"Authorization": f"Bearer {world.tokens['CUSTOMER']}"},
    )
    client = WsClient(ws)
    async with client:
        await client.init({"authorization": f"Bearer {world.tokens['CUSTOMER']}"})
        assert (await client.receive())["type"] == "connection_ack"

        # then the refusal headers and the outage answer still wrap it (a refused header
        # token gets its challenge, a database outage its 503)
        (stack,) = _socket_stacks()
        assert {"refusal_headers_middleware", "outage_middleware"} <= set(stack)

"""A closed WebSocket leaves nothing in reference cycles (issue 10): its server-side
objects are freed by reference counting as soon as it is gone, without the garbage
collector. A served process freezes what survives a full collection (``roost.gc_pauses``),
so anything of a socket left in a cycle would stay until a walk over every object.

Each scenario runs with the collector off: a socket subscribes to a thread's messages and
to its inbox, receives a message and an inbox update, and closes (the client closes it,
the server closes it on revocation, or the client's network goes away); then the
socket's handler, ``WebSocketResponse``, request and transport must be dead, and a
collection must find no server-side garbage. The same for a legacy graphql-ws socket
closed by its client.
"""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

import models as m
from roost.app import HUB_KEY, create_app
from subscriptions.channels import announce_revocation
from tests.conftest import Api, DemoWorld, make_settings
from tests.test_legacy_ws_reauthorisation import legacy_server, legacy_socket, next_frame, start
from tests.test_subscriptions import (
    MESSAGE_ADDED,
    chateau_booking_id,
    live_inbox,
    sent,
    start_thread,
    update_about,
)
from tests.wsclient import WsClient

#: Where the server's objects come from (the client's are aiohttp.client*).
SERVER_MODULES = (
    "roost.",
    "schema.",
    "subscriptions.",
    "resolvers.",
    "models.",
    "strawberry.",
    "graphql.",
    "aiohttp.web",
    "asyncio.selector_events",
)

#: The subscriber, who loses access when the server closes the socket.
ROLE = "PROVIDER_STAFF"


#: The type of a connection's end (a transport): in garbage it counts only when it is the
#: socket's own connection, by its addresses; any other connection the test's client and
#: server close meanwhile (an idle keep-alive HTTP connection) ends in Python 3.11's own
#: cycle (the transport keeps its bound read callback), which is not the socket's doing.
TRANSPORT = "asyncio.selector_events._SelectorSocketTransport"


def connection_of(transport: Any) -> frozenset[Any]:
    """A connection's two addresses, the same seen from either end."""
    return frozenset((transport.get_extra_info("sockname"), transport.get_extra_info("peername")))


@contextmanager
def server_garbage(connection: list[frozenset[Any]]) -> Iterator[list[str]]:
    """The collector off inside; at exit, the server-side objects a collection then finds
    as garbage (by type name) are added to the list: of the transports, those of the
    socket's ``connection`` (filled in inside, once the socket is open)."""
    gc.collect()
    gc.disable()
    found: list[str] = []
    try:
        yield found
    finally:
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        gc.set_debug(0)
        for o in gc.garbage:
            name = f"{type(o).__module__}.{type(o).__qualname__}"
            if name == TRANSPORT and connection_of(o) not in connection:
                continue
            if name.startswith(SERVER_MODULES):
                found.append(name)
        found.sort()
        gc.garbage.clear()
        gc.enable()


def socket_objects(app: web.Application) -> dict[str, weakref.ref[Any]]:
    """Weak references to the server's objects of the one open socket of ``app``."""
    view: Any = next(r.handler for r in app.router.routes() if r.resource.canonical == "/graphql")
    (session,) = view.sockets.sessions
    handler = session.socket
    request = handler.context.request
    return {
        "handler": weakref.ref(handler),
        "WebSocketResponse": weakref.ref(handler.websocket.ws),
        "request": weakref.ref(request),
        "transport": weakref.ref(request.transport),
    }


def opened(app: web.Application, connection: list[frozenset[Any]]) -> dict[str, weakref.ref[Any]]:
    """:func:`socket_objects`, the socket's connection noted in ``connection``."""
    objects = socket_objects(app)
    connection.append(connection_of(objects["transport"]()))
    return objects


async def alive_after(objects: dict[str, weakref.ref[Any]], seconds: float = 5.0) -> list[str]:
    """Which of ``objects`` are still alive after ``seconds`` (sooner when none is)."""
    for _ in range(int(seconds / 0.05)):
        if all(ref() is None for ref in objects.values()):
            return []
        await asyncio.sleep(0.05)
    return [name for name, ref in objects.items() if ref() is not None]


async def subscribed(api: Api) -> WsClient:
    """A subscriber's socket following a new thread's messages and its inbox, which got
    the thread's opening message (replayed), then a new one and its inbox update."""
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    ws = await WsClient.connect(api.client, api.world.tokens[ROLE])
    await ws.subscribe("1", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
    assert (await ws.data("1"))["messageAdded"]["seq"] == 1
    await live_inbox(api, ws, ROLE, thread)
    seq = await sent(api, "CUSTOMER", thread, "while subscribed")
    assert (await ws.data("1"))["messageAdded"]["seq"] == seq
    while (await update_about(ws, thread))["thread"]["lastMessage"]["seq"] != seq:
        pass  # the inbox's updates of marking it read, before
    return ws


async def close(how: str, ws: WsClient, api: Api) -> None:
    """End the socket ``how``: the client closes it, the server closes it (4403, the
    subscriber's account deactivated), or the client's network goes away."""
    if how == "client":
        await ws.close()
    elif how == "server":
        staff = api.world.user_ids[ROLE]
        await m.User.filter(id=staff).update(active=False)
        try:
            await announce_revocation(api.client.server.app[HUB_KEY], user_id=staff)
            assert await ws.closed() == 4403
        finally:
            await m.User.filter(id=staff).update(active=True)
    else:
        ws.ws._conn.transport.abort()  # type: ignore[attr-defined, union-attr]


@pytest.mark.parametrize("how", ["client", "server", "drop"])
async def test_a_closed_socket_is_freed_without_the_garbage_collector(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path, how: str
) -> None:
    # given a server that pings every second (a dropped client is noticed at once), which
    # served a socket before (what that creates once, e.g. the document's validation, is
    # kept or freed by now)
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_WS_PING_SECONDS="1")
    api = Api(await aiohttp_client(create_app(settings)), world)
    async with await subscribed(api):
        pass

    connection: list[frozenset[Any]] = []
    with server_garbage(connection) as garbage:
        # when a subscriber's socket receives the thread's messages, then ends
        ws = await subscribed(api)
        objects = opened(api.client.server.app, connection)
        await close(how, ws, api)

        # then its server-side objects are freed by reference counting alone
        assert await alive_after(objects) == []
        await ws.close()
    # and nothing of the server was left in a reference cycle
    assert garbage == []


async def test_a_closed_legacy_socket_is_freed_without_the_garbage_collector(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that also speaks graphql-ws, which served such a socket before
    api = await legacy_server(aiohttp_client, world, tmp_path)
    await (await legacy_subscribed(api)).close()

    connection: list[frozenset[Any]] = []
    with server_garbage(connection) as garbage:
        # when a subscriber's graphql-ws socket receives a thread's messages, then the
        # client closes it
        ws = await legacy_subscribed(api)
        objects = opened(api.client.server.app, connection)
        await ws.close()

        # then its server-side objects are freed by reference counting alone
        assert await alive_after(objects) == []
    # and nothing of the server was left in a reference cycle
    assert garbage == []


async def legacy_subscribed(api: Api) -> aiohttp.ClientWebSocketResponse:
    """A graphql-ws socket following a new thread, which got its opening message and a
    new one."""
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    ws = await legacy_socket(api.client, api.world.tokens[ROLE])
    await start(ws, "1", thread)
    assert (await next_frame(ws, "1"))["type"] == "data"
    await sent(api, "CUSTOMER", thread, "while subscribed")
    assert (await next_frame(ws, "1"))["type"] == "data"
    return ws

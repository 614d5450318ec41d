"""Open sockets are re-authorised together (``roost/ws_sweep.py``): every
``ROOST_WS_REAUTH_SECONDS`` one statement reads the callers of all sockets, and a socket
whose caller lost access without any announcement is closed with 4403."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import models as m
from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings
from tests.sqlcount import count_statements
from tests.wsclient import WsClient

#: Users holding two sockets each.
USERS = ("CUSTOMER", "PROVIDER_STAFF", "AGENT", "AGENT_VIP", "ADMIN")


def user_reads(statements: list[str]) -> int:
    """The statements that read accounts."""
    return sum(1 for text in statements if text.startswith("SELECT") and 'FROM "user"' in text)


async def test_sockets_are_re_read_together_and_closed_when_access_was_lost(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given ten open sockets of five users, re-authorised every half second
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_WS_REAUTH_SECONDS="0.5")
    api = Api(await aiohttp_client(create_app(settings)), world)
    sockets = {
        (role, n): await WsClient.connect(api.client, world.tokens[role])
        for role in USERS
        for n in range(2)
    }
    staff_id = world.user_ids["PROVIDER_STAFF"]
    try:
        # when two seconds pass
        with count_statements() as counter:
            await asyncio.sleep(2.0)
        # then the callers were read a few times in all, not once per socket each time
        assert 2 <= user_reads(counter.statements) <= 5

        # when one account is deactivated, and nobody announces it
        await m.User.filter(id=staff_id).update(active=False)

        # then its sockets are closed with 4403 within a sweep, and the others stay open
        for n in range(2):
            assert await sockets[("PROVIDER_STAFF", n)].closed(within=3.0) == 4403
        for (role, _), ws in sockets.items():
            if role != "PROVIDER_STAFF":
                assert not ws.ws.closed
    finally:
        await m.User.filter(id=staff_id).update(active=True)
        await asyncio.gather(*(ws.close() for ws in sockets.values()))


async def test_a_socket_whose_caller_changed_role_is_closed_by_the_sweep(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given an agent's socket and an admin's, re-authorised every half second
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_WS_REAUTH_SECONDS="0.5")
    api = Api(await aiohttp_client(create_app(settings)), world)
    agent = await WsClient.connect(api.client, world.tokens["AGENT"])
    admin = await WsClient.connect(api.client, world.tokens["ADMIN"])
    agent_id = world.user_ids["AGENT"]
    try:
        # when the agent's role changes, and nobody announces it
        await m.User.filter(id=agent_id).update(role=m.Role.ANALYST)

        # then the agent's socket is closed with 4403 within a sweep; the admin's stays open
        assert await agent.closed(within=3.0) == 4403
        assert not admin.ws.closed
    finally:
        await m.User.filter(id=agent_id).update(role=m.Role.AGENT)
        await asyncio.gather(agent.close(), admin.close())

"""Agents' sockets that open or close together have their presence rows written together:
one statement per group, each socket still told whether its row was written."""

from __future__ import annotations

import asyncio
import logging

import pytest

import models as m
from resolvers.presence import Presence
from resolvers.principal import Principal
from roost.group_writes import GroupWrites
from tests.factories import agents
from tests.sqlcount import StatementCounter, count_statements


def _writes(counter: StatementCounter, verb: str) -> list[str]:
    return [
        s
        for s in counter.statements
        if s.upper().startswith(verb) and "agent_presence" in s.lower()
    ]


async def test_agents_connecting_together_cost_one_insert_and_one_delete(orm: None) -> None:
    # given 30 agents whose sockets are authenticated at the same moment
    team = await agents(30)
    presences = Presence()
    with count_statements() as counter:
        sessions = await asyncio.gather(
            *(presences.arrive(Principal.for_user(agent)) for agent in team)
        )
    # then each has its own row, written by one INSERT
    assert len(set(sessions)) == 30
    assert None not in sessions
    rows = await m.AgentPresence.filter(session__in=sessions).values_list("user_id", flat=True)
    assert sorted(rows) == sorted(agent.id for agent in team)
    assert len(_writes(counter, "INSERT")) == 1
    # when the sockets close together, one DELETE removes every row
    with count_statements() as counter:
        await asyncio.gather(*(presences.leave(session) for session in sessions))
    assert await m.AgentPresence.filter(session__in=sessions).count() == 0
    assert len(_writes(counter, "DELETE")) == 1


async def test_arrivals_during_a_write_go_into_the_next_one() -> None:
    # given a write that is running
    calls: list[list[int]] = []
    release = asyncio.Event()

    async def write(items: list[int]) -> None:
        calls.append(items)
        await release.wait()

    group = GroupWrites(write, logging.getLogger("test"), "failed")
    first = asyncio.create_task(group(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # when more items arrive meanwhile
    later = [asyncio.create_task(group(n)) for n in (2, 3, 4)]
    await asyncio.sleep(0)
    assert calls == [[1]]
    release.set()
    # then they are written together by the next call, and every caller learns it
    assert await first
    assert all(await asyncio.gather(*later))
    assert calls == [[1], [2, 3, 4]]


async def test_a_failed_write_tells_every_caller_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def write(items: list[int]) -> None:
        raise RuntimeError("database gone")

    group = GroupWrites(write, logging.getLogger("test.groups"), "could not write the group")
    with caplog.at_level(logging.ERROR, logger="test.groups"):
        results = await asyncio.gather(*(group(n) for n in range(5)))
    assert results == [False] * 5
    assert [r.getMessage() for r in caplog.records] == ["could not write the group"]
    # and the next item is written by a new call
    written: list[list[int]] = []

    async def works(items: list[int]) -> None:
        written.append(items)

    group = GroupWrites(works, logging.getLogger("test.groups"), "failed")
    assert await group(9)
    assert written == [[9]]


async def test_a_caller_that_gives_up_still_has_its_item_written() -> None:
    # given a write that takes a while, and a caller cancelled while it waits
    written: list[list[int]] = []
    release = asyncio.Event()

    async def write(items: list[int]) -> None:
        await release.wait()
        written.append(items)

    group = GroupWrites(write, logging.getLogger("test"), "failed")
    impatient = asyncio.create_task(group(1))
    patient = asyncio.create_task(group(2))
    await asyncio.sleep(0)
    impatient.cancel()
    release.set()
    # then the item is written all the same, with the other one
    assert await patient
    assert written == [[1, 2]]
    with pytest.raises(asyncio.CancelledError):
        await impatient

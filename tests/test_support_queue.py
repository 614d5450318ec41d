"""The live queue: longest waiting first, positions and estimated waits that follow arrivals,
takes and releases (a released chat goes back to its original place)."""

from __future__ import annotations

from tests.conftest import Api
from tests.sqlcount import count_statements
from tests.support import desk_agent, query_as, queue_ids, started, take
from tests.wsclient import WsClient

RELEASE = """
mutation ($threadId: ID!) {
  releaseSupportChat(input: {threadId: $threadId}) { chat { status queuePosition } errors { code } }
}
"""

POSITION = """
query ($id: ID!) {
  node(id: $id) { ... on SupportChat { status queuePosition estimatedWaitSeconds } }
}
"""


async def _position(api: Api, chat_id: str) -> dict:
    return (await api.query("PROVIDER_STAFF", POSITION, {"id": chat_id}))["data"]["node"]


async def test_the_queue_serves_the_longest_waiting_first(api: Api) -> None:
    # given three chats arriving one after the other
    chats = [await started(api) for _ in range(3)]
    ids = [chat["id"] for chat in chats]
    # then the queue lists them in arrival order, after those already waiting
    queue = await queue_ids(api)
    assert [i for i in queue if i in ids] == ids
    assert queue[-3:] == ids
    # and each one's position is its place in that queue
    places = [(await _position(api, i))["queuePosition"] for i in ids]
    assert places == [queue.index(i) + 1 for i in ids]
    assert places[1] == places[0] + 1
    assert places[2] == places[1] + 1


async def test_positions_move_up_when_a_chat_is_taken_and_a_release_keeps_the_place(
    api: Api,
) -> None:
    # given three queued chats
    first, second, third = [await started(api) for _ in range(3)]
    before = {c["id"]: (await _position(api, c["id"]))["queuePosition"] for c in (second, third)}
    # when an agent takes the first of them
    assert (await take(api, "AGENT_SUPPORT", first["thread"]["id"]))["errors"] == []
    # then the ones behind it move up by one, and the taken one has no position
    for chat in (second, third):
        assert (await _position(api, chat["id"]))["queuePosition"] == before[chat["id"]] - 1
    assert (await _position(api, first["id"]))["queuePosition"] is None
    assert first["id"] not in await queue_ids(api)
    # when the agent releases it
    released = await api.query("AGENT_SUPPORT", RELEASE, {"threadId": first["thread"]["id"]})
    # then it is back at its original place, ahead of the chats that came after it
    assert released["data"]["releaseSupportChat"]["errors"] == []
    queue = await queue_ids(api)
    assert queue.index(first["id"]) < queue.index(second["id"]) < queue.index(third["id"])
    assert (await _position(api, second["id"]))["queuePosition"] == before[second["id"]]


async def test_the_estimated_wait_grows_with_the_position(api: Api) -> None:
    # given two queued chats, one behind the other
    ahead, behind = await started(api), await started(api)
    # then the one behind never waits less, and both are told a wait
    first = await _position(api, ahead["id"])
    second = await _position(api, behind["id"])
    assert 0 < first["estimatedWaitSeconds"] <= second["estimatedWaitSeconds"]


async def test_only_the_agent_holding_a_chat_releases_it(orm: None, api: Api) -> None:
    # given a chat held by one desk agent
    chat = await started(api)
    await take(api, "AGENT_SUPPORT", chat["thread"]["id"])
    other = await desk_agent(api.world, "Noa Other")
    # when another desk agent releases it
    answer = await query_as(api, other, RELEASE, {"threadId": chat["thread"]["id"]})
    # then it is refused and the chat stays taken
    assert answer["data"]["releaseSupportChat"]["errors"] == [{"code": "FORBIDDEN"}]
    assert (await _position(api, chat["id"]))["status"] == "ACTIVE"


CHAT_UPDATES = """
subscription ($threadId: ID!) {
  supportChatUpdates(threadId: $threadId) { chat { status } queuePosition estimatedWaitSeconds }
}
"""


async def test_the_provider_is_pushed_its_new_position_as_the_queue_moves(api: Api) -> None:
    # given two queued chats, and the provider following the second one
    ahead, behind = await started(api), await started(api)
    async with await WsClient.connect(api.client, api.world.tokens["PROVIDER_STAFF"]) as ws:
        await ws.subscribe("u", CHAT_UPDATES, {"threadId": behind["thread"]["id"]})
        now = (await ws.data("u"))["supportChatUpdates"]
        # when an agent takes the chat ahead of it
        await take(api, "AGENT_SUPPORT", ahead["thread"]["id"])
        # then the provider is pushed a place one closer, and a wait no longer than before
        moved = (await ws.data("u"))["supportChatUpdates"]
        assert moved["chat"] == {"status": "QUEUED"}
        assert moved["queuePosition"] == now["queuePosition"] - 1
        assert moved["estimatedWaitSeconds"] <= now["estimatedWaitSeconds"]
        # when a chat arrives behind it, nothing changes for it, so nothing is pushed
        await started(api)
        assert await ws.silence("u", 0.5) == []


FULL_QUEUE = """
query ($first: Int) {
  supportQueue(first: $first) {
    edges { node { id waitingSince queuePosition estimatedWaitSeconds topic { key label }
      provider { name } firstMessage { body attachments { filename } } thread { id } } }
  }
}
"""


async def test_the_queue_reads_in_the_same_statements_however_long_it_is(
    api: Api,
) -> None:
    # given a queue of at least six chats
    for _ in range(6):
        await started(api)

    async def statements(first: int) -> int:
        with count_statements() as counter:
            answer = await api.query("AGENT_SUPPORT", FULL_QUEUE, {"first": first})
        assert len(answer["data"]["supportQueue"]["edges"]) == first
        return len(counter.statements)

    # when an agent reads two chats of it, then six, with everything the queue shows
    # then the number of SQL statements does not grow with the page
    assert await statements(6) == await statements(2)


QUEUE_UPDATES = "subscription { supportQueueUpdates { kind queueLength chat { id status } } }"

ESCALATE = """
mutation ($threadId: ID!) {
  escalateSupportChat(input: {threadId: $threadId, teamKey: "support-bookings",
                              summary: "Needs the booking team"}) { errors { code } }
}
"""


async def test_the_desk_hears_a_chat_go_back_and_a_chat_leave_the_queue(api: Api) -> None:
    # given a queued chat, with the desk following the queue
    chat = await started(api)
    thread_id = chat["thread"]["id"]
    async with await WsClient.connect(api.client, api.world.tokens["AGENT_SUPPORT"]) as desk:
        await desk.subscribe("q", QUEUE_UPDATES)
        await desk.silence("q", 0.3)
        waiting = len(await queue_ids(api))
        # when an agent takes it and releases it
        await take(api, "AGENT_SUPPORT", thread_id)
        taken = (await desk.data("q"))["supportQueueUpdates"]
        released = await api.query("AGENT_SUPPORT", RELEASE, {"threadId": thread_id})
        assert released["data"]["releaseSupportChat"]["errors"] == []
        # then the desk hears it leave and come back, with the queue's length each time
        assert taken == {
            "kind": "taken",
            "queueLength": waiting - 1,
            "chat": {"id": chat["id"], "status": "ACTIVE"},
        }
        assert (await desk.data("q"))["supportQueueUpdates"] == {
            "kind": "released",
            "queueLength": waiting,
            "chat": {"id": chat["id"], "status": "QUEUED"},
        }
        # when an admin escalates it before anyone takes it again
        escalated = await api.query("ADMIN", ESCALATE, {"threadId": thread_id})
        assert escalated["data"]["escalateSupportChat"]["errors"] == []
        # then the desk hears it leave the queue as a ticket
        assert (await desk.data("q"))["supportQueueUpdates"] == {
            "kind": "left",
            "queueLength": waiting - 1,
            "chat": {"id": chat["id"], "status": "TICKET_OPEN"},
        }
        assert chat["id"] not in await queue_ids(api)

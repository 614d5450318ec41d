"""Canned replies: a team's agents write them, every agent inserts them into a thread."""

from __future__ import annotations

from typing import Any

import pytest
from strawberry.relay import GlobalID

import models as m
from models.policy import STAFF
from resolvers.threads import party_columns
from roost.demo import ACCOUNTS
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

LIST = """
query ($team: String) { cannedReplies(teamKey: $team) { id title body team { key } } }
"""

CREATE = """
mutation ($input: CreateCannedReplyInput!) {
  createCannedReply(input: $input) {
    cannedReply { id title body team { key } } errors { code field }
  }
}
"""

UPDATE = """
mutation ($input: UpdateCannedReplyInput!) {
  updateCannedReply(input: $input) { cannedReply { id title body } errors { code field } }
}
"""

DELETE = """
mutation ($input: DeleteCannedReplyInput!) {
  deleteCannedReply(input: $input) { deletedId errors { code field } }
}
"""

RENDER = """
query ($id: ID!, $thread: ID!) { renderCannedReply(id: $id, threadId: $thread) }
"""

BODY = "Dear {customer_name}, your booking {booking_reference} is confirmed. {unknown}"


async def create(api: Api, role: str, **fields: Any) -> dict[str, Any]:
    """The payload of createCannedReply as ``role``."""
    values = {"teamKey": "vip", "title": "Confirmed", "body": BODY, **fields}
    body = await api.query(role, CREATE, {"input": values})
    return body["data"]["createCannedReply"]


async def test_a_teams_agent_writes_a_reply_and_any_agent_inserts_it(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Placeholders take the thread's customer name and booking reference."""
    # given a VIP agent's new canned reply and a thread on Victoria Hale's booking
    created = await create(api, "AGENT_VIP")
    assert created["errors"] == []
    reply = created["cannedReply"]
    booking = await booking_for(world, customer="CUSTOMER_VIP")
    thread = await m.Thread.create(
        booking_id=booking.id, subject="Canned", **party_columns(booking, m.Party.CUSTOMER)
    )
    thread_id = str(GlobalID("Thread", str(thread.id)))
    # when another agent lists the VIP team's replies and renders it for the thread
    listed = (await api.query("AGENT", LIST, {"team": "vip"}))["data"]["cannedReplies"]
    text = await api.query("AGENT", RENDER, {"id": reply["id"], "thread": thread_id})
    # then it is there, filled in for that thread (unknown braces stay as written)
    assert reply in listed
    assert text["data"]["renderCannedReply"] == (
        f"Dear Victoria Hale, your booking {booking.reference} is confirmed. {{unknown}}"
    )


async def test_only_the_teams_agents_change_its_replies(api: Api) -> None:
    """An agent of another team may not add, change or remove the VIP team's replies."""
    refused = await create(api, "AGENT")
    assert refused == {"cannedReply": None, "errors": [{"code": "FORBIDDEN", "field": "teamKey"}]}
    reply = (await create(api, "AGENT_VIP"))["cannedReply"]
    change = await api.query("AGENT", UPDATE, {"input": {"id": reply["id"], "title": "Mine"}})
    assert change["data"]["updateCannedReply"]["errors"] == [{"code": "FORBIDDEN", "field": "id"}]
    removal = await api.query("AGENT", DELETE, {"input": {"id": reply["id"]}})
    assert removal["data"]["deleteCannedReply"]["errors"] == [{"code": "FORBIDDEN", "field": "id"}]


async def test_the_teams_agent_updates_and_deletes_a_reply(api: Api) -> None:
    """Changes keep what is not given; a deleted reply is gone from the list."""
    reply = (await create(api, "AGENT_VIP"))["cannedReply"]
    changed = await api.query("AGENT_VIP", UPDATE, {"input": {"id": reply["id"], "title": "New"}})
    assert changed["data"]["updateCannedReply"]["cannedReply"] == {
        "id": reply["id"],
        "title": "New",
        "body": BODY,
    }
    removed = await api.query("ADMIN", DELETE, {"input": {"id": reply["id"]}})
    assert removed["data"]["deleteCannedReply"] == {"deletedId": reply["id"], "errors": []}
    listed = (await api.query("AGENT_VIP", LIST, {"team": "vip"}))["data"]["cannedReplies"]
    assert reply["id"] not in [r["id"] for r in listed]


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"teamKey": "nobody"}, [{"code": "NOT_FOUND", "field": "teamKey"}]),
        ({"title": "  "}, [{"code": "REQUIRED", "field": "title"}]),
        ({"body": "x" * 10_001}, [{"code": "TOO_LONG", "field": "body"}]),
        (
            {"title": "", "body": "x" * 10_001},
            [{"code": "REQUIRED", "field": "title"}, {"code": "TOO_LONG", "field": "body"}],
        ),
    ],
)
async def test_bad_replies_are_refused(
    api: Api, fields: dict[str, Any], errors: list[dict[str, str]]
) -> None:
    """Unknown team, empty title, over-long body (each bad field at once): coded errors,
    nothing stored."""
    assert await create(api, "AGENT_VIP", **fields) == {"cannedReply": None, "errors": errors}


#: Demo accounts whose role the policy keeps away from canned replies.
OUTSIDERS = [key for key, account in ACCOUNTS.items() if account[2] not in STAFF]


@pytest.mark.parametrize("role", OUTSIDERS)
async def test_only_the_service_team_has_canned_replies(
    orm: None, world: DemoWorld, api: Api, role: str
) -> None:
    """FORBIDDEN to list, to render, to create, to change and to delete."""
    reply = await m.CannedReply.filter(team__key="vip").first()
    assert reply is not None
    reply_id = str(GlobalID("CannedReply", str(reply.id)))
    thread = await m.Thread.first()
    assert thread is not None
    thread_id = str(GlobalID("Thread", str(thread.id)))
    for document, variables in ((LIST, {}), (RENDER, {"id": reply_id, "thread": thread_id})):
        refused = await api.query(role, document, variables)
        assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    forbidden = [{"code": "FORBIDDEN", "field": None}]
    assert (await create(api, role))["errors"] == forbidden
    for document, name, values in (
        (UPDATE, "updateCannedReply", {"id": reply_id, "title": "Hacked"}),
        (DELETE, "deleteCannedReply", {"id": reply_id}),
    ):
        body = await api.query(role, document, {"input": values})
        assert body["data"][name]["errors"] == forbidden
    assert (await m.CannedReply.get(id=reply.id)).title == reply.title

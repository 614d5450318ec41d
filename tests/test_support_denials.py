"""Every support desk mutation refused to every demo role the policy does not allow: the
refusal is FORBIDDEN (PROVIDER_NOT_ELIGIBLE for starting a chat), nothing is stored and
nobody is woken up. Generated from ``models.policy.MUTATIONS``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import models as m
from models.policy import MUTATIONS
from roost.app import HUB_KEY
from roost.demo import ACCOUNTS
from subscriptions.channels import SUPPORT_QUEUE, thread_channel
from tests.conftest import Api, DemoWorld
from tests.support import node_id, unique

DOCUMENT = """
mutation ($input: {input_type}!) {{ {name}(input: $input) {{ errors {{ code field }} }} }}
"""


def _thread(chat: m.SupportChat) -> str:
    return node_id("Thread", chat.thread_id)


#: A valid input of each support mutation, for a queued chat and a topic.
INPUTS: dict[str, Callable[[m.SupportChat, m.SupportTopic], dict[str, Any]]] = {
    "startSupportChat": lambda c, t: {"topic": "TECHNICAL", "body": unique("Help")},
    "rateSupportChat": lambda c, t: {"threadId": _thread(c), "rating": 4},
    "takeSupportChat": lambda c, t: {"threadId": _thread(c)},
    "releaseSupportChat": lambda c, t: {"threadId": _thread(c)},
    "resolveSupportChat": lambda c, t: {"threadId": _thread(c)},
    "escalateSupportChat": lambda c, t: {
        "threadId": _thread(c),
        "teamKey": "support-bookings",
        "summary": "Needs the booking team",
    },
    "setSupportTicketStatus": lambda c, t: {"threadId": _thread(c), "status": "TICKET_SOLVED"},
    "createSupportTopic": lambda c, t: {
        "key": unique("NEW").replace(" ", "_").upper(),
        "labels": {"en": "New"},
        "complexity": "SIMPLE",
        "teamKey": "support",
    },
    "updateSupportTopic": lambda c, t: {"id": node_id("SupportTopic", t.id), "retired": True},
}

DENIED = [
    pytest.param(name, key, id=f"{name}-{key}")
    for name in INPUTS
    for key in ACCOUNTS
    if ACCOUNTS[key][2] not in MUTATIONS[name]
]


def test_every_support_mutation_has_a_generated_request() -> None:
    assert {name for name in MUTATIONS if "Support" in name} == set(INPUTS)


async def _stored() -> dict[str, Any]:
    return {
        "chats": await m.SupportChat.all().order_by("id").values(),
        "topics": await m.SupportTopic.all().order_by("id").values(),
        "messages": await m.Message.all().count(),
        "threads": await m.Thread.all().count(),
    }


@pytest.mark.parametrize(("name", "key"), DENIED)
async def test_a_role_the_policy_does_not_allow_is_refused_and_nothing_changes(
    name: str, key: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a queued chat of the venue and a topic, and a listener on the queue and the chat
    chat = await m.SupportChat.filter(status=m.SupportStatus.QUEUED).first()
    topic = await m.SupportTopic.get(key="FINANCE")
    assert chat is not None
    before = await _stored()
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(SUPPORT_QUEUE, thread_channel(chat.thread_id)) as events:
        # when the role sends the mutation with a valid input
        input_type = f"{name[0].upper()}{name[1:]}Input"
        body = await api.query(
            key,
            DOCUMENT.format(input_type=input_type, name=name),
            {"input": INPUTS[name](chat, topic)},
        )
        # then it is refused, nothing is stored and nobody is woken up
        assert "errors" not in body, body
        codes = [error["code"] for error in body["data"][name]["errors"]]
        expected = "PROVIDER_NOT_ELIGIBLE" if name == "startSupportChat" else "FORBIDDEN"
        assert codes == [expected], body
        assert await _stored() == before
        assert await events.next(0.05) is None

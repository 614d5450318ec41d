"""Documents and helpers shared by the support desk tests (tests/test_support_*.py)."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from strawberry.relay import GlobalID

import models as m
from roost.auth import mint_token
from tests.conftest import Api, DemoWorld

CHAT_FIELDS = """
  id status waitingSince queuePosition estimatedWaitSeconds agentFirstName rating ratingComment
  topic { key complexity }
  thread { id kind }
"""

START = f"""
mutation ($input: StartSupportChatInput!) {{
  startSupportChat(input: $input) {{ chat {{ {CHAT_FIELDS} }} errors {{ code message field }} }}
}}
"""

TAKE = f"""
mutation ($threadId: ID!) {{
  takeSupportChat(input: {{threadId: $threadId}}) {{
    chat {{ {CHAT_FIELDS} }} errors {{ code message field }}
  }}
}}
"""

QUEUE = """
query ($first: Int) {
  supportQueue(first: $first) {
    edges { node { id status waitingSince queuePosition topic { key } provider { name }
                   firstMessage { body attachments { filename } } thread { id } } }
  }
}
"""

SEND = """
mutation ($threadId: ID!, $body: String!, $visibility: Visibility = ALL) {
  sendMessage(input: {threadId: $threadId, body: $body, visibility: $visibility}) {
    message { seq } errors { code message }
  }
}
"""


def unique(prefix: str) -> str:
    """A text no other test writes."""
    return f"{prefix} {uuid4().hex[:10]}"


def node_id(type_name: str, pk: int) -> str:
    """The opaque relay id of row ``pk`` of ``type_name``."""
    return str(GlobalID(type_name, str(pk)))


async def start_chat(
    api: Api, role: str = "PROVIDER_STAFF", topic: str = "TECHNICAL", **extra: Any
) -> dict[str, Any]:
    """``startSupportChat`` as ``role``; the payload (chat and errors)."""
    body = extra.pop("body", None) or unique("Help with")
    variables = {"input": {"topic": topic, "body": body, **extra}}
    answer = await api.query(role, START, variables)
    assert "errors" not in answer, answer
    return answer["data"]["startSupportChat"]


async def started(api: Api, role: str = "PROVIDER_STAFF", **options: Any) -> dict[str, Any]:
    """A chat ``role`` must be able to start; the chat."""
    payload = await start_chat(api, role, **options)
    assert payload["errors"] == [], payload
    return payload["chat"]


async def take(api: Api, role: str, thread_id: str) -> dict[str, Any]:
    """``takeSupportChat`` as ``role``; the payload."""
    answer = await api.query(role, TAKE, {"threadId": thread_id})
    assert "errors" not in answer, answer
    return answer["data"]["takeSupportChat"]


async def queue_ids(api: Api, role: str = "AGENT_SUPPORT") -> list[str]:
    """The ids of the queued chats, in queue order."""
    answer = await api.query(role, QUEUE, {"first": 100})
    assert "errors" not in answer, answer
    return [edge["node"]["id"] for edge in answer["data"]["supportQueue"]["edges"]]


async def desk_agent(world: DemoWorld, name: str) -> str:
    """A token for a new agent of the support team."""
    agent = await m.User.create(
        email=f"{uuid4().hex[:10]}@roost.example", name=name, role=m.Role.AGENT
    )
    await agent.teams.add(await m.Team.get(key="support"))
    return mint_token(world.settings, agent)


async def provider_staff(world: DemoWorld, *, active: bool = True, verified: bool = True) -> str:
    """A token for the staff of a new provider with the given account state."""
    provider = await m.Organisation.create(
        name=unique("Provider"),
        kind=m.OrganisationKind.PROVIDER,
        active=active,
        verified=verified,
    )
    staff = await m.User.create(
        email=f"{uuid4().hex[:10]}@provider.example",
        name="Pat Provider",
        role=m.Role.PROVIDER_STAFF,
        organisation=provider,
    )
    return mint_token(world.settings, staff)


async def query_as(
    api: Api, token: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The response body of ``query`` sent with ``token``."""
    status, body = await api.post(query, variables, token=token)
    assert status == 200, body
    return body

"""Rate limits per user and per IP address: ``RATE_LIMITED`` with the time to wait.

Each test runs a server with small limits (``ROOST_RATE_LIMITS``), exceeds one of them and
checks the refusal: ``extensions.retryAfter`` in seconds, HTTP 429 with ``Retry-After``
for anonymous callers, nothing done, and other callers unaffected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

import models as m
from resolvers.ratelimit import RateLimiter
from roost.app import create_app
from roost.settings import DEFAULT_RATE_LIMITS, ConfigurationError, load_settings
from tests.conftest import Api, DemoWorld, make_settings
from tests.factories import booking_for
from tests.test_attachments import multipart, pk_of, png
from tests.test_selfservice_edits import CLAIRE, VALIDATE, gid, venue_case

START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code message field } }
}
"""

SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq } errors { code message field } }
}
"""

TYPENAME = "query { __typename }"


async def limited_api(aiohttp_client: Any, world: DemoWorld, tmp_path: Path, rates: str) -> Api:
    """A server on the session database whose rate limits are ``rates``."""
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_RATE_LIMITS=rates)
    return Api(await aiohttp_client(create_app(settings)), world)


def refusal(body: dict[str, Any]) -> dict[str, Any]:
    """The extensions of a response's one error."""
    [error] = body["errors"]
    return error["extensions"]


async def start(api: Api, role: str, booking: m.Booking, body: str = "Hello") -> dict[str, Any]:
    """The response body of ``startThread`` on ``booking`` as ``role``."""
    variables = {"input": {"bookingId": gid("Booking", booking.id), "body": body}}
    return await api.query(role, START_THREAD, variables)


async def test_starting_threads_beyond_the_rate_is_refused_per_user(
    orm: None, aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server allowing 2 threads per hour and a booking of the customer
    api = await limited_api(aiohttp_client, world, tmp_path, "threads=2/3600")
    booking = await booking_for(world)
    # when the customer starts three threads
    answers = [await start(api, "CUSTOMER", booking, f"Question {n}") for n in range(3)]
    # then the third is refused with the time until the next one (half an hour)
    assert all(a["data"]["startThread"]["errors"] == [] for a in answers[:2])
    assert answers[2]["data"] is None
    assert refusal(answers[2]) == {"code": "RATE_LIMITED", "retryAfter": 1800}
    assert await m.Thread.filter(booking_id=booking.id).count() == 2
    # and an agent still starts one on the same booking
    agent = await start(api, "AGENT", booking)
    assert agent["data"]["startThread"]["errors"] == []


async def test_sending_messages_beyond_the_rate_is_refused(
    orm: None, aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server allowing 3 messages a minute and a thread of the customer
    api = await limited_api(aiohttp_client, world, tmp_path, "messages=3/60")
    started = await start(api, "CUSTOMER", await booking_for(world))
    thread_id = started["data"]["startThread"]["thread"]["id"]
    # when the customer sends four messages
    answers = [
        await api.query(
            "CUSTOMER", SEND_MESSAGE, {"input": {"threadId": thread_id, "body": f"Message {n}"}}
        )
        for n in range(4)
    ]
    # then the fourth is refused, with 20 seconds to wait, and not stored
    assert [a["data"]["sendMessage"]["message"]["seq"] for a in answers[:3]] == [2, 3, 4]
    assert refusal(answers[3]) == {"code": "RATE_LIMITED", "retryAfter": 20}
    assert await m.Message.filter(thread_id=pk_of(thread_id)).count() == 4


async def upload(client: TestClient, token: str) -> dict[str, Any]:
    """The response body of one PNG upload."""
    response = await client.post(
        "/graphql", data=multipart(png(), "shot.png", "image/png"), headers={"Authorization": token}
    )
    assert response.status == 200
    return await response.json()


async def test_uploading_beyond_the_rate_is_refused(
    orm: None, aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server allowing one upload per ten minutes
    api = await limited_api(aiohttp_client, world, tmp_path, "uploads=1/600")
    customer = f"Bearer {world.tokens['CUSTOMER']}"
    stored = await m.Attachment.all().count()
    # when the customer uploads two files
    first = await upload(api.client, customer)
    second = await upload(api.client, customer)
    # then the second is refused for ten minutes and not stored
    assert first["data"]["uploadAttachment"]["errors"] == []
    assert refusal(second) == {"code": "RATE_LIMITED", "retryAfter": 600}
    assert await m.Attachment.all().count() == stored + 1
    # and another user still uploads
    other = await upload(api.client, f"Bearer {world.tokens['PROVIDER_STAFF']}")
    assert other["data"]["uploadAttachment"]["errors"] == []


async def test_link_guesses_beyond_the_rate_get_429_per_address(
    orm: None, aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server allowing 2 link guesses an hour per address, and two edit links
    api = await limited_api(aiohttp_client, world, tmp_path, "link_guesses=2/3600")
    _, case = await venue_case(world)
    _, other = await venue_case(world)
    # when one address tries a wrong address on one link, then the right ones on both
    guesses = [
        (case.token, "guess@example.com"),
        (case.token, CLAIRE),
        (other.token, CLAIRE),
    ]
    answers = []
    for token, email in guesses:
        response = await api.client.post(
            "/graphql",
            json={"query": VALIDATE, "variables": {"input": {"token": token, "email": email}}},
        )
        answers.append(
            (response.status, response.headers.get("Retry-After"), await response.json())
        )
    # then the third guess is refused with 429 and the wait (half an hour), unchecked
    assert [status for status, _, _ in answers] == [200, 200, 429]
    assert answers[1][2]["data"]["validateSelfServiceLink"]["accessToken"]
    _, retry_after, body = answers[2]
    assert retry_after == "1800"
    assert refusal(body) == {"code": "RATE_LIMITED", "retryAfter": 1800}
    link = await m.SelfServiceLink.get(id=other.link.id)
    assert link.opened_at is None
    assert link.failed_attempts == 0


async def test_anonymous_requests_beyond_the_rate_get_429(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server allowing 3 anonymous requests a minute per address
    api = await limited_api(aiohttp_client, world, tmp_path, "anonymous=3/60")
    # when one address sends four anonymous queries
    statuses = []
    for _ in range(4):
        response = await api.client.post("/graphql", json={"query": TYPENAME})
        statuses.append(response.status)
    # then the fourth gets 429 with the seconds to wait, in the header and the error
    assert statuses == [200, 200, 200, 429]
    assert response.headers["Retry-After"] == "20"
    assert refusal(await response.json()) == {"code": "RATE_LIMITED", "retryAfter": 20}
    # and authenticated requests and health probes from the same address still pass
    assert (await api.query("CUSTOMER", TYPENAME))["data"] == {"__typename": "Query"}
    assert (await api.client.get("/healthz")).status == 200


def test_a_bucket_refills_evenly_over_its_period() -> None:
    # given a limiter of 2 requests per 10 seconds on a clock we move
    now = [0.0]
    limiter = RateLimiter([("messages", 2, 10)], clock=lambda: now[0])
    # when a caller takes 2 tokens, then a third
    taken = [limiter.retry_after("messages", "user:1") for _ in range(3)]
    # then the third waits 5 seconds; after them one more passes, and others never waited
    assert taken == [0, 0, 5]
    now[0] = 5.0
    assert limiter.retry_after("messages", "user:1") == 0
    assert limiter.retry_after("messages", "user:1") == 5
    assert limiter.retry_after("messages", "user:2") == 0
    assert limiter.retry_after("threads", "user:1") == 0


def test_rate_limits_have_defaults_and_refuse_nonsense() -> None:
    # given no ROOST_RATE_LIMITS, one override, all off, and nonsense
    base = {"ROOST_JWT_SECRET": "x" * 40}
    default = load_settings(base).rate_limits
    changed = load_settings({**base, "ROOST_RATE_LIMITS": "messages=5/10, uploads=off"})
    # then every action is limited by default, and overrides change only what they name
    assert {action for action, _, _ in default} == set(DEFAULT_RATE_LIMITS)
    assert ("messages", 5, 10) in changed.rate_limits
    assert "uploads" not in {action for action, _, _ in changed.rate_limits}
    assert load_settings({**base, "ROOST_RATE_LIMITS": "off"}).rate_limits == ()
    for nonsense in ("messages=5", "typos=1/2", "messages=1/0"):
        with pytest.raises(ConfigurationError):
            load_settings({**base, "ROOST_RATE_LIMITS": nonsense})

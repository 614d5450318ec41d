"""searchMessages: full-text search over message bodies and thread subjects, within scope.

Every test writes its own words (a random token no other row holds) into threads it
starts, so counts never depend on the rest of the shared session database. The same
tests run on SQLite (FTS5) and PostgreSQL (GIN, websearch_to_tsquery).
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest

import models as m
from models.policy import QUERIES
from roost.auth import mint_token
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

SEARCH = """
query ($query: String!, $first: Int, $after: String) {
  searchMessages(query: $query, first: $first, after: $after) {
    edges {
      cursor
      node {
        kind rank snippet
        message { id body visibility }
        thread { id subject }
      }
    }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}
"""

START = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code message } }
}
"""

SEND = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id } errors { code message } }
}
"""

ERASE = """
mutation ($input: ErasePersonalDataInput!) {
  erasePersonalData(input: $input) { user { id } errors { code } }
}
"""


def word() -> str:
    """A word no other row contains."""
    return "zq" + uuid4().hex[:10]


async def start_thread(
    api: Api, role: str, booking: m.Booking, body: str, subject: str = "", token: str = ""
) -> str:
    """The id of a thread ``role`` starts on ``booking`` with ``body``."""
    variables = {
        "input": {"bookingId": gid("Booking", booking.id), "body": body, "subject": subject}
    }
    token = token or api.world.tokens[role]
    _, response = await api.post(START, variables, token=token)
    payload = response["data"]["startThread"]
    assert payload["errors"] == [], payload
    return payload["thread"]["id"]


async def send(api: Api, role: str, thread_id: str, body: str, visibility: str = "ALL") -> str:
    variables = {"input": {"threadId": thread_id, "body": body, "visibility": visibility}}
    response = await api.query(role, SEND, variables)
    payload = response["data"]["sendMessage"]
    assert payload["errors"] == [], payload
    return payload["message"]["id"]


async def search(api: Api, role: str, query: str, **more: Any) -> dict[str, Any]:
    response = await api.query(role, SEARCH, {"query": query, **more})
    assert "errors" not in response, response
    return response["data"]["searchMessages"]


async def test_agent_and_customer_find_a_word_in_a_message_body(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's thread whose second message holds a rare word
    secret = word()
    booking = await booking_for(world)
    thread_id = await start_thread(api, "CUSTOMER", booking, "Hello, about parking.")
    message_id = await send(api, "CUSTOMER", thread_id, f"Is the {secret} included in the price?")
    # when the agent and Claire search for it
    for role in ("AGENT", "CUSTOMER"):
        found = await search(api, role, secret.upper())
        # then both find that message, ranked, in its thread, the word highlighted
        (edge,) = found["edges"]
        hit = edge["node"]
        assert hit["kind"] == "MESSAGE"
        assert hit["message"]["id"] == message_id
        assert hit["thread"]["id"] == thread_id
        assert hit["rank"] > 0
        assert f"<mark>{secret}</mark>" in hit["snippet"]
        assert found["totalCount"] == 1


async def test_a_snippet_is_escaped_so_a_message_cannot_carry_markup(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a message that holds markup around a rare word
    secret = word()
    booking = await booking_for(world)
    await start_thread(api, "CUSTOMER", booking, f"Look: <script>alert(1)</script> {secret} & co")
    # when the agent finds it
    (edge,) = (await search(api, "AGENT", secret))["edges"]
    snippet = edge["node"]["snippet"]
    # then only the highlight is markup: the message's own is escaped (SQLite) or left out
    # (PostgreSQL's headline drops tags)
    assert f"<mark>{secret}</mark>" in snippet
    assert "<" not in snippet.replace("<mark>", "").replace("</mark>", "")
    assert "alert(1)" in snippet


async def test_a_subject_match_returns_the_thread(orm: None, world: DemoWorld, api: Api) -> None:
    # given a thread whose subject holds a rare word, its body not
    secret = word()
    booking = await booking_for(world)
    thread_id = await start_thread(
        api, "CUSTOMER", booking, "See subject.", subject=f"Wheelchair {secret} access"
    )
    # when the customer searches for it
    found = await search(api, "CUSTOMER", secret)
    # then the hit is the thread itself
    (edge,) = found["edges"]
    assert edge["node"]["kind"] == "THREAD"
    assert edge["node"]["message"] is None
    assert edge["node"]["thread"]["id"] == thread_id
    assert f"<mark>{secret}</mark>" in edge["node"]["snippet"]


async def test_a_customer_never_finds_an_internal_note(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's thread with an agent's INTERNAL note holding a rare word
    secret = word()
    booking = await booking_for(world)
    thread_id = await start_thread(api, "CUSTOMER", booking, "A question about the room.")
    await send(api, "AGENT", thread_id, f"Customer seems {secret}, be careful.", "INTERNAL")
    # when Claire and an agent search for the word
    customer = await search(api, "CUSTOMER", secret)
    agent = await search(api, "AGENT", secret)
    # then only the agent finds the note
    assert customer["edges"] == []
    assert customer["totalCount"] == 0
    (edge,) = agent["edges"]
    assert edge["node"]["message"]["visibility"] == "INTERNAL"


async def test_a_customer_never_finds_another_customers_thread(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Jonas's thread holding a rare word, in its subject and its body
    secret = word()
    booking = await booking_for(world, customer="CUSTOMER_OTHER")
    await start_thread(
        api, "CUSTOMER_OTHER", booking, f"My {secret} question", subject=f"About {secret}"
    )
    # when Claire, the provider and Jonas search for it
    claire = await search(api, "CUSTOMER", secret)
    provider = await search(api, "PROVIDER_STAFF", secret)
    jonas = await search(api, "CUSTOMER_OTHER", secret)
    # then only Jonas finds his thread (the subject and the message)
    assert claire["edges"] == []
    assert provider["edges"] == []
    assert sorted(e["node"]["kind"] for e in jonas["edges"]) == ["MESSAGE", "THREAD"]


async def test_pages_follow_one_another_without_repeats(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given five messages holding the same rare word, some of them twice
    secret = word()
    booking = await booking_for(world)
    thread_id = await start_thread(api, "CUSTOMER", booking, f"First {secret}.")
    for n in range(4):
        await send(api, "CUSTOMER", thread_id, f"{secret} " * (n % 2 + 1) + f"number {n}")
    # when the agent reads them two at a time
    seen: list[str] = []
    ranks: list[float] = []
    after = None
    while True:
        page = await search(api, "AGENT", secret, first=2, after=after)
        seen += [e["node"]["message"]["id"] for e in page["edges"]]
        ranks += [e["node"]["rank"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    # then every message comes exactly once, best first
    assert len(seen) == len(set(seen)) == 5
    assert ranks == sorted(ranks, reverse=True)


async def test_the_message_most_about_the_word_comes_first(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a long message that names a rare word once, then a short one full of it
    secret = word()
    booking = await booking_for(world)
    thread_id = await start_thread(api, "CUSTOMER", booking, "About my trip.")
    filler = "we would also like to know about the hotel breakfast and the late check-out"
    passing = await send(api, "CUSTOMER", thread_id, f"One {secret} please, {filler}.")
    about = await send(api, "CUSTOMER", thread_id, f"{secret}: the {secret}, {secret} again")
    # when the agent searches for the word
    found = await search(api, "AGENT", secret)
    # then the short one comes first, with the higher rank
    hits = [(e["node"]["message"]["id"], e["node"]["rank"]) for e in found["edges"]]
    assert [message for message, _ in hits] == [about, passing]
    assert hits[0][1] > hits[1][1]


async def test_web_search_syntax_phrases_or_and_exclusion(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given three messages with rare words a, b and c
    a, b, c = word(), word(), word()
    booking = await booking_for(world)
    thread_id = await start_thread(api, "CUSTOMER", booking, f"{a} {b} together")
    only_a = await send(api, "CUSTOMER", thread_id, f"{a} alone")
    only_c = await send(api, "CUSTOMER", thread_id, f"{c} alone")

    async def ids(query: str) -> set[str | None]:
        found = await search(api, "AGENT", query)
        return {e["node"]["message"]["id"] for e in found["edges"]}

    # when searching with the web-search syntax, then each operator does its job
    assert len(await ids(f"{a} {b}")) == 1
    assert await ids(f"{a} -{b}") == {only_a}
    assert await ids(f'"{c} alone"') == {only_c}
    assert len(await ids(f"{b} OR {c}")) == 2


@pytest.mark.parametrize(
    "query",
    ['"unclosed', "OR", "zzz OR", "-excluded", "!!! ???", "x" * 201, "or or word"],
)
async def test_bad_query_syntax_is_a_coded_error(api: Api, query: str) -> None:
    # when an agent searches with a malformed query
    response = await api.query("AGENT", SEARCH, {"query": query})
    # then it is refused as bad input, not a server error
    assert response["data"] is None
    assert response["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_foreign_cursor_is_a_coded_error(api: Api) -> None:
    response = await api.query("AGENT", SEARCH, {"query": "hello", "after": "bm9wZQ=="})
    assert response["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize(
    "role", sorted(r.value for r in m.Role if r not in QUERIES["searchMessages"])
)
async def test_roles_outside_the_policy_are_refused(api: Api, role: str) -> None:
    if role not in api.world.tokens:
        pytest.skip(f"no demo token for {role}")
    # when an analyst, guest or integration searches
    response = await api.query(role, SEARCH, {"query": "hello"})
    # then it is refused
    assert response["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_an_erased_persons_messages_are_not_found_by_their_old_text(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a customer (of their own) with a thread holding a rare word
    secret = word()
    user = await m.User.create(
        email=f"{secret}@example.com", name="Erin Erasable", role=m.Role.CUSTOMER
    )
    booking = await booking_for(world)
    booking.customer_id = user.id
    booking.client_company_id = None
    await booking.save()
    token = mint_token(world.settings, user)
    subject = word()
    await start_thread(
        api, "", booking, f"My passport number is {secret}", subject=subject, token=token
    )
    assert len((await search(api, "AGENT", secret))["edges"]) == 1
    assert len((await search(api, "AGENT", subject))["edges"]) == 1
    # when an admin erases their personal data
    erased = await api.query("ADMIN", ERASE, {"input": {"userId": gid("User", user.id)}})
    assert erased["data"]["erasePersonalData"]["errors"] == []
    # then nobody finds the message by its old text any more, nor the thread by its subject
    assert (await search(api, "AGENT", secret))["edges"] == []
    assert (await search(api, "AGENT", subject))["edges"] == []

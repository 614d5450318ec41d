"""Automatic persisted queries (Apollo ``persistedQuery`` extension) over POST and GET."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from roost.app import create_app
from tests.conftest import Api, DemoWorld, make_settings

ME = "query Me { me { name role } }"
ROLE = "query Role { me { role } }"
NAME = "query Name { me { name } }"
MUTATION = "mutation Nothing { __typename }"


def sha(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def persisted(document: str, *, version: int = 1) -> dict[str, Any]:
    return {"persistedQuery": {"version": version, "sha256Hash": sha(document)}}


async def post(
    client: TestClient, token: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any], Any]:
    response = await client.post(
        "/graphql", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    return response.status, await response.json(), response.headers


async def get(client: TestClient, token: str, **params: str) -> tuple[int, dict[str, Any]]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    response = await client.get("/graphql", params=params, headers=headers)
    return response.status, await response.json()


def codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors", [])]


async def test_an_unknown_hash_answers_persisted_query_not_found(api: Api) -> None:
    # given a document the server has never seen
    token = api.world.tokens["CUSTOMER"]

    # when the client sends only its hash
    status, body, headers = await post(api.client, token, {"extensions": persisted(ME)})

    # then the server asks for the document, in the shape Apollo clients expect
    assert status == 200
    assert "data" not in body
    assert codes(body) == ["PERSISTED_QUERY_NOT_FOUND"]
    assert body["errors"][0]["message"] == "PersistedQueryNotFound"
    assert "no-cache" in headers["Cache-Control"]


async def test_a_registered_hash_runs_the_document_over_post_and_get(api: Api) -> None:
    token = api.world.tokens["CUSTOMER"]
    # given a document sent once with its hash
    status, body, _ = await post(api.client, token, {"query": ME, "extensions": persisted(ME)})
    assert status == 200
    assert body["data"]["me"]["role"] == "CUSTOMER"

    # when the hash alone is sent, by POST and by GET
    status, by_post, _ = await post(api.client, token, {"extensions": persisted(ME)})
    get_status, by_get = await get(api.client, token, extensions=json.dumps(persisted(ME)))

    # then both run the stored document
    assert status == get_status == 200
    assert by_post == by_get == body


async def test_a_document_can_be_registered_over_get(api: Api) -> None:
    # given a GET with the document and its hash
    token = api.world.tokens["AGENT"]
    extensions = json.dumps(persisted(ROLE))
    status, body = await get(api.client, token, query=ROLE, extensions=extensions)
    assert status == 200

    # when the hash alone follows
    status, again = await get(api.client, token, extensions=extensions)

    # then it answers the same
    assert status == 200
    assert again == body == {"data": {"me": {"role": "AGENT"}}}


async def test_a_hash_that_does_not_match_the_document_is_refused_and_not_stored(
    api: Api,
) -> None:
    # given a document sent with the hash of another one
    token = api.world.tokens["CUSTOMER"]
    body = {"query": ME, "extensions": persisted(NAME)}

    # when it is sent
    status, answer, _ = await post(api.client, token, body)

    # then it is refused with 400 and the hash stays unknown
    assert status == 400
    assert codes(answer) == ["BAD_REQUEST"]
    assert "does not match" in answer["errors"][0]["message"]
    _, after, _ = await post(api.client, token, {"extensions": persisted(NAME)})
    assert codes(after) == ["PERSISTED_QUERY_NOT_FOUND"]


@pytest.mark.parametrize(
    "extension",
    [
        {"version": 2, "sha256Hash": sha(ME)},
        {"version": 1, "sha256Hash": "not-a-hash"},
        {"version": 1},
        "abc",
    ],
)
async def test_a_malformed_persisted_query_extension_is_a_400(api: Api, extension: Any) -> None:
    # given an extension of an unknown version or without a usable hash
    token = api.world.tokens["CUSTOMER"]

    # when it is sent
    status, body, _ = await post(api.client, token, {"extensions": {"persistedQuery": extension}})

    # then it is a client error with a code, not a 500
    assert status == 400
    assert codes(body) == ["BAD_REQUEST"]


async def test_a_mutation_by_hash_over_get_is_refused(api: Api) -> None:
    # given a mutation registered by POST
    token = api.world.tokens["ADMIN"]
    status, _, _ = await post(
        api.client, token, {"query": MUTATION, "extensions": persisted(MUTATION)}
    )
    assert status == 200

    # when its hash is sent by GET
    status, body = await get(api.client, token, extensions=json.dumps(persisted(MUTATION)))

    # then it does not run: mutations need POST
    assert status == 405, body
    assert "data" not in body or body["data"] is None


async def test_the_store_keeps_only_the_most_recently_used_documents(
    aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a server that keeps two documents
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_APQ_CACHE_SIZE="2")
    client = await aiohttp_client(create_app(settings))
    token = world.tokens["CUSTOMER"]
    for document in (ME, ROLE):
        await post(client, token, {"query": document, "extensions": persisted(document)})

    # when the first is used again and a third one is registered
    _, used, _ = await post(client, token, {"extensions": persisted(ME)})
    assert "data" in used
    await post(client, token, {"query": NAME, "extensions": persisted(NAME)})

    # then the least recently used one was dropped, the two others still run
    _, dropped, _ = await post(client, token, {"extensions": persisted(ROLE)})
    assert codes(dropped) == ["PERSISTED_QUERY_NOT_FOUND"]
    for document in (ME, NAME):
        _, kept, _ = await post(client, token, {"extensions": persisted(document)})
        assert kept["data"]["me"], document

"""Parsed and validated documents are cached: a document seen before is neither parsed nor
validated again, whoever sends it, over HTTP or WebSocket; limits still apply to new ones."""

from __future__ import annotations

from strawberry.extensions.parser_cache import _get_parse_cache
from strawberry.extensions.validation_cache import _get_validate_cache

from schema import DOCUMENT_CACHE_SIZE
from tests.conftest import Api
from tests.wsclient import WsClient

QUERY = "query CacheProbe { me { name } unreadTotal }"


def hits() -> tuple[int, int]:
    """Hits of the process-wide parse and validation caches."""
    parse = _get_parse_cache(DOCUMENT_CACHE_SIZE).cache_info().hits
    validate = _get_validate_cache(DOCUMENT_CACHE_SIZE).cache_info().hits
    return parse, validate


async def test_a_document_seen_before_is_not_parsed_or_validated_again(api: Api) -> None:
    # given a document sent once
    await api.query("CUSTOMER", QUERY)
    before = hits()

    # when it is sent again by other callers, over HTTP and over a WebSocket
    await api.query("AGENT", QUERY)
    async with await WsClient.connect(api.client, api.world.tokens["ANALYST"]) as ws:
        await ws.subscribe("q", QUERY)
        assert (await ws.data("q"))["me"]["name"]

    # then both came from the caches
    after = hits()
    assert after[0] >= before[0] + 2
    assert after[1] >= before[1] + 2


async def test_limits_still_refuse_new_documents(api: Api) -> None:
    # given a document deeper than the limit, sent twice
    deep = "query { me { " + "organisation { " * 20 + "name" + " }" * 20 + " } }"
    for _ in range(2):
        # when it is sent
        _, body = await api.post(deep, token=api.world.tokens["AGENT"])
        # then it is refused each time (a cached validation keeps its errors)
        assert body.get("data") is None
        assert body["errors"]

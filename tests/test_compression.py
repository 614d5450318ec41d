"""Response compression: gzip above 1 KB when the client accepts it, with ``Vary``."""

from __future__ import annotations

import gzip

import aiohttp
import orjson
import pytest

from roost import compression
from tests.conftest import Api

BOOKINGS = """
query { bookings(first: 50) { edges { node { id reference status provider { name } } } } }
"""

ME = "query { me { name } }"


async def _raw_post(api: Api, query: str, accept_encoding: str) -> aiohttp.ClientResponse:
    """POST with the given Accept-Encoding, the body left as it came over the wire."""
    headers = {
        "Authorization": f"Bearer {api.world.tokens['AGENT']}",
        "Accept-Encoding": accept_encoding,
    }
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        response = await session.post(
            api.client.make_url("/graphql"), json={"query": query}, headers=headers
        )
        await response.read()
        return response


@pytest.mark.parametrize("in_loop_max_bytes", [compression.IN_LOOP_MAX_BYTES, 1024])
async def test_a_large_response_is_gzipped_when_the_client_accepts_it(
    api: Api, monkeypatch: pytest.MonkeyPatch, in_loop_max_bytes: int
) -> None:
    # given a query whose answer is well above 1 KB (compressed in the event loop, or, when
    # above the in-loop limit, by aiohttp in a worker thread)
    monkeypatch.setattr(compression, "IN_LOOP_MAX_BYTES", in_loop_max_bytes)
    # when the client accepts gzip
    response = await _raw_post(api, BOOKINGS, "br;q=1, gzip;q=0.8")

    # then the body is gzip, smaller than the JSON, and says so
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["Vary"]
    raw = await response.read()
    body = orjson.loads(gzip.decompress(raw))
    assert len(body["data"]["bookings"]["edges"]) > 10
    assert len(raw) < len(gzip.decompress(raw)) / 2


@pytest.mark.parametrize("accept_encoding", ["identity", "gzip;q=0", "deflate"])
async def test_a_large_response_is_not_compressed_when_gzip_is_not_accepted(
    api: Api, accept_encoding: str
) -> None:
    # given a large answer, when the client does not accept gzip
    response = await _raw_post(api, BOOKINGS, accept_encoding)

    # then it comes as plain JSON, and the Vary header tells caches it could differ
    assert "Content-Encoding" not in response.headers
    assert "Accept-Encoding" in response.headers["Vary"]
    assert orjson.loads(await response.read())["data"]["bookings"]["edges"]


async def test_a_small_response_is_not_compressed(api: Api) -> None:
    # given an answer under 1 KB, when the client accepts gzip
    response = await _raw_post(api, ME, "gzip")

    # then it is sent as it is
    assert "Content-Encoding" not in response.headers
    assert "Accept-Encoding" in response.headers["Vary"]
    assert orjson.loads(await response.read())["data"]["me"]["name"]


async def test_graphiqls_scripts_are_gzipped(api: Api) -> None:
    # given a browser loading GraphiQL's script (about 1 MB) with gzip
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        response = await session.get(
            api.client.make_url("/static/graphiql/vendor/graphiql.min.js"),
            headers={"Accept-Encoding": "gzip, deflate, br"},
        )
        raw = await response.read()

    # then the script comes gzipped, several times smaller, and whole
    assert response.headers["Content-Encoding"] == "gzip"
    script = gzip.decompress(raw)
    assert len(raw) * 3 < len(script) > 500_000
    assert "Accept-Encoding" in response.headers["Vary"]

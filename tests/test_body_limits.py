"""Body limits hold whatever way a body arrives: with a length, chunked, or as multipart.

JSON bodies may have ``ROOST_MAX_BODY_BYTES``; a multipart upload as a whole may have
``ROOST_MAX_UPLOAD_BYTES`` plus a small allowance for its other parts. Past either, the
answer is 413 with a JSON error and a code, and nothing is stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

import models as m
from roost.app import create_app
from roost.input_guard import MULTIPART_ALLOWANCE
from tests.conftest import DemoWorld, make_settings
from tests.test_attachments import png

ME = "{ me { name } }"
UPLOAD_ATTACHMENT = """
mutation ($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) { attachment { size } errors { code } }
}
"""
#: Limits of the test server: small, so the test bodies stay small.
MAX_BODY = 20_000
MAX_UPLOAD = 100_000
BOUNDARY = "roost-test-boundary"

AiohttpClient = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, world: DemoWorld, tmp_path: Path) -> TestClient:
    """A server with a 20 kB body limit and a 100 kB upload limit."""
    settings = make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_MAX_BODY_BYTES=str(MAX_BODY),
        ROOST_MAX_UPLOAD_BYTES=str(MAX_UPLOAD),
    )
    return await aiohttp_client(create_app(settings))


async def chunked(body: bytes, size: int = 16 * 1024) -> AsyncIterator[bytes]:
    """``body`` as a stream: aiohttp sends it chunked, without a Content-Length."""
    for start in range(0, len(body), size):
        yield body[start : start + size]


def json_body(padding: int) -> bytes:
    """A valid request for ``me``, padded with ``padding`` spaces in the query."""
    return json.dumps({"query": ME + " " * padding}).encode()


def upload_body(data: bytes, operations_padding: int = 0) -> bytes:
    """An ``uploadAttachment`` multipart request for the file ``data`` (a PNG)."""
    operations = {"query": UPLOAD_ATTACHMENT + " " * operations_padding}
    operations["variables"] = {"input": {"file": None}}  # type: ignore[assignment]
    parts = [
        ('name="operations"', json.dumps(operations).encode()),
        ('name="map"', b'{"0": ["variables.input.file"]}'),
        ('name="0"; filename="plan.png"\r\nContent-Type: image/png', data),
    ]
    body = b""
    for disposition, content in parts:
        body += f"--{BOUNDARY}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n".encode()
        body += content + b"\r\n"
    return body + f"--{BOUNDARY}--\r\n".encode()


async def post(
    client: TestClient, world: DemoWorld, body: Any, content_type: str = "application/json"
) -> ClientResponse:
    """POST ``body`` (bytes, or a stream for a chunked request) as the customer."""
    headers = {"Content-Type": content_type, "Authorization": f"Bearer {world.tokens['CUSTOMER']}"}
    return await client.post("/graphql", data=body, headers=headers)


async def assert_too_large(response: ClientResponse) -> None:
    """A 413 with a GraphQL-shaped JSON error and a code."""
    assert response.status == 413, await response.text()
    assert response.content_type == "application/json"
    body = await response.json()
    assert [e["extensions"]["code"] for e in body["errors"]] == ["PAYLOAD_TOO_LARGE"], body


async def test_a_chunked_json_body_under_the_limit_is_answered(
    client: TestClient, world: DemoWorld
) -> None:
    # given a JSON body a little under the limit, sent chunked (no Content-Length)
    body = json_body(MAX_BODY - 1_000)
    # when it is posted
    response = await post(client, world, chunked(body))
    # then it is answered as usual
    assert response.status == 200, await response.text()
    assert await response.json() == {"data": {"me": {"name": "Claire Martin"}}}


async def test_a_chunked_json_body_over_the_limit_is_413(
    client: TestClient, world: DemoWorld
) -> None:
    # given a JSON body over the limit, sent chunked so no length announces it
    body = json_body(MAX_BODY + 1_000)
    # when it is posted
    response = await post(client, world, chunked(body))
    # then it is refused as too large
    await assert_too_large(response)


async def test_a_multipart_request_longer_than_the_upload_limit_is_413_at_once(
    client: TestClient, world: DemoWorld, orm: None
) -> None:
    # given an upload whose declared length exceeds the upload limit and its allowance
    data = png(MAX_UPLOAD + MULTIPART_ALLOWANCE)
    # when it is posted (with a Content-Length)
    response = await post(
        client, world, upload_body(data), f"multipart/form-data; boundary={BOUNDARY}"
    )
    # then it is refused as too large, and nothing is stored
    await assert_too_large(response)
    assert not await m.Attachment.exists(sha256=hashlib.sha256(data).hexdigest())


async def test_a_chunked_upload_over_the_limit_is_413(
    client: TestClient, world: DemoWorld, orm: None
) -> None:
    # given an upload over the upload limit and its allowance, sent chunked
    data = png(MAX_UPLOAD + MULTIPART_ALLOWANCE)
    # when it is streamed in
    response = await post(
        client, world, chunked(upload_body(data)), f"multipart/form-data; boundary={BOUNDARY}"
    )
    # then it is refused as too large, and nothing is stored
    await assert_too_large(response)
    assert not await m.Attachment.exists(sha256=hashlib.sha256(data).hexdigest())


async def test_a_chunked_upload_within_the_limit_is_stored(
    client: TestClient, world: DemoWorld
) -> None:
    # given a file of exactly the upload limit, sent chunked
    data = png(MAX_UPLOAD - len(png()))
    # when it is streamed in
    response = await post(
        client, world, chunked(upload_body(data)), f"multipart/form-data; boundary={BOUNDARY}"
    )
    # then it is stored
    body = await response.json()
    assert response.status == 200, body
    assert body["data"]["uploadAttachment"] == {"attachment": {"size": MAX_UPLOAD}, "errors": []}


async def test_a_file_a_little_over_the_limit_gets_the_clean_refusal(
    client: TestClient, world: DemoWorld
) -> None:
    # given a file one byte over the limit (well within the request allowance), chunked
    data = png(MAX_UPLOAD + 1 - len(png()))
    # when it is streamed in
    response = await post(
        client, world, chunked(upload_body(data)), f"multipart/form-data; boundary={BOUNDARY}"
    )
    # then the use case refuses it with its own error
    body = await response.json()
    assert response.status == 200, body
    assert body["data"]["uploadAttachment"]["errors"] == [{"code": "FILE_TOO_LARGE"}]


async def test_an_operations_part_over_the_body_limit_is_413(
    client: TestClient, world: DemoWorld
) -> None:
    # given an upload whose operations field alone exceeds the JSON body limit
    body = upload_body(png(), operations_padding=MAX_BODY + 1_000)
    # when it is streamed in
    response = await post(client, world, chunked(body), f"multipart/form-data; boundary={BOUNDARY}")
    # then it is refused as too large
    await assert_too_large(response)

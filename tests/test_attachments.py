"""Attachments: multipart uploads sniffed by content, size-limited, stored by hash,
sent with messages and downloaded under the same policy as their message.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
import struct
import zlib
from pathlib import Path
from typing import Any
from uuid import uuid4

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient
from strawberry.relay import GlobalID

import models as m
from roost.app import create_app
from tests.admin import gid
from tests.conftest import Api, DemoWorld, make_settings

UPLOAD_ATTACHMENT = """
mutation ($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) {
    attachment { id filename contentType size sha256 url }
    errors { code message field }
  }
}
"""

START_THREAD = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code message field } }
}
"""

SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message { id seq attachments { id contentType sha256 url } }
    errors { code message field }
  }
}
"""

THREAD_ATTACHMENTS = """
query ($id: ID!) {
  thread(id: $id) { messages(first: 50) { edges { node { seq attachments { id } } } } }
}
"""

MISSING_PK = 999_999


def pk_of(global_id: str) -> int:
    """The database id behind a relay id."""
    return int(GlobalID.from_id(global_id).node_id)


def png(padding: int = 0) -> bytes:
    """A valid 1x1 PNG of a random colour (so its hash is new), padded after its end."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload)
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = zlib.compress(b"\x00" + secrets.token_bytes(3))
    image = (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixel) + chunk(b"IEND", b"")
    )
    return image + b"\x00" * padding


def pdf() -> bytes:
    """A minimal PDF with a unique comment."""
    return b"%PDF-1.4\n%" + uuid4().hex.encode() + b"\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def multipart(data: bytes, filename: str, content_type: str) -> FormData:
    """An ``uploadAttachment`` request in the GraphQL multipart request spec."""
    form = FormData()
    operations = {"query": UPLOAD_ATTACHMENT, "variables": {"input": {"file": None}}}
    form.add_field("operations", json.dumps(operations))
    form.add_field("map", json.dumps({"0": ["variables.input.file"]}))
    form.add_field("0", data, filename=filename, content_type=content_type)
    return form


async def upload(
    client: TestClient,
    token: str,
    data: bytes,
    filename: str = "screenshot.png",
    content_type: str = "image/png",
) -> dict[str, Any]:
    """Upload ``data`` as a file; returns the ``uploadAttachment`` payload."""
    response = await client.post(
        "/graphql",
        data=multipart(data, filename, content_type),
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status == 200, await response.text()
    body = await response.json()
    assert "errors" not in body, body
    return body["data"]["uploadAttachment"]


async def uploaded(api: Api, role: str, data: bytes, **options: str) -> dict[str, Any]:
    """An upload as ``role`` that must succeed; returns the attachment."""
    payload = await upload(api.client, api.world.tokens[role], data, **options)
    assert payload["errors"] == [], payload
    return payload["attachment"]


async def download(api: Api, url: str, role: str | None) -> tuple[int, bytes, dict[str, str]]:
    """GET an attachment's url as ``role`` (``None``: without a token)."""
    headers = {"Authorization": f"Bearer {api.world.tokens[role]}"} if role else {}
    response = await api.client.get(url, headers=headers)
    return response.status, await response.read(), dict(response.headers)


async def data(api: Api, role: str, doc: str, variables: dict[str, Any]) -> Any:
    """The ``data`` of a request that must not fail."""
    body = await api.query(role, doc, variables)
    assert "errors" not in body, body
    return body["data"]


async def thread_on_claires_booking(world: DemoWorld, api: Api, parties: str = "BOTH") -> str:
    """A thread an agent opened on Claire's Château Lumière booking; returns its id."""
    booking = await m.Booking.filter(
        customer_id=world.user_ids["CUSTOMER"],
        status=m.BookingStatus.CONFIRMED,
        provider__name="Château Lumière",
    ).first()
    assert booking is not None
    variables = {
        "input": {"bookingId": gid("Booking", booking.id), "body": "Hello", "parties": parties}
    }
    payload = (await data(api, "AGENT", START_THREAD, variables))["startThread"]
    assert payload["errors"] == [], payload
    return payload["thread"]["id"]


async def send(
    api: Api, role: str, thread_id: str, attachment_ids: list[str], **fields: str
) -> dict[str, Any]:
    """Send a message with attachments as ``role``; returns the payload."""
    variables = {
        "input": {
            "threadId": thread_id,
            "body": "See attached.",
            "clientMessageId": uuid4().hex,
            "attachmentIds": attachment_ids,
            **fields,
        }
    }
    return (await data(api, role, SEND_MESSAGE, variables))["sendMessage"]


# --- uploading ---------------------------------------------------------------------------


async def test_a_png_is_sniffed_hashed_and_stored_under_its_hash(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The attachment describes the bytes; the file lies at <sha[:2]>/<sha>."""
    # given a small PNG
    image = png()
    digest = hashlib.sha256(image).hexdigest()
    # when Claire uploads it
    attachment = await uploaded(api, "CUSTOMER", image)
    # then its type, size and hash are those of the bytes
    assert attachment["contentType"] == "image/png"
    assert attachment["size"] == len(image)
    assert attachment["sha256"] == digest
    assert attachment["url"] == f"/attachments/{pk_of(attachment['id'])}"
    # and the bytes are stored under the configured folder by their hash
    stored = world.settings.attachments_dir / digest[:2] / digest
    assert stored.read_bytes() == image
    row = await m.Attachment.get(id=pk_of(attachment["id"]))
    assert (row.uploader_id, row.message_id) == (world.user_ids["CUSTOMER"], None)


async def test_a_pdf_is_recognised_whatever_type_the_client_declares(api: Api) -> None:
    """The content type comes from the bytes, not from the request."""
    # given a PDF declared as an opaque binary
    document = pdf()
    # when a provider uploads it
    attachment = await uploaded(
        api,
        "PROVIDER_STAFF",
        document,
        filename="quote.pdf",
        content_type="application/octet-stream",
    )
    # then it is stored as a PDF
    assert attachment["contentType"] == "application/pdf"
    assert attachment["sha256"] == hashlib.sha256(document).hexdigest()


async def test_text_disguised_as_a_png_is_refused(orm: None, world: DemoWorld, api: Api) -> None:
    """A .png name and an image/png type do not make plain text an image."""
    # given plain text named and declared as a PNG
    text = f"not an image {uuid4().hex}\n".encode()
    digest = hashlib.sha256(text).hexdigest()
    # when it is uploaded
    payload = await upload(api.client, world.tokens["CUSTOMER"], text, "photo.png", "image/png")
    # then it is refused and neither a row nor a file is kept
    assert payload["attachment"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("UNSUPPORTED_FILE_TYPE", "file")
    ]
    assert not await m.Attachment.exists(sha256=digest)
    assert not (world.settings.attachments_dir / digest[:2] / digest).exists()


async def test_the_upload_size_limit_comes_from_the_settings(
    aiohttp_client: AiohttpClient, orm: None, world: DemoWorld, tmp_path: Path
) -> None:
    """With ROOST_MAX_UPLOAD_BYTES=1000, 1000 bytes pass and 1001 are FILE_TOO_LARGE."""
    # given a server whose upload limit is 1000 bytes
    settings = make_settings(world.settings.database_url, tmp_path, ROOST_MAX_UPLOAD_BYTES="1000")
    client = await aiohttp_client(create_app(settings))
    token = world.tokens["CUSTOMER"]
    base = len(png())
    at_limit, too_big = png(1000 - base), png(1001 - base)
    # when a file of exactly the limit and one a byte larger are uploaded
    accepted = await upload(client, token, at_limit)
    refused = await upload(client, token, too_big)
    # then the first is stored and the second refused, leaving nothing behind
    assert accepted["errors"] == []
    assert accepted["attachment"]["size"] == 1000
    assert [e["code"] for e in refused["errors"]] == ["FILE_TOO_LARGE"]
    assert "1000" in refused["errors"][0]["message"]
    digest = hashlib.sha256(too_big).hexdigest()
    assert not await m.Attachment.exists(sha256=digest)
    assert not (settings.attachments_dir / digest[:2] / digest).exists()


async def test_the_uploaded_file_name_is_kept(api: Api) -> None:
    """The name the user's file had is the attachment's name (and the download's)."""
    # given a screenshot named floor-plan.png
    # when it is uploaded
    attachment = await uploaded(api, "CUSTOMER", png(), filename="floor-plan.png")
    # then the attachment is called that way
    assert attachment["filename"] == "floor-plan.png"


# --- sending and downloading -------------------------------------------------------------


async def test_an_attachment_sent_with_a_message_is_downloadable_by_the_participants(
    world: DemoWorld, api: Api
) -> None:
    """Participants download it with their token; others get 404, anonymous callers 401."""
    # given a thread with both sides and Claire's uploaded screenshot
    thread = await thread_on_claires_booking(world, api)
    image = png()
    attachment = await uploaded(api, "CUSTOMER", image)
    # when she sends it with a message
    payload = await send(api, "CUSTOMER", thread, [attachment["id"]])
    # then the message carries it
    assert payload["errors"] == [], payload
    assert payload["message"]["attachments"] == [
        {k: attachment[k] for k in ("id", "contentType", "sha256", "url")}
    ]
    # and every participant downloads the same bytes, never sniffed by the browser
    for role in ("CUSTOMER", "PROVIDER_STAFF", "TRAVEL_MANAGER", "AGENT"):
        status, body, headers = await download(api, attachment["url"], role)
        assert status == 200, role
        assert body == image, role
        assert headers["Content-Type"] == "image/png", role
        assert headers["X-Content-Type-Options"] == "nosniff", role
    # and outsiders get the answer a missing attachment gets
    missing = await download(api, f"/attachments/{MISSING_PK}", "CUSTOMER_OTHER")
    for role in ("CUSTOMER_OTHER", "PROVIDER_STAFF_OTHER"):
        status, body, _ = await download(api, attachment["url"], role)
        assert (status, body) == (404, missing[1]), role
    assert (await download(api, attachment["url"], None))[0] == 401


async def test_an_attachment_on_an_internal_note_is_hidden_from_the_customer(
    world: DemoWorld, api: Api
) -> None:
    """Attachments follow their message: an internal note's file is for agents only."""
    # given an agent's internal note with a PDF in Claire's thread
    thread = await thread_on_claires_booking(world, api, parties="CUSTOMER")
    document = pdf()
    attachment = await uploaded(api, "AGENT", document, filename="notes.pdf")
    payload = await send(api, "AGENT", thread, [attachment["id"]], visibility="INTERNAL")
    assert payload["errors"] == [], payload
    # when Claire and another agent try to download it
    customer = await download(api, attachment["url"], "CUSTOMER")
    colleague = await download(api, attachment["url"], "AGENT_VIP")
    # then Claire gets 404 and the colleague the file
    assert customer[0] == 404
    assert (colleague[0], colleague[1]) == (200, document)
    # and Claire's view of the thread shows no attachment at all
    thread_data = (await data(api, "CUSTOMER", THREAD_ATTACHMENTS, {"id": thread}))["thread"]
    assert all(e["node"]["attachments"] == [] for e in thread_data["messages"]["edges"])


async def test_someone_elses_upload_cannot_be_sent_or_downloaded(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """An upload not yet sent belongs to its uploader alone."""
    # given a provider's upload, not sent yet, and a thread Claire takes part in
    thread = await thread_on_claires_booking(world, api)
    attachment = await uploaded(api, "PROVIDER_STAFF", png())
    # when Claire tries to send it with her message
    payload = await send(api, "CUSTOMER", thread, [attachment["id"]])
    # then it is refused, no message is stored and the upload stays unsent
    assert payload["message"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("ATTACHMENT_NOT_FOUND", "attachmentIds")
    ]
    assert await m.Message.filter(thread_id=pk_of(thread)).count() == 1
    assert (await m.Attachment.get(id=pk_of(attachment["id"]))).message_id is None
    # and only its uploader can download it
    assert (await download(api, attachment["url"], "CUSTOMER"))[0] == 404
    assert (await download(api, attachment["url"], "PROVIDER_STAFF"))[0] == 200


async def test_an_attachment_is_sent_only_once(orm: None, world: DemoWorld, api: Api) -> None:
    """Once sent, an upload cannot be moved to another message."""
    # given a screenshot Claire already sent
    thread = await thread_on_claires_booking(world, api)
    attachment = await uploaded(api, "CUSTOMER", png())
    first = await send(api, "CUSTOMER", thread, [attachment["id"]])
    assert first["errors"] == [], first
    # when she sends it again with another message
    again = await send(api, "CUSTOMER", thread, [attachment["id"]])
    # then it is refused and stays on the first message
    assert [e["code"] for e in again["errors"]] == ["ATTACHMENT_NOT_FOUND"]
    row = await m.Attachment.get(id=pk_of(attachment["id"]))
    assert row.message_id == pk_of(first["message"]["id"])


async def test_concurrent_sends_of_one_upload_attach_it_to_one_message(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Two messages racing for the same upload: one gets it, the other is refused."""
    # given Claire's upload and a thread
    thread = await thread_on_claires_booking(world, api)
    attachment = await uploaded(api, "CUSTOMER", png())
    # when five messages with it are sent at once
    payloads = await asyncio.gather(
        *(send(api, "CUSTOMER", thread, [attachment["id"]]) for _ in range(5))
    )
    # then exactly one message is stored, and it is the one that carries the upload
    sent = [p for p in payloads if p["message"]]
    refused = [p for p in payloads if not p["message"]]
    assert len(sent) == 1, payloads
    assert all(p["errors"][0]["code"] == "ATTACHMENT_NOT_FOUND" for p in refused), refused
    row = await m.Attachment.get(id=pk_of(attachment["id"]))
    assert row.message_id == pk_of(sent[0]["message"]["id"])
    assert sent[0]["message"]["attachments"][0]["id"] == attachment["id"]
    # and the refused sends left no gap in the numbering
    seqs = await m.Message.filter(thread_id=pk_of(thread)).values_list("seq", flat=True)
    assert sorted(seqs) == [1, 2]
    assert (await m.Thread.get(id=pk_of(thread))).last_seq == 2

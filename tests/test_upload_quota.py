"""Uploads per user are bounded: a quota of bytes, and unsent uploads removed after a day.

``ROOST_UPLOAD_QUOTA_BYTES`` caps what one user's uploads may take (``UPLOAD_QUOTA_EXCEEDED``
beyond); the worker removes uploads that were never sent with a message after a day, and
their file unless another upload still uses it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from aiohttp.test_utils import TestClient

import models as m
from resolvers.attachments import stored_path
from roost.app import create_app
from roost.auth import mint_token
from roost.worker import Worker
from tests.conftest import DemoWorld, make_settings
from tests.factories import booking_for
from tests.test_attachments import START_THREAD, gid, multipart, pk_of, png

SEND_MESSAGE = """
mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq } errors { code message field } }
}
"""

#: A padded PNG's size in the quota tests.
FILE_BYTES = 1000


async def new_customer() -> m.User:
    """A customer account with no uploads yet."""
    return await m.User.create(
        email=f"quota-{uuid4().hex[:8]}@example.com", name="Quota Tester", role=m.Role.CUSTOMER
    )


async def upload(client: TestClient, token: str, data: bytes) -> dict[str, Any]:
    """The ``uploadAttachment`` payload for ``data``."""
    response = await client.post(
        "/graphql",
        data=multipart(data, "shot.png", "image/png"),
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status == 200
    body = await response.json()
    assert "errors" not in body, body
    return body["data"]["uploadAttachment"]


def padded_png() -> bytes:
    """A fresh PNG of exactly :data:`FILE_BYTES` bytes."""
    image = png()
    return image + b"\x00" * (FILE_BYTES - len(image))


async def test_uploads_beyond_the_quota_are_refused(
    orm: None, aiohttp_client: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a quota of two and a half files per user, and two users without uploads
    settings = make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_UPLOAD_QUOTA_BYTES=str(FILE_BYTES * 5 // 2),
    )
    client = await aiohttp_client(create_app(settings))
    first, second = await new_customer(), await new_customer()
    token = mint_token(settings, first)
    # when the first uploads three files
    answers = [await upload(client, token, padded_png()) for _ in range(3)]
    # then the third is refused and not stored
    assert [a["errors"] for a in answers[:2]] == [[], []]
    assert [e["code"] for e in answers[2]["errors"]] == ["UPLOAD_QUOTA_EXCEEDED"]
    assert answers[2]["errors"][0]["field"] == "file"
    assert answers[2]["attachment"] is None
    assert await m.Attachment.filter(uploader_id=first.id).count() == 2
    # and the second user still has a quota of their own
    other = await upload(client, mint_token(settings, second), padded_png())
    assert other["errors"] == []


async def sent_and_unsent(client: TestClient, world: DemoWorld) -> dict[str, m.Attachment]:
    """Uploads by the customer: sent, unsent, unsent sharing the sent one's bytes, fresh."""
    token = world.tokens["CUSTOMER"]
    shared = png()
    ids = {
        "sent": (await upload(client, token, shared))["attachment"]["id"],
        "unsent": (await upload(client, token, png()))["attachment"]["id"],
        "unsent_shared": (await upload(client, token, shared))["attachment"]["id"],
        "fresh": (await upload(client, token, png()))["attachment"]["id"],
    }
    booking = await booking_for(world)
    started = await client.post(
        "/graphql",
        json={
            "query": START_THREAD,
            "variables": {
                "input": {"bookingId": gid("Booking", booking.id), "body": "See attached"}
            },
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    thread_id = (await started.json())["data"]["startThread"]["thread"]["id"]
    sent = await client.post(
        "/graphql",
        json={
            "query": SEND_MESSAGE,
            "variables": {
                "input": {"threadId": thread_id, "body": "Here", "attachmentIds": [ids["sent"]]}
            },
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    assert (await sent.json())["data"]["sendMessage"]["errors"] == []
    return {key: await m.Attachment.get(id=pk_of(value)) for key, value in ids.items()}


async def test_the_worker_removes_uploads_never_sent_after_a_day(
    orm: None, aiohttp_client: Any, world: DemoWorld
) -> None:
    # given uploads sent with a message, unsent ones (one with the sent one's bytes) and a
    # fresh unsent one, the older ones uploaded more than a day ago
    settings = world.settings
    client = await aiohttp_client(create_app(settings))
    uploads = await sent_and_unsent(client, world)
    day_ago = datetime.now(UTC) - timedelta(days=1, minutes=5)
    old = [uploads[key].id for key in ("sent", "unsent", "unsent_shared")]
    await m.Attachment.filter(id__in=old).update(created_at=day_ago)
    for key in ("sent", "unsent"):
        stamp = day_ago.timestamp()
        os.utime(stored_path(settings.attachments_dir, uploads[key].sha256), (stamp, stamp))
    # when the worker runs its scheduled jobs
    now = datetime.now(UTC)
    await Worker(settings, clock=lambda: now).scheduled_jobs(now)
    # then the old unsent uploads are gone, and the file that only they used
    remaining = set(
        await m.Attachment.filter(id__in=[u.id for u in uploads.values()]).values_list(
            "id", flat=True
        )
    )
    assert remaining == {uploads["sent"].id, uploads["fresh"].id}
    assert not stored_path(settings.attachments_dir, uploads["unsent"].sha256).exists()
    # and the sent upload's file stays, though an unsent upload of the same bytes went
    assert stored_path(settings.attachments_dir, uploads["sent"].sha256).exists()
    assert stored_path(settings.attachments_dir, uploads["fresh"].sha256).exists()

"""Attachments: uploads sniffed by content, size-limited, stored by content hash.

Each user may keep ``ROOST_UPLOAD_QUOTA_BYTES`` of uploads (``UPLOAD_QUOTA_EXCEEDED``
beyond); uploads neither sent with a message nor kept as a document's scan or a ticket are
removed after a day (by the worker), and their file with the last upload that used it.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tortoise.expressions import Subquery
from tortoise.functions import Sum

from models import Attachment, IdentityDocument, Ticket
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_

#: Leading bytes -> content type. Only these kinds are accepted (screenshots and PDFs).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)

#: How long an upload may wait to be sent with a message before it is removed.
UNSENT_LIFETIME = timedelta(days=1)


def sniff(data: bytes) -> str | None:
    """The content type the bytes show, or ``None`` if it is not an accepted kind."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def safe_filename(name: str | None) -> str:
    """A file name without folders or control characters, at most 120 characters."""
    base = Path(name or "").name
    cleaned = re.sub(r"[^\w.\- ()]+", "_", base).strip(" .")
    return cleaned[:120] or "attachment"


def stored_path(folder: Path, sha256: str) -> Path:
    """Where the bytes with this hash live."""
    return folder / sha256[:2] / sha256


@dataclass(frozen=True)
class Download:
    """An attachment ready to be sent: its file and headers."""

    path: Path
    content_type: str
    filename: str


def store_bytes(
    folder: Path, data: bytes, filename: str | None, uploader_id: int | None
) -> Attachment:
    """Write ``data`` under its hash (once) and describe it; the row is saved by the caller."""
    content_type = sniff(data)
    if content_type is None:
        raise Refused(
            "UNSUPPORTED_FILE_TYPE", N_("Only images (PNG, JPEG, GIF, WebP) and PDFs."), "file"
        )
    digest = hashlib.sha256(data).hexdigest()
    path = stored_path(folder, digest)
    if path.exists():
        os.utime(path)  # in use again: not removed with older unsent uploads of it
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(path)
    return Attachment(
        uploader_id=uploader_id,
        filename=safe_filename(filename),
        content_type=content_type,
        size=len(data),
        sha256=digest,
    )


async def upload_attachment(context: RequestContext, upload: object) -> Attachment:
    """Store an uploaded file for the caller to send with a message."""
    principal = context.require_principal()
    allowed(principal, "uploadAttachment")
    context.throttle("uploads")
    limit = context.settings.max_upload_bytes
    data = await _read_limited(upload, limit)
    await _check_quota(principal, len(data), context.settings.upload_quota_bytes)
    attachment = store_bytes(
        context.settings.attachments_dir, data, getattr(upload, "filename", None), principal.user_id
    )
    await attachment.save()
    return attachment


async def _check_quota(principal: Principal, size: int, quota: int) -> None:
    """Refuse an upload that would take the caller's uploads beyond ``quota`` bytes."""
    totals = await (
        Attachment.filter(uploader_id=principal.user_id)
        .annotate(total=Sum("size"))
        .values_list("total", flat=True)
    )
    used = int(totals[0] or 0) if totals else 0
    if used + size > quota:
        raise Refused(
            "UPLOAD_QUOTA_EXCEEDED",
            N_("Your uploads may take at most {quota} bytes; {used} are used."),
            "file",
            quota=quota,
            used=used,
        )


async def remove_unsent_uploads(folder: Path, now: datetime) -> int:
    """Remove uploads not sent with a message within :data:`UNSENT_LIFETIME`; how many.

    A file goes with its last upload, unless it was uploaded again meanwhile.
    """
    cutoff = now - UNSENT_LIFETIME
    scans = IdentityDocument.filter(scan_id__not_isnull=True).values("scan_id")
    tickets = Ticket.filter(document_id__not_isnull=True).values("document_id")
    stale = (
        Attachment.filter(message_id=None, created_at__lt=cutoff)
        .exclude(id__in=Subquery(scans))
        .exclude(id__in=Subquery(tickets))
    )
    hashes = set(await stale.values_list("sha256", flat=True))
    removed = await stale.delete()
    kept = set(await Attachment.filter(sha256__in=hashes).values_list("sha256", flat=True))
    for digest in hashes - kept:
        path = stored_path(folder, digest)
        if path.exists() and path.stat().st_mtime < cutoff.timestamp():
            path.unlink(missing_ok=True)
    return removed


async def _read_limited(upload: object, limit: int) -> bytes:
    read = getattr(upload, "read", None)
    if read is None:
        raise Refused("BAD_USER_INPUT", N_("Send the file as a multipart upload."), "file")
    data = read(limit + 1)
    if hasattr(data, "__await__"):
        data = await data
    if len(data) > limit:
        raise Refused(
            "FILE_TOO_LARGE", N_("Files may be at most {most} bytes."), "file", most=limit
        )
    if not data:
        raise Refused("BAD_USER_INPUT", N_("The file is empty."), "file")
    return bytes(data)


async def attachment_download(
    principal: Principal, folder: Path, attachment_id: int | None
) -> Download | None:
    """The file behind an attachment the caller may see (same scope as its message)."""
    if attachment_id is None:
        return None
    attachment = await scoped(Attachment, principal).get_or_none(id=attachment_id)
    if attachment is None:
        return None
    path = stored_path(folder, attachment.sha256)
    if not path.exists():
        return None
    return Download(path, attachment.content_type, attachment.filename)

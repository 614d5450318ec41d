"""Multipart uploads for the GraphQL view: file names kept, memory bounded.

strawberry's aiohttp adapter reads every file part whole and drops its name. This one
keeps ``filename`` on each file and stops buffering a part one byte past the upload
limit (the rest is read and thrown away), so the use case can refuse it cleanly.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from aiohttp import web
from aiohttp.multipart import BodyPartReader
from cross_web import AiohttpHTTPRequestAdapter
from cross_web.request._base import FormData

_CHUNK = 64 * 1024


class UploadRequestAdapter(AiohttpHTTPRequestAdapter):
    """Request adapter whose uploaded files carry ``filename`` and at most ``limit + 1`` bytes."""

    def __init__(self, request: web.Request, limit: int) -> None:
        super().__init__(request)
        self.limit = limit

    async def get_form_data(self) -> FormData:
        if self._form_data is not None or not (self.content_type or "").startswith(
            "multipart/form-data"
        ):
            return await super().get_form_data()
        reader = await self.request.multipart()
        form: dict[str, Any] = {}
        files: dict[str, Any] = {}
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader) or not part.name:
                continue
            if part.filename:
                files[part.name] = await self._read_file(part)
            else:
                form[part.name] = await part.text()
        self._form_data = FormData(files=files, form=form)
        return self._form_data

    async def _read_file(self, part: BodyPartReader) -> BytesIO:
        buffer = BytesIO()
        while chunk := await part.read_chunk(_CHUNK):
            room = self.limit + 1 - buffer.tell()
            if room > 0:
                buffer.write(chunk[:room])
        buffer.seek(0)
        buffer.filename = part.filename  # type: ignore[attr-defined]
        return buffer

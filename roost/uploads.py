"""Multipart uploads for the GraphQL view: file names kept, memory and size bounded.

strawberry's aiohttp adapter reads every file part whole and drops its name. This one
keeps ``filename`` on each file and stops buffering a part one byte past the upload
limit (the rest is read and thrown away), so the use case can refuse it cleanly. The
request as a whole may carry at most the upload limit plus a small allowance (counted as
it streams in, so a chunked request is bounded too: 413 past it). Part headers that are
malformed or hold NUL characters, and names that are not clean text, are a 400.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from io import BytesIO
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import BadHttpMessage
from aiohttp.multipart import BodyPartReader, MultipartReader
from cross_web import AiohttpHTTPRequestAdapter, HTTPException
from cross_web.request._base import FormData

from roost.input_guard import MULTIPART_ALLOWANCE, is_unsafe_text

_CHUNK = 64 * 1024


class UploadRequestAdapter(AiohttpHTTPRequestAdapter):
    """Request adapter whose uploaded files carry ``filename`` and at most ``limit + 1`` bytes."""

    def __init__(self, request: web.Request, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.request_limit = limit + MULTIPART_ALLOWANCE

    async def get_form_data(self) -> FormData:
        if self._form_data is not None or not (self.content_type or "").startswith(
            "multipart/form-data"
        ):
            return await super().get_form_data()
        reader = await self.request.multipart()
        form: dict[str, Any] = {}
        files: dict[str, Any] = {}
        while (part := await self._next_part(reader)) is not None:
            name, filename = part.name, part.filename
            if not name:
                await self._drain(part)
            elif filename:
                files[name] = await self._read_file(part, filename)
            else:
                form[name] = await self._read_text(part)
        self._form_data = FormData(files=files, form=form)
        return self._form_data

    async def _next_part(self, reader: MultipartReader) -> BodyPartReader | None:
        """The next part, its headers checked; nested multipart is not supported."""
        self._check_size()
        try:
            part = await reader.next()
        except BadHttpMessage:
            raise HTTPException(400, "A multipart part has a malformed header.") from None
        if part is None:
            return None
        if not isinstance(part, BodyPartReader):
            raise HTTPException(400, "Nested multipart bodies are not supported.")
        for text in (part.name, part.filename):
            if text is not None and is_unsafe_text(text):
                raise HTTPException(
                    400, "A multipart part name holds a NUL or a character that is not text."
                )
        return part

    def _check_size(self) -> None:
        """A 413 as soon as more than the request limit has streamed in."""
        received = self.request.content.total_bytes
        if received > self.request_limit:
            raise web.HTTPRequestEntityTooLarge(max_size=self.request_limit, actual_size=received)

    async def _chunks(self, part: BodyPartReader) -> AsyncIterator[bytes]:
        while chunk := await part.read_chunk(_CHUNK):
            self._check_size()
            yield chunk

    async def _drain(self, part: BodyPartReader) -> None:
        async for _ in self._chunks(part):
            pass

    async def _read_text(self, part: BodyPartReader) -> str:
        # Form fields (operations, map) are UTF-8 (RFC 7578); a bad byte is a 400 (ValueError).
        return bytes(await part.read()).decode("utf-8")

    async def _read_file(self, part: BodyPartReader, filename: str) -> BytesIO:
        buffer = BytesIO()
        async for chunk in self._chunks(part):
            room = self.limit + 1 - buffer.tell()
            if room > 0:
                buffer.write(chunk[:room])
        buffer.seek(0)
        buffer.filename = filename  # type: ignore[attr-defined]
        return buffer

"""What a request must be before GraphQL sees it: its size, its JSON, its text.

JSON is decoded by orjson, which refuses what would crash further in: bytes that are not
UTF-8, lone surrogates (``"\\ud800"``) and nesting deeper than 1024 levels (instead of a
``RecursionError``). A decoded body, multipart ``operations`` or ``map`` and a GET
``variables`` parameter must be an object (a list is a batch, which the view refuses).
Every refusal is a 400 with the reason. No incoming text may hold a NUL character
(PostgreSQL refuses it) or a lone surrogate (it cannot be encoded): see
:func:`is_unsafe_text`, applied to GraphQL strings by ``schema.input_guard`` and to
multipart names by ``roost.uploads``.
"""

from __future__ import annotations

import re

import orjson

from roost.http_messages import HTTPMessage, Refusal
from roost.i18n import N_
from roost.settings import Settings

#: Bytes a multipart request may carry beyond its largest file: operations, map, headers.
MULTIPART_ALLOWANCE = 64 * 1024

_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def is_unsafe_text(text: str) -> bool:
    """Whether ``text`` holds a NUL character or a lone surrogate."""
    return _UNSAFE.search(text) is not None


def decode_request_json(data: str | bytes) -> dict[str, object] | list[object]:
    """The JSON object (or batch list) in ``data``; anything else is a 400."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        message = HTTPMessage(N_("The request is not valid JSON: {detail}"), {"detail": str(exc)})
        raise Refusal(400, message, "BAD_REQUEST") from None
    if not isinstance(value, dict | list):
        raise Refusal(400, HTTPMessage(N_("The request must be a JSON object.")), "BAD_REQUEST")
    return value


def body_limit(settings: Settings, content_type: str) -> int:
    """The most bytes a request body of ``content_type`` may have."""
    if content_type.startswith("multipart/"):
        return settings.max_upload_bytes + MULTIPART_ALLOWANCE
    return settings.max_body_bytes

"""gzip for responses above 1 KB, when the client accepts it (``Accept-Encoding``).

An answer is compressed at once in the event loop at level 1 (nginx's default level for
dynamic content): a 30 KB inbox page in about 0.1 ms, where aiohttp's own compression (level
6, in a worker thread above 4 KB) cost three times that and a thread hop per request. Only
bodies above :data:`IN_LOOP_MAX_BYTES` go to aiohttp's, off the loop.
"""

from __future__ import annotations

import zlib

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler
from aiohttp.web_response import ContentCoding

#: Bodies up to this size are sent as they are: gzip would save little and cost a round of CPU.
MIN_COMPRESSED_BYTES = 1024

#: Bodies above this size are compressed by aiohttp in a worker thread (the loop would wait
#: several milliseconds for them).
IN_LOOP_MAX_BYTES = 256 * 1024

#: zlib's level for answers compressed in the loop; ``wbits`` 31: a gzip stream.
GZIP_LEVEL = 1
_GZIP_WBITS = 31

#: Media types worth compressing (JSON, GraphQL responses, GraphiQL, metrics, …).
_COMPRESSIBLE = ("text/", "application/json", "application/graphql-response+json")


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an ``Accept-Encoding`` value allows gzip (``gzip`` or ``*`` with a q above 0)."""
    allowed: dict[str, bool] = {}
    for item in accept_encoding.lower().split(","):
        coding, _, params = item.partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        allowed[coding.strip()] = quality > 0
    return allowed.get("gzip", allowed.get("x-gzip", allowed.get("*", False)))


def _add_vary(response: web.StreamResponse) -> None:
    vary = response.headers.get(hdrs.VARY, "")
    if "accept-encoding" not in vary.lower():
        response.headers[hdrs.VARY] = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"


@web.middleware
async def compression_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Compress textual responses above :data:`MIN_COMPRESSED_BYTES` with gzip."""
    response = await handler(request)
    if isinstance(response, web.FileResponse):
        _compress_file(request, response)
        return response
    if (
        not isinstance(response, web.Response)
        or response.prepared
        or hdrs.CONTENT_ENCODING in response.headers
        or not response.content_type.startswith(_COMPRESSIBLE)
    ):
        return response
    _add_vary(response)
    body = response.body
    if (
        isinstance(body, bytes | bytearray)
        and len(body) > MIN_COMPRESSED_BYTES
        and accepts_gzip(request.headers.get(hdrs.ACCEPT_ENCODING, ""))
    ):
        if len(body) > IN_LOOP_MAX_BYTES:
            response.enable_compression(ContentCoding.gzip)
        else:
            response.body = zlib.compress(body, GZIP_LEVEL, _GZIP_WBITS)
            response.headers[hdrs.CONTENT_ENCODING] = ContentCoding.gzip.value
    return response


#: Static files worth compressing (GraphiQL's scripts and styles); images are compressed.
_COMPRESSIBLE_FILES = (".js", ".css", ".html", ".json", ".svg")


def _compress_file(request: web.Request, response: web.FileResponse) -> None:
    """Stream a textual static file gzipped (its size is only known once it is sent)."""
    if not request.path.endswith(_COMPRESSIBLE_FILES):
        return
    _add_vary(response)
    if accepts_gzip(request.headers.get(hdrs.ACCEPT_ENCODING, "")):
        response.enable_compression(ContentCoding.gzip)

"""``GET /exports/invoices.{csv,xlsx,xml}?company=ID&from=DATE&to=DATE`` (SPEC §6).

With the caller's Bearer token. Refusals come before anything is streamed, as JSON:
401 without a token, 403 for a role or company the caller may not export, 400 for
dates that are not a period. Then the rows are streamed as they are read.
"""

from __future__ import annotations

import orjson
from aiohttp import web

from resolvers.errors import RoostError
from resolvers.exports import ExportFormat, export_lines, parse_date, prepare_export
from resolvers.ids import parse_pk
from resolvers.principal import Principal
from roost.export_writers import WRITERS
from roost.i18n import negotiate_language, translate

ROUTE = "/exports/invoices.{format:(csv|xlsx|xml)}"


def _refusal(status: int, request: web.Request, error: RoostError) -> web.Response:
    """A JSON error body like GraphQL's, in the caller's language."""
    language = negotiate_language(request.headers.get("Accept-Language"))
    message = translate(error.template, language, **error.params)
    body = {"errors": [{"message": message, "extensions": error.extensions}]}
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


async def export_invoices(request: web.Request, principal: Principal) -> web.StreamResponse:
    """Stream a client company's invoice lines in the format of the path."""
    export_format = ExportFormat(request.match_info["format"])
    query = request.query
    try:
        start = parse_date(query.get("from"), "from")
        end = parse_date(query.get("to"), "to")
        export = await prepare_export(principal, parse_pk(query.get("company", "")), start, end)
    except RoostError as error:
        status = 403 if error.extensions["code"] == "FORBIDDEN" else 400
        return _refusal(status, request, error)
    write, content_type = WRITERS[export_format]
    filename = f"invoices-{export.company.id}-{start}-{end}.{export_format.value}"
    response = web.StreamResponse(
        headers={
            "Content-Type": content_type,
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        }
    )
    response.enable_chunked_encoding()
    await response.prepare(request)
    async for chunk in write(export, export_lines(principal, export)):
        await response.write(chunk)
    await response.write_eof()
    return response

"""The aiohttp application: GraphQL at /graphql, health and readiness, request ids."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web
from cross_web import HTTPException
from strawberry.aiohttp.views import GraphQLView
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL
from strawberry.types.unset import UNSET, UnsetType

from resolvers.attachments import attachment_download
from resolvers.context import RequestContext
from resolvers.errors import RoostError
from resolvers.ids import parse_pk
from roost import db
from roost.auth import authenticate
from roost.input_guard import body_limit, decode_request_json
from roost.logs import request_id_var
from roost.settings import Settings
from roost.uploads import UploadRequestAdapter
from roost.worker import Worker
from schema import build_schema
from subscriptions.hub import Hub

log = logging.getLogger("roost.http")

SETTINGS_KEY = web.AppKey("settings", Settings)
HUB_KEY = web.AppKey("hub", Hub)
REQUEST_ID_KEY = web.RequestKey("request_id", str)
PRINCIPAL_KEY = web.RequestKey("principal", object)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


_HTTP_CODES = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 413: "PAYLOAD_TOO_LARGE"}


def _http_code(status: int) -> str:
    return _HTTP_CODES.get(status, "BAD_REQUEST" if status < 500 else "INTERNAL_SERVER_ERROR")


def error_response(status: int, message: str, code: str) -> web.Response:
    """A GraphQL-shaped error body, for failures before execution."""
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


class RoostGraphQLView(GraphQLView):
    """Strawberry's aiohttp view with our context, orjson and JSON errors."""

    def __init__(self, settings: Settings, hub: Hub) -> None:
        protocols = (GRAPHQL_TRANSPORT_WS_PROTOCOL,)
        if settings.legacy_graphql_ws:
            protocols = (*protocols, GRAPHQL_WS_PROTOCOL)
        super().__init__(
            schema=build_schema(settings),
            graphql_ide="graphiql",
            subscription_protocols=protocols,
            multipart_uploads_enabled=True,
        )
        self.settings = settings
        self.hub = hub
        self.request_adapter_class = lambda request: UploadRequestAdapter(  # type: ignore[assignment]
            request, settings.max_upload_bytes
        )

    async def on_ws_connect(self, context: RequestContext) -> UnsetType | dict[str, object]:
        """Authenticate a WebSocket from ``{"authorization": "Bearer …"}``; else close 4403."""
        params = context.connection_params or {}
        header = params.get("authorization") or params.get("Authorization")
        try:
            context.principal = await authenticate(self.settings, str(header) if header else None)
        except RoostError:
            raise ConnectionRejectionError() from None
        if context.principal is None:
            raise ConnectionRejectionError()
        return UNSET

    def parse_json(self, data: str | bytes) -> Any:
        """A request body, multipart field or GET parameter as JSON (``roost.input_guard``)."""
        return decode_request_json(data)

    def encode_json(self, data: object) -> str:
        # Text, not bytes: graphql-transport-ws frames must be text frames.
        return orjson.dumps(data).decode()

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        try:
            return await self.run(request=request)
        except HTTPException as exc:
            return error_response(exc.status_code, exc.reason, "BAD_REQUEST")

    async def get_context(self, request: web.Request, response: Any) -> RequestContext:
        return RequestContext(
            settings=self.settings,
            principal=request.get(PRINCIPAL_KEY),  # type: ignore[arg-type]
            request_id=request[REQUEST_ID_KEY],
            hub=self.hub,
            request=request,
            response=response,
        )


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Gives every request an id (or keeps the caller's), logs it, returns it as a header."""
    request_id = request.headers.get("X-Request-Id", "")[:64] or secrets.token_hex(8)
    request[REQUEST_ID_KEY] = request_id
    token = request_id_var.set(request_id)
    started = time.perf_counter()
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        # aiohttp's own refusals (404, 405, 413, ...) become JSON errors with a code.
        response = error_response(exc.status, exc.text or exc.reason, _http_code(exc.status))
    except Exception:
        log.exception("unhandled error", extra={"request_id": request_id})
        response = error_response(
            500, f"Internal server error (request id {request_id}).", "INTERNAL_SERVER_ERROR"
        )
    finally:
        request_id_var.reset(token)
    response.headers["X-Request-Id"] = request_id
    log.info(
        "%s %s %s",
        request.method,
        request.path,
        response.status,
        extra={
            "request_id": request_id,
            "status": response.status,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        },
    )
    return response


@web.middleware
async def body_size_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuses a declared length over the limit at once (chunked bodies: as they are read).

    JSON bodies are limited to ``max_body_bytes`` (``client_max_size``); multipart uploads,
    as a whole, to ``max_upload_bytes`` plus a small allowance (``roost.uploads``).
    """
    limit = body_limit(request.app[SETTINGS_KEY], request.content_type)
    length = request.content_length or 0
    if length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=length)
    return await handler(request)


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Resolves the Bearer token to a principal; a bad token is refused with 401."""
    try:
        request[PRINCIPAL_KEY] = await authenticate(
            request.app[SETTINGS_KEY], request.headers.get("Authorization")
        )
    except RoostError as exc:
        return error_response(401, exc.message, exc.extensions["code"])
    return await handler(request)


async def download_attachment(request: web.Request) -> web.StreamResponse:
    """An attachment's file, for callers who may see its message; others get 404."""
    principal = request.get(PRINCIPAL_KEY)
    if principal is None:
        return error_response(
            401, "Authentication required: send a Bearer token.", "UNAUTHENTICATED"
        )
    settings = request.app[SETTINGS_KEY]
    found = await attachment_download(
        principal, settings.attachments_dir, parse_pk(request.match_info["attachment_id"])
    )
    if found is None:
        return error_response(404, "No such attachment.", "NOT_FOUND")
    return web.FileResponse(
        found.path,
        headers={
            "Content-Type": found.content_type,
            "Content-Disposition": f'attachment; filename="{found.filename}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


async def healthz(_: web.Request) -> web.Response:
    """Liveness: the process serves requests."""
    return web.json_response({"status": "ok"})


async def readyz(_: web.Request) -> web.Response:
    """Readiness: the database answers."""
    if await db.ping():
        return web.json_response({"status": "ready"})
    return web.json_response({"status": "database unreachable"}, status=503)


def create_app(settings: Settings, *, manage_database: bool = True) -> web.Application:
    """The aiohttp application; opens and closes the database unless told not to."""
    app = web.Application(
        middlewares=[request_id_middleware, body_size_middleware, auth_middleware],
        client_max_size=settings.max_body_bytes,
    )
    app[SETTINGS_KEY] = settings
    hub = Hub(settings.broadcast_url)
    app[HUB_KEY] = hub
    app.router.add_route("*", "/graphql", RoostGraphQLView(settings, hub))
    app.router.add_get("/attachments/{attachment_id}", download_attachment)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    # Started in this order, stopped in reverse: database, pub/sub, worker.
    if manage_database:
        app.cleanup_ctx.append(_database)
    app.cleanup_ctx.append(_pubsub)
    if settings.worker_in_serve:
        app.cleanup_ctx.append(_background_worker)
    return app


async def _database(app: web.Application) -> AsyncIterator[None]:
    async with db.database(app[SETTINGS_KEY]):
        yield


async def _pubsub(app: web.Application) -> AsyncIterator[None]:
    await app[HUB_KEY].connect()
    yield
    await app[HUB_KEY].disconnect()


async def _background_worker(app: web.Application) -> AsyncIterator[None]:
    """The outbox worker inside ``roost serve`` (embedded setup; ROOST_WORKER_IN_SERVE)."""
    stop = asyncio.Event()
    task = asyncio.create_task(Worker(app[SETTINGS_KEY], hub=app[HUB_KEY]).run(stop))
    yield
    stop.set()
    await task

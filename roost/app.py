"""The aiohttp application: GraphQL at /graphql, health and readiness, request ids."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeGuard

import orjson
from aiohttp import web
from aiohttp.typedefs import Handler
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from strawberry.aiohttp.views import GraphQLView
from strawberry.exceptions import ConnectionRejectionError
from strawberry.extensions import SchemaExtension
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL
from strawberry.types.unset import UNSET, UnsetType

from compiled.runner import CompiledReads
from resolvers.attachments import attachment_download
from resolvers.context import NO_TOKEN, RequestContext
from resolvers.errors import RoostError
from resolvers.ids import parse_pk
from resolvers.ratelimit import RateLimiter
from roost import db
from roost.auth import authenticate
from roost.compression import compression_middleware
from roost.cors import cors_headers, cors_middleware
from roost.exports import ROUTE as EXPORT_ROUTE
from roost.exports import export_invoices
from roost.gc_pauses import timed_collections
from roost.graphiql import graphiql_page, setup_graphiql
from roost.graphql_http import GraphQLOverHTTP, Refusal
from roost.http_messages import caller_language, library_reason, status_message
from roost.i18n import negotiate_language, translate
from roost.input_guard import body_limit, decode_request_json
from roost.logs import caller_request_id, request_id_var
from roost.mail import mailer_for
from roost.metrics import OPERATION_KEY, Metrics, OperationMetrics, metrics_middleware
from roost.outage import RETRY_AFTER_SECONDS, DatabaseOutage, outage_middleware
from roost.persisted_queries import PersistedQueries, PersistedQueryError
from roost.refusals import refusal_headers_middleware
from roost.selfservice_page import setup_self_service_page
from roost.settings import Settings
from roost.throttle import LIMITER_KEY, throttle_anonymous
from roost.upgrades import GRAPHQL_PATH, http_only, is_websocket_upgrade, passes_through
from roost.uploads import UploadRequestAdapter
from roost.websockets import LegacyWsHandler, TransportWsHandler
from roost.worker import Worker
from roost.ws_sessions import SocketRegistry
from roost.ws_slots import SlottedWebSocketResponse
from schema import build_schema
from subscriptions.hub import Hub

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

log = logging.getLogger("roost.http")

SETTINGS_KEY = web.AppKey("settings", Settings)
HUB_KEY = web.AppKey("hub", Hub)
METRICS_KEY = web.AppKey("metrics", Metrics)
TRACER_PROVIDER_KEY: web.AppKey[TracerProvider] = web.AppKey("tracer_provider")
REQUEST_ID_KEY = web.RequestKey("request_id", str)
#: When a WebSocket that passes through the middlewares was received (its log line).
HANDSHAKE_STARTED_KEY = web.RequestKey("handshake_started", float)
PRINCIPAL_KEY = web.RequestKey("principal", object)


_HTTP_CODES = {
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    413: "PAYLOAD_TOO_LARGE",
}


def _http_code(status: int) -> str:
    return _HTTP_CODES.get(status, "BAD_REQUEST" if status < 500 else "INTERNAL_SERVER_ERROR")


def _language(request: web.Request) -> str:
    """The caller's language: the user's, else ``Accept-Language``'s."""
    principal: Any = request.get(PRINCIPAL_KEY)
    user = principal.user if principal is not None else None
    return caller_language(user.locale if user else None, request.headers.get("Accept-Language"))


def _refusal_text(request: web.Request, exc: web.HTTPException) -> str:
    """aiohttp's refusal in the caller's language (its own text when we have none)."""
    allowed = ", ".join(sorted(getattr(exc, "allowed_methods", ()) or ()))
    most = body_limit(request.app[SETTINGS_KEY], request.content_type)
    message = status_message(exc.status, method=request.method, allowed=allowed, most=most)
    return message.text(_language(request)) if message else exc.text or exc.reason


def error_response(
    status: int, message: str, code: str, headers: Mapping[str, str] | None = None
) -> web.Response:
    """A GraphQL-shaped error body, for failures before execution."""
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return web.Response(
        status=status, body=orjson.dumps(body), content_type="application/json", headers=headers
    )


class RoostGraphQLView(GraphQLOverHTTP, GraphQLView):
    """Strawberry's aiohttp view with our context, orjson, JSON errors and GraphQL over HTTP."""

    graphql_transport_ws_handler_class = TransportWsHandler
    graphql_ws_handler_class = LegacyWsHandler

    def __init__(
        self,
        settings: Settings,
        hub: Hub,
        metrics: Metrics,
        extensions: Sequence[Callable[[], SchemaExtension]] = (),
    ) -> None:
        protocols = (GRAPHQL_TRANSPORT_WS_PROTOCOL,)
        if settings.legacy_graphql_ws:
            protocols = (*protocols, GRAPHQL_WS_PROTOCOL)
        super().__init__(
            schema=build_schema(settings, extensions),
            graphql_ide="graphiql",
            subscription_protocols=protocols,
            multipart_uploads_enabled=True,
            allowed_origins=settings.cors_origins,
        )
        self.settings = settings
        self.hub = hub
        self.metrics = metrics
        self.sockets = SocketRegistry(settings)
        self.persisted_queries = PersistedQueries(settings.apq_cache_size)
        self.compiled_reads = CompiledReads(self.schema._schema, settings, _label_compiled)
        self.request_adapter_class = lambda request: UploadRequestAdapter(  # type: ignore[assignment]
            request, settings.max_upload_bytes
        )

    def is_websocket_request(self, request: web.Request) -> TypeGuard[web.Request]:
        """Only a GET that asks for a WebSocket upgrade can be one: aiohttp's handshake check,
        which builds a response and an exception to say no, runs for those alone."""
        return is_websocket_upgrade(request) and bool(super().is_websocket_request(request))

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

    async def render_graphql_ide(self, request: web.Request) -> web.Response:
        """Our GraphiQL page (assets from the package, strict CSP), not the CDN one."""
        return graphiql_page()

    async def reject_websocket(self, request: web.Request) -> web.Response:
        """A handshake from a page on an origin not in ``ROOST_CORS_ORIGINS``: 403."""
        origin = request.headers.get("Origin")
        return error_response(403, f"Origin {origin} may not open a WebSocket here.", "FORBIDDEN")

    async def create_websocket_response(
        self, request: web.Request, subprotocol: str | None
    ) -> web.WebSocketResponse:
        """The WebSocket, pinged every ``ws_ping_seconds``; closed when a pong is late.

        permessage-deflate is declined, though browsers offer it: a socket that takes it
        holds its own zlib compressor for life (about 140 KiB of RSS once it sent one
        frame, against 25 KiB for the whole socket without), and each pushed frame,
        encoded once for all its subscribers, would be compressed again for each.
        """
        ws = SlottedWebSocketResponse(
            protocols=[subprotocol] if subprotocol else [],
            heartbeat=self.settings.ws_ping_seconds,
            compress=False,
        )
        await ws.prepare(request)
        return ws

    def parse_json(self, data: str | bytes) -> Any:
        """A request body, multipart field or GET parameter as JSON (``roost.input_guard``)."""
        return decode_request_json(data)

    def encode_json(self, data: object) -> str:
        # Text, not bytes: graphql-transport-ws frames must be text frames.
        return orjson.dumps(data).decode()

    def __call__(self, request: web.Request) -> Awaitable[web.StreamResponse]:  # type: ignore[override]
        """Answer a request; a WebSocket is served with no frame of this method behind it
        (``roost.upgrades``): the refusals answered here are those of HTTP requests."""
        if is_websocket_upgrade(request):
            return self.run(request=request)
        return self._answer(request)

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        try:
            return await self.run(request=request)
        except Refusal as exc:
            message = exc.message.text(_language(request))
            return error_response(exc.status_code, message, exc.code, exc.headers)
        except HTTPException as exc:
            known = library_reason(exc.reason)
            message = known.text(_language(request)) if known else exc.reason
            return error_response(exc.status_code, message, _http_code(exc.status_code))
        except PersistedQueryError as exc:
            response = error_response(exc.status, exc.message, exc.code)
            response.headers["Cache-Control"] = "private, no-cache, must-revalidate"
            return response

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        """The request's operation(s), documents filled in from persisted-query hashes."""
        data = await super().parse_http_body(request)
        if isinstance(data, list):
            return [self.persisted_queries.resolve(item) for item in data]
        return self.persisted_queries.resolve(data)

    async def get_context(self, request: web.Request, response: Any) -> RequestContext:
        return RequestContext(
            settings=self.settings,
            principal=request.get(PRINCIPAL_KEY),  # type: ignore[arg-type]
            request_id=request[REQUEST_ID_KEY],
            hub=self.hub,
            request=request,
            response=response,
            limiter=request.app.get(LIMITER_KEY),
            accept_language=request.headers.get("Accept-Language"),
        )


def _label_compiled(context: RequestContext, name: str | None) -> None:
    """Name a compiled answer's operation for the HTTP metrics, as OperationMetrics does."""
    request = context.request
    if isinstance(request, web.Request) and METRICS_KEY in request.app:
        request[OPERATION_KEY] = request.app[METRICS_KEY].operation_label(name)


@web.middleware
def request_id_middleware(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
    """Gives every request an id (or keeps the caller's) and logs it (the header comes
    with :func:`identified`). A WebSocket that passes through (``roost.upgrades``) is
    logged when its handshake is answered, with no frame of this middleware behind it."""
    request_id = caller_request_id(request.headers.get("X-Request-Id")) or secrets.token_hex(8)
    request[REQUEST_ID_KEY] = request_id
    if passes_through(request):
        request[HANDSHAKE_STARTED_KEY] = time.perf_counter()
        # Not reset: the connection's task serves this socket alone, until it closes.
        request_id_var.set(request_id)
        return handler(request)
    return _logged(request, handler, request_id)


async def _logged(request: web.Request, handler: Handler, request_id: str) -> web.StreamResponse:
    token = request_id_var.set(request_id)
    started = time.perf_counter()
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        # aiohttp's own refusals (404, 405, 413, ...) become JSON errors with a code.
        response = error_response(exc.status, _refusal_text(request, exc), _http_code(exc.status))
    except Exception:
        log.exception("unhandled error", extra={"request_id": request_id})
        response = error_response(
            500, f"Internal server error (request id {request_id}).", "INTERNAL_SERVER_ERROR"
        )
    finally:
        request_id_var.reset(token)
    _log_request(request, response.status, started)
    return response


def _log_request(request: web.BaseRequest, status: int, started: float) -> None:
    log.info(
        "%s %s %s",
        request.method,
        request.path,
        status,
        extra={
            "request_id": request[REQUEST_ID_KEY],
            "status": status,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        },
    )


async def identified(request: web.BaseRequest, response: web.StreamResponse) -> None:
    """Every response names its request's id (``X-Request-Id``), streamed ones too; a
    WebSocket that passed through the middlewares is logged here, as its handshake is
    answered."""
    request_id = request.get(REQUEST_ID_KEY)
    if request_id is None:
        return
    response.headers["X-Request-Id"] = request_id
    if HANDSHAKE_STARTED_KEY in request:
        _log_request(request, response.status, request[HANDSHAKE_STARTED_KEY])


@web.middleware
def body_size_middleware(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
    """Refuses a declared length over the limit at once (chunked bodies: as they are read).

    JSON bodies are limited to ``max_body_bytes`` (``client_max_size``); multipart uploads,
    as a whole, to ``max_upload_bytes`` plus a small allowance (``roost.uploads``).
    """
    limit = body_limit(request.app[SETTINGS_KEY], request.content_type)
    length = request.content_length or 0
    if length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=length)
    return handler(request)  # no frame of its own (roost.upgrades)


@web.middleware
def auth_middleware(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
    """Resolves the Bearer token to a principal; a bad token is refused with 401."""
    authorization = request.headers.get("Authorization")
    if not authorization:
        request[PRINCIPAL_KEY] = None
        return handler(request)  # no frame of its own (roost.upgrades)
    return _authenticated(request, handler, authorization)


async def _authenticated(
    request: web.Request, handler: Handler, authorization: str
) -> web.StreamResponse:
    try:
        request[PRINCIPAL_KEY] = await authenticate(request.app[SETTINGS_KEY], authorization)
    except RoostError as exc:
        language = negotiate_language(request.headers.get("Accept-Language"))
        message = translate(exc.template, language, **exc.params)
        return error_response(401, message, exc.extensions["code"])
    return await handler(request)


def _unauthenticated(request: web.Request) -> web.Response:
    """401 for a route that needs a bearer token, in the caller's language."""
    message = translate(NO_TOKEN, _language(request))
    return error_response(401, message, "UNAUTHENTICATED")


async def download_attachment(request: web.Request) -> web.StreamResponse:
    """An attachment's file, for callers who may see its message; others get 404."""
    principal = request.get(PRINCIPAL_KEY)
    if principal is None:
        return _unauthenticated(request)
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


async def download_invoice_export(request: web.Request) -> web.StreamResponse:
    """A client company's invoice lines as CSV, XLSX or XML (``roost.exports``)."""
    principal = request.get(PRINCIPAL_KEY)
    if principal is None:
        return _unauthenticated(request)
    return await export_invoices(request, principal)


async def healthz(_: web.Request) -> web.Response:
    """Liveness: the process serves requests."""
    return web.json_response({"status": "ok"})


async def prometheus_metrics(request: web.Request) -> web.Response:
    """Prometheus metrics of this process (text exposition format)."""
    return await request.app[METRICS_KEY].exposition()


async def readyz(_: web.Request) -> web.Response:
    """Readiness: the database answers."""
    if await db.ping():
        return web.json_response({"status": "ready"})
    return web.json_response(
        {"status": "database unreachable"},
        status=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def create_app(settings: Settings, *, manage_database: bool = True) -> web.Application:
    """The aiohttp application; opens and closes the database unless told not to."""
    hub = Hub(settings.broadcast_url)
    metrics = Metrics(hub)
    extensions: list[Callable[[], SchemaExtension]] = [
        lambda: OperationMetrics(metrics),
        DatabaseOutage,
    ]
    # Each leaves no frame behind a WebSocket that passes through (roost.upgrades).
    middlewares = [
        http_only(refusal_headers_middleware),
        http_only(compression_middleware),
        metrics_middleware(metrics),
        request_id_middleware,
        cors_middleware(settings),
        http_only(outage_middleware),
        body_size_middleware,
        throttle_anonymous,
        auth_middleware,
    ]
    provider = None
    if settings.otel_endpoint:
        # Imported only when traces are exported: OpenTelemetry, its exporter and protobuf
        # hold some 10 MiB that a process without traces does not need.
        from roost.tracing import graphql_tracing, tracer_provider, tracing_middleware

        provider = tracer_provider(settings.otel_endpoint)
        extensions.append(graphql_tracing(provider))
        middlewares.insert(0, tracing_middleware(provider))
    app = web.Application(
        middlewares=middlewares,
        client_max_size=settings.max_body_bytes,
    )
    app[SETTINGS_KEY] = settings
    app.on_response_prepare.append(cors_headers(settings))
    app.on_response_prepare.append(identified)
    app[LIMITER_KEY] = RateLimiter(settings.rate_limits)
    app[HUB_KEY] = hub
    app[METRICS_KEY] = metrics
    app.router.add_route("*", GRAPHQL_PATH, RoostGraphQLView(settings, hub, metrics, extensions))
    app.router.add_get("/metrics", prometheus_metrics)
    app.router.add_get("/attachments/{attachment_id}", download_attachment)
    app.router.add_get(EXPORT_ROUTE, download_invoice_export)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    setup_graphiql(app)
    setup_self_service_page(app)
    # Started in this order, stopped in reverse: database, pub/sub, worker.
    if manage_database:
        app.cleanup_ctx.append(_database)
    app.cleanup_ctx.append(_pubsub)
    if settings.worker_in_serve:
        app.cleanup_ctx.append(_background_worker)
    if provider is not None:
        app[TRACER_PROVIDER_KEY] = provider
        app.cleanup_ctx.append(_flush_traces)
    # Last, so that what start-up created is frozen before collections are timed.
    app.cleanup_ctx.append(timed_collections(metrics.gc_pauses))
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
    settings = app[SETTINGS_KEY]
    mailer = app[METRICS_KEY].counting(mailer_for(settings))
    task = asyncio.create_task(Worker(settings, mailer=mailer, hub=app[HUB_KEY]).run(stop))
    yield
    stop.set()
    await task


async def _flush_traces(app: web.Application) -> AsyncIterator[None]:
    """Export the spans still buffered when the application stops (off the event loop)."""
    yield
    await asyncio.to_thread(app[TRACER_PROVIDER_KEY].shutdown)

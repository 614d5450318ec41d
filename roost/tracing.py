"""OpenTelemetry traces, exported over OTLP/HTTP when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set.

A span per aiohttp request (a child of the caller's ``traceparent`` when it sends one) and,
inside it, strawberry's spans of the GraphQL execution. The tracer provider belongs to the
application, not to the process, so several applications (tests) do not share one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from strawberry.extensions import SchemaExtension
from strawberry.extensions.tracing import OpenTelemetryExtension


def tracer_provider(endpoint: str) -> TracerProvider:
    """A provider exporting batches of spans to ``{endpoint}/v1/traces`` (OTLP over HTTP)."""
    provider = TracerProvider(resource=Resource.create({"service.name": "roost"}))
    exporter = OTLPSpanExporter(endpoint=f"{endpoint.rstrip('/')}/v1/traces")
    provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


def graphql_tracing(provider: TracerProvider) -> Callable[[], SchemaExtension]:
    """Strawberry's tracing extension on ``provider``; resolver arguments are left out
    (they carry e-mail addresses, tokens and message texts)."""
    return lambda: OpenTelemetryExtension(
        tracer_provider=provider, arg_filter=lambda _args, _info: {}
    )


def tracing_middleware(provider: TracerProvider) -> Middleware:
    """An aiohttp middleware opening a server span per request."""
    tracer = provider.get_tracer("roost.http")
    propagator = TraceContextTextMapPropagator()

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        resource = request.match_info.route.resource
        route = resource.canonical if resource is not None else request.path
        attributes: dict[str, Any] = {
            "http.request.method": request.method,
            "http.route": route,
            "url.path": request.path,
        }
        with tracer.start_as_current_span(
            f"{request.method} {route}",
            context=propagator.extract(request.headers),
            kind=SpanKind.SERVER,
            attributes=attributes,
        ) as span:
            response = await handler(request)
            span.set_attribute("http.response.status_code", response.status)
            if response.status >= 500:
                span.set_status(Status(StatusCode.ERROR))
            return response

    return middleware

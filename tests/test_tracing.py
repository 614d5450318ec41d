"""OpenTelemetry traces: exported over OTLP/HTTP, continuing the caller's ``traceparent``."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path
from typing import Any

from aiohttp import web
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from roost.app import TRACER_PROVIDER_KEY, create_app
from tests.conftest import DemoWorld, make_settings

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
ME = "query Me { me { name } }"


async def test_spans_of_a_request_reach_the_otlp_endpoint_with_the_callers_trace_id(
    aiohttp_client: Any, aiohttp_server: Any, world: DemoWorld, tmp_path: Path
) -> None:
    # given a small OTLP/HTTP receiver
    spans: list[Any] = []

    async def receive(request: web.Request) -> web.Response:
        body = await request.read()
        if request.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        export = ExportTraceServiceRequest.FromString(body)
        for resource in export.resource_spans:
            for scope in resource.scope_spans:
                spans.extend(scope.spans)
        return web.Response(body=b"", content_type="application/x-protobuf")

    receiver = web.Application()
    receiver.router.add_post("/v1/traces", receive)
    collector = await aiohttp_server(receiver)
    # and the server exporting to it
    settings = make_settings(
        world.settings.database_url,
        tmp_path,
        OTEL_EXPORTER_OTLP_ENDPOINT=str(collector.make_url("/")),
    )
    app = create_app(settings)
    client = await aiohttp_client(app)

    # when a caller inside a trace sends a query
    response = await client.post(
        "/graphql",
        json={"query": ME},
        headers={
            "Authorization": f"Bearer {world.tokens['CUSTOMER']}",
            "traceparent": f"00-{TRACE_ID}-{PARENT_ID}-01",
        },
    )
    assert response.status == 200
    await asyncio.to_thread(app[TRACER_PROVIDER_KEY].force_flush)

    # then the request span and the GraphQL spans arrive, in the caller's trace
    by_name = {span.name: span for span in spans}
    http = by_name["POST /graphql"]
    assert http.trace_id.hex() == TRACE_ID
    assert http.parent_span_id.hex() == PARENT_ID
    graphql = by_name["GraphQL Query: Me"]
    assert graphql.trace_id.hex() == TRACE_ID
    assert graphql.parent_span_id == http.span_id
    attributes = {a.key: a.value for a in http.attributes}
    assert attributes["http.response.status_code"].int_value == 200


async def test_without_an_endpoint_nothing_is_traced(api: Any) -> None:
    # given the default settings (no OTEL_EXPORTER_OTLP_ENDPOINT)
    # then the application has no tracer provider
    assert TRACER_PROVIDER_KEY not in api.client.app

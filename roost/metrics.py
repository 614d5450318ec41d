"""Prometheus metrics at ``/metrics``, in a registry per application.

Counted as they happen: HTTP requests and their latency (GraphQL ones by operation name and
status), open WebSockets and subscriptions, e-mails sent and failed by the worker inside
``roost serve``. Read when scraped: pub/sub reconnects, outbox depth and oldest pending age.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Iterator
from datetime import UTC, datetime

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler, Middleware
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from models import OutboxItem, OutboxStatus
from roost.gc_pauses import BUCKETS
from roost.mail import DeliveryError, Mailer, OutgoingEmail
from roost.upgrades import GRAPHQL_PATH, is_websocket_upgrade
from subscriptions.hub import Hub
from subscriptions.live import LIVE_SOCKET, Parked

log = logging.getLogger("roost.metrics")

#: The GraphQL operation a request ran, set by :class:`OperationMetrics`.
OPERATION_KEY = web.RequestKey("graphql_operation", str)

#: Distinct operation names kept as label values; later ones count as ``other`` (clients
#: choose operation names, and every label value is a time series kept forever).
MAX_OPERATION_NAMES = 200


class _PubSubCollector(Collector):
    """Reads the pub/sub backend's reconnect count at scrape time."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def collect(self) -> Iterator[CounterMetricFamily]:
        yield CounterMetricFamily(
            "roost_pubsub_reconnects",
            "Times the pub/sub connection was reopened (followed by a resync).",
            value=self.hub.reconnects,
        )


class Metrics:
    """The application's metrics and the registry they are exposed from."""

    def __init__(self, hub: Hub) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry
        self.http_latency = Histogram(
            "roost_http_request_duration_seconds",
            "HTTP request latency by route and method (WebSockets excluded).",
            ["route", "method"],
            registry=registry,
        )
        self.graphql_requests = Counter(
            "roost_graphql_requests",
            "GraphQL HTTP requests by operation name and status.",
            ["operation", "status"],
            registry=registry,
        )
        self.graphql_latency = Histogram(
            "roost_graphql_request_duration_seconds",
            "GraphQL HTTP request latency by operation name.",
            ["operation"],
            registry=registry,
        )
        self.gc_pauses = Histogram(
            "roost_gc_pause_seconds",
            "Pauses of Python's garbage collector, by generation.",
            ["generation"],
            buckets=BUCKETS,
            registry=registry,
        )
        self.open_websockets = Gauge(
            "roost_websockets_open", "Open WebSocket connections.", registry=registry
        )
        self.open_subscriptions = Gauge(
            "roost_subscriptions_open", "Running GraphQL subscriptions.", registry=registry
        )
        self.emails = Counter(
            "roost_emails",
            "E-mail delivery attempts by outcome (sent, failed).",
            ["outcome"],
            registry=registry,
        )
        self.outbox_pending = Gauge(
            "roost_outbox_pending", "Outbox rows waiting to be delivered.", registry=registry
        )
        self.outbox_oldest_age = Gauge(
            "roost_outbox_oldest_pending_age_seconds",
            "Age of the oldest outbox row still pending (0 when none).",
            registry=registry,
        )
        registry.register(_PubSubCollector(hub))
        self._operations: set[str] = set()

    def operation_label(self, name: str | None) -> str:
        """The label value of an operation name: bounded in number."""
        if not name:
            return "anonymous"
        if name in self._operations:
            return name
        if len(self._operations) >= MAX_OPERATION_NAMES:
            return "other"
        self._operations.add(name)
        return name

    def counting(self, mailer: Mailer) -> Mailer:
        """``mailer``, counting every send as sent or failed."""
        return _CountingMailer(mailer, self.emails)

    async def refresh_outbox(self) -> None:
        """Read the outbox depth and the age of its oldest pending row."""
        pending = OutboxItem.filter(status=OutboxStatus.PENDING)
        self.outbox_pending.set(await pending.count())
        oldest = await pending.order_by("created_at").first().values_list("created_at", flat=True)
        age = (datetime.now(UTC) - oldest).total_seconds() if oldest else 0.0
        self.outbox_oldest_age.set(max(age, 0.0))

    async def exposition(self) -> web.Response:
        """The ``/metrics`` response (text format)."""
        try:
            await self.refresh_outbox()
        except Exception as exc:
            # The other metrics still help most during a database outage.
            log.warning("outbox metrics not refreshed: %r", exc)
        response = web.Response(body=generate_latest(self.registry))
        response.headers[hdrs.CONTENT_TYPE] = CONTENT_TYPE_LATEST
        return response


class _CountingMailer:
    """A mailer that counts its outcomes."""

    def __init__(self, mailer: Mailer, counter: Counter) -> None:
        self.mailer = mailer
        self.counter = counter

    async def send(self, email: OutgoingEmail) -> None:
        """Send through the wrapped mailer; count ``sent`` or ``failed``."""
        try:
            await self.mailer.send(email)
        except DeliveryError:
            self.counter.labels("failed").inc()
            raise
        self.counter.labels("sent").inc()


class OperationMetrics(SchemaExtension):
    """Names the request's operation for the HTTP metrics; counts running subscriptions."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self._subscription = False

    def on_execute(self) -> Iterator[None]:
        """Count a subscription from the start of its execution (a parked one resumed is
        counted already, see ``subscriptions.live``)."""
        if self.execution_context.operation_type is OperationType.SUBSCRIPTION:
            self._subscription = True
            live = LIVE_SOCKET.get()
            if live is None or live.resumed is None:
                self.metrics.open_subscriptions.inc()
        yield

    def on_operation(self) -> Iterator[None]:
        """After the operation (a subscription's whole life): label and uncount it; a
        subscription that parks stays counted until it is completed."""
        try:
            yield
        except Parked:
            self._subscription = False
            raise
        finally:
            if self._subscription:
                self.metrics.open_subscriptions.dec()
            request = getattr(self.execution_context.context, "request", None)
            if isinstance(request, web.Request):
                request[OPERATION_KEY] = self.metrics.operation_label(
                    self.execution_context.operation_name
                )


def metrics_middleware(metrics: Metrics) -> Middleware:
    """An aiohttp middleware recording the latency of HTTP requests and GraphQL requests
    (open WebSockets are counted by ``roost.websockets`` while they are served)."""

    @web.middleware
    def middleware(request: web.Request, handler: Handler) -> Awaitable[web.StreamResponse]:
        if is_websocket_upgrade(request):
            return handler(request)  # no frame behind a socket (roost.upgrades)
        return timed(request, handler)

    async def timed(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        response = await handler(request)
        elapsed = time.perf_counter() - started
        resource = request.match_info.route.resource
        route = resource.canonical if resource is not None else "unmatched"
        metrics.http_latency.labels(route, request.method).observe(elapsed)
        if route == GRAPHQL_PATH:
            operation = request.get(OPERATION_KEY, "none")
            metrics.graphql_requests.labels(operation, str(response.status)).inc()
            metrics.graphql_latency.labels(operation).observe(elapsed)
        return response

    return middleware

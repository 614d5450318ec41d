"""Prometheus metrics at /metrics: requests, latency, WebSockets, subscriptions, outbox, e-mail."""

from __future__ import annotations

import asyncio
import gc
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

import models as m
from roost.app import HUB_KEY
from roost.mail import FolderMailer, OutgoingEmail, SmtpMailer, TemporaryDeliveryError
from roost.metrics import MAX_OPERATION_NAMES, Metrics
from subscriptions.hub import Hub
from tests.conftest import Api, make_settings
from tests.test_subscriptions import MESSAGE_ADDED, chateau_booking_id, messages, sent, start_thread
from tests.wsclient import WsClient

ME = "query Me { me { name } }"
INBOX = "subscription Inbox { inboxUpdates { __typename } }"

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(api: Api) -> Samples:
    """Every sample of /metrics, by name and labels."""
    response = await api.client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    samples: Samples = {}
    for family in text_string_to_metric_families(await response.text()):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


async def test_graphql_requests_are_counted_by_operation_name_and_status(api: Api) -> None:
    # given two named queries, an anonymous one and one with a bad token
    before = await scrape(api)
    await api.query("CUSTOMER", ME)
    await api.query("AGENT", ME)
    await api.query("CUSTOMER", "{ me { name } }")
    status, _ = await api.post(ME, token="not-a-token")
    assert status == 401

    # when /metrics is scraped
    after = await scrape(api)

    # then each is counted under its operation and status, with its latency
    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("roost_graphql_requests_total", operation="Me", status="200") == 2
    assert grew("roost_graphql_requests_total", operation="anonymous", status="200") == 1
    assert grew("roost_graphql_requests_total", operation="none", status="401") == 1
    assert grew("roost_graphql_request_duration_seconds_count", operation="Me") == 2
    http = {"route": "/graphql", "method": "POST"}
    assert grew("roost_http_request_duration_seconds_count", **http) == 4
    assert value(after, "roost_http_request_duration_seconds_bucket", le="+Inf", **http) >= 4


async def test_open_websockets_and_subscriptions_are_gauges(api: Api) -> None:
    # given no socket open
    assert value(await scrape(api), "roost_websockets_open") == 0

    # when a client connects and subscribes
    async with await WsClient.connect(api.client, api.world.tokens["AGENT"]) as ws:
        await ws.subscribe("1", INBOX)
        assert await ws.silence("1", 0.3) == []
        during = await scrape(api)
        await ws.complete("1")
        assert await ws.silence("1", 0.3) == []
        completed = await scrape(api)

    # then both gauges count it while it runs, and drop when it ends
    assert value(during, "roost_websockets_open") == 1
    assert value(during, "roost_subscriptions_open") == 1
    assert value(completed, "roost_subscriptions_open") == 0
    for _ in range(50):
        if value(await scrape(api), "roost_websockets_open") == 0:
            break
        await asyncio.sleep(0.05)
    assert value(await scrape(api), "roost_websockets_open") == 0


async def test_outbox_depth_and_oldest_pending_age_are_read_on_scrape(api: Api, orm: None) -> None:
    # given a pending outbox row created two hours ago
    item = await m.OutboxItem.create(
        kind=m.OutboxKind.EMAIL, template="new_message", due_at=datetime.now(UTC)
    )
    try:
        await m.OutboxItem.filter(id=item.id).update(
            created_at=datetime.now(UTC) - timedelta(hours=2)
        )
        pending = await m.OutboxItem.filter(status=m.OutboxStatus.PENDING).count()

        # when /metrics is scraped
        samples = await scrape(api)
    finally:
        await item.delete()

    # then the depth is the number of pending rows and the age at least two hours
    assert value(samples, "roost_outbox_pending") == pending
    assert value(samples, "roost_outbox_oldest_pending_age_seconds") >= 2 * 3600


async def test_pubsub_reconnects_are_exposed(api: Api) -> None:
    # given the in-memory pub/sub, which never reconnects
    # when /metrics is scraped
    samples = await scrape(api)

    # then the counter is there, at the hub's count
    assert ("roost_pubsub_reconnects_total", frozenset()) in samples
    assert value(samples, "roost_pubsub_reconnects_total") == api.client.app[HUB_KEY].reconnects


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_emails_sent_and_failed_are_counted(tmp_path: Path, world: Any) -> None:
    # given the mailers the worker uses, wrapped for counting
    metrics = Metrics(Hub("memory://"))
    folder = make_settings(world.settings.database_url, tmp_path)
    smtp = make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_SMTP_URL=f"smtp://127.0.0.1:{_closed_port()}",
        ROOST_SMTP_TIMEOUT="2",
    )
    email = OutgoingEmail(
        message_id="<metrics-1@roost.local>",
        to="someone@example.com",
        subject="Hello",
        text="Hello",
        html="<p>Hello</p>",
    )

    # when one e-mail is delivered and one cannot be
    await metrics.counting(FolderMailer(folder)).send(email)
    with pytest.raises(TemporaryDeliveryError):
        await metrics.counting(SmtpMailer(smtp)).send(email)

    # then each outcome is counted once
    assert metrics.emails.labels("sent")._value.get() == 1
    assert metrics.emails.labels("failed")._value.get() == 1


def test_operation_name_labels_are_bounded() -> None:
    # given a client that sends ever new operation names
    metrics = Metrics(Hub("memory://"))
    labels = [metrics.operation_label(f"Op{i}") for i in range(MAX_OPERATION_NAMES + 5)]

    # then past the bound they share one label, and known names keep theirs
    assert labels[:MAX_OPERATION_NAMES] == [f"Op{i}" for i in range(MAX_OPERATION_NAMES)]
    assert set(labels[MAX_OPERATION_NAMES:]) == {"other"}
    assert metrics.operation_label("Op0") == "Op0"
    assert metrics.operation_label(None) == "anonymous"


async def test_garbage_collection_pauses_are_timed(api: Api) -> None:
    # given the server running
    before = await scrape(api)

    # when a full collection happens in the server process
    gc.collect()

    # then its pause is in the histogram, by generation
    after = await scrape(api)
    name = "roost_gc_pause_seconds_count"
    assert value(after, name, generation="2") >= value(before, name, generation="2") + 1


async def test_a_live_subscription_served_by_its_fan_out_stays_counted(api: Api) -> None:
    # given a customer following a thread live (parked: served by the thread's fan-out)
    thread = await start_thread(api, "CUSTOMER", await chateau_booking_id(api))
    async with await WsClient.connect(api.client, api.world.tokens["CUSTOMER"]) as ws:
        await ws.subscribe("m", MESSAGE_ADDED, {"threadId": thread, "afterSeq": 0})
        assert len(await messages(ws, "m", 1)) == 1
        await sent(api, "AGENT", thread, "while parked")
        assert len(await messages(ws, "m", 1)) == 1
        during = await scrape(api)

        # when the client completes it
        await ws.complete("m")
        assert await ws.silence("m", 0.3) == []
        completed = await scrape(api)

    # then it counted as open while served, and no longer once completed
    assert value(during, "roost_subscriptions_open") == 1
    assert value(completed, "roost_subscriptions_open") == 0

"""Outbound webhooks: administrators register endpoints; changes queue signed deliveries.

:func:`enqueue_event` is the one place events leave Roost: it is called inside the
transaction of the change, and writes one outbox row (``OutboxKind.WEBHOOK``) per active
webhook subscribed to the event, so a rolled-back change sends nothing and an accepted one
is delivered by the worker (``roost/worker.py``) with retries. Payloads carry global ids
and non-personal fields; ``personal`` fields are added only for webhooks marked
``includePersonalData``. The body is fixed when queued, so every retry sends the same
bytes under the same delivery id.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit
from uuid import uuid4

import orjson
from strawberry.relay import GlobalID
from tortoise.signals import post_delete, post_save
from tortoise.transactions import in_transaction

from models import WEBHOOK_EVENTS, OutboxItem, OutboxKind, Webhook
from resolvers.access import allowed, allowed_query, writable
from resolvers.audit import jsonable, record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import Form
from resolvers.pagination import Page, paginate
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_
from roost.settings import Settings
from roost.webhook_guard import private_address

#: GraphQL field -> column of the webhook fields the audit log records (never the secret).
FIELDS = {
    "url": "url",
    "events": "events",
    "includePersonalData": "include_personal_data",
    "active": "active",
}
MAX_URL = 2000
MIN_SECRET = 16
MAX_SECRET = 200
#: Seconds a process keeps the list of active webhooks: changes made by another process
#: (another server, ``roost import``) reach it within this time; its own at once.
SUBSCRIPTIONS_TTL = 2.0

#: ``(read at, active webhooks)``: what :func:`enqueue_event` reads, kept per process.
_subscriptions: tuple[float, list[Webhook]] | None = None


def forget_subscriptions() -> None:
    """Drop this process's copy of the active webhooks (after a change, or a new database)."""
    global _subscriptions
    _subscriptions = None


@post_save(Webhook)
@post_delete(Webhook)
async def _webhook_written(*_: Any) -> None:
    forget_subscriptions()


async def _active_webhooks() -> list[Webhook]:
    global _subscriptions
    now = time.monotonic()
    if _subscriptions is None or now - _subscriptions[0] > SUBSCRIPTIONS_TTL:
        _subscriptions = (now, list(await Webhook.filter(active=True)))
    return _subscriptions[1]


def gid(type_name: str, pk: int | None) -> str | None:
    """The global id of row ``pk`` of ``type_name`` (``None`` stays ``None``)."""
    return None if pk is None else str(GlobalID(type_name, str(pk)))


#: Whose personal data an event carries: a user id, or a coroutine function finding it.
Person = int | None | Callable[[], Awaitable[int | None]]


async def enqueue_event(
    kind: str,
    payload: dict[str, Any],
    personal: dict[str, Any] | None = None,
    person: Person = None,
) -> int:
    """Queue ``kind`` for every active webhook subscribed to it (call inside the change's
    transaction); returns how many deliveries were queued.

    ``payload`` holds ids and non-personal fields; ``personal`` is added for webhooks that
    include personal data. Such deliveries remember ``person``, whose erasure cancels them.
    """
    hooks = [hook for hook in await _active_webhooks() if kind in hook.events]
    if not hooks:
        return 0
    about = await person() if callable(person) else person
    now = datetime.now(UTC)
    rows = []
    for hook in hooks:
        delivery = str(uuid4())
        revealing = hook.include_personal_data and bool(personal)
        data = {**payload, **(personal or {})} if revealing else payload
        body = {"id": delivery, "event": kind, "occurredAt": now, "data": jsonable(data)}
        rows.append(
            OutboxItem(
                kind=OutboxKind.WEBHOOK,
                webhook_id=hook.id,
                about_id=about if revealing else None,
                template=kind,
                payload={"delivery": delivery, "body": orjson.dumps(jsonable(body)).decode()},
                due_at=now,
            )
        )
    await OutboxItem.bulk_create(rows)
    return len(rows)


async def subscribed(kind: str) -> bool:
    """Whether an active webhook listens to ``kind`` (to skip preparing unwanted events)."""
    return any(kind in hook.events for hook in await _active_webhooks())


def _url_error(raw: Any) -> str | None:
    """What is wrong with a receiver's address, or ``None``."""
    if not isinstance(raw, str) or len(raw) > MAX_URL:
        return f"Give an http(s) address of at most {MAX_URL} characters."
    try:
        url = urlsplit(raw.strip())
        host = url.hostname
        url.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return "This is not a valid address."
    if url.scheme not in ("http", "https") or not host:
        return "Only http:// and https:// addresses receive webhooks."
    return None


def _form(principal: Principal, values: dict[str, Any], locale: str) -> Form:
    writable(principal, "Webhook", [name for name in values if name in FIELDS])
    form = Form(values, locale)
    if "url" in values:
        if error := _url_error(values["url"]):
            form.fail("INVALID_URL", error, "url")
        else:
            form.columns["url"] = values["url"].strip()
    if "events" in values:
        events = values["events"] or []
        unknown = [event for event in events if event not in WEBHOOK_EVENTS]
        if not events or unknown:
            form.fail(
                "INVALID_EVENT", f"Choose events among {', '.join(WEBHOOK_EVENTS)}.", "events"
            )
        form.columns["events"] = sorted(set(events))
    if "secret" in values:
        secret = values["secret"]
        if not isinstance(secret, str) or not MIN_SECRET <= len(secret) <= MAX_SECRET:
            form.fail(
                "INVALID_VALUE",
                f"The secret has {MIN_SECRET} to {MAX_SECRET} characters.",
                "secret",
            )
        form.columns["secret"] = secret
    form.value("includePersonalData", "include_personal_data")
    form.value("active", "active")
    return form


async def _check_public(form: Form, settings: Settings) -> None:
    """Refuse a receiver in Roost's own network unless the operator allows it."""
    url = form.columns.get("url")
    if url is None or settings.webhook_allow_private:
        return
    refused = await private_address(url)
    if refused is not None:
        form.fail(
            "PRIVATE_ADDRESS",
            N_(
                "Webhooks are sent to public addresses only: {host} is {address} "
                "(an operator may allow it with ROOST_WEBHOOK_ALLOW_PRIVATE=1)."
            ),
            "url",
            host=refused.host,
            address=refused.address,
        )


async def _webhook(principal: Principal, webhook_id: int | None) -> Webhook:
    """The webhook, locked (call inside a transaction)."""
    hook = (
        await scoped(Webhook, principal).select_for_update().get_or_none(id=webhook_id)
        if webhook_id
        else None
    )
    if hook is None:
        raise Refused("NOT_FOUND", "No such webhook.", "id")
    return hook


async def create_webhook(context: RequestContext, values: dict[str, Any]) -> Webhook:
    """Register a receiver for some events."""
    principal = context.require_principal()
    allowed(principal, "createWebhook")
    form = _form(principal, values, context.locale.value)
    form.required("url", "events", "secret")
    await _check_public(form, context.settings)
    form.check()
    async with in_transaction():
        hook = await Webhook.create(**form.columns)
        await record(principal, "createWebhook", "Webhook", hook.id, {}, snapshot(hook, FIELDS))
    forget_subscriptions()
    return hook


async def update_webhook(
    context: RequestContext, webhook_id: int | None, values: dict[str, Any]
) -> Webhook:
    """Change the given fields of a webhook (a new secret applies to the next attempt)."""
    principal = context.require_principal()
    allowed(principal, "updateWebhook")
    form = _form(principal, values, context.locale.value)
    await _check_public(form, context.settings)
    form.check()
    async with in_transaction():
        hook = await _webhook(principal, webhook_id)
        before = snapshot(hook, FIELDS)
        hook.update_from_dict(form.columns)
        await hook.save()
        await record(principal, "updateWebhook", "Webhook", hook.id, before, snapshot(hook, FIELDS))
    forget_subscriptions()
    return hook


async def delete_webhook(context: RequestContext, webhook_id: int | None) -> int:
    """Remove a webhook with its deliveries; returns its id."""
    principal = context.require_principal()
    allowed(principal, "deleteWebhook")
    async with in_transaction():
        hook = await _webhook(principal, webhook_id)
        await record(principal, "deleteWebhook", "Webhook", hook.id, snapshot(hook, FIELDS), {})
        await hook.delete()
    forget_subscriptions()
    return hook.id


async def list_webhooks(context: RequestContext, first: int, after: str | None) -> Page[Webhook]:
    """The webhooks, oldest first (admins only)."""
    principal = context.require_principal()
    allowed_query(principal, "webhooks")
    return await paginate(scoped(Webhook, principal), first, after, context.settings.max_page_size)


async def list_deliveries(
    context: RequestContext, webhook_id: int | None, first: int, after: str | None
) -> Page[OutboxItem]:
    """A webhook's deliveries, newest first (admins only); none for an unknown webhook."""
    principal = context.require_principal()
    allowed_query(principal, "webhookDeliveries")
    hooks = scoped(Webhook, principal)
    known = webhook_id is not None and await hooks.filter(id=webhook_id).exists()
    rows = scoped(OutboxItem, principal).filter(
        kind=OutboxKind.WEBHOOK, webhook_id=webhook_id if known else 0
    )
    return await paginate(
        rows.order_by("-created_at", "-id"), first, after, context.settings.max_page_size
    )

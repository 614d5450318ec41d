"""GraphQL for outbound webhooks: registering receivers and watching their deliveries."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry import relay

import models as m
from models.policy import describe_query
from resolvers import webhooks as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, After, First
from schema.inputs import given
from schema.outbox import OutboxItemType
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, node_pk

Info = strawberry.Info[RequestContext]

_EVENTS = "Events to receive: " + ", ".join(f"`{event}`" for event in m.WEBHOOK_EVENTS) + "."
_SECRET = (
    "Shared secret (16-200 characters) of the HMAC-SHA256 signature in `X-Roost-Signature`; "
    "never shown again."
)
_PERSONAL = "Payloads also carry personal data (names, e-mails, message bodies, field values)."


@governed(m.Webhook)
@strawberry.type(
    name="Webhook", description="An HTTP(S) receiver of signed POSTs about the events it chose."
)
class WebhookType(relay.Node):
    id: relay.NodeID[int]
    url: str | None
    events: list[str] | None = strawberry.field(description=_EVENTS)
    include_personal_data: bool | None = strawberry.field(description=_PERSONAL)
    active: bool | None = strawberry.field(description="Inactive webhooks receive nothing.")
    created_at: datetime | None
    updated_at: datetime | None


@strawberry.input
class CreateWebhookInput:
    url: str = strawberry.field(description="An http:// or https:// address.")
    events: list[str] = strawberry.field(description=_EVENTS)
    secret: str = strawberry.field(description=_SECRET)
    include_personal_data: bool | None = strawberry.field(
        default=strawberry.UNSET, description=_PERSONAL + " Default false."
    )
    active: bool | None = strawberry.field(default=strawberry.UNSET, description="Default true.")


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateWebhookInput:
    id: strawberry.ID
    url: str | None = strawberry.UNSET
    events: list[str] | None = strawberry.field(default=strawberry.UNSET, description=_EVENTS)
    secret: str | None = strawberry.field(default=strawberry.UNSET, description=_SECRET)
    include_personal_data: bool | None = strawberry.field(
        default=strawberry.UNSET, description=_PERSONAL
    )
    active: bool | None = strawberry.UNSET


@strawberry.input
class DeleteWebhookInput:
    id: strawberry.ID


@strawberry.type
class WebhookPayload:
    webhook: WebhookType | None
    errors: list[UserError]


@strawberry.type
class DeleteWebhookPayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="The removed webhook's id.")
    errors: list[UserError]


@strawberry.type
class WebhookQuery:
    @strawberry.field(description="Webhooks, oldest first. " + describe_query("webhooks"))
    async def webhooks(
        self, info: Info, first: First = 20, after: After = None
    ) -> Connection[WebhookType]:
        page = await use.list_webhooks(info.context, first, after)
        return Connection[WebhookType].from_page(page)

    @strawberry.field(
        description="A webhook's deliveries, newest first, with the receiver's HTTP status. "
        + describe_query("webhookDeliveries")
    )
    async def webhook_deliveries(
        self,
        info: Info,
        webhook_id: Annotated[strawberry.ID, strawberry.argument(description="The webhook.")],
        first: First = 20,
        after: After = None,
    ) -> Connection[OutboxItemType]:
        pk = node_pk(webhook_id, "Webhook")
        page = await use.list_deliveries(info.context, pk, first, after)
        return Connection[OutboxItemType].from_page(page)


@strawberry.type
class WebhookMutation:
    @mutation("createWebhook", "Register a receiver of signed event deliveries.")
    async def create_webhook(
        self, info: Info, input: Annotated[CreateWebhookInput, INPUT]
    ) -> WebhookPayload:
        webhook, errors = await outcome(use.create_webhook(info.context, given(input)))
        return WebhookPayload(webhook=webhook, errors=errors)

    @mutation("updateWebhook", "Change a webhook, all or nothing.")
    async def update_webhook(
        self, info: Info, input: Annotated[UpdateWebhookInput, INPUT]
    ) -> WebhookPayload:
        values = given(input)
        pk = node_pk(values.pop("id"), "Webhook")
        webhook, errors = await outcome(use.update_webhook(info.context, pk, values))
        return WebhookPayload(webhook=webhook, errors=errors)

    @mutation("deleteWebhook", "Remove a webhook and its deliveries.")
    async def delete_webhook(
        self, info: Info, input: Annotated[DeleteWebhookInput, INPUT]
    ) -> DeleteWebhookPayload:
        pk, errors = await outcome(use.delete_webhook(info.context, node_pk(input.id, "Webhook")))
        return DeleteWebhookPayload(
            deleted_id=str(input.id) if pk is not None else None, errors=errors
        )

"""GraphQL types, query and mutation for the outbox (agents and admins)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from resolvers import outbox as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, After, First, described_enum
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, node_pk

if TYPE_CHECKING:
    from schema.users import UserType
    from schema.webhooks import WebhookType

OutboxKind = described_enum(
    m.OutboxKind,
    {
        "EMAIL": "An e-mail rendered from a template for a user.",
        "THREAD_NOTICE": "After a delay, an e-mail about a thread if something is still unread.",
        "THREAD_FANOUT": "After a delay, one THREAD_NOTICE for each participant of a thread.",
        "WEBHOOK": "A signed HTTP POST of one event to a webhook.",
        "ROUTING_RETURN": "At a team's opening, a thread parked out of hours moves back to it.",
        "SLA_BREACH": "At a thread's first-response due time, the breach is reported once.",
    },
)
OutboxStatus = described_enum(
    m.OutboxStatus,
    {
        "PENDING": "Waiting to be delivered (or retried).",
        "SENT": "Delivered.",
        "FAILED": "Given up after the last attempt; `retryDelivery` queues it again.",
        "CANCELLED": "Nothing to do any more, e.g. the thread was read in time.",
    },
)
UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
WebhookRef = Annotated["WebhookType", strawberry.lazy("schema.webhooks")]
Info = strawberry.Info[RequestContext]


@governed(m.OutboxItem)
@strawberry.type(name="OutboxItem", description="An e-mail or scheduled action and its delivery.")
class OutboxItemType(relay.Node):
    id: relay.NodeID[int]
    kind: OutboxKind | None
    status: OutboxStatus | None
    template: str | None
    attempts: int | None
    last_error: str | None = strawberry.field(description="Why the last attempt failed.")
    due_at: datetime | None = strawberry.field(description="When it is (next) attempted.")
    created_at: datetime | None
    sent_at: datetime | None

    @strawberry.field
    async def recipient(self, root: strawberry.Parent[m.OutboxItem], info: Info) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.recipient_id)

    @strawberry.field(description="The webhook a WEBHOOK delivery goes to.")
    async def webhook(self, root: strawberry.Parent[m.OutboxItem], info: Info) -> WebhookRef | None:
        return await info.context.loaders.load(m.Webhook, root.webhook_id)

    @strawberry.field(description="A WEBHOOK delivery's event, e.g. `thread.created`.")
    def event(self, root: strawberry.Parent[m.OutboxItem]) -> str | None:
        return root.template if root.kind is m.OutboxKind.WEBHOOK else None

    @strawberry.field(
        description="A WEBHOOK delivery's `X-Roost-Delivery` header, the same on every attempt."
    )
    def delivery_id(self, root: strawberry.Parent[m.OutboxItem]) -> str | None:
        return root.payload.get("delivery") if root.kind is m.OutboxKind.WEBHOOK else None

    @strawberry.field(
        description="The receiver's HTTP status at the last attempt; null without an answer."
    )
    def http_status(self, root: strawberry.Parent[m.OutboxItem]) -> int | None:
        return root.http_status


@strawberry.input(description="Filters on the outbox.")
class OutboxFilter:
    status: list[OutboxStatus] | None = None
    kind: list[OutboxKind] | None = None


@strawberry.type
class OutboxQuery:
    @strawberry.field(description="Deliveries, newest first; agents and admins only.")
    async def outbox(
        self,
        info: Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            OutboxFilter | None,
            strawberry.argument(description="Only deliveries matching every given filter."),
        ] = None,
    ) -> Connection[OutboxItemType]:
        query = use.OutboxQuery(
            statuses=tuple(filter.status) if filter and filter.status else None,
            kinds=tuple(filter.kind) if filter and filter.kind else None,
        )
        page = await use.list_outbox(info.context, first, after, query)
        return Connection[OutboxItemType].from_page(page)


@strawberry.input
class RetryDeliveryInput:
    id: strawberry.ID


@strawberry.type
class OutboxItemPayload:
    item: OutboxItemType | None
    errors: list[UserError]


@strawberry.type
class OutboxMutation:
    @mutation("retryDelivery", "Queue a failed delivery again.")
    async def retry_delivery(
        self, info: Info, input: Annotated[RetryDeliveryInput, INPUT]
    ) -> OutboxItemPayload:
        item, errors = await outcome(
            use.retry_delivery(info.context, node_pk(input.id, "OutboxItem"))
        )
        return OutboxItemPayload(item=item, errors=errors)

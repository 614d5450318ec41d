"""GraphQL for crisis alerts: publishing, acknowledging, reading and the live subscription."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from models.policy import describe_query
from resolvers import crisis as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, After, First, described_enum
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, node_pk
from subscriptions.crisis import crisis_alert_stream

if TYPE_CHECKING:
    from schema.organisations import OrganisationType
    from schema.users import UserType

OrganisationRef = Annotated["OrganisationType", strawberry.lazy("schema.organisations")]
UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
Info = strawberry.Info[RequestContext]
Root = strawberry.Parent[m.CrisisAlert]

CrisisSeverity = described_enum(
    m.CrisisSeverity,
    {
        "INFO": "For information: travel may be disrupted.",
        "WARNING": "Take care: plans should be checked.",
        "CRITICAL": "Danger: follow the instructions and confirm you are safe.",
    },
)


@strawberry.type(description="A customer a crisis alert reached.")
class CrisisAlertRecipient:
    acknowledged_at: datetime | None = strawberry.field(
        description="When they confirmed being safe; null: not yet."
    )

    @strawberry.field(description="The customer.")
    async def customer(
        self, root: strawberry.Parent[m.CrisisAlertRecipient], info: Info
    ) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.customer_id)


@governed(m.CrisisAlert)
@strawberry.type(
    name="CrisisAlert",
    description="A message to the travellers whose bookings a strike, storm or conflict affects.",
)
class CrisisAlertType(relay.Node):
    id: relay.NodeID[int]
    title: str
    body: str
    severity: CrisisSeverity
    created_at: datetime = strawberry.field(description="When it was published.")
    destination: str | None = strawberry.field(
        description="Filter: the bookings' destination (ignoring case); null: any."
    )
    starts_from: datetime | None = strawberry.field(
        description="Filter: bookings starting at or after this; null: any."
    )
    starts_until: datetime | None = strawberry.field(
        description="Filter: bookings starting at or before this; null: any."
    )
    client_alert_id: str | None
    booking_count: int | None = strawberry.field(description="Affected bookings.")
    reached_count: int | None = strawberry.field(
        description="Customers reached (one e-mail each, however many of their bookings match)."
    )

    @strawberry.field(description="Filter: the bookings' provider; null: any.")
    async def provider(self, root: Root, info: Info) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.provider_id)

    @strawberry.field(description="Who published it.")
    async def published_by(self, root: Root, info: Info) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.published_by_id)

    @strawberry.field(description="When you confirmed being safe; null: not yet.")
    async def acknowledged_at(self, root: Root, info: Info) -> datetime | None:
        return await info.context.loaders.cached(use.AcknowledgedAtByAlertLoader).load(root.id)

    @strawberry.field(description="Customers who confirmed being safe.")
    async def acknowledged_count(self, root: Root, info: Info) -> int | None:
        return await info.context.loaders.cached(use.AcknowledgedCountByAlertLoader).load(root.id)

    @strawberry.field(description="The customers reached, in order, with their acknowledgement.")
    async def recipients(
        self,
        root: Root,
        info: Info,
        acknowledged: Annotated[
            bool | None,
            strawberry.argument(
                description="true: only those who confirmed being safe; false: only those who "
                "have not yet; null: all."
            ),
        ] = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[CrisisAlertRecipient] | None:
        page = await use.recipients(info.context, root, acknowledged, first, after)
        return Connection[CrisisAlertRecipient].from_page(page)


@strawberry.input(description="Which bookings an alert affects: every given criterion must match.")
class CrisisAlertFilter:
    destination: str | None = strawberry.field(
        default=None, description="The bookings' destination, ignoring case (e.g. `Reims`)."
    )
    starts_from: datetime | None = strawberry.field(
        default=None, description="Bookings starting at or after this."
    )
    starts_until: datetime | None = strawberry.field(
        default=None, description="Bookings starting at or before this."
    )
    provider_id: strawberry.ID | None = strawberry.field(
        default=None, description="Bookings with this provider."
    )

    def to_filter(self) -> use.CrisisFilter:
        """The use-case filter behind this input."""
        provider = node_pk(self.provider_id, "Organisation") if self.provider_id else None
        return use.CrisisFilter(
            destination=self.destination,
            starts_from=self.starts_from,
            starts_until=self.starts_until,
            provider_id=provider,
            unknown_provider=self.provider_id is not None and provider is None,
        )


@strawberry.input
class PublishCrisisAlertInput:
    title: str
    body: str = strawberry.field(description="The text e-mailed and pushed to the travellers.")
    severity: CrisisSeverity
    filter: CrisisAlertFilter
    client_alert_id: str | None = strawberry.field(
        default=None,
        description="Chosen by the client; publishing again with it returns the same alert "
        "and reaches nobody twice.",
    )


@strawberry.input
class AcknowledgeCrisisAlertInput:
    alert_id: strawberry.ID


@strawberry.type
class CrisisAlertPayload:
    alert: CrisisAlertType | None
    errors: list[UserError]


@strawberry.type
class CrisisQuery:
    @strawberry.field(
        description="Every crisis alert, newest first, with its counts and acknowledgements. "
        + describe_query("crisisAlerts")
    )
    async def crisis_alerts(
        self, info: Info, first: First = 20, after: After = None
    ) -> Connection[CrisisAlertType]:
        page = await use.all_crisis_alerts(info.context, first, after)
        return Connection[CrisisAlertType].from_page(page)

    @strawberry.field(
        description="The crisis alerts that reached you, newest first. "
        + describe_query("myCrisisAlerts")
    )
    async def my_crisis_alerts(
        self, info: Info, first: First = 20, after: After = None
    ) -> Connection[CrisisAlertType]:
        page = await use.my_crisis_alerts(info.context, first, after)
        return Connection[CrisisAlertType].from_page(page)


@strawberry.type
class CrisisMutation:
    @mutation(
        "publishCrisisAlert",
        "Alert every customer with an affected booking (not cancelled, matching the filter): "
        "pushed to those connected, e-mailed once to each in their language.",
    )
    async def publish_crisis_alert(
        self, info: Info, input: Annotated[PublishCrisisAlertInput, INPUT]
    ) -> CrisisAlertPayload:
        request = use.PublishCrisisAlert(
            title=input.title,
            body=input.body,
            severity=input.severity,
            filter=input.filter.to_filter(),
            client_alert_id=input.client_alert_id,
        )
        alert, errors = await outcome(use.publish_crisis_alert(info.context, request))
        return CrisisAlertPayload(alert=alert, errors=errors)  # type: ignore[arg-type]

    @mutation("acknowledgeCrisisAlert", "Confirm you are safe; the service team sees it.")
    async def acknowledge_crisis_alert(
        self, info: Info, input: Annotated[AcknowledgeCrisisAlertInput, INPUT]
    ) -> CrisisAlertPayload:
        call = use.acknowledge_crisis_alert(info.context, node_pk(input.alert_id, "CrisisAlert"))
        alert, errors = await outcome(call)
        return CrisisAlertPayload(alert=alert, errors=errors)  # type: ignore[arg-type]


@strawberry.type
class CrisisSubscription:
    @strawberry.subscription(
        description="Crisis alerts as they are published: those that reach you (the service "
        "team: all)."
    )
    async def crisis_alerts(self, info: Info) -> AsyncGenerator[CrisisAlertType, None]:
        async for alert in crisis_alert_stream(info.context):
            yield alert  # type: ignore[misc]

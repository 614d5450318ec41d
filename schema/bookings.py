"""GraphQL types and queries for bookings, their participants and field values."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import bookings as use
from resolvers.context import RequestContext
from schema.descriptions import After, First, described_enum
from schema.policy import governed
from schema.relay import Connection, decode_id

if TYPE_CHECKING:
    from schema.claims import ClaimType
    from schema.crisis import CrisisAlertType
    from schema.invoices import InvoiceType
    from schema.organisations import OrganisationType
    from schema.services import BookingFieldDefinitionType, ServiceType
    from schema.threads import ThreadType
    from schema.tickets import TicketType
    from schema.users import UserType

BookingStatus = described_enum(
    m.BookingStatus,
    {
        "OPTION": "Offered, not yet confirmed; no thread can be opened on it.",
        "CONFIRMED": "Confirmed: it will take place.",
        "CANCELLED": "Cancelled.",
        "COMPLETED": "Delivered; the booking lies in the past.",
    },
)
ChangeChannel = described_enum(
    m.ChangeChannel,
    {
        "BOOKING": "The booking system, when the booking was created or updated.",
        "PORTAL": "The customer, in the customer portal.",
        "SELF_SERVICE": "The customer, through the self-service link.",
        "PROVIDER": "The provider's staff.",
        "AGENT": "The operator's service team.",
        "QUESTION": "The customer's answer to an automated question in a thread.",
        "SYSTEM": "Roost itself.",
    },
)
BookingOrder = described_enum(
    use.BookingOrder,
    {
        "STARTS_AT_ASC": "Earliest start first.",
        "STARTS_AT_DESC": "Latest start first.",
        "CREATED_AT_DESC": "Most recently created first.",
        "REFERENCE_ASC": "By reference, ascending.",
    },
)

UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
OrganisationRef = Annotated["OrganisationType", strawberry.lazy("schema.organisations")]
ServiceRef = Annotated["ServiceType", strawberry.lazy("schema.services")]
DefinitionRef = Annotated["BookingFieldDefinitionType", strawberry.lazy("schema.services")]
InvoiceRef = Annotated["InvoiceType", strawberry.lazy("schema.invoices")]
ThreadRef = Annotated["ThreadType", strawberry.lazy("schema.threads")]
ClaimRef = Annotated["ClaimType", strawberry.lazy("schema.claims")]
TicketRef = Annotated["TicketType", strawberry.lazy("schema.tickets")]
CrisisAlertRef = Annotated["CrisisAlertType", strawberry.lazy("schema.crisis")]

Root = strawberry.Parent[m.Booking]
Info = strawberry.Info[RequestContext]


@governed(m.Participant)
@strawberry.type(name="Participant", description="A person taking part in a booking.")
class ParticipantType(relay.Node):
    id: relay.NodeID[int]
    position: int
    name: str


@governed(m.FieldValue)
@strawberry.type(name="BookingFieldValue", description="The value of a booking field.")
class BookingFieldValueType(relay.Node):
    id: relay.NodeID[int]
    value: str
    updated_at: datetime

    @strawberry.field
    async def definition(
        self, root: strawberry.Parent[m.FieldValue], info: Info
    ) -> DefinitionRef | None:
        return await info.context.loaders.load(m.BookingFieldDefinition, root.definition_id)

    @strawberry.field(description="The participant this value is for; null for booking values.")
    async def participant(
        self, root: strawberry.Parent[m.FieldValue], info: Info
    ) -> ParticipantType | None:
        return await info.context.loaders.load(m.Participant, root.participant_id)


@governed(m.BookingFieldChange)
@strawberry.type(
    name="BookingFieldChange",
    description="One change of a booking field value: old, new, who, when, through which door.",
)
class BookingFieldChangeType(relay.Node):
    id: relay.NodeID[int]
    old_value: str | None = strawberry.field(description="Null when the field had no value.")
    new_value: str
    channel: ChangeChannel
    changed_at: datetime

    @strawberry.field
    async def field(
        self, root: strawberry.Parent[m.BookingFieldChange], info: Info
    ) -> DefinitionRef | None:
        return await info.context.loaders.load(m.BookingFieldDefinition, root.definition_id)

    @strawberry.field(description="The changed field's key, e.g. `licence_plate`.")
    async def field_key(self, root: strawberry.Parent[m.BookingFieldChange], info: Info) -> str:
        definition = await info.context.loaders.unscoped(
            m.BookingFieldDefinition, root.definition_id
        )
        return definition.key if definition else ""

    @strawberry.field(description="The participant the value is for; null for booking values.")
    async def participant(
        self, root: strawberry.Parent[m.BookingFieldChange], info: Info
    ) -> ParticipantType | None:
        return await info.context.loaders.load(m.Participant, root.participant_id)

    @strawberry.field(
        description="Who changed it; null without an account (a guest link, the system)."
    )
    async def actor_name(
        self, root: strawberry.Parent[m.BookingFieldChange], info: Info
    ) -> str | None:
        actor = await info.context.loaders.unscoped(m.User, root.actor_id)
        return actor.name if actor else None


@governed(m.Booking)
@strawberry.type(name="Booking", description="A booked service and everything about it.")
class BookingType(relay.Node):
    id: relay.NodeID[int]
    reference: str = strawberry.field(description="Human reference, e.g. BK-2026-000123.")
    status: BookingStatus
    starts_at: datetime = strawberry.field(description="Start, in UTC.")
    ends_at: datetime = strawberry.field(description="End, in UTC.")
    time_zone: str = strawberry.field(description="The venue's time zone (IANA name).")
    participant_count: int
    destination: str | None
    total_price: Decimal | None
    currency: str | None
    commission: Decimal | None
    free_cancellation_until: datetime | None
    offer_comments: str | None = strawberry.field(
        description="Comments on an offer; the place for questions while the booking is an OPTION."
    )
    analytic_codes: JSON | None
    external_reference: str | None = strawberry.field(
        description="The booking system's reference (ingest), unique per integration account."
    )
    created_at: datetime | None
    updated_at: datetime | None

    @strawberry.field
    async def customer(self, root: Root, info: Info) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.customer_id)

    @strawberry.field
    async def provider(self, root: Root, info: Info) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.provider_id)

    @strawberry.field
    async def client_company(self, root: Root, info: Info) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.client_company_id)

    @strawberry.field
    async def service(self, root: Root, info: Info) -> ServiceRef | None:
        return await info.context.loaders.load(m.Service, root.service_id)

    @strawberry.field
    async def participants(self, root: Root, info: Info) -> list[ParticipantType]:
        return await info.context.loaders.children(m.Participant, "booking_id", root.id)

    @strawberry.field
    async def field_values(self, root: Root, info: Info) -> list[BookingFieldValueType]:
        return await info.context.loaders.children(m.FieldValue, "booking_id", root.id)

    @strawberry.field(description="Every change of the booking's field values, oldest first.")
    async def field_history(self, root: Root, info: Info) -> list[BookingFieldChangeType]:
        return await info.context.loaders.children(m.BookingFieldChange, "booking_id", root.id)

    @strawberry.field
    async def invoices(self, root: Root, info: Info) -> list[InvoiceRef] | None:
        return await info.context.loaders.children(m.Invoice, "booking_id", root.id)

    @strawberry.field(description="Threads on this booking the caller takes part in.")
    async def threads(self, root: Root, info: Info) -> list[ThreadRef] | None:
        return await info.context.loaders.children(m.Thread, "booking_id", root.id)

    @strawberry.field(description="Claims on this booking the caller may see.")
    async def claims(self, root: Root, info: Info) -> list[ClaimRef] | None:
        return await info.context.loaders.children(m.Claim, "booking_id", root.id)

    @strawberry.field(description="The booking's tickets, oldest first.")
    async def tickets(self, root: Root, info: Info) -> list[TicketRef] | None:
        return await info.context.loaders.children(m.Ticket, "booking_id", root.id)

    @strawberry.field(description="Crisis alerts that affected this booking, newest first.")
    async def crisis_alerts(self, root: Root, info: Info) -> list[CrisisAlertRef] | None:
        return await info.context.loaders.related(m.CrisisAlert, "bookings__booking", root.id)


@strawberry.input(description="Filters on bookings; all given filters must match.")
class BookingFilter:
    status: list[BookingStatus] | None = None
    starts_from: datetime | None = strawberry.field(default=None, description="Starts at or after.")
    starts_until: datetime | None = strawberry.field(default=None, description="Starts before.")
    provider_id: strawberry.ID | None = None
    search: str | None = strawberry.field(
        default=None, description="Part of the reference or, where readable, the customer's name."
    )

    def to_query(self) -> use.BookingQuery:
        """The use-case filter behind this input."""
        return use.BookingQuery(
            statuses=tuple(self.status) if self.status else None,
            starts_from=self.starts_from,
            starts_until=self.starts_until,
            provider_id=decode_id(self.provider_id, "Organisation", "filter.providerId"),
            search=self.search,
        )


@strawberry.type
class BookingQuery:
    @strawberry.field(description="The bookings the caller may see.")
    async def bookings(
        self,
        info: Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            BookingFilter | None,
            strawberry.argument(description="Only bookings matching every given filter."),
        ] = None,
        order_by: Annotated[
            BookingOrder, strawberry.argument(description="The order of the bookings.")
        ] = use.BookingOrder.STARTS_AT_DESC,
    ) -> Connection[BookingType]:
        query = filter.to_query() if filter else use.BookingQuery()
        page = await use.list_bookings(info.context, first, after, query, order_by)
        return Connection[BookingType].from_page(page)

    @strawberry.field(description="A booking by its reference; null when not visible.")
    async def booking(
        self,
        info: Info,
        reference: Annotated[
            str, strawberry.argument(description="The booking's reference, e.g. BK-2026-000123.")
        ],
    ) -> BookingType | None:
        return await use.booking_by_reference(info.context, reference)

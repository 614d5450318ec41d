"""GraphQL for services and their booking field definitions, their list and their set-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import services as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, After, First, described_enum
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, decode_id, node_pk
from schema.users import InLocale

if TYPE_CHECKING:
    from schema.organisations import OrganisationType
    from schema.questions import ServiceQuestionType

FieldType = described_enum(
    m.FieldType,
    {
        "TEXT": "Free text (optionally a maximum length and a pattern).",
        "PERSON_NAME": "A person's name.",
        "LICENCE_PLATE": "A vehicle licence plate.",
        "PHONE": "A phone number.",
        "EMAIL": "An e-mail address.",
        "DATE": "A calendar date (YYYY-MM-DD).",
        "NUMBER": "A number.",
        "CHOICE": "One of the field's `choices`.",
    },
)
FieldScope = described_enum(
    m.FieldScope,
    {
        "BOOKING": "One value for the whole booking.",
        "PARTICIPANT": "One value per participant.",
    },
)

OrganisationRef = Annotated["OrganisationType", strawberry.lazy("schema.organisations")]
QuestionRef = Annotated["ServiceQuestionType", strawberry.lazy("schema.questions")]
Info = strawberry.Info[RequestContext]


@governed(m.BookingFieldDefinition)
@strawberry.type(name="BookingFieldDefinition", description="A typed data field of a service.")
class BookingFieldDefinitionType(relay.Node):
    id: relay.NodeID[int]
    key: str
    type: FieldType
    scope: FieldScope
    required: bool
    max_length: int | None
    pattern: str | None
    choices: list[str]
    labels: JSON = strawberry.field(description="Labels per locale: en, fr, de.")
    position: int = strawberry.field(description="Order among the service's fields.")

    @strawberry.field(description="The label in `locale`, by default the caller's language.")
    def label(
        self,
        root: strawberry.Parent[m.BookingFieldDefinition],
        info: strawberry.Info[RequestContext],
        locale: InLocale = None,
    ) -> str:
        return root.label((locale or info.context.locale).value)


@governed(m.Service)
@strawberry.type(name="Service", description="A product a provider sells.")
class ServiceType(relay.Node):
    id: relay.NodeID[int]
    name: str
    description: str

    @strawberry.field
    async def provider(
        self, root: strawberry.Parent[m.Service], info: strawberry.Info[RequestContext]
    ) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.provider_id)

    @strawberry.field
    async def field_definitions(
        self, root: strawberry.Parent[m.Service], info: strawberry.Info[RequestContext]
    ) -> list[BookingFieldDefinitionType]:
        return await info.context.loaders.children(m.BookingFieldDefinition, "service_id", root.id)

    @strawberry.field(description="The questions asked when a booking is confirmed (not archived).")
    async def questions(self, root: strawberry.Parent[m.Service], info: Info) -> list[QuestionRef]:
        asked = await info.context.loaders.children(m.ServiceQuestion, "service_id", root.id)
        return sorted((q for q in asked if q.archived_at is None), key=lambda q: (q.position, q.id))


@strawberry.type
class ServiceQuery:
    @strawberry.field(description="The services you may see, of one provider if given.")
    async def services(
        self,
        info: Info,
        first: First = 20,
        after: After = None,
        provider_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="A provider's global id; default: every provider."),
        ] = None,
    ) -> Connection[ServiceType]:
        pk = decode_id(provider_id, "Organisation", "providerId")
        page = await use.list_services(info.context, first, after, pk)
        return Connection[ServiceType].from_page(page)


@strawberry.input
class CreateServiceInput:
    provider_id: strawberry.ID
    name: str
    description: str | None = strawberry.UNSET


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateServiceInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET


_LABELS = 'Labels per locale, e.g. {"en": "Licence plate", "fr": "Immatriculation"}; en required.'


@strawberry.input
class CreateBookingFieldDefinitionInput:
    service_id: strawberry.ID
    key: str = strawberry.field(description="Unique in the service: a-z, 0-9, _.")
    labels: JSON = strawberry.field(description=_LABELS)
    type: FieldType
    scope: FieldScope | None = strawberry.field(
        default=strawberry.UNSET, description="Default BOOKING."
    )
    required: bool | None = strawberry.field(default=strawberry.UNSET, description="Default false.")
    max_length: int | None = strawberry.UNSET
    pattern: str | None = strawberry.field(
        default=strawberry.UNSET, description="A regular expression the whole value must match."
    )
    choices: list[str] | None = strawberry.field(
        default=strawberry.UNSET, description="The values of a CHOICE field."
    )
    position: int | None = strawberry.UNSET


@strawberry.input(description="Fields to change; type and scope only while no value is stored.")
class UpdateBookingFieldDefinitionInput:
    id: strawberry.ID
    key: str | None = strawberry.UNSET
    labels: JSON | None = strawberry.field(default=strawberry.UNSET, description=_LABELS)
    type: FieldType | None = strawberry.UNSET
    scope: FieldScope | None = strawberry.UNSET
    required: bool | None = strawberry.UNSET
    max_length: int | None = strawberry.UNSET
    pattern: str | None = strawberry.UNSET
    choices: list[str] | None = strawberry.UNSET
    position: int | None = strawberry.UNSET


@strawberry.type
class ServicePayload:
    service: ServiceType | None
    errors: list[UserError]


@strawberry.type
class BookingFieldDefinitionPayload:
    field_definition: BookingFieldDefinitionType | None
    errors: list[UserError]


@strawberry.type
class ServiceMutation:
    @mutation("createService", "Create a service of a provider.")
    async def create_service(
        self, info: Info, input: Annotated[CreateServiceInput, INPUT]
    ) -> ServicePayload:
        values = given(input, {"providerId": "Organisation"})
        service, errors = await outcome(use.create_service(info.context, values))
        return ServicePayload(service=service, errors=errors)

    @mutation("updateService", "Change a service's name or description.")
    async def update_service(
        self, info: Info, input: Annotated[UpdateServiceInput, INPUT]
    ) -> ServicePayload:
        values = given(input)
        pk = node_pk(values.pop("id"), "Service")
        service, errors = await outcome(use.update_service(info.context, pk, values))
        return ServicePayload(service=service, errors=errors)

    @mutation("createBookingFieldDefinition", "Add a typed booking field to a service.")
    async def create_booking_field_definition(
        self, info: Info, input: Annotated[CreateBookingFieldDefinitionInput, INPUT]
    ) -> BookingFieldDefinitionPayload:
        values = given(input, {"serviceId": "Service"})
        definition, errors = await outcome(use.create_field_definition(info.context, values))
        return BookingFieldDefinitionPayload(field_definition=definition, errors=errors)

    @mutation("updateBookingFieldDefinition", "Change a booking field, all or nothing.")
    async def update_booking_field_definition(
        self, info: Info, input: Annotated[UpdateBookingFieldDefinitionInput, INPUT]
    ) -> BookingFieldDefinitionPayload:
        values = given(input)
        pk = node_pk(values.pop("id"), "BookingFieldDefinition")
        call = use.update_field_definition(info.context, pk, values)
        definition, errors = await outcome(call)
        return BookingFieldDefinitionPayload(field_definition=definition, errors=errors)

"""GraphQL types for services and their booking field definitions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers.context import RequestContext
from schema.descriptions import described_enum
from schema.policy import governed
from schema.users import InLocale

if TYPE_CHECKING:
    from schema.organisations import OrganisationType

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

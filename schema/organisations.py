"""GraphQL types for organisations (providers, client companies) and service teams."""

from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from schema.descriptions import described_enum
from schema.policy import governed

OrganisationKind = described_enum(
    m.OrganisationKind,
    {
        "PROVIDER": "Delivers bookings: a venue or a supplier.",
        "CLIENT_COMPANY": "A company whose employees book; may have a travel manager.",
    },
)
ProviderKind = described_enum(
    m.ProviderKind,
    {
        "VENUE": "A place: hotel, event or seminar venue.",
        "SUPPLIER": "A supplier of services: tours, activities, transport.",
    },
)
Plan = described_enum(
    m.Plan,
    {
        "BASIC": "The entry plan; no private apps such as self-service.",
        "PREMIUM": "May have private apps such as self-service.",
        "ENTERPRISE": "May have private apps such as self-service.",
    },
)


@governed(m.Organisation)
@strawberry.type(
    name="Organisation", description="A provider (venue, supplier) or a client company."
)
class OrganisationType(relay.Node):
    id: relay.NodeID[int]
    name: str
    kind: OrganisationKind
    provider_kind: ProviderKind | None
    time_zone: str
    plan: Plan | None
    active: bool | None
    verified: bool | None


@governed(m.Team)
@strawberry.type(name="Team", description="A team of the operator's service agents.")
class TeamType(relay.Node):
    id: relay.NodeID[int]
    key: str | None
    name: str | None
    time_zone: str | None
    always_open: bool | None
    service_hours: JSON | None = strawberry.field(
        description='Weekly schedule in the team\'s time zone, e.g. {"mon": [["09:00", "19:00"]]}.'
    )

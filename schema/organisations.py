"""GraphQL types for organisations (providers, client companies) and service teams."""

from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from schema.policy import governed

OrganisationKind = strawberry.enum(m.OrganisationKind)
ProviderKind = strawberry.enum(m.ProviderKind)
Plan = strawberry.enum(m.Plan)


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

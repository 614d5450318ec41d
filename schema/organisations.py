"""GraphQL for organisations (providers, client companies) and service teams, and their
administration."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import organisations as use
from resolvers import teams as team_use
from resolvers.analytic_codes import MAX_VALUE
from resolvers.context import RequestContext
from schema.descriptions import INPUT, described_enum
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import node_pk

if TYPE_CHECKING:
    from schema.users import UserType

UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
Info = strawberry.Info[RequestContext]

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
AnalyticCodeKind = described_enum(
    m.AnalyticCodeKind,
    {
        "FREE": "Free text (a client company has at most three).",
        "CHOICE": "One of the code's choices (a client company has at most two).",
    },
)


@strawberry.type(description="One analytic code a client company sets on bookings and invoices.")
class AnalyticCodeDefinition:
    key: str
    label: str
    kind: AnalyticCodeKind
    choices: list[str] = strawberry.field(description="Allowed values of a CHOICE code.")
    required: bool = strawberry.field(description="Whether every booking and invoice needs it.")
    max_length: int = strawberry.field(description="Longest value of a FREE code.")


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

    @strawberry.field(description="A client company's analytic codes; empty for a provider.")
    def analytic_code_definitions(
        self, root: strawberry.Parent[m.Organisation]
    ) -> list[AnalyticCodeDefinition] | None:
        return [
            AnalyticCodeDefinition(
                key=code["key"],
                label=code.get("label") or code["key"],
                kind=m.AnalyticCodeKind(code.get("kind", "FREE")),
                choices=list(code.get("choices") or []),
                required=bool(code.get("required")),
                max_length=code.get("max_length") or MAX_VALUE,
            )
            for code in root.analytic_code_definitions or []
        ]


_CAPACITY = (
    "Open threads auto-assigned to one agent at most; null: the server's ROOST_AGENT_CAPACITY."
)
_TARGETS = (
    'First-response targets in minutes of the team\'s service time, e.g. {"URGENT": 15}; '
    "urgencies left out keep the defaults (URGENT 15, ACTION_REQUIRED 120, INFO 480)."
)


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

    @strawberry.field(description="Days the team is closed, in its time zone.")
    def closures(self, root: strawberry.Parent[m.Team]) -> list[date] | None:
        return [date.fromisoformat(day) for day in root.closures]

    @strawberry.field(description="The agents in the team.")
    async def members(self, root: strawberry.Parent[m.Team], info: Info) -> list[UserRef] | None:
        return await info.context.loaders.related(m.User, "teams", root.id)

    agent_capacity: int | None = strawberry.field(description=_CAPACITY)
    response_targets: JSON | None = strawberry.field(description=_TARGETS)

    @strawberry.field(description="The team's leads, e-mailed when a response target is missed.")
    async def leads(self, root: strawberry.Parent[m.Team], info: Info) -> list[UserRef] | None:
        return await info.context.loaders.related(m.User, "led_teams", root.id)


@strawberry.input(description="An analytic code of a client company.")
class AnalyticCodeDefinitionInput:
    key: str = strawberry.field(description="Stable key, unique in the company (1-40 characters).")
    label: str
    kind: AnalyticCodeKind
    choices: list[str] = strawberry.field(
        default_factory=list, description="Allowed values of a CHOICE code (1 to 100)."
    )
    required: bool = strawberry.field(
        default=False, description="Whether every booking and invoice needs a value."
    )
    max_length: int | None = strawberry.field(
        default=None, description="Longest value of a FREE code (1 to 200; default 200)."
    )


_CODES = "Replaces all analytic codes of a client company: at most three FREE and two CHOICE codes."


@strawberry.input
class CreateOrganisationInput:
    name: str
    kind: OrganisationKind
    provider_kind: ProviderKind | None = strawberry.field(
        default=strawberry.UNSET, description="Required for a provider, null otherwise."
    )
    plan: Plan | None = strawberry.field(default=strawberry.UNSET, description="Default BASIC.")
    active: bool | None = strawberry.field(default=strawberry.UNSET, description="Default true.")
    verified: bool | None = strawberry.field(default=strawberry.UNSET, description="Default false.")
    time_zone: str | None = strawberry.field(
        default=strawberry.UNSET, description="IANA name; default UTC."
    )
    analytic_code_definitions: list[AnalyticCodeDefinitionInput] | None = strawberry.field(
        default=strawberry.UNSET, description=_CODES
    )


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateOrganisationInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: OrganisationKind | None = strawberry.UNSET
    provider_kind: ProviderKind | None = strawberry.UNSET
    plan: Plan | None = strawberry.UNSET
    active: bool | None = strawberry.UNSET
    verified: bool | None = strawberry.UNSET
    time_zone: str | None = strawberry.field(default=strawberry.UNSET, description="IANA name.")
    analytic_code_definitions: list[AnalyticCodeDefinitionInput] | None = strawberry.field(
        default=strawberry.UNSET, description=_CODES
    )


_HOURS = (
    'Weekly schedule in the team\'s time zone, e.g. {"mon": [["09:00", "19:00"]]}; '
    "days mon…sun, spans HH:MM."
)


@strawberry.input
class CreateTeamInput:
    key: str = strawberry.field(description="Stable key, unique (e.g. `vip`).")
    name: str
    time_zone: str | None = strawberry.field(
        default=strawberry.UNSET, description="IANA name; default UTC."
    )
    service_hours: JSON | None = strawberry.field(default=strawberry.UNSET, description=_HOURS)
    always_open: bool | None = strawberry.field(
        default=strawberry.UNSET, description="In service 24/7, whatever its hours."
    )
    closures: list[date] | None = strawberry.field(
        default=strawberry.UNSET, description="Days the team is closed."
    )
    member_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Agents and admins in the team."
    )
    agent_capacity: int | None = strawberry.field(default=strawberry.UNSET, description=_CAPACITY)
    response_targets: JSON | None = strawberry.field(default=strawberry.UNSET, description=_TARGETS)
    lead_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Agents and admins leading the team (replaces all)."
    )


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateTeamInput:
    id: strawberry.ID
    key: str | None = strawberry.UNSET
    name: str | None = strawberry.UNSET
    time_zone: str | None = strawberry.field(default=strawberry.UNSET, description="IANA name.")
    service_hours: JSON | None = strawberry.field(default=strawberry.UNSET, description=_HOURS)
    always_open: bool | None = strawberry.UNSET
    closures: list[date] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces all closure days."
    )
    member_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces all members."
    )
    agent_capacity: int | None = strawberry.field(default=strawberry.UNSET, description=_CAPACITY)
    response_targets: JSON | None = strawberry.field(default=strawberry.UNSET, description=_TARGETS)
    lead_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Agents and admins leading the team (replaces all)."
    )


@strawberry.type
class OrganisationPayload:
    organisation: OrganisationType | None
    errors: list[UserError]


@strawberry.type
class TeamPayload:
    team: TeamType | None
    errors: list[UserError]


_TEAM_IDS = {"memberIds": "User", "leadIds": "User"}


@strawberry.type
class OrganisationMutation:
    @mutation("createOrganisation", "Create a provider or a client company.")
    async def create_organisation(
        self, info: Info, input: Annotated[CreateOrganisationInput, INPUT]
    ) -> OrganisationPayload:
        organisation, errors = await outcome(use.create_organisation(info.context, given(input)))
        return OrganisationPayload(organisation=organisation, errors=errors)

    @mutation("updateOrganisation", "Change an organisation, all or nothing.")
    async def update_organisation(
        self, info: Info, input: Annotated[UpdateOrganisationInput, INPUT]
    ) -> OrganisationPayload:
        values = given(input)
        pk = node_pk(values.pop("id"), "Organisation")
        organisation, errors = await outcome(use.update_organisation(info.context, pk, values))
        return OrganisationPayload(organisation=organisation, errors=errors)

    @mutation("createTeam", "Create a team of the service team.")
    async def create_team(
        self, info: Info, input: Annotated[CreateTeamInput, INPUT]
    ) -> TeamPayload:
        team, errors = await outcome(team_use.create_team(info.context, given(input, _TEAM_IDS)))
        return TeamPayload(team=team, errors=errors)

    @mutation("updateTeam", "Change a team, all or nothing: hours, closures, members.")
    async def update_team(
        self, info: Info, input: Annotated[UpdateTeamInput, INPUT]
    ) -> TeamPayload:
        values = given(input, _TEAM_IDS)
        pk = node_pk(values.pop("id"), "Team")
        team, errors = await outcome(team_use.update_team(info.context, pk, values))
        return TeamPayload(team=team, errors=errors)

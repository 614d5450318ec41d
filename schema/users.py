"""GraphQL types for accounts, and the ``me`` query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from resolvers.context import RequestContext
from schema.policy import governed

if TYPE_CHECKING:
    from schema.organisations import OrganisationType, TeamType

Role = strawberry.enum(m.Role)
Locale = strawberry.enum(m.Locale)

OrganisationRef = Annotated["OrganisationType", strawberry.lazy("schema.organisations")]
TeamRef = Annotated["TeamType", strawberry.lazy("schema.organisations")]


@governed(m.User)
@strawberry.type(name="User", description="An account: customer, provider staff or operator staff.")
class UserType(relay.Node):
    id: relay.NodeID[int]
    name: str | None
    email: str | None
    phone: str | None
    locale: Locale | None
    role: Role | None
    is_vip: bool | None

    @strawberry.field
    async def organisation(
        self, root: strawberry.Parent[m.User], info: strawberry.Info[RequestContext]
    ) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.organisation_id)

    @strawberry.field
    async def teams(
        self, root: strawberry.Parent[m.User], info: strawberry.Info[RequestContext]
    ) -> list[TeamRef] | None:
        return await info.context.loaders.related(m.Team, "members", root.id)


@strawberry.type
class UserQuery:
    @strawberry.field(description="The caller's own account; null for a guest link.")
    async def me(self, info: strawberry.Info[RequestContext]) -> UserType | None:
        return await info.context.loaders.load(m.User, info.context.require_principal().user_id)

"""GraphQL types for accounts, and the ``me`` query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from resolvers.context import RequestContext
from schema.descriptions import described_enum
from schema.policy import governed

if TYPE_CHECKING:
    from schema.organisations import OrganisationType, TeamType

Role = described_enum(
    m.Role,
    {
        "CUSTOMER": "The person who booked; sees their own bookings, invoices and threads.",
        "GUEST": "A customer who validated a self-service link; sees exactly one booking.",
        "PROVIDER_STAFF": "A member of a provider (venue, supplier); sees that provider's data.",
        "TRAVEL_MANAGER": "Manages a client company's travel; sees the company's bookings.",
        "AGENT": "A member of the operator's service team; sees everything operational.",
        "ADMIN": "Operator administrator; sees everything, enables apps and plans.",
        "ANALYST": "Reads everything, read-only, with personal data masked.",
        "INTEGRATION": "The operator's booking system: upserts bookings, invoices and their "
        "customers, and reads back the bookings it wrote.",
    },
)
Locale = described_enum(
    m.Locale,
    {"EN": "English.", "FR": "French.", "DE": "German."},
)
#: The ``locale`` argument of fields that render text in a language.
InLocale = Annotated[
    Locale | None,
    strawberry.argument(description="Language of the text; default: the caller's language."),
]

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

"""GraphQL types for accounts, the ``me`` query, account administration and own profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from resolvers import users as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT, described_enum
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import node_pk

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
    time_zone: str | None = strawberry.field(description="IANA name, for dates in e-mails.")
    role: Role | None
    is_vip: bool | None
    active: bool | None = strawberry.field(
        description="False once deactivated: the account's tokens no longer work."
    )

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


Info = strawberry.Info[RequestContext]
_IDS = {"organisationId": "Organisation", "teamIds": "Team"}


@strawberry.input
class CreateUserInput:
    email: str = strawberry.field(description="Unique among accounts.")
    name: str
    role: Role = strawberry.field(description="Not GUEST (a self-service link has no account).")
    organisation_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Provider of PROVIDER_STAFF, company of TRAVEL_MANAGER and CUSTOMER; "
        "default: your organisation.",
    )
    team_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Teams of an AGENT or ADMIN."
    )
    locale: Locale | None = strawberry.field(default=strawberry.UNSET, description="Default en.")
    time_zone: str | None = strawberry.field(
        default=strawberry.UNSET, description="IANA name; default Europe/Paris."
    )
    is_vip: bool | None = strawberry.field(default=strawberry.UNSET, description="Default false.")
    phone: str | None = strawberry.UNSET


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateUserInput:
    id: strawberry.ID
    email: str | None = strawberry.UNSET
    name: str | None = strawberry.UNSET
    role: Role | None = strawberry.UNSET
    organisation_id: strawberry.ID | None = strawberry.UNSET
    team_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces all teams."
    )
    locale: Locale | None = strawberry.UNSET
    time_zone: str | None = strawberry.field(default=strawberry.UNSET, description="IANA name.")
    is_vip: bool | None = strawberry.UNSET
    phone: str | None = strawberry.field(default=strawberry.UNSET, description="Null clears it.")


@strawberry.input
class UserIdInput:
    id: strawberry.ID = strawberry.field(description="The account's global id.")


@strawberry.input(description="Your own account's fields to change; omitted ones stay.")
class UpdateMyProfileInput:
    name: str | None = strawberry.UNSET
    phone: str | None = strawberry.field(default=strawberry.UNSET, description="Null clears it.")
    locale: Locale | None = strawberry.field(
        default=strawberry.UNSET, description="Your language: e-mails and messages use it."
    )
    time_zone: str | None = strawberry.field(default=strawberry.UNSET, description="IANA name.")


@strawberry.type
class UserPayload:
    user: UserType | None
    errors: list[UserError]


@strawberry.type
class UserMutation:
    @mutation("createUser", "Create an account.")
    async def create_user(
        self, info: Info, input: Annotated[CreateUserInput, INPUT]
    ) -> UserPayload:
        user, errors = await outcome(use.create_user(info.context, given(input, _IDS)))
        return UserPayload(user=user, errors=errors)

    @mutation(
        "updateUser",
        "Change an account, all or nothing; a role or organisation change closes its open "
        "WebSockets.",
    )
    async def update_user(
        self, info: Info, input: Annotated[UpdateUserInput, INPUT]
    ) -> UserPayload:
        values = given(input, _IDS)
        pk = node_pk(values.pop("id"), "User")
        user, errors = await outcome(use.update_user(info.context, pk, values))
        return UserPayload(user=user, errors=errors)

    @mutation(
        "deactivateUser",
        "Deactivate an account: its tokens stop working at once, its open WebSockets close.",
    )
    async def deactivate_user(
        self, info: Info, input: Annotated[UserIdInput, INPUT]
    ) -> UserPayload:
        call = use.set_active(info.context, node_pk(input.id, "User"), active=False)
        user, errors = await outcome(call)
        return UserPayload(user=user, errors=errors)

    @mutation("reactivateUser", "Reactivate a deactivated account.")
    async def reactivate_user(
        self, info: Info, input: Annotated[UserIdInput, INPUT]
    ) -> UserPayload:
        call = use.set_active(info.context, node_pk(input.id, "User"), active=True)
        user, errors = await outcome(call)
        return UserPayload(user=user, errors=errors)

    @mutation("updateMyProfile", "Change your own name, phone, language or time zone.")
    async def update_my_profile(
        self, info: Info, input: Annotated[UpdateMyProfileInput, INPUT]
    ) -> UserPayload:
        user, errors = await outcome(use.update_my_profile(info.context, given(input)))
        return UserPayload(user=user, errors=errors)

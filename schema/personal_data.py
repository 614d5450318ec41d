"""GraphQL for personal data: one person's export, and its erasure."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from models.policy import describe_query
from resolvers import personal_data as use
from resolvers.context import RequestContext
from schema.descriptions import INPUT
from schema.payloads import UserError, mutation, outcome
from schema.relay import decode_id, node_pk
from schema.users import UserType

Info = strawberry.Info[RequestContext]


@strawberry.type
class PersonalDataQuery:
    @strawberry.field(
        description="Everything Roost holds about one person, as one JSON document: account, "
        "bookings with participants, field values and invoices, messages written, field "
        "changes made, uploads, audit entries. Admins: anyone; others: themselves. "
        + describe_query("exportPersonalData")
    )
    async def export_personal_data(
        self,
        info: Info,
        user_id: Annotated[
            strawberry.ID, strawberry.argument(description="The person's global id.")
        ],
    ) -> JSON:
        pk = decode_id(user_id, "User", "userId")
        return await use.export_personal_data(info.context, pk)


@strawberry.input
class ErasePersonalDataInput:
    user_id: strawberry.ID = strawberry.field(description="The person's global id.")


@strawberry.type
class ErasePersonalDataPayload:
    user: UserType | None = strawberry.field(description="The pseudonymised account.")
    errors: list[UserError]


@strawberry.type
class PersonalDataMutation:
    @mutation(
        "erasePersonalData",
        "Erase a person's personal data for good (pseudonymised; threads and message order "
        "remain). Recorded in the audit log; cannot be undone.",
    )
    async def erase_personal_data(
        self, info: Info, input: Annotated[ErasePersonalDataInput, INPUT]
    ) -> ErasePersonalDataPayload:
        call = use.erase_personal_data(info.context, node_pk(input.user_id, "User"))
        user, errors = await outcome(call)
        return ErasePersonalDataPayload(user=user, errors=errors)

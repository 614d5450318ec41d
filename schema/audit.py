"""GraphQL for the audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from models.policy import describe_query
from resolvers import audit as use
from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from resolvers.ids import parse_pk
from roost.i18n import N_
from schema.descriptions import After, First
from schema.policy import governed
from schema.relay import Connection, decode_id, global_id, parse_global_id

if TYPE_CHECKING:
    from schema.users import UserType

UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
Root = strawberry.Parent[m.AuditEntry]
Info = strawberry.Info[RequestContext]


@governed(m.AuditEntry)
@strawberry.type(name="AuditEntry", description="One administration change.")
class AuditEntryType(relay.Node):
    id: relay.NodeID[int]
    action: str | None = strawberry.field(description="The mutation, e.g. `updateUser`.")
    actor_role: str | None = strawberry.field(description="The actor's role when acting.")
    target_type: str | None = strawberry.field(description="The changed row's type, e.g. `User`.")
    created_at: datetime | None

    @strawberry.field(description="Who made the change; null once the account is gone.")
    async def actor(self, root: Root, info: Info) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.actor_id)

    @strawberry.field(description="The changed row's global id.")
    def target_id(self, root: Root) -> strawberry.ID | None:
        return global_id(root.target_type, root.target_id)

    @strawberry.field(
        description="Changed fields before the change (empty for a created row), as the "
        "target type's field rules let you read them."
    )
    def old_values(self, root: Root, info: Info) -> JSON | None:
        role = info.context.require_principal().role
        return use.visible_values(role, root.target_type, root.old_values)

    @strawberry.field(
        description="Changed fields after the change, as the target type's field rules let "
        "you read them."
    )
    def new_values(self, root: Root, info: Info) -> JSON | None:
        role = info.context.require_principal().role
        return use.visible_values(role, root.target_type, root.new_values)


@strawberry.input(description="Only entries matching every given filter.")
class AuditFilter:
    action: str | None = strawberry.field(default=None, description="A mutation name.")
    target_type: str | None = strawberry.field(default=None, description="A type, e.g. `User`.")
    target_id: strawberry.ID | None = strawberry.field(
        default=None, description="A changed row's global id."
    )
    actor_id: strawberry.ID | None = strawberry.field(
        default=None, description="The global id of the user who made the changes."
    )
    since: datetime | None = strawberry.field(default=None, description="Made at or after.")
    until: datetime | None = strawberry.field(default=None, description="Made before.")

    def to_query(self) -> use.AuditFilter:
        """The use case's filter behind this input."""
        target_type, target_id = self.target_type, None
        if self.target_id is not None:
            parsed = parse_global_id(str(self.target_id))
            if parsed is None or parse_pk(parsed[1]) is None:
                raise BadUserInput(N_("`targetId` must be a global id."), field="filter.targetId")
            target_type, target_id = parsed[0], parse_pk(parsed[1])
        return use.AuditFilter(
            action=self.action,
            target_type=target_type,
            target_id=target_id,
            actor_id=decode_id(self.actor_id, "User", "filter.actorId"),
            since=self.since,
            until=self.until,
        )


@strawberry.type
class AuditQuery:
    @strawberry.field(
        description="The audit log, newest first. " + describe_query("auditLog"),
    )
    async def audit_log(
        self,
        info: Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            AuditFilter | None,
            strawberry.argument(description="Only entries matching every given filter."),
        ] = None,
    ) -> Connection[AuditEntryType]:
        query = filter.to_query() if filter else use.AuditFilter()
        page = await use.audit_log(info.context, first, after, query)
        return Connection[AuditEntryType].from_page(page)

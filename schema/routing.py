"""GraphQL for routing: the rules administrators edit and the teams' canned replies."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

import models as m
from models.policy import describe_query
from resolvers import canned_replies as replies
from resolvers import routing_rules as rules
from resolvers.context import RequestContext
from schema.descriptions import INPUT, described_enum
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import node_pk

if TYPE_CHECKING:
    from schema.organisations import TeamType

TeamRef = Annotated["TeamType", strawberry.lazy("schema.organisations")]
Info = strawberry.Info[RequestContext]

RuleCondition = described_enum(
    m.RuleCondition,
    {
        "CUSTOMER_VIP": "The booking's customer is a VIP.",
        "PARTICIPANTS_AT_LEAST": "The booking has at least `threshold` participants.",
        "ALWAYS": "Every thread (a default, as the last rule).",
    },
    description="What a routing rule looks at.",
)


@governed(m.RoutingRule)
@strawberry.type(
    name="RoutingRule", description="Threads matching the condition go to the team; in order."
)
class RoutingRuleType(relay.Node):
    id: relay.NodeID[int]
    position: int = strawberry.field(description="1, 2, 3…: the first matching rule wins.")
    condition: RuleCondition
    threshold: int | None = strawberry.field(description="For PARTICIPANTS_AT_LEAST.")

    @strawberry.field
    async def team(self, root: strawberry.Parent[m.RoutingRule], info: Info) -> TeamRef:
        return await info.context.loaders.load(m.Team, root.team_id)


@governed(m.CannedReply)
@strawberry.type(
    name="CannedReply",
    description="A team's prepared reply; {customer_name} and {booking_reference} are filled "
    "in by renderCannedReply.",
)
class CannedReplyType(relay.Node):
    id: relay.NodeID[int]
    title: str
    body: str
    updated_at: datetime

    @strawberry.field
    async def team(self, root: strawberry.Parent[m.CannedReply], info: Info) -> TeamRef:
        return await info.context.loaders.load(m.Team, root.team_id)


@strawberry.input
class RoutingRuleInput:
    condition: RuleCondition
    team_key: str
    threshold: int | None = strawberry.field(
        default=None, description="For PARTICIPANTS_AT_LEAST: the smallest participant count."
    )


@strawberry.input
class UpdateRoutingRulesInput:
    rules: list[RoutingRuleInput] = strawberry.field(
        description="Every rule, in the order they are tried (replaces the list)."
    )


@strawberry.type
class RoutingRulesPayload:
    rules: list[RoutingRuleType] | None
    errors: list[UserError]


@strawberry.input
class CreateCannedReplyInput:
    team_key: str
    title: str
    body: str = strawberry.field(description="May hold {customer_name} and {booking_reference}.")


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateCannedReplyInput:
    id: strawberry.ID
    title: str | None = None
    body: str | None = None


@strawberry.input
class DeleteCannedReplyInput:
    id: strawberry.ID


@strawberry.type
class CannedReplyPayload:
    canned_reply: CannedReplyType | None
    errors: list[UserError]


@strawberry.type
class DeleteCannedReplyPayload:
    deleted_id: strawberry.ID | None = strawberry.field(description="The removed reply's id.")
    errors: list[UserError]


@strawberry.type
class RoutingQuery:
    @strawberry.field(
        description="The routing rules in the order they are tried. "
        + describe_query("routingRules")
    )
    async def routing_rules(self, info: Info) -> list[RoutingRuleType]:
        return await rules.routing_rules(info.context)

    @strawberry.field(
        description="Canned replies by title, of one team or all. "
        + describe_query("cannedReplies")
    )
    async def canned_replies(
        self,
        info: Info,
        team_key: Annotated[
            str | None, strawberry.argument(description="Only this team's replies.")
        ] = None,
    ) -> list[CannedReplyType]:
        return await replies.canned_replies(info.context, team_key)

    @strawberry.field(
        description="A canned reply's text for a thread, placeholders filled in; send it "
        "with sendMessage. " + describe_query("renderCannedReply")
    )
    async def render_canned_reply(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The canned reply.")],
        thread_id: Annotated[strawberry.ID, strawberry.argument(description="The thread.")],
    ) -> str:
        return await replies.render_canned_reply(
            info.context, node_pk(id, "CannedReply"), node_pk(thread_id, "Thread")
        )


@strawberry.type
class RoutingMutation:
    @mutation("updateRoutingRules", "Replace the routing rules, all or nothing.")
    async def update_routing_rules(
        self, info: Info, input: Annotated[UpdateRoutingRulesInput, INPUT]
    ) -> RoutingRulesPayload:
        wanted = [
            rules.RuleInput(
                condition=m.RuleCondition(rule.condition),
                team_key=rule.team_key,
                threshold=rule.threshold,
            )
            for rule in input.rules
        ]
        result, errors = await outcome(rules.update_routing_rules(info.context, wanted))
        return RoutingRulesPayload(rules=result, errors=errors)

    @mutation("createCannedReply", "Add a canned reply to one of your teams.")
    async def create_canned_reply(
        self, info: Info, input: Annotated[CreateCannedReplyInput, INPUT]
    ) -> CannedReplyPayload:
        call = replies.create_canned_reply(info.context, input.team_key, input.title, input.body)
        reply, errors = await outcome(call)
        return CannedReplyPayload(canned_reply=reply, errors=errors)

    @mutation("updateCannedReply", "Change a canned reply of one of your teams.")
    async def update_canned_reply(
        self, info: Info, input: Annotated[UpdateCannedReplyInput, INPUT]
    ) -> CannedReplyPayload:
        pk = node_pk(input.id, "CannedReply")
        call = replies.update_canned_reply(info.context, pk, input.title, input.body)
        reply, errors = await outcome(call)
        return CannedReplyPayload(canned_reply=reply, errors=errors)

    @mutation("deleteCannedReply", "Remove a canned reply of one of your teams.")
    async def delete_canned_reply(
        self, info: Info, input: Annotated[DeleteCannedReplyInput, INPUT]
    ) -> DeleteCannedReplyPayload:
        pk = node_pk(input.id, "CannedReply")
        deleted, errors = await outcome(replies.delete_canned_reply(info.context, pk))
        return DeleteCannedReplyPayload(
            deleted_id=str(input.id) if deleted is not None else None, errors=errors
        )

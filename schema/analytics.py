"""GraphQL analytics: counts and response times computed in the database, no personal data."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from models.policy import describe_query
from resolvers import analytics as use
from resolvers.context import RequestContext
from schema.descriptions import described_enum

Info = strawberry.Info[RequestContext]

ThreadGrouping = described_enum(
    use.ThreadGrouping,
    {
        "URGENCY": "By urgency.",
        "STATUS": "By status.",
        "TEAM": f"By assigned team's key ({use.NO_TEAM} for none).",
    },
)
TimeGrouping = described_enum(
    use.TimeGrouping, {"TEAM": f"By assigned team's key ({use.NO_TEAM} for none)."}
)

ClaimGrouping = described_enum(use.ClaimGrouping, {"STATUS": "By status."})
SupportGrouping = described_enum(use.SupportGrouping, {"TOPIC": "By topic key."})

From = Annotated[
    date | None, strawberry.argument(name="from", description="Created on or after (UTC).")
]
To = Annotated[date | None, strawberry.argument(description="Created on or before (UTC).")]


@strawberry.type(name="AnalyticsCount", description="A count under a key.")
class TallyType:
    key: str
    count: int


@strawberry.type(name="ResponseTimes", description="Response times in seconds under a key.")
class ResponseTimesType:
    key: str
    first_response_p50: float | None = strawberry.field(
        description="Median time from the customer's or provider's first message to the "
        "first reply by an agent or admin (not an internal note)."
    )
    first_response_p90: float | None = strawberry.field(description="90th percentile of the same.")
    resolution_p50: float | None = strawberry.field(
        description="Median time from the thread's start to RESOLVED or CLOSED."
    )


@strawberry.type(description="Figures for analysts: keys and numbers, never personal data.")
class Analytics:
    @strawberry.field(description="Threads started in the period, counted per group.")
    async def threads(
        self,
        group_by: Annotated[ThreadGrouping, strawberry.argument(description="What to count by.")],
        from_: From = None,
        to: To = None,
    ) -> list[TallyType]:
        return await use.thread_counts(group_by, from_, to)

    @strawberry.field(description="Response times of the threads started in the period.")
    async def response_times(
        self,
        by: Annotated[TimeGrouping, strawberry.argument(description="What to measure by.")],
        from_: From = None,
        to: To = None,
    ) -> list[ResponseTimesType]:
        return await use.response_times(by, from_, to)

    @strawberry.field(
        description="Booking data customers changed themselves (self-service page, portal), "
        "per field key, or in total under `ALL`."
    )
    async def self_service_edits(
        self,
        by_field: Annotated[
            bool, strawberry.argument(description="Per field key; false: one total.")
        ] = True,
        from_: From = None,
        to: To = None,
    ) -> list[TallyType]:
        return await use.self_service_edits(by_field, from_, to)

    @strawberry.field(description="Claims submitted in the period, counted per group.")
    async def claims(
        self,
        group_by: Annotated[ClaimGrouping, strawberry.argument(description="What to count by.")],
        from_: From = None,
        to: To = None,
    ) -> list[TallyType]:
        return await use.claim_counts(group_by, from_, to)

    @strawberry.field(description="Support chats started in the period, counted per group.")
    async def support_chats(
        self,
        group_by: Annotated[SupportGrouping, strawberry.argument(description="What to count by.")],
        from_: From = None,
        to: To = None,
    ) -> list[TallyType]:
        return await use.support_chat_counts(group_by, from_, to)


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(description="Analytics. " + describe_query("analytics"))
    def analytics(self, info: Info) -> Analytics | None:
        use.allow(info.context)
        return Analytics()

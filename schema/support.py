"""GraphQL for the supplier support desk: topics, support chats, the live queue, tickets."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import support_chats as chats
from resolvers import support_queue as queue
from resolvers import support_tickets as tickets
from resolvers import support_topics as topics
from resolvers.context import RequestContext
from resolvers.pagination import Window
from schema.descriptions import INPUT, After, FirstOrLast, described_enum
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, node_pk
from schema.users import InLocale
from subscriptions import support_streams as streams

if TYPE_CHECKING:
    from schema.bookings import BookingType
    from schema.organisations import OrganisationType, TeamType
    from schema.threads import MessageType, ThreadType
    from schema.users import UserType

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
OrganisationRef = Annotated["OrganisationType", strawberry.lazy("schema.organisations")]
TeamRef = Annotated["TeamType", strawberry.lazy("schema.organisations")]
ThreadRef = Annotated["ThreadType", strawberry.lazy("schema.threads")]
MessageRef = Annotated["MessageType", strawberry.lazy("schema.threads")]
UserRef = Annotated["UserType", strawberry.lazy("schema.users")]

Info = strawberry.Info[RequestContext]

Complexity = described_enum(
    m.Complexity,
    {
        "SIMPLE": "Answered live in the chat: the chat enters the queue.",
        "COMPLEX": "Needs a specialised team: the chat becomes a follow-up ticket at once.",
    },
)
SupportStatus = described_enum(
    m.SupportStatus,
    {
        "QUEUED": "Waiting in the live queue for an agent.",
        "ACTIVE": "An agent has taken the chat and answers live.",
        "RESOLVED": "The live chat ended; the provider may rate it.",
        "TICKET_OPEN": "A follow-up ticket, with the team named by the thread's assignedTeam.",
        "TICKET_PENDING": "The ticket waits on the provider; their reply reopens it.",
        "TICKET_SOLVED": "The team solved the ticket.",
        "CLOSED": "Finished.",
    },
)

_LABELS = 'Labels per locale, e.g. {"en": "Finance", "fr": "Finances"}; en required.'
#: The ``threadId`` argument naming a support chat by its thread.
SupportThreadId = Annotated[
    strawberry.ID,
    strawberry.argument(description="The global id of the support chat's thread."),
]


@governed(m.SupportTopic)
@strawberry.type(name="SupportTopic", description="A topic of the support taxonomy.")
class SupportTopicType(relay.Node):
    id: relay.NodeID[int]
    key: str
    labels: JSON = strawberry.field(description="Labels per locale: en, fr, de.")
    complexity: Complexity
    retired: bool = strawberry.field(description="No longer offered to new chats.")

    @strawberry.field(description="The label in `locale`, by default the caller's language.")
    def label(
        self, root: strawberry.Parent[m.SupportTopic], info: Info, locale: InLocale = None
    ) -> str:
        return root.label((locale or info.context.locale).value)

    @strawberry.field(description="The team that handles tickets of this topic.")
    async def team(self, root: strawberry.Parent[m.SupportTopic], info: Info) -> TeamRef | None:
        return await info.context.loaders.load(m.Team, root.team_id)


async def _position(chat: m.SupportChat, info: Info) -> int | None:
    if chat.status is not m.SupportStatus.QUEUED:
        return None
    return await info.context.loaders.cached(queue.QueuePositionByChatLoader).load(chat.id)


@governed(m.SupportChat)
@strawberry.type(
    name="SupportChat",
    description="A provider's support chat; its messages are those of its `thread`.",
)
class SupportChatType(relay.Node):
    id: relay.NodeID[int]
    status: SupportStatus
    waiting_since: datetime | None = strawberry.field(
        description="When it entered the live queue (its place there); null for tickets."
    )
    taken_at: datetime | None
    ended_at: datetime | None = strawberry.field(description="When it was resolved or closed.")
    rating: int | None = strawberry.field(description="1 to 5, given by the provider once.")
    rating_comment: str | None
    created_at: datetime

    @strawberry.field(description="The conversation: messages, attachments, read state.")
    async def thread(self, root: strawberry.Parent[m.SupportChat], info: Info) -> ThreadRef | None:
        return await info.context.loaders.load(m.Thread, root.thread_id)

    @strawberry.field
    async def topic(self, root: strawberry.Parent[m.SupportChat], info: Info) -> SupportTopicType:
        topic = await info.context.loaders.unscoped(m.SupportTopic, root.topic_id)
        assert topic is not None
        return topic

    @strawberry.field
    async def provider(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> OrganisationRef | None:
        return await info.context.loaders.load(m.Organisation, root.provider_id)

    @strawberry.field(description="The provider's booking the chat is about, if any.")
    async def booking(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> BookingRef | None:
        thread = await info.context.loaders.unscoped(m.Thread, root.thread_id)
        return await info.context.loaders.load(m.Booking, thread.booking_id if thread else None)

    @strawberry.field(description="Place in the live queue, 1 for the next; null unless QUEUED.")
    async def queue_position(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> int | None:
        return await _position(root, info)

    @strawberry.field(description="Estimated seconds until an agent takes it; null unless QUEUED.")
    async def estimated_wait_seconds(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> int | None:
        position = await _position(root, info)
        if position is None:
            return None
        agents = await info.context.loaders.cached(queue.DeskAgentsLoader).load(0)
        return queue.estimated_wait(
            position, agents, info.context.settings.support_seconds_per_chat
        )

    @strawberry.field(description="The first name of the agent who took the chat.")
    async def agent_first_name(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> str | None:
        if root.taken_by_id is None:
            return None
        return chats.first_name(await info.context.loaders.unscoped(m.User, root.taken_by_id))

    @strawberry.field(description="The agent who took the chat.")
    async def taken_by(self, root: strawberry.Parent[m.SupportChat], info: Info) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.taken_by_id)

    @strawberry.field(description="The summary written when the chat became a ticket.")
    async def escalation_summary(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> str | None:
        note = await info.context.loaders.unscoped(m.Message, root.escalation_note_id)
        return note.body if note else None

    @strawberry.field(description="The provider's first message.")
    async def first_message(
        self, root: strawberry.Parent[m.SupportChat], info: Info
    ) -> MessageRef | None:
        loader = info.context.loaders.cached(queue.FirstMessageByThreadLoader)
        return await loader.load(root.thread_id)


@strawberry.input(description="Filters on support chats; all given filters must match.")
class SupportChatFilter:
    status: list[SupportStatus] | None = None


@strawberry.type(description="A change of the live support queue.")
class SupportQueueUpdate:
    kind: str = strawberry.field(
        description="arrived, taken, released (back at its place), left (escalated before "
        "being taken); resync (refetch the queue)."
    )
    chat: SupportChatType | None
    queue_length: int = strawberry.field(description="Chats waiting now.")


@strawberry.type(description="Where the caller's support chat stands.")
class SupportChatUpdate:
    chat: SupportChatType
    queue_position: int | None = strawberry.field(description="Null unless QUEUED.")
    estimated_wait_seconds: int | None = strawberry.field(description="Null unless QUEUED.")


@strawberry.type
class SupportQuery:
    @strawberry.field(description="The support taxonomy, labels in the caller's language.")
    async def support_topics(
        self,
        info: Info,
        include_retired: Annotated[
            bool, strawberry.argument(description="Also the retired topics.")
        ] = False,
    ) -> list[SupportTopicType]:
        return await topics.support_topics(info.context, include_retired)  # type: ignore[return-value]

    @strawberry.field(description="Support chats the caller sees (a provider's own), newest first.")
    async def support_chats(
        self,
        info: Info,
        first: FirstOrLast = None,
        after: After = None,
        filter: Annotated[
            SupportChatFilter | None,
            strawberry.argument(description="Only chats matching every given filter."),
        ] = None,
    ) -> Connection[SupportChatType]:
        query = chats.SupportChatQuery(
            statuses=tuple(filter.status) if filter and filter.status else None
        )
        page = await chats.support_chats(info.context, Window(first, after), query)
        return Connection[SupportChatType].from_page(page)

    @strawberry.field(
        description="The live queue, longest waiting first. Allowed: agents of the `support` "
        "team, ADMIN."
    )
    async def support_queue(
        self, info: Info, first: FirstOrLast = None, after: After = None
    ) -> Connection[SupportChatType]:
        page = await queue.support_queue(info.context, Window(first, after))
        return Connection[SupportChatType].from_page(page)


@strawberry.input
class StartSupportChatInput:
    topic: str = strawberry.field(description="The key of a topic of `supportTopics`.")
    body: str
    client_message_id: str | None = strawberry.field(
        default=None, description="Chosen by the client; a retry with it returns the same chat."
    )
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Uploads (screenshots) sent with the first message."
    )
    booking_id: strawberry.ID | None = strawberry.field(
        default=None, description="One of the provider's bookings the question is about."
    )


@strawberry.input
class SupportChatInput:
    thread_id: strawberry.ID = strawberry.field(description="The support chat's thread.")


@strawberry.input(description="The queued chat the calling agent takes.")
class TakeSupportChatInput(SupportChatInput):
    pass


@strawberry.input(description="The taken chat that goes back to its place in the queue.")
class ReleaseSupportChatInput(SupportChatInput):
    pass


@strawberry.input(description="The live chat that ends.")
class ResolveSupportChatInput(SupportChatInput):
    pass


@strawberry.input
class RateSupportChatInput:
    thread_id: strawberry.ID
    rating: int = strawberry.field(description="1 (poor) to 5 (excellent).")
    comment: str | None = None


@strawberry.input
class EscalateSupportChatInput:
    thread_id: strawberry.ID
    team_key: str = strawberry.field(description="The key of the team that takes the ticket.")
    summary: str = strawberry.field(
        description="For the team only: stored as an INTERNAL note, never shown to the provider."
    )


@strawberry.input
class SetSupportTicketStatusInput:
    thread_id: strawberry.ID
    status: SupportStatus = strawberry.field(
        description="TICKET_OPEN, TICKET_PENDING, TICKET_SOLVED or CLOSED, in that order."
    )


@strawberry.input
class CreateSupportTopicInput:
    key: str = strawberry.field(description="Unique: A-Z, 0-9 and _, starting with a letter.")
    labels: JSON = strawberry.field(description=_LABELS)
    complexity: Complexity
    team_key: str = strawberry.field(description="The team that handles its tickets.")


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateSupportTopicInput:
    id: strawberry.ID
    key: str | None = strawberry.UNSET
    labels: JSON | None = strawberry.field(default=strawberry.UNSET, description=_LABELS)
    complexity: Complexity | None = strawberry.UNSET
    team_key: str | None = strawberry.UNSET
    retired: bool | None = strawberry.UNSET


@strawberry.type
class SupportChatPayload:
    chat: SupportChatType | None
    errors: list[UserError]


@strawberry.type
class SupportTopicPayload:
    topic: SupportTopicType | None
    errors: list[UserError]


def _thread(
    input: SupportChatInput | RateSupportChatInput | EscalateSupportChatInput,
) -> int | None:
    return node_pk(input.thread_id, "Thread")


@strawberry.type
class SupportMutation:
    @mutation(
        "startSupportChat",
        "Start a support chat: SIMPLE topics enter the live queue, COMPLEX ones become a "
        "ticket. Only staff of an active, verified provider (else PROVIDER_NOT_ELIGIBLE).",
    )
    async def start_support_chat(
        self, info: Info, input: Annotated[StartSupportChatInput, INPUT]
    ) -> SupportChatPayload:
        request = chats.StartSupportChat(
            topic=input.topic,
            body=input.body,
            client_message_id=input.client_message_id,
            attachment_ids=tuple(node_pk(a, "Attachment") for a in input.attachment_ids),
            booking_id=node_pk(input.booking_id, "Booking") if input.booking_id else None,
        )
        chat, errors = await outcome(chats.start_support_chat(info.context, request))
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("takeSupportChat", "Take a queued chat (ALREADY_TAKEN if another agent did).")
    async def take_support_chat(
        self, info: Info, input: Annotated[TakeSupportChatInput, INPUT]
    ) -> SupportChatPayload:
        chat, errors = await outcome(queue.take_support_chat(info.context, _thread(input)))
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("releaseSupportChat", "Put a taken chat back in the queue, at its place.")
    async def release_support_chat(
        self, info: Info, input: Annotated[ReleaseSupportChatInput, INPUT]
    ) -> SupportChatPayload:
        chat, errors = await outcome(queue.release_support_chat(info.context, _thread(input)))
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("resolveSupportChat", "End a live chat (RESOLVED).")
    async def resolve_support_chat(
        self, info: Info, input: Annotated[ResolveSupportChatInput, INPUT]
    ) -> SupportChatPayload:
        chat, errors = await outcome(queue.resolve_support_chat(info.context, _thread(input)))
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("rateSupportChat", "Rate a finished support chat, once.")
    async def rate_support_chat(
        self, info: Info, input: Annotated[RateSupportChatInput, INPUT]
    ) -> SupportChatPayload:
        call = chats.rate_support_chat(info.context, _thread(input), input.rating, input.comment)
        chat, errors = await outcome(call)
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("escalateSupportChat", "Turn a live chat into a ticket for a specialised team.")
    async def escalate_support_chat(
        self, info: Info, input: Annotated[EscalateSupportChatInput, INPUT]
    ) -> SupportChatPayload:
        call = tickets.escalate_support_chat(
            info.context, _thread(input), input.team_key, input.summary
        )
        chat, errors = await outcome(call)
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("setSupportTicketStatus", "Move a ticket: open, pending, solved, closed.")
    async def set_support_ticket_status(
        self, info: Info, input: Annotated[SetSupportTicketStatusInput, INPUT]
    ) -> SupportChatPayload:
        call = tickets.set_support_ticket_status(
            info.context, node_pk(input.thread_id, "Thread"), input.status
        )
        chat, errors = await outcome(call)
        return SupportChatPayload(chat=chat, errors=errors)

    @mutation("createSupportTopic", "Add a topic to the support taxonomy.")
    async def create_support_topic(
        self, info: Info, input: Annotated[CreateSupportTopicInput, INPUT]
    ) -> SupportTopicPayload:
        topic, errors = await outcome(topics.create_support_topic(info.context, given(input)))
        return SupportTopicPayload(topic=topic, errors=errors)

    @mutation("updateSupportTopic", "Rename or retire a topic, change its complexity or team.")
    async def update_support_topic(
        self, info: Info, input: Annotated[UpdateSupportTopicInput, INPUT]
    ) -> SupportTopicPayload:
        values = given(input)
        pk = node_pk(values.pop("id"), "SupportTopic")
        topic, errors = await outcome(topics.update_support_topic(info.context, pk, values))
        return SupportTopicPayload(topic=topic, errors=errors)


@strawberry.type
class SupportSubscription:
    @strawberry.subscription(
        description="Arrivals, takes and departures of the live queue. Allowed: agents of "
        "the `support` team, ADMIN."
    )
    async def support_queue_updates(self, info: Info) -> AsyncGenerator[SupportQueueUpdate, None]:
        async for change in streams.queue_stream(info.context):
            yield SupportQueueUpdate(
                kind=change.kind, chat=change.chat, queue_length=change.queue_length
            )

    @strawberry.subscription(
        description="A support chat's status, queue position and estimated wait: now, then "
        "whenever they change. Replies come through `messageAdded`."
    )
    async def support_chat_updates(
        self, info: Info, thread_id: SupportThreadId
    ) -> AsyncGenerator[SupportChatUpdate, None]:
        async for state in streams.chat_stream(info.context, node_pk(thread_id, "Thread")):
            yield SupportChatUpdate(
                chat=state.chat,
                queue_position=state.queue_position,
                estimated_wait_seconds=state.estimated_wait_seconds,
            )

"""GraphQL types, queries, mutations and subscriptions for conversations."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

import models as m
from models.sla import SlaState as SlaStates
from models.sla import sla_state
from resolvers import attachments as files
from resolvers import inbox as read
from resolvers import threads as use
from resolvers.context import RequestContext
from resolvers.inbox import LastMessageByThreadLoader, UnreadCountByThreadLoader
from resolvers.pagination import Window
from schema.descriptions import INPUT, After, Before, FirstOrLast, Last, described_enum
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import Connection, global_id, node_pk
from schema.shared_payloads import live_target
from subscriptions import streams

if TYPE_CHECKING:
    from schema.bookings import BookingType
    from schema.invoices import InvoiceType
    from schema.organisations import TeamType
    from schema.questions import ServiceQuestionType
    from schema.users import UserType

Party = described_enum(
    m.Party,
    {
        "CUSTOMER": "The customer side and the service team.",
        "PROVIDER": "The provider side and the service team.",
        "BOTH": "The customer side, the provider side and the service team.",
    },
)
ThreadKind = described_enum(
    m.ThreadKind,
    {
        "BOOKING": "A conversation on a booking.",
        "INVOICE": "A conversation on an invoice.",
        "SUPPORT": "A provider's support chat (see `supportChats`).",
    },
)
Urgency = described_enum(
    m.Urgency,
    {
        "INFO": "For information.",
        "ACTION_REQUIRED": "An answer is expected by the thread's `respondBy` date.",
        "URGENT": "Needs attention now; sorted first in inboxes.",
    },
)
ThreadStatus = described_enum(
    m.ThreadStatus,
    {
        "OPEN": "Ongoing.",
        "WAITING": "Waiting for an answer from a participant.",
        "RESOLVED": "Answered; may still be reopened.",
        "CLOSED": "Finished.",
    },
)
MessageKind = described_enum(
    m.MessageKind,
    {
        "TEXT": "A message written by a participant.",
        "QUESTION": "A structured question to the customer, with choices or free text.",
        "ANSWER": "The customer's answer to a QUESTION; stored as a booking field value.",
        "SYSTEM": "Posted by Roost: deadline warnings, status changes.",
    },
)
Visibility = described_enum(
    m.Visibility,
    {
        "ALL": "Seen by every participant of the thread.",
        "INTERNAL": "An internal note: seen by the service team (AGENT, ADMIN) only.",
    },
)

SlaState = described_enum(
    SlaStates,
    {
        "ON_TRACK": "Unanswered, the first-response target not near yet.",
        "AT_RISK": "Unanswered in the last fifth of the target.",
        "BREACHED": "Unanswered at the target, or answered after it.",
        "MET": "Answered by the service team within the target.",
    },
    description="Where a thread stands against its first-response target.",
)

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
InvoiceRef = Annotated["InvoiceType", strawberry.lazy("schema.invoices")]
TeamRef = Annotated["TeamType", strawberry.lazy("schema.organisations")]
UserRef = Annotated["UserType", strawberry.lazy("schema.users")]
QuestionRef = Annotated["ServiceQuestionType", strawberry.lazy("schema.questions")]

Info = strawberry.Info[RequestContext]
#: The ``threadId`` argument of the thread subscriptions.
ThreadId = Annotated[
    strawberry.ID, strawberry.argument(description="The global id of a thread the caller sees.")
]


class AuthorSide(StrEnum):
    CUSTOMER = "CUSTOMER"
    PROVIDER = "PROVIDER"
    SERVICE_TEAM = "SERVICE_TEAM"
    SYSTEM = "SYSTEM"


described_enum(
    AuthorSide,
    {
        "CUSTOMER": "The customer (or their travel manager, or a self-service guest).",
        "PROVIDER": "The provider's staff.",
        "SERVICE_TEAM": "The operator's service team.",
        "SYSTEM": "Roost itself.",
    },
    description="Who wrote a message, as the reader sees it.",
)


_SIDES = {
    m.Role.CUSTOMER: AuthorSide.CUSTOMER,
    m.Role.TRAVEL_MANAGER: AuthorSide.CUSTOMER,
    m.Role.GUEST: AuthorSide.CUSTOMER,
    m.Role.PROVIDER_STAFF: AuthorSide.PROVIDER,
}


def side_of(role: m.Role | None) -> AuthorSide:
    """Who wrote a message, as readers see it, from its author's role (``None``: Roost)."""
    if role is None:
        return AuthorSide.SYSTEM
    return _SIDES.get(role, AuthorSide.SERVICE_TEAM)


@governed(m.Attachment)
@strawberry.type(name="Attachment", description="A file sent with a message.")
class AttachmentType(relay.Node):
    id: relay.NodeID[int]
    filename: str
    content_type: str
    size: int = strawberry.field(description="Size in bytes.")
    sha256: str

    @strawberry.field(description="Where to download it (send the same Bearer token).")
    def url(self, root: strawberry.Parent[m.Attachment]) -> str:
        return f"/attachments/{root.id}"


@governed(m.Message)
@strawberry.type(name="Message", description="A message in a thread, numbered by `seq`.")
class MessageType(relay.Node):
    id: relay.NodeID[int]
    kind: MessageKind
    visibility: Visibility
    body: str
    client_message_id: str | None
    created_at: datetime

    @strawberry.field(
        description="1, 2, 3… within the thread, without gaps, among the messages you see."
    )
    def seq(self, root: strawberry.Parent[m.Message], info: Info) -> int:
        return root.seq_for(read.audience(info.context.require_principal()))

    @strawberry.field
    async def author_name(self, root: strawberry.Parent[m.Message], info: Info) -> str:
        author = await info.context.loaders.joined(root, "author", m.User)
        return author.name if author else "Roost"

    @strawberry.field
    async def author_side(self, root: strawberry.Parent[m.Message], info: Info) -> AuthorSide:
        author = await info.context.loaders.joined(root, "author", m.User)
        return side_of(None if author is None else m.Role(author.role))

    @strawberry.field
    async def attachments(
        self, root: strawberry.Parent[m.Message], info: Info
    ) -> list[AttachmentType]:
        return await info.context.loaders.children(m.Attachment, "message_id", root.id)

    @strawberry.field(description="The automated question a QUESTION or ANSWER message is about.")
    async def question(self, root: strawberry.Parent[m.Message], info: Info) -> QuestionRef | None:
        return await info.context.loaders.load(m.ServiceQuestion, root.question_id)


@governed(m.Thread)
@strawberry.type(name="Thread", description="A conversation on a booking or an invoice.")
class ThreadType(relay.Node):
    id: relay.NodeID[int]
    subject: str
    kind: ThreadKind
    parties: Party
    urgency: Urgency
    respond_by: datetime | None = strawberry.field(description="Set for ACTION_REQUIRED.")
    status: ThreadStatus
    created_at: datetime

    routed_because: str | None = strawberry.field(
        description='The routing rule that chose the team, or "out of hours".'
    )
    first_response_due_at: datetime | None = strawberry.field(
        description="When the service team's first answer is due (its team's service hours)."
    )
    first_responded_at: datetime | None = strawberry.field(
        description="When the service team first answered (internal notes do not count)."
    )

    @strawberry.field(description="Where the thread stands against its first-response target.")
    def sla_state(self, root: strawberry.Parent[m.Thread]) -> SlaState | None:
        return sla_state(root, datetime.now(UTC))

    @strawberry.field(description="When the last message you can see was sent.")
    def last_activity_at(self, root: strawberry.Parent[m.Thread], info: Info) -> datetime:
        return root.last_activity_for(read.audience(info.context.require_principal()))

    @strawberry.field
    async def booking(self, root: strawberry.Parent[m.Thread], info: Info) -> BookingRef | None:
        return await info.context.loaders.load(m.Booking, root.booking_id)

    @strawberry.field
    async def invoice(self, root: strawberry.Parent[m.Thread], info: Info) -> InvoiceRef | None:
        return await info.context.loaders.load(m.Invoice, root.invoice_id)

    @strawberry.field
    async def assigned_team(self, root: strawberry.Parent[m.Thread], info: Info) -> TeamRef | None:
        return await info.context.loaders.load(m.Team, root.assigned_team_id)

    @strawberry.field
    async def assigned_agent(self, root: strawberry.Parent[m.Thread], info: Info) -> UserRef | None:
        return await info.context.loaders.load(m.User, root.assigned_agent_id)

    @strawberry.field(description="Messages the caller has not read, own messages excluded.")
    async def unread_count(self, root: strawberry.Parent[m.Thread], info: Info) -> int:
        key = read.thread_seq(info.context.require_principal(), root)
        return await info.context.loaders.cached(UnreadCountByThreadLoader).load(key)

    @strawberry.field(description="The last message the caller may see.")
    async def last_message(
        self, root: strawberry.Parent[m.Thread], info: Info
    ) -> MessageType | None:
        key = read.thread_seq(info.context.require_principal(), root)
        return await info.context.loaders.cached(LastMessageByThreadLoader).load(key)

    @strawberry.field(
        description="Messages by seq: `first` after seq `after`, or `last` before seq `before`."
    )
    async def messages(
        self,
        root: strawberry.Parent[m.Thread],
        info: Info,
        first: Annotated[
            int | None, strawberry.argument(description="How many messages after `after`.")
        ] = None,
        after: Annotated[
            int | None,
            strawberry.argument(description="A seq; with `first`, the messages after it."),
        ] = None,
        last: Annotated[
            int | None, strawberry.argument(description="How many messages before `before`.")
        ] = None,
        before: Annotated[
            int | None,
            strawberry.argument(description="A seq; with `last`, the messages before it."),
        ] = None,
    ) -> Connection[MessageType]:
        page = await read.message_page(info.context, root, first, after, last, before)
        return Connection[MessageType].from_page(page)


@strawberry.input(description="Filters on the inbox; all given filters must match.")
class InboxFilter:
    status: list[ThreadStatus] | None = None
    urgency: list[Urgency] | None = None
    booking_id: strawberry.ID | None = None
    invoice_id: strawberry.ID | None = None
    team_key: str | None = strawberry.field(
        default=None, description="Threads assigned to this team (operators only)."
    )
    assigned_to_me: bool | None = strawberry.field(
        default=None, description="true: threads assigned to you (operators only)."
    )
    unassigned: bool | None = strawberry.field(
        default=None, description="true: threads no agent holds yet (operators only)."
    )
    sla_state: list[SlaState] | None = strawberry.field(
        default=None, description="Threads in these first-response states (operators only)."
    )

    def to_query(self) -> read.InboxQuery:
        """The use-case filter behind this input."""
        return read.InboxQuery(
            statuses=tuple(self.status) if self.status else None,
            urgencies=tuple(self.urgency) if self.urgency else None,
            booking_id=node_pk(self.booking_id, "Booking") if self.booking_id else None,
            invoice_id=node_pk(self.invoice_id, "Invoice") if self.invoice_id else None,
            team_key=self.team_key,
            assigned_to_me=bool(self.assigned_to_me),
            unassigned=bool(self.unassigned),
            sla_states=tuple(self.sla_state) if self.sla_state else None,
        )


@strawberry.type
class ThreadQuery:
    @strawberry.field(description="The caller's threads: urgent first, then by last activity.")
    async def inbox(
        self,
        info: Info,
        first: FirstOrLast = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        filter: Annotated[
            InboxFilter | None,
            strawberry.argument(description="Only threads matching every given filter."),
        ] = None,
    ) -> Connection[ThreadType]:
        query = filter.to_query() if filter else read.InboxQuery()
        window = Window(first, after, last, before)
        return Connection[ThreadType].from_page(await read.inbox(info.context, window, query))

    @strawberry.field(description="Unread messages over all the caller's threads (the badge).")
    async def unread_total(
        self,
        info: Info,
        team_key: Annotated[
            str | None,
            strawberry.argument(description="Only threads assigned to this team (operators only)."),
        ] = None,
    ) -> int:
        if team_key is not None:
            return await read.unread_total_of_team(info.context, team_key)
        return await read.unread_total(info.context.require_principal())

    @strawberry.field(description="A thread by id; null when not visible.")
    async def thread(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The thread's global id.")],
    ) -> ThreadType | None:
        return await read.thread_by_id(info.context, node_pk(id, "Thread"))


@strawberry.input
class StartThreadInput:
    booking_id: strawberry.ID | None = None
    invoice_id: strawberry.ID | None = None
    body: str
    subject: str = ""
    parties: Party | None = strawberry.field(
        default=None, description="Default: your own side (customer or provider)."
    )
    urgency: Urgency = Urgency.INFO
    respond_by: datetime | None = None
    visibility: Visibility = Visibility.ALL
    client_message_id: str | None = None


@strawberry.input
class SendMessageInput:
    thread_id: strawberry.ID
    body: str
    client_message_id: str | None = strawberry.field(
        default=None, description="Chosen by the client; a retry with it returns the same message."
    )
    visibility: Visibility = Visibility.ALL
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class MarkThreadReadInput:
    thread_id: strawberry.ID
    seq: int | None = strawberry.field(default=None, description="Default: the last message.")


@strawberry.input
class SetThreadUrgencyInput:
    thread_id: strawberry.ID
    urgency: Urgency
    respond_by: datetime | None = None


@strawberry.input
class AssignThreadInput:
    thread_id: strawberry.ID
    team_id: strawberry.ID | None = None
    team_key: str | None = strawberry.field(
        default=None, description="The team by key (instead of teamId)."
    )
    agent_id: strawberry.ID | None = None


@strawberry.input
class SetThreadStatusInput:
    thread_id: strawberry.ID
    status: ThreadStatus


@strawberry.input
class SetThreadPartiesInput:
    thread_id: strawberry.ID
    parties: Party


@strawberry.input
class SetTypingInput:
    thread_id: strawberry.ID
    typing: bool = True
    visibility: Visibility = strawberry.field(
        default=Visibility.ALL,
        description="INTERNAL while writing an internal note: only the service team sees it.",
    )


@strawberry.input
class UploadAttachmentInput:
    file: Upload = strawberry.field(
        description="The file, sent as a GraphQL multipart request; PNG, JPEG, GIF, WebP or PDF."
    )


@strawberry.type
class AttachmentPayload:
    attachment: AttachmentType | None
    errors: list[UserError]


@strawberry.type
class ThreadPayload:
    thread: ThreadType | None
    errors: list[UserError]


@strawberry.type
class MessagePayload:
    message: MessageType | None
    errors: list[UserError]


def send_request(input: SendMessageInput) -> use.SendMessage:
    """The use case's request from ``sendMessage``'s input (also read by ``compiled.send``)."""
    return use.SendMessage(
        thread_id=node_pk(input.thread_id, "Thread"),
        body=input.body,
        client_message_id=input.client_message_id,
        visibility=input.visibility,
        attachment_ids=tuple(node_pk(a, "Attachment") for a in input.attachment_ids),
    )


def _thread_payload(result: tuple[m.Thread | None, list[UserError]]) -> ThreadPayload:
    return ThreadPayload(thread=result[0], errors=result[1])


@strawberry.type
class ThreadMutation:
    @mutation("startThread", "Open a thread on a booking or an invoice with a first message.")
    async def start_thread(
        self, info: Info, input: Annotated[StartThreadInput, INPUT]
    ) -> ThreadPayload:
        request = use.StartThread(
            booking_id=node_pk(input.booking_id, "Booking") if input.booking_id else None,
            invoice_id=node_pk(input.invoice_id, "Invoice") if input.invoice_id else None,
            body=input.body,
            subject=input.subject,
            parties=input.parties,
            urgency=input.urgency,
            respond_by=input.respond_by,
            visibility=input.visibility,
            client_message_id=input.client_message_id,
        )
        return _thread_payload(await outcome(use.start_thread(info.context, request)))

    @mutation("sendMessage", "Send a message; idempotent per clientMessageId.")
    async def send_message(
        self, info: Info, input: Annotated[SendMessageInput, INPUT]
    ) -> MessagePayload:
        message, errors = await outcome(use.send_message(info.context, send_request(input)))
        return MessagePayload(message=message, errors=errors)

    @mutation("markThreadRead", "Mark a thread read up to a message (default: all).")
    async def mark_thread_read(
        self, info: Info, input: Annotated[MarkThreadReadInput, INPUT]
    ) -> ThreadPayload:
        thread_id = node_pk(input.thread_id, "Thread")
        return _thread_payload(
            await outcome(use.mark_thread_read(info.context, thread_id, input.seq))
        )

    @mutation("setThreadUrgency", "Set urgency (ACTION_REQUIRED needs respondBy).")
    async def set_thread_urgency(
        self, info: Info, input: Annotated[SetThreadUrgencyInput, INPUT]
    ) -> ThreadPayload:
        call = use.set_thread_urgency(
            info.context, node_pk(input.thread_id, "Thread"), input.urgency, input.respond_by
        )
        return _thread_payload(await outcome(call))

    @mutation("assignThread", "Assign a thread to a team and/or an agent.")
    async def assign_thread(
        self, info: Info, input: Annotated[AssignThreadInput, INPUT]
    ) -> ThreadPayload:
        call = use.assign_thread(
            info.context,
            node_pk(input.thread_id, "Thread"),
            node_pk(input.team_id, "Team") if input.team_id else None,
            node_pk(input.agent_id, "User") if input.agent_id else None,
            team_key=input.team_key,
        )
        return _thread_payload(await outcome(call))

    @mutation("setThreadStatus", "Move a thread to OPEN, WAITING, RESOLVED or CLOSED.")
    async def set_thread_status(
        self, info: Info, input: Annotated[SetThreadStatusInput, INPUT]
    ) -> ThreadPayload:
        call = use.set_thread_status(info.context, node_pk(input.thread_id, "Thread"), input.status)
        return _thread_payload(await outcome(call))

    @mutation("setThreadParties", "Include or remove the customer or provider side.")
    async def set_thread_parties(
        self, info: Info, input: Annotated[SetThreadPartiesInput, INPUT]
    ) -> ThreadPayload:
        call = use.set_thread_parties(
            info.context, node_pk(input.thread_id, "Thread"), input.parties
        )
        return _thread_payload(await outcome(call))

    @mutation("uploadAttachment", "Upload a file to send with a message (attachmentIds).")
    async def upload_attachment(
        self, info: Info, input: Annotated[UploadAttachmentInput, INPUT]
    ) -> AttachmentPayload:
        attachment, errors = await outcome(files.upload_attachment(info.context, input.file))
        return AttachmentPayload(attachment=attachment, errors=errors)

    @mutation("setTyping", "Tell the other participants you are typing (or stopped).")
    async def set_typing(
        self, info: Info, input: Annotated[SetTypingInput, INPUT]
    ) -> ThreadPayload:
        call = use.set_typing(
            info.context, node_pk(input.thread_id, "Thread"), input.typing, input.visibility
        )
        return _thread_payload(await outcome(call))


@strawberry.type(description="Someone is (or stopped) typing.")
class TypingEvent:
    thread_id: strawberry.ID
    name: str
    typing: bool


@strawberry.type(description="A change in the caller's inbox.")
class InboxUpdate:
    kind: str = strawberry.field(
        description="thread, message, read, status, parties; removed (the caller's side left "
        "the thread: drop it); resync (updates may have been missed: refetch the inbox); "
        "sla_breached (to the agents of the thread's team: its first-response target was "
        "missed)."
    )
    thread: ThreadType | None = strawberry.field(description="Null for removed and resync.")
    thread_id: strawberry.ID | None = strawberry.field(description="Null for resync.")
    unread_count: int
    unread_total: int


@strawberry.type
class ThreadSubscription:
    @strawberry.subscription(
        description="Messages of a thread; with afterSeq, first every message after it."
    )
    async def message_added(
        self,
        info: Info,
        thread_id: ThreadId,
        after_seq: Annotated[
            int | None,
            strawberry.argument(
                description="The last seq the client saw: every later message comes first, "
                "in order (resuming after a reconnect)."
            ),
        ] = None,
    ) -> AsyncGenerator[MessageType, None]:
        async for message in streams.message_stream(
            info.context, node_pk(thread_id, "Thread"), after_seq, live_target(info)
        ):
            yield message

    @strawberry.subscription(description="New threads, messages, unread counts and status.")
    async def inbox_updates(self, info: Info) -> AsyncGenerator[InboxUpdate, None]:
        async for change in streams.inbox_stream(info.context):
            yield InboxUpdate(
                kind=change.kind,
                thread=change.thread,
                thread_id=global_id("Thread", change.thread_id),
                unread_count=change.unread_count,
                unread_total=change.unread_total,
            )

    @strawberry.subscription(description="Typing indicators of the other participants.")
    async def typing(self, info: Info, thread_id: ThreadId) -> AsyncGenerator[TypingEvent, None]:
        async for notice in streams.typing_stream(info.context, node_pk(thread_id, "Thread")):
            yield TypingEvent(thread_id=thread_id, name=notice.name, typing=notice.typing)

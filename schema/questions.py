"""GraphQL types and mutations for automated questions and booking confirmation."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models as m
from resolvers import questions as use
from resolvers import service_questions as setup
from resolvers.context import RequestContext
from schema.descriptions import INPUT
from schema.inputs import given
from schema.payloads import UserError, mutation, outcome
from schema.policy import governed
from schema.relay import node_pk
from schema.users import InLocale

if TYPE_CHECKING:
    from schema.bookings import BookingFieldValueType, BookingType
    from schema.services import BookingFieldDefinitionType, ServiceType
    from schema.threads import MessageType

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
FieldValueRef = Annotated["BookingFieldValueType", strawberry.lazy("schema.bookings")]
DefinitionRef = Annotated["BookingFieldDefinitionType", strawberry.lazy("schema.services")]
ServiceRef = Annotated["ServiceType", strawberry.lazy("schema.services")]
MessageRef = Annotated["MessageType", strawberry.lazy("schema.threads")]

Root = strawberry.Parent[m.ServiceQuestion]
Info = strawberry.Info[RequestContext]


@strawberry.type(description="One choice of a question: the value to answer and its label.")
class QuestionOption:
    value: str
    label: str


@governed(m.ServiceQuestion)
@strawberry.type(
    name="ServiceQuestion",
    description="A question a service asks in the customer thread once a booking is confirmed; "
    "its answer is stored in `field`.",
)
class ServiceQuestionType(relay.Node):
    id: relay.NodeID[int]
    position: int
    texts: JSON = strawberry.field(description="The question per locale: en, fr, de.")
    archived_at: datetime | None = strawberry.field(
        description="When it stopped being asked; null while it is asked."
    )

    @strawberry.field(description="The question in `locale`, by default the caller's language.")
    def text(self, root: Root, info: Info, locale: InLocale = None) -> str:
        return root.text((locale or info.context.locale).value)

    @strawberry.field
    async def service(self, root: Root, info: Info) -> ServiceRef | None:
        return await info.context.loaders.load(m.Service, root.service_id)

    @strawberry.field(description="The booking field that stores the answer.")
    async def field(self, root: Root, info: Info) -> DefinitionRef | None:
        return await info.context.loaders.load(m.BookingFieldDefinition, root.field_id)

    @strawberry.field(description="The values to answer with; empty for a free-text answer.")
    async def choices(self, root: Root, info: Info) -> list[str]:
        definition = await info.context.loaders.load(m.BookingFieldDefinition, root.field_id)
        return root.choices(definition) if definition else []

    @strawberry.field(description="The choices with their labels in `locale` (default: yours).")
    async def options(
        self, root: Root, info: Info, locale: InLocale = None
    ) -> list[QuestionOption]:
        language = (locale or info.context.locale).value
        definition = await info.context.loaders.load(m.BookingFieldDefinition, root.field_id)
        choices = root.choices(definition) if definition else []
        return [QuestionOption(value=c, label=root.choice_label(c, language)) for c in choices]


@strawberry.input
class ConfirmBookingInput:
    booking_id: strawberry.ID


@strawberry.input
class AnswerQuestionInput:
    message_id: strawberry.ID = strawberry.field(description="The QUESTION message.")
    value: str = strawberry.field(
        description="A choice's value, or free text validated by the field's type."
    )


_TEXTS = 'The question per locale, e.g. {"en": "Any allergies?", "fr": "Des allergies ?"}.'


@strawberry.input
class CreateServiceQuestionInput:
    service_id: strawberry.ID
    field_id: strawberry.ID = strawberry.field(
        description="A per-booking field of the service that stores the answer."
    )
    texts: JSON = strawberry.field(description=_TEXTS)
    position: int | None = strawberry.field(default=strawberry.UNSET, description="Default 0.")


@strawberry.input(description="Fields to change; omitted ones stay as they are.")
class UpdateServiceQuestionInput:
    id: strawberry.ID
    field_id: strawberry.ID | None = strawberry.UNSET
    texts: JSON | None = strawberry.field(default=strawberry.UNSET, description=_TEXTS)
    position: int | None = strawberry.UNSET


@strawberry.input
class ArchiveServiceQuestionInput:
    id: strawberry.ID


@strawberry.type
class ServiceQuestionPayload:
    question: ServiceQuestionType | None
    errors: list[UserError]


_QUESTION_IDS = {"serviceId": "Service", "fieldId": "BookingFieldDefinition"}


@strawberry.type
class ConfirmBookingPayload:
    booking: BookingRef | None
    errors: list[UserError]


@strawberry.type
class AnswerQuestionPayload:
    message: MessageRef | None = strawberry.field(description="The ANSWER message.")
    field_value: FieldValueRef | None = strawberry.field(description="The stored answer.")
    errors: list[UserError]


@strawberry.type
class QuestionMutation:
    @mutation(
        "confirmBooking",
        "Confirm an OPTION booking; the service's questions are posted in the customer thread.",
    )
    async def confirm_booking(
        self, info: Info, input: Annotated[ConfirmBookingInput, INPUT]
    ) -> ConfirmBookingPayload:
        call = use.confirm_booking(info.context, node_pk(input.booking_id, "Booking"))
        booking, errors = await outcome(call)
        return ConfirmBookingPayload(booking=booking, errors=errors)

    @mutation("createServiceQuestion", "Add a question asked when a booking is confirmed.")
    async def create_service_question(
        self, info: Info, input: Annotated[CreateServiceQuestionInput, INPUT]
    ) -> ServiceQuestionPayload:
        values = given(input, _QUESTION_IDS)
        question, errors = await outcome(setup.create_question(info.context, values))
        return ServiceQuestionPayload(question=question, errors=errors)

    @mutation("updateServiceQuestion", "Change a question's texts, answer field or position.")
    async def update_service_question(
        self, info: Info, input: Annotated[UpdateServiceQuestionInput, INPUT]
    ) -> ServiceQuestionPayload:
        values = given(input, _QUESTION_IDS)
        pk = node_pk(values.pop("id"), "ServiceQuestion")
        question, errors = await outcome(setup.update_question(info.context, pk, values))
        return ServiceQuestionPayload(question=question, errors=errors)

    @mutation("archiveServiceQuestion", "Stop asking a question; answers given stay.")
    async def archive_service_question(
        self, info: Info, input: Annotated[ArchiveServiceQuestionInput, INPUT]
    ) -> ServiceQuestionPayload:
        call = setup.archive_question(info.context, node_pk(input.id, "ServiceQuestion"))
        question, errors = await outcome(call)
        return ServiceQuestionPayload(question=question, errors=errors)

    @mutation(
        "answerQuestion",
        "Answer an automated question once: stored as the booking field value, posted as ANSWER.",
    )
    async def answer_question(
        self, info: Info, input: Annotated[AnswerQuestionInput, INPUT]
    ) -> AnswerQuestionPayload:
        call = use.answer_question(info.context, node_pk(input.message_id, "Message"), input.value)
        answer, errors = await outcome(call)
        if answer is None:
            return AnswerQuestionPayload(message=None, field_value=None, errors=errors)
        return AnswerQuestionPayload(
            message=answer.message, field_value=answer.field_value, errors=errors
        )

"""GraphQL for the customer's side of self-service: the link login, editable fields, edits.

``validateSelfServiceLink`` turns an edit link and the booking's e-mail address into a
GUEST token; ``selfServiceBooking`` shows what may still be edited and until when;
``updateBookingFields`` writes field values (guests, customers, provider staff, agents);
``bookingUpdated`` pushes the changes to whoever may read the booking.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.relay import GlobalID

import models as m
from models.policy import describe
from resolvers import selfservice_edits as use
from resolvers import selfservice_guests as guests
from resolvers.context import RequestContext
from schema.descriptions import INPUT
from schema.payloads import UserError, mutation, outcome
from schema.policy import PolicyExtension
from schema.relay import global_id, node_pk
from schema.services import FieldScope, FieldType
from subscriptions import streams

if TYPE_CHECKING:
    from schema.bookings import BookingFieldChangeType, BookingType, ParticipantType
    from schema.services import BookingFieldDefinitionType

BookingRef = Annotated["BookingType", strawberry.lazy("schema.bookings")]
ChangeRef = Annotated["BookingFieldChangeType", strawberry.lazy("schema.bookings")]
ParticipantRef = Annotated["ParticipantType", strawberry.lazy("schema.bookings")]
DefinitionRef = Annotated["BookingFieldDefinitionType", strawberry.lazy("schema.services")]

Info = strawberry.Info[RequestContext]
Field = strawberry.Parent[use.EditableField]

#: An editable field's value follows the rule of ``BookingFieldValue.value``.
_VALUE_RULE = describe("BookingFieldValue", "value")


@strawberry.type(
    name="EditableBookingField",
    description="A booking field the customer may edit, for the booking or one participant, "
    "with its current value and the rules a new value must follow.",
)
class EditableBookingField:
    @strawberry.field
    async def definition(self, root: Field, info: Info) -> DefinitionRef | None:
        return await info.context.loaders.load(m.BookingFieldDefinition, root.definition.id)

    @strawberry.field
    def field_definition_id(self, root: Field) -> strawberry.ID:
        return strawberry.ID(str(GlobalID("BookingFieldDefinition", str(root.definition.id))))

    @strawberry.field(description="The participant; null for a field of the whole booking.")
    async def participant(self, root: Field, info: Info) -> ParticipantRef | None:
        participant_id = root.participant.id if root.participant else None
        return await info.context.loaders.load(m.Participant, participant_id)

    @strawberry.field
    def participant_id(self, root: Field) -> strawberry.ID | None:
        return global_id("Participant", root.participant.id if root.participant else None)

    @strawberry.field
    def key(self, root: Field) -> str:
        return root.definition.key

    @strawberry.field
    def type(self, root: Field) -> FieldType:
        return root.definition.type

    @strawberry.field
    def scope(self, root: Field) -> FieldScope:
        return root.definition.scope

    @strawberry.field(description="In the customer's language (a guest's: the booking's).")
    def label(self, root: Field) -> str:
        return root.label

    @strawberry.field(
        description=f"The current value; empty when not set. {_VALUE_RULE}",
        extensions=[PolicyExtension("BookingFieldValue", "value")],
    )
    def value(self, root: Field) -> str | None:
        return root.value

    @strawberry.field
    def required(self, root: Field) -> bool:
        return root.definition.required

    @strawberry.field
    def max_length(self, root: Field) -> int | None:
        return root.definition.max_length

    @strawberry.field(description="A regular expression the whole value must match.")
    def pattern(self, root: Field) -> str | None:
        return root.definition.pattern

    @strawberry.field(description="The allowed values of a CHOICE field.")
    def choices(self, root: Field) -> list[str]:
        return [str(choice) for choice in root.definition.choices]


@strawberry.type(
    name="SelfServiceBooking",
    description="A booking as its customer sees it in self-service: what is editable, until when.",
)
class SelfServiceBookingType:
    booking: BookingRef
    editable_until: datetime = strawberry.field(description="When edits close (UTC).")
    seconds_remaining: int = strawberry.field(description="Until edits close; 0 once closed.")
    fields: list[EditableBookingField]


@strawberry.input
class ValidateSelfServiceLinkInput:
    token: str = strawberry.field(description="The `token` of the edit link.")
    email: str = strawberry.field(
        description="The booking's e-mail address, as the customer types it."
    )


@strawberry.type
class ValidateSelfServiceLinkPayload:
    access_token: str | None = strawberry.field(
        description="A GUEST token for the booking: send it as `Authorization: Bearer …`."
    )
    expires_at: datetime | None
    booking: BookingRef | None
    errors: list[UserError]


@strawberry.input(description="One field value: of the booking, or of one participant.")
class BookingFieldValueInput:
    field_definition_id: strawberry.ID
    participant_id: strawberry.ID | None = strawberry.field(
        default=None, description="Required for per-participant fields, absent otherwise."
    )
    value: str = strawberry.field(description="The new value; empty clears an optional field.")

    def to_input(self) -> use.FieldInput:
        """The use-case input behind this value."""
        return use.FieldInput(
            definition_id=node_pk(self.field_definition_id, "BookingFieldDefinition"),
            participant_id=node_pk(self.participant_id, "Participant"),
            value=self.value,
            names_participant=self.participant_id is not None,
        )


@strawberry.input
class UpdateBookingFieldsInput:
    booking_id: strawberry.ID | None = strawberry.field(
        default=None, description="Optional with a GUEST token (its booking)."
    )
    values: list[BookingFieldValueInput]


@strawberry.type
class UpdateBookingFieldsPayload:
    booking: BookingRef | None
    changes: list[ChangeRef] = strawberry.field(description="The changes recorded.")
    errors: list[UserError] = strawberry.field(
        description="Why nothing was saved; per value at `values.<index>.<field>`."
    )


@strawberry.type(description="Field changes of a booking, pushed after they are saved.")
class BookingUpdate:
    booking: BookingRef
    changes: list[ChangeRef]


def _view(view: use.SelfServiceView) -> SelfServiceBookingType:
    return SelfServiceBookingType(
        booking=view.booking,
        editable_until=view.editable_until,
        seconds_remaining=view.seconds_remaining,
        fields=view.fields,
    )


@strawberry.type
class SelfServiceEditQuery:
    @strawberry.field(
        description="A booking's editable fields and the time left; a guest may omit "
        "`bookingId`. Null when not visible."
    )
    async def self_service_booking(
        self,
        info: Info,
        booking_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The booking's global id; a guest may omit it."),
        ] = None,
    ) -> SelfServiceBookingType | None:
        pk = node_pk(booking_id, "Booking") if booking_id is not None else None
        if booking_id is not None and pk is None:
            return None
        view = await use.self_service_booking(info.context, pk)
        return _view(view) if view else None


@strawberry.type
class SelfServiceEditMutation:
    @mutation(
        "validateSelfServiceLink",
        "Open an edit link by re-entering the booking's e-mail address; returns a GUEST "
        "token for that booking. No token needed.",
    )
    async def validate_self_service_link(
        self, info: Info, input: Annotated[ValidateSelfServiceLinkInput, INPUT]
    ) -> ValidateSelfServiceLinkPayload:
        access, errors = await outcome(guests.validate_link(info.context, input.token, input.email))
        if access is None:
            return ValidateSelfServiceLinkPayload(
                access_token=None, expires_at=None, booking=None, errors=errors
            )
        return ValidateSelfServiceLinkPayload(
            access_token=access.token,
            expires_at=access.expires_at,
            booking=access.booking,
            errors=[],
        )

    @mutation(
        "updateBookingFields",
        "Change booking field values, all or nothing. Customers and guests: only editable "
        "fields, before the deadline, with the app enabled.",
    )
    async def update_booking_fields(
        self, info: Info, input: Annotated[UpdateBookingFieldsInput, INPUT]
    ) -> UpdateBookingFieldsPayload:
        pk = node_pk(input.booking_id, "Booking") if input.booking_id is not None else None
        values = [value.to_input() for value in input.values]
        if input.booking_id is not None and pk is None:
            pk = 0  # not a Booking id: answered like a missing booking
        update, errors = await outcome(use.update_booking_fields(info.context, pk, values))
        if update is None:
            return UpdateBookingFieldsPayload(booking=None, changes=[], errors=errors)
        return UpdateBookingFieldsPayload(
            booking=update.booking,
            changes=update.changes,
            errors=[UserError(code=e.code, text=e.message, field=e.field) for e in update.errors],
        )


@strawberry.type
class SelfServiceEditSubscription:
    @strawberry.subscription(
        description="Changes of a booking's field values, for whoever may read the booking."
    )
    async def booking_updated(
        self,
        info: Info,
        booking_id: Annotated[
            strawberry.ID, strawberry.argument(description="The global id of the booking.")
        ],
    ) -> AsyncGenerator[BookingUpdate, None]:
        async for pushed in streams.booking_stream(info.context, node_pk(booking_id, "Booking")):
            yield BookingUpdate(booking=pushed.booking, changes=pushed.changes)

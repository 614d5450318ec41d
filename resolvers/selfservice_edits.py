"""Self-service edits: what a booking's customer may still change, and changing field values.

``selfServiceBooking`` shows the editable fields of one booking (per participant where a
field is per participant), their current values and rules, and the time left.
``updateBookingFields`` writes field values for every role the field policy lets write
``BookingFieldValue.value``. The customer side (customers, their travel managers, guests
of a self-service link) is also bound by the provider's app: it must be enabled, the edit
deadline not passed, the field marked editable. Provider staff and agents are bound by the
policy only. Every value is validated by type (:func:`resolvers.validation.validate_value`)
and all of them are saved in one transaction, or none; each actual change is recorded in
the history with its channel. Subscribers of ``bookingUpdated`` are woken after commit;
providers are not e-mailed.

Only field values are addressable, so services, prices and dates cannot change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from models import (
    Booking,
    BookingFieldChange,
    BookingFieldDefinition,
    ChangeChannel,
    FieldScope,
    FieldValue,
    Participant,
    Role,
    SelfServiceApp,
)
from models.policy import can_write
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused, RoostError
from resolvers.field_values import store_value
from resolvers.principal import Principal
from resolvers.questions import locale_of
from resolvers.scope import scoped
from resolvers.selfservice_app import enabled_app
from resolvers.validation import validate_value
from roost.i18n import N_, translate
from subscriptions.channels import booking_channel

#: Roles on the booking's customer side: bound by the app, its deadline and editable fields.
CUSTOMER_SIDE: frozenset[Role] = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER, Role.GUEST})

#: The history channel of a change, by the role that made it.
CHANNELS: dict[Role, ChangeChannel] = {
    Role.CUSTOMER: ChangeChannel.SELF_SERVICE,
    Role.TRAVEL_MANAGER: ChangeChannel.SELF_SERVICE,
    Role.GUEST: ChangeChannel.SELF_SERVICE,
    Role.PROVIDER_STAFF: ChangeChannel.PROVIDER,
    Role.AGENT: ChangeChannel.AGENT,
    Role.ADMIN: ChangeChannel.AGENT,
}

#: The per-participant field whose value is also the participant's name.

#: Values one ``updateBookingFields`` may carry.
MAX_VALUES = 200

#: Refusals shown to the customer (message ids; the catalogues hold their translations).
TEXTS: dict[str, str] = {
    "disabled": N_("Self-service is not enabled for this provider."),
    "deadline": N_("The deadline for changes to this booking has passed."),
    "not_editable": N_("This field cannot be changed here."),
}


def text(key: str, locale: str, **params: object) -> str:
    """The refusal ``key`` in ``locale`` (English when it has no such language)."""
    return translate(TEXTS[key], locale, **params)


async def app_for(booking: Booking, locale: str) -> SelfServiceApp:
    """The booking's provider's enabled app; ``SELF_SERVICE_DISABLED`` in ``locale`` if not."""
    try:
        return await enabled_app(booking.provider_id)
    except Refused as refusal:
        raise Refused(refusal.code, text("disabled", locale)) from None


async def reader_locale(context: RequestContext, booking: Booking) -> str:
    """The caller's language; for a guest, the language of the booking's customer."""
    principal = context.require_principal()
    if principal.is_guest:
        return await locale_of(booking.customer_id)
    return context.locale.value


def seconds_until(moment: datetime, now: datetime) -> int:
    """Whole seconds from ``now`` to ``moment``; 0 once it has passed."""
    return max(0, int((moment - now).total_seconds()))


async def _booking_of(principal: Principal, booking_id: int | None) -> Booking | None:
    """The booking the caller names (a guest may name none: its own), within scope."""
    pk = booking_id if booking_id is not None else principal.booking_id
    return await scoped(Booking, principal).get_or_none(id=pk) if pk else None


# --- What the customer may still edit ---------------------------------------------------


@dataclass(frozen=True)
class EditableField:
    """One editable field of a booking, for the booking or for one participant."""

    definition: BookingFieldDefinition
    participant: Participant | None
    value: str
    label: str


@dataclass(frozen=True)
class SelfServiceView:
    """A booking as its customer sees it in self-service."""

    booking: Booking
    editable_until: datetime
    seconds_remaining: int
    fields: list[EditableField]


async def editable_definitions(
    app: SelfServiceApp, service_id: int
) -> list[BookingFieldDefinition]:
    """The fields of ``service_id`` the provider lets customers edit, in display order."""
    return await BookingFieldDefinition.filter(
        self_service_apps__id=app.id, service_id=service_id
    ).order_by("position", "id")


async def self_service_booking(
    context: RequestContext, booking_id: int | None
) -> SelfServiceView | None:
    """The editable fields of a booking, their values and the time left; ``None`` if unseen.

    A disabled app is a ``SELF_SERVICE_DISABLED`` error, as for every self-service use.
    """
    principal = context.require_principal()
    booking = await _booking_of(principal, booking_id)
    if booking is None:
        return None
    locale = await reader_locale(context, booking)
    try:
        app = await app_for(booking, locale)
    except Refused as refusal:
        raise RoostError(refusal.template, refusal.params, code=refusal.code) from None
    definitions = await editable_definitions(app, booking.service_id)
    participants = await scoped(Participant, principal).filter(booking_id=booking.id)
    values = {
        (v.definition_id, v.participant_id): v.value
        for v in await scoped(FieldValue, principal).filter(booking_id=booking.id)
    }
    fields = [
        EditableField(
            d, person, values.get((d.id, person.id if person else None), ""), d.label(locale)
        )
        for d in definitions
        for person in (participants if d.scope == FieldScope.PARTICIPANT else [None])
    ]
    until = app.editable_until(booking.starts_at)
    return SelfServiceView(booking, until, seconds_until(until, datetime.now(UTC)), fields)


# --- Changing field values ---------------------------------------------------------------


@dataclass(frozen=True)
class FieldInput:
    """One value to write; ids are ``None`` where the client sent no (or a malformed) id."""

    definition_id: int | None
    participant_id: int | None
    value: str
    #: Whether the client named a participant at all (even with a malformed id).
    names_participant: bool = False


@dataclass(frozen=True)
class FieldError:
    """Why one value was refused; ``field`` is its input path, e.g. ``values.2.value``."""

    code: str
    message: str
    field: str


@dataclass(frozen=True)
class FieldUpdate:
    """What ``updateBookingFields`` did: the booking, the changes recorded, or the errors."""

    booking: Booking
    changes: list[BookingFieldChange]
    errors: list[FieldError]


@dataclass(frozen=True)
class _Write:
    definition: BookingFieldDefinition
    participant: Participant | None
    value: str


@dataclass(frozen=True)
class _Rules:
    """What the writes of one request are checked against."""

    definitions: dict[int, BookingFieldDefinition]
    participants: dict[int, Participant]
    #: Definition ids the caller may write; ``None``: every definition of the service.
    editable: frozenset[int] | None
    locale: str


def _plan(
    index: int, item: FieldInput, rules: _Rules, taken: set[tuple[int, int | None]]
) -> _Write | FieldError:
    """The write behind one input value, or why it is refused."""
    at = f"values.{index}"
    definition = rules.definitions.get(item.definition_id or 0)
    if definition is None:
        return FieldError(
            "NOT_FOUND", N_("No such field on this booking."), f"{at}.fieldDefinitionId"
        )
    if rules.editable is not None and definition.id not in rules.editable:
        message = text("not_editable", rules.locale)
        return FieldError("FIELD_NOT_EDITABLE", message, f"{at}.fieldDefinitionId")
    participant = None
    if definition.scope == FieldScope.PARTICIPANT:
        if not item.names_participant:
            return FieldError(
                "BAD_USER_INPUT",
                N_("This field is per participant: name one."),
                f"{at}.participantId",
            )
        participant = rules.participants.get(item.participant_id or 0)
        if participant is None:
            return FieldError(
                "NOT_FOUND", N_("No such participant on this booking."), f"{at}.participantId"
            )
    elif item.names_participant:
        return FieldError(
            "BAD_USER_INPUT",
            N_("This field is per booking: name no participant."),
            f"{at}.participantId",
        )
    key = (definition.id, participant.id if participant else None)
    if key in taken:
        return FieldError("BAD_USER_INPUT", N_("This field is given twice."), at)
    taken.add(key)
    normalised, error = validate_value(definition, item.value, rules.locale)
    if normalised is None:
        return FieldError("INVALID_VALUE", error or "", f"{at}.value")
    return _Write(definition, participant, normalised)


async def _rules(principal: Principal, booking: Booking, locale: str, now: datetime) -> _Rules:
    """The field definitions and participants of ``booking``, and what the caller may edit.

    Refuses the customer side when the app is disabled or the edit deadline has passed.
    """
    editable = None
    if principal.role in CUSTOMER_SIDE:
        app = await app_for(booking, locale)
        if now >= app.editable_until(booking.starts_at):
            raise Refused("EDIT_DEADLINE_PASSED", text("deadline", locale))
        editable = frozenset(d.id for d in await editable_definitions(app, booking.service_id))
    definitions = await BookingFieldDefinition.filter(service_id=booking.service_id)
    participants = await Participant.filter(booking_id=booking.id)
    return _Rules(
        definitions={d.id: d for d in definitions},
        participants={p.id: p for p in participants},
        editable=editable,
        locale=locale,
    )


async def update_booking_fields(
    context: RequestContext, booking_id: int | None, values: list[FieldInput]
) -> FieldUpdate:
    """Validate and save field values of one booking, all or nothing.

    ``booking_id`` may be ``None`` for a guest (its own booking). A booking outside the
    caller's scope is ``NOT_FOUND``, like a missing one.
    """
    principal = context.require_principal()
    allowed(principal, "updateBookingFields")
    if not can_write(principal.role, "BookingFieldValue", "value"):
        raise Refused("FORBIDDEN", N_("Your role may not change booking field values."))
    booking = await _booking_of(principal, booking_id)
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    if not values or len(values) > MAX_VALUES:
        raise Refused("BAD_USER_INPUT", N_("Give 1 to {most} values."), "values", most=MAX_VALUES)
    locale = await reader_locale(context, booking)
    rules = await _rules(principal, booking, locale, datetime.now(UTC))
    taken: set[tuple[int, int | None]] = set()
    planned = [_plan(index, item, rules, taken) for index, item in enumerate(values)]
    errors = [p for p in planned if isinstance(p, FieldError)]
    if errors:
        return FieldUpdate(booking, [], errors)
    writes = [p for p in planned if isinstance(p, _Write)]
    changes = await _save(principal, booking, writes)
    if changes:
        await context.hub.publish(
            booking_channel(booking.id),
            {"type": "fields", "booking": booking.id, "changes": [c.id for c in changes]},
        )
    return FieldUpdate(await Booking.get(id=booking.id), changes, [])


async def _save(
    principal: Principal, booking: Booking, writes: list[_Write]
) -> list[BookingFieldChange]:
    """Store the writes in one transaction; the changes actually made."""
    changes = []
    rename = can_write(principal.role, "Participant", "name")
    async with in_transaction():
        # The booking's row lock makes concurrent edits of one booking take turns.
        await Booking.filter(id=booking.id).select_for_update().get()
        for write in writes:
            change = await store_value(
                booking.id,
                write.definition,
                write.participant,
                write.value,
                principal.user_id,
                CHANNELS[principal.role],
                rename,
            )
            if change is not None:
                changes.append(change)
    return changes

"""Writing a booking field value together with its history entry."""

from __future__ import annotations

from models import (
    BookingFieldChange,
    BookingFieldDefinition,
    ChangeChannel,
    FieldValue,
    Participant,
)
from resolvers.webhook_events import booking_fields_changed

#: The field whose value is also the participant's name.
PARTICIPANT_NAME_KEY = "participant_name"


async def store_value(
    booking_id: int,
    definition: BookingFieldDefinition,
    participant: Participant | None,
    value: str,
    actor_id: int | None,
    channel: ChangeChannel,
    rename: bool = True,
) -> BookingFieldChange | None:
    """Set one field value and record the change (call inside a transaction).

    Writing the value it already has (or clearing a value never set) records nothing; a
    change is announced to webhooks (``booking.fields_changed``).
    With ``rename``, a ``participant_name`` value is also the participant's name.
    """
    participant_id = participant.id if participant else None
    current = await FieldValue.get_or_none(
        booking_id=booking_id, definition_id=definition.id, participant_id=participant_id
    )
    old = current.value if current is not None else None
    if old == value or (current is None and not value):
        return None
    if current is None:
        await FieldValue.create(
            booking_id=booking_id,
            definition_id=definition.id,
            participant_id=participant_id,
            value=value,
        )
    else:
        current.value = value
        await current.save(update_fields=["value", "updated_at"])
    if rename and participant is not None and definition.key == PARTICIPANT_NAME_KEY and value:
        await Participant.filter(id=participant.id).update(name=value)
    change = await BookingFieldChange.create(
        booking_id=booking_id,
        definition_id=definition.id,
        participant_id=participant_id,
        old_value=old,
        new_value=value,
        actor_id=actor_id,
        channel=channel,
    )
    await booking_fields_changed(booking_id, definition, change)
    return change

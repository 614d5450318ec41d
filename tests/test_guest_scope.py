"""A GUEST (a validated self-service link) sees only what self-service allows.

That is the booking's editable fields, their values, the time left and the history of
those fields, without the names of the agents or provider staff who changed them. The
rest of the booking and its relations are ``FORBIDDEN`` or absent, as the policy says.
"""

from __future__ import annotations

from typing import Any

import models as m
from models.policy import Access, field_access, type_policy
from tests.conftest import Api, DemoWorld
from tests.test_selfservice_edits import NOT_EDITABLE, Venue, as_token, gid, guest_of, venue_case

BOOKING = """
query ($id: ID!) {
  node(id: $id) {
    ... on Booking {
      reference
      fieldValues { value definition { key } }
      fieldHistory { fieldKey newValue channel actorName }
      service { fieldDefinitions { key } }
    }
  }
}
"""

NODE = """
query ($id: ID!) { node(id: $id) { __typename } }
"""

BOOKING_FIELD = "query ($id: ID!) {{ node(id: $id) {{ ... on Booking {{ {field} }} }} }}"

#: Booking fields a guest may read: what identifies the booking, and the self-service data.
GUEST_BOOKING_FIELDS = {
    "reference",
    "status",
    "startsAt",
    "endsAt",
    "timeZone",
    "participantCount",
    "provider",
    "service",
    "participants",
    "fieldValues",
    "fieldHistory",
}

#: Fields whose selection needs sub-fields.
OBJECT_FIELDS = {
    "customer",
    "provider",
    "clientCompany",
    "service",
    "participants",
    "fieldValues",
    "fieldHistory",
    "invoices",
    "threads",
    "tickets",
    "claims",
    "crisisAlerts",
}


async def history_by_everyone(world: DemoWorld, venue: Venue, booking: m.Booking) -> None:
    """Changes of the licence plate by an agent and by staff, and of the non-editable field."""
    agent = await m.User.get(id=world.user_ids["AGENT"])
    staff = await m.User.get(id=world.user_ids["PROVIDER_STAFF"])
    plate, diet = venue.fields["licence_plate"], venue.fields[NOT_EDITABLE]
    await m.FieldValue.create(booking=booking, definition=diet, value="vegan")
    for actor, channel, value in (
        (agent, m.ChangeChannel.AGENT, "GE 1"),
        (staff, m.ChangeChannel.PROVIDER, "GE 2"),
    ):
        await m.BookingFieldChange.create(
            booking=booking, definition=plate, new_value=value, actor=actor, channel=channel
        )
    await m.BookingFieldChange.create(
        booking=booking,
        definition=diet,
        new_value="vegan",
        actor=agent,
        channel=m.ChangeChannel.AGENT,
    )


def keys(items: list[dict[str, Any]], path: tuple[str, ...]) -> set[str]:
    """The values at ``path`` in each of ``items``."""
    found = set()
    for item in items:
        for step in path:
            item = item[step]
        found.add(item)
    return found


async def test_a_guest_sees_the_editable_fields_their_values_and_history_without_names(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking with a value of a field that is not editable, and history by an
    # agent and by provider staff
    venue, case = await venue_case(world)
    await history_by_everyone(world, venue, case.booking)
    token = await guest_of(api, case)
    editable = set(venue.fields) - {NOT_EDITABLE}
    # when its customer and the guest of its link read the booking
    customer = (await api.query("CUSTOMER", BOOKING, {"id": case.id}))["data"]["node"]
    body = await as_token(api, token, BOOKING, {"id": case.id})
    # then the customer sees every field, and who changed them
    assert keys(customer["fieldValues"], ("definition", "key")) == {
        "participant_name",
        "licence_plate",
        NOT_EDITABLE,
    }
    assert keys(customer["service"]["fieldDefinitions"], ("key",)) == set(venue.fields)
    assert {e["actorName"] for e in customer["fieldHistory"]} == {"Anna Lopez", "Sophie Bernard"}
    # and the guest only the editable fields, their values and their history, no names
    assert "errors" not in body, body
    guest = body["data"]["node"]
    assert keys(guest["fieldValues"], ("definition", "key")) == {
        "participant_name",
        "licence_plate",
    }
    assert keys(guest["service"]["fieldDefinitions"], ("key",)) == editable
    assert guest["fieldHistory"] == [
        {"fieldKey": "licence_plate", "newValue": "GE 1", "channel": "AGENT", "actorName": None},
        {"fieldKey": "licence_plate", "newValue": "GE 2", "channel": "PROVIDER", "actorName": None},
    ]


async def test_a_guest_reaches_no_other_booking_field_nor_relation(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of a booking whose service asks a question about its non-editable field
    venue, case = await venue_case(world)
    await history_by_everyone(world, venue, case.booking)
    diet = venue.fields[NOT_EDITABLE]
    question = await m.ServiceQuestion.create(
        service=venue.service, field=diet, texts={"en": "Any diet?"}
    )
    value = await m.FieldValue.get(booking_id=case.booking.id, definition_id=diet.id)
    change = await m.BookingFieldChange.get(booking_id=case.booking.id, definition_id=diet.id)
    token = await guest_of(api, case)
    # when the guest reads every other field of the booking
    others = sorted(set(type_policy("Booking").fields) - GUEST_BOOKING_FIELDS)
    for name in others:
        selection = f"{name} {{ __typename }}" if name in OBJECT_FIELDS else name
        body = await as_token(api, token, BOOKING_FIELD.format(field=selection), {"id": case.id})
        # then each is null with FORBIDDEN, as the policy says
        assert field_access(m.Role.GUEST, "Booking", name) is Access.FORBIDDEN
        assert body["data"]["node"] == {name: None}, (name, body)
        assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"], name
    # and the non-editable field, its value, its history and the question are not there
    for row in (
        gid("BookingFieldDefinition", diet.id),
        gid("BookingFieldValue", value.id),
        gid("BookingFieldChange", change.id),
        gid("ServiceQuestion", question.id),
    ):
        assert await as_token(api, token, NODE, {"id": row}) == {"data": {"node": None}}, row
    # while the booking's customer reaches all of them
    for row in (gid("BookingFieldValue", value.id), gid("ServiceQuestion", question.id)):
        assert (await api.query("CUSTOMER", NODE, {"id": row}))["data"]["node"] is not None

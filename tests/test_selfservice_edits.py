"""Self-service edits: the link login, the editable fields, ``updateBookingFields``, history, push.

Most tests run on a venue of their own (a PREMIUM provider with one service whose fields
cover every type, its app enabled with all of them editable but ``diet``), so that they do
not depend on the demo provider's settings. Tests that need the demo provider's staff use
Château Lumière, whose app the session enables (``tests.conftest.enable_self_service``).
The session database is shared: rows are created per test, never counted globally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import jwt
import pytest

import models as m
from models.policy import MUTATIONS
from models.selfservice import MAX_LINK_ATTEMPTS
from resolvers.selfservice_links import create_link
from resolvers.validation import message
from roost.demo import ACCOUNTS
from tests.admin import gid
from tests.conftest import TEST_SECRET, Api, DemoWorld, enable_self_service
from tests.factories import booking_for
from tests.wsclient import TIMEOUT, Frame, WsClient

VALIDATE = """
mutation ($input: ValidateSelfServiceLinkInput!) {
  validateSelfServiceLink(input: $input) {
    accessToken expiresAt booking { reference } errors { code message field }
  }
}
"""

SELF_SERVICE_BOOKING = """
query ($bookingId: ID) {
  selfServiceBooking(bookingId: $bookingId) {
    booking { reference } editableUntil secondsRemaining
    fields {
      key type scope label value required maxLength pattern choices
      fieldDefinitionId participantId participant { name }
    }
  }
}
"""

UPDATE = """
mutation ($input: UpdateBookingFieldsInput!) {
  updateBookingFields(input: $input) {
    booking { reference participants { id name } }
    changes { fieldKey oldValue newValue channel actorName participant { id } }
    errors { code message field }
  }
}
"""

HISTORY = """
query ($id: ID!) {
  node(id: $id) {
    ... on Booking {
      fieldHistory { fieldKey oldValue newValue channel actorName changedAt participant { id } }
    }
  }
}
"""

NODE = """
query ($id: ID!) { node(id: $id) { id ... on Booking { reference } } }
"""

BOOKINGS = """
query { me { name } bookings(first: 10) { totalCount nodes { reference } } }
"""

BOOKING_UPDATED = """
subscription ($bookingId: ID!) {
  bookingUpdated(bookingId: $bookingId) {
    booking { reference }
    changes { fieldKey oldValue newValue channel actorName }
  }
}
"""

#: The venue's fields: key -> (type, options); all editable by customers but ``diet``.
FIELDS: dict[str, tuple[m.FieldType, dict[str, Any]]] = {
    "participant_name": (
        m.FieldType.PERSON_NAME,
        {"scope": m.FieldScope.PARTICIPANT, "required": True, "max_length": 120},
    ),
    "licence_plate": (m.FieldType.LICENCE_PLATE, {"max_length": 15}),
    "notes": (m.FieldType.TEXT, {"max_length": 20}),
    "phone": (m.FieldType.PHONE, {}),
    "email": (m.FieldType.EMAIL, {}),
    "date": (m.FieldType.DATE, {}),
    "number": (m.FieldType.NUMBER, {}),
    "choice": (m.FieldType.CHOICE, {"choices": ["yes", "no"]}),
    "diet": (m.FieldType.CHOICE, {"choices": ["none", "vegan"]}),
}
NOT_EDITABLE = "diet"
LABELS = {"en": "Participant name", "fr": "Nom du participant", "de": "Name des Teilnehmers"}
CLAIRE = "claire.martin@example.com"
CHATEAU_SEMINAR = "Seminar day package"


# --- helpers ----------------------------------------------------------------------------


@dataclass
class Venue:
    """A provider of the test's own, with one service and its self-service app."""

    provider: m.Organisation
    service: m.Service
    app: m.SelfServiceApp
    fields: dict[str, m.BookingFieldDefinition]


@dataclass
class Case:
    """A booking of a venue, its two participants and its edit link."""

    booking: m.Booking
    participants: list[m.Participant]
    link: m.SelfServiceLink
    token: str

    @property
    def id(self) -> str:
        return gid("Booking", self.booking.id)


async def make_venue(*, enabled: bool = True, deadline_hours: int = 48) -> Venue:
    """A PREMIUM venue whose app is ``enabled`` with every field but ``diet`` editable."""
    provider = await m.Organisation.create(
        name=f"Test venue {uuid4().hex[:8]}",
        kind=m.OrganisationKind.PROVIDER,
        provider_kind=m.ProviderKind.VENUE,
        plan=m.Plan.PREMIUM,
        verified=True,
    )
    service = await m.Service.create(provider=provider, name="Workshop day")
    fields = {}
    for position, (key, (field_type, options)) in enumerate(FIELDS.items()):
        labels = LABELS if key == "participant_name" else {"en": key.title()}
        fields[key] = await m.BookingFieldDefinition.create(
            service=service, key=key, type=field_type, position=position, labels=labels, **options
        )
    app = await m.SelfServiceApp.create(
        provider=provider, enabled=enabled, edit_deadline_hours=deadline_hours
    )
    await app.editable_fields.add(*(d for key, d in fields.items() if key != NOT_EDITABLE))
    return Venue(provider, service, app, fields)


async def make_case(
    world: DemoWorld,
    service: m.Service,
    app: m.SelfServiceApp,
    *,
    customer: str = "CUSTOMER",
    starts_in: timedelta = timedelta(days=30),
) -> Case:
    """A confirmed booking with two named participants, a licence plate and an edit link."""
    starts_at = datetime.now(UTC).replace(microsecond=0) + starts_in
    booking = await booking_for(world, customer=customer, service=service, starts_at=starts_at)
    definitions = {d.key: d for d in await m.BookingFieldDefinition.filter(service=service)}
    participants = []
    for position, name in enumerate(("Léa Dupont", "Hugo Meyer"), start=1):
        person = await m.Participant.create(booking=booking, position=position, name=name)
        await m.FieldValue.create(
            booking=booking,
            definition=definitions["participant_name"],
            participant=person,
            value=name,
        )
        participants.append(person)
    if "licence_plate" in definitions:
        await m.FieldValue.create(
            booking=booking, definition=definitions["licence_plate"], value="AB-123-CD"
        )
    token, link = await create_link(booking, app)
    return Case(booking, participants, link, token)


async def venue_case(world: DemoWorld, **options: Any) -> tuple[Venue, Case]:
    """A fresh venue and a booking of it for CUSTOMER (Claire Martin, French)."""
    venue = await make_venue()
    return venue, await make_case(world, venue.service, venue.app, **options)


async def chateau_case(world: DemoWorld, customer: str = "CUSTOMER") -> Case:
    """A booking at Château Lumière (demo PROVIDER_STAFF's venue), starting in 60 days."""
    app = await enable_self_service()
    service = await m.Service.get(provider_id=app.provider_id, name=CHATEAU_SEMINAR)
    return await make_case(world, service, app, customer=customer, starts_in=timedelta(days=60))


async def validate(api: Api, token: str, email: str = CLAIRE) -> dict[str, Any]:
    """The ``validateSelfServiceLink`` payload, sent without any token."""
    status, body = await api.post(VALIDATE, {"input": {"token": token, "email": email}})
    assert status == 200, body
    assert "errors" not in body, body
    return body["data"]["validateSelfServiceLink"]


async def guest_of(api: Api, case: Case, email: str = CLAIRE) -> str:
    """A GUEST token for ``case``, through the login step."""
    payload = await validate(api, case.token, email)
    assert payload["errors"] == [], payload
    return payload["accessToken"]


async def as_token(api: Api, token: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    """The response body of ``query`` sent with ``token`` (HTTP 200 expected)."""
    status, body = await api.post(query, variables, token=token)
    assert status == 200, body
    return body


def value(definition: m.BookingFieldDefinition, text: str, person: m.Participant | None = None):
    """One ``BookingFieldValueInput``."""
    item: dict[str, Any] = {"fieldDefinitionId": gid("BookingFieldDefinition", definition.id)}
    if person is not None:
        item["participantId"] = gid("Participant", person.id)
    item["value"] = text
    return item


async def update(
    api: Api, who: str, values: list[dict[str, Any]], booking: str | None = None
) -> dict[str, Any]:
    """The ``updateBookingFields`` payload sent as demo role ``who`` or with token ``who``."""
    variables = {"input": {"values": values, **({"bookingId": booking} if booking else {})}}
    if who in api.world.tokens:
        body = await api.query(who, UPDATE, variables)
    else:
        body = await as_token(api, who, UPDATE, variables)
    assert "errors" not in body, body
    return body["data"]["updateBookingFields"]


async def stored(booking: m.Booking) -> tuple[dict[tuple[int, int | None], str], int, list[str]]:
    """The booking's values, how many changes its history holds, its participants' names."""
    values = {
        (v.definition_id, v.participant_id): v.value
        for v in await m.FieldValue.filter(booking_id=booking.id)
    }
    changes = await m.BookingFieldChange.filter(booking_id=booking.id).count()
    names = [p.name for p in await m.Participant.filter(booking_id=booking.id)]
    return values, changes, names


def codes(payload: dict[str, Any]) -> list[str]:
    """The codes of a payload's user errors."""
    return [error["code"] for error in payload["errors"]]


# --- validating the link ----------------------------------------------------------------


async def test_the_right_email_gives_a_guest_token_for_that_booking_only(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an edit link of Claire's booking, and another booking of hers
    _, case = await venue_case(world)
    other = await booking_for(world, customer="CUSTOMER")
    # when she re-enters her address with other capitals and spaces
    payload = await validate(api, case.token, "  Claire.MARTIN@example.com ")
    # then she gets a GUEST token that expires no later than the link
    assert payload["errors"] == []
    assert payload["booking"] == {"reference": case.booking.reference}
    expires_at = datetime.fromisoformat(payload["expiresAt"])
    assert datetime.now(UTC) < expires_at <= case.link.expires_at
    token = payload["accessToken"]
    # and it reaches that booking only: no account, one booking, the other one is missing
    listed = await as_token(api, token, BOOKINGS, {})
    assert listed["data"] == {
        "me": None,
        "bookings": {"totalCount": 1, "nodes": [{"reference": case.booking.reference}]},
    }
    own = await as_token(api, token, NODE, {"id": case.id})
    assert own["data"]["node"] == {"id": case.id, "reference": case.booking.reference}
    assert await as_token(api, token, NODE, {"id": gid("Booking", other.id)}) == {
        "data": {"node": None}
    }
    # and the link records that it was opened
    assert (await m.SelfServiceLink.get(id=case.link.id)).opened_at is not None


async def test_the_guest_token_names_its_link_and_booking_and_carries_no_role(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a validated link
    _, case = await venue_case(world)
    token = await guest_of(api, case)
    # when reading the token's claims
    claims = jwt.decode(
        token,
        TEST_SECRET,
        algorithms=["HS256"],
        audience=world.settings.jwt_audience,
        issuer=world.settings.jwt_issuer,
    )
    # then the subject is the link, the booking is named, the role is implied
    assert claims["sub"] == f"guest:{case.link.id}"
    assert claims["booking"] == str(case.booking.id)
    assert "role" not in claims
    assert claims["exp"] <= case.link.expires_at.timestamp()


async def test_opened_at_is_the_first_successful_validation(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a link validated once
    _, case = await venue_case(world)
    await guest_of(api, case)
    first = (await m.SelfServiceLink.get(id=case.link.id)).opened_at
    # when it is validated again
    await guest_of(api, case)
    # then opened_at still says when it was first opened
    assert first is not None
    assert (await m.SelfServiceLink.get(id=case.link.id)).opened_at == first


async def test_five_wrong_emails_lock_the_link_even_for_the_right_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an edit link of Claire's booking (she reads French)
    _, case = await venue_case(world)
    # when someone tries five wrong addresses
    answers = [await validate(api, case.token, f"guess{i}@example.com") for i in range(5)]
    # then four are counted, the fifth locks the link
    assert [codes(a) for a in answers] == [["EMAIL_MISMATCH"]] * 4 + [["LINK_LOCKED"]]
    assert [a["errors"][0]["message"][-2:] for a in answers[:4]] == ["4.", "3.", "2.", "1."]
    assert answers[0]["errors"][0]["message"].startswith("Ce n'est pas l'adresse e-mail")
    assert all(a["accessToken"] is None for a in answers)
    # and from then on the right address is refused too
    locked = await validate(api, case.token, CLAIRE)
    assert codes(locked) == ["LINK_LOCKED"]
    assert locked["accessToken"] is None
    link = await m.SelfServiceLink.get(id=case.link.id)
    assert link.failed_attempts == MAX_LINK_ATTEMPTS
    assert link.locked_at is not None
    assert link.opened_at is None


async def test_a_guest_token_stops_working_once_its_link_is_locked(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest token of a link
    _, case = await venue_case(world)
    token = await guest_of(api, case)
    assert (await as_token(api, token, BOOKINGS, {}))["data"]["bookings"]["totalCount"] == 1
    # when the link locks after five wrong addresses
    for i in range(MAX_LINK_ATTEMPTS):
        await validate(api, case.token, f"guess{i}@example.com")
    # then the token is refused like any invalid token
    status, body = await api.post(BOOKINGS, token=token)
    assert status == 401
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_an_expired_and_an_unknown_link_get_the_same_answer(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an expired link and a token that was never issued
    _, case = await venue_case(world)
    await m.SelfServiceLink.filter(id=case.link.id).update(
        expires_at=datetime.now(UTC) - timedelta(minutes=1)
    )
    # when both are validated with the right address
    expired = await validate(api, case.token)
    unknown = await validate(api, "x" * len(case.token))
    # then the answers cannot be told apart
    assert expired == unknown
    assert codes(expired) == ["LINK_INVALID"]
    assert expired["accessToken"] is None
    assert (await m.SelfServiceLink.get(id=case.link.id)).failed_attempts == 0


async def test_a_disabled_app_refuses_links_guests_and_customers_but_not_agents(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest token of a venue's booking, then the app is disabled
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    await m.SelfServiceApp.filter(id=venue.app.id).update(enabled=False)
    before = await stored(case.booking)
    notes = [value(venue.fields["notes"], "Late arrival")]
    # when the link is validated again, the guest and the customer edit, the customer looks
    validated = await validate(api, case.token)
    status, refused = await api.post(UPDATE, {"input": {"values": notes}}, token=token)
    customer = await update(api, "CUSTOMER", notes, case.id)
    view = await api.query("CUSTOMER", SELF_SERVICE_BOOKING, {"bookingId": case.id})
    # then each is refused with SELF_SERVICE_DISABLED (the guest token no longer works)
    assert codes(validated) == ["SELF_SERVICE_DISABLED"]
    assert status == 401
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert codes(customer) == ["SELF_SERVICE_DISABLED"]
    assert customer["errors"][0]["message"].startswith("Le libre-service n'est pas activé")
    assert view["data"]["selfServiceBooking"] is None
    assert view["errors"][0]["extensions"]["code"] == "SELF_SERVICE_DISABLED"
    # and nothing changed
    assert await stored(case.booking) == before
    # while an agent, bound by the policy only, still edits
    assert (await update(api, "AGENT", notes, case.id))["errors"] == []


async def test_a_provider_moved_to_the_basic_plan_loses_its_guests(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest token of a venue's booking, then the venue moves to the BASIC plan
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    await m.Organisation.filter(id=venue.provider.id).update(plan=m.Plan.BASIC)
    # when the guest lists its booking and the link is validated again
    status, _ = await api.post(BOOKINGS, token=token)
    validated = await validate(api, case.token)
    # then the token no longer works and the link is refused as disabled
    assert status == 401
    assert codes(validated) == ["SELF_SERVICE_DISABLED"]


async def test_a_guest_token_for_another_booking_or_with_a_role_claim_is_refused(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a valid guest token's claims
    _, case = await venue_case(world)
    other = await booking_for(world, customer="CUSTOMER_OTHER")
    claims = jwt.decode(
        await guest_of(api, case),
        TEST_SECRET,
        algorithms=["HS256"],
        audience=world.settings.jwt_audience,
        issuer=world.settings.jwt_issuer,
    )
    # when they are signed again naming another booking, or claiming a role
    wrong_booking = jwt.encode({**claims, "booking": str(other.id)}, TEST_SECRET, "HS256")
    with_role = jwt.encode({**claims, "role": "ADMIN"}, TEST_SECRET, "HS256")
    # then the first is refused, the second is still a guest of one booking
    status, _ = await api.post(BOOKINGS, token=wrong_booking)
    assert status == 401
    listed = await as_token(api, with_role, BOOKINGS, {})
    assert listed["data"]["bookings"]["totalCount"] == 1


# --- what the customer may edit -----------------------------------------------------------


async def test_self_service_booking_shows_the_editable_fields_and_the_time_left(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of a booking starting in 30 days (edits close 48 hours before)
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    # when the guest opens the self-service view
    body = await as_token(api, token, SELF_SERVICE_BOOKING, {})
    # then every editable field is listed, per participant where it is per participant
    view = body["data"]["selfServiceBooking"]
    assert "errors" not in body
    assert view["booking"] == {"reference": case.booking.reference}
    assert [(f["key"], f["participant"]) for f in view["fields"]] == [
        ("participant_name", {"name": "Léa Dupont"}),
        ("participant_name", {"name": "Hugo Meyer"}),
        *[(key, None) for key in FIELDS if key not in ("participant_name", NOT_EDITABLE)],
    ]
    first, _, plate, *_, choice = view["fields"]
    # with current values, types, rules and labels in the customer's language (French)
    assert first == {
        "key": "participant_name",
        "type": "PERSON_NAME",
        "scope": "PARTICIPANT",
        "label": "Nom du participant",
        "value": "Léa Dupont",
        "required": True,
        "maxLength": 120,
        "pattern": None,
        "choices": [],
        "fieldDefinitionId": gid("BookingFieldDefinition", venue.fields["participant_name"].id),
        "participantId": gid("Participant", case.participants[0].id),
        "participant": {"name": "Léa Dupont"},
    }
    assert (plate["key"], plate["value"], plate["participantId"]) == (
        "licence_plate",
        "AB-123-CD",
        None,
    )
    assert (choice["key"], choice["choices"], choice["value"]) == ("choice", ["yes", "no"], "")
    # and the deadline with the seconds left
    until = case.booking.starts_at - timedelta(hours=48)
    assert datetime.fromisoformat(view["editableUntil"]) == until
    left = (until - datetime.now(UTC)).total_seconds()
    assert left - 60 < view["secondsRemaining"] <= left + 1


async def test_seconds_remaining_is_zero_once_edits_have_closed(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Claire's that starts in 24 hours (edits closed 48 hours before)
    _, case = await venue_case(world, starts_in=timedelta(hours=24))
    # when she looks at it
    body = await api.query("CUSTOMER", SELF_SERVICE_BOOKING, {"bookingId": case.id})
    # then no time is left
    assert body["data"]["selfServiceBooking"]["secondsRemaining"] == 0


# --- updating field values ----------------------------------------------------------------


async def test_a_guest_edits_a_participant_name_and_a_licence_plate(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of a booking
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    léa = case.participants[0]
    # when the guest renames a participant and changes the licence plate
    payload = await update(
        api,
        token,
        [
            value(venue.fields["participant_name"], "  Léa   Dupont-Marchal ", léa),
            value(venue.fields["licence_plate"], "fr-904-zk"),
        ],
    )
    # then both are saved, normalised, and recorded as self-service changes without an actor
    assert payload["errors"] == []
    assert payload["changes"] == [
        {
            "fieldKey": "participant_name",
            "oldValue": "Léa Dupont",
            "newValue": "Léa Dupont-Marchal",
            "channel": "SELF_SERVICE",
            "actorName": None,
            "participant": {"id": gid("Participant", léa.id)},
        },
        {
            "fieldKey": "licence_plate",
            "oldValue": "AB-123-CD",
            "newValue": "FR-904-ZK",
            "channel": "SELF_SERVICE",
            "actorName": None,
            "participant": None,
        },
    ]
    # and the participant carries the new name
    names = [p["name"] for p in payload["booking"]["participants"]]
    assert names == ["Léa Dupont-Marchal", "Hugo Meyer"]
    values, _, _ = await stored(case.booking)
    assert values[(venue.fields["licence_plate"].id, None)] == "FR-904-ZK"
    history = await m.BookingFieldChange.filter(booking_id=case.booking.id).order_by("id")
    assert [(c.actor_id, c.channel) for c in history] == [(None, m.ChangeChannel.SELF_SERVICE)] * 2


async def test_saving_the_same_value_again_records_nothing(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking whose plate is AB-123-CD
    venue, case = await venue_case(world)
    before = await stored(case.booking)
    # when Claire saves it as it is (in another spelling)
    payload = await update(
        api, "CUSTOMER", [value(venue.fields["licence_plate"], "ab-123-cd")], case.id
    )
    # then nothing is recorded
    assert payload["errors"] == []
    assert payload["changes"] == []
    assert await stored(case.booking) == before


async def test_after_the_deadline_customers_and_guests_are_refused_but_not_agents(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest token, then the provider moves the deadline to 40 days before the start
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    await m.SelfServiceApp.filter(id=venue.app.id).update(edit_deadline_hours=40 * 24)
    before = await stored(case.booking)
    notes = [value(venue.fields["notes"], "Late arrival")]
    # when the guest and the customer save a note
    guest = await update(api, token, notes)
    customer = await update(api, "CUSTOMER", notes, case.id)
    # then both are refused in Claire's language, and nothing changed
    assert codes(guest) == codes(customer) == ["EDIT_DEADLINE_PASSED"]
    assert (
        guest["errors"][0]["message"]
        == "Le délai de modification de cette réservation est dépassé."
    )
    assert guest["booking"] is None
    assert await stored(case.booking) == before
    # while an agent is bound by the policy only
    agent = await update(api, "AGENT", notes, case.id)
    assert agent["errors"] == []
    assert [(c["newValue"], c["channel"]) for c in agent["changes"]] == [("Late arrival", "AGENT")]


async def test_a_field_not_marked_editable_is_refused_to_customers_and_guests(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest and the diet field, which the venue did not make editable
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    before = await stored(case.booking)
    diet = [value(venue.fields["notes"], "fine"), value(venue.fields[NOT_EDITABLE], "vegan")]
    # when the guest and the customer set it along with an editable one
    guest = await update(api, token, diet)
    customer = await update(api, "CUSTOMER", diet, case.id)
    # then it is refused at its index, and nothing changed
    for payload in (guest, customer):
        assert payload["errors"] == [
            {
                "code": "FIELD_NOT_EDITABLE",
                "message": "Ce champ ne peut pas être modifié ici.",
                "field": "values.1.fieldDefinitionId",
            }
        ]
        assert payload["changes"] == []
    assert await stored(case.booking) == before
    # while an admin may set it (channel AGENT)
    admin = await update(api, "ADMIN", diet[1:], case.id)
    assert [(c["fieldKey"], c["channel"]) for c in admin["changes"]] == [("diet", "AGENT")]


@pytest.mark.parametrize(
    ("key", "bad", "expected"),
    [
        ("participant_name", "R2-D2", message("person_name", "fr")),
        ("participant_name", "   ", message("required", "fr")),
        ("licence_plate", "№ 1", message("licence_plate", "fr")),
        ("phone", "call me", message("phone", "fr")),
        ("email", "claire@", message("email", "fr")),
        ("date", "2026-02-30", message("date", "fr")),
        ("number", "twelve", message("number", "fr")),
        ("choice", "maybe", message("choice", "fr", choices="yes, no")),
        ("notes", "x" * 21, message("too_long", "fr", most=20)),
    ],
)
async def test_an_invalid_value_is_refused_with_its_message_and_nothing_changes(
    key: str, bad: str, expected: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of Claire's booking (she reads French)
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    before = await stored(case.booking)
    person = case.participants[0] if key == "participant_name" else None
    # when the guest sends an invalid value of the field's type
    payload = await update(api, token, [value(venue.fields[key], bad, person)])
    # then it is refused with INVALID_VALUE at the value's path, in French
    assert payload["errors"] == [
        {"code": "INVALID_VALUE", "message": expected, "field": "values.0.value"}
    ]
    assert payload["changes"] == []
    assert payload["booking"] == {
        "reference": case.booking.reference,
        "participants": [
            {"id": gid("Participant", p.id), "name": p.name} for p in case.participants
        ],
    }
    # and nothing changed
    assert await stored(case.booking) == before


async def test_one_bad_value_among_good_ones_saves_nothing(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    before = await stored(case.booking)
    # when good and bad values come together
    payload = await update(
        api,
        token,
        [
            value(venue.fields["participant_name"], "Léa Marchal", case.participants[0]),
            value(venue.fields["licence_plate"], "GE 12345"),
            value(venue.fields["phone"], "12"),
            value(venue.fields["date"], "31/05/2026"),
            value(venue.fields["number"], "12,5"),
        ],
    )
    # then each bad value has its error, and not even the good ones are saved
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("INVALID_VALUE", "values.2.value"),
        ("INVALID_VALUE", "values.3.value"),
    ]
    assert payload["changes"] == []
    assert await stored(case.booking) == before


@pytest.mark.parametrize(
    ("role", "channel", "actor"),
    [
        ("CUSTOMER", "SELF_SERVICE", "Claire Martin"),
        ("TRAVEL_MANAGER", "SELF_SERVICE", "Tom Keller"),
        ("PROVIDER_STAFF", "PROVIDER", "Sophie Bernard"),
        ("AGENT", "AGENT", "Anna Lopez"),
        ("ADMIN", "AGENT", "Roost Admin"),
    ],
)
async def test_each_role_change_is_in_the_history_with_its_channel_and_actor(
    role: str, channel: str, actor: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of Claire's (company Acme) at Château Lumière
    case = await chateau_case(world)
    notes = await m.BookingFieldDefinition.get(service_id=case.booking.service_id, key="notes")
    text = f"Note {uuid4().hex[:6]}"
    # when the role saves a note
    payload = await update(api, role, [value(notes, text)], case.id)
    # then the booking's history ends with that change, its channel and who made it
    assert payload["errors"] == []
    body = await api.query(role, HISTORY, {"id": case.id})
    assert "errors" not in body
    last = body["data"]["node"]["fieldHistory"][-1]
    assert {k: last[k] for k in ("fieldKey", "oldValue", "newValue", "channel", "actorName")} == {
        "fieldKey": "notes",
        "oldValue": None,
        "newValue": text,
        "channel": channel,
        "actorName": actor,
    }
    change = await m.BookingFieldChange.filter(booking_id=case.booking.id).order_by("-id").first()
    assert change is not None
    assert change.actor_id == world.user_ids[role]


async def test_another_booking_with_the_guest_token_is_not_found_like_a_missing_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of one booking, and another booking of the same customer and venue
    venue, case = await venue_case(world)
    other = await make_case(world, venue.service, venue.app)
    token = await guest_of(api, case)
    before = await stored(other.booking)
    notes = [value(venue.fields["notes"], "Hello")]
    # when the guest names the other booking, and a booking that does not exist
    named = await update(api, token, notes, other.id)
    missing = await update(api, token, notes, gid("Booking", 2_000_000_000))
    # then both are NOT_FOUND, the same way, and nothing changed
    assert named == missing
    assert named["errors"] == [
        {"code": "NOT_FOUND", "message": "No such booking.", "field": "bookingId"}
    ]
    assert await stored(other.booking) == before
    view = await as_token(api, token, SELF_SERVICE_BOOKING, {"bookingId": other.id})
    assert view == {"data": {"selfServiceBooking": None}}


async def test_a_customer_cannot_edit_someone_elses_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given Claire's booking
    venue, case = await venue_case(world)
    before = await stored(case.booking)
    # when another customer edits it
    payload = await update(api, "CUSTOMER_OTHER", [value(venue.fields["notes"], "Hi")], case.id)
    # then it does not exist for them
    assert codes(payload) == ["NOT_FOUND"]
    assert await stored(case.booking) == before


async def test_fields_of_another_service_or_participants_of_another_booking_are_not_found(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest, a definition of another service and a participant of another booking
    venue, case = await venue_case(world)
    other = await make_case(world, venue.service, venue.app)
    foreign = (
        await m.BookingFieldDefinition.filter(key="notes")
        .exclude(service_id=venue.service.id)
        .first()
    )
    assert foreign is not None
    token = await guest_of(api, case)
    before = (await stored(case.booking), await stored(other.booking))
    name = venue.fields["participant_name"]
    # when the guest addresses them, or a per-participant field without a participant
    payload = await update(
        api,
        token,
        [
            value(foreign, "Hello"),
            value(name, "Nina Klein", other.participants[0]),
            value(name, "Nina Klein"),
            value(venue.fields["notes"], "Hello", case.participants[0]),
        ],
    )
    # then each is refused at its own path, and nothing changed anywhere
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("NOT_FOUND", "values.0.fieldDefinitionId"),
        ("NOT_FOUND", "values.1.participantId"),
        ("BAD_USER_INPUT", "values.2.participantId"),
        ("BAD_USER_INPUT", "values.3.participantId"),
    ]
    assert (await stored(case.booking), await stored(other.booking)) == before


#: ``updateBookingFields`` with one note, and something else that is not a field value.
SMUGGLED = """
mutation {{
  updateBookingFields(input: {{
    values: [{{fieldDefinitionId: "{definition}", value: "Hi"}}]
    {extra}
  }}) {{ errors {{ code }} }}
}}
"""


@pytest.mark.parametrize(
    "extra", ['price: "1.00"', 'serviceId: "U2VydmljZTox"', 'startsAt: "2030-01-01T00:00:00Z"']
)
async def test_prices_services_and_dates_are_not_addressable(
    extra: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of a booking
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    booking = await m.Booking.get(id=case.booking.id)
    # when the input also carries a price, a service or a date
    definition = gid("BookingFieldDefinition", venue.fields["notes"].id)
    status, body = await api.post(SMUGGLED.format(definition=definition, extra=extra), token=token)
    # then the request is refused before it runs, and the booking is as it was
    assert status == 200
    assert [e["extensions"]["code"] for e in body["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    assert body.get("data") is None
    after = await m.Booking.get(id=case.booking.id)
    assert (after.total_price, after.service_id, after.starts_at, after.ends_at) == (
        booking.total_price,
        booking.service_id,
        booking.starts_at,
        booking.ends_at,
    )
    assert (await stored(case.booking))[1] == 0


#: Demo accounts whose role the policy does not let call ``updateBookingFields``.
DENIED = [
    key for key, account in ACCOUNTS.items() if account[2] not in MUTATIONS["updateBookingFields"]
]


@pytest.mark.parametrize("key", DENIED)
async def test_a_role_the_policy_does_not_allow_is_refused_and_nothing_changes(
    key: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking
    venue, case = await venue_case(world)
    variables = {"input": {"bookingId": case.id, "values": [value(venue.fields["notes"], "x")]}}
    # when the role tries to edit it
    payload = (await api.query(key, UPDATE, variables))["data"]["updateBookingFields"]
    # then it is FORBIDDEN and nothing changed
    assert codes(payload) == ["FORBIDDEN"]
    assert (await stored(case.booking))[1] == 0


async def test_an_anonymous_caller_may_validate_a_link_but_not_edit(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking and its link
    venue, case = await venue_case(world)
    variables = {"input": {"bookingId": case.id, "values": [value(venue.fields["notes"], "x")]}}
    # when a caller without a token edits the booking
    anonymous = await api.query(None, UPDATE, variables)
    # then it must authenticate, and nothing changed; validating the link needs no token
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await stored(case.booking))[1] == 0
    assert MUTATIONS["validateSelfServiceLink"] >= set(m.Role)
    assert (await validate(api, case.token))["errors"] == []


async def test_the_analyst_reads_the_history_masked(orm: None, world: DemoWorld, api: Api) -> None:
    # given a booking whose licence plate a guest changed
    venue, case = await venue_case(world)
    await update(api, await guest_of(api, case), [value(venue.fields["licence_plate"], "GE 12345")])
    # when an analyst and an admin read the history
    masked = await api.query("ANALYST", HISTORY, {"id": case.id})
    clear = await api.query("ADMIN", HISTORY, {"id": case.id})
    # then the analyst sees the values masked, without errors
    assert "errors" not in masked
    [change] = masked["data"]["node"]["fieldHistory"]
    assert (change["oldValue"], change["newValue"]) == ("A***", "G***")
    [change] = clear["data"]["node"]["fieldHistory"]
    assert (change["oldValue"], change["newValue"]) == ("AB-123-CD", "GE 12345")


# --- pushed changes -----------------------------------------------------------------------


def error_codes(frames: list[Frame]) -> list[str]:
    """The ``extensions.code`` of every error the frames carry."""
    found = []
    for frame in frames:
        if frame["type"] == "error":
            found += [e.get("extensions", {}).get("code") for e in frame["payload"]]
        elif frame["type"] == "next":
            found += [
                e.get("extensions", {}).get("code") for e in frame["payload"].get("errors") or []
            ]
    return found


async def ended(ws: WsClient, op_id: str) -> list[Frame]:
    """Frames of ``op_id`` up to the one ending it."""
    frames = [await ws.next(op_id)]
    while frames[-1]["type"] not in ("error", "complete"):
        frames.append(await ws.next(op_id))
    return frames


async def live(ws: WsClient, op_id: str, poke: Any) -> dict[str, Any]:
    """Poke until the subscription ``op_id`` (registered asynchronously) pushes something."""
    for _ in range(int(TIMEOUT / 0.3)):
        await poke()
        try:
            return (await ws.data(op_id, 0.3))["bookingUpdated"]
        except TimeoutError:
            continue
    raise AssertionError(f"subscription {op_id} never delivered anything")


async def test_provider_staff_receive_a_guest_edit_over_a_websocket(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest of a booking at Château Lumière and its staff subscribed to the booking
    case = await chateau_case(world)
    token = await guest_of(api, case)
    fields = {
        d.key: d for d in await m.BookingFieldDefinition.filter(service_id=case.booking.service_id)
    }
    async with await WsClient.connect(api.client, world.tokens["PROVIDER_STAFF"]) as ws:
        await ws.subscribe("b", BOOKING_UPDATED, {"bookingId": case.id})
        await live(ws, "b", lambda: update(api, token, [value(fields["notes"], uuid4().hex[:8])]))
        # when the guest changes the licence plate
        await update(api, token, [value(fields["licence_plate"], "b-rt 881")])
        # then exactly that change is pushed, with the booking
        pushed = (await ws.data("b"))["bookingUpdated"]
        assert pushed == {
            "booking": {"reference": case.booking.reference},
            "changes": [
                {
                    "fieldKey": "licence_plate",
                    "oldValue": "AB-123-CD",
                    "newValue": "B-RT 881",
                    "channel": "SELF_SERVICE",
                    "actorName": None,
                }
            ],
        }
        assert await ws.silence("b") == []


async def test_bookings_out_of_scope_cannot_be_subscribed_to(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking at Château Lumière, and a guest of another booking
    case = await chateau_case(world)
    _, elsewhere = await venue_case(world)
    guest = await guest_of(api, elsewhere)
    for token in (world.tokens["PROVIDER_STAFF_OTHER"], world.tokens["CUSTOMER_OTHER"], guest):
        async with await WsClient.connect(api.client, token) as ws:
            # when they subscribe to it
            await ws.subscribe("b", BOOKING_UPDATED, {"bookingId": case.id})
            # then it looks missing
            frames = await ended(ws, "b")
            assert error_codes(frames) == ["NOT_FOUND"]


async def test_a_guest_subscription_ends_when_the_link_is_locked(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a guest subscribed to its own booking
    venue, case = await venue_case(world)
    token = await guest_of(api, case)
    notes = venue.fields["notes"]
    async with await WsClient.connect(api.client, token) as ws:
        await ws.subscribe("b", BOOKING_UPDATED, {"bookingId": case.id})
        pushed = await live(
            ws, "b", lambda: update(api, "AGENT", [value(notes, uuid4().hex[:8])], case.id)
        )
        assert pushed["changes"][-1]["channel"] == "AGENT"
        # when the link locks and the agent changes the booking again
        await m.SelfServiceLink.filter(id=case.link.id).update(locked_at=datetime.now(UTC))
        await update(api, "AGENT", [value(notes, "after the lock")], case.id)
        # then the guest's subscription ends without the change
        frames = await ended(ws, "b")
        assert error_codes(frames) == ["UNAUTHENTICATED"]
        assert not any("after the lock" in text for text in ws.raw)

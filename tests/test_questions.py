"""Automated questions: ``confirmBooking`` asks them, ``answerQuestion`` stores the answers.

Every test creates its own bookings (and, where every field type is needed, its own
service) through the ORM, and never counts rows it did not create: the session
database is shared with the rest of the suite.
"""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay import GlobalID
from tortoise.exceptions import ValidationError
from tortoise.transactions import in_transaction

import models as m
from models.policy import MUTATIONS
from resolvers.outbox import thread_audience, thread_fanout_key
from resolvers.threads import append_message
from resolvers.validation import validate_value
from roost.app import HUB_KEY
from roost.demo import ACCOUNTS
from subscriptions.channels import thread_channel
from tests.admin import gid
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

CONFIRM = """
mutation ($input: ConfirmBookingInput!) {
  confirmBooking(input: $input) {
    booking { id reference status }
    errors { code message field }
  }
}
"""

ANSWER = """
mutation ($input: AnswerQuestionInput!) {
  answerQuestion(input: $input) {
    message { id seq kind body authorSide question { id } }
    fieldValue { value definition { key } }
    errors { code message field }
  }
}
"""

BOOKING_THREADS = """
query ($reference: String!) {
  booking(reference: $reference) {
    threads {
      id subject parties
      messages(first: 50) {
        edges {
          node {
            id seq kind body authorSide
            question { text choices options { value label } field { key } }
          }
        }
      }
    }
  }
}
"""

SEMINAR = "Seminar day package"
HIKE = "Glacier hike"
MISSING_PK = 999_999

#: The seminar's questions as each demo customer reads them (their language).
SEMINAR_QUESTIONS = {
    "CUSTOMER": (
        "Questions sur votre réservation",
        [
            "De quel équipement avez-vous besoin dans la salle de réunion ?\n"
            "Choix : Vidéoprojecteur, Paperboard, Aucun",
            "Avez-vous des besoins pour les repas et boissons (allergies, régimes, boissons) ?",
        ],
        [("projector", "Vidéoprojecteur"), ("flipchart", "Paperboard"), ("none", "Aucun")],
    ),
    "CUSTOMER_OTHER": (
        "Fragen zu Ihrer Buchung",
        [
            "Welche Ausstattung benötigen Sie im Tagungsraum?\nAuswahl: Beamer, Flipchart, Keine",
            "Haben Sie Wünsche zu Speisen und Getränken (Allergien, Ernährung, Getränke)?",
        ],
        [("projector", "Beamer"), ("flipchart", "Flipchart"), ("none", "Keine")],
    ),
    "CUSTOMER_VIP": (
        "Questions about your booking",
        [
            "Which equipment do you need in the meeting room?\n"
            "Options: Projector, Flip chart, None",
            "Any food and drink requirements (allergies, diets, drinks)?",
        ],
        [("projector", "Projector"), ("flipchart", "Flip chart"), ("none", "None")],
    ),
}


# --- helpers ----------------------------------------------------------------------------


def pk_of(global_id: str) -> int:
    """The database id behind a relay id."""
    return int(GlobalID.from_id(global_id).node_id)


def codes(payload: dict[str, Any]) -> list[str]:
    """The codes of a payload's user errors."""
    return [error["code"] for error in payload["errors"]]


async def make_booking(
    world: DemoWorld,
    customer: str = "CUSTOMER",
    service: str | m.Service = SEMINAR,
    status: m.BookingStatus = m.BookingStatus.OPTION,
) -> m.Booking:
    """A fresh booking of ``service`` for demo ``customer``, starting in 30 days."""
    return await booking_for(world, customer=customer, service=service, status=status)


#: A service asking one question per field type: key -> (type, definition options).
QUIZ: dict[str, tuple[m.FieldType, dict[str, Any]]] = {
    "text": (m.FieldType.TEXT, {"max_length": 20}),
    "name": (m.FieldType.PERSON_NAME, {}),
    "plate": (m.FieldType.LICENCE_PLATE, {}),
    "phone": (m.FieldType.PHONE, {}),
    "email": (m.FieldType.EMAIL, {}),
    "date": (m.FieldType.DATE, {}),
    "number": (m.FieldType.NUMBER, {}),
    "choice": (m.FieldType.CHOICE, {"choices": ["yes", "no"]}),
}


async def quiz_service() -> m.Service:
    """A new Château Lumière service with one question per field type."""
    provider = await m.Organisation.get(name="Château Lumière")
    service = await m.Service.create(provider=provider, name=f"Quiz {uuid4().hex[:8]}")
    for position, (key, (field_type, options)) in enumerate(QUIZ.items(), start=1):
        field = await m.BookingFieldDefinition.create(
            service=service, key=key, type=field_type, labels={"en": key}, **options
        )
        await m.ServiceQuestion.create(
            service=service, field=field, position=position, texts={"en": f"Your {key}?"}
        )
    return service


async def confirm(api: Api, role: str, booking_id: int) -> dict[str, Any]:
    """``confirmBooking`` as ``role``; returns the payload."""
    body = await api.query(role, CONFIRM, {"input": {"bookingId": gid("Booking", booking_id)}})
    assert "errors" not in body, body
    return body["data"]["confirmBooking"]


async def confirmed(api: Api, booking: m.Booking, role: str = "PROVIDER_STAFF") -> None:
    """Confirm ``booking`` as ``role``; it must succeed."""
    payload = await confirm(api, role, booking.id)
    assert payload["errors"] == [], payload


async def answer(api: Api, role: str, message_id: int, value: str) -> dict[str, Any]:
    """``answerQuestion`` as ``role``; returns the payload."""
    variables = {"input": {"messageId": gid("Message", message_id), "value": value}}
    body = await api.query(role, ANSWER, variables)
    assert "errors" not in body, body
    return body["data"]["answerQuestion"]


async def question_for(booking: m.Booking, key: str) -> m.Message:
    """The QUESTION message asking for the booking field ``key``."""
    return await m.Message.get(
        thread__booking_id=booking.id, kind=m.MessageKind.QUESTION, question__field__key=key
    )


async def stored(booking: m.Booking) -> dict[str, Any]:
    """Everything answering a question could change, as stored."""
    return {
        "values": sorted(
            await m.FieldValue.filter(booking_id=booking.id).values_list("definition_id", "value")
        ),
        "changes": await m.BookingFieldChange.filter(booking_id=booking.id).count(),
        "messages": await m.Message.filter(thread__booking_id=booking.id).count(),
        "status": (await m.Booking.get(id=booking.id)).status,
    }


def role_of(key: str) -> m.Role:
    """The role of demo account ``key``."""
    return ACCOUNTS[key][2]


# --- confirmBooking ---------------------------------------------------------------------


@pytest.mark.parametrize("customer", list(SEMINAR_QUESTIONS))
async def test_confirming_asks_the_services_questions_in_the_customers_language(
    customer: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """OPTION → CONFIRMED; the questions open a customer thread, in the customer's language."""
    # given an option on the seminar package (two questions: equipment, catering)
    booking = await make_booking(world, customer)
    subject, bodies, options = SEMINAR_QUESTIONS[customer]
    # when the venue's staff confirms it
    payload = await confirm(api, "PROVIDER_STAFF", booking.id)
    # then the booking is confirmed
    assert payload["errors"] == []
    assert payload["booking"]["status"] == "CONFIRMED"
    assert (await m.Booking.get(id=booking.id)).status is m.BookingStatus.CONFIRMED
    # and the customer finds one thread with the customer side only, asking the questions
    body = await api.query(customer, BOOKING_THREADS, {"reference": booking.reference})
    assert "errors" not in body, body
    [thread] = body["data"]["booking"]["threads"]
    assert (thread["subject"], thread["parties"]) == (subject, "CUSTOMER")
    nodes = [edge["node"] for edge in thread["messages"]["edges"]]
    assert [(n["seq"], n["kind"], n["authorSide"], n["body"]) for n in nodes] == [
        (1, "QUESTION", "SYSTEM", bodies[0]),
        (2, "QUESTION", "SYSTEM", bodies[1]),
    ]
    equipment, catering = (n["question"] for n in nodes)
    assert equipment["field"] == {"key": "equipment"}
    assert equipment["choices"] == ["projector", "flipchart", "none"]
    assert [(o["value"], o["label"]) for o in equipment["options"]] == options
    assert equipment["text"] == bodies[0].split("\n")[0]
    assert (catering["field"], catering["choices"], catering["options"]) == (
        {"key": "catering_notes"},
        [],
        [],
    )


async def test_confirming_wakes_the_customers_inbox_and_schedules_a_notice(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The new thread is pushed after commit; the customer is e-mailed if it stays unread."""
    # given an option of Claire's and a listener on her inbox
    booking = await make_booking(world)
    claire = world.user_ids["CUSTOMER"]
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(f"inbox:customer_id:{claire}") as events:
        # when the agent confirms it
        await confirmed(api, booking, "AGENT")
        event = await events.next(2)
    # then the listener hears of the new thread
    thread = await m.Thread.get(booking_id=booking.id)
    assert event is not None
    assert (event["type"], event["thread"], event["seq"]) == ("thread", thread.id, 2)
    # and the new-message notices of its participants are in the outbox, to be expanded
    fanout = await m.OutboxItem.get_or_none(dedup_key=thread_fanout_key(thread.id, False))
    assert fanout is not None
    assert (fanout.kind, fanout.payload) == (
        m.OutboxKind.THREAD_FANOUT,
        {"thread": thread.id, "internal": False},
    )
    assert claire in await thread_audience(thread, internal=False)


async def test_a_service_without_questions_is_confirmed_without_a_thread(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Nothing to ask: no thread is opened."""
    # given an option on the gala dinner, which asks nothing
    booking = await make_booking(world, service="Gala dinner")
    # when it is confirmed
    await confirmed(api, booking)
    # then it is confirmed and has no thread
    assert (await m.Booking.get(id=booking.id)).status is m.BookingStatus.CONFIRMED
    assert not await m.Thread.exists(booking_id=booking.id)


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (m.BookingStatus.CONFIRMED, "ALREADY_CONFIRMED"),
        (m.BookingStatus.CANCELLED, "INVALID_STATUS"),
        (m.BookingStatus.COMPLETED, "INVALID_STATUS"),
    ],
)
async def test_only_an_option_can_be_confirmed(
    status: m.BookingStatus, code: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """Any other status is refused with its code; nothing is asked."""
    # given a booking that is no option
    booking = await make_booking(world, status=status)
    before = await stored(booking)
    # when the venue's staff confirms it
    payload = await confirm(api, "PROVIDER_STAFF", booking.id)
    # then it is refused on the booking and nothing changed
    assert payload["booking"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [(code, "bookingId")]
    assert await stored(booking) == before
    assert not await m.Thread.exists(booking_id=booking.id)


async def test_confirming_twice_asks_once(orm: None, world: DemoWorld, api: Api) -> None:
    """The second confirmation is refused; the questions are posted once."""
    # given a booking confirmed once
    booking = await make_booking(world)
    await confirmed(api, booking)
    # when it is confirmed again
    payload = await confirm(api, "AGENT", booking.id)
    # then it is refused as already confirmed, and the thread still holds two questions
    assert codes(payload) == ["ALREADY_CONFIRMED"]
    assert await m.Message.filter(thread__booking_id=booking.id).count() == 2


async def test_concurrent_confirmations_ask_once(orm: None, world: DemoWorld, api: Api) -> None:
    """Two confirmations at the same moment: one wins, the other is refused."""
    # given an option
    booking = await make_booking(world)
    # when the venue and an agent confirm it at once
    payloads = await asyncio.gather(
        confirm(api, "PROVIDER_STAFF", booking.id), confirm(api, "AGENT", booking.id)
    )
    # then exactly one succeeds and one thread holds the two questions once
    assert sorted(tuple(codes(p)) for p in payloads) == [(), ("ALREADY_CONFIRMED",)]
    assert await m.Thread.filter(booking_id=booking.id).count() == 1
    assert await m.Message.filter(thread__booking_id=booking.id).count() == 2


async def test_another_providers_staff_gets_not_found(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """A booking of another provider looks exactly like a missing one."""
    # given an option delivered by Château Lumière
    booking = await make_booking(world)
    before = await stored(booking)
    # when Alpen Touren's staff confirms it, and a booking that does not exist
    foreign = await confirm(api, "PROVIDER_STAFF_OTHER", booking.id)
    missing = await confirm(api, "PROVIDER_STAFF_OTHER", MISSING_PK)
    # then both are the same NOT_FOUND and the booking is still an option
    assert codes(foreign) == ["NOT_FOUND"]
    assert foreign == missing
    assert await stored(booking) == before


DENIED = [
    pytest.param(name, key, id=f"{name}-{key}")
    for name in ("confirmBooking", "answerQuestion")
    for key in ACCOUNTS
    if role_of(key) not in MUTATIONS[name]
]


async def test_customers_may_not_confirm(orm: None, world: DemoWorld, api: Api) -> None:
    """The policy's spot check: a customer cannot confirm even her own option."""
    # given Claire's own option
    booking = await make_booking(world)
    # when she confirms it
    payload = await confirm(api, "CUSTOMER", booking.id)
    # then it is FORBIDDEN and still an option
    assert codes(payload) == ["FORBIDDEN"]
    assert (await m.Booking.get(id=booking.id)).status is m.BookingStatus.OPTION


@pytest.mark.parametrize(("name", "key"), DENIED)
async def test_a_role_the_policy_does_not_allow_is_refused_and_nothing_changes(
    name: str, key: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """Each (mutation, role) pair outside ``models.policy.MUTATIONS`` gets FORBIDDEN."""
    # given an option (for confirmBooking) or a confirmed booking's question (answerQuestion)
    booking = await make_booking(world)
    if name == "answerQuestion":
        await confirmed(api, booking)
        asked = await question_for(booking, "equipment")
    before = await stored(booking)
    # when the role sends the mutation with a valid input
    if name == "confirmBooking":
        payload = await confirm(api, key, booking.id)
    else:
        payload = await answer(api, key, asked.id, "projector")
    # then it is FORBIDDEN and nothing is stored
    assert codes(payload) == ["FORBIDDEN"], payload
    assert await stored(booking) == before


# --- answerQuestion ---------------------------------------------------------------------


async def test_an_answer_is_stored_recorded_and_posted(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The value, its history (channel QUESTION, the actor) and an ANSWER message."""
    # given Claire's confirmed seminar with its equipment question, and a listener
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "equipment")
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(thread_channel(asked.thread_id)) as events:
        # when she answers with a choice, in another case than listed
        payload = await answer(api, "CUSTOMER", asked.id, " Flipchart ")
        event = await events.next(2)
    # then the ANSWER follows the question, written by her, labelled in her language
    assert payload["errors"] == []
    reply = payload["message"]
    assert (reply["seq"], reply["kind"], reply["authorSide"], reply["body"]) == (
        3,
        "ANSWER",
        "CUSTOMER",
        "Paperboard",
    )
    assert pk_of(reply["question"]["id"]) == asked.question_id
    assert payload["fieldValue"] == {"value": "flipchart", "definition": {"key": "equipment"}}
    # and the booking field holds the canonical value, with one history entry
    definition = await m.BookingFieldDefinition.get(service_id=booking.service_id, key="equipment")
    value = await m.FieldValue.get(booking_id=booking.id, definition_id=definition.id)
    assert (value.value, value.participant_id) == ("flipchart", None)
    changes = await m.BookingFieldChange.filter(booking_id=booking.id, definition_id=definition.id)
    assert [
        (c.old_value, c.new_value, c.actor_id, c.channel, c.participant_id) for c in changes
    ] == [(None, "flipchart", world.user_ids["CUSTOMER"], m.ChangeChannel.QUESTION, None)]
    # and the thread's subscribers were woken up after the commit
    assert event is not None
    assert (event["type"], event["seq"]) == ("message", 3)


async def test_an_answer_replaces_a_previous_value_in_the_history(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The history keeps the old value; the actor is whoever answered (here an agent)."""
    # given a confirmed seminar whose catering notes were set at booking time
    booking = await make_booking(world)
    definition = await m.BookingFieldDefinition.get(
        service_id=booking.service_id, key="catering_notes"
    )
    await m.FieldValue.create(booking=booking, definition=definition, value="Coffee only")
    await confirmed(api, booking)
    asked = await question_for(booking, "catering_notes")
    # when the agent answers on the customer's behalf
    payload = await answer(api, "AGENT", asked.id, "  Two vegan lunches, no coffee.  ")
    # then the value is replaced and the change records old, new and the agent
    assert payload["errors"] == []
    assert payload["message"]["authorSide"] == "SERVICE_TEAM"
    assert payload["message"]["body"] == "Two vegan lunches, no coffee."
    value = await m.FieldValue.get(booking_id=booking.id, definition_id=definition.id)
    assert value.value == "Two vegan lunches, no coffee."
    change = await m.BookingFieldChange.get(booking_id=booking.id, definition_id=definition.id)
    assert (change.old_value, change.new_value, change.actor_id, change.channel) == (
        "Coffee only",
        "Two vegan lunches, no coffee.",
        world.user_ids["AGENT"],
        m.ChangeChannel.QUESTION,
    )


VALID_ANSWERS = [
    ("text", "Vegetarian lunch", "Vegetarian lunch"),
    ("name", "  Jean-Luc   O'Neil ", "Jean-Luc O'Neil"),
    ("plate", "fr-904-zk", "FR-904-ZK"),
    ("phone", "+33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("email", "Claire.Martin@Example.COM", "Claire.Martin@example.com"),
    ("date", "2026-06-01", "2026-06-01"),
    ("number", "12,5", "12.5"),
    ("choice", "Yes", "yes"),
]


@pytest.mark.parametrize(("key", "raw", "value"), VALID_ANSWERS, ids=[a[0] for a in VALID_ANSWERS])
async def test_a_valid_answer_of_each_type_is_stored_normalised(
    key: str, raw: str, value: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a confirmed booking of a service asking one question per field type
    booking = await make_booking(world, service=await quiz_service())
    await confirmed(api, booking)
    asked = await question_for(booking, key)
    # when the customer answers the question of that type
    payload = await answer(api, "CUSTOMER", asked.id, raw)
    # then the normalised value is stored and posted
    assert payload["errors"] == []
    assert payload["fieldValue"]["value"] == value
    assert payload["message"]["body"] == value
    stored_value = await m.FieldValue.get(booking_id=booking.id, definition__key=key)
    assert stored_value.value == value


INVALID_ANSWERS = [
    ("text", "x" * 21),
    ("name", "R2D2"),
    ("plate", "A"),
    ("phone", "12"),
    ("email", "claire.example.com"),
    ("date", "2026-02-30"),
    ("number", "12abc"),
    ("choice", "maybe"),
    ("text", "   "),
]


@pytest.mark.parametrize(
    ("key", "raw"), INVALID_ANSWERS, ids=[f"{k}-{i}" for i, (k, _) in enumerate(INVALID_ANSWERS)]
)
async def test_an_invalid_answer_of_each_type_is_refused_and_changes_nothing(
    key: str, raw: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """INVALID_VALUE on ``value``, with the field's message in the caller's language."""
    # given a confirmed booking of a service asking one question per field type
    booking = await make_booking(world, service=await quiz_service())
    await confirmed(api, booking)
    asked = await question_for(booking, key)
    before = await stored(booking)
    # when Claire (French) answers with a value her field refuses
    payload = await answer(api, "CUSTOMER", asked.id, raw)
    # then it is INVALID_VALUE with the validation message in French, and nothing changed
    definition = await m.BookingFieldDefinition.get(service_id=booking.service_id, key=key)
    expected = validate_value(definition, raw, "fr")[1] or "Ce champ est obligatoire."
    assert payload["message"] is None
    assert [(e["code"], e["message"], e["field"]) for e in payload["errors"]] == [
        ("INVALID_VALUE", expected, "value")
    ]
    assert await stored(booking) == before


async def test_a_question_is_answered_once(orm: None, world: DemoWorld, api: Api) -> None:
    """A second answer is refused; the first one stays."""
    # given an answered equipment question
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "equipment")
    assert (await answer(api, "CUSTOMER", asked.id, "projector"))["errors"] == []
    before = await stored(booking)
    # when it is answered again
    payload = await answer(api, "CUSTOMER", asked.id, "none")
    # then it is refused and the first answer stays
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("ALREADY_ANSWERED", "messageId")
    ]
    assert await stored(booking) == before


async def test_concurrent_answers_to_one_question_store_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """Two answers at the same moment: one is stored and posted, the other refused."""
    # given an unanswered equipment question
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "equipment")
    # when the customer and an agent answer it at once
    payloads = await asyncio.gather(
        answer(api, "CUSTOMER", asked.id, "projector"), answer(api, "AGENT", asked.id, "none")
    )
    # then one answer is stored, with one history entry and one ANSWER message
    assert sorted(tuple(codes(p)) for p in payloads) == [(), ("ALREADY_ANSWERED",)]
    assert await m.Message.filter(thread_id=asked.thread_id, kind=m.MessageKind.ANSWER).count() == 1
    assert await m.BookingFieldChange.filter(booking_id=booking.id).count() == 1


async def test_a_message_that_is_no_question_cannot_be_answered(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given the first message of a thread Claire started herself
    booking = await make_booking(world)
    await confirmed(api, booking)
    thread = await m.Thread.get(booking_id=booking.id)
    async with in_transaction():
        claire = await m.User.get(id=world.user_ids["CUSTOMER"])
        text = await append_message(thread.id, claire, "Hello")
    before = await stored(booking)
    # when it is answered
    payload = await answer(api, "CUSTOMER", text.id, "projector")
    # then it is refused as no question
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("NOT_A_QUESTION", "messageId")]
    assert await stored(booking) == before


async def test_a_question_out_of_scope_looks_missing(orm: None, world: DemoWorld, api: Api) -> None:
    """Another customer's question gets the answer a missing message gets."""
    # given Claire's question
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "equipment")
    before = await stored(booking)
    # when Jonas answers it, and a message that does not exist
    foreign = await answer(api, "CUSTOMER_OTHER", asked.id, "projector")
    missing = await answer(api, "CUSTOMER_OTHER", MISSING_PK, "projector")
    # then both are the same NOT_FOUND and nothing changed
    assert codes(foreign) == ["NOT_FOUND"]
    assert foreign == missing
    assert await stored(booking) == before


async def test_the_travel_manager_answers_for_a_company_booking(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The client company's travel manager sees the customer thread and may answer."""
    # given a confirmed seminar of Claire, who travels for Acme
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "catering_notes")
    # when Acme's travel manager answers
    payload = await answer(api, "TRAVEL_MANAGER", asked.id, "No pork, please.")
    # then the answer is stored with him as the actor
    assert payload["errors"] == []
    change = await m.BookingFieldChange.get(booking_id=booking.id)
    assert (change.new_value, change.actor_id) == (
        "No pork, please.",
        world.user_ids["TRAVEL_MANAGER"],
    )


@pytest.mark.parametrize("status", [m.BookingStatus.CANCELLED, m.BookingStatus.COMPLETED])
async def test_questions_of_a_booking_no_longer_confirmed_are_not_answered(
    status: m.BookingStatus, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a question of a booking that was cancelled (or completed) since
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "equipment")
    await m.Booking.filter(id=booking.id).update(status=status)
    before = await stored(booking)
    # when the customer answers it
    payload = await answer(api, "CUSTOMER", asked.id, "projector")
    # then it is refused and nothing changed
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("BOOKING_NOT_CONFIRMED", "messageId")
    ]
    assert await stored(booking) == before


async def test_a_question_in_a_closed_thread_is_not_answered(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a question in a thread the service team closed
    booking = await make_booking(world)
    await confirmed(api, booking)
    asked = await question_for(booking, "equipment")
    await m.Thread.filter(id=asked.thread_id).update(status=m.ThreadStatus.CLOSED)
    before = await stored(booking)
    # when the customer answers it
    payload = await answer(api, "CUSTOMER", asked.id, "projector")
    # then it is refused like a message to a closed thread
    assert codes(payload) == ["THREAD_CLOSED"]
    assert await stored(booking) == before


# --- the model's invariant --------------------------------------------------------------


async def test_a_question_stores_its_answer_in_a_per_booking_field_of_its_service(
    orm: None,
) -> None:
    """Per-participant fields and other services' fields are refused on save."""
    # given the seminar, its per-participant name field and another service's notes field
    seminar = await m.Service.get(name=SEMINAR)
    per_participant = await m.BookingFieldDefinition.get(service=seminar, key="participant_name")
    hike = await m.Service.get(name=HIKE)
    foreign = await m.BookingFieldDefinition.get(service=hike, key="notes")
    before = await m.ServiceQuestion.filter(service=seminar).count()
    # when questions storing into them are saved
    # then both are refused and none is stored
    for field in (per_participant, foreign):
        with pytest.raises(ValidationError):
            await m.ServiceQuestion.create(service=seminar, field=field, texts={"en": "Name?"})
    assert await m.ServiceQuestion.filter(service=seminar).count() == before

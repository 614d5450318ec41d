"""Self-service end to end, as a customer lives it, in English, French and German.

Confirmation e-mail over real SMTP → the edit link taken from the e-mail → validation
with the booking's e-mail address → a participant name and a licence plate edited →
the change in the history and pushed to the provider over a real WebSocket.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

import models as m
from tests.admin import gid
from tests.conftest import Api, DemoWorld, enable_self_service
from tests.factories import booking_for
from tests.test_outbox import Inbox, _text, run_worker, smtp, smtp_settings  # noqa: F401
from tests.wsclient import WsClient

CONFIRM = """
mutation ($id: ID!) { confirmBooking(input: {bookingId: $id}) { errors { code message } } }
"""
VALIDATE = """
mutation ($token: String!, $email: String!) {
  validateSelfServiceLink(input: {token: $token, email: $email}) {
    accessToken errors { code }
  }
}
"""
UPDATE = """
mutation ($values: [BookingFieldValueInput!]!) {
  updateBookingFields(input: {values: $values}) { errors { code field message } }
}
"""
HISTORY = """
query ($reference: String!) {
  booking(reference: $reference) { fieldHistory { fieldKey oldValue newValue channel } }
}
"""
BOOKING_UPDATED = """
subscription ($id: ID!) { bookingUpdated(bookingId: $id) { changes { fieldKey newValue } } }
"""

#: Demo customers by language, and a word only their confirmation e-mail contains.
CUSTOMERS = [
    pytest.param("CUSTOMER_VIP", "confirmed", id="en"),
    pytest.param("CUSTOMER", "confirmée", id="fr"),
    pytest.param("CUSTOMER_OTHER", "bestätigt", id="de"),
]


@pytest.mark.parametrize(("customer", "word"), CUSTOMERS)
async def test_a_customer_edits_their_booking_from_the_confirmation_email(
    customer: str,
    word: str,
    api: Api,
    orm: None,
    smtp: tuple[Inbox, int],  # noqa: F811
    tmp_path: Path,
    world: DemoWorld,
) -> None:
    # given an OPTION seminar booking with a participant, at a venue with self-service on
    inbox, port = smtp
    app = await enable_self_service()
    wording = (app.email_subject, app.email_text)
    app.email_subject, app.email_text = {}, {}
    await app.save(update_fields=["email_subject", "email_text"])
    booking = await booking_for(world, customer=customer, status=m.BookingStatus.OPTION)
    person = await m.Participant.create(booking=booking, position=1, name="Ann Example")
    fields = {
        d.key: d
        for d in await m.BookingFieldDefinition.filter(
            service_id=booking.service_id, key__in=["participant_name", "licence_plate"]
        )
    }
    owner = await m.User.get(id=booking.customer_id)
    try:
        # when the provider confirms it and the worker sends the e-mail
        confirmed = await api.query("PROVIDER_STAFF", CONFIRM, {"id": gid("Booking", booking.id)})
        assert confirmed["data"]["confirmBooking"]["errors"] == []
        await run_worker(smtp_settings(world, tmp_path, port))
    finally:
        app.email_subject, app.email_text = wording
        await app.save(update_fields=["email_subject", "email_text"])

    # then the customer's confirmation e-mail is in their language and carries the link
    # (the questions posted on confirmation come with a new-message e-mail of their own)
    (mail,) = [
        msg
        for msg in inbox.messages
        if booking.reference in str(msg["Subject"]) and "token=" in _text(msg)
    ]
    assert str(mail["To"]) == owner.email
    assert word in str(mail["Subject"])
    found = re.search(r"[?&]token=([\w-]+)", _text(mail))
    assert found, _text(mail)
    token = found[1]

    # when they validate the link with the booking's e-mail address (typed differently)
    validated = await api.query(None, VALIDATE, {"token": token, "email": owner.email.upper()})
    guest = validated["data"]["validateSelfServiceLink"]["accessToken"]
    assert guest, validated

    # and, while the provider listens, edit a participant name and the licence plate
    async with await WsClient.connect(api.client, world.tokens["PROVIDER_STAFF"]) as ws:
        await ws.subscribe("b", BOOKING_UPDATED, {"id": gid("Booking", booking.id)})
        await asyncio.sleep(0.2)  # the subscription registers asynchronously
        status, body = await api.post(
            UPDATE,
            {
                "values": [
                    {
                        "fieldDefinitionId": gid(
                            "BookingFieldDefinition", fields["participant_name"].id
                        ),
                        "participantId": gid("Participant", person.id),
                        "value": "Anna Exemple",
                    },
                    {
                        "fieldDefinitionId": gid(
                            "BookingFieldDefinition", fields["licence_plate"].id
                        ),
                        "value": "ab-123-cd",
                    },
                ]
            },
            token=guest,
        )
        assert status == 200
        assert body["data"]["updateBookingFields"]["errors"] == [], body
        pushed = await ws.data("b")

    # then the provider got the change pushed and sees it in the history
    assert sorted(c["fieldKey"] for c in pushed["bookingUpdated"]["changes"]) == [
        "licence_plate",
        "participant_name",
    ]
    history = await api.query("PROVIDER_STAFF", HISTORY, {"reference": booking.reference})
    edits = [
        (h["fieldKey"], h["newValue"])
        for h in history["data"]["booking"]["fieldHistory"]
        if h["channel"] == "SELF_SERVICE"
    ]
    assert sorted(edits) == [("licence_plate", "AB-123-CD"), ("participant_name", "Anna Exemple")]

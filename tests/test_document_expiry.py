"""A travel document that expires before a booking ends: the traveller is told once per
document and booking, in the booking's thread and by e-mail, in their language (issue 14)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import uuid4

import models as m
from resolvers.document_expiry import TEMPLATE, dedup_key, warn_expiring_documents
from roost.auth import mint_token
from roost.emails import render_email
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

UPDATE = """
mutation ($input: UpdateTravellerProfileInput!) {
  updateTravellerProfile(input: $input) {
    profile { identityDocuments { id expiresOn } }
    errors { code field }
  }
}
"""


def passport(expires_on: date, number: str) -> dict[str, str]:
    return {
        "kind": "PASSPORT",
        "number": number,
        "issuingCountry": "DE",
        "expiresOn": expires_on.isoformat(),
    }


async def traveller(world: DemoWorld, locale: str) -> tuple[m.User, str]:
    """A new customer of their own (documents added here warn about nobody else's trips)."""
    user = await m.User.create(
        email=f"{uuid4().hex[:10]}@traveller.example",
        name="Tess Traveller",
        role=m.Role.CUSTOMER,
        locale=locale,
    )
    return user, mint_token(world.settings, user)


async def trip(world: DemoWorld, user: m.User, **options: Any) -> m.Booking:
    """A confirmed booking of ``user`` (by default starting in 30 days)."""
    booking = await booking_for(world, **options)
    await m.Booking.filter(id=booking.id).update(customer_id=user.id, client_company_id=None)
    return await m.Booking.get(id=booking.id)


async def record(api: Api, token: str, documents: list[dict[str, str]]) -> None:
    status, body = await api.post(UPDATE, {"input": {"identityDocuments": documents}}, token=token)
    assert status == 200, body
    assert body["data"]["updateTravellerProfile"]["errors"] == [], body


async def warnings_for(booking: m.Booking) -> list[m.DocumentExpiryWarning]:
    return await m.DocumentExpiryWarning.filter(booking_id=booking.id)


async def system_messages(booking: m.Booking) -> list[m.Message]:
    return await m.Message.filter(
        thread__booking_id=booking.id, kind=m.MessageKind.SYSTEM
    ).order_by("id")


async def test_a_passport_expiring_before_the_trip_ends_warns_once_in_german(
    api: Api, orm: None, world: DemoWorld
) -> None:
    # given a German traveller with a trip in 30 days and another in 2 days
    today = datetime.now(UTC).date()
    user, token = await traveller(world, "de")
    later = await trip(world, user)
    sooner = await trip(world, user, starts_at=datetime.now(UTC) + timedelta(days=2))
    # when she records a passport that runs out in 10 days
    await record(api, token, [passport(today + timedelta(days=10), "C01X00T47")])
    # then the later trip's thread carries a SYSTEM message in German, the sooner one nothing
    [message] = await system_messages(later)
    assert "Reisepass" in message.body
    assert later.reference in message.body
    assert await system_messages(sooner) == []
    # and one e-mail is queued for her about that document and trip
    [warning] = await warnings_for(later)
    mail = await m.OutboxItem.get(dedup_key=dedup_key(warning.document_id, later.id))
    assert mail.template == TEMPLATE
    assert mail.recipient_id == user.id
    # and the worker's periodic pass, run twice at once, warns no more
    await asyncio.gather(
        warn_expiring_documents(datetime.now(UTC), world.settings.customer_portal_url),
        warn_expiring_documents(datetime.now(UTC), world.settings.customer_portal_url),
    )
    assert len(await warnings_for(later)) == 1
    assert len(await system_messages(later)) == 1
    assert await warnings_for(sooner) == []


async def test_a_valid_document_warns_of_nothing_and_a_cancelled_trip_is_left_alone(
    api: Api, orm: None, world: DemoWorld
) -> None:
    # given a traveller with a cancelled trip and a confirmed one, both in 30 days
    user, token = await traveller(world, "en")
    cancelled = await trip(world, user, status=m.BookingStatus.CANCELLED)
    confirmed = await trip(world, user)
    today = datetime.now(UTC).date()
    # when she records a passport valid well beyond both trips
    await record(api, token, [passport(today + timedelta(days=400), "L8V2")])
    # then neither trip gets a warning
    assert await warnings_for(confirmed) == []
    assert await warnings_for(cancelled) == []
    # and when she replaces it by one that runs out in 10 days, only the confirmed trip does
    await record(api, token, [passport(today + timedelta(days=10), "L8V3")])
    assert len(await warnings_for(confirmed)) == 1
    assert await warnings_for(cancelled) == []


def test_the_email_names_the_document_and_date_in_each_language() -> None:
    context = {
        "booking_reference": "BK-1",
        "document_kind": "PASSPORT",
        "issuing_country": "FR",
        "expires_on": "2027-03-04",
        "link": "https://portal.example/threads/1",
        "recipient_name": "Claire",
    }
    expected = {
        "en": ("passport", "March 4, 2027"),
        "fr": ("passeport", "4 mars 2027"),
        "de": ("Reisepass", "4. März 2027"),
    }
    for language, (kind, when) in expected.items():
        email = render_email(TEMPLATE, language, "America/New_York", context)
        assert kind in email.subject, language
        assert when in email.text, language
        assert "BK-1" in email.html, language

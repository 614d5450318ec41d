"""Self-service, the provider's side: activation, settings, e-mails, reminders, the list.

Every test builds a venue of its own (an organisation, a service with booking fields and
a member of staff with a token), so the demo data and the other tests never change what
a test counts. E-mails go through the outbox and its worker to a real SMTP server
(aiosmtpd). Reminder tests live decades ahead, one period each, so that no other
booking is ever in their window.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from aiosmtpd.controller import Controller

import models as m
from models.policy import MUTATIONS
from resolvers.selfservice_links import create_link, token_hash
from roost.auth import mint_token
from roost.demo import ACCOUNTS
from roost.settings import Settings
from roost.worker import Worker
from tests.admin import gid
from tests.conftest import Api, DemoWorld, make_settings
from tests.factories import booking_for
from tests.test_outbox import Inbox, free_port

pytestmark = pytest.mark.usefixtures("quiet_outbox")

ENABLE = """
mutation ($input: EnableSelfServiceInput!) {
  enableSelfService(input: $input) {
    app { id enabled editDeadlineHours provider { name } }
    errors { code message field }
  }
}
"""
DISABLE = """
mutation ($input: DisableSelfServiceInput!) {
  disableSelfService(input: $input) { app { id enabled } errors { code message field } }
}
"""
CONFIGURE = """
mutation ($input: ConfigureSelfServiceInput!) {
  configureSelfService(input: $input) {
    app {
      enabled editDeadlineHours emailSubject emailText reminderEnabled
      reminderHoursBeforeDeadline reminderText editableFields { id key }
    }
    errors { code message field }
  }
}
"""
APP = """
query ($provider: ID) {
  selfServiceApp(providerId: $provider) {
    enabled editDeadlineHours emailSubject emailText reminderEnabled
    reminderHoursBeforeDeadline reminderText editableFields { key }
  }
}
"""
ENTRY = """
  booking { id reference }
  editableUntil editable secondsRemaining linkOpened openedAt lastSentAt linksSent
  changeCount changes { fieldKey oldValue newValue channel }
"""
REMIND = f"""
mutation ($input: SendSelfServiceReminderInput!) {{
  sendSelfServiceReminder(input: $input) {{
    entry {{ {ENTRY} }}
    errors {{ code message field }}
  }}
}}
"""
SEND_EMAIL = f"""
mutation ($input: SendSelfServiceEmailInput!) {{
  sendSelfServiceEmail(input: $input) {{
    entry {{ {ENTRY} }}
    errors {{ code message field }}
  }}
}}
"""
PREVIEW = """
query ($booking: ID!, $locale: Locale, $kind: SelfServiceEmailKind) {
  selfServicePreview(bookingId: $booking, locale: $locale, kind: $kind) { subject text html }
}
"""
LIST = f"""
query ($tab: SelfServiceTab!, $provider: ID, $first: Int = 50, $after: String) {{
  selfServiceBookings(tab: $tab, providerId: $provider, first: $first, after: $after) {{
    totalCount
    pageInfo {{ hasNextPage endCursor }}
    nodes {{ {ENTRY} }}
  }}
}}
"""
CONFIRM = """
mutation ($input: ConfirmBookingInput!) {
  confirmBooking(input: $input) { booking { status } errors { code message field } }
}
"""

#: Labels of the venue's booking fields: key -> (type, scope, labels en/fr/de).
FIELDS: dict[str, tuple[m.FieldType, m.FieldScope, tuple[str, str, str]]] = {
    "participant_name": (
        m.FieldType.PERSON_NAME,
        m.FieldScope.PARTICIPANT,
        ("Participant name", "Nom du participant", "Name des Teilnehmers"),
    ),
    "licence_plate": (
        m.FieldType.LICENCE_PLATE,
        m.FieldScope.BOOKING,
        ("Licence plate", "Plaque d'immatriculation", "Kennzeichen"),
    ),
    "notes": (m.FieldType.TEXT, m.FieldScope.BOOKING, ("Notes", "Remarques", "Anmerkungen")),
}
LANGUAGE = {"CUSTOMER": "fr", "CUSTOMER_OTHER": "de", "CUSTOMER_VIP": "en"}
BUILT_IN_SUBJECT = {
    "en": "Your booking {} is confirmed",
    "fr": "Votre réservation {} est confirmée",
    "de": "Ihre Buchung {} ist bestätigt",
}
EDIT_BUTTON = {
    "en": "Update your booking details",
    "fr": "Modifier les données de ma réservation",
    "de": "Buchungsdaten ändern",
}

_PERIODS = itertools.count()


# --- helpers ----------------------------------------------------------------------------


def codes(payload: dict[str, Any]) -> list[str]:
    """The codes of a payload's user errors."""
    return [error["code"] for error in payload["errors"]]


def error_codes(body: dict[str, Any]) -> list[str]:
    """The ``extensions.code`` of a response's GraphQL errors."""
    return [error["extensions"]["code"] for error in body.get("errors", [])]


def role_of(key: str) -> m.Role:
    """The role of demo account ``key``."""
    return ACCOUNTS[key][2]


def period() -> datetime:
    """A moment in a 60-day period of its own, decades ahead (one per reminder test)."""
    return datetime(2060, 1, 4, 10, 0, tzinfo=UTC) + timedelta(days=60 * next(_PERIODS))


@dataclass(frozen=True)
class Venue:
    """A provider of the test's own, with one service, its fields and one staff member."""

    provider: m.Organisation
    service: m.Service
    fields: dict[str, m.BookingFieldDefinition]
    staff_token: str

    @property
    def id(self) -> str:
        return gid("Organisation", self.provider.id)

    def field_ids(self, *keys: str) -> list[str]:
        return [gid("BookingFieldDefinition", self.fields[key].id) for key in keys]


async def make_venue(world: DemoWorld, plan: m.Plan = m.Plan.PREMIUM) -> Venue:
    """A new venue on ``plan``, without the app."""
    suffix = uuid4().hex[:8]
    provider = await m.Organisation.create(
        name=f"Venue {suffix}",
        kind=m.OrganisationKind.PROVIDER,
        provider_kind=m.ProviderKind.VENUE,
        plan=plan,
        time_zone="Europe/Paris",
    )
    service = await m.Service.create(provider=provider, name=f"Workshop {suffix}")
    fields = {
        key: await m.BookingFieldDefinition.create(
            service=service,
            key=key,
            type=field_type,
            scope=scope,
            position=position,
            labels=dict(zip(("en", "fr", "de"), labels, strict=True)),
        )
        for position, (key, (field_type, scope, labels)) in enumerate(FIELDS.items(), start=1)
    }
    staff = await m.User.create(
        email=f"staff-{suffix}@venue.example",
        name=f"Staff {suffix}",
        role=m.Role.PROVIDER_STAFF,
        organisation=provider,
        locale=m.Locale.EN,
    )
    return Venue(provider, service, fields, mint_token(world.settings, staff))


async def as_staff(api: Api, venue: Venue, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    """The response to ``query`` sent by the venue's staff member."""
    status, body = await api.post(query, variables, token=venue.staff_token)
    assert status == 200, body
    return body


async def enable(api: Api, venue: Venue) -> dict[str, Any]:
    """``enableSelfService`` by the admin; it must succeed."""
    body = await api.query("ADMIN", ENABLE, {"input": {"providerId": venue.id}})
    payload = body["data"]["enableSelfService"]
    assert payload["errors"] == [], payload
    return payload["app"]


async def configure(api: Api, venue: Venue, **settings: Any) -> dict[str, Any]:
    """``configureSelfService`` by the venue's staff; returns the payload."""
    variables = {"input": {"providerId": venue.id, **settings}}
    body = await as_staff(api, venue, CONFIGURE, variables)
    assert "errors" not in body, body
    return body["data"]["configureSelfService"]


async def enabled_venue(api: Api, world: DemoWorld, **settings: Any) -> Venue:
    """A PREMIUM venue with the app on, configured with ``settings``."""
    venue = await make_venue(world)
    await enable(api, venue)
    payload = await configure(
        api,
        venue,
        editableFieldIds=venue.field_ids("participant_name", "licence_plate"),
        **settings,
    )
    assert payload["errors"] == [], payload
    return venue


async def option(
    world: DemoWorld, venue: Venue, customer: str = "CUSTOMER", starts_at: datetime | None = None
) -> m.Booking:
    """An OPTION on the venue's service for demo ``customer``."""
    return await booking_for(
        world,
        customer=customer,
        service=venue.service,
        status=m.BookingStatus.OPTION,
        starts_at=starts_at,
    )


async def confirm(api: Api, venue: Venue, booking: m.Booking) -> None:
    """Confirm ``booking`` as the venue's staff; it must succeed."""
    body = await as_staff(api, venue, CONFIRM, {"input": {"bookingId": gid("Booking", booking.id)}})
    assert body["data"]["confirmBooking"]["errors"] == [], body


async def app_state(provider_id: int) -> dict[str, Any] | None:
    """Everything configuring could change, as stored."""
    app = await m.SelfServiceApp.get_or_none(provider_id=provider_id)
    if app is None:
        return None
    keys = await app.editable_fields.all().values_list("key", flat=True)
    return {
        "enabled": app.enabled,
        "deadline": app.edit_deadline_hours,
        "subject": app.email_subject,
        "text": app.email_text,
        "reminder": (app.reminder_enabled, app.reminder_hours_before_deadline, app.reminder_text),
        "fields": sorted(keys),
    }


async def sent_state(booking: m.Booking) -> tuple[int, int]:
    """How many edit links and queued e-mails a booking has."""
    links = await m.SelfServiceLink.filter(booking_id=booking.id).count()
    items = await m.OutboxItem.filter(recipient_id=booking.customer_id, kind=m.OutboxKind.EMAIL)
    emails = [i for i in items if i.payload.get("booking_reference") == booking.reference]
    return links, len(emails)


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server on a free local port."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def smtp_settings(world: DemoWorld, tmp_path: Path, port: int) -> Settings:
    """The worker's settings: the test SMTP server, no deadline warnings."""
    return make_settings(
        world.settings.database_url,
        tmp_path,
        ROOST_SMTP_URL=f"smtp://127.0.0.1:{port}",
        ROOST_SMTP_TIMEOUT="2",
        ROOST_DEADLINE_WARNING_OFFSETS="off",
    )


def quiet_settings(world: DemoWorld, tmp_path: Path) -> Settings:
    """The worker's settings when it only runs its time-driven jobs (no deadline warnings)."""
    return make_settings(
        world.settings.database_url, tmp_path, ROOST_DEADLINE_WARNING_OFFSETS="off"
    )


async def run_worker_scheduled(settings: Settings, at: datetime) -> None:
    """Only the worker's time-driven jobs, its clock at ``at`` (nothing is delivered)."""
    await Worker(settings, clock=lambda: at).scheduled_jobs(at)


async def run_worker(settings: Settings, at: datetime) -> None:
    """One worker, its clock at ``at``, carries out everything due (several passes)."""
    worker = Worker(settings, clock=lambda: at)
    try:
        while await worker.run_once():
            pass
    finally:
        worker.release()


def plain(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def html(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    return part.get_content() if part else ""


def mails_about(inbox: Inbox, booking: m.Booking) -> list[EmailMessage]:
    """The e-mails that name the booking's reference."""
    return [msg for msg in inbox.messages if booking.reference in plain(msg)]


def edit_tokens(message: EmailMessage, base_url: str) -> list[str]:
    """The tokens of the edit links ``{base_url}?token=…`` in an e-mail's text."""
    return re.findall(re.escape(base_url) + r"\?token=([A-Za-z0-9_-]+)", plain(message))


# --- enableSelfService / disableSelfService ---------------------------------------------


@pytest.mark.parametrize("plan", [m.Plan.PREMIUM, m.Plan.ENTERPRISE])
async def test_an_admin_enables_the_app_for_an_eligible_plan(
    plan: m.Plan, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a provider on an eligible plan, without the app
    venue = await make_venue(world, plan)
    # when the admin enables it
    app = await enable(api, venue)
    # then the app is on, with the default settings
    assert (app["enabled"], app["editDeadlineHours"]) == (True, 48)
    assert app["provider"] == {"name": venue.provider.name}
    stored = await m.SelfServiceApp.get(provider_id=venue.provider.id)
    assert stored.enabled
    assert stored.enabled_at is not None
    assert stored.enabled_by_id == world.user_ids["ADMIN"]


async def test_a_basic_provider_cannot_have_the_app(orm: None, world: DemoWorld, api: Api) -> None:
    # given a provider on the BASIC plan
    venue = await make_venue(world, m.Plan.BASIC)
    # when the admin enables the app
    body = await api.query("ADMIN", ENABLE, {"input": {"providerId": venue.id}})
    # then it is refused as not eligible, and nothing is stored
    payload = body["data"]["enableSelfService"]
    assert payload["app"] is None
    assert payload["errors"] == [
        {
            "code": "PLAN_NOT_ELIGIBLE",
            "message": "Self-service is available on the PREMIUM and ENTERPRISE plans only.",
            "field": "providerId",
        }
    ]
    assert await app_state(venue.provider.id) is None


async def test_a_client_company_cannot_have_the_app(orm: None, api: Api) -> None:
    # given a client company
    acme = await m.Organisation.get(name="Acme Corporate")
    # when the admin enables the app for it
    variables = {"input": {"providerId": gid("Organisation", acme.id)}}
    body = await api.query("ADMIN", ENABLE, variables)
    # then it is refused: only providers have the app
    assert codes(body["data"]["enableSelfService"]) == ["NOT_A_PROVIDER"]
    assert await app_state(acme.id) is None


async def test_disabling_keeps_the_settings_and_enabling_restores_them(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a configured app with a link already sent
    venue = await enabled_venue(
        api, world, editDeadlineHours=72, emailSubject={"en": "Your data"}, reminderEnabled=True
    )
    booking = await option(world, venue)
    await confirm(api, venue, booking)
    configured = await app_state(venue.provider.id)
    # when the admin disables it
    body = await api.query("ADMIN", DISABLE, {"input": {"providerId": venue.id}})
    # then it is off, everything else kept (settings, links)
    assert body["data"]["disableSelfService"]["errors"] == []
    assert body["data"]["disableSelfService"]["app"]["enabled"] is False
    assert await app_state(venue.provider.id) == {**configured, "enabled": False}
    assert await m.SelfServiceLink.filter(booking_id=booking.id).count() == 1
    seen = await api.query("ADMIN", APP, {"provider": venue.id})
    assert seen["data"]["selfServiceApp"]["editDeadlineHours"] == 72
    # when the admin enables it again
    await enable(api, venue)
    # then the same settings are back
    assert await app_state(venue.provider.id) == configured


# --- configureSelfService ---------------------------------------------------------------


async def test_provider_staff_configure_their_app(orm: None, world: DemoWorld, api: Api) -> None:
    # given an enabled app
    venue = await make_venue(world)
    await enable(api, venue)
    # when the venue's staff sets every setting
    payload = await configure(
        api,
        venue,
        editDeadlineHours=24,
        emailSubject={"en": " Check your booking ", "fr": "Vérifiez votre réservation", "de": ""},
        emailText={"en": "Dear guest,\nplease check the names."},
        reminderEnabled=True,
        reminderHoursBeforeDeadline=12,
        reminderText={"de": "Bitte prüfen Sie die Namen."},
        editableFieldIds=venue.field_ids("participant_name", "notes"),
    )
    # then they are saved (blank texts dropped, texts trimmed) and returned
    assert payload["errors"] == []
    app = payload["app"]
    assert app["emailSubject"] == {
        "en": "Check your booking",
        "fr": "Vérifiez votre réservation",
    }
    assert (
        app["editDeadlineHours"],
        app["reminderEnabled"],
        app["reminderHoursBeforeDeadline"],
    ) == (
        24,
        True,
        12,
    )
    assert sorted(field["key"] for field in app["editableFields"]) == ["notes", "participant_name"]
    assert await app_state(venue.provider.id) == {
        "enabled": True,
        "deadline": 24,
        "subject": {"en": "Check your booking", "fr": "Vérifiez votre réservation"},
        "text": {"en": "Dear guest,\nplease check the names."},
        "reminder": (True, 12, {"de": "Bitte prüfen Sie die Namen."}),
        "fields": ["notes", "participant_name"],
    }
    # and a later change of one setting leaves the others alone
    before = await app_state(venue.provider.id)
    again = await configure(api, venue, editDeadlineHours=36)
    assert again["errors"] == []
    assert await app_state(venue.provider.id) == {**(before or {}), "deadline": 36}


async def test_invalid_settings_are_refused_field_by_field_and_nothing_is_saved(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a configured app
    venue = await enabled_venue(api, world, editDeadlineHours=48)
    before = await app_state(venue.provider.id)
    foreign = await m.BookingFieldDefinition.get(
        service__name="Seminar day package", key="licence_plate"
    )
    # when the staff sends negative hours, a field of another provider's service, an
    # unknown locale and an over-long subject, together with valid settings
    payload = await configure(
        api,
        venue,
        editDeadlineHours=-1,
        reminderHoursBeforeDeadline=-5,
        reminderEnabled=True,
        emailSubject={"en": "x" * 201, "it": "Ciao"},
        emailText={"fr": "Bonjour"},
        editableFieldIds=[*venue.field_ids("notes"), gid("BookingFieldDefinition", foreign.id)],
    )
    # then each problem is reported on its field
    assert payload["app"] is None
    assert sorted((e["code"], e["field"]) for e in payload["errors"]) == [
        ("OUT_OF_RANGE", "editDeadlineHours"),
        ("OUT_OF_RANGE", "reminderHoursBeforeDeadline"),
        ("TOO_LONG", "emailSubject.en"),
        ("UNKNOWN_FIELD", "editableFieldIds[1]"),
        ("UNKNOWN_LOCALE", "emailSubject.it"),
    ]
    # and nothing was saved, not even the valid settings
    assert await app_state(venue.provider.id) == before


async def test_a_field_of_another_provider_alone_is_refused(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a configured app and the field of another venue's service
    venue = await enabled_venue(api, world)
    other = await make_venue(world)
    before = await app_state(venue.provider.id)
    # when the staff makes the other venue's field editable
    payload = await configure(api, venue, editableFieldIds=other.field_ids("notes"))
    # then it is refused like an unknown field, and the selection is unchanged
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("UNKNOWN_FIELD", "editableFieldIds[0]")
    ]
    assert await app_state(venue.provider.id) == before


async def test_staff_of_another_provider_cannot_configure(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an enabled app of a venue
    venue = await enabled_venue(api, world)
    before = await app_state(venue.provider.id)
    # when the staff of another provider configures it
    variables = {"input": {"providerId": venue.id, "editDeadlineHours": 1}}
    body = await api.query("PROVIDER_STAFF_OTHER", CONFIGURE, variables)
    # then the provider does not exist for them, and nothing changes
    assert codes(body["data"]["configureSelfService"]) == ["NOT_FOUND"]
    assert await app_state(venue.provider.id) == before


async def test_agents_configure_any_provider(orm: None, world: DemoWorld, api: Api) -> None:
    # given an enabled app
    venue = await enabled_venue(api, world)
    # when an agent changes the deadline
    variables = {"input": {"providerId": venue.id, "editDeadlineHours": 96}}
    body = await api.query("AGENT", CONFIGURE, variables)
    # then it is saved
    assert body["data"]["configureSelfService"]["errors"] == []
    assert (await app_state(venue.provider.id) or {})["deadline"] == 96


async def test_a_new_deadline_moves_the_expiry_of_open_links(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking confirmed with a 48-hour deadline
    venue = await enabled_venue(api, world)
    booking = await option(world, venue)
    await confirm(api, venue, booking)
    # when the staff sets a 72-hour deadline
    await configure(api, venue, editDeadlineHours=72)
    # then its link now expires 72 hours before the start
    link = await m.SelfServiceLink.get(booking_id=booking.id)
    assert link.expires_at == booking.starts_at - timedelta(hours=72)


# --- until enabled, nothing works -------------------------------------------------------


@pytest.mark.parametrize("history", ["never enabled", "disabled"])
async def test_every_self_service_operation_needs_the_app_enabled(
    history: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a PREMIUM venue whose app is off, and one of its confirmed bookings
    venue = await make_venue(world)
    if history == "disabled":
        await enable(api, venue)
        await configure(api, venue, editableFieldIds=venue.field_ids("notes"))
        await api.query("ADMIN", DISABLE, {"input": {"providerId": venue.id}})
    booking = await booking_for(world, service=venue.service)
    before = (await app_state(venue.provider.id), await sent_state(booking))
    booking_id = gid("Booking", booking.id)

    async def send(caller: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        if caller == "staff":
            return await as_staff(api, venue, query, variables)
        return await api.query(caller, query, variables)

    for caller in ("staff", "AGENT"):
        # when the staff or an agent uses any self-service operation
        configured = await send(
            caller, CONFIGURE, {"input": {"providerId": venue.id, "editDeadlineHours": 1}}
        )
        reminded = await send(caller, REMIND, {"input": {"bookingId": booking_id}})
        emailed = await send(
            caller,
            SEND_EMAIL,
            {"input": {"bookingId": booking_id, "subject": "Hi", "text": "Edit"}},
        )
        previewed = await send(caller, PREVIEW, {"booking": booking_id})
        listed = await send(caller, LIST, {"tab": "UPCOMING", "provider": venue.id})
        # then each is refused with SELF_SERVICE_DISABLED
        assert codes(configured["data"]["configureSelfService"]) == ["SELF_SERVICE_DISABLED"]
        assert codes(reminded["data"]["sendSelfServiceReminder"]) == ["SELF_SERVICE_DISABLED"]
        assert codes(emailed["data"]["sendSelfServiceEmail"]) == ["SELF_SERVICE_DISABLED"]
        assert error_codes(previewed) == ["SELF_SERVICE_DISABLED"]
        assert previewed["data"] is None
        assert error_codes(listed) == ["SELF_SERVICE_DISABLED"]
    # and the staff's own list (no provider named) says the same
    own = await as_staff(api, venue, LIST, {"tab": "ARCHIVED"})
    assert error_codes(own) == ["SELF_SERVICE_DISABLED"]
    # and nothing changed
    assert (await app_state(venue.provider.id), await sent_state(booking)) == before


# --- the confirmation e-mail ------------------------------------------------------------


@pytest.mark.parametrize("customer", list(LANGUAGE))
async def test_the_confirmation_carries_an_edit_link_in_the_customers_language(
    customer: str,
    orm: None,
    world: DemoWorld,
    api: Api,
    smtp: tuple[Inbox, int],
    tmp_path: Path,
) -> None:
    # given an enabled venue (48-hour deadline, names and plate editable) and an option
    inbox, port = smtp
    venue = await enabled_venue(api, world)
    booking = await option(world, venue, customer)
    language = LANGUAGE[customer]
    # when the staff confirms it and the worker delivers the outbox
    await confirm(api, venue, booking)
    await run_worker(smtp_settings(world, tmp_path, port), datetime.now(UTC) + timedelta(minutes=1))
    # then the customer gets one confirmation, in their language
    [mail] = mails_about(inbox, booking)
    assert str(mail["To"]) == ACCOUNTS[customer][0]
    assert str(mail["Subject"]) == BUILT_IN_SUBJECT[language].format(booking.reference)
    text = plain(mail)
    assert EDIT_BUTTON[language] in text
    assert EDIT_BUTTON[language] in html(mail)
    labels = dict(zip(("en", "fr", "de"), range(3), strict=True))
    for key in ("participant_name", "licence_plate"):
        assert FIELDS[key][2][labels[language]] in text
    assert FIELDS["notes"][2][labels[language]] not in text
    # with one edit link, ROOST_SELF_SERVICE_URL?token=…, in the text and the HTML
    base = world.settings.self_service_url
    [token] = edit_tokens(mail, base)
    assert f'href="{base}?token={token}"' in html(mail)
    # whose token is stored only hashed, for this booking, expiring at the deadline
    link = await m.SelfServiceLink.get(token_hash=token_hash(token))
    assert link.booking_id == booking.id
    assert link.expires_at == booking.starts_at - timedelta(hours=48)
    assert not await m.SelfServiceLink.filter(token_hash=token).exists()


async def test_the_providers_own_subject_and_text_replace_the_built_in_ones(
    orm: None, world: DemoWorld, api: Api, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    # given a venue with its own French subject and text (with markup), none in German
    inbox, port = smtp
    venue = await enabled_venue(
        api,
        world,
        emailSubject={"fr": "Vos participants <b>"},
        emailText={"fr": "Chère cliente,\nmerci de vérifier <script>les noms</script>."},
    )
    claire = await option(world, venue, "CUSTOMER")
    jonas = await option(world, venue, "CUSTOMER_OTHER")
    # when both are confirmed and delivered
    await confirm(api, venue, claire)
    await confirm(api, venue, jonas)
    await run_worker(smtp_settings(world, tmp_path, port), datetime.now(UTC) + timedelta(minutes=1))
    # then Claire (fr) gets the venue's words, escaped in HTML, with the edit button
    [french] = mails_about(inbox, claire)
    assert str(french["Subject"]) == "Vos participants <b>"
    assert "merci de vérifier <script>les noms</script>." in plain(french)
    assert "<script>" not in html(french)
    assert "&lt;script&gt;les noms&lt;/script&gt;" in html(french)
    assert "Vous pouvez modifier vous-même" not in plain(french)
    assert edit_tokens(french, world.settings.self_service_url)
    # and Jonas (de) gets the built-in German wording
    [german] = mails_about(inbox, jonas)
    assert str(german["Subject"]) == BUILT_IN_SUBJECT["de"].format(jonas.reference)
    assert "selbst ändern" in plain(german)


async def test_a_basic_providers_confirmation_has_no_edit_link(
    orm: None, world: DemoWorld, api: Api, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    # given an option of the BASIC demo supplier (no app)
    inbox, port = smtp
    booking = await booking_for(
        world, customer="CUSTOMER_VIP", service="Glacier hike", status=m.BookingStatus.OPTION
    )
    # when an agent confirms it and the worker delivers
    body = await api.query("AGENT", CONFIRM, {"input": {"bookingId": gid("Booking", booking.id)}})
    assert body["data"]["confirmBooking"]["errors"] == []
    await run_worker(smtp_settings(world, tmp_path, port), datetime.now(UTC) + timedelta(minutes=1))
    # then the confirmation links to the booking in the portal, without any edit link
    [mail] = mails_about(inbox, booking)
    assert str(mail["Subject"]) == BUILT_IN_SUBJECT["en"].format(booking.reference)
    assert world.settings.self_service_url not in plain(mail) + html(mail)
    assert f"{world.settings.customer_portal_url}/bookings/{gid('Booking', booking.id)}" in plain(
        mail
    )
    assert "View your booking" in plain(mail)
    assert not await m.SelfServiceLink.filter(booking_id=booking.id).exists()


async def test_no_edit_link_once_the_deadline_has_passed(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an enabled venue (48-hour deadline) and an option starting in 24 hours
    venue = await enabled_venue(api, world)
    booking = await option(world, venue, starts_at=datetime.now(UTC) + timedelta(hours=24))
    # when it is confirmed
    await confirm(api, venue, booking)
    # then the confirmation is queued without a link
    [item] = await m.OutboxItem.filter(dedup_key=f"booking-confirmed:{booking.id}")
    assert item.payload["self_service"] is False
    assert not await m.SelfServiceLink.filter(booking_id=booking.id).exists()


# --- the preview ------------------------------------------------------------------------


async def test_the_preview_renders_the_providers_email_without_sending_it(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a venue with its own German subject and an option of Claire's (fr)
    venue = await enabled_venue(
        api,
        world,
        emailSubject={"de": "Ihre Teilnehmerdaten"},
        reminderText={"fr": "Les badges sont imprimés J-3."},
    )
    booking = await booking_for(world, service=venue.service)
    before = await sent_state(booking)
    variables = {"booking": gid("Booking", booking.id)}
    # when the staff previews the confirmation in German, then in Claire's language
    german = await as_staff(api, venue, PREVIEW, {**variables, "locale": "DE"})
    french = await as_staff(api, venue, PREVIEW, variables)
    reminder = await as_staff(api, venue, PREVIEW, {**variables, "kind": "REMINDER"})
    # then they read as the customer would get them, with a placeholder link
    assert german["data"]["selfServicePreview"]["subject"] == "Ihre Teilnehmerdaten"
    assert "Guten Tag Claire Martin" in german["data"]["selfServicePreview"]["text"]
    french_preview = french["data"]["selfServicePreview"]
    assert french_preview["subject"] == BUILT_IN_SUBJECT["fr"].format(booking.reference)
    assert f"{world.settings.self_service_url}?token=preview" in french_preview["text"]
    assert EDIT_BUTTON["fr"] in french_preview["html"]
    assert "Les badges sont imprimés J-3." in reminder["data"]["selfServicePreview"]["text"]
    # and nothing was stored or queued
    assert await sent_state(booking) == before


@pytest.mark.parametrize("key", ["CUSTOMER", "ANALYST", "PROVIDER_STAFF_OTHER"])
async def test_only_those_who_configure_may_preview(
    key: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking of an enabled venue
    venue = await enabled_venue(api, world)
    booking = await booking_for(world, service=venue.service)
    # when another role previews its e-mail
    body = await api.query(key, PREVIEW, {"booking": gid("Booking", booking.id)})
    # then it is refused (forbidden, or a booking they cannot see)
    expected = "NOT_FOUND" if role_of(key) in MUTATIONS["configureSelfService"] else "FORBIDDEN"
    assert error_codes(body) == [expected]


# --- reminders --------------------------------------------------------------------------


async def test_the_scheduled_reminder_goes_out_once_at_its_time(
    orm: None, world: DemoWorld, api: Api, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    # given a venue reminding 72 hours before its 48-hour deadline, with extra text,
    # and a booking confirmed (with its link) long before
    inbox, port = smtp
    venue = await enabled_venue(
        api,
        world,
        reminderEnabled=True,
        reminderHoursBeforeDeadline=72,
        reminderText={"de": "Bitte prüfen Sie alle Namen."},
    )
    starts = period() + timedelta(days=30)
    booking = await option(world, venue, "CUSTOMER_OTHER", starts_at=starts)
    await confirm(api, venue, booking)
    due = starts - timedelta(hours=48 + 72)
    settings = smtp_settings(world, tmp_path, port)
    # when the worker runs a minute before the reminder time
    await run_worker(settings, due - timedelta(minutes=1))
    # then only the confirmation went out
    assert len(mails_about(inbox, booking)) == 1
    # when it runs at the reminder time, and again later
    for later in (due, due + timedelta(minutes=5), due + timedelta(hours=30)):
        await run_worker(settings, later)
    # then exactly one reminder went out, in German, with the extra text and a new link
    confirmation, reminder = mails_about(inbox, booking)
    assert str(reminder["Subject"]).startswith(f"Erinnerung: Daten der Buchung {booking.reference}")
    assert "Bitte prüfen Sie alle Namen." in plain(reminder)
    assert "noch 3 Tage" in plain(reminder)
    base = world.settings.self_service_url
    [token] = edit_tokens(reminder, base)
    assert token not in edit_tokens(confirmation, base)
    link = await m.SelfServiceLink.get(token_hash=token_hash(token))
    assert (link.booking_id, link.expires_at) == (booking.id, starts - timedelta(hours=48))
    assert await m.OutboxItem.filter(dedup_key=f"selfservice-reminder:{booking.id}").count() == 1


async def test_no_scheduled_reminder_after_the_deadline_or_when_switched_off(
    orm: None, world: DemoWorld, api: Api, tmp_path: Path
) -> None:
    # given two venues reminding 72 hours before a 48-hour deadline, one switched off,
    # each with a confirmed booking
    reminding = await enabled_venue(api, world, reminderEnabled=True)
    silent = await enabled_venue(api, world, reminderEnabled=False)
    starts = period() + timedelta(days=30)
    late = await option(world, reminding, starts_at=starts)
    quiet = await option(world, silent, starts_at=starts + timedelta(days=10))
    await confirm(api, reminding, late)
    await confirm(api, silent, quiet)
    settings = quiet_settings(world, tmp_path)
    # when the worker first runs after the first one's deadline, then in the second's window
    await run_worker_scheduled(settings, starts - timedelta(hours=47))
    await run_worker_scheduled(settings, quiet.starts_at - timedelta(hours=100))
    # then neither gets a reminder
    for booking in (late, quiet):
        assert not await m.OutboxItem.exists(dedup_key=f"selfservice-reminder:{booking.id}")
        assert await m.SelfServiceLink.filter(booking_id=booking.id).count() == 1


async def test_a_booking_confirmed_after_its_reminder_time_gets_no_reminder(
    orm: None, world: DemoWorld, api: Api, tmp_path: Path
) -> None:
    # given a venue reminding 72 hours before its 48-hour deadline and a booking
    # confirmed 100 hours before it starts (its reminder time has passed)
    venue = await enabled_venue(api, world, reminderEnabled=True)
    booking = await option(world, venue, starts_at=datetime.now(UTC) + timedelta(hours=100))
    await confirm(api, venue, booking)
    # when the scheduled jobs run now
    await run_worker_scheduled(
        quiet_settings(world, tmp_path), datetime.now(UTC) + timedelta(minutes=1)
    )
    # then the confirmation's link is all it got
    assert not await m.OutboxItem.exists(dedup_key=f"selfservice-reminder:{booking.id}")


async def test_staff_send_a_reminder_again_with_a_fresh_link(
    orm: None, world: DemoWorld, api: Api, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    # given a confirmed booking of an enabled venue
    inbox, port = smtp
    venue = await enabled_venue(api, world)
    booking = await option(world, venue, "CUSTOMER_VIP")
    await confirm(api, venue, booking)
    # when the staff sends a reminder, twice
    variables = {"input": {"bookingId": gid("Booking", booking.id)}}
    first = await as_staff(api, venue, REMIND, variables)
    second = await as_staff(api, venue, REMIND, variables)
    await run_worker(smtp_settings(world, tmp_path, port), datetime.now(UTC) + timedelta(minutes=1))
    # then each goes out with a link of its own, and the entry counts the links
    assert first["data"]["sendSelfServiceReminder"]["errors"] == []
    entry = second["data"]["sendSelfServiceReminder"]["entry"]
    assert (entry["booking"]["reference"], entry["linksSent"], entry["editable"]) == (
        booking.reference,
        3,
        True,
    )
    mails = mails_about(inbox, booking)
    reminders = [m for m in mails if str(m["Subject"]).startswith("Reminder: update the details")]
    assert len(reminders) == 2
    tokens = {t for mail in mails for t in edit_tokens(mail, world.settings.self_service_url)}
    assert len(tokens) == 3
    # and the scheduled reminder is still to come (manual ones do not count)
    assert not await m.OutboxItem.exists(dedup_key=f"selfservice-reminder:{booking.id}")


async def test_staff_send_their_own_email_with_the_edit_button(
    orm: None, world: DemoWorld, api: Api, smtp: tuple[Inbox, int], tmp_path: Path
) -> None:
    # given a confirmed booking of Claire's (fr) at an enabled venue
    inbox, port = smtp
    venue = await enabled_venue(api, world)
    booking = await option(world, venue)
    await confirm(api, venue, booking)
    # when the staff sends their own e-mail
    variables = {
        "input": {
            "bookingId": gid("Booking", booking.id),
            "subject": "Plaque manquante",
            "text": "Bonjour,\nil manque la plaque <b>du bus</b>.",
        }
    }
    body = await as_staff(api, venue, SEND_EMAIL, variables)
    await run_worker(smtp_settings(world, tmp_path, port), datetime.now(UTC) + timedelta(minutes=1))
    # then Claire gets it with their subject, their text (escaped in HTML) and the button
    assert body["data"]["sendSelfServiceEmail"]["errors"] == []
    [mail] = [m for m in mails_about(inbox, booking) if str(m["Subject"]) == "Plaque manquante"]
    assert "il manque la plaque <b>du bus</b>." in plain(mail)
    assert "&lt;b&gt;du bus&lt;/b&gt;" in html(mail)
    assert EDIT_BUTTON["fr"] in plain(mail)
    [token] = edit_tokens(mail, world.settings.self_service_url)
    assert (await m.SelfServiceLink.get(token_hash=token_hash(token))).booking_id == booking.id


async def test_a_custom_email_needs_a_subject_and_a_text(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a confirmed booking of an enabled venue
    venue = await enabled_venue(api, world)
    booking = await booking_for(world, service=venue.service)
    before = await sent_state(booking)
    # when the staff sends an empty subject and an over-long text
    variables = {
        "input": {"bookingId": gid("Booking", booking.id), "subject": " ", "text": "x" * 5001}
    }
    body = await as_staff(api, venue, SEND_EMAIL, variables)
    # then both are reported, and nothing is sent
    payload = body["data"]["sendSelfServiceEmail"]
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("REQUIRED", "subject"),
        ("TOO_LONG", "text"),
    ]
    assert await sent_state(booking) == before


@pytest.mark.parametrize("document", ["reminder", "email"])
async def test_sending_is_refused_after_the_deadline_and_outside_the_scope(
    document: str, orm: None, world: DemoWorld, api: Api
) -> None:
    # given an enabled venue, a booking past its deadline, and a booking of another venue
    venue = await enabled_venue(api, world)
    other = await enabled_venue(api, world)
    closed = await booking_for(
        world, service=venue.service, starts_at=datetime.now(UTC) + timedelta(hours=47)
    )
    foreign = await booking_for(world, service=other.service)
    cancelled = await booking_for(world, service=venue.service, status=m.BookingStatus.CANCELLED)
    before = [await sent_state(b) for b in (closed, foreign, cancelled)]
    query, name = (
        (REMIND, "sendSelfServiceReminder")
        if document == "reminder"
        else (SEND_EMAIL, "sendSelfServiceEmail")
    )
    extra = {} if document == "reminder" else {"subject": "Hi", "text": "Please check."}

    async def send(booking: m.Booking) -> list[str]:
        variables = {"input": {"bookingId": gid("Booking", booking.id), **extra}}
        return codes((await as_staff(api, venue, query, variables))["data"][name])

    # when the venue's staff sends for each
    # then: the deadline passed, the other venue's booking does not exist for them, and a
    # cancelled booking cannot be edited; nothing is sent
    assert await send(closed) == ["EDIT_DEADLINE_PASSED"]
    assert await send(foreign) == ["NOT_FOUND"]
    assert await send(cancelled) == ["BOOKING_NOT_CONFIRMED"]
    assert [await sent_state(b) for b in (closed, foreign, cancelled)] == before


# --- the provider's list ----------------------------------------------------------------


async def test_the_tabs_list_bookings_with_a_link_by_whether_edits_are_open(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given an enabled venue (48-hour deadline) with bookings:
    venue = await enabled_venue(api, world)
    app = await m.SelfServiceApp.get(provider_id=venue.provider.id)
    now = datetime.now(UTC).replace(microsecond=0)
    # open: confirmed in 10 and 20 days, with links; the first opened, with changes
    soon = await option(world, venue, starts_at=now + timedelta(days=10))
    later = await option(world, venue, "CUSTOMER_OTHER", starts_at=now + timedelta(days=20))
    for booking in (soon, later):
        await confirm(api, venue, booking)
    opened_at = now - timedelta(minutes=5)
    await m.SelfServiceLink.filter(booking_id=soon.id).update(opened_at=opened_at)
    plate = venue.fields["licence_plate"]
    await m.BookingFieldChange.create(
        booking=soon,
        definition=plate,
        old_value="AB-123-CD",
        new_value="GE 12345",
        channel=m.ChangeChannel.SELF_SERVICE,
    )
    await m.BookingFieldChange.create(
        booking=soon, definition=plate, new_value="X", channel=m.ChangeChannel.PROVIDER
    )
    # closed: one past its deadline, one cancelled, both with a link
    closed = await booking_for(world, service=venue.service, starts_at=now + timedelta(hours=30))
    cancelled = await booking_for(
        world,
        service=venue.service,
        status=m.BookingStatus.CANCELLED,
        starts_at=now + timedelta(days=15),
    )
    for booking in (closed, cancelled):
        await create_link(booking, app)
    # and one confirmed without any link
    await booking_for(world, service=venue.service)
    # when the staff reads both tabs
    upcoming = await as_staff(api, venue, LIST, {"tab": "UPCOMING"})
    archived = await as_staff(api, venue, LIST, {"tab": "ARCHIVED"})
    # then UPCOMING has the open ones, soonest first; ARCHIVED the others, latest first
    assert "errors" not in upcoming, upcoming
    listed = upcoming["data"]["selfServiceBookings"]
    assert listed["totalCount"] == 2
    first, second = listed["nodes"]
    assert [first["booking"]["reference"], second["booking"]["reference"]] == [
        soon.reference,
        later.reference,
    ]
    assert [
        n["booking"]["reference"] for n in archived["data"]["selfServiceBookings"]["nodes"]
    ] == [
        cancelled.reference,
        closed.reference,
    ]
    # with whether the link was opened, the deadline and the self-service changes only
    assert (first["linkOpened"], second["linkOpened"], second["openedAt"]) == (True, False, None)
    assert datetime.fromisoformat(first["openedAt"]) == opened_at
    deadline = soon.starts_at - timedelta(hours=48)
    assert datetime.fromisoformat(first["editableUntil"]) == deadline
    assert first["editable"] is True
    assert 0 < first["secondsRemaining"] <= (deadline - now).total_seconds()
    assert (first["changeCount"], second["changeCount"]) == (1, 0)
    assert first["changes"] == [
        {
            "fieldKey": "licence_plate",
            "oldValue": "AB-123-CD",
            "newValue": "GE 12345",
            "channel": "SELF_SERVICE",
        }
    ]
    # and pages follow each other
    page = await as_staff(api, venue, LIST, {"tab": "UPCOMING", "first": 1})
    after = page["data"]["selfServiceBookings"]["pageInfo"]["endCursor"]
    rest = await as_staff(api, venue, LIST, {"tab": "UPCOMING", "first": 1, "after": after})
    assert [n["booking"]["reference"] for n in rest["data"]["selfServiceBookings"]["nodes"]] == [
        later.reference
    ]


async def test_who_sees_which_self_service_bookings(orm: None, world: DemoWorld, api: Api) -> None:
    # given a confirmed booking with a link at an enabled venue, with a self-service change
    venue = await enabled_venue(api, world)
    booking = await option(world, venue)
    await confirm(api, venue, booking)
    await m.BookingFieldChange.create(
        booking=booking,
        definition=venue.fields["licence_plate"],
        new_value="GE 12345",
        channel=m.ChangeChannel.SELF_SERVICE,
    )
    mine = {"tab": "UPCOMING", "provider": venue.id}
    # when the service team lists that venue's bookings
    agent = await api.query("AGENT", LIST, mine)
    analyst = await api.query("ANALYST", LIST, mine)
    # then they see it; the analyst with the changed values masked
    [entry] = agent["data"]["selfServiceBookings"]["nodes"]
    assert entry["booking"]["reference"] == booking.reference
    assert entry["changes"][0]["newValue"] == "GE 12345"
    [masked] = analyst["data"]["selfServiceBookings"]["nodes"]
    assert masked["changes"][0]["newValue"] != "GE 12345"
    assert "***" in masked["changes"][0]["newValue"]
    # and agents find it without naming the provider too
    assert booking.reference in await every_reference(api, "AGENT", "UPCOMING")
    # when the customer, another provider's staff (no app) or a travel manager list it
    customer = await api.query("CUSTOMER", LIST, mine)
    other = await api.query("PROVIDER_STAFF_OTHER", LIST, {"tab": "UPCOMING"})
    other_named = await api.query("PROVIDER_STAFF_OTHER", LIST, mine)
    manager = await api.query("TRAVEL_MANAGER", LIST, {"tab": "UPCOMING"})
    # then the travel manager sees nothing, the other venue's staff learn that their own
    # provider has no app, and those naming this venue get the answer for any provider
    # whose app they may not see (tests/test_side_channels.py)
    assert manager["data"]["selfServiceBookings"]["nodes"] == []
    assert error_codes(other) == ["SELF_SERVICE_DISABLED"]
    assert error_codes(customer) == error_codes(other_named) == ["SELF_SERVICE_DISABLED"]


async def every_reference(api: Api, role: str, tab: str) -> list[str]:
    """The references of every booking on ``tab`` for ``role``, page after page."""
    references: list[str] = []
    after = None
    while True:
        body = await api.query(role, LIST, {"tab": tab, "first": 100, "after": after})
        listed = body["data"]["selfServiceBookings"]
        references += [node["booking"]["reference"] for node in listed["nodes"]]
        if not listed["pageInfo"]["hasNextPage"]:
            return references
        after = listed["pageInfo"]["endCursor"]


# --- the policy -------------------------------------------------------------------------

#: Each self-service mutation with a valid input for a venue and one of its bookings.
DOCUMENTS: dict[str, tuple[str, Any]] = {
    "enableSelfService": (ENABLE, lambda venue, booking: {"providerId": venue.id}),
    "disableSelfService": (DISABLE, lambda venue, booking: {"providerId": venue.id}),
    "configureSelfService": (
        CONFIGURE,
        lambda venue, booking: {"providerId": venue.id, "editDeadlineHours": 1},
    ),
    "sendSelfServiceReminder": (REMIND, lambda venue, booking: {"bookingId": booking}),
    "sendSelfServiceEmail": (
        SEND_EMAIL,
        lambda venue, booking: {"bookingId": booking, "subject": "Hi", "text": "Please check."},
    ),
}

DENIED = [
    pytest.param(name, key, id=f"{name}-{key}")
    for name in DOCUMENTS
    for key in ACCOUNTS
    if role_of(key) not in MUTATIONS[name]
]


async def test_the_mutations_are_in_the_policy() -> None:
    # given the self-service mutations
    # when looking them up in the policy
    # then only admins switch the app; staff, agents and admins configure and send
    assert MUTATIONS["enableSelfService"] == MUTATIONS["disableSelfService"] == {m.Role.ADMIN}
    for name in ("configureSelfService", "sendSelfServiceReminder", "sendSelfServiceEmail"):
        assert MUTATIONS[name] == {m.Role.PROVIDER_STAFF, m.Role.AGENT, m.Role.ADMIN}


@pytest.mark.parametrize(("name", "key"), DENIED)
async def test_a_role_the_policy_does_not_allow_is_refused_and_nothing_changes(
    name: str, key: str, orm: None, world: DemoWorld, api: Api
) -> None:
    """Each (mutation, demo role) pair outside ``models.policy.MUTATIONS`` gets FORBIDDEN."""
    # given an enabled venue and a confirmed booking of Claire's there
    venue = await enabled_venue(api, world)
    booking = await booking_for(world, service=venue.service)
    before = (await app_state(venue.provider.id), await sent_state(booking))
    query, make_input = DOCUMENTS[name]
    # when the role sends the mutation with a valid input
    body = await api.query(key, query, {"input": make_input(venue, gid("Booking", booking.id))})
    # then it is FORBIDDEN and nothing changes
    assert codes(body["data"][name]) == ["FORBIDDEN"], body
    assert (await app_state(venue.provider.id), await sent_state(booking)) == before

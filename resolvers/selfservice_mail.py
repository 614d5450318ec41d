"""The self-service e-mails: confirmation with the edit link, reminders, custom e-mails, preview.

Every e-mail that carries an edit link gets a fresh link (the raw token is never stored,
so it cannot be sent twice), created in the transaction that queues the e-mail. Links
expire when edits close (the provider's deadline before the booking starts).

- The **confirmation** (``booking_confirmed``) goes to the customer when a booking is
  confirmed. With the provider's app on and edits still open it carries the edit link,
  the time left and the provider's own subject and text in the customer's language
  (the built-in wording when the provider wrote none); otherwise it links to the
  booking in the customer portal.
- The **reminder** (``selfservice_reminder``) goes out once per booking, at the
  provider's reminder time (hours before the deadline), only while edits are open, and
  only if the booking had its link by then (a booking confirmed after its reminder time
  has just received the link). Providers can send one again at any time before the
  deadline (``sendSelfServiceReminder``), or a custom e-mail (``selfservice_email``)
  with their own subject and text (``sendSelfServiceEmail``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from strawberry.relay import GlobalID
from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from models import (
    Booking,
    BookingFieldDefinition,
    BookingStatus,
    Organisation,
    OutboxItem,
    SelfServiceApp,
    SelfServiceLink,
    Service,
    User,
)
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused, Rejected
from resolvers.outbox import email_row, enqueue_email, enqueue_rows
from resolvers.scope import scoped
from resolvers.selfservice import MAX_SUBJECT, MAX_TEXT, app_in_scope
from resolvers.selfservice_bookings import SelfServiceEntry, entry_of
from resolvers.selfservice_links import create_link, link_url, new_link
from roost.bulk_insert import insert_rows
from roost.emails import RenderedEmail, render_email
from roost.i18n import N_

log = logging.getLogger("roost.selfservice")

CONFIRMATION = "booking_confirmed"
REMINDER = "selfservice_reminder"
CUSTOM = "selfservice_email"

#: The token shown in previews instead of a real one.
PREVIEW_TOKEN = "preview"


class EmailKind(StrEnum):
    """Which self-service e-mail a preview renders."""

    CONFIRMATION = "CONFIRMATION"
    REMINDER = "REMINDER"


def confirmation_key(booking_id: int) -> str:
    """The outbox key of a booking's confirmation e-mail (one per booking)."""
    return f"booking-confirmed:{booking_id}"


def reminder_key(booking_id: int) -> str:
    """The outbox key of a booking's scheduled reminder (one per booking, ever)."""
    return f"selfservice-reminder:{booking_id}"


def booking_link(portal_url: str, booking_id: int) -> str:
    """The link to a booking in the customer portal: ``{portal}/bookings/{global id}``."""
    return f"{portal_url.rstrip('/')}/bookings/{GlobalID('Booking', str(booking_id))}"


def reminder_at(app: SelfServiceApp, booking: Booking) -> datetime:
    """When the scheduled reminder of ``booking`` is due."""
    return app.editable_until(booking.starts_at) - timedelta(
        hours=app.reminder_hours_before_deadline
    )


@dataclass(frozen=True)
class MailFacts:
    """What every self-service e-mail says about the booking, and in which language."""

    booking: Booking
    customer: User
    service: Service
    provider: Organisation
    language: str

    def context(self) -> dict[str, Any]:
        """The booking's part of an outbox payload (JSON: datetimes as ISO text)."""
        return {
            "booking_reference": self.booking.reference,
            "service_name": self.service.name,
            "provider_name": self.provider.name,
            "starts_at": self.booking.starts_at.isoformat(),
        }


async def _facts(booking: Booking, language: str | None = None) -> MailFacts:
    """The booking's facts, in ``language`` (default: the customer's)."""
    customer = await User.get(id=booking.customer_id)
    return MailFacts(
        booking=booking,
        customer=customer,
        service=await Service.get(id=booking.service_id),
        provider=await Organisation.get(id=booking.provider_id),
        language=language or str(customer.locale.value),
    )


async def _editable_labels(app: SelfServiceApp, service_id: int, language: str) -> list[str]:
    """Labels of the fields the customer may edit on a booking of ``service_id``."""
    definitions = await _editable_definitions(app, service_id)
    return [definition.label(language) for definition in definitions]


async def _editable_definitions(
    app: SelfServiceApp, service_id: int
) -> list[BookingFieldDefinition]:
    return list(
        await BookingFieldDefinition.filter(
            self_service_apps__id=app.id, service_id=service_id
        ).order_by("position", "id")
    )


async def _edit_context(
    app: SelfServiceApp, facts: MailFacts, link: str, now: datetime
) -> dict[str, Any]:
    """The edit link's part of a payload: link, deadline, time left, editable fields."""
    labels = await _editable_labels(app, facts.service.id, facts.language)
    return _edit_fields(app, facts, link, now, labels)


def _edit_fields(
    app: SelfServiceApp, facts: MailFacts, link: str, now: datetime, labels: list[str]
) -> dict[str, Any]:
    until = app.editable_until(facts.booking.starts_at)
    hours_left = max(0, int((until - now).total_seconds() // 3600))
    return {
        "self_service": True,
        "link": link,
        "editable_until": until.isoformat(),
        "hours_left": hours_left,
        "days_left": hours_left // 24,
        "editable_fields": labels,
    }


def _localised(texts: dict[str, str], language: str) -> str | None:
    return texts.get(language) or None


async def confirmation_context(
    booking: Booking,
    app: SelfServiceApp | None,
    link: str,
    now: datetime,
    language: str | None = None,
) -> dict[str, Any]:
    """The payload of a confirmation e-mail; ``app`` is ``None`` when it carries no edit link.

    Texts are those of ``language`` (default: the customer's).
    """
    facts = await _facts(booking, language)
    labels = await _editable_labels(app, facts.service.id, facts.language) if app else []
    return _confirmation_payload(facts, app, link, now, labels)


def _confirmation_payload(
    facts: MailFacts, app: SelfServiceApp | None, link: str, now: datetime, labels: list[str]
) -> dict[str, Any]:
    context = facts.context()
    if app is None:
        return {
            **context,
            "self_service": False,
            "link": link,
            "provider_subject": None,
            "provider_text": None,
        }
    return {
        **context,
        **_edit_fields(app, facts, link, now, labels),
        "provider_subject": _localised(app.email_subject, facts.language),
        "provider_text": _localised(app.email_text, facts.language),
    }


async def reminder_context(
    booking: Booking,
    app: SelfServiceApp,
    link: str,
    now: datetime,
    language: str | None = None,
) -> dict[str, Any]:
    """The payload of a reminder with the provider's extra text in ``language`` (default:
    the customer's)."""
    facts = await _facts(booking, language)
    return {
        **facts.context(),
        **await _edit_context(app, facts, link, now),
        "provider_text": _localised(app.reminder_text, facts.language),
    }


async def queue_confirmation(
    booking: Booking, *, self_service_url: str, portal_url: str, now: datetime
) -> None:
    """Queue the confirmation e-mail of a confirmed booking (call inside its transaction).

    With the provider's app on and edits still open, a new edit link is created and sent;
    otherwise the e-mail links to the booking in the customer portal. One per booking.
    """
    await queue_confirmations(
        [await _facts(booking)],
        self_service_url=self_service_url,
        portal_url=portal_url,
        now=now,
    )


async def queue_confirmations(
    confirmed: Sequence[MailFacts], *, self_service_url: str, portal_url: str, now: datetime
) -> None:
    """:func:`queue_confirmation` for many bookings at once: one query for the providers'
    apps, one per service for the editable fields, one insert for the links and one for
    the e-mails."""
    providers = {facts.provider.id for facts in confirmed}
    apps = {
        app.provider_id: app
        for app in await SelfServiceApp.filter(provider_id__in=providers, enabled=True)
    }
    labels: dict[tuple[int, int], list[BookingFieldDefinition]] = {}
    links: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for facts in confirmed:
        booking = facts.booking
        app = apps.get(booking.provider_id)
        if app is not None and app.editable_until(booking.starts_at) > now:
            token, link = new_link(booking, app)
            links.append(link)
            key = (app.id, facts.service.id)
            if key not in labels:
                labels[key] = await _editable_definitions(app, facts.service.id)
            payload = _confirmation_payload(
                facts,
                app,
                link_url(self_service_url, token),
                now,
                [definition.label(facts.language) for definition in labels[key]],
            )
        else:
            payload = _confirmation_payload(
                facts, None, booking_link(portal_url, booking.id), now, []
            )
        rows.append(
            email_row(
                CONFIRMATION, facts.customer.id, payload, dedup_key=confirmation_key(booking.id)
            )
        )
    await insert_rows(SelfServiceLink, links)
    await enqueue_rows(rows)


# --- sent by the provider ---------------------------------------------------------------


def _check_email(subject: str, text: str) -> None:
    errors = []
    if not subject.strip():
        errors.append(Refused("REQUIRED", N_("Write a subject."), "subject"))
    elif len(subject.strip()) > MAX_SUBJECT:
        errors.append(
            Refused("TOO_LONG", N_("At most {most} characters."), "subject", most=MAX_SUBJECT)
        )
    if not text.strip():
        errors.append(Refused("REQUIRED", N_("Write the e-mail's text."), "text"))
    elif len(text.strip()) > MAX_TEXT:
        errors.append(Refused("TOO_LONG", N_("At most {most} characters."), "text", most=MAX_TEXT))
    if errors:
        raise Rejected(errors)


async def _sendable(
    context: RequestContext, mutation: str, booking_id: int | None
) -> tuple[Booking, SelfServiceApp]:
    """The booking the caller may send a self-service e-mail for, and its provider's app."""
    principal = context.require_principal()
    allowed(principal, mutation)
    booking = await scoped(Booking, principal).get_or_none(id=booking_id) if booking_id else None
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    try:
        app = await app_in_scope(context, booking.provider_id)
    except Refused as refusal:
        raise Refused(refusal.code, refusal.template, "bookingId", **refusal.params) from None
    if booking.status is not BookingStatus.CONFIRMED:
        raise Refused(
            "BOOKING_NOT_CONFIRMED",
            N_("Only confirmed bookings can be edited; this one is {status}."),
            "bookingId",
            status=booking.status.value,
        )
    if app.editable_until(booking.starts_at) <= _now():
        raise Refused(
            "EDIT_DEADLINE_PASSED",
            N_("The deadline for changes to this booking has passed."),
            "bookingId",
        )
    return booking, app


def _now() -> datetime:
    return datetime.now(UTC)


async def send_reminder(context: RequestContext, booking_id: int | None) -> SelfServiceEntry:
    """Queue a reminder with a fresh edit link now (``sendSelfServiceReminder``)."""
    booking, app = await _sendable(context, "sendSelfServiceReminder", booking_id)
    now = _now()
    async with in_transaction():
        await Booking.filter(id=booking.id).select_for_update().get()
        token, _ = await create_link(booking, app)
        link = link_url(context.settings.self_service_url, token)
        payload = await reminder_context(booking, app, link, now)
        await enqueue_email(REMINDER, booking.customer_id, payload)
    return await entry_of(booking)


async def send_custom_email(
    context: RequestContext, booking_id: int | None, subject: str, text: str
) -> SelfServiceEntry:
    """Queue the provider's own e-mail with a fresh edit link (``sendSelfServiceEmail``)."""
    booking, app = await _sendable(context, "sendSelfServiceEmail", booking_id)
    _check_email(subject, text)
    now = _now()
    async with in_transaction():
        await Booking.filter(id=booking.id).select_for_update().get()
        token, _ = await create_link(booking, app)
        facts = await _facts(booking)
        payload = {
            **facts.context(),
            **await _edit_context(
                app, facts, link_url(context.settings.self_service_url, token), now
            ),
            "provider_subject": subject.strip(),
            "provider_text": text.strip(),
        }
        await enqueue_email(CUSTOM, booking.customer_id, payload)
    return await entry_of(booking)


# --- scheduled reminders ----------------------------------------------------------------


async def send_due_reminders(now: datetime, self_service_url: str) -> int:
    """Queue the reminders due at ``now`` (the worker calls it); returns how many.

    Each booking gets at most one scheduled reminder (the outbox key
    :func:`reminder_key` is unique and checked under the booking's row lock).
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    sent = 0
    for app in await SelfServiceApp.filter(enabled=True, reminder_enabled=True):
        for booking in await _reminder_candidates(app, now):
            try:
                if await _remind(booking.id, app.id, now, self_service_url):
                    sent += 1
            except Exception:
                # One booking's failure (rolled back) must not hold up the others' reminders.
                log.exception("self-service reminder for booking %s failed", booking.id)
    return sent


async def _reminder_candidates(app: SelfServiceApp, now: datetime) -> list[Booking]:
    """Confirmed bookings with a link whose reminder time has come and whose edits are open."""
    opens = now + timedelta(hours=app.edit_deadline_hours)
    bookings = await Booking.filter(
        Q(id__in=Subquery(SelfServiceLink.all().values("booking_id"))),
        provider_id=app.provider_id,
        status=BookingStatus.CONFIRMED,
        starts_at__gt=opens,
        starts_at__lte=opens + timedelta(hours=app.reminder_hours_before_deadline),
    ).order_by("starts_at", "id")
    if not bookings:
        return []
    done = set(
        await OutboxItem.filter(dedup_key__in=[reminder_key(b.id) for b in bookings]).values_list(
            "dedup_key", flat=True
        )
    )
    return [b for b in bookings if reminder_key(b.id) not in done]


async def _remind(booking_id: int, app_id: int, now: datetime, self_service_url: str) -> bool:
    """Queue one booking's reminder in its own transaction; ``False`` if no longer due."""
    async with in_transaction():
        # The booking's row lock makes concurrent workers take turns; the second sees the key.
        booking = await Booking.filter(id=booking_id).select_for_update().get()
        app = await SelfServiceApp.get(id=app_id)
        first_link = (
            await SelfServiceLink.filter(booking_id=booking.id).order_by("created_at").first()
        )
        due = reminder_at(app, booking)
        if (
            not (app.enabled and app.reminder_enabled)
            or booking.status is not BookingStatus.CONFIRMED
            or first_link is None
            or first_link.created_at > due
            or not due <= now < app.editable_until(booking.starts_at)
            or await OutboxItem.exists(dedup_key=reminder_key(booking.id))
        ):
            return False
        token, _ = await create_link(booking, app)
        payload = await reminder_context(booking, app, link_url(self_service_url, token), now)
        await enqueue_email(
            REMINDER, booking.customer_id, payload, dedup_key=reminder_key(booking.id), due_at=now
        )
    return True


# --- preview ----------------------------------------------------------------------------


async def preview(
    context: RequestContext, booking_id: int | None, locale: str | None, kind: EmailKind
) -> RenderedEmail:
    """The provider's confirmation or reminder e-mail for a booking, as its customer gets it.

    The link is a placeholder; nothing is stored or sent. ``locale`` overrides the
    customer's language.
    """
    principal = context.require_principal()
    allowed(principal, "configureSelfService")
    booking = await scoped(Booking, principal).get_or_none(id=booking_id) if booking_id else None
    if booking is None:
        raise Refused("NOT_FOUND", N_("No such booking."), "bookingId")
    app = await app_in_scope(context, booking.provider_id)
    customer = await User.get(id=booking.customer_id)
    language = locale or str(customer.locale.value)
    link = link_url(context.settings.self_service_url, PREVIEW_TOKEN)
    if kind is EmailKind.REMINDER:
        template, payload = REMINDER, await reminder_context(booking, app, link, _now(), language)
    else:
        template = CONFIRMATION
        payload = await confirmation_context(booking, app, link, _now(), language)
    return render_email(
        template, language, customer.time_zone, {"recipient_name": customer.name, **payload}
    )

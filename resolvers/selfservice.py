"""The self-service app of a provider: switched on and off by admins, configured by providers.

``enableSelfService`` (admins) works only for providers on an eligible plan (PREMIUM,
ENTERPRISE); ``disableSelfService`` keeps the settings, the links and the history, so
enabling again restores everything. ``configureSelfService`` (the provider's staff, the
service team) validates every setting before saving any: each problem comes back as one
error naming its input field, and nothing is saved unless there is none. Only booking field
definitions of the provider's own services can be made editable; services, prices and
dates are not booking fields, so they can never be chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.transactions import in_transaction

from models import (
    ELIGIBLE_PLANS,
    Booking,
    BookingFieldDefinition,
    Locale,
    Organisation,
    SelfServiceApp,
    SelfServiceLink,
)
from resolvers.access import allowed
from resolvers.context import RequestContext
from resolvers.errors import Refused, Rejected
from resolvers.scope import scoped
from resolvers.selfservice_app import enabled_app
from roost.i18n import N_

#: Longest edit deadline and reminder lead time: one year, in hours.
MAX_HOURS = 24 * 366
#: Longest provider subject line and texts, in characters.
MAX_SUBJECT = 200
MAX_TEXT = 5000
#: The locales a provider writes its texts in.
LOCALES = tuple(locale.value for locale in Locale)


@dataclass(frozen=True)
class SelfServiceSettings:
    """What ``configureSelfService`` may change; ``None`` leaves a setting as it is.

    Texts are ``{locale: text}``; a locale missing or blank falls back to the built-in
    wording. ``editable_field_ids`` replaces the whole selection (``None`` entries are ids
    that could not be read).
    """

    provider_id: int | None
    edit_deadline_hours: int | None = None
    email_subject: Any = None
    email_text: Any = None
    reminder_enabled: bool | None = None
    reminder_hours_before_deadline: int | None = None
    reminder_text: Any = None
    editable_field_ids: list[int | None] | None = None


async def _provider(context: RequestContext, provider_id: int | None) -> Organisation:
    """The provider organisation ``provider_id`` within the caller's scope."""
    principal = context.require_principal()
    organisation = (
        await scoped(Organisation, principal).get_or_none(id=provider_id) if provider_id else None
    )
    if organisation is None:
        raise Refused("NOT_FOUND", N_("No such provider."), "providerId")
    if not organisation.is_provider:
        raise Refused("NOT_A_PROVIDER", N_("Only providers have a self-service app."), "providerId")
    return organisation


async def app_in_scope(context: RequestContext, provider_id: int) -> SelfServiceApp:
    """The provider's enabled app, if the caller may reach it.

    ``SELF_SERVICE_DISABLED`` while an admin has not enabled it; ``NOT_FOUND`` when the
    caller may not see the provider's app.
    """
    app = await enabled_app(provider_id)
    if not await scoped(SelfServiceApp, context.require_principal()).filter(id=app.id).exists():
        raise Refused("NOT_FOUND", N_("No such provider."), "providerId")
    return app


async def find_app(context: RequestContext, provider_id: int | None) -> SelfServiceApp | None:
    """The app of ``provider_id`` (default: the caller's organisation) if the caller sees it."""
    principal = context.require_principal()
    provider_id = provider_id or principal.organisation_id
    if provider_id is None:
        return None
    return await scoped(SelfServiceApp, principal).get_or_none(provider_id=provider_id)


async def enable_self_service(context: RequestContext, provider_id: int | None) -> SelfServiceApp:
    """Switch the app on for a PREMIUM or ENTERPRISE provider (admins); idempotent."""
    principal = context.require_principal()
    allowed(principal, "enableSelfService")
    provider = await _provider(context, provider_id)
    if provider.plan not in ELIGIBLE_PLANS:
        raise Refused(
            "PLAN_NOT_ELIGIBLE",
            N_("Self-service is available on the PREMIUM and ENTERPRISE plans only."),
            "providerId",
        )
    async with in_transaction():
        app, _ = await SelfServiceApp.get_or_create(provider_id=provider.id)
        if not app.enabled:
            app.enabled = True
            app.enabled_by_id = principal.user_id
            app.enabled_at = datetime.now(UTC)
            await app.save(update_fields=["enabled", "enabled_by_id", "enabled_at", "updated_at"])
    return app


async def disable_self_service(context: RequestContext, provider_id: int | None) -> SelfServiceApp:
    """Switch the app off (admins); settings, links and history are kept. Idempotent."""
    principal = context.require_principal()
    allowed(principal, "disableSelfService")
    provider = await _provider(context, provider_id)
    app = await SelfServiceApp.get_or_none(provider_id=provider.id)
    if app is None:
        raise Refused(
            "SELF_SERVICE_DISABLED",
            N_("Self-service is not enabled for this provider."),
            "providerId",
        )
    if app.enabled:
        app.enabled = False
        await app.save(update_fields=["enabled", "updated_at"])
    return app


# --- settings -----------------------------------------------------------------------------


def _hours(value: int | None, field: str, minimum: int) -> list[Refused]:
    if value is None or minimum <= value <= MAX_HOURS:
        return []
    return [
        Refused(
            "OUT_OF_RANGE",
            N_("`{name}` must be between {least} and {most} hours."),
            field,
            name=field,
            least=minimum,
            most=MAX_HOURS,
        )
    ]


def _texts(value: Any, field: str, limit: int) -> tuple[dict[str, str], list[Refused]]:
    """``{locale: text}`` without blank entries, and what is wrong with ``value``."""
    if not isinstance(value, dict):
        return {}, [
            Refused(
                "INVALID_VALUE",
                N_('`{name}` must be an object like {{"en": "…"}}.'),
                field,
                name=field,
            )
        ]
    texts: dict[str, str] = {}
    errors: list[Refused] = []
    for locale, text in value.items():
        where = f"{field}.{locale}"
        if locale not in LOCALES:
            errors.append(
                Refused(
                    "UNKNOWN_LOCALE",
                    N_("Use one of {locales} as keys."),
                    where,
                    locales=", ".join(LOCALES),
                )
            )
        elif text is not None and not isinstance(text, str):
            errors.append(Refused("INVALID_VALUE", N_("The text must be a string."), where))
        elif text and len(text.strip()) > limit:
            errors.append(Refused("TOO_LONG", N_("At most {most} characters."), where, most=limit))
        elif text and text.strip():
            texts[locale] = text.strip()
    return texts, errors


async def _definitions(
    provider_id: int, ids: list[int | None]
) -> tuple[list[BookingFieldDefinition], list[Refused]]:
    """The definitions behind ``ids`` if all belong to the provider's services.

    Unknown ids and ids of other providers' fields get the same error, so the answer
    reveals nothing about other providers.
    """
    wanted = {pk for pk in ids if pk is not None}
    found = {
        d.id: d
        for d in await BookingFieldDefinition.filter(
            id__in=list(wanted), service__provider_id=provider_id
        )
    }
    errors = [
        Refused(
            "UNKNOWN_FIELD",
            N_("Not a booking field of this provider's services."),
            f"editableFieldIds[{index}]",
        )
        for index, pk in enumerate(ids)
        if pk not in found
    ]
    return [found[pk] for pk in sorted(found)], errors


@dataclass(frozen=True)
class _Changes:
    values: dict[str, Any]
    definitions: list[BookingFieldDefinition] | None


async def _validated(settings: SelfServiceSettings, provider_id: int) -> _Changes:
    """The columns to write and the new field selection; :class:`Rejected` if anything is wrong."""
    errors = [
        *_hours(settings.edit_deadline_hours, "editDeadlineHours", 0),
        *_hours(settings.reminder_hours_before_deadline, "reminderHoursBeforeDeadline", 1),
    ]
    values: dict[str, Any] = {
        column: value
        for column, value in (
            ("edit_deadline_hours", settings.edit_deadline_hours),
            ("reminder_enabled", settings.reminder_enabled),
            ("reminder_hours_before_deadline", settings.reminder_hours_before_deadline),
        )
        if value is not None
    }
    for column, field, limit in (
        ("email_subject", "emailSubject", MAX_SUBJECT),
        ("email_text", "emailText", MAX_TEXT),
        ("reminder_text", "reminderText", MAX_TEXT),
    ):
        given = getattr(settings, column)
        if given is not None:
            texts, problems = _texts(given, field, limit)
            errors += problems
            values[column] = texts
    definitions = None
    if settings.editable_field_ids is not None:
        definitions, problems = await _definitions(provider_id, settings.editable_field_ids)
        errors += problems
    if errors:
        raise Rejected(errors)
    return _Changes(values, definitions)


async def _follow_deadline(app: SelfServiceApp, now: datetime) -> None:
    """Links of bookings still to come expire at the (new) edit deadline."""
    links = await SelfServiceLink.filter(
        booking__provider_id=app.provider_id, booking__starts_at__gt=now
    )
    starts = dict(
        await Booking.filter(id__in={link.booking_id for link in links}).values_list(
            "id", "starts_at"
        )
    )
    for link in links:
        expires_at = app.editable_until(starts[link.booking_id])
        if link.expires_at != expires_at:
            await SelfServiceLink.filter(id=link.id).update(expires_at=expires_at)


async def configure_self_service(
    context: RequestContext, settings: SelfServiceSettings
) -> SelfServiceApp:
    """Save the provider's settings, all or nothing (see the module's rules)."""
    principal = context.require_principal()
    allowed(principal, "configureSelfService")
    provider = await _provider(context, settings.provider_id)
    app = await app_in_scope(context, provider.id)
    changes = await _validated(settings, provider.id)
    async with in_transaction():
        app = await SelfServiceApp.filter(id=app.id).select_for_update().get()
        deadline_moved = changes.values.get("edit_deadline_hours", app.edit_deadline_hours) != (
            app.edit_deadline_hours
        )
        for column, value in changes.values.items():
            setattr(app, column, value)
        await app.save()
        if changes.definitions is not None:
            await app.editable_fields.clear()
            if changes.definitions:
                await app.editable_fields.add(*changes.definitions)
        if deadline_moved:
            await _follow_deadline(app, datetime.now(UTC))
    return app

"""Services and their booking fields: listed per provider, set up by admins and the
provider's own staff (``models.policy.MANAGED_PROVIDERS`` and ``MANAGED_SERVICES``).

A booking field is typed (text, person name, licence plate, phone, e-mail, date, number,
choice), kept per booking or per participant, optionally required, limited in length or
by a pattern; a CHOICE field lists its choices. A field that already holds values keeps
its type and scope, so stored values stay valid. Every change is checked field by field
and written with its audit entry in one transaction.
"""

from __future__ import annotations

import re
from typing import Any

from tortoise.transactions import in_transaction

from models import BookingFieldDefinition, FieldType, FieldValue, Organisation, Service
from models.policy import MANAGED_FIELD_DEFINITIONS, MANAGED_PROVIDERS, MANAGED_SERVICES
from resolvers.access import allowed, writable
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import MAX_TEXT, Form
from resolvers.pagination import Page, paginate
from resolvers.principal import Principal
from resolvers.scope import scoped, scoped_by
from resolvers.validation import MAX_VALUE_LENGTH
from roost.i18n import N_

SERVICE_FIELDS = {"name": "name", "description": "description", "provider": "provider_id"}
DEFINITION_FIELDS = {
    "key": "key",
    "labels": "labels",
    "type": "type",
    "scope": "scope",
    "required": "required",
    "maxLength": "max_length",
    "pattern": "pattern",
    "choices": "choices",
    "position": "position",
}
_POLICY_NAMES = {"providerId": "provider", "serviceId": "service"}
_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
MAX_CHOICES = 100


def _names(values: dict[str, Any]) -> list[str]:
    return [_POLICY_NAMES.get(name, name) for name in values]


async def list_services(
    context: RequestContext, first: int, after: str | None, provider_id: int | None
) -> Page[Service]:
    """The services the caller sees, of one provider if given."""
    rows = scoped(Service, context.require_principal())
    if provider_id is not None:
        rows = rows.filter(provider_id=provider_id)
    return await paginate(rows.order_by("id"), first, after, context.settings.max_page_size)


async def managed_service(principal: Principal, service_id: int | None, field: str) -> Service:
    """A service the caller may set up; others look missing (call inside a transaction)."""
    service = (
        await scoped_by(Service, MANAGED_SERVICES, principal).get_or_none(id=service_id)
        if service_id
        else None
    )
    if service is None:
        raise Refused("NOT_FOUND", N_("No such service."), field)
    return service


def _service_form(values: dict[str, Any]) -> Form:
    form = Form(values)
    form.text("name", "name")
    if "description" in values:
        form.text("description", "description", MAX_TEXT, nullable=True)
        form.columns["description"] = form.columns.get("description") or ""
    return form


async def create_service(context: RequestContext, values: dict[str, Any]) -> Service:
    """A new service of a provider."""
    principal = context.require_principal()
    allowed(principal, "createService")
    writable(principal, "Service", _names(values))
    form = _service_form(values)
    form.required("name", "providerId")
    form.check()
    provider_id = values["providerId"]
    provider = (
        await scoped_by(Organisation, MANAGED_PROVIDERS, principal).get_or_none(id=provider_id)
        if provider_id
        else None
    )
    if provider is None or not provider.is_provider:
        raise Refused("NOT_FOUND", N_("No such provider."), "providerId")
    async with in_transaction():
        service = await Service.create(provider_id=provider.id, **form.columns)
        after = snapshot(service, SERVICE_FIELDS)
        await record(principal, "createService", "Service", service.id, {}, after)
    return service


async def update_service(
    context: RequestContext, service_id: int | None, values: dict[str, Any]
) -> Service:
    """Change a service's name or description."""
    principal = context.require_principal()
    allowed(principal, "updateService")
    writable(principal, "Service", _names(values))
    form = _service_form(values)
    form.check()
    async with in_transaction():
        service = await managed_service(principal, service_id, "id")
        before = snapshot(service, SERVICE_FIELDS)
        service.update_from_dict(form.columns)
        await service.save()
        after = snapshot(service, SERVICE_FIELDS)
        await record(principal, "updateService", "Service", service.id, before, after)
    return service


def _definition_form(values: dict[str, Any]) -> Form:
    form = Form(values)
    if "key" in values and not _KEY.fullmatch(values["key"] or ""):
        form.fail("INVALID_VALUE", N_("Use a lower-case letter, then letters, digits or _."), "key")
    form.value("key", "key")
    form.texts("labels", "labels")
    for name in ("type", "scope", "required", "position"):
        form.value(name, DEFINITION_FIELDS[name])
    form.value("maxLength", "max_length", nullable=True)
    length = values.get("maxLength")
    if length is not None and not 1 <= length <= MAX_VALUE_LENGTH:
        form.fail("OUT_OF_RANGE", N_("Between 1 and {most}."), "maxLength", most=MAX_VALUE_LENGTH)
    form.text("pattern", "pattern", 200, nullable=True)
    if form.columns.get("pattern"):
        try:
            re.compile(form.columns["pattern"])
        except re.error:
            form.fail("INVALID_VALUE", N_("Not a valid regular expression."), "pattern")
    if "choices" in values:
        choices = [c.strip() for c in values["choices"] or [] if c.strip()]
        if len(set(choices)) != len(choices) or len(choices) > MAX_CHOICES:
            form.fail(
                "INVALID_VALUE", N_("Up to {most} different choices."), "choices", most=MAX_CHOICES
            )
        form.columns["choices"] = choices
    return form


def _consistent(definition: BookingFieldDefinition, form: Form) -> None:
    """A CHOICE field lists its choices; other types have none."""
    if definition.type == FieldType.CHOICE and not definition.choices:
        form.fail("REQUIRED", N_("A CHOICE field needs its choices."), "choices")
    if definition.type != FieldType.CHOICE and definition.choices:
        form.fail("INVALID_VALUE", N_("Only a CHOICE field has choices."), "choices")


async def _unique_key(form: Form, definition: BookingFieldDefinition) -> None:
    clash = (
        BookingFieldDefinition.filter(service_id=definition.service_id, key=definition.key)
        .exclude(id=definition.id or 0)
        .exists()
    )
    if await clash:
        form.fail("DUPLICATE", N_("The service has a field with this key."), "key")


async def create_field_definition(
    context: RequestContext, values: dict[str, Any]
) -> BookingFieldDefinition:
    """A new booking field of a service."""
    principal = context.require_principal()
    allowed(principal, "createBookingFieldDefinition")
    writable(principal, "BookingFieldDefinition", [n for n in values if n != "serviceId"])
    form = _definition_form(values)
    form.required("serviceId", "key", "labels", "type")
    form.check()
    async with in_transaction():
        service = await managed_service(principal, values["serviceId"], "serviceId")
        definition = BookingFieldDefinition(service_id=service.id, **form.columns)
        _consistent(definition, form)
        await _unique_key(form, definition)
        form.check()
        await definition.save()
        after = snapshot(definition, DEFINITION_FIELDS)
        await record(
            principal,
            "createBookingFieldDefinition",
            "BookingFieldDefinition",
            definition.id,
            {},
            after,
        )
    return definition


async def update_field_definition(
    context: RequestContext, definition_id: int | None, values: dict[str, Any]
) -> BookingFieldDefinition:
    """Change a booking field; type and scope only while it holds no values."""
    principal = context.require_principal()
    allowed(principal, "updateBookingFieldDefinition")
    writable(principal, "BookingFieldDefinition", values)
    form = _definition_form(values)
    form.check()
    async with in_transaction():
        managed = scoped_by(BookingFieldDefinition, MANAGED_FIELD_DEFINITIONS, principal)
        definition = await managed.get_or_none(id=definition_id) if definition_id else None
        if definition is None:
            raise Refused("NOT_FOUND", N_("No such booking field."), "id")
        before = snapshot(definition, DEFINITION_FIELDS)
        definition.update_from_dict(form.columns)
        reshaped = before["type"] != definition.type or before["scope"] != definition.scope
        if reshaped and await FieldValue.exists(definition_id=definition.id):
            form.fail("IN_USE", N_("The field holds values: its type and scope stay."), "type")
        _consistent(definition, form)
        await _unique_key(form, definition)
        form.check()
        await definition.save()
        after = snapshot(definition, DEFINITION_FIELDS)
        await record(
            principal,
            "updateBookingFieldDefinition",
            "BookingFieldDefinition",
            definition.id,
            before,
            after,
        )
    return definition

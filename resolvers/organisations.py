"""Administration of organisations: providers and client companies (admins).

Each change is checked field by field (one error per bad field, nothing saved), written
with its audit entry in one transaction. A provider has a provider kind; a client company
has none, but may define its analytic codes: at most three free-text codes and two
drop-down codes with their allowed values (SPEC §6).
"""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from models import Organisation
from resolvers.access import allowed, writable
from resolvers.analytic_codes import check_definitions
from resolvers.audit import record, snapshot
from resolvers.context import RequestContext
from resolvers.errors import Refused
from resolvers.forms import Form
from resolvers.scope import scoped
from roost.i18n import N_

#: GraphQL field -> column of the fields administration writes and the audit log records.
FIELDS = {
    "name": "name",
    "kind": "kind",
    "providerKind": "provider_kind",
    "plan": "plan",
    "active": "active",
    "verified": "verified",
    "timeZone": "time_zone",
    "analyticCodeDefinitions": "analytic_code_definitions",
}


def _form(values: dict[str, Any], locale: str) -> Form:
    form = Form(values, locale)
    form.text("name", "name")
    form.value("kind", "kind")
    form.value("providerKind", "provider_kind", nullable=True)
    for name in ("plan", "active", "verified"):
        form.value(name, FIELDS[name])
    form.time_zone("timeZone", "time_zone")
    check_definitions(form)
    return form


def _consistent(organisation: Organisation, form: Form) -> None:
    """A provider has a provider kind; only a client company has analytic codes."""
    if organisation.is_provider and organisation.provider_kind is None:
        form.fail("REQUIRED", N_("A provider needs a provider kind."), "providerKind")
    if not organisation.is_provider and organisation.provider_kind is not None:
        form.fail("INVALID_VALUE", N_("Only a provider has a provider kind."), "providerKind")
    if organisation.is_provider and organisation.analytic_code_definitions:
        form.fail(
            "INVALID_VALUE",
            N_("Only a client company has analytic codes."),
            "analyticCodeDefinitions",
        )


async def create_organisation(context: RequestContext, values: dict[str, Any]) -> Organisation:
    """A new provider or client company."""
    principal = context.require_principal()
    allowed(principal, "createOrganisation")
    writable(principal, "Organisation", values)
    form = _form(values, context.locale.value)
    form.required("name", "kind")
    form.check()
    organisation = Organisation(**form.columns)
    _consistent(organisation, form)
    form.check()
    async with in_transaction():
        await organisation.save()
        await record(
            principal,
            "createOrganisation",
            "Organisation",
            organisation.id,
            {},
            snapshot(organisation, FIELDS),
        )
    return organisation


async def update_organisation(
    context: RequestContext, organisation_id: int | None, values: dict[str, Any]
) -> Organisation:
    """Change the given fields of an organisation; the others stay as they are."""
    principal = context.require_principal()
    allowed(principal, "updateOrganisation")
    writable(principal, "Organisation", values)
    form = _form(values, context.locale.value)
    form.check()
    async with in_transaction():
        organisation = (
            await scoped(Organisation, principal)
            .select_for_update()
            .get_or_none(id=organisation_id)
            if organisation_id
            else None
        )
        if organisation is None:
            raise Refused("NOT_FOUND", N_("No such organisation."), "id")
        before = snapshot(organisation, FIELDS)
        organisation.update_from_dict(form.columns)
        _consistent(organisation, form)
        form.check()
        await organisation.save()
        await record(
            principal,
            "updateOrganisation",
            "Organisation",
            organisation.id,
            before,
            snapshot(organisation, FIELDS),
        )
    return organisation

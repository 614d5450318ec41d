"""A client company's analytic codes: their definitions and their values (SPEC §6).

A company defines three free-text codes and two drop-down codes (label, required or not,
allowed values, longest value); bookings and invoices carry values for them. Every value
of a ``setAnalyticCodes`` call is checked and all errors are returned together; nothing is
saved on any error. An invoice without codes of its own inherits its booking's.
"""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from models import Booking, Invoice, Organisation, OrganisationKind
from models.policy import MANAGED_COMPANIES
from resolvers.access import allowed, writable
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.errors import Refused, Rejected
from resolvers.forms import MAX_NAME, Form
from resolvers.scope import scoped, scoped_by
from roost.i18n import N_

#: How many codes of each kind a company has (``updateAnalyticCodeDefinitions``: exactly).
CODES_PER_KIND = {"FREE": 3, "CHOICE": 2}
MAX_CHOICES = 100
MAX_KEY = 40
#: Longest value of a free-text code: its ``maxLength``, at most this, by default this.
MAX_VALUE = 200

FIELD = "analyticCodeDefinitions"


def check_definitions(form: Form, name: str = FIELD, *, exact: bool = False) -> None:
    """Check the analytic code definitions given as ``name`` and store them as plain JSON.

    At most (``exact``: exactly) three FREE and two CHOICE codes, each with a key of its
    own; a CHOICE code has 1 to 100 choices, a FREE code none and a ``maxLength``.
    """
    if name not in form:
        return
    definitions = form.values[name] or []
    seen: set[str] = set()
    counts = dict.fromkeys(CODES_PER_KIND, 0)
    stored = []
    for index, code in enumerate(definitions):
        where = f"{name}[{index}]"
        key = (code.get("key") or "").strip()
        kind = str(code.get("kind"))
        choices = [c.strip() for c in code.get("choices") or [] if c.strip()]
        longest = code.get("maxLength") or MAX_VALUE
        counts[kind] += 1
        if not key or len(key) > MAX_KEY or key in seen:
            form.fail(
                "INVALID_VALUE", N_("Each code needs a key of its own (1-40 characters)."), where
            )
        elif kind == "CHOICE" and not 0 < len(choices) <= MAX_CHOICES:
            form.fail("INVALID_VALUE", N_("A drop-down code needs 1 to 100 choices."), where)
        elif kind == "FREE" and choices:
            form.fail("INVALID_VALUE", N_("A free-text code has no choices."), where)
        elif not 0 < longest <= MAX_VALUE:
            form.fail(
                "INVALID_VALUE", N_("`maxLength` is between 1 and {most}."), where, most=MAX_VALUE
            )
        seen.add(key)
        label = (code.get("label") or key).strip()[:MAX_NAME]
        stored.append(
            {
                "key": key,
                "label": label,
                "kind": kind,
                "choices": choices,
                "required": bool(code.get("required")),
                "max_length": longest,
            }
        )
    for kind, limit in CODES_PER_KIND.items():
        if counts[kind] > limit or (exact and counts[kind] != limit):
            form.fail(
                "TOO_MANY" if counts[kind] > limit else "TOO_FEW",
                N_("A company has {most} codes of kind {kind}.")
                if exact
                else N_("At most {most} codes of kind {kind}."),
                name,
                most=limit,
                kind=kind,
            )
    form.columns["analytic_code_definitions"] = stored


async def update_definitions(
    context: RequestContext, company_id: int | None, definitions: list[dict[str, Any]]
) -> Organisation:
    """Replace a client company's analytic codes: three FREE and two CHOICE codes."""
    principal = context.require_principal()
    allowed(principal, "updateAnalyticCodeDefinitions")
    writable(principal, "Organisation", [FIELD])
    form = Form({FIELD: definitions}, context.locale.value)
    check_definitions(form, exact=True)
    form.check()
    async with in_transaction():
        company = (
            await scoped_by(Organisation, MANAGED_COMPANIES, principal)
            .select_for_update()
            .get_or_none(id=company_id, kind=OrganisationKind.CLIENT_COMPANY)
            if company_id
            else None
        )
        if company is None:
            raise Refused("NOT_FOUND", N_("No such client company."), "companyId")
        before = company.analytic_code_definitions
        company.analytic_code_definitions = form.columns["analytic_code_definitions"]
        await company.save(update_fields=["analytic_code_definitions"])
        await record(
            principal,
            "updateAnalyticCodeDefinitions",
            "Organisation",
            company.id,
            {FIELD: before},
            {FIELD: company.analytic_code_definitions},
        )
    return company


def effective_codes(invoice_codes: dict[str, str], booking_codes: dict[str, str]) -> dict[str, str]:
    """An invoice's analytic codes: its own when set, else its booking's."""
    return invoice_codes or booking_codes


def check_values(
    definitions: list[dict[str, Any]], codes: list[dict[str, str]]
) -> tuple[dict[str, str], list[Refused]]:
    """The codes to store (key -> value) and every refusal of them, in input order."""
    by_key = {definition["key"]: definition for definition in definitions}
    values: dict[str, str] = {}
    errors: list[Refused] = []
    for index, code in enumerate(codes):
        where = f"codes[{index}]"
        key, value = code["key"], code["value"].strip()
        definition = by_key.get(key)
        if definition is None or key in values:
            errors.append(Refused("UNKNOWN_CODE", N_("No analytic code {key}."), where, key=key))
            continue
        longest = definition.get("max_length") or MAX_VALUE
        if definition["kind"] == "CHOICE" and value and value not in definition["choices"]:
            errors.append(
                Refused(
                    "INVALID_CHOICE",
                    N_("Choose one of: {choices}."),
                    where,
                    choices=", ".join(definition["choices"]),
                )
            )
        elif len(value) > longest:
            errors.append(
                Refused("TOO_LONG", N_("At most {most} characters."), where, most=longest)
            )
        elif not value.isprintable():
            errors.append(
                Refused("INVALID_VALUE", N_("Contains characters that are not allowed."), where)
            )
        values[key] = value
    for definition in definitions:
        if definition.get("required") and not values.get(definition["key"]):
            errors.append(
                Refused(
                    "REQUIRED",
                    N_("The analytic code {label} is required."),
                    "codes",
                    label=definition["label"],
                )
            )
    return {key: value for key, value in values.items() if value}, errors


async def set_codes(
    context: RequestContext,
    booking_id: int | None,
    invoice_id: int | None,
    codes: list[dict[str, str]],
) -> Booking | Invoice:
    """Replace the analytic codes of a booking or an invoice, all or nothing."""
    principal = context.require_principal()
    allowed(principal, "setAnalyticCodes")
    if (booking_id is None) == (invoice_id is None):
        raise Refused("INVALID_VALUE", N_("Give a booking or an invoice, not both."), "bookingId")
    type_name, model, pk = (
        ("Booking", Booking, booking_id) if booking_id else ("Invoice", Invoice, invoice_id)
    )
    writable(principal, type_name, ["analyticCodes"])
    async with in_transaction():
        target: Booking | Invoice | None = (
            await scoped(model, principal).select_for_update().get_or_none(id=pk) if pk else None
        )
        if target is None:
            field = "bookingId" if booking_id else "invoiceId"
            raise Refused("NOT_FOUND", N_("No such {type}."), field, type=type_name.lower())
        booking = target if isinstance(target, Booking) else await target.booking
        company = await booking.client_company if booking.client_company_id else None
        definitions = company.analytic_code_definitions if company else []
        values, errors = check_values(definitions, codes)
        if errors:
            raise Rejected(errors)
        before = target.analytic_codes
        target.analytic_codes = values
        await target.save(update_fields=["analytic_codes", "updated_at"])
        await record(
            principal,
            "setAnalyticCodes",
            type_name,
            target.id,
            {"analyticCodes": before},
            {"analyticCodes": values},
        )
    return target

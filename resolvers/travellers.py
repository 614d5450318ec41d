"""Traveller profiles (issue 14): read within the policy's scope, kept by the traveller and
their company's travel manager; every bad value refused at once, nothing saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from babel import Locale as BabelLocale
from tortoise.transactions import in_transaction

from models import (
    Attachment,
    DocumentKind,
    IdentityDocument,
    LoyaltyMembership,
    Role,
    TravellerProfile,
    User,
)
from models.policy import EDITABLE_TRAVELLER_SCOPE, TRAVELLER_SCOPE, RowScope
from resolvers.access import allowed, allowed_query
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.document_expiry import warn_expiring_documents
from resolvers.errors import Refused
from resolvers.forms import MAX_TEXT, Form
from resolvers.principal import Principal
from resolvers.scope import scoped_by
from roost.i18n import N_

#: Accounts that travel and so have a profile.
TRAVELLER_ROLES = frozenset({Role.CUSTOMER, Role.TRAVEL_MANAGER})
#: ISO 3166-1 alpha-2 codes of countries and territories (CLDR, through babel).
COUNTRIES = frozenset(code for code in BabelLocale("en").territories if code.isalpha())
#: Longest document or membership number, programme name and meal preference.
MAX_NUMBER = 40
MAX_LABEL = 80
#: Most loyalty programmes or identity documents one profile keeps.
MAX_ITEMS = 20


@dataclass(frozen=True)
class DocumentInput:
    """One identity document as checked: ``id`` of the one it replaces, or None if new."""

    id: int | None
    kind: DocumentKind
    number: str
    issuing_country: str
    expires_on: date
    scan_id: int | None


async def traveller_profile(
    context: RequestContext, traveller_id: int | None
) -> TravellerProfile | None:
    """The profile of ``traveller_id`` (default: the caller), blank until first kept;
    ``None`` when the caller does not reach that traveller."""
    principal = context.require_principal()
    allowed_query(principal, "travellerProfile")
    traveller = await _traveller(principal, traveller_id, TRAVELLER_SCOPE)
    if traveller is None:
        return None
    profile, _ = await TravellerProfile.get_or_create(traveller_id=traveller.id)
    return profile


async def update_traveller_profile(
    context: RequestContext, values: dict[str, Any]
) -> TravellerProfile:
    """Change a profile: given fields replaced, documents kept by id, the rest as given."""
    principal = context.require_principal()
    allowed(principal, "updateTravellerProfile")
    traveller = await _traveller(
        principal, values.pop("travellerId", None), EDITABLE_TRAVELLER_SCOPE
    )
    if traveller is None:
        raise Refused("NOT_FOUND", N_("No such traveller."), "travellerId")
    form = Form(values, context.locale.value)
    form.value("seatPreference", "seat_preference")
    form.text("mealPreference", "meal_preference", MAX_LABEL, nullable=True)
    form.text("notes", "notes", MAX_TEXT, nullable=True)
    memberships = _memberships(form)
    documents = _documents(form)
    profile = await TravellerProfile.get_or_none(traveller_id=traveller.id)
    await _check_documents(form, principal, profile, documents)
    form.check()
    async with in_transaction():
        profile, _ = await TravellerProfile.get_or_create(traveller_id=traveller.id)
        profile = await TravellerProfile.filter(id=profile.id).select_for_update().get()
        before = await snapshot(profile)
        columns = {key: value or "" for key, value in form.columns.items()}
        profile.update_from_dict(columns)
        await profile.save()
        if memberships is not None:
            await LoyaltyMembership.filter(profile_id=profile.id).delete()
            await LoyaltyMembership.bulk_create(
                LoyaltyMembership(profile_id=profile.id, programme=programme, number=number)
                for programme, number in memberships
            )
        if documents is not None:
            await _replace_documents(profile, documents)
        await record(
            principal,
            "updateTravellerProfile",
            "TravellerProfile",
            profile.id,
            before,
            await snapshot(profile),
        )
    if documents:
        await warn_expiring_documents(
            datetime.now(UTC),
            context.settings.customer_portal_url,
            traveller_id=traveller.id,
            hub=context.hub,
        )
    return profile


async def snapshot(profile: TravellerProfile) -> dict[str, Any]:
    """The profile's values for the audit log (numbers are kept out of it)."""
    return {
        "seatPreference": str(profile.seat_preference),
        "mealPreference": profile.meal_preference,
        "notes": profile.notes,
        "loyaltyProgrammes": sorted(
            await LoyaltyMembership.filter(profile_id=profile.id).values_list(
                "programme", flat=True
            )
        ),
        "identityDocuments": [
            f"{kind} {country} {expires}"
            for kind, country, expires in await IdentityDocument.filter(
                profile_id=profile.id
            ).values_list("kind", "issuing_country", "expires_on")
        ],
    }


async def _traveller(
    principal: Principal, traveller_id: int | None, scope: RowScope
) -> User | None:
    """The traveller (default: the caller) if ``scope`` gives it to the caller."""
    wanted = principal.user_id if traveller_id is None else traveller_id
    traveller = await scoped_by(User, scope, principal).get_or_none(id=wanted or 0)
    return traveller if traveller is not None and traveller.role in TRAVELLER_ROLES else None


def _memberships(form: Form) -> list[tuple[str, str]] | None:
    given = form.values.get("loyaltyProgrammes")
    if "loyaltyProgrammes" not in form or given is None:
        return None
    if len(given) > MAX_ITEMS:
        form.fail("TOO_MANY", N_("At most {most} items."), "loyaltyProgrammes", most=MAX_ITEMS)
        return None
    checked = []
    for index, item in enumerate(given):
        field = f"loyaltyProgrammes.{index}"
        programme = _short(form, item.get("programme"), f"{field}.programme", MAX_LABEL)
        number = _short(form, item.get("number"), f"{field}.number", MAX_NUMBER)
        if programme and number:
            checked.append((programme, number))
    return checked


def _documents(form: Form) -> list[DocumentInput] | None:
    given = form.values.get("identityDocuments")
    if "identityDocuments" not in form or given is None:
        return None
    if len(given) > MAX_ITEMS:
        form.fail("TOO_MANY", N_("At most {most} items."), "identityDocuments", most=MAX_ITEMS)
        return None
    checked = []
    for index, item in enumerate(given):
        field = f"identityDocuments.{index}"
        number = _short(form, item.get("number"), f"{field}.number", MAX_NUMBER)
        country = str(item.get("issuingCountry") or "").strip().upper()
        if country not in COUNTRIES:
            form.fail(
                "INVALID_VALUE",
                N_("`{name}` must be a country code such as FR or DE."),
                f"{field}.issuingCountry",
                name="issuingCountry",
            )
        if number and country in COUNTRIES:
            checked.append(
                DocumentInput(
                    id=item.get("id"),
                    kind=item["kind"],
                    number=number,
                    issuing_country=country,
                    expires_on=item["expiresOn"],
                    scan_id=item.get("scanAttachmentId"),
                )
            )
    return checked


def _short(form: Form, raw: Any, field: str, limit: int) -> str | None:
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        form.fail("REQUIRED", N_("`{name}` cannot be blank."), field, name=field)
        return None
    if len(text) > limit:
        form.fail(
            "TOO_LONG", N_("`{name}` has at most {most} characters."), field, name=field, most=limit
        )
        return None
    return text


async def _check_documents(
    form: Form,
    principal: Principal,
    profile: TravellerProfile | None,
    documents: list[DocumentInput] | None,
) -> None:
    """Kept documents must be this profile's; scans the caller's uploads or already its own."""
    if not documents:
        return
    #: The profile's documents and their scans: ``{document id: scan id}``.
    owned: dict[int, int | None] = (
        dict(await IdentityDocument.filter(profile_id=profile.id).values_list("id", "scan_id"))
        if profile
        else {}
    )
    scans = {
        scan.id: scan
        for scan in await Attachment.filter(
            id__in=[document.scan_id for document in documents if document.scan_id is not None]
        )
    }
    for index, document in enumerate(documents):
        field = f"identityDocuments.{index}"
        if document.id is not None and document.id not in owned:
            form.fail("NOT_FOUND", N_("No such document in this profile."), f"{field}.id")
        if document.scan_id is None:
            continue
        scan = scans.get(document.scan_id)
        own_upload = scan is not None and scan.uploader_id == principal.user_id
        kept = document.id is not None and owned.get(document.id) == document.scan_id
        if scan is None or scan.message_id is not None or not (own_upload or kept):
            form.fail(
                "NOT_FOUND", N_("Upload the scan first, then name it."), f"{field}.scanAttachmentId"
            )


async def _replace_documents(profile: TravellerProfile, documents: list[DocumentInput]) -> None:
    kept = {document.id for document in documents if document.id is not None}
    await IdentityDocument.filter(profile_id=profile.id).exclude(id__in=kept).delete()
    for document in documents:
        columns = {
            "kind": document.kind,
            "number": document.number,
            "issuing_country": document.issuing_country,
            "expires_on": document.expires_on,
            "scan_id": document.scan_id,
        }
        if document.id is None:
            await IdentityDocument.create(profile_id=profile.id, **columns)
        else:
            await IdentityDocument.filter(id=document.id).update(**columns)

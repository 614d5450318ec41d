"""updateAnalyticCodeDefinitions and setAnalyticCodes: company codes on bookings and invoices."""

from __future__ import annotations

from typing import Any

import pytest

import models as m
from tests.admin import call, codes, gid, refused_roles, unique
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

DEFINE = """
mutation ($input: UpdateAnalyticCodeDefinitionsInput!) {
  updateAnalyticCodeDefinitions(input: $input) {
    company { id analyticCodeDefinitions { key label kind choices required maxLength } }
    errors { code field message }
  }
}
"""

SET = """
mutation ($input: SetAnalyticCodesInput!) {
  setAnalyticCodes(input: $input) {
    booking { id analyticCodes }
    invoice { id analyticCodes }
    errors { code field message }
  }
}
"""

INVOICE = "query ($id: ID!) { node(id: $id) { ... on Invoice { analyticCodes } } }"

DEFINITIONS: list[dict[str, Any]] = [
    {"key": "cost_centre", "label": "Cost centre", "kind": "FREE", "maxLength": 8},
    {"key": "project", "label": "Project", "kind": "FREE", "required": True},
    {"key": "employee_id", "label": "Employee id", "kind": "FREE"},
    {
        "key": "department",
        "label": "Department",
        "kind": "CHOICE",
        "choices": ["Sales", "Engineering"],
    },
    {"key": "purpose", "label": "Trip purpose", "kind": "CHOICE", "choices": ["Training"]},
]


def stored(definition: dict[str, Any]) -> dict[str, Any]:
    """A definition as the database keeps it."""
    return {
        "key": definition["key"],
        "label": definition["label"],
        "kind": definition["kind"],
        "choices": definition.get("choices", []),
        "required": definition.get("required", False),
        "max_length": definition.get("maxLength", 200),
    }


@pytest.fixture
async def company_booking(orm: None, world: DemoWorld) -> tuple[m.Booking, m.Invoice]:
    """A booking of CUSTOMER charged to a new client company with DEFINITIONS, and its
    invoice without codes of its own."""
    company = await m.Organisation.create(
        name=unique("Globex"),
        kind=m.OrganisationKind.CLIENT_COMPANY,
        analytic_code_definitions=[stored(d) for d in DEFINITIONS],
    )
    booking = await booking_for(world)
    booking.client_company_id = company.id
    booking.analytic_codes = {"project": "P-1", "department": "Sales"}
    await booking.save()
    invoice = await m.Invoice.create(number=unique("INV"), booking=booking)
    return booking, invoice


async def codes_in_database(world: DemoWorld, row: m.Booking | m.Invoice) -> dict[str, str]:
    """The codes the database holds for ``row`` now."""
    fresh = await type(row).get(id=row.id)
    return fresh.analytic_codes


async def test_three_bad_values_give_three_errors_and_change_nothing(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given a booking whose company requires `project`
    booking, _ = company_booking
    # when its customer sends a wrong drop-down value, a too-long free text and no project
    payload = await call(
        api,
        "CUSTOMER",
        SET,
        {
            "bookingId": gid("Booking", booking.id),
            "codes": [
                {"key": "department", "value": "Marketing"},
                {"key": "cost_centre", "value": "CC-123456789"},
            ],
        },
    )
    # then three errors come back together
    assert codes(payload) == [
        ("INVALID_CHOICE", "codes[0]"),
        ("TOO_LONG", "codes[1]"),
        ("REQUIRED", "codes"),
    ]
    assert payload["booking"] is None
    # and the booking keeps its codes
    assert await codes_in_database(api.world, booking) == {"project": "P-1", "department": "Sales"}


async def test_the_customer_sets_valid_codes_on_their_booking(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given a booking of CUSTOMER
    booking, _ = company_booking
    # when they set every code right
    payload = await call(
        api,
        "CUSTOMER",
        SET,
        {
            "bookingId": gid("Booking", booking.id),
            "codes": [
                {"key": "project", "value": " Apollo "},
                {"key": "department", "value": "Engineering"},
                {"key": "cost_centre", "value": "CC-42"},
                {"key": "purpose", "value": ""},
            ],
        },
    )
    # then they are stored, trimmed, blanks left out
    assert payload["errors"] == []
    expected = {"project": "Apollo", "department": "Engineering", "cost_centre": "CC-42"}
    assert payload["booking"]["analyticCodes"] == expected
    assert await codes_in_database(api.world, booking) == expected


async def test_an_unknown_code_is_refused(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given a booking of CUSTOMER
    booking, _ = company_booking
    # when an agent sends a key the company does not define
    payload = await call(
        api,
        "AGENT",
        SET,
        {
            "bookingId": gid("Booking", booking.id),
            "codes": [{"key": "project", "value": "X"}, {"key": "colour", "value": "red"}],
        },
    )
    # then that code is refused
    assert codes(payload) == [("UNKNOWN_CODE", "codes[1]")]


async def test_an_invoice_inherits_its_bookings_codes_until_it_has_its_own(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given an invoice without codes of its own
    _, invoice = company_booking
    invoice_id = gid("Invoice", invoice.id)
    # then it shows its booking's codes
    body = await api.query("AGENT", INVOICE, {"id": invoice_id})
    assert body["data"]["node"]["analyticCodes"] == {"project": "P-1", "department": "Sales"}
    # when an agent sets the invoice's own codes
    payload = await call(
        api, "AGENT", SET, {"invoiceId": invoice_id, "codes": [{"key": "project", "value": "Z"}]}
    )
    # then the invoice shows them, and its booking keeps its own
    assert payload["errors"] == []
    assert payload["invoice"]["analyticCodes"] == {"project": "Z"}
    body = await api.query("CUSTOMER", INVOICE, {"id": invoice_id})
    assert body["data"]["node"]["analyticCodes"] == {"project": "Z"}
    booking = await m.Booking.get(id=invoice.booking_id)
    assert await codes_in_database(api.world, booking) == {"project": "P-1", "department": "Sales"}


async def test_a_customer_cannot_set_codes_on_someone_elses_booking(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given CUSTOMER's booking
    booking, _ = company_booking
    # when another customer tries to set its codes
    payload = await call(
        api,
        "CUSTOMER_OTHER",
        SET,
        {"bookingId": gid("Booking", booking.id), "codes": [{"key": "project", "value": "X"}]},
    )
    # then it is not found for them, and nothing changed
    assert codes(payload) == [("NOT_FOUND", "bookingId")]
    assert await codes_in_database(api.world, booking) == {"project": "P-1", "department": "Sales"}


async def test_the_travel_manager_sets_codes_on_a_booking_of_their_company(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a booking of Acme's customer
    booking = await booking_for(world)
    # when Acme's travel manager sets its codes
    payload = await call(
        api,
        "TRAVEL_MANAGER",
        SET,
        {
            "bookingId": gid("Booking", booking.id),
            "codes": [
                {"key": "cost_centre", "value": "CC-7"},
                {"key": "purpose", "value": "Conference"},
            ],
        },
    )
    # then they are stored
    assert payload["errors"] == []
    assert payload["booking"]["analyticCodes"] == {"cost_centre": "CC-7", "purpose": "Conference"}


@pytest.mark.parametrize("role", refused_roles("setAnalyticCodes"))
async def test_other_roles_may_not_set_codes(
    api: Api, company_booking: tuple[m.Booking, m.Invoice], role: m.Role
) -> None:
    # given a booking with codes
    booking, _ = company_booking
    # when a role the policy does not allow sets its codes
    payload = await call(
        api,
        role.value,
        SET,
        {"bookingId": gid("Booking", booking.id), "codes": [{"key": "project", "value": "X"}]},
    )
    # then it is refused and nothing changed
    assert codes(payload) == [("FORBIDDEN", None)]
    assert await codes_in_database(api.world, booking) == {"project": "P-1", "department": "Sales"}


async def test_the_travel_manager_defines_their_companys_codes(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given Acme's codes as the demo defines them
    manager = await m.User.get(id=world.user_ids["TRAVEL_MANAGER"])
    acme = await m.Organisation.get(id=manager.organisation_id)
    before = acme.analytic_code_definitions
    given = [
        {
            "key": code["key"],
            "label": code["label"],
            "kind": code["kind"],
            "choices": code.get("choices", []),
        }
        for code in before
    ]
    given[0]["required"] = True
    given[0]["maxLength"] = 12
    try:
        # when Acme's travel manager makes the first one required, 12 characters at most
        payload = await call(
            api,
            "TRAVEL_MANAGER",
            DEFINE,
            {"companyId": gid("Organisation", acme.id), "definitions": given},
        )
        # then the company has them
        assert payload["errors"] == []
        first = payload["company"]["analyticCodeDefinitions"][0]
        assert (first["key"], first["required"], first["maxLength"]) == (before[0]["key"], True, 12)
        assert len(payload["company"]["analyticCodeDefinitions"]) == 5
    finally:
        await m.Organisation.filter(id=acme.id).update(analytic_code_definitions=before)


async def test_a_company_has_exactly_three_free_and_two_choice_codes(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given a client company
    booking, _ = company_booking
    # when an admin gives it only two free-text codes
    payload = await call(
        api,
        "ADMIN",
        DEFINE,
        {
            "companyId": gid("Organisation", booking.client_company_id),
            "definitions": DEFINITIONS[1:],
        },
    )
    # then it is refused
    assert codes(payload) == [("TOO_FEW", "analyticCodeDefinitions")]


async def test_a_travel_manager_cannot_define_another_companys_codes(
    api: Api, company_booking: tuple[m.Booking, m.Invoice]
) -> None:
    # given another client company than the travel manager's
    booking, _ = company_booking
    # when Acme's travel manager defines its codes
    payload = await call(
        api,
        "TRAVEL_MANAGER",
        DEFINE,
        {
            "companyId": gid("Organisation", booking.client_company_id),
            "definitions": DEFINITIONS,
        },
    )
    # then that company is not theirs to change
    assert codes(payload) == [("NOT_FOUND", "companyId")]


@pytest.mark.parametrize("role", refused_roles("updateAnalyticCodeDefinitions"))
async def test_other_roles_may_not_define_codes(
    api: Api, company_booking: tuple[m.Booking, m.Invoice], role: m.Role
) -> None:
    # given a client company
    booking, _ = company_booking
    # when a role the policy does not allow defines its codes
    payload = await call(
        api,
        role.value,
        DEFINE,
        {
            "companyId": gid("Organisation", booking.client_company_id),
            "definitions": DEFINITIONS,
        },
    )
    # then it is refused
    assert codes(payload) == [("FORBIDDEN", None)]

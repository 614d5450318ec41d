"""createOrganisation / updateOrganisation: admins set up providers and client companies."""

from __future__ import annotations

import pytest

import models as m
from tests.admin import call, codes, gid, refused_roles, unique
from tests.conftest import Api

CREATE = """
mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    organisation {
      id name kind providerKind plan active verified timeZone
      analyticCodeDefinitions { key label kind choices }
    }
    errors { code field message }
  }
}
"""

UPDATE = """
mutation ($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    organisation { id name plan active verified timeZone analyticCodeDefinitions { key } }
    errors { code field message }
  }
}
"""

CODES = [
    {"key": "cost_centre", "label": "Cost centre", "kind": "FREE"},
    {"key": "project", "label": "Project", "kind": "FREE"},
    {"key": "po", "label": "PO number", "kind": "FREE"},
    {"key": "department", "label": "Department", "kind": "CHOICE", "choices": ["Sales", "IT"]},
    {"key": "region", "label": "Region", "kind": "CHOICE", "choices": ["EU", "US"]},
]


async def test_an_admin_creates_a_provider_with_every_setting(api: Api) -> None:
    # given a new provider's details
    name = unique("Hotel")
    # when an admin creates it
    payload = await call(
        api,
        "ADMIN",
        CREATE,
        {
            "name": name,
            "kind": "PROVIDER",
            "providerKind": "VENUE",
            "plan": "PREMIUM",
            "verified": True,
            "timeZone": "Europe/Berlin",
        },
    )
    # then it exists with those settings
    assert payload["errors"] == []
    created = payload["organisation"]
    assert created["name"] == name
    assert (created["kind"], created["providerKind"], created["plan"]) == (
        "PROVIDER",
        "VENUE",
        "PREMIUM",
    )
    assert (created["active"], created["verified"], created["timeZone"]) == (
        True,
        True,
        "Europe/Berlin",
    )


async def test_a_client_company_defines_three_free_and_two_choice_codes(api: Api) -> None:
    # given a client company created by an admin
    payload = await call(api, "ADMIN", CREATE, {"name": unique("Corp"), "kind": "CLIENT_COMPANY"})
    company = payload["organisation"]["id"]
    # when the admin sets its analytic codes
    updated = await call(api, "ADMIN", UPDATE, {"id": company, "analyticCodeDefinitions": CODES})
    # then they are stored as given
    assert updated["errors"] == []
    keys = [code["key"] for code in updated["organisation"]["analyticCodeDefinitions"]]
    assert keys == [code["key"] for code in CODES]


async def test_bad_settings_are_refused_one_error_per_field_and_nothing_changes(
    orm: None, api: Api
) -> None:
    # given a client company
    name = unique("Corp")
    payload = await call(api, "ADMIN", CREATE, {"name": name, "kind": "CLIENT_COMPANY"})
    company = payload["organisation"]["id"]
    # when an admin sends a blank name, an unknown time zone and a fourth free-text code
    too_many = [*CODES, {"key": "extra", "label": "Extra", "kind": "FREE"}]
    refused = await call(
        api,
        "ADMIN",
        UPDATE,
        {
            "id": company,
            "name": " ",
            "timeZone": "Mars/Olympus",
            "analyticCodeDefinitions": too_many,
        },
    )
    # then each field says what is wrong and the company is unchanged
    assert refused["organisation"] is None
    assert set(codes(refused)) == {
        ("REQUIRED", "name"),
        ("INVALID_TIME_ZONE", "timeZone"),
        ("TOO_MANY", "analyticCodeDefinitions"),
    }
    assert await m.Organisation.filter(name=name, time_zone="UTC").exists()


async def test_a_provider_needs_a_provider_kind_and_a_company_has_none(api: Api) -> None:
    # when an admin creates a provider without a kind, and a company with one
    provider = await call(api, "ADMIN", CREATE, {"name": unique("P"), "kind": "PROVIDER"})
    company = await call(
        api,
        "ADMIN",
        CREATE,
        {"name": unique("C"), "kind": "CLIENT_COMPANY", "providerKind": "VENUE"},
    )
    # then both are refused at that field
    assert codes(provider) == [("REQUIRED", "providerKind")]
    assert codes(company) == [("INVALID_VALUE", "providerKind")]


async def test_an_admin_changes_plan_and_deactivates_a_provider(orm: None, api: Api) -> None:
    # given a BASIC provider
    payload = await call(
        api,
        "ADMIN",
        CREATE,
        {"name": unique("P"), "kind": "PROVIDER", "providerKind": "SUPPLIER"},
    )
    provider = payload["organisation"]["id"]
    # when the admin moves it to ENTERPRISE and deactivates it
    updated = await call(
        api, "ADMIN", UPDATE, {"id": provider, "plan": "ENTERPRISE", "active": False}
    )
    # then both are stored
    assert updated["errors"] == []
    assert (updated["organisation"]["plan"], updated["organisation"]["active"]) == (
        "ENTERPRISE",
        False,
    )


async def test_an_unknown_organisation_is_not_found(api: Api) -> None:
    # when an admin updates an organisation that does not exist
    payload = await call(api, "ADMIN", UPDATE, {"id": gid("Organisation", 10**8), "name": "X"})
    # then it is not found
    assert codes(payload) == [("NOT_FOUND", "id")]


@pytest.mark.parametrize("role", refused_roles("createOrganisation"))
async def test_create_organisation_is_refused_to_other_roles(
    orm: None, api: Api, role: m.Role
) -> None:
    # given a role the policy does not allow to create organisations
    name = unique("Refused")
    # when it tries
    payload = await call(api, role.value, CREATE, {"name": name, "kind": "CLIENT_COMPANY"})
    # then it is refused and nothing is created
    assert codes(payload) == [("FORBIDDEN", None)]
    assert not await m.Organisation.exists(name=name)


@pytest.mark.parametrize("role", refused_roles("updateOrganisation"))
async def test_update_organisation_is_refused_to_other_roles(
    orm: None, api: Api, world: object, role: m.Role
) -> None:
    # given the organisation of the demo provider staff
    staff = await m.User.get(email="sophie.bernard@chateau-lumiere.example")
    organisation = await m.Organisation.get(id=staff.organisation_id)
    # when another role tries to change its plan
    payload = await call(
        api, role.value, UPDATE, {"id": gid("Organisation", organisation.id), "plan": "BASIC"}
    )
    # then it is refused and the plan stays
    assert codes(payload) == [("FORBIDDEN", None)]
    assert (await m.Organisation.get(id=organisation.id)).plan == organisation.plan

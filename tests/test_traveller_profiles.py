"""Traveller profiles: read within scope, masked for analysts, kept by the traveller and the
company's travel manager with every bad value refused at once (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from strawberry.relay import GlobalID

import models as m
from resolvers.attachments import UNSENT_LIFETIME, remove_unsent_uploads
from tests.conftest import Api
from tests.test_attachments import download, pdf, uploaded

PROFILE = """
query ($traveller: ID) {
  travellerProfile(travellerId: $traveller) {
    id seatPreference mealPreference notes
    traveller { name }
    loyaltyProgrammes { programme number }
    identityDocuments { id kind number issuingCountry expiresOn scan { id url } }
  }
}
"""

UPDATE = """
mutation ($input: UpdateTravellerProfileInput!) {
  updateTravellerProfile(input: $input) {
    profile {
      seatPreference mealPreference
      loyaltyProgrammes { programme number }
      identityDocuments { id kind number issuingCountry expiresOn scan { id } }
    }
    errors { code field message }
  }
}
"""


def user_id(api: Api, account: str) -> str:
    return str(GlobalID("User", str(api.world.user_ids[account])))


async def profile_of(api: Api, role: str, account: str | None) -> dict[str, Any]:
    variables = {"traveller": user_id(api, account) if account else None}
    return await api.query(role, PROFILE, variables)


async def update(api: Api, role: str, values: dict[str, Any]) -> dict[str, Any]:
    body = await api.query(role, UPDATE, {"input": values})
    assert "errors" not in body, body
    return body["data"]["updateTravellerProfile"]


async def test_a_traveller_reads_their_own_profile_in_clear(api: Api) -> None:
    # when Claire reads her profile (the demo's)
    body = await profile_of(api, "CUSTOMER", None)
    # then she sees her preferences, her loyalty number and her passport with its scan
    profile = body["data"]["travellerProfile"]
    assert profile["seatPreference"] == "WINDOW"
    assert profile["traveller"]["name"] == "Claire Martin"
    assert profile["loyaltyProgrammes"] == [
        {"programme": "Air France Flying Blue", "number": "FB 1234567890"}
    ]
    [passport] = profile["identityDocuments"]
    assert (passport["kind"], passport["number"], passport["issuingCountry"]) == (
        "PASSPORT",
        "18AB12345",
        "FR",
    )
    status, content, _ = await download(api, passport["scan"]["url"], "CUSTOMER")
    assert status == 200
    assert content.startswith(b"\x89PNG")


async def test_the_company_travel_manager_and_agents_read_it_too(api: Api) -> None:
    for role in ("TRAVEL_MANAGER", "AGENT"):
        # when the travel manager of Claire's company, or an agent, reads her profile
        body = await profile_of(api, role, "CUSTOMER")
        # then they see the numbers in clear
        profile = body["data"]["travellerProfile"]
        assert profile["identityDocuments"][0]["number"] == "18AB12345", role
        # and the travel manager may fetch the scan
        url = profile["identityDocuments"][0]["scan"]["url"]
        assert (await download(api, url, role))[0] == 200


async def test_an_analyst_never_sees_numbers_notes_or_the_scan(api: Api) -> None:
    # when an analyst reads Claire's profile
    body = await profile_of(api, "ANALYST", "CUSTOMER")
    profile = body["data"]["travellerProfile"]
    # then document and membership numbers are hidden entirely, notes masked, no scan
    assert profile["loyaltyProgrammes"][0]["number"] == "***"
    assert profile["identityDocuments"][0]["number"] == "***"
    assert profile["notes"] == "P***"
    assert profile["identityDocuments"][0]["scan"] is None
    assert profile["seatPreference"] == "WINDOW"
    assert "errors" not in body


async def test_providers_see_nothing_and_other_customers_no_one_elses(api: Api) -> None:
    # when Claire's provider asks for her profile
    body = await profile_of(api, "PROVIDER_STAFF", "CUSTOMER")
    # then the query is refused outright
    assert body["data"]["travellerProfile"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # and another customer, or a travel manager of another company, reads nothing
    assert (await profile_of(api, "CUSTOMER_OTHER", "CUSTOMER"))["data"] == {
        "travellerProfile": None
    }
    assert (await profile_of(api, "TRAVEL_MANAGER", "CUSTOMER_OTHER"))["data"] == {
        "travellerProfile": None
    }


async def test_the_scan_is_not_downloadable_by_a_provider_or_another_customer(api: Api) -> None:
    profile = (await profile_of(api, "CUSTOMER", None))["data"]["travellerProfile"]
    url = profile["identityDocuments"][0]["scan"]["url"]
    for role in ("PROVIDER_STAFF", "CUSTOMER_OTHER", "ANALYST"):
        assert (await download(api, url, role))[0] == 404, role


async def test_a_travel_manager_keeps_a_travellers_documents(api: Api) -> None:
    # given a scan the travel manager uploaded
    scan = await uploaded(api, "TRAVEL_MANAGER", pdf(), filename="visa.pdf")
    expires = (date.today() + timedelta(days=400)).isoformat()
    # when they give Victoria (their company's traveller) a visa and a loyalty card
    payload = await update(
        api,
        "TRAVEL_MANAGER",
        {
            "travellerId": user_id(api, "CUSTOMER_VIP"),
            "mealPreference": "Halal",
            "loyaltyProgrammes": [{"programme": "Lufthansa Miles & More", "number": "992 0001"}],
            "identityDocuments": [
                {
                    "kind": "VISA",
                    "number": "V-7781",
                    "issuingCountry": "us",
                    "expiresOn": expires,
                    "scanAttachmentId": scan["id"],
                }
            ],
        },
    )
    # then the profile holds exactly what was given
    assert payload["errors"] == []
    profile = payload["profile"]
    assert profile["mealPreference"] == "Halal"
    assert profile["loyaltyProgrammes"] == [
        {"programme": "Lufthansa Miles & More", "number": "992 0001"}
    ]
    [visa] = profile["identityDocuments"]
    assert (visa["kind"], visa["issuingCountry"], visa["expiresOn"]) == ("VISA", "US", expires)
    assert visa["scan"]["id"] == scan["id"]
    # and Victoria reads it in her own profile
    mine = (await profile_of(api, "CUSTOMER_VIP", None))["data"]["travellerProfile"]
    assert [d["number"] for d in mine["identityDocuments"]] == ["V-7781"]
    # and keeping the document by id while changing its number keeps its identity
    again = await update(
        api,
        "CUSTOMER_VIP",
        {
            "identityDocuments": [
                {
                    "id": visa["id"],
                    "kind": "VISA",
                    "number": "V-7782",
                    "issuingCountry": "US",
                    "expiresOn": expires,
                    "scanAttachmentId": scan["id"],
                }
            ]
        },
    )
    assert again["errors"] == []
    assert [(d["id"], d["number"]) for d in again["profile"]["identityDocuments"]] == [
        (visa["id"], "V-7782")
    ]


async def test_bad_values_are_refused_together_and_nothing_is_saved(api: Api) -> None:
    before = (await profile_of(api, "CUSTOMER", None))["data"]["travellerProfile"]
    # when Claire sends a blank programme, an unknown country and a too-long number at once
    payload = await update(
        api,
        "CUSTOMER",
        {
            "seatPreference": "AISLE",
            "loyaltyProgrammes": [{"programme": " ", "number": "1"}],
            "identityDocuments": [
                {
                    "kind": "PASSPORT",
                    "number": "9" * 41,
                    "issuingCountry": "XX",
                    "expiresOn": "2030-01-01",
                }
            ],
        },
    )
    # then each is refused on its own field
    assert sorted((e["code"], e["field"]) for e in payload["errors"]) == [
        ("INVALID_VALUE", "identityDocuments.0.issuingCountry"),
        ("REQUIRED", "loyaltyProgrammes.0.programme"),
        ("TOO_LONG", "identityDocuments.0.number"),
    ]
    # and nothing changed
    after = (await profile_of(api, "CUSTOMER", None))["data"]["travellerProfile"]
    assert after == before


@pytest.mark.parametrize("role", ["AGENT", "ADMIN", "PROVIDER_STAFF", "ANALYST"])
async def test_roles_that_only_read_or_see_nothing_may_not_change_a_profile(
    api: Api, role: str
) -> None:
    payload = await update(
        api, role, {"travellerId": user_id(api, "CUSTOMER"), "mealPreference": "None"}
    )
    assert [e["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    profile = (await profile_of(api, "CUSTOMER", None))["data"]["travellerProfile"]
    assert profile["mealPreference"] != "None"


async def test_nobody_names_someone_elses_upload_as_their_scan(api: Api) -> None:
    # given a file another customer uploaded
    theirs = await uploaded(api, "CUSTOMER_OTHER", pdf(), filename="theirs.pdf")
    # when Claire names it as her passport's scan
    payload = await update(
        api,
        "CUSTOMER",
        {
            "identityDocuments": [
                {
                    "kind": "PASSPORT",
                    "number": "X1",
                    "issuingCountry": "FR",
                    "expiresOn": "2031-01-01",
                    "scanAttachmentId": theirs["id"],
                }
            ]
        },
    )
    # then it is refused as unknown to her
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [
        ("NOT_FOUND", "identityDocuments.0.scanAttachmentId")
    ]


async def test_a_kept_scan_outlives_the_cleaning_of_unsent_uploads(api: Api, orm: None) -> None:
    # given Claire's scanned passport, uploaded long ago and never sent with a message
    document = await m.IdentityDocument.filter(number="18AB12345").first()
    assert document is not None
    assert document.scan_id is not None
    scan = await m.Attachment.get(id=document.scan_id)
    # when the worker removes uploads older than a day that no message took
    later = scan.created_at + UNSENT_LIFETIME + timedelta(days=1)
    await remove_unsent_uploads(api.world.settings.attachments_dir, later)
    # then the scan is still there
    assert await m.Attachment.exists(id=scan.id)

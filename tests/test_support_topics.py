"""The support taxonomy: seeded topics with labels in the caller's language; admins add,
rename, retire topics and change their complexity and team."""

from __future__ import annotations

import pytest

from tests.conftest import Api
from tests.support import start_chat, unique

TOPICS = """
query ($retired: Boolean = false) {
  supportTopics(includeRetired: $retired) { key label complexity retired }
}
"""
TOPIC_TEAMS = "query { supportTopics { key team { key } } }"

CREATE = """
mutation ($input: CreateSupportTopicInput!) {
  createSupportTopic(input: $input) {
    topic { id key label complexity team { key } } errors { code field }
  }
}
"""

UPDATE = """
mutation ($input: UpdateSupportTopicInput!) {
  updateSupportTopic(input: $input) {
    topic { key label complexity retired team { key } } errors { code field }
  }
}
"""

SIMPLE = [
    "ACCOUNT_PROFILE",
    "VERIFICATION",
    "PRODUCT_MANAGEMENT",
    "FINANCE",
    "PERFORMANCE_REVIEWS",
    "TECHNICAL",
]
COMPLEX = ["BOOKING_CHANGES", "ADVANCED_PRODUCT_SETUP", "PAYMENT_PROBLEMS"]


def _key() -> str:
    return unique("TOPIC").replace(" ", "_").upper()


async def test_the_seeded_topics_come_in_the_callers_language(api: Api) -> None:
    # when a French provider and an English agent read the taxonomy
    french = (await api.query("PROVIDER_STAFF", TOPICS))["data"]["supportTopics"]
    english = (await api.query("AGENT_SUPPORT", TOPICS))["data"]["supportTopics"]
    # then the seeded topics are there with their complexity, labelled in each language
    by_key = {t["key"]: t for t in english}
    assert [k for k in SIMPLE if by_key[k]["complexity"] == "SIMPLE"] == SIMPLE
    assert [k for k in COMPLEX if by_key[k]["complexity"] == "COMPLEX"] == COMPLEX
    assert by_key["FINANCE"]["label"] == "Finance"
    assert {t["key"]: t["label"] for t in french}["ACCOUNT_PROFILE"] == "Compte et profil"
    # and agents see which team handles the tickets of each
    teams = (await api.query("AGENT_SUPPORT", TOPIC_TEAMS))["data"]["supportTopics"]
    assert {t["key"]: t["team"]["key"] for t in teams}["BOOKING_CHANGES"] == "support-bookings"


async def test_an_admin_adds_renames_and_retires_a_topic(api: Api) -> None:
    key = _key()
    labels = {"en": "Gift vouchers", "fr": "Bons cadeaux", "de": "Gutscheine"}
    # when an admin adds a COMPLEX topic for the payment specialists
    created = await api.query(
        "ADMIN",
        CREATE,
        {
            "input": {
                "key": key,
                "labels": labels,
                "complexity": "COMPLEX",
                "teamKey": "support-payments",
            }
        },
    )
    payload = created["data"]["createSupportTopic"]
    assert payload["errors"] == []
    assert payload["topic"]["team"] == {"key": "support-payments"}
    topic_id = payload["topic"]["id"]
    # then providers can pick it, and a chat on it is a ticket for that team
    chat = await start_chat(api, topic=key)
    assert chat["chat"]["status"] == "TICKET_OPEN"
    # when the admin renames it, makes it SIMPLE, then retires it
    renamed = await api.query(
        "ADMIN",
        UPDATE,
        {"input": {"id": topic_id, "labels": {**labels, "en": "Vouchers"}, "complexity": "SIMPLE"}},
    )
    assert renamed["data"]["updateSupportTopic"]["topic"]["label"] == "Vouchers"
    assert (await start_chat(api, topic=key))["chat"]["status"] == "QUEUED"
    retired = await api.query("ADMIN", UPDATE, {"input": {"id": topic_id, "retired": True}})
    assert retired["data"]["updateSupportTopic"]["topic"]["retired"] is True
    # then it is no longer offered, nor accepted, but still listed on request
    offered = (await api.query("PROVIDER_STAFF", TOPICS))["data"]["supportTopics"]
    assert key not in [t["key"] for t in offered]
    everything = await api.query("PROVIDER_STAFF", TOPICS, {"retired": True})
    assert key in [t["key"] for t in everything["data"]["supportTopics"]]
    refused = await start_chat(api, topic=key)
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("NOT_FOUND", "topic")]


async def test_a_topic_needs_a_valid_unique_key_an_english_label_and_a_known_team(
    api: Api,
) -> None:
    variables = {
        "input": {
            "key": "FINANCE",
            "labels": {"fr": "Finances"},
            "complexity": "SIMPLE",
            "teamKey": "no-such-team",
        }
    }
    answer = await api.query("ADMIN", CREATE, variables)
    errors = answer["data"]["createSupportTopic"]["errors"]
    assert {(e["code"], e["field"]) for e in errors} == {
        ("DUPLICATE", "key"),
        ("REQUIRED", "labels"),
        ("NOT_FOUND", "teamKey"),
    }


async def test_a_team_key_longer_than_any_team_is_an_unknown_team(api: Api) -> None:
    # a key longer than the column holds is not looked up (it was a server error)
    variables = {
        "input": {
            "key": _key(),
            "labels": {"en": "Long"},
            "complexity": "SIMPLE",
            "teamKey": "x" * 500,
        }
    }
    answer = await api.query("ADMIN", CREATE, variables)
    errors = answer["data"]["createSupportTopic"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("NOT_FOUND", "teamKey")]


@pytest.mark.parametrize("role", ["AGENT_SUPPORT", "PROVIDER_STAFF", "ANALYST"])
async def test_only_admins_change_the_taxonomy(api: Api, role: str) -> None:
    variables = {
        "input": {
            "key": _key(),
            "labels": {"en": "X"},
            "complexity": "SIMPLE",
            "teamKey": "support",
        }
    }
    answer = await api.query(role, CREATE, variables)
    assert answer["data"]["createSupportTopic"]["errors"][0]["code"] == "FORBIDDEN"

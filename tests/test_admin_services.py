"""Services, booking field definitions and automated questions, set up through the API.

Admins set up any provider's services; provider staff only their own provider's. The
``services(providerId)`` connection lists them with their fields and questions.
"""

from __future__ import annotations

from typing import Any

import pytest

import models as m
from tests.admin import call, codes, gid, refused_roles, unique
from tests.conftest import Api, DemoWorld

CREATE_SERVICE = """
mutation ($input: CreateServiceInput!) {
  createService(input: $input) {
    service { id name description provider { id } }
    errors { code field message }
  }
}
"""

UPDATE_SERVICE = """
mutation ($input: UpdateServiceInput!) {
  updateService(input: $input) { service { id name description } errors { code field } }
}
"""

CREATE_FIELD = """
mutation ($input: CreateBookingFieldDefinitionInput!) {
  createBookingFieldDefinition(input: $input) {
    fieldDefinition { id key label labels type scope required maxLength pattern choices position }
    errors { code field message }
  }
}
"""

UPDATE_FIELD = """
mutation ($input: UpdateBookingFieldDefinitionInput!) {
  updateBookingFieldDefinition(input: $input) {
    fieldDefinition { id key type required choices }
    errors { code field message }
  }
}
"""

CREATE_QUESTION = """
mutation ($input: CreateServiceQuestionInput!) {
  createServiceQuestion(input: $input) {
    question { id text texts position archivedAt field { key } }
    errors { code field message }
  }
}
"""

UPDATE_QUESTION = """
mutation ($input: UpdateServiceQuestionInput!) {
  updateServiceQuestion(input: $input) { question { id texts position } errors { code field } }
}
"""

ARCHIVE_QUESTION = """
mutation ($input: ArchiveServiceQuestionInput!) {
  archiveServiceQuestion(input: $input) { question { id archivedAt } errors { code field } }
}
"""

SERVICES = """
query ($providerId: ID) {
  services(first: 50, providerId: $providerId) {
    totalCount
    nodes {
      id name
      fieldDefinitions { key type scope required choices }
      questions { text field { key } }
    }
  }
}
"""


async def provider_of(world: DemoWorld, key: str) -> str:
    """The global id of the organisation of demo account ``key``."""
    user = await m.User.get(id=world.user_ids[key])
    return gid("Organisation", user.organisation_id)


async def new_service(api: Api, world: DemoWorld, who: str = "PROVIDER_STAFF") -> str:
    """A fresh service of the demo provider, created by ``who``."""
    payload = await call(
        api,
        who,
        CREATE_SERVICE,
        {"providerId": await provider_of(world, "PROVIDER_STAFF"), "name": unique("Service")},
    )
    assert payload["errors"] == []
    return payload["service"]["id"]


def field_input(service: str, **extra: Any) -> dict[str, Any]:
    """A valid createBookingFieldDefinition input."""
    return {
        "serviceId": service,
        "key": "diet",
        "labels": {"en": "Diet", "fr": "Régime"},
        "type": "CHOICE",
        "choices": ["none", "vegetarian", "vegan"],
        **extra,
    }


async def test_provider_staff_set_up_a_service_with_fields_and_a_question(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given provider staff
    provider = await provider_of(world, "PROVIDER_STAFF")
    # when they create a service, a required per-participant name field, a choice field and a
    # question answered in that choice field
    service = await new_service(api, world)
    name_field = await call(
        api,
        "PROVIDER_STAFF",
        CREATE_FIELD,
        {
            "serviceId": service,
            "key": "guest_name",
            "labels": {"en": "Guest name"},
            "type": "PERSON_NAME",
            "scope": "PARTICIPANT",
            "required": True,
            "maxLength": 80,
        },
    )
    diet = await call(api, "PROVIDER_STAFF", CREATE_FIELD, field_input(service))
    question = await call(
        api,
        "PROVIDER_STAFF",
        CREATE_QUESTION,
        {
            "serviceId": service,
            "fieldId": diet["fieldDefinition"]["id"],
            "texts": {"en": "Any dietary needs?", "fr": "Un régime particulier ?"},
        },
    )
    # then each is created, and the provider's services list shows them
    assert name_field["errors"] == diet["errors"] == question["errors"] == []
    assert name_field["fieldDefinition"]["scope"] == "PARTICIPANT"
    assert question["question"]["field"] == {"key": "diet"}
    body = await api.query("PROVIDER_STAFF", SERVICES, {"providerId": provider})
    assert "errors" not in body
    (listed,) = [node for node in body["data"]["services"]["nodes"] if node["id"] == service]
    assert [f["key"] for f in listed["fieldDefinitions"]] == ["guest_name", "diet"]
    # (the demo provider staff read French)
    assert listed["questions"] == [{"text": "Un régime particulier ?", "field": {"key": "diet"}}]


async def test_field_definitions_are_checked_per_field(api: Api, world: DemoWorld) -> None:
    # given a service with a field `diet`
    service = await new_service(api, world)
    await call(api, "PROVIDER_STAFF", CREATE_FIELD, field_input(service))
    # when a field repeats the key, has a bad pattern, and a CHOICE field has no choices
    payload = await call(
        api,
        "PROVIDER_STAFF",
        CREATE_FIELD,
        field_input(service, choices=[], pattern="([", labels={"fr": "sans anglais"}),
    )
    # then each problem is reported at its field
    assert set(codes(payload)) == {
        ("INVALID_VALUE", "pattern"),
        ("REQUIRED", "labels"),
    }
    fixed = await call(api, "PROVIDER_STAFF", CREATE_FIELD, field_input(service, choices=[]))
    assert set(codes(fixed)) == {("REQUIRED", "choices"), ("DUPLICATE", "key")}


async def test_a_field_with_values_keeps_its_type(orm: None, api: Api, world: DemoWorld) -> None:
    # given a demo booking field that holds values
    value = await m.FieldValue.filter(definition__key="licence_plate").first()
    assert value is not None
    definition = gid("BookingFieldDefinition", value.definition_id)
    # when an admin changes its type, then only its required flag
    retyped = await call(api, "ADMIN", UPDATE_FIELD, {"id": definition, "type": "NUMBER"})
    # then the type change is refused; other changes are fine
    assert codes(retyped) == [("IN_USE", "type")]
    stored = await m.BookingFieldDefinition.get(id=value.definition_id)
    flagged = await call(
        api, "ADMIN", UPDATE_FIELD, {"id": definition, "required": stored.required}
    )
    assert flagged["errors"] == []


async def test_a_question_needs_a_per_booking_field_of_its_service(
    api: Api, world: DemoWorld
) -> None:
    # given a service with a per-participant field, and another service's field
    service = await new_service(api, world)
    other = await new_service(api, world)
    per_person = await call(
        api,
        "PROVIDER_STAFF",
        CREATE_FIELD,
        field_input(service, key="names", type="TEXT", choices=[], scope="PARTICIPANT"),
    )
    foreign = await call(api, "PROVIDER_STAFF", CREATE_FIELD, field_input(other))
    # when questions are created on each
    asked = [
        await call(
            api,
            "PROVIDER_STAFF",
            CREATE_QUESTION,
            {"serviceId": service, "fieldId": field["fieldDefinition"]["id"], "texts": {"en": "?"}},
        )
        for field in (per_person, foreign)
    ]
    # then both are refused at the field
    assert [codes(payload) for payload in asked] == [[("INVALID_FIELD", "fieldId")]] * 2


async def test_an_archived_question_is_no_longer_listed_nor_changed(
    api: Api, world: DemoWorld
) -> None:
    # given a question of a new service
    service = await new_service(api, world)
    diet = await call(api, "PROVIDER_STAFF", CREATE_FIELD, field_input(service))
    created = await call(
        api,
        "PROVIDER_STAFF",
        CREATE_QUESTION,
        {"serviceId": service, "fieldId": diet["fieldDefinition"]["id"], "texts": {"en": "Diet?"}},
    )
    question = created["question"]["id"]
    renamed = await call(
        api, "PROVIDER_STAFF", UPDATE_QUESTION, {"id": question, "texts": {"en": "Diet now?"}}
    )
    assert renamed["question"]["texts"] == {"en": "Diet now?"}
    # when it is archived
    archived = await call(api, "PROVIDER_STAFF", ARCHIVE_QUESTION, {"id": question})
    # then it has an archive date, the service no longer lists it, and it cannot change
    assert archived["question"]["archivedAt"]
    node = await api.query(
        "PROVIDER_STAFF",
        "query ($id: ID!) { node(id: $id) { ... on Service { questions { id } } } }",
        {"id": service},
    )
    assert node["data"]["node"]["questions"] == []
    late = await call(api, "PROVIDER_STAFF", UPDATE_QUESTION, {"id": question, "position": 2})
    assert codes(late) == [("ARCHIVED", "id")]


async def test_a_provider_cannot_set_up_another_providers_services(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a service of another provider
    other = await call(
        api,
        "ADMIN",
        CREATE_SERVICE,
        {"providerId": await provider_of(world, "PROVIDER_STAFF_OTHER"), "name": unique("Tour")},
    )
    service = other["service"]["id"]
    # when provider staff create a service for that provider, rename its service, or add a
    # field to it
    created = await call(
        api,
        "PROVIDER_STAFF",
        CREATE_SERVICE,
        {"providerId": await provider_of(world, "PROVIDER_STAFF_OTHER"), "name": "Mine"},
    )
    renamed = await call(api, "PROVIDER_STAFF", UPDATE_SERVICE, {"id": service, "name": "Mine"})
    field = await call(api, "PROVIDER_STAFF", CREATE_FIELD, field_input(service))
    # then each is refused as if the provider or service did not exist
    assert codes(created) == [("NOT_FOUND", "providerId")]
    assert codes(renamed) == [("NOT_FOUND", "id")]
    assert codes(field) == [("NOT_FOUND", "serviceId")]
    assert (await m.Service.get(name=other["service"]["name"])).name != "Mine"


SETUP_MUTATIONS = [
    ("createService", CREATE_SERVICE),
    ("updateService", UPDATE_SERVICE),
    ("createBookingFieldDefinition", CREATE_FIELD),
    ("updateBookingFieldDefinition", UPDATE_FIELD),
    ("createServiceQuestion", CREATE_QUESTION),
    ("updateServiceQuestion", UPDATE_QUESTION),
    ("archiveServiceQuestion", ARCHIVE_QUESTION),
]


async def _inputs(world: DemoWorld) -> dict[str, dict[str, Any]]:
    """A valid input of each set-up mutation, on the demo seminar service."""
    service = await m.Service.get(name="Seminar day package")
    definition = await m.BookingFieldDefinition.get(service_id=service.id, key="notes")
    question = await m.ServiceQuestion.filter(service_id=service.id).first()
    assert question is not None
    sid = gid("Service", service.id)
    return {
        "createService": {"providerId": gid("Organisation", service.provider_id), "name": "X"},
        "updateService": {"id": sid, "name": "X"},
        "createBookingFieldDefinition": field_input(sid, key="refused"),
        "updateBookingFieldDefinition": {
            "id": gid("BookingFieldDefinition", definition.id),
            "required": True,
        },
        "createServiceQuestion": {
            "serviceId": sid,
            "fieldId": gid("BookingFieldDefinition", definition.id),
            "texts": {"en": "X"},
        },
        "updateServiceQuestion": {"id": gid("ServiceQuestion", question.id), "texts": {"en": "X"}},
        "archiveServiceQuestion": {"id": gid("ServiceQuestion", question.id)},
    }


@pytest.mark.parametrize(
    ("mutation", "document", "role"),
    [
        pytest.param(name, document, *param.values, id=param.id)
        for name, document in SETUP_MUTATIONS
        for param in refused_roles(name)
    ],
)
async def test_service_set_up_is_refused_to_other_roles(
    orm: None, api: Api, world: DemoWorld, mutation: str, document: str, role: m.Role
) -> None:
    # given the demo seminar service, its fields and questions
    before = (
        await m.Service.all().count(),
        await m.BookingFieldDefinition.filter(key="refused").count(),
        await m.ServiceQuestion.filter(archived_at=None).count(),
    )
    # when a role the policy does not allow tries the mutation
    payload = await call(api, role.value, document, (await _inputs(world))[mutation])
    # then it is refused and nothing changed
    assert codes(payload) == [("FORBIDDEN", None)]
    assert await m.Service.filter(name="Seminar day package").exists()
    after = (
        await m.Service.all().count(),
        await m.BookingFieldDefinition.filter(key="refused").count(),
        await m.ServiceQuestion.filter(archived_at=None).count(),
    )
    assert after == before

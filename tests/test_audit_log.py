"""auditLog: every administration change is recorded with who, when, old and new values."""

from __future__ import annotations

import pytest

import models as m
from tests.admin import (
    call,
    forget_new_staff,  # noqa: F401
    gid,
    unique,
)
from tests.conftest import Api, DemoWorld
from tests.test_admin_organisations import CREATE as CREATE_ORGANISATION
from tests.test_admin_organisations import UPDATE as UPDATE_ORGANISATION
from tests.test_admin_users import CREATE as CREATE_USER

pytestmark = pytest.mark.usefixtures("forget_new_staff")

AUDIT_LOG = """
query ($filter: AuditFilter) {
  auditLog(first: 10, filter: $filter) {
    totalCount
    nodes { action actorRole targetType targetId oldValues newValues createdAt actor { id } }
  }
}
"""


async def test_an_update_is_recorded_with_old_and_new_values(api: Api, world: DemoWorld) -> None:
    # given an organisation an admin created
    created = await call(
        api, "ADMIN", CREATE_ORGANISATION, {"name": unique("Corp"), "kind": "CLIENT_COMPANY"}
    )
    organisation = created["organisation"]["id"]
    # when the admin changes its plan
    await call(api, "ADMIN", UPDATE_ORGANISATION, {"id": organisation, "plan": "PREMIUM"})
    # then the log names both changes of that organisation, newest first, with who did them
    body = await api.query("ADMIN", AUDIT_LOG, {"filter": {"targetId": organisation}})
    entries = body["data"]["auditLog"]["nodes"]
    assert [entry["action"] for entry in entries] == ["updateOrganisation", "createOrganisation"]
    update, create = entries
    assert (update["oldValues"], update["newValues"]) == ({"plan": "BASIC"}, {"plan": "PREMIUM"})
    assert create["oldValues"] == {}
    assert create["newValues"]["kind"] == "CLIENT_COMPANY"
    assert update["actor"] == {"id": gid("User", world.user_ids["ADMIN"])}
    assert update["actorRole"] == "ADMIN"
    assert update["targetType"] == "Organisation"


async def test_a_refused_change_writes_no_entry(orm: None, api: Api) -> None:
    # given the number of entries
    before = await m.AuditEntry.all().count()
    # when an admin sends an organisation with a bad time zone
    await call(
        api,
        "ADMIN",
        CREATE_ORGANISATION,
        {"name": unique("Corp"), "kind": "CLIENT_COMPANY", "timeZone": "Nowhere"},
    )
    # then nothing is recorded
    assert await m.AuditEntry.all().count() == before


async def test_the_log_filters_by_action_and_actor(api: Api, world: DemoWorld) -> None:
    # given an account created by provider staff
    await call(
        api,
        "PROVIDER_STAFF",
        CREATE_USER,
        {"email": f"{unique('x')}@example.com", "name": "Xavier", "role": "PROVIDER_STAFF"},
    )
    # when an admin filters the log on that action and actor
    staff = gid("User", world.user_ids["PROVIDER_STAFF"])
    body = await api.query(
        "ADMIN", AUDIT_LOG, {"filter": {"action": "createUser", "actorId": staff}}
    )
    # then only such entries come back, with the personal data an admin may read
    entries = body["data"]["auditLog"]["nodes"]
    assert entries
    assert {(e["action"], e["actor"]["id"]) for e in entries} == {("createUser", staff)}
    assert entries[0]["newValues"]["name"] == "Xavier"


async def test_only_admins_read_the_log(api: Api) -> None:
    # when every other role asks for the audit log
    for role in ("AGENT", "ANALYST", "PROVIDER_STAFF", "CUSTOMER", "TRAVEL_MANAGER", "GUEST"):
        body = await api.query(role, AUDIT_LOG)
        # then it is refused with FORBIDDEN
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_filter_longer_than_any_value_finds_nothing(api: Api) -> None:
    # when the log is filtered by an action longer than any action name
    body = await api.query("ADMIN", AUDIT_LOG, {"filter": {"action": "x" * 500}})
    # then nothing matches, and it is no error
    assert "errors" not in body, body
    assert body["data"]["auditLog"]["nodes"] == []

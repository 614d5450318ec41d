"""createUser / updateUser / deactivateUser / reactivateUser.

Admins manage every account, provider staff their own provider's staff, travel managers
their own company's customers. A deactivated account's token is refused at once over
HTTP, and its open WebSocket closes with 4403, as on a role change. Each test creates
the accounts it changes: the demo accounts are shared with the rest of the suite.
"""

from __future__ import annotations

from typing import Any

import pytest

import models as m
from roost.auth import mint_token
from tests.admin import (
    call,
    codes,
    forget_new_staff,  # noqa: F401
    gid,
    refused_roles,
    unique,
)
from tests.conftest import Api, DemoWorld
from tests.wsclient import WsClient

pytestmark = pytest.mark.usefixtures("forget_new_staff")

CREATE = """
mutation ($input: CreateUserInput!) {
  createUser(input: $input) {
    user { id email name role locale timeZone active organisation { id } }
    errors { code field message }
  }
}
"""

#: What an admin reads back: every field of the account.
CREATE_ALL = CREATE.replace("active", "active isVip phone teams { key }")

UPDATE = """
mutation ($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user { id email name role phone organisation { id } }
    errors { code field message }
  }
}
"""

DEACTIVATE = """
mutation ($input: UserIdInput!) {
  deactivateUser(input: $input) { user { id active } errors { code field message } }
}
"""

REACTIVATE = """
mutation ($input: UserIdInput!) {
  reactivateUser(input: $input) { user { id active } errors { code field message } }
}
"""

ME = "query { me { id role } }"


async def organisation_of(world: DemoWorld, key: str) -> m.Organisation:
    """The organisation of demo account ``key``."""
    user = await m.User.get(id=world.user_ids[key])
    return await m.Organisation.get(id=user.organisation_id)


async def new_account(
    world: DemoWorld, role: m.Role = m.Role.PROVIDER_STAFF, of: str | None = "PROVIDER_STAFF"
) -> m.User:
    """A fresh account with ``role`` in the organisation of demo account ``of``."""
    organisation = await organisation_of(world, of) if of else None
    return await m.User.create(
        email=f"{unique('someone')}@example.com",
        name="Some One",
        role=role,
        organisation_id=organisation.id if organisation else None,
    )


def user_input(**extra: Any) -> dict[str, Any]:
    """A valid createUser input with a fresh e-mail address."""
    return {"email": f"{unique('new')}@example.com", "name": "Nora New", **extra}


async def test_an_admin_creates_provider_staff_who_can_sign_in(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a provider
    provider = await organisation_of(world, "PROVIDER_STAFF")
    # when an admin creates a staff account for it with every field
    payload = await call(
        api,
        "ADMIN",
        CREATE_ALL,
        user_input(
            role="PROVIDER_STAFF",
            organisationId=gid("Organisation", provider.id),
            locale="DE",
            timeZone="Europe/Berlin",
            phone="+49 170 1234567",
        ),
    )
    # then the account exists as given and its token works
    assert payload["errors"] == []
    user = payload["user"]
    assert (user["role"], user["locale"], user["timeZone"], user["active"]) == (
        "PROVIDER_STAFF",
        "DE",
        "Europe/Berlin",
        True,
    )
    assert user["organisation"]["id"] == gid("Organisation", provider.id)
    assert (user["phone"], user["isVip"], user["teams"]) == ("+49 170 1234567", False, [])
    account = await m.User.get(email=user["email"])
    status, body = await api.post(ME, token=mint_token(world.settings, account))
    assert status == 200
    assert body["data"]["me"]["role"] == "PROVIDER_STAFF"


async def test_provider_staff_create_staff_of_their_own_provider_only(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given provider staff and another provider
    other = await organisation_of(world, "PROVIDER_STAFF_OTHER")
    # when they create a colleague (their organisation by default), staff of another
    # provider, and an admin
    colleague = await call(api, "PROVIDER_STAFF", CREATE, user_input(role="PROVIDER_STAFF"))
    foreign = await call(
        api,
        "PROVIDER_STAFF",
        CREATE,
        user_input(role="PROVIDER_STAFF", organisationId=gid("Organisation", other.id)),
    )
    admin = await call(api, "PROVIDER_STAFF", CREATE, user_input(role="ADMIN", organisationId=None))
    # then only the colleague is created
    assert colleague["errors"] == []
    own = await organisation_of(world, "PROVIDER_STAFF")
    assert colleague["user"]["organisation"]["id"] == gid("Organisation", own.id)
    assert codes(foreign) == [("FORBIDDEN", "role")]
    assert ("FORBIDDEN", "role") in codes(admin)
    assert foreign["user"] is None
    assert admin["user"] is None


async def test_a_provider_cannot_change_or_deactivate_another_providers_staff(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given staff of another provider
    stranger = await new_account(world, of="PROVIDER_STAFF_OTHER")
    # when provider staff try to rename and to deactivate them
    renamed = await call(
        api, "PROVIDER_STAFF", UPDATE, {"id": gid("User", stranger.id), "name": "Hacked"}
    )
    deactivated = await call(api, "PROVIDER_STAFF", DEACTIVATE, {"id": gid("User", stranger.id)})
    # then both are refused as for an account that does not exist, and nothing changed
    assert codes(renamed) == [("NOT_FOUND", "id")]
    assert codes(deactivated) == [("NOT_FOUND", "id")]
    after = await m.User.get(id=stranger.id)
    assert (after.name, after.active) == ("Some One", True)


async def test_a_travel_manager_manages_customers_of_their_company(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a travel manager's company
    company = await organisation_of(world, "TRAVEL_MANAGER")
    # when they create a customer, then try to make them a travel manager
    created = await call(api, "TRAVEL_MANAGER", CREATE, user_input(role="CUSTOMER"))
    assert created["errors"] == []
    assert created["user"]["organisation"]["id"] == gid("Organisation", company.id)
    promoted = await call(
        api, "TRAVEL_MANAGER", UPDATE, {"id": created["user"]["id"], "role": "TRAVEL_MANAGER"}
    )
    # then the customer exists in their company, and the promotion is refused
    assert codes(promoted) == [("FORBIDDEN", "role")]
    assert (await m.User.get(email=created["user"]["email"])).role == m.Role.CUSTOMER


async def test_e_mail_addresses_are_validated_and_unique(api: Api) -> None:
    # when an admin creates accounts with an invalid address and a taken one (other case)
    invalid = await call(api, "ADMIN", CREATE, user_input(role="ANALYST", email="not-an-address"))
    taken = await call(
        api, "ADMIN", CREATE, user_input(role="ANALYST", email="Claire.Martin@example.com")
    )
    # then both are refused at the e-mail field
    assert codes(invalid) == [("INVALID_VALUE", "email")]
    assert codes(taken) == [("EMAIL_TAKEN", "email")]


async def test_an_account_role_needs_a_fitting_organisation(api: Api, world: DemoWorld) -> None:
    # given a client company
    company = await organisation_of(world, "TRAVEL_MANAGER")
    # when an admin makes provider staff of a client company, and an agent of a company
    staff = await call(
        api,
        "ADMIN",
        CREATE,
        user_input(role="PROVIDER_STAFF", organisationId=gid("Organisation", company.id)),
    )
    agent = await call(
        api,
        "ADMIN",
        CREATE,
        user_input(role="AGENT", organisationId=gid("Organisation", company.id)),
    )
    # then both are refused at the organisation
    assert codes(staff) == [("INVALID_VALUE", "organisationId")]
    assert codes(agent) == [("INVALID_VALUE", "organisationId")]


async def test_a_deactivated_accounts_token_is_refused_at_once(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given an account whose token works
    account = await new_account(world)
    token = mint_token(world.settings, account)
    assert (await api.post(ME, token=token))[0] == 200
    # when an admin deactivates it
    payload = await call(api, "ADMIN", DEACTIVATE, {"id": gid("User", account.id)})
    assert payload["errors"] == []
    assert payload["user"]["active"] is False
    # then its next request is refused, and works again once it is reactivated
    status, body = await api.post(ME, token=token)
    assert status == 401
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    again = await call(api, "ADMIN", REACTIVATE, {"id": gid("User", account.id)})
    assert again["user"]["active"] is True
    assert (await api.post(ME, token=token))[0] == 200


@pytest.mark.parametrize(
    ("document", "change"),
    [(DEACTIVATE, {}), (UPDATE, {"role": "ANALYST", "organisationId": None})],
    ids=["deactivated", "role-changed"],
)
async def test_an_open_websocket_closes_with_4403(
    orm: None, api: Api, world: DemoWorld, document: str, change: dict[str, Any]
) -> None:
    # given an account with an open socket that answered once
    account = await new_account(world)
    async with await WsClient.connect(api.client, mint_token(world.settings, account)) as ws:
        await ws.subscribe("q", ME, {})
        assert (await ws.data("q"))["me"]["role"] == "PROVIDER_STAFF"
        # when an admin deactivates it or changes its role
        payload = await call(api, "ADMIN", document, {"id": gid("User", account.id), **change})
        assert payload["errors"] == []
        # then the server closes the socket with 4403 without waiting for an operation
        frames, code = await ws.until_closed()
        assert code == 4403
        assert [frame["type"] for frame in frames] == ["complete"]


async def test_deactivating_twice_or_yourself_is_refused(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a deactivated account
    account = await new_account(world)
    await call(api, "ADMIN", DEACTIVATE, {"id": gid("User", account.id)})
    # when it is deactivated again, and an admin deactivates themselves
    twice = await call(api, "ADMIN", DEACTIVATE, {"id": gid("User", account.id)})
    own = await call(api, "ADMIN", DEACTIVATE, {"id": gid("User", world.user_ids["ADMIN"])})
    # then both are refused with their own code
    assert codes(twice) == [("ALREADY_INACTIVE", "id")]
    assert codes(own) == [("OWN_ACCOUNT", "id")]
    assert (await m.User.get(id=world.user_ids["ADMIN"])).active


@pytest.mark.parametrize("role", refused_roles("createUser"))
async def test_create_user_is_refused_to_other_roles(orm: None, api: Api, role: m.Role) -> None:
    # given a role the policy does not allow to create accounts
    given = user_input(role="CUSTOMER")
    # when it tries
    payload = await call(api, role.value, CREATE, given)
    # then it is refused and no account exists
    assert codes(payload) == [("FORBIDDEN", None)]
    assert not await m.User.exists(email=given["email"])


@pytest.mark.parametrize(
    ("mutation", "document", "change", "role"),
    [
        pytest.param(name, document, change, *param.values, id=param.id)
        for name, document, change in [
            ("updateUser", UPDATE, {"name": "Changed"}),
            ("deactivateUser", DEACTIVATE, {}),
            ("reactivateUser", REACTIVATE, {}),
        ]
        for param in refused_roles(name)
    ],
)
async def test_changing_an_account_is_refused_to_other_roles(
    orm: None,
    api: Api,
    world: DemoWorld,
    mutation: str,
    document: str,
    change: dict[str, Any],
    role: m.Role,
) -> None:
    # given an account (inactive, for reactivation)
    account = await new_account(world)
    if mutation == "reactivateUser":
        await m.User.filter(id=account.id).update(active=False)
    before = await m.User.get(id=account.id)
    # when a role the policy does not allow tries to change it
    payload = await call(api, role.value, document, {"id": gid("User", account.id), **change})
    # then it is refused and the account is unchanged
    assert codes(payload) == [("FORBIDDEN", None)]
    after = await m.User.get(id=account.id)
    assert (after.name, after.active) == (before.name, before.active)

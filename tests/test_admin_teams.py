"""createTeam / updateTeam: admins set up the service teams, their hours and members."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import models as m
from tests.admin import call, codes, gid, refused_roles, unique
from tests.conftest import Api, DemoWorld

CREATE = """
mutation ($input: CreateTeamInput!) {
  createTeam(input: $input) {
    team { id key name timeZone alwaysOpen serviceHours closures members { id } }
    errors { code field message }
  }
}
"""

UPDATE = """
mutation ($input: UpdateTeamInput!) {
  updateTeam(input: $input) {
    team { id key serviceHours closures members { id } }
    errors { code field message }
  }
}
"""

HOURS = {"mon": [["09:00", "18:00"]], "tue": [["09:00", "12:00"], ["14:00", "18:00"]]}


def key() -> str:
    """A team key no other test uses."""
    return unique("team").lower()


async def test_an_admin_creates_a_team_with_hours_closures_and_members(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given an agent
    agent = gid("User", world.user_ids["AGENT"])
    # when an admin creates a team with weekly hours, a closure day and the agent
    payload = await call(
        api,
        "ADMIN",
        CREATE,
        {
            "key": key(),
            "name": "Weekend desk",
            "timeZone": "Europe/Paris",
            "serviceHours": HOURS,
            "closures": ["2030-12-24", "2030-12-25"],
            "memberIds": [agent],
        },
    )
    # then the team has them, and is closed on a closure day within its hours
    assert payload["errors"] == []
    team = payload["team"]
    assert team["serviceHours"] == HOURS
    assert team["closures"] == ["2030-12-24", "2030-12-25"]
    assert team["members"] == [{"id": agent}]
    row = await m.Team.get(key=team["key"])
    assert row.is_open_at(datetime(2030, 12, 16, 10, tzinfo=UTC))  # a Monday
    assert not row.is_open_at(datetime(2030, 12, 24, 10, tzinfo=UTC))  # a Tuesday, closed


async def test_an_admin_replaces_hours_and_members(orm: None, api: Api, world: DemoWorld) -> None:
    # given a team with an agent
    created = await call(
        api,
        "ADMIN",
        CREATE,
        {"key": key(), "name": "Desk", "memberIds": [gid("User", world.user_ids["AGENT"])]},
    )
    team = created["team"]["id"]
    # when the admin sets new hours, no closures and another member
    other = gid("User", world.user_ids["AGENT_VIP"])
    payload = await call(
        api,
        "ADMIN",
        UPDATE,
        {
            "id": team,
            "serviceHours": {"sat": [["10:00", "16:00"]]},
            "closures": [],
            "memberIds": [other],
        },
    )
    # then the team has exactly those
    assert payload["errors"] == []
    assert payload["team"]["serviceHours"] == {"sat": [["10:00", "16:00"]]}
    assert payload["team"]["members"] == [{"id": other}]


async def test_bad_hours_keys_and_members_are_refused_per_field(api: Api, world: DemoWorld) -> None:
    # when an admin sends a bad key, hours ending before they start, and a customer as member
    payload = await call(
        api,
        "ADMIN",
        CREATE,
        {
            "key": "Not A Key",
            "name": "Desk",
            "timeZone": "Nowhere/City",
            "serviceHours": {"mon": [["18:00", "09:00"]]},
            "memberIds": [gid("User", world.user_ids["CUSTOMER"])],
        },
    )
    # then each is refused at its field
    assert set(codes(payload)) == {
        ("INVALID_VALUE", "key"),
        ("INVALID_TIME_ZONE", "timeZone"),
        ("INVALID_VALUE", "serviceHours"),
        ("INVALID_MEMBER", "memberIds[0]"),
    }


async def test_a_team_key_is_unique(api: Api) -> None:
    # given a team
    taken = key()
    await call(api, "ADMIN", CREATE, {"key": taken, "name": "One"})
    # when another team is created with its key
    payload = await call(api, "ADMIN", CREATE, {"key": taken, "name": "Two"})
    # then it is refused
    assert codes(payload) == [("DUPLICATE", "key")]


@pytest.mark.parametrize("role", refused_roles("createTeam"))
async def test_create_team_is_refused_to_other_roles(orm: None, api: Api, role: m.Role) -> None:
    # when a role the policy does not allow creates a team
    wanted = key()
    payload = await call(api, role.value, CREATE, {"key": wanted, "name": "Nope"})
    # then it is refused and no team exists
    assert codes(payload) == [("FORBIDDEN", None)]
    assert not await m.Team.exists(key=wanted)


@pytest.mark.parametrize("role", refused_roles("updateTeam"))
async def test_update_team_is_refused_to_other_roles(orm: None, api: Api, role: m.Role) -> None:
    # given a demo team
    team = await m.Team.all().order_by("id").first()
    assert team is not None
    # when a role the policy does not allow closes it for a day
    payload = await call(
        api, role.value, UPDATE, {"id": gid("Team", team.id), "closures": [str(date.today())]}
    )
    # then it is refused and the team is unchanged
    assert codes(payload) == [("FORBIDDEN", None)]
    assert (await m.Team.get(id=team.id)).closures == team.closures

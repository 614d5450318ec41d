"""Answers that would tell an outsider something about rows outside their scope.

``selfServiceBookings(providerId:)`` for a provider whose self-service app the caller may
not see answers exactly like an unknown provider: whether the app is on, off or was never
set up cannot be told from the bytes of the response.
"""

from __future__ import annotations

from uuid import uuid4

import models as m
from tests.conftest import SELF_SERVICE_PROVIDER, Api, DemoWorld, enable_self_service
from tests.test_selfservice_edits import gid, make_venue

LIST = """
query ($provider: ID) {
  selfServiceBookings(tab: UPCOMING, providerId: $provider) {
    totalCount nodes { booking { reference } }
  }
}
"""

#: An Organisation id no row has.
UNKNOWN_PROVIDER = gid("Organisation", 2**31 - 1)


async def raw_answer(api: Api, role: str, provider: str) -> tuple[int, str | None, bytes]:
    """Status, content type and body bytes of the list for ``provider``, as ``role``."""
    response = await api.client.post(
        "/graphql",
        json={"query": LIST, "variables": {"provider": provider}},
        headers={"Authorization": f"Bearer {api.world.tokens[role]}"},
    )
    request_id = response.headers["X-Request-Id"].encode()
    body = (await response.read()).replace(request_id, b"<request id>")
    return response.status, response.headers.get("Content-Type"), body


async def providers_in_every_state() -> dict[str, str]:
    """Providers whose app is enabled, disabled and missing, by state."""
    enabled = await enable_self_service()
    disabled = await make_venue(enabled=False)
    missing = await m.Organisation.create(
        name=f"Venue without app {uuid4().hex[:8]}",
        kind=m.OrganisationKind.PROVIDER,
        provider_kind=m.ProviderKind.VENUE,
        plan=m.Plan.PREMIUM,
    )
    return {
        "enabled": gid("Organisation", enabled.provider_id),
        "disabled": gid("Organisation", disabled.provider.id),
        "missing": gid("Organisation", missing.id),
        "unknown": UNKNOWN_PROVIDER,
    }


async def test_an_unseen_providers_app_answers_like_an_unknown_provider(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given providers whose app is on, off, never set up, and an id no provider has
    providers = await providers_in_every_state()
    for role in ("CUSTOMER", "TRAVEL_MANAGER", "PROVIDER_STAFF_OTHER"):
        # when a caller who may not see these apps names each provider
        answers = {state: await raw_answer(api, role, pid) for state, pid in providers.items()}
        # then every answer is byte for byte the unknown provider's
        assert len(set(answers.values())) == 1, (role, answers)
        status, _, body = answers["unknown"]
        assert status == 200
        assert b"SELF_SERVICE_DISABLED" in body


async def test_those_who_see_the_app_still_learn_its_state(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given the demo venue with its app on
    providers = await providers_in_every_state()
    chateau = await m.Organisation.get(name=SELF_SERVICE_PROVIDER)
    assert providers["enabled"] == gid("Organisation", chateau.id)
    # when its own staff and an agent name it, and the agent names a disabled one
    own = await api.query("PROVIDER_STAFF", LIST, {"provider": providers["enabled"]})
    agent = await api.query("AGENT", LIST, {"provider": providers["enabled"]})
    off = await api.query("AGENT", LIST, {"provider": providers["disabled"]})
    # then they get the list, and the agent learns that the other app is off
    assert "errors" not in own
    assert "errors" not in agent
    assert own["data"]["selfServiceBookings"]["totalCount"] >= 1
    assert agent["data"] == own["data"]
    assert [e["extensions"]["code"] for e in off["errors"]] == ["SELF_SERVICE_DISABLED"]

"""updateMyProfile: every account holder changes their own name, phone, language, time zone."""

from __future__ import annotations

import models as m
from tests.admin import call, codes, unique
from tests.conftest import Api, DemoWorld

UPDATE = """
mutation ($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    user { name phone locale timeZone }
    errors { code field message }
  }
}
"""


async def new_customer() -> m.User:
    """A fresh customer account."""
    return await m.User.create(
        email=f"{unique('me')}@example.com", name="Mia Me", role=m.Role.CUSTOMER
    )


async def test_an_account_holder_changes_their_own_profile(orm: None, api: Api) -> None:
    # given a customer
    me = await new_customer()
    # when they change their name, phone, language and time zone
    payload = await call(
        api,
        me,
        UPDATE,
        {
            "name": "Mia Moi",
            "phone": "+33 6 11 22 33 44",
            "locale": "FR",
            "timeZone": "America/Montreal",
        },
    )
    # then their account has them
    assert payload == {
        "user": {
            "name": "Mia Moi",
            "phone": "+33 6 11 22 33 44",
            "locale": "FR",
            "timeZone": "America/Montreal",
        },
        "errors": [],
    }
    stored = await m.User.get(id=me.id)
    assert (stored.locale, stored.time_zone) == (m.Locale.FR, "America/Montreal")


async def test_bad_values_are_refused_and_messages_follow_the_language(orm: None, api: Api) -> None:
    # given a German customer
    me = await new_customer()
    await m.User.filter(id=me.id).update(locale=m.Locale.DE)
    # when they send a blank name, a bad phone and an unknown time zone
    payload = await call(api, me, UPDATE, {"name": "  ", "phone": "12", "timeZone": "Mars/Base"})
    # then each field is refused (the phone message in German) and nothing changed
    assert set(codes(payload)) == {
        ("REQUIRED", "name"),
        ("INVALID_VALUE", "phone"),
        ("INVALID_TIME_ZONE", "timeZone"),
    }
    (phone,) = [e for e in payload["errors"] if e["field"] == "phone"]
    assert "Telefonnummer" in phone["message"]
    assert (await m.User.get(id=me.id)).name == "Mia Me"


async def test_a_guest_link_has_no_profile(api: Api, world: DemoWorld) -> None:
    # when a guest of a self-service link tries to change a profile
    payload = await call(api, "GUEST", UPDATE, {"name": "Guest"})
    # then it is refused
    assert codes(payload) == [("FORBIDDEN", None)]


async def test_every_demo_role_with_an_account_may_update_its_profile(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given each demo account
    for key, user_id in world.user_ids.items():
        user = await m.User.get(id=user_id)
        # when it sends its own name unchanged
        payload = await call(api, key, UPDATE, {"name": user.name})
        # then it is accepted
        assert payload["errors"] == [], key

"""exportPersonalData and erasePersonalData: one document per person, and erasure for good.

After erasure no query, export, audit entry or pending e-mail shows the person's data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

import models as m
from resolvers.attachments import store_bytes, stored_path
from resolvers.personal_data import ERASED_BODY, ERASED_NAME
from roost.auth import mint_token
from tests.admin import call, codes, gid, refused_roles, unique
from tests.conftest import Api, DemoWorld

EXPORT = "query ($id: ID!) { exportPersonalData(userId: $id) }"

ERASE = """
mutation ($input: ErasePersonalDataInput!) {
  erasePersonalData(input: $input) { user { id name email phone active } errors { code field } }
}
"""

START = """
mutation ($input: StartThreadInput!) {
  startThread(input: $input) { thread { id } errors { code } }
}
"""

BOOKING = """
query ($reference: String!) {
  booking(reference: $reference) {
    customer { name email phone }
    participants { name }
    fieldValues { value }
    fieldHistory { oldValue newValue }
    threads { messages(first: 20) { nodes { seq body authorName } } }
  }
}
"""

AUDIT = """
query ($id: ID!) {
  auditLog(first: 50, filter: {targetId: $id}) { nodes { action oldValues newValues } }
}
"""

#: A one-pixel PNG.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a2dd2d5a0000000049454e44ae426082"
)


async def person(world: DemoWorld) -> tuple[m.User, m.Booking, dict[str, str]]:
    """A customer with a booking, a participant, field values, a pending e-mail and an upload;
    and the personal values they hold."""
    secrets = {
        "email": f"{unique('pia')}@example.com",
        "name": "Pia Private",
        "phone": "+33 6 98 76 54 32",
        "participant": "Paul Private",
        "value": "AB-123-CD",
        "message": f"My secret plan {unique('x')}",
        "upload": unique("passport") + ".png",
    }
    user = await m.User.create(
        email=secrets["email"], name=secrets["name"], phone=secrets["phone"], role=m.Role.CUSTOMER
    )
    service = await m.Service.get(name="Seminar day package")
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
    booking = await m.Booking.create(
        reference=unique("BK-PD").upper(),
        status=m.BookingStatus.CONFIRMED,
        provider_id=service.provider_id,
        service_id=service.id,
        customer_id=user.id,
        starts_at=starts,
        ends_at=starts + timedelta(hours=5),
        total_price=Decimal("90.00"),
    )
    participant = await m.Participant.create(booking=booking, position=1, name="Paul Private")
    plate = await m.BookingFieldDefinition.get(service_id=service.id, key="licence_plate")
    await m.FieldValue.create(booking=booking, definition=plate, value=secrets["value"])
    await m.BookingFieldChange.create(
        booking=booking,
        definition=plate,
        new_value=secrets["value"],
        actor=user,
        channel=m.ChangeChannel.PORTAL,
    )
    await m.OutboxItem.create(
        kind=m.OutboxKind.EMAIL,
        recipient=user,
        template="booking_confirmed",
        payload={"name": secrets["name"]},
        due_at=datetime.now(UTC) + timedelta(days=1),
    )
    assert participant.name == secrets["participant"]
    upload = store_bytes(
        world.settings.attachments_dir,
        PIXEL + secrets["upload"].encode(),
        secrets["upload"],
        user.id,
    )
    await upload.save()
    secrets["sha256"] = upload.sha256
    return user, booking, secrets


async def test_a_person_exports_their_own_data_and_nobody_elses(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a customer with a booking
    user, booking, secrets = await person(world)
    token = mint_token(world.settings, user)
    # when they export their own data, and another customer's
    status, own = await api.post(EXPORT, {"id": gid("User", user.id)}, token=token)
    _, other = await api.post(EXPORT, {"id": gid("User", world.user_ids["CUSTOMER"])}, token=token)
    # then their document holds their account, booking, participant and field values
    assert status == 200
    document = own["data"]["exportPersonalData"]
    assert document["account"]["email"] == secrets["email"]
    (exported,) = document["bookings"]
    assert exported["reference"] == booking.reference
    assert exported["participants"][0]["name"] == secrets["participant"]
    assert exported["field_values"][0]["value"] == secrets["value"]
    assert document["attachments"][0]["filename"] == secrets["upload"]
    # and another person's data looks missing
    assert other["data"] is None
    assert other["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_after_erasure_nothing_shows_the_persons_data(
    orm: None, api: Api, world: DemoWorld
) -> None:
    # given a customer with a booking, a message in a thread, an upload and a pending e-mail
    user, booking, secrets = await person(world)
    token = mint_token(world.settings, user)
    _status, started = await api.post(
        START,
        {"input": {"bookingId": gid("Booking", booking.id), "body": secrets["message"]}},
        token=token,
    )
    assert started["data"]["startThread"]["errors"] == []
    file = stored_path(world.settings.attachments_dir, secrets["sha256"])
    assert file.exists()
    # when an admin erases their personal data
    erased = await call(api, "ADMIN", ERASE, {"userId": gid("User", user.id)})
    # then the account is pseudonymised and cannot sign in
    assert erased["errors"] == []
    assert erased["user"]["name"] == ERASED_NAME
    assert erased["user"]["email"].endswith(".invalid")
    assert (erased["user"]["phone"], erased["user"]["active"]) == (None, False)
    assert (await api.post(EXPORT, {"id": gid("User", user.id)}, token=token))[0] == 401
    # and the booking, its thread (message order kept), the export and the audit log
    # show none of their data
    booking_view = await api.query("ADMIN", BOOKING, {"reference": booking.reference})
    export = await api.query("ADMIN", EXPORT, {"id": gid("User", user.id)})
    audit = await api.query("ADMIN", AUDIT, {"id": gid("User", user.id)})
    shown = json.dumps([booking_view, export, audit])
    for name in ("email", "name", "phone", "participant", "value", "message", "upload"):
        assert secrets[name] not in shown, name
    (thread,) = booking_view["data"]["booking"]["threads"]
    assert thread["messages"]["nodes"] == [
        {"seq": 1, "body": ERASED_BODY, "authorName": ERASED_NAME}
    ]
    assert "erasePersonalData" in [e["action"] for e in audit["data"]["auditLog"]["nodes"]]
    # and their upload is deleted, and no e-mail is waiting for them any more
    assert not file.exists()
    assert not await m.Attachment.exists(sha256=secrets["sha256"])
    waiting = await m.OutboxItem.filter(recipient_id=user.id).values_list("status", "payload")
    assert waiting == [(m.OutboxStatus.CANCELLED, {})]


async def test_a_second_erasure_is_refused(orm: None, api: Api, world: DemoWorld) -> None:
    # given an erased person
    user, _, _ = await person(world)
    await call(api, "ADMIN", ERASE, {"userId": gid("User", user.id)})
    # when an admin erases them again
    again = await call(api, "ADMIN", ERASE, {"userId": gid("User", user.id)})
    # then it is refused with its own code
    assert codes(again) == [("ALREADY_ERASED", "userId")]


@pytest.mark.parametrize("role", refused_roles("erasePersonalData"))
async def test_erasure_is_refused_to_other_roles(
    orm: None, api: Api, world: DemoWorld, role: m.Role
) -> None:
    # given a person
    user, _, secrets = await person(world)
    # when a role the policy does not allow erases them
    payload = await call(api, role.value, ERASE, {"userId": gid("User", user.id)})
    # then it is refused and nothing was erased
    assert codes(payload) == [("FORBIDDEN", None)]
    assert (await m.User.get(id=user.id)).name == secrets["name"]

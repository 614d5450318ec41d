"""Deadline warnings: a SYSTEM message and an e-mail before free cancellation ends.

Every test creates its own bookings with deadlines far in the future, each test in a
period of its own, and passes that period's ``now``: the demo bookings and the other
tests' bookings are never in the window, so the counts returned are this test's alone.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from strawberry.relay import GlobalID
from tortoise.transactions import in_transaction

import models as m
from resolvers.deadlines import post_deadline_warnings
from resolvers.questions import post_questions
from roost.app import HUB_KEY
from tests.conftest import Api, DemoWorld
from tests.factories import booking_for

OFFSETS = (168, 24)
PORTAL = "https://portal.example/customer/"

BOOKING_THREADS = """
query ($reference: String!) {
  booking(reference: $reference) {
    threads {
      id subject parties
      messages(first: 50) { edges { node { seq kind body authorSide } } }
    }
  }
}
"""

_PERIODS = itertools.count()


def period() -> datetime:
    """A moment in a 60-day period of its own, decades ahead (one per test)."""
    return datetime(2100, 1, 4, 10, 0, tzinfo=UTC) + timedelta(days=60 * next(_PERIODS))


async def make_booking(
    world: DemoWorld,
    deadline: datetime,
    *,
    customer: str = "CUSTOMER",
    service: str = "Gala dinner",
    status: m.BookingStatus = m.BookingStatus.CONFIRMED,
    created_at: datetime | None = None,
) -> m.Booking:
    """A booking of demo ``customer`` whose free cancellation ends at ``deadline``."""
    return await booking_for(
        world,
        customer=customer,
        service=service,
        status=status,
        deadline=deadline,
        created_at=created_at,
    )


async def warned(booking: m.Booking) -> list[int]:
    """The offsets a booking was warned at, largest first."""
    return list(
        await m.DeadlineWarning.filter(booking_id=booking.id)
        .order_by("-offset_hours")
        .values_list("offset_hours", flat=True)
    )


async def system_messages(booking: m.Booking) -> list[m.Message]:
    """The SYSTEM messages in the booking's threads, in order."""
    return list(
        await m.Message.filter(thread__booking_id=booking.id, kind=m.MessageKind.SYSTEM).order_by(
            "id"
        )
    )


async def emails(booking: m.Booking) -> list[m.OutboxItem]:
    """The deadline e-mails queued for a booking."""
    return list(
        await m.OutboxItem.filter(dedup_key__startswith=f"deadline:{booking.id}:").order_by("id")
    )


async def run(now: datetime) -> int:
    """One pass of the worker's job at ``now``."""
    return await post_deadline_warnings(now, OFFSETS, PORTAL)


# --- exactly once, at both offsets -------------------------------------------------------


async def test_both_offsets_warn_exactly_once_as_time_passes(orm: None, world: DemoWorld) -> None:
    # given a confirmed booking made long ago whose free cancellation ends at 10:00
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    # when the worker runs twice at each moment from 8 days before the deadline to after it
    moments = [
        timedelta(days=-8),
        timedelta(days=-7),  # the 7-day window opens
        timedelta(days=-6, hours=-3),
        timedelta(days=-2),
        timedelta(days=-1),  # the 1-day window opens
        timedelta(hours=-12),
        timedelta(minutes=-1),
        timedelta(hours=1),  # the deadline has passed
    ]
    posted = [[await run(deadline + moment) for _ in range(2)] for moment in moments]
    # then each offset warned once, when its window opened, and never again
    assert posted == [[0, 0], [1, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0]]
    assert await warned(booking) == [168, 24]
    assert len(await system_messages(booking)) == 2
    assert [e.dedup_key for e in await emails(booking)] == [
        f"deadline:{booking.id}:168",
        f"deadline:{booking.id}:24",
    ]


async def test_the_warnings_survive_a_restart(orm: None, world: DemoWorld) -> None:
    """What was warned is stored: a fresh pass (a restarted worker) warns nothing again."""
    # given a booking warned 7 days ahead
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    assert await run(deadline - timedelta(days=6)) == 1
    # when the worker starts again later within the same window
    again = await run(deadline - timedelta(days=5))
    # then nothing is posted twice
    assert again == 0
    assert await warned(booking) == [168]
    assert len(await emails(booking)) == 1


@pytest.mark.parametrize("workers", [2, 5])
async def test_concurrent_workers_warn_once(workers: int, orm: None, world: DemoWorld) -> None:
    """Several workers at the same moment: one warning, one message, one e-mail."""
    # given a booking entering its 1-day window
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    now = deadline - timedelta(hours=20)
    # when several workers run at once
    posted = await asyncio.gather(*(run(now) for _ in range(workers)))
    # then exactly one of them posted it
    assert sum(posted) == 1
    assert await warned(booking) == [24]
    assert len(await system_messages(booking)) == 1
    assert len(await emails(booking)) == 1


# --- when not to warn --------------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [m.BookingStatus.CANCELLED, m.BookingStatus.OPTION, m.BookingStatus.COMPLETED]
)
async def test_a_booking_that_is_not_confirmed_gets_no_warning(
    status: m.BookingStatus, orm: None, world: DemoWorld
) -> None:
    # given a cancelled (or option, or completed) booking inside both windows
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline, status=status)
    # when the worker runs in the 7-day and in the 1-day window
    posted = [await run(deadline - timedelta(days=3)), await run(deadline - timedelta(hours=3))]
    # then nothing is posted or queued
    assert posted == [0, 0]
    assert await warned(booking) == []
    assert await system_messages(booking) == []
    assert await emails(booking) == []


async def test_a_booking_cancelled_after_the_first_warning_gets_no_second(
    orm: None, world: DemoWorld
) -> None:
    # given a booking warned 7 days ahead, then cancelled
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    assert await run(deadline - timedelta(days=5)) == 1
    await m.Booking.filter(id=booking.id).update(status=m.BookingStatus.CANCELLED)
    # when the 1-day window opens
    posted = await run(deadline - timedelta(hours=20))
    # then nothing more is posted
    assert posted == 0
    assert await warned(booking) == [168]


async def test_a_passed_deadline_gets_no_warning(orm: None, world: DemoWorld) -> None:
    """A worker that was down until after the deadline does not warn late."""
    # given a confirmed booking never warned
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    # when the worker first runs at the deadline and after it
    posted = [await run(deadline), await run(deadline + timedelta(hours=2))]
    # then nothing is posted
    assert posted == [0, 0]
    assert await warned(booking) == []
    assert await emails(booking) == []


async def test_after_a_pause_only_the_warning_due_now_is_posted(
    orm: None, world: DemoWorld
) -> None:
    """Back inside the 1-day window, the missed 7-day warning is not sent late."""
    # given a booking the worker never saw during its 7-day window
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    # when the worker runs again 20 hours before the deadline, and once more later
    posted = [await run(deadline - timedelta(hours=20)), await run(deadline - timedelta(hours=2))]
    # then only the 1-day warning is posted
    assert posted == [1, 0]
    assert await warned(booking) == [24]


async def test_a_booking_made_inside_the_7_day_window_gets_only_the_1_day_warning(
    orm: None, world: DemoWorld
) -> None:
    """No 7-day warning right after booking two days before the deadline."""
    # given a booking made two days before its deadline
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline, created_at=deadline - timedelta(days=2))
    # when the worker runs at once, and again in the 1-day window
    posted = [await run(deadline - timedelta(days=2)), await run(deadline - timedelta(hours=23))]
    # then only the 1-day warning is posted
    assert posted == [0, 1]
    assert await warned(booking) == [24]


# --- what the customer gets --------------------------------------------------------------


async def test_the_warning_is_posted_in_the_customers_thread_in_her_language(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """The SYSTEM message joins the thread that asked the questions; Claire reads French."""
    # given Claire's confirmed seminar whose questions were asked in her thread
    deadline = period() + timedelta(days=10, hours=2)
    booking = await make_booking(world, deadline, service="Seminar day package")
    async with in_transaction():
        await post_questions(booking, timedelta(seconds=120))
    # when the 7-day window opens
    assert await run(deadline - timedelta(days=7)) == 1
    # then Claire sees the warning after the questions, written by the system, in French
    body = await api.query("CUSTOMER", BOOKING_THREADS, {"reference": booking.reference})
    [thread] = body["data"]["booking"]["threads"]
    last = thread["messages"]["edges"][-1]["node"]
    assert (last["seq"], last["kind"], last["authorSide"]) == (3, "SYSTEM", "SYSTEM")
    assert last["body"].startswith(
        f"L'annulation gratuite de la réservation {booking.reference} (Seminar day package) "
        "prend fin le "
    )
    assert "dans 7 jours" in last["body"]
    assert "(Europe/Paris)" in last["body"]
    # and the venue, not a party of that thread, does not see it
    provider = await api.query("PROVIDER_STAFF", BOOKING_THREADS, {"reference": booking.reference})
    assert provider["data"]["booking"]["threads"] == []


async def test_without_a_customer_thread_the_warning_opens_one(
    orm: None, world: DemoWorld, api: Api
) -> None:
    """A thread with the provider side only is not the customer's: a new one is opened."""
    # given Jonas's (German) booking with only a provider-side thread
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline, customer="CUSTOMER_OTHER")
    await m.Thread.create(
        booking=booking, parties=m.Party.PROVIDER, provider_id=booking.provider_id, subject="x"
    )
    # when the 1-day window opens
    assert await run(deadline - timedelta(hours=12)) == 1
    # then Jonas finds a new thread of his own, in German, holding the warning
    body = await api.query("CUSTOMER_OTHER", BOOKING_THREADS, {"reference": booking.reference})
    [thread] = body["data"]["booking"]["threads"]
    assert (thread["subject"], thread["parties"]) == (
        "Kostenlose Stornierung endet bald",
        "CUSTOMER",
    )
    [edge] = thread["messages"]["edges"]
    assert edge["node"]["kind"] == "SYSTEM"
    assert "endet am" in edge["node"]["body"]
    assert "in 1 Tag." in edge["node"]["body"]


async def test_the_customer_is_emailed_through_the_outbox(orm: None, world: DemoWorld) -> None:
    """One deadline_warning e-mail per warning, keyed for exactly-once delivery."""
    # given a booking entering its 7-day window
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline, customer="CUSTOMER_VIP")
    now = deadline - timedelta(days=6, hours=12)
    # when the worker runs
    assert await run(now) == 1
    # then the e-mail to the customer is queued with what the template needs
    [email] = await emails(booking)
    thread = await m.Thread.get(booking_id=booking.id)
    thread_gid = str(GlobalID("Thread", str(thread.id)))
    expected: dict[str, Any] = {
        "booking_reference": booking.reference,
        "service_name": "Gala dinner",
        "deadline": deadline.isoformat(),
        "days_left": 7,
        "link": f"https://portal.example/customer/threads/{thread_gid}",
    }
    assert (email.kind, email.template, email.recipient_id, email.dedup_key) == (
        m.OutboxKind.EMAIL,
        "deadline_warning",
        world.user_ids["CUSTOMER_VIP"],
        f"deadline:{booking.id}:168",
    )
    assert email.payload == expected
    assert datetime.fromisoformat(email.payload["deadline"]) == deadline


async def test_subscribers_are_woken_up_when_a_hub_is_given(
    orm: None, world: DemoWorld, api: Api
) -> None:
    # given a booking entering its 1-day window and a listener on the customer's inbox
    deadline = period() + timedelta(days=10)
    booking = await make_booking(world, deadline)
    hub = api.client.app[HUB_KEY]
    async with hub.subscribe(f"inbox:customer_id:{world.user_ids['CUSTOMER']}") as events:
        # when the worker runs with the hub
        assert await post_deadline_warnings(deadline - timedelta(hours=5), OFFSETS, PORTAL, hub=hub)
        event = await events.next(2)
    # then the listener hears of the new thread
    thread = await m.Thread.get(booking_id=booking.id)
    assert event is not None
    assert (event["type"], event["thread"], event["seq"]) == ("thread", thread.id, 1)


def test_now_must_be_aware() -> None:
    # given a naive datetime
    # when the job is called with it
    # then it is refused before touching anything
    with pytest.raises(ValueError, match="aware"):
        asyncio.run(post_deadline_warnings(datetime(2100, 1, 1), OFFSETS, PORTAL))

"""Rows that tests create for themselves, on top of the demo data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import uuid4

import models as m
from tests.conftest import DemoWorld


async def booking_for(
    world: DemoWorld,
    *,
    customer: str = "CUSTOMER",
    service: str | m.Service = "Seminar day package",
    status: m.BookingStatus = m.BookingStatus.CONFIRMED,
    starts_at: datetime | None = None,
    deadline: datetime | None = None,
    created_at: datetime | None = None,
) -> m.Booking:
    """A fresh booking of ``service`` for demo ``customer``.

    It starts at ``starts_at`` (default: in 30 days); free cancellation ends at
    ``deadline`` (default: 14 days before the start).
    """
    row = service if isinstance(service, m.Service) else await m.Service.get(name=service)
    user = await m.User.get(id=world.user_ids[customer])
    if starts_at is None:
        starts_at = (
            deadline + timedelta(days=14)
            if deadline
            else datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)
        )
    return await m.Booking.create(
        reference=f"BK-TEST-{uuid4().hex[:12].upper()}",
        status=status,
        provider_id=row.provider_id,
        service_id=row.id,
        customer_id=user.id,
        client_company_id=user.organisation_id,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=6),
        total_price=Decimal("300.00"),
        free_cancellation_until=deadline or starts_at - timedelta(days=14),
        created_at=created_at or datetime.now(UTC),
    )


async def agents(count: int) -> list[m.User]:
    """``count`` fresh agents, in no team."""
    return [
        await m.User.create(
            email=f"agent-{uuid4().hex[:10]}@roost.example", name=f"Agent {i}", role=m.Role.AGENT
        )
        for i in range(count)
    ]

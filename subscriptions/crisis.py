"""The ``crisisAlerts`` subscription: alerts as they are published, to whom they reach.

One event per published alert wakes every subscriber; each one reads the alert within
its own row scope (a traveller: only the alerts that reached them; the service team:
all), so the event is a wake-up signal and the database decides who gets what.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from models import CrisisAlert
from resolvers.context import RequestContext
from resolvers.errors import Unauthenticated
from resolvers.scope import scoped
from roost.i18n import N_
from subscriptions.channels import CRISIS_ALERTS
from subscriptions.streams import current_principal, seconds_left


async def crisis_alert_stream(context: RequestContext) -> AsyncIterator[CrisisAlert]:
    """Every alert published from now on that the caller's scope reaches."""
    principal = await current_principal(context.require_principal())
    async with context.hub.subscribe(CRISIS_ALERTS) as events:
        while True:
            event = await events.next(seconds_left(principal))
            if event is None:
                raise Unauthenticated(N_("The token has expired."))
            if event.get("type") != "crisis_alert":
                continue
            principal = await current_principal(principal)
            alert = await scoped(CrisisAlert, principal).get_or_none(id=event["alert"])
            if alert is not None:
                yield alert

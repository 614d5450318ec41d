"""The ``crisisAlerts`` subscription: alerts as they are published, to whom they reach.

One event per published alert wakes every subscriber. The first one woken in this
process reads the alert and the ids of the customers it reached, once for all of them
(:class:`AlertReads`); each subscriber then decides from memory, with the policy's row
scope (:func:`resolvers.scope.in_scope`, the recipient row standing in for the relation),
whether the alert reaches it: a traveller only the alerts that reached them, the service
team all. The event is a wake-up signal; the database decides who gets what.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from models import CrisisAlert, CrisisAlertRecipient
from resolvers.context import RequestContext
from resolvers.errors import Unauthenticated
from resolvers.principal import Principal
from resolvers.scope import in_scope
from roost.i18n import N_
from subscriptions.channels import CRISIS_ALERTS
from subscriptions.hub import Hub
from subscriptions.streams import current_principal, seconds_left

#: Alerts whose reads a process keeps for late-woken subscribers.
KEPT = 16
#: The customer of the stand-in recipient row of someone an alert did not reach (no
#: account has id 0).
NOBODY = 0


@dataclass(frozen=True)
class Reached:
    """An alert and the ids of the customers it reached."""

    alert: CrisisAlert
    customers: frozenset[int]

    def visible_to(self, principal: Principal) -> bool:
        """Whether the policy's row scope gives ``principal`` this alert."""
        mine = principal.user_id if principal.user_id in self.customers else NOBODY
        receipt = CrisisAlertRecipient(alert_id=self.alert.id, customer_id=mine)
        return in_scope(self.alert, principal, {"recipients": receipt})


async def _read(alert_id: int) -> Reached | None:
    alert = await CrisisAlert.get_or_none(id=alert_id)
    if alert is None:
        return None
    ids = await CrisisAlertRecipient.filter(alert_id=alert_id).values_list("customer_id", flat=True)
    return Reached(alert, frozenset(ids))


class AlertReads:
    """One read per alert and process, shared by every subscriber it wakes."""

    def __init__(self) -> None:
        self._reads: OrderedDict[int, asyncio.Task[Reached | None]] = OrderedDict()

    async def reached(self, alert_id: int) -> Reached | None:
        """The alert and its customers, read by the first subscriber to ask."""
        if alert_id not in self._reads:
            self._reads[alert_id] = asyncio.ensure_future(_read(alert_id))
            while len(self._reads) > KEPT:
                self._reads.popitem(last=False)
        return await asyncio.shield(self._reads[alert_id])


_READS: WeakKeyDictionary[Hub, AlertReads] = WeakKeyDictionary()


def reads_of(hub: Hub) -> AlertReads:
    """The shared alert reads of the process behind ``hub``."""
    if hub not in _READS:
        _READS[hub] = AlertReads()
    return _READS[hub]


async def crisis_alert_stream(context: RequestContext) -> AsyncIterator[CrisisAlert]:
    """Every alert published from now on that the caller's scope reaches."""
    principal = await current_principal(context.require_principal())
    reads = reads_of(context.hub)
    async with context.hub.subscribe(CRISIS_ALERTS) as events:
        while True:
            event = await events.next(seconds_left(principal))
            if event is None:
                raise Unauthenticated(N_("The token has expired."))
            if event.get("type") != "crisis_alert":
                continue
            reached = await reads.reached(int(event["alert"]))
            if reached is None or not reached.visible_to(principal):
                continue
            principal = await current_principal(principal)
            if reached.visible_to(principal):
                yield reached.alert

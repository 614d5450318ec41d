"""The generator behind ``claimUpdated``: a claim's changes, for whoever may see it.

Like ``bookingUpdated``, an event only wakes the stream up: the claim is read again with
the caller's current account and row scope each time, so a caller whose access ended (a
provider whose claim is no longer put to it, a deactivated account, an expired token)
receives nothing more.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator
from datetime import datetime

from models import Claim
from resolvers.access import allowed_query
from resolvers.context import RequestContext
from resolvers.errors import NotFound
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_
from subscriptions.channels import ALL_CLAIMS, claim_channel
from subscriptions.streams import current_principal, wait_for_event


async def _claim_or_refuse(principal: Principal, claim_id: int | None) -> Claim:
    claim = await scoped(Claim, principal).get_or_none(id=claim_id) if claim_id else None
    if claim is None:
        raise NotFound(N_("No such claim."))
    return claim


async def claim_stream(context: RequestContext, claim_id: int | None) -> AsyncIterator[Claim]:
    """One claim's new states from now on (``claim_id``), or those of every claim the
    caller may see (``None``)."""
    principal = context.require_principal()
    allowed_query(principal, "claimUpdated")
    principal = await current_principal(principal)
    if claim_id is None:
        async for claim in _every_claim(context, principal):
            yield claim
        return
    claim = await _claim_or_refuse(principal, claim_id)
    seen: datetime = claim.updated_at
    async with context.hub.subscribe(claim_channel(claim.id)) as events:
        while True:
            await wait_for_event(events, principal, lambda e: e.get("type") == "claim")
            principal = await current_principal(principal)
            claim = await _claim_or_refuse(principal, claim.id)
            if claim.updated_at == seen:
                continue  # a resync, or a step already delivered with the one before
            seen = claim.updated_at
            context.fresh_loaders()
            yield claim


#: How many claims' last delivered states an all-claims stream remembers.
REMEMBERED_CLAIMS = 1024


async def _every_claim(context: RequestContext, principal: Principal) -> AsyncIterator[Claim]:
    """Each claim the caller may see, as it is after each wake-up, but never the same
    state twice: two wake-ups read after both steps committed deliver the newer state once
    (the claim's ``history`` keeps every step)."""
    delivered: OrderedDict[int, datetime] = OrderedDict()
    async with context.hub.subscribe(ALL_CLAIMS) as events:
        while True:
            event = await wait_for_event(events, principal, lambda e: e.get("type") == "claim")
            principal = await current_principal(principal)
            if event.get("type") != "claim":
                continue
            claim = await scoped(Claim, principal).get_or_none(id=int(event["claim"]))
            if claim is None or delivered.get(claim.id) == claim.updated_at:
                continue
            delivered[claim.id] = claim.updated_at
            delivered.move_to_end(claim.id)
            if len(delivered) > REMEMBERED_CLAIMS:
                delivered.popitem(last=False)
            context.fresh_loaders()
            yield claim

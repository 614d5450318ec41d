"""Crisis alerts: publishing one to the affected travellers, acknowledging it, reading them.

Publishing is one transaction: the alert row, its affected bookings (not cancelled,
matching the filter), one recipient row per customer and one outbox e-mail per
customer, each written set-based (``models.crisis``). After the commit one event on
:data:`subscriptions.channels.CRISIS_ALERTS` wakes the ``crisisAlerts`` subscribers,
who each check that the alert reached them. The same ``clientAlertId`` again returns
the alert already published and sends nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.functions import Count
from tortoise.queryset import AwaitableQuery
from tortoise.transactions import in_transaction

import models as m
from models.crisis import queue_emails, record_affected
from resolvers.access import allowed, allowed_query
from resolvers.audit import record
from resolvers.context import RequestContext
from resolvers.errors import Refused, Rejected
from resolvers.links import crisis_alert_link
from resolvers.loaders import BatchLoader
from resolvers.pagination import Page, paginate
from resolvers.principal import Principal
from resolvers.scope import scoped
from roost.i18n import N_
from subscriptions.channels import CRISIS_ALERTS

TEMPLATE = "crisis_alert"
MAX_TITLE = 200
MAX_BODY = 5000
MAX_DESTINATION = 120
MAX_CLIENT_ALERT_ID = 64


@dataclass(frozen=True)
class CrisisFilter:
    """Which bookings an alert affects; every given criterion must match."""

    destination: str | None = None
    starts_from: datetime | None = None
    starts_until: datetime | None = None
    provider_id: int | None = None
    #: A provider id was given but names no provider.
    unknown_provider: bool = False


@dataclass(frozen=True)
class PublishCrisisAlert:
    """The input of ``publishCrisisAlert``."""

    title: str
    body: str
    severity: m.CrisisSeverity
    filter: CrisisFilter
    client_alert_id: str | None = None


def _checked(request: PublishCrisisAlert) -> PublishCrisisAlert:
    """``request`` with its texts trimmed; every problem refused at once."""
    title, body = request.title.strip(), request.body.strip()
    where = request.filter
    destination = (where.destination or "").strip() or None
    problems = []
    if not title or len(title) > MAX_TITLE:
        problems.append(
            Refused(
                "INVALID", N_("Give a title of at most {most} characters."), "title", most=MAX_TITLE
            )
        )
    if not body or len(body) > MAX_BODY:
        problems.append(
            Refused(
                "INVALID", N_("Give a text of at most {most} characters."), "body", most=MAX_BODY
            )
        )
    if destination and len(destination) > MAX_DESTINATION:
        problems.append(
            Refused(
                "INVALID",
                N_("Give a destination of at most {most} characters."),
                "filter.destination",
                most=MAX_DESTINATION,
            )
        )
    if where.unknown_provider:
        problems.append(Refused("NOT_FOUND", N_("No such provider."), "filter.providerId"))
    criteria = (destination, where.starts_from, where.starts_until, where.provider_id)
    if all(value is None for value in criteria) and not where.unknown_provider:
        problems.append(
            Refused(
                "EMPTY_FILTER",
                N_("Name a destination, a period or a provider: alerts never go to all."),
                "filter",
            )
        )
    if where.starts_from and where.starts_until and where.starts_from > where.starts_until:
        problems.append(
            Refused("INVALID", N_("The period ends before it starts."), "filter.startsUntil")
        )
    if request.client_alert_id is not None and not (
        0 < len(request.client_alert_id) <= MAX_CLIENT_ALERT_ID
    ):
        problems.append(
            Refused(
                "INVALID",
                N_("Give a clientAlertId of 1 to {most} characters."),
                "clientAlertId",
                most=MAX_CLIENT_ALERT_ID,
            )
        )
    if problems:
        raise Rejected(problems)
    return PublishCrisisAlert(
        title=title,
        body=body,
        severity=request.severity,
        filter=CrisisFilter(destination, where.starts_from, where.starts_until, where.provider_id),
        client_alert_id=request.client_alert_id,
    )


def _affected(where: CrisisFilter) -> AwaitableQuery[Any]:
    """The ids of the bookings ``where`` selects, cancelled ones left out."""
    bookings = m.Booking.exclude(status=m.BookingStatus.CANCELLED)
    if where.destination:
        bookings = bookings.filter(destination__iexact=where.destination)
    if where.starts_from:
        bookings = bookings.filter(starts_at__gte=where.starts_from)
    if where.starts_until:
        bookings = bookings.filter(starts_at__lte=where.starts_until)
    if where.provider_id:
        bookings = bookings.filter(provider_id=where.provider_id)
    return bookings.order_by().values_list("id", flat=True)


async def publish_crisis_alert(
    context: RequestContext, request: PublishCrisisAlert
) -> m.CrisisAlert:
    """Publish an alert to every customer with an affected booking (once per client id)."""
    principal = context.require_principal()
    allowed(principal, "publishCrisisAlert")
    request = _checked(request)
    if request.client_alert_id and (
        earlier := await m.CrisisAlert.get_or_none(client_alert_id=request.client_alert_id)
    ):
        return earlier
    where = request.filter
    try:
        async with in_transaction():
            alert = await m.CrisisAlert.create(
                title=request.title,
                body=request.body,
                severity=request.severity,
                destination=where.destination,
                starts_from=where.starts_from,
                starts_until=where.starts_until,
                provider_id=where.provider_id,
                client_alert_id=request.client_alert_id,
                published_by_id=principal.user_id,
            )
            alert.booking_count, alert.reached_count = await record_affected(
                alert, _affected(where)
            )
            await alert.save(update_fields=["booking_count", "reached_count"])
            payload = {
                "alert_title": alert.title,
                "alert_body": alert.body,
                "severity": alert.severity.value,
                "published_at": alert.created_at.isoformat(),
                "link": crisis_alert_link(context.settings.customer_portal_url, alert.id),
            }
            await queue_emails(alert, TEMPLATE, payload)
            await record(
                principal,
                "publishCrisisAlert",
                "CrisisAlert",
                alert.id,
                {},
                {
                    "title": alert.title,
                    "bookingCount": alert.booking_count,
                    "reachedCount": alert.reached_count,
                },
            )
    except IntegrityError:
        # The same client id published concurrently: the other request's alert stands.
        earlier = await m.CrisisAlert.get_or_none(client_alert_id=request.client_alert_id)
        if earlier is None:
            raise
        return earlier
    await context.hub.publish(CRISIS_ALERTS, {"type": "crisis_alert", "alert": alert.id})
    return alert


async def acknowledge_crisis_alert(context: RequestContext, alert_id: int | None) -> m.CrisisAlert:
    """The traveller confirms being safe; acknowledging twice keeps the first time."""
    principal = context.require_principal()
    allowed(principal, "acknowledgeCrisisAlert")
    receipt = await m.CrisisAlertRecipient.get_or_none(
        alert_id=alert_id, customer_id=principal.user_id
    )
    if receipt is None:
        raise Refused("NOT_FOUND", N_("No such crisis alert."), "alertId")
    if receipt.acknowledged_at is None:
        await m.CrisisAlertRecipient.filter(id=receipt.id, acknowledged_at__isnull=True).update(
            acknowledged_at=datetime.now(UTC)
        )
    return await m.CrisisAlert.get(id=receipt.alert_id)


async def my_crisis_alerts(
    context: RequestContext, first: int, after: str | None
) -> Page[m.CrisisAlert]:
    """The alerts that reached the caller, newest first."""
    principal = context.require_principal()
    allowed_query(principal, "myCrisisAlerts")
    mine = m.CrisisAlertRecipient.filter(customer_id=principal.user_id).values("alert_id")
    alerts = scoped(m.CrisisAlert, principal).filter(id__in=Subquery(mine))
    return await paginate(alerts, first, after, context.settings.max_page_size)


async def all_crisis_alerts(
    context: RequestContext, first: int, after: str | None
) -> Page[m.CrisisAlert]:
    """Every alert, newest first, for the service team."""
    principal = context.require_principal()
    allowed_query(principal, "crisisAlerts")
    alerts = scoped(m.CrisisAlert, principal)
    return await paginate(alerts, first, after, context.settings.max_page_size)


class AcknowledgedAtByAlertLoader(BatchLoader[int, datetime | None]):
    """When the caller acknowledged each alert (``None``: not yet, or not theirs), in key
    order: one statement for a page of alerts."""

    def __init__(self, principal: Principal) -> None:
        super().__init__()
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[datetime | None]:
        receipts = await m.CrisisAlertRecipient.filter(
            alert_id__in=list(keys), customer_id=self.principal.user_id
        ).values_list("alert_id", "acknowledged_at")
        by_alert = dict(receipts)
        return [by_alert.get(key) for key in keys]


class AcknowledgedCountByAlertLoader(BatchLoader[int, int]):
    """How many of each alert's customers confirmed being safe, in key order: one grouped
    count for a page of alerts."""

    def __init__(self, principal: Principal) -> None:
        # The counts are the same for every caller the policy lets read them.
        super().__init__()

    async def _load(self, keys: Sequence[int]) -> list[int]:
        counts = await (
            m.CrisisAlertRecipient.filter(alert_id__in=list(keys), acknowledged_at__isnull=False)
            .group_by("alert_id")
            .annotate(safe=Count("id"))
            .values_list("alert_id", "safe")
        )
        by_alert = dict(counts)
        return [by_alert.get(key, 0) for key in keys]


async def recipients(
    context: RequestContext,
    alert: m.CrisisAlert,
    acknowledged: bool | None,
    first: int,
    after: str | None,
) -> Page[m.CrisisAlertRecipient]:
    """The alert's customers (only those who did or did not acknowledge, if asked), in order."""
    rows = m.CrisisAlertRecipient.filter(alert_id=alert.id).order_by("id")
    if acknowledged is not None:
        rows = rows.filter(acknowledged_at__isnull=not acknowledged)
    return await paginate(rows, first, after, context.settings.max_page_size)

"""The provider's view of self-service: bookings with an edit link, in two tabs.

UPCOMING lists confirmed bookings whose edits are still open (now < editable until),
soonest first; ARCHIVED lists the others (deadline passed, or no longer confirmed),
latest first. Each entry says whether the customer opened a link, until when edits are
open, when a link was last sent, and what the customer changed through self-service.
Bookings are read through the caller's row scope, and only for providers whose app is
on and visible to the caller (``SelfServiceApp``'s row scope in the policy).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import (
    Booking,
    BookingFieldChange,
    BookingStatus,
    ChangeChannel,
    Organisation,
    SelfServiceApp,
    SelfServiceLink,
)
from resolvers.context import RequestContext
from resolvers.pagination import Page, empty_page, paginate
from resolvers.scope import scoped
from resolvers.selfservice_app import disabled, enabled_app

#: The largest GraphQL ``Int`` (32 bits, signed).
MAX_INT = 2**31 - 1


class Tab(StrEnum):
    """The two lists of the provider's self-service page."""

    UPCOMING = "UPCOMING"
    ARCHIVED = "ARCHIVED"


@dataclass(frozen=True)
class SelfServiceEntry:
    """One booking in the provider's self-service list."""

    booking: Booking
    editable_until: datetime
    opened_at: datetime | None
    last_sent_at: datetime | None
    links_sent: int
    changes: list[BookingFieldChange] = field(default_factory=list)

    @property
    def seconds_remaining(self) -> int:
        """Seconds until edits close (0 once closed), at most a GraphQL ``Int``."""
        left = int((self.editable_until - datetime.now(UTC)).total_seconds())
        return min(max(0, left), MAX_INT)

    @property
    def editable(self) -> bool:
        """Whether the customer may still change the booking's fields."""
        return (
            self.booking.status is BookingStatus.CONFIRMED
            and datetime.now(UTC) < self.editable_until
        )


async def _apps(context: RequestContext, provider_id: int | None) -> list[SelfServiceApp]:
    """The enabled apps whose bookings the caller lists.

    With ``provider_id``, or for members of a provider by default, that provider's app:
    ``SELF_SERVICE_DISABLED`` when it is off, and also when the caller may not see it, so
    that such a provider answers exactly like an unknown one. Otherwise every enabled app
    in scope.
    """
    principal = context.require_principal()
    if provider_id is None and principal.organisation_id is not None:
        own = await Organisation.get_or_none(id=principal.organisation_id)
        if own is not None and own.is_provider:
            provider_id = own.id
    visible = scoped(SelfServiceApp, principal)
    if provider_id is None:
        return list(await visible.filter(enabled=True))
    if not await visible.filter(provider_id=provider_id).exists():
        raise disabled()
    return [await enabled_app(provider_id)]


def _tab_filter(apps: list[SelfServiceApp], tab: Tab, now: datetime) -> Q:
    """Bookings of ``apps`` on ``tab``: each provider has its own deadline."""
    upcoming = [
        Q(provider_id=app.provider_id, starts_at__gt=now + timedelta(hours=app.edit_deadline_hours))
        for app in apps
    ]
    is_upcoming = Q(Q(*upcoming, join_type=Q.OR), status=BookingStatus.CONFIRMED)
    return is_upcoming if tab is Tab.UPCOMING else ~is_upcoming


def _listed(context: RequestContext, apps: list[SelfServiceApp], tab: Tab) -> QuerySet[Booking]:
    linked = Subquery(SelfServiceLink.all().values("booking_id"))
    bookings = scoped(Booking, context.require_principal()).filter(
        Q(id__in=linked),
        provider_id__in=[app.provider_id for app in apps],
    )
    order = ("starts_at", "id") if tab is Tab.UPCOMING else ("-starts_at", "-id")
    return bookings.filter(_tab_filter(apps, tab, datetime.now(UTC))).order_by(*order)


async def entries(
    bookings: list[Booking], apps: dict[int, SelfServiceApp]
) -> list[SelfServiceEntry]:
    """The list entries of ``bookings`` (two queries, whatever their number)."""
    ids = [booking.id for booking in bookings]
    links: dict[int, list[SelfServiceLink]] = defaultdict(list)
    for link in await SelfServiceLink.filter(booking_id__in=ids):
        links[link.booking_id].append(link)
    changes: dict[int, list[BookingFieldChange]] = defaultdict(list)
    for change in await BookingFieldChange.filter(
        booking_id__in=ids, channel=ChangeChannel.SELF_SERVICE
    ).order_by("changed_at", "id"):
        changes[change.booking_id].append(change)
    result = []
    for booking in bookings:
        sent = links[booking.id]
        opened = [link.opened_at for link in sent if link.opened_at is not None]
        result.append(
            SelfServiceEntry(
                booking=booking,
                editable_until=apps[booking.provider_id].editable_until(booking.starts_at),
                opened_at=min(opened) if opened else None,
                last_sent_at=max((link.created_at for link in sent), default=None),
                links_sent=len(sent),
                changes=changes[booking.id],
            )
        )
    return result


async def list_self_service_bookings(
    context: RequestContext, tab: Tab, first: int, after: str | None, provider_id: int | None
) -> Page[SelfServiceEntry]:  # type: ignore[type-var]
    """One page of a tab (see the module's rules)."""
    apps = await _apps(context, provider_id)
    if not apps:
        return empty_page()
    page = await paginate(_listed(context, apps, tab), first, after, context.settings.max_page_size)
    by_provider = {app.provider_id: app for app in apps}
    rows = await entries(page.rows, by_provider)
    return page.with_rows(rows)


async def entry_of(booking: Booking) -> SelfServiceEntry:
    """The list entry of one booking whose provider has the app (after a send)."""
    app = await SelfServiceApp.get(provider_id=booking.provider_id)
    [entry] = await entries([booking], {booking.provider_id: app})
    return entry

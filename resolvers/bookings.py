"""Reading bookings: scoped lists with filters, lookups by reference."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models import Booking, BookingStatus, Role
from models.policy import Access, field_access
from resolvers.context import RequestContext
from resolvers.errors import BadUserInput
from resolvers.pagination import Page, PagePlan, plan_page
from resolvers.scope import scoped


class BookingOrder(StrEnum):
    STARTS_AT_ASC = "STARTS_AT_ASC"
    STARTS_AT_DESC = "STARTS_AT_DESC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    REFERENCE_ASC = "REFERENCE_ASC"


_ORDERINGS: dict[BookingOrder, tuple[str, ...]] = {
    BookingOrder.STARTS_AT_ASC: ("starts_at", "id"),
    BookingOrder.STARTS_AT_DESC: ("-starts_at", "-id"),
    BookingOrder.CREATED_AT_DESC: ("-created_at", "-id"),
    BookingOrder.REFERENCE_ASC: ("reference", "id"),
}


@dataclass(frozen=True)
class BookingQuery:
    """Filters on the booking list; ``None`` means no filter."""

    statuses: tuple[BookingStatus, ...] | None = None
    starts_from: datetime | None = None
    starts_until: datetime | None = None
    provider_id: int | None = None
    search: str | None = None


def may_search_names(role: Role) -> bool:
    """Free-text search on customer names only for roles that read names in clear.

    Otherwise a masked reader could find out names by searching for them.
    """
    return field_access(role, "User", "name") is Access.READ


def _apply(query: BookingQuery, role: Role) -> Q:
    conditions = Q()
    if query.statuses:
        conditions &= Q(status__in=list(query.statuses))
    if query.starts_from:
        conditions &= Q(starts_at__gte=query.starts_from)
    if query.starts_until:
        conditions &= Q(starts_at__lt=query.starts_until)
    if query.provider_id is not None:
        conditions &= Q(provider_id=query.provider_id)
    return conditions & search_condition(query.search, role, "reference", "")


#: Longest search text (the databases refuse very long LIKE patterns).
MAX_SEARCH = 200


def search_condition(search: str | None, role: Role, reference_field: str, prefix: str) -> Q:
    """Case-insensitive match on a reference, and on the customer's name where allowed."""
    text = (search or "").strip()
    if not text:
        return Q()
    if len(text) > MAX_SEARCH:
        raise BadUserInput(f"Search for at most {MAX_SEARCH} characters.", field="search")
    matches = Q(**{f"{reference_field}__icontains": text})
    if may_search_names(role):
        matches |= Q(**{f"{prefix}customer__name__icontains": text})
    return matches


def matching(context: RequestContext, query: BookingQuery) -> QuerySet[Booking]:
    """The caller's bookings matching ``query``."""
    principal = context.require_principal()
    return scoped(Booking, principal).filter(_apply(query, principal.role))


def bookings_page(
    context: RequestContext,
    first: int,
    after: str | None,
    query: BookingQuery,
    order: BookingOrder,
) -> PagePlan[Booking]:
    """How to read one page of the caller's bookings matching ``query``."""
    ordered = matching(context, query).order_by(*_ORDERINGS[order])
    return plan_page(ordered, first, after, context.settings.max_page_size)


async def list_bookings(
    context: RequestContext,
    first: int,
    after: str | None,
    query: BookingQuery,
    order: BookingOrder,
) -> Page[Booking]:
    """The caller's bookings matching ``query``, one page at a time."""
    plan = bookings_page(context, first, after, query, order)
    return await plan.read(matching(context, query).count)


async def booking_by_reference(context: RequestContext, reference: str) -> Booking | None:
    """The booking with ``reference`` if the caller may reach it, else ``None``."""
    principal = context.require_principal()
    reference = reference.strip().upper()
    if len(reference) > Booking._meta.fields_map["reference"].max_length:  # type: ignore[attr-defined]
        return None  # no booking has it (and the ORM would refuse to compare it)
    return await scoped(Booking, principal).get_or_none(reference=reference)

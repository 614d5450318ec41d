"""Reading invoices: scoped lists with filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models import Invoice, InvoiceStatus
from resolvers.bookings import search_condition
from resolvers.context import RequestContext
from resolvers.pagination import Page, PagePlan, plan_page
from resolvers.scope import scoped


class InvoiceOrder(StrEnum):
    DUE_DATE_ASC = "DUE_DATE_ASC"
    DUE_DATE_DESC = "DUE_DATE_DESC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    NUMBER_ASC = "NUMBER_ASC"


_ORDERINGS: dict[InvoiceOrder, tuple[str, ...]] = {
    InvoiceOrder.DUE_DATE_ASC: ("due_date", "id"),
    InvoiceOrder.DUE_DATE_DESC: ("-due_date", "-id"),
    InvoiceOrder.CREATED_AT_DESC: ("-created_at", "-id"),
    InvoiceOrder.NUMBER_ASC: ("number", "id"),
}


@dataclass(frozen=True)
class InvoiceQuery:
    """Filters on the invoice list; ``None`` means no filter."""

    statuses: tuple[InvoiceStatus, ...] | None = None
    due_from: date | None = None
    due_until: date | None = None
    provider_id: int | None = None
    client_company_id: int | None = None
    search: str | None = None


def matching(context: RequestContext, query: InvoiceQuery) -> QuerySet[Invoice]:
    """The caller's invoices matching ``query``."""
    principal = context.require_principal()
    conditions = Q()
    if query.statuses:
        conditions &= Q(status__in=list(query.statuses))
    if query.due_from:
        conditions &= Q(due_date__gte=query.due_from)
    if query.due_until:
        conditions &= Q(due_date__lte=query.due_until)
    if query.provider_id is not None:
        conditions &= Q(booking__provider_id=query.provider_id)
    if query.client_company_id is not None:
        conditions &= Q(booking__client_company_id=query.client_company_id)
    conditions &= search_condition(query.search, principal.role, "number", "booking__")
    return scoped(Invoice, principal).filter(conditions)


def invoices_page(
    context: RequestContext,
    first: int,
    after: str | None,
    query: InvoiceQuery,
    order: InvoiceOrder,
) -> PagePlan[Invoice]:
    """How to read one page of the caller's invoices matching ``query``."""
    ordered = matching(context, query).order_by(*_ORDERINGS[order])
    return plan_page(ordered, first, after, context.settings.max_page_size)


async def list_invoices(
    context: RequestContext,
    first: int,
    after: str | None,
    query: InvoiceQuery,
    order: InvoiceOrder,
) -> Page[Invoice]:
    """The caller's invoices matching ``query``, one page at a time."""
    plan = invoices_page(context, first, after, query, order)
    return await plan.read(matching(context, query).count)

"""Reading claims: the caller's claims, one page at a time, with filters."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q

from models import Claim, ClaimStatus
from resolvers.context import RequestContext
from resolvers.pagination import Page, paginate
from resolvers.scope import scoped


@dataclass(frozen=True)
class ClaimQuery:
    """Filters on the claim list; ``None`` means no filter."""

    statuses: tuple[ClaimStatus, ...] | None = None
    booking_id: int | None = None
    invoice_id: int | None = None


async def list_claims(
    context: RequestContext, first: int, after: str | None, query: ClaimQuery
) -> Page[Claim]:
    """The claims the caller may see, newest first."""
    principal = context.require_principal()
    conditions = Q()
    if query.statuses:
        conditions &= Q(status__in=list(query.statuses))
    if query.booking_id is not None:
        conditions &= Q(booking_id=query.booking_id)
    if query.invoice_id is not None:
        conditions &= Q(invoice_id=query.invoice_id)
    queryset = scoped(Claim, principal).filter(conditions).order_by("-created_at", "-id")
    return await paginate(queryset, first, after, context.settings.max_page_size)

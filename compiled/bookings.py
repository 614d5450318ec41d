"""The compiled ``bookings`` list: one SQL statement for the page of bookings with, as
selected, their customer and provider (each only if the caller reaches it, through the
resolvers' scoped querysets). The page is the resolver's own
(:func:`resolvers.bookings.bookings_page`: scope, order, keyset cursor, size checks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLField
from graphql.execution.values import get_argument_values

import models as m
from compiled.pages import Edges, connection_writer, order_sql, paged, sort_values
from compiled.selection import Row, Selected, Unsupported, Writer, governed, leaf, shaper
from compiled.statements import (
    Statement,
    datetime_writer,
    join_scoped,
    numbered_placeholders,
    run_sql,
    sql_of,
)
from resolvers import bookings as use
from resolvers.context import RequestContext
from resolvers.pagination import PagePlan
from resolvers.principal import Principal
from schema.relay import global_id

#: The alias of the page of bookings in the statement.
PAGE = "booking_page"

#: Related rows: alias in the statement, model, GraphQL type, column on the booking.
_RELATED = {
    "customer": ("cu", m.User, "User", "customer_id"),
    "provider": ("pr", m.Organisation, "Organisation", "provider_id"),
}
#: Their fields the compiler covers (plain columns).
_RELATED_FIELDS = {"User": ("name", "email"), "Organisation": ("name",)}


@dataclass
class Related:
    """Which related rows the statement joins, and their columns."""

    columns: dict[str, list[str]] = field(default_factory=dict)


def _related(selected: Selected, principal: Principal, related: Related) -> Writer:
    alias, _, type_name, _ = _RELATED[selected.name]
    columns = related.columns.setdefault(selected.name, ["id"])
    fields: list[tuple[str, Writer]] = []
    for child in selected.children:
        leaf(child)
        key = f"{alias}_{child.name}"
        if child.name == "id":
            fields.append((child.key, lambda row, k=key, t=type_name: global_id(t, row[k])))
        elif child.name in _RELATED_FIELDS[type_name]:
            columns.append(child.name)
            fields.append(
                (
                    child.key,
                    governed(type_name, child.name, principal.role, lambda row, k=key: row[k]),
                )
            )
        else:
            raise Unsupported(f"{type_name}.{child.name}")
    shape = shaper(fields)
    present = f"{alias}_id"
    return lambda row: None if row[present] is None else shape(row)


def booking_writer(
    selected: tuple[Selected, ...], principal: Principal, related: Related
) -> Writer:
    """The writer of a Booking node for ``principal``'s role; records the joins it needs."""
    role = principal.role
    fields_map = m.Booking._meta.fields_map
    readers: dict[str, Writer] = {
        "reference": lambda row: row["reference"],
        "status": lambda row: row["status"],
        "timeZone": lambda row: row["time_zone"],
        "participantCount": lambda row: row["participant_count"],
        "startsAt": datetime_writer(fields_map["starts_at"], "starts_at"),
        "endsAt": datetime_writer(fields_map["ends_at"], "ends_at"),
        "createdAt": datetime_writer(fields_map["created_at"], "created_at"),
    }
    fields: list[tuple[str, Writer]] = []
    for child in selected:
        if child.name == "id":
            leaf(child)
            fields.append((child.key, lambda row: global_id("Booking", row["id"])))
            continue
        if child.name in readers:
            leaf(child)
            write = readers[child.name]
        elif child.name in _RELATED and child.children and not child.node.arguments:
            write = _related(child, principal, related)
        else:
            raise Unsupported(f"Booking.{child.name}")
        fields.append((child.key, governed("Booking", child.name, role, write)))
    return shaper(fields)


def statement(
    page: PagePlan[m.Booking], principal: Principal, related: Related, numbered: bool
) -> Statement:
    """The one statement of a page of bookings: ``size + 1`` rows, in page order."""
    out = Statement(numbered)
    columns = [f'"{PAGE}".*']
    for name, wanted in related.columns.items():
        alias = _RELATED[name][0]
        columns += [f'{alias}."{c}" AS "{alias}_{c}"' for c in dict.fromkeys(wanted)]
    out.add(f"SELECT {', '.join(columns)} FROM (")
    out.add(*sql_of(page.ordered.limit(page.size + 1)))
    out.add(f') AS "{PAGE}"')
    for name in related.columns:
        alias, model, _, key = _RELATED[name]
        join_scoped(out, model, alias, f'"{PAGE}"."{key}"', principal)
    out.add(f"ORDER BY {order_sql(m.Booking, page, PAGE)}")
    return out


@dataclass(frozen=True)
class BookingsPlan:
    """The compiled ``bookings`` root field for one role."""

    selected: Selected
    definition: GraphQLField
    related: Related
    edges: Edges

    async def run(self, context: RequestContext, variables: Any) -> dict[str, Any]:
        """The field's value (``variables``: graphql-core's coerced values): one statement."""
        args = get_argument_values(self.definition, self.selected.node, variables)
        page = use.bookings_page(
            context,
            args["first"],
            args.get("after"),
            use.BookingQuery(),
            use.BookingOrder.STARTS_AT_DESC,
        )
        principal = context.require_principal()
        sql = statement(page, principal, self.related, numbered_placeholders())
        rows = list(await run_sql(sql)) if page.size else []

        def cursor(row: Row) -> str:
            return page.cursor(sort_values(m.Booking, row, page))

        return self.edges.write(*paged(rows, page.size, page.travel, cursor))


def compile_bookings(
    selected: Selected, definition: GraphQLField, principal: Principal
) -> BookingsPlan:
    """The plan of ``bookings`` as selected (no filter, default order), for the role."""
    if any(a.name.value in ("filter", "orderBy") for a in selected.node.arguments or ()):
        raise Unsupported("bookings filter or order")
    related = Related()
    targets = [
        target
        for child in selected.children
        for target in (child.children if child.name == "edges" else [child])
        if target.name == "node" or child.name == "nodes"
    ]
    if len(targets) > 1:
        raise Unsupported("nodes selected twice")
    node: Writer = booking_writer(targets[0].children, principal, related) if targets else dict
    return BookingsPlan(selected, definition, related, connection_writer(selected, node))

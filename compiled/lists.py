"""Compiled lists of one model (``bookings``, ``invoices``): one SQL statement for the
page with, as selected, related rows (each only if the caller reaches it, through the
resolvers' scoped querysets). The page is the resolver's own (``bookings_page``,
``invoices_page``: scope, order, keyset cursor, size checks); only the default order and
no filter are compiled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from graphql import GraphQLField
from graphql.execution.values import get_argument_values
from tortoise.models import Model

import models as m
from compiled.pages import (
    Edges,
    connection_writer,
    cursor_writer,
    node_selection,
    order_sql,
    paged,
)
from compiled.selection import Row, Selected, Unsupported, Writer, governed, leaf, shaper
from compiled.statements import (
    Statement,
    StatementCache,
    caller_key,
    join_scoped,
    numbered_placeholders,
    run_sql,
    sql_of,
)
from resolvers import bookings as booking_use
from resolvers import invoices as invoice_use
from resolvers.context import RequestContext
from resolvers.pagination import PagePlan
from resolvers.principal import Principal
from schema.relay import global_id


@dataclass(frozen=True)
class RelatedSpec:
    """A related row: its alias, model, GraphQL type, the list row's column pointing to
    it, and the fields the compiler covers (GraphQL name -> model field)."""

    alias: str
    model: type[Model]
    type_name: str
    key: str
    fields: dict[str, str]


@dataclass(frozen=True)
class ListSpec:
    """A list root field: its model, GraphQL type, the fields the compiler covers (GraphQL
    name -> model field), its related rows, and how to plan a page of it."""

    model: type[Model]
    type_name: str
    alias: str
    fields: dict[str, str]
    related: dict[str, RelatedSpec]
    page: Callable[[RequestContext, int, str | None], PagePlan[Any]]


def _json(value: Any) -> Any:
    """A model value as strawberry serialises it."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.name
    return value


def _reader(model: type[Model], name: str, key: str) -> Writer:
    """A column's value as the ORM converts it, then as GraphQL serialises it."""
    convert = model._meta.fields_map[name].to_python_value

    def read(row: Row) -> Any:
        value = row[key]
        return None if value is None else _json(convert(value))

    return read


@dataclass
class Joins:
    """Which related rows the statement joins, and their columns."""

    columns: dict[str, list[str]] = field(default_factory=dict)


def _related(selected: Selected, spec: RelatedSpec, role: m.Role, joins: Joins) -> Writer:
    columns = joins.columns.setdefault(selected.name, ["id"])
    fields: list[tuple[str, Writer]] = []
    for child in selected.children:
        leaf(child)
        key = f"{spec.alias}_{child.name}"
        if child.name == "id":
            fields.append((child.key, lambda row, k=key, t=spec.type_name: global_id(t, row[k])))
        elif child.name in spec.fields:
            name = spec.fields[child.name]
            columns.append(name)
            read = _reader(spec.model, name, f"{spec.alias}_{name}")
            fields.append((child.key, governed(spec.type_name, child.name, role, read)))
        else:
            raise Unsupported(f"{spec.type_name}.{child.name}")
    shape = shaper(fields)
    present = f"{spec.alias}_id"
    return lambda row: None if row[present] is None else shape(row)


def node_writer(
    spec: ListSpec, selected: tuple[Selected, ...], principal: Principal, joins: Joins
) -> Writer:
    """The writer of one listed node for ``principal``'s role; records the joins it needs."""
    role = principal.role
    fields: list[tuple[str, Writer]] = []
    for child in selected:
        if child.name == "id":
            leaf(child)
            fields.append((child.key, lambda row: global_id(spec.type_name, row["id"])))
            continue
        if child.name in spec.fields:
            leaf(child)
            name = spec.fields[child.name]
            write = _reader(
                spec.model, name, spec.model._meta.fields_map[name].source_field or name
            )
        elif child.name in spec.related and child.children and not child.node.arguments:
            write = _related(child, spec.related[child.name], role, joins)
        else:
            raise Unsupported(f"{spec.type_name}.{child.name}")
        fields.append((child.key, governed(spec.type_name, child.name, role, write)))
    return shaper(fields)


def statement(
    spec: ListSpec, page: PagePlan[Any], principal: Principal, joins: Joins, numbered: bool
) -> Statement:
    """The one statement of a page: ``size + 1`` rows, in page order."""
    out = Statement(numbered)
    columns = [f'"{spec.alias}".*']
    for name, wanted in joins.columns.items():
        related = spec.related[name]
        columns += [
            f'{related.alias}."{c}" AS "{related.alias}_{c}"' for c in dict.fromkeys(wanted)
        ]
    out.add(f"SELECT {', '.join(columns)} FROM (")
    out.add(*sql_of(page.ordered.limit(page.size + 1)))
    out.add(f') AS "{spec.alias}"')
    for name in joins.columns:
        related = spec.related[name]
        join_scoped(out, related.model, related.alias, f'"{spec.alias}"."{related.key}"', principal)
    out.add(f"ORDER BY {order_sql(spec.model, page, spec.alias)}")
    return out


@dataclass(frozen=True)
class ListPlan:
    """A compiled list root field for one role."""

    spec: ListSpec
    selected: Selected
    definition: GraphQLField
    joins: Joins
    edges: Edges
    statements: StatementCache = field(default_factory=StatementCache)

    async def run(self, context: RequestContext, variables: Any) -> dict[str, Any]:
        """The field's value (``variables``: graphql-core's coerced values): one statement."""
        args = get_argument_values(self.definition, self.selected.node, variables)
        principal = context.require_principal()
        numbered = numbered_placeholders()
        key = (caller_key(principal), args["first"], args.get("after"), numbered)
        kept = self.statements.get(key)
        if kept is None:
            page = self.spec.page(context, args["first"], args.get("after"))
            sql = statement(self.spec, page, principal, self.joins, numbered)
            self.statements.put(key, page, sql)
        else:
            page, sql = kept
        rows = list(await run_sql(sql)) if page.size else []
        cursor = cursor_writer(self.spec.model, page)
        return self.edges.write(*paged(rows, page.size, page.travel, cursor))


def compile_list(
    spec: ListSpec, selected: Selected, definition: GraphQLField, principal: Principal
) -> ListPlan:
    """The plan of a list as selected (no filter, default order), for the role."""
    if any(a.name.value in ("filter", "orderBy") for a in selected.node.arguments or ()):
        raise Unsupported("filter or order")
    joins = Joins()
    nodes = node_selection(selected)
    node: Writer = dict if nodes is None else node_writer(spec, nodes.children, principal, joins)
    return ListPlan(spec, selected, definition, joins, connection_writer(selected, node))


BOOKINGS = ListSpec(
    model=m.Booking,
    type_name="Booking",
    alias="booking_page",
    fields={
        "reference": "reference",
        "status": "status",
        "timeZone": "time_zone",
        "participantCount": "participant_count",
        "startsAt": "starts_at",
        "endsAt": "ends_at",
        "createdAt": "created_at",
    },
    related={
        "customer": RelatedSpec(
            "cu", m.User, "User", "customer_id", {"name": "name", "email": "email"}
        ),
        "provider": RelatedSpec(
            "pr", m.Organisation, "Organisation", "provider_id", {"name": "name"}
        ),
    },
    page=lambda context, first, after: booking_use.bookings_page(
        context, first, after, booking_use.BookingQuery(), booking_use.BookingOrder.STARTS_AT_DESC
    ),
)

INVOICES = ListSpec(
    model=m.Invoice,
    type_name="Invoice",
    alias="invoice_page",
    fields={
        "number": "number",
        "status": "status",
        "issuedAt": "issued_at",
        "dueDate": "due_date",
        "currency": "currency",
        "totalAmount": "total_amount",
        "providerPayout": "provider_payout",
        "createdAt": "created_at",
    },
    related={
        "booking": RelatedSpec(
            "bk", m.Booking, "Booking", "booking_id", {"reference": "reference", "status": "status"}
        ),
    },
    page=lambda context, first, after: invoice_use.invoices_page(
        context, first, after, invoice_use.InvoiceQuery(), invoice_use.InvoiceOrder.CREATED_AT_DESC
    ),
)

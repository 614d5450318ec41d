"""The compiled ``inbox``: one SQL statement for the page of threads with, as selected,
their booking, last visible message (and its author) and the caller's read marker.

The page is the resolvers' own (:func:`resolvers.inbox.inbox_page`: scope, order, keyset
cursor, size checks); the booking and the last message are read through the scoped
querysets of :func:`resolvers.scope.scoped` correlated with the page's rows, so the
compiled path sees exactly the rows the dataloaders would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from graphql import GraphQLField
from graphql.execution.values import get_argument_values
from tortoise.queryset import QuerySet

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
    datetime_writer,
    numbered_placeholders,
    run_sql,
    sql_of,
)
from models.policy import type_policy
from models.sql import placeholders
from resolvers import inbox as read
from resolvers.context import RequestContext
from resolvers.pagination import PagePlan, Window
from resolvers.principal import Principal
from resolvers.scope_sql import scope_condition
from schema.relay import global_id
from schema.threads import side_of

#: The alias of the page of threads in the statement.
PAGE = "inbox_page"
#: The column of the caller's unread total, when the statement reads it.
UNREAD_TOTAL = "unread_total"


@dataclass
class Joins:
    """What the statement reads beside the page of threads."""

    booking: bool = False
    marker: bool = False
    last_message: bool = False
    #: The caller's unread total (``unreadTotal``), as a column of every row.
    unread_total: bool = False


_BOOKING_COLUMNS = ("id", "reference", "status")
#: The columns of a message a statement reads (as ``lm_*``).
MESSAGE_COLUMNS = (
    "id",
    "seq",
    "public_seq",
    "body",
    "created_at",
    "kind",
    "visibility",
    "client_message_id",
    "author_id",
)


def statement(
    page: PagePlan[m.Thread], principal: Principal, joins: Joins, numbered: bool
) -> Statement:
    """The one statement of an inbox page: ``size + 1`` threads, in page order."""
    return thread_statement(
        page.ordered.limit(page.size + 1),
        principal,
        joins,
        numbered,
        order_sql(m.Thread, page, PAGE),
    )


def thread_statement(
    threads: QuerySet[m.Thread],
    principal: Principal,
    joins: Joins,
    numbered: bool,
    order: str | None = None,
) -> Statement:
    """One statement reading the rows of ``threads`` with what ``joins`` asks for."""
    staff = read.audience(principal) is m.Audience.STAFF
    out = Statement(numbered)
    columns = [f'"{PAGE}".*']
    if joins.booking:
        columns += [f'b."{c}" AS "b_{c}"' for c in _BOOKING_COLUMNS]
    if joins.marker:
        columns.append('rm."last_read_seq" AS "rm_seq"')
    if joins.last_message:
        columns += [f'lm."{c}" AS "lm_{c}"' for c in MESSAGE_COLUMNS]
        columns += ['au."name" AS "au_name"', 'au."role" AS "au_role"']
    out.add(f"SELECT {', '.join(columns)}")
    if joins.unread_total:
        badge = read.unread_total_query(principal)
        if badge is None:
            out.add(f', 0 AS "{UNREAD_TOTAL}"')
        else:
            out.add(", (")
            out.add(placeholders(badge[0]), badge[1])
            out.add(f') AS "{UNREAD_TOTAL}"')
    out.add("FROM (")
    out.add(*sql_of(threads))
    out.add(f') AS "{PAGE}"')
    if joins.booking:
        out.join(m.Booking._meta.db_table, "b", f'b."id" = "{PAGE}"."booking_id" AND')
        out.add(scope_condition(type_policy("Booking").scope, principal, {"": "b"}, out))
        out.end_join("b")
    if joins.marker:
        out.join(m.ReadMarker._meta.db_table, "rm", f'rm."thread_id" = "{PAGE}"."id" AND')
        out.add(f'rm."user_id" = {out.param(principal.user_id)}')
        out.end_join("rm")
    if joins.last_message:
        seq, last = ("seq", "last_seq") if staff else ("public_seq", "last_public_seq")
        out.join(
            m.Message._meta.db_table,
            "lm",
            f'lm."thread_id" = "{PAGE}"."id" AND lm."{seq}" = "{PAGE}"."{last}" AND',
        )
        scope = type_policy("Message").scope
        out.add(scope_condition(scope, principal, {"": "lm", "thread": PAGE}, out))
        out.end_join("lm")
        out.join(m.User._meta.db_table, "au", 'au."id" = lm."author_id"')
        out.end_join("au")
    if order:
        out.add(f"ORDER BY {order}")
    return out


def _booking(selected: Selected, principal: Principal) -> Writer:
    role = principal.role
    fields: list[tuple[str, Writer]] = []
    for child in selected.children:
        leaf(child)
        if child.name == "id":
            fields.append((child.key, lambda row: global_id("Booking", row["b_id"])))
        elif child.name in ("reference", "status"):
            column = f"b_{child.name}"
            fields.append(
                (child.key, governed("Booking", child.name, role, lambda row, c=column: row[c]))
            )
        else:
            raise Unsupported(f"Booking.{child.name}")
    shape = shaper(fields)
    return lambda row: None if row["b_id"] is None else shape(row)


def message_writer(selected: Selected, principal: Principal) -> Writer:
    """The writer of a Message (columns ``lm_*``, author ``au_*``), null without one."""
    role = principal.role
    staff = read.audience(principal) is m.Audience.STAFF
    created = datetime_writer(m.Message._meta.fields_map["created_at"], "lm_created_at")

    def seq(row: Row) -> int:
        public = row["lm_public_seq"]
        return row["lm_seq"] if staff or public is None else public

    def author_name(row: Row) -> str:
        return row["au_name"] if row["lm_author_id"] is not None else "Roost"

    def author_side(row: Row) -> str:
        role_of = row["au_role"] if row["lm_author_id"] is not None else None
        return side_of(None if role_of is None else m.Role(role_of)).value

    readers: dict[str, Writer] = {
        "seq": seq,
        "body": itemgetter("lm_body"),
        "createdAt": created,
        "kind": itemgetter("lm_kind"),
        "visibility": itemgetter("lm_visibility"),
        "clientMessageId": itemgetter("lm_client_message_id"),
        "authorName": author_name,
        "authorSide": author_side,
    }
    fields: list[tuple[str, Writer]] = []
    for child in selected.children:
        leaf(child)
        if child.name == "id":
            fields.append((child.key, lambda row: global_id("Message", row["lm_id"])))
        elif child.name in readers:
            fields.append((child.key, governed("Message", child.name, role, readers[child.name])))
        else:
            raise Unsupported(f"Message.{child.name}")
    shape = shaper(fields)
    return lambda row: None if row["lm_id"] is None else shape(row)


def thread_writer(selected: tuple[Selected, ...], principal: Principal, joins: Joins) -> Writer:
    """The writer of a Thread node for ``principal``; records the joins it needs."""
    role = principal.role
    staff = read.audience(principal) is m.Audience.STAFF
    thread = m.Thread._meta.fields_map
    created = datetime_writer(thread["created_at"], "created_at")
    activity = datetime_writer(
        thread["last_activity_at" if staff else "last_public_activity_at"],
        "last_activity_at" if staff else "last_public_activity_at",
    )
    last_seq = "last_seq" if staff else "last_public_seq"
    # Plans are kept per role and kind of caller, never per caller: capture no principal.
    account = principal.user_id is not None

    def unread(row: Row) -> int:
        if not account:
            return 0
        return max(0, row[last_seq] - (row["rm_seq"] or 0))

    readers: dict[str, Writer] = {
        "subject": itemgetter("subject"),
        "parties": itemgetter("parties"),
        "urgency": itemgetter("urgency"),
        "status": itemgetter("status"),
        "respondBy": datetime_writer(thread["respond_by"], "respond_by"),
        "createdAt": created,
        "lastActivityAt": lambda row: activity(row) or created(row),
        "unreadCount": unread,
    }
    fields: list[tuple[str, Writer]] = []
    for child in selected:
        if child.name == "id":
            leaf(child)
            fields.append((child.key, lambda row: global_id("Thread", row["id"])))
            continue
        if child.name in readers:
            leaf(child)
            write = readers[child.name]
        elif child.name == "booking" and child.children and not child.node.arguments:
            write = _booking(child, principal)
            joins.booking = True
        elif child.name == "lastMessage" and child.children and not child.node.arguments:
            write = message_writer(child, principal)
            joins.last_message = True
        else:
            raise Unsupported(f"Thread.{child.name}")
        joins.marker = joins.marker or child.name == "unreadCount"
        fields.append((child.key, governed("Thread", child.name, role, write)))
    return shaper(fields)


@dataclass(frozen=True)
class InboxPlan:
    """The compiled ``inbox`` root field for one role."""

    selected: Selected
    definition: GraphQLField
    joins: Joins
    edges: Edges
    statements: StatementCache = field(default_factory=StatementCache)

    async def run(self, context: RequestContext, variables: Any) -> dict[str, Any]:
        """The field's value (``variables``: graphql-core's coerced values): one statement."""
        args = get_argument_values(self.definition, self.selected.node, variables)
        if args.get("filter") is not None:
            raise Unsupported("inbox filter")
        window = Window(args.get("first"), args.get("after"), args.get("last"), args.get("before"))
        principal = context.require_principal()
        numbered = numbered_placeholders()
        key = (caller_key(principal), window, numbered)
        kept = self.statements.get(key)
        if kept is None:
            page = read.inbox_page(context, window, read.InboxQuery())
            sql = statement(page, principal, self.joins, numbered)
            self.statements.put(key, page, sql)
        else:
            page, sql = kept
        rows = list(await run_sql(sql)) if page.size else []
        if rows and self.joins.unread_total:
            context.known_unread_total = max(0, int(rows[0][UNREAD_TOTAL]))
        return self.edges.write(
            *paged(
                rows,
                page.size,
                page.travel,
                cursor_writer(m.Thread, page),
            )
        )


def compile_inbox(
    selected: Selected, definition: GraphQLField, principal: Principal, unread_total: bool = False
) -> InboxPlan:
    """The plan of ``inbox`` as selected, for ``principal``'s role; with ``unread_total``,
    its statement reads the caller's ``unreadTotal`` too (the runner's badge takes it)."""
    if any(argument.name.value == "filter" for argument in selected.node.arguments or ()):
        raise Unsupported("inbox filter")
    joins = Joins(unread_total=unread_total)
    nodes = node_selection(selected)
    node: Writer = dict if nodes is None else thread_writer(nodes.children, principal, joins)
    return InboxPlan(selected, definition, joins, connection_writer(selected, node))

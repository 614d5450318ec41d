"""The compiled ``thread(id:)`` with its ``messages`` page: one statement for the thread
(as the inbox reads its threads), one for the page of messages with their authors.

The page is the resolver's own (:func:`resolvers.inbox.message_window`: scope, keyset by
the caller's sequence numbers, size checks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from graphql import GraphQLField, get_named_type
from graphql.execution.values import get_argument_values

import models as m
from compiled.inbox import (
    MESSAGE_COLUMNS,
    Joins,
    message_writer,
    thread_statement,
    thread_writer,
)
from compiled.pages import Edges, connection_writer, node_selection, paged
from compiled.selection import Row, Selected, Unsupported, Writer, governed
from compiled.statements import (
    Statement,
    StatementCache,
    caller_key,
    numbered_placeholders,
    run_sql,
    sql_of,
)
from resolvers import inbox as read
from resolvers.context import RequestContext
from resolvers.pagination import encode_cursor
from resolvers.principal import Principal
from resolvers.scope import scoped
from schema.relay import node_pk

#: The alias of the page of messages in its statement.
MESSAGES = "message_page"


def _messages_statement(window: read.MessageWindow, numbered: bool) -> Statement:
    out = Statement(numbered)
    columns = [f'"{MESSAGES}"."{c}" AS "lm_{c}"' for c in MESSAGE_COLUMNS]
    columns += ['au."name" AS "au_name"', 'au."role" AS "au_role"']
    out.add(f"SELECT {', '.join(columns)} FROM (")
    out.add(*sql_of(window.ordered.limit(window.size + 1)))
    direction = "DESC" if window.travel.backwards else "ASC"
    out.add(
        f') AS "{MESSAGES}" LEFT JOIN "{m.User._meta.db_table}" au '
        f'ON au."id" = "{MESSAGES}"."author_id" '
        f'ORDER BY "{MESSAGES}"."{window.column}" {direction}'
    )
    return out


@dataclass(frozen=True)
class MessagesPlan:
    """``Thread.messages`` as selected, for one role."""

    selected: Selected
    definition: GraphQLField
    edges: Edges
    shown: Writer
    statements: StatementCache = field(default_factory=StatementCache)

    async def run(self, context: RequestContext, thread: Row, variables: Any) -> Any:
        """The page of messages of ``thread``: one statement."""
        if self.shown(thread) is None:
            return None
        args = get_argument_values(self.definition, self.selected.node, variables)
        bounds = (args.get("first"), args.get("after"), args.get("last"), args.get("before"))
        numbered = numbered_placeholders()
        # The window's scope is decided from the thread's values: all of them are in the key
        # (by column name: a driver's row iterates over its values, a dict over its keys).
        values = tuple(thread[column] for column in thread.keys())  # noqa: SIM118
        key = (caller_key(context.require_principal()), values, bounds, numbered)
        kept = self.statements.get(key)
        if kept is None:
            window = read.message_window(context, SimpleNamespace(**thread), *bounds)
            sql = _messages_statement(window, numbered)
            self.statements.put(key, window, sql)
        else:
            window, sql = kept
        rows = list(await run_sql(sql)) if window.size else []
        cursor = f"lm_{window.column}"
        return self.edges.write(
            *paged(rows, window.size, window.travel, lambda row: encode_cursor([row[cursor]]))
        )


@dataclass(frozen=True)
class ThreadPlan:
    """The compiled ``thread(id:)`` root field for one role."""

    selected: Selected
    definition: GraphQLField
    joins: Joins
    write: Writer
    messages: tuple[str, MessagesPlan] | None
    order: tuple[str, ...]
    statements: StatementCache = field(default_factory=StatementCache)

    async def run(self, context: RequestContext, variables: Any) -> dict[str, Any] | None:
        """The thread if the caller reaches it, with its page of messages if selected."""
        args = get_argument_values(self.definition, self.selected.node, variables)
        pk = node_pk(args["id"], "Thread")
        if pk is None:
            return None
        principal = context.require_principal()
        numbered = numbered_placeholders()
        key = (caller_key(principal), pk, numbered)
        kept = self.statements.get(key)
        if kept is None:
            threads = scoped(m.Thread, principal).filter(id=pk).order_by("id").limit(1)
            statement = thread_statement(threads, principal, self.joins, numbered)
            self.statements.put(key, None, statement)
        else:
            _, statement = kept
        rows: list[Row] = list(await run_sql(statement))
        if not rows:
            return None
        fields = self.write(rows[0])
        if self.messages is not None:
            key, plan = self.messages
            fields[key] = await plan.run(context, rows[0], variables)
        return {key: fields[key] for key in self.order}


def compile_thread(
    selected: Selected, definition: GraphQLField, principal: Principal
) -> ThreadPlan:
    """The plan of ``thread(id:)`` as selected, for ``principal``'s role."""
    joins = Joins()
    messages = [child for child in selected.children if child.name == "messages"]
    if len(messages) > 1:
        raise Unsupported("messages selected twice")
    rest = tuple(child for child in selected.children if child.name != "messages")
    write = thread_writer(rest, principal, joins)
    plan = None
    if messages:
        chosen = messages[0]
        field = get_named_type(definition.type).fields["messages"]  # type: ignore[union-attr]
        nodes = node_selection(chosen)
        node = dict if nodes is None else message_writer(nodes, principal)
        # The policy of Thread.messages itself, decided once: null when withheld.
        shown = governed("Thread", "messages", principal.role, lambda row: True)
        plan = (chosen.key, MessagesPlan(chosen, field, connection_writer(chosen, node), shown))
    return ThreadPlan(
        selected,
        definition,
        joins,
        write,
        plan,
        tuple(child.key for child in selected.children),
    )

"""Plans per (document, operation, role), and running them in place of execution.

A plan is used only once normal execution has answered its document without an error
(so parsing, validation and the document limits passed); each request then checks what
depends on its variables (their coercion, unsafe strings, the query cost) and falls back
to normal execution for anything a plan does not cover or that goes wrong (a bad cursor
or page size is reported by normal execution, in its own words). A mutation is compiled
when it is ``sendMessage`` alone (``compiled.send``); once its use case ran, it is never
run a second time by a fall back.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    get_operation_ast,
    parse,
)
from graphql.execution.values import get_variable_values
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult

from compiled.inbox import compile_inbox
from compiled.lists import BOOKINGS, INVOICES, compile_list
from compiled.selection import Selected, Unsupported, leaf, selections
from compiled.send import Failed, compile_send
from compiled.thread import compile_thread
from models.policy import may_call
from resolvers import inbox as read
from resolvers.context import RequestContext
from resolvers.principal import Principal
from resolvers.scope_sql import UnsayableScope
from roost.settings import Settings
from schema.cost import cost_reads_variables, operation_cost
from schema.input_guard import unsafe_variable

log = logging.getLogger("roost.compiled")

#: List root fields the compiler covers.
LISTS = {"bookings": BOOKINGS, "invoices": INVOICES}

#: Plans kept (LRU, per process), as many as the document caches keep documents.
PLAN_CACHE_SIZE = 512

#: (document, operation name, role, whether the caller is an account).
PlanKey = tuple[str, str | None, str, bool]
#: A compiled root field: its value for a request, from the coerced variable values.
RootRunner = Callable[[RequestContext, Any], Awaitable[Any]]


@dataclass
class Plan:
    """A compiled operation: its root fields in order, and whether normal execution has
    answered its document without errors yet."""

    schema: GraphQLSchema
    document: Any
    operation: Any
    roots: list[tuple[str, RootRunner]]
    proven: bool = field(default=False)
    #: Whether a variable can change the query cost (else it is kept once known).
    cost_varies: bool = field(default=True)
    #: The query cost, kept once known when no variable can change it.
    fixed_cost: int | None = field(default=None)

    async def run(
        self, context: RequestContext, raw: dict[str, Any] | None, settings: Settings
    ) -> ExecutionResult:
        """The response of this request; raises :class:`Unsupported` to fall back."""
        given = raw if isinstance(raw, dict) else {}
        if unsafe_variable(given) is not None:
            raise Unsupported("unsafe variable")
        values = get_variable_values(self.schema, self.operation.variable_definitions or (), given)
        if isinstance(values, list):
            raise Unsupported("variables do not coerce")
        cost = self.fixed_cost
        if cost is None:
            name = self.operation.name.value if self.operation.name else None
            cost = operation_cost(self.schema, self.document, name, given, settings.max_page_size)
            if not self.cost_varies:
                self.fixed_cost = cost
        if cost is None or cost > settings.max_query_cost:
            raise Unsupported("cost")
        try:
            # ``unreadTotal`` last: an inbox page read before it brings the total along.
            done = {
                key: await run(context, values)
                for key, run in sorted(self.roots, key=lambda root: root[1] is _unread_total)
            }
            data = {key: done[key] for key, _ in self.roots}
        except Failed as failed:
            return ExecutionResult(data=None, errors=[failed.error])
        return ExecutionResult(data=data, errors=None)


async def _unread_total(context: RequestContext, _: Any) -> int:
    """The badge: as the inbox page read it in its statement, or read now."""
    known, context.known_unread_total = context.known_unread_total, None
    if known is not None:
        return known
    return await read.unread_total(context.require_principal())


def _root(
    schema: GraphQLSchema, selected: Selected, principal: Principal, badge: bool
) -> RootRunner:
    """The runner of a query's root field; ``badge``: ``unreadTotal`` is selected too."""
    if selected.name == "unreadTotal":
        leaf(selected)
        return _unread_total
    if selected.name == "inbox":
        definition = schema.query_type.fields["inbox"]  # type: ignore[union-attr]
        return compile_inbox(selected, definition, principal, unread_total=badge).run
    if selected.name in LISTS:
        definition = schema.query_type.fields[selected.name]  # type: ignore[union-attr]
        return compile_list(LISTS[selected.name], selected, definition, principal).run
    if selected.name == "thread":
        definition = schema.query_type.fields["thread"]  # type: ignore[union-attr]
        return compile_thread(selected, definition, principal).run
    raise Unsupported(f"Query.{selected.name}")


def _mutation(schema: GraphQLSchema, selected: Selected, principal: Principal) -> RootRunner:
    if selected.name != "sendMessage" or not may_call(principal.role, "sendMessage"):
        raise Unsupported(f"Mutation.{selected.name} for {principal.role}")
    definition = schema.mutation_type.fields["sendMessage"]  # type: ignore[union-attr]
    return compile_send(selected, definition, principal, schema._strawberry_schema).run  # type: ignore[attr-defined]


def _roots(
    schema: GraphQLSchema, operation: OperationDefinitionNode, principal: Principal
) -> list[tuple[str, RootRunner]]:
    """The compiled root fields of a query, or of a mutation of one field (mutations run
    one after the other: one root keeps that order trivially)."""
    fields = selections(operation.selection_set)
    if operation.operation is OperationType.QUERY:
        badge = any(selected.name == "unreadTotal" for selected in fields)
        return [(selected.key, _root(schema, selected, principal, badge)) for selected in fields]
    if operation.operation is OperationType.MUTATION and len(fields) == 1:
        return [(fields[0].key, _mutation(schema, fields[0], principal))]
    raise Unsupported(f"{operation.operation.value} of {len(fields)} fields")


def compile_operation(
    schema: GraphQLSchema, query: str, operation_name: str | None, principal: Principal
) -> Plan | None:
    """The plan of a query for ``principal``'s role, or ``None`` when it is not compiled."""
    try:
        document = parse(query)
    except GraphQLError:
        return None
    if any(isinstance(d, FragmentDefinitionNode) for d in document.definitions):
        return None
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.directives:
        return None
    try:
        roots = _roots(schema, operation, principal)
    except (Unsupported, UnsayableScope):
        return None
    except Exception:
        log.warning("could not compile an operation; it runs normally", exc_info=True)
        return None
    return Plan(schema, document, operation, roots, cost_varies=cost_reads_variables(document))


class CompiledReads:
    """The compiled path of one GraphQL endpoint (``ROOST_COMPILED_READS``)."""

    def __init__(
        self,
        schema: GraphQLSchema,
        settings: Settings,
        answered: Callable[[RequestContext, str | None], None] | None = None,
    ) -> None:
        self.schema = schema
        self.settings = settings
        #: Called with each compiled answer's context and operation name (metrics).
        self.answered = answered
        self._plans: OrderedDict[PlanKey, Plan | None] = OrderedDict()

    def _key(self, request: GraphQLRequestData, context: Any) -> PlanKey | None:
        principal = getattr(context, "principal", None)
        if not self.settings.compiled_reads or principal is None:
            return None
        if not isinstance(request.query, str):
            return None
        return (request.query, request.operation_name, principal.role, principal.user_id is None)

    async def execute(
        self, request: GraphQLRequestData, context: RequestContext, *, mutations: bool = False
    ) -> ExecutionResult | None:
        """The compiled answer to ``request``, or ``None``: execute it normally (always for
        a mutation unless ``mutations``: the HTTP method decides, as for execution)."""
        key = self._key(request, context)
        if key is None:
            return None
        if key not in self._plans:
            self._plans[key] = compile_operation(
                self.schema, key[0], key[1], context.require_principal()
            )
            if len(self._plans) > PLAN_CACHE_SIZE:
                self._plans.popitem(last=False)
            return None
        self._plans.move_to_end(key)
        plan = self._plans[key]
        if plan is None or not plan.proven:
            return None
        if plan.operation.operation is OperationType.MUTATION and not mutations:
            return None
        try:
            result = await plan.run(context, request.variables, self.settings)
        except Exception:
            log.debug("compiled read fell back to execution", exc_info=True)
            return None
        if self.answered is not None:
            name = plan.operation.name.value if plan.operation.name else None
            self.answered(context, name)
        return result

    def learn(self, request: GraphQLRequestData, context: Any, result: ExecutionResult) -> None:
        """Normal execution answered ``request`` with ``result``: its plan may now be used."""
        key = self._key(request, context)
        plan = self._plans.get(key) if key is not None else None
        if plan is not None and not result.errors and result.data is not None:
            plan.proven = True

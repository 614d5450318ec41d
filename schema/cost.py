"""The query cost limit: a document that may fetch too much is refused before execution.

The cost of an operation is the number of objects it may fetch, computed from the
document and its variables alone, with fragments expanded and every alias counted:

- an object field costs one per parent object it is resolved for (leaf fields are free);
- a page size (``first`` or ``last``, or the field's default when absent; the largest
  page when the field has none) multiplies what is selected in its ``edges`` and ``nodes``;
- a list of ids (``nodes(ids:)``) multiplies the field and what is selected in it.

More than ``ROOST_MAX_QUERY_COST`` is refused with ``QUERY_TOO_COSTLY``; the error's
``extensions`` carry the computed ``cost`` and the ``maxCost``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    ListValueNode,
    Node,
    ObjectValueNode,
    SchemaMetaFieldDef,
    SelectionSetNode,
    TypeMetaFieldDef,
    ValueNode,
    VariableNode,
    get_named_type,
    get_operation_ast,
    is_leaf_type,
    value_from_ast,
)
from graphql.execution.values import get_variable_values
from strawberry.extensions import SchemaExtension

from resolvers.errors import RoostError
from roost.settings import Settings

#: Arguments that set a page size, and the fields of a connection that it multiplies.
PAGE_ARGUMENTS = ("first", "last")
PAGED_FIELDS = frozenset({"edges", "nodes"})
#: The argument that names several objects at once.
IDS_ARGUMENT = "ids"
_COST_ARGUMENTS = (*PAGE_ARGUMENTS, IDS_ARGUMENT)

_META_FIELDS = {"__schema": SchemaMetaFieldDef, "__type": TypeMetaFieldDef}


class QueryTooCostly(RoostError):
    code = "QUERY_TOO_COSTLY"


@dataclass(frozen=True)
class _Document:
    """What the cost is computed from: the schema, the fragments, the variables."""

    schema: GraphQLSchema
    fragments: dict[str, FragmentDefinitionNode]
    variables: dict[str, Any]
    largest_page: int


def operation_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: dict[str, Any] | None,
    largest_page: int,
) -> int | None:
    """The cost of the operation to run; ``None`` when it cannot be run as sent."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return None
    given = variables if isinstance(variables, dict) else {}
    values = get_variable_values(schema, operation.variable_definitions or (), given)
    if isinstance(values, list):
        return None  # execution reports the variables' errors
    root = schema.get_root_type(operation.operation)
    if root is None:
        return None
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    doc = _Document(schema, fragments, values.coerced, largest_page)
    return _selections_cost(doc, operation.selection_set, root, 1, None)


def cost_reads_variables(document: DocumentNode) -> bool:
    """Whether the cost of ``document``'s operations may change with their variables: a
    page size or a list of ids is given by a variable somewhere in it."""
    return any(
        argument.name.value in _COST_ARGUMENTS and _mentions_variable(argument.value)
        for argument in _arguments(document)
    )


def _arguments(node: Node) -> Iterator[ArgumentNode]:
    """Every field argument in ``node``, at any depth."""
    if isinstance(node, FieldNode):
        yield from node.arguments or ()
    for key in node.keys:
        child = getattr(node, key, None)
        for item in child if isinstance(child, tuple | list) else (child,):
            if isinstance(item, Node) and not isinstance(item, ArgumentNode):
                yield from _arguments(item)


def _mentions_variable(value: ValueNode) -> bool:
    if isinstance(value, VariableNode):
        return True
    if isinstance(value, ListValueNode):
        return any(_mentions_variable(item) for item in value.values)
    if isinstance(value, ObjectValueNode):
        return any(_mentions_variable(field.value) for field in value.fields)
    return False


def _fields(
    doc: _Document, selection_set: SelectionSetNode, parent: GraphQLNamedType
) -> Iterator[tuple[FieldNode, GraphQLNamedType]]:
    """Every field selected, with the type it is selected on; fragments expanded."""
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection, parent
        elif isinstance(selection, InlineFragmentNode):
            condition = selection.type_condition
            on = doc.schema.get_type(condition.name.value) if condition else parent
            yield from _fields(doc, selection.selection_set, on or parent)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = doc.fragments.get(selection.name.value)
            if fragment is not None:
                on = doc.schema.get_type(fragment.type_condition.name.value)
                yield from _fields(doc, fragment.selection_set, on or parent)


def _definition(parent: GraphQLNamedType, name: str) -> GraphQLField | None:
    if name in _META_FIELDS:
        return _META_FIELDS[name]
    if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
        return parent.fields.get(name)
    return None


def _argument(doc: _Document, node: FieldNode, definition: GraphQLField, name: str) -> Any:
    """The value of argument ``name`` as execution will see it (its default when absent)."""
    argument = definition.args[name]
    given = next((a.value for a in node.arguments or () if a.name.value == name), None)
    if given is None:
        return argument.default_value
    return value_from_ast(given, argument.type, doc.variables)


def _page_size(doc: _Document, node: FieldNode, definition: GraphQLField) -> int | None:
    """The page size a paginated field may return; ``None`` for other fields."""
    names = [name for name in PAGE_ARGUMENTS if name in definition.args]
    if not names:
        return None
    sizes = [_argument(doc, node, definition, name) for name in names]
    given = [size for size in sizes if isinstance(size, int)]
    return max(given) if given else doc.largest_page


def _ids(doc: _Document, node: FieldNode, definition: GraphQLField) -> int:
    """How many objects an ``ids`` argument names (one without it)."""
    if IDS_ARGUMENT not in definition.args:
        return 1
    ids = _argument(doc, node, definition, IDS_ARGUMENT)
    return len(ids) if isinstance(ids, list) else 1


def _selections_cost(
    doc: _Document,
    selection_set: SelectionSetNode,
    parent: GraphQLNamedType,
    objects: int,
    page: int | None,
) -> int:
    """The cost of ``selection_set`` resolved on ``objects`` objects of ``parent``.

    ``page`` is the number of objects in the ``edges``/``nodes`` of a paginated parent.
    """
    cost = 0
    for node, on in _fields(doc, selection_set, parent):
        definition = _definition(on, node.name.value)
        field_type = get_named_type(definition.type) if definition else None
        if definition is None or field_type is None or is_leaf_type(field_type):
            continue
        count = page if page is not None and node.name.value in PAGED_FIELDS else objects
        count *= _ids(doc, node, definition)
        size = _page_size(doc, node, definition)
        cost += count
        if node.selection_set is not None:
            inner_page = count * size if size is not None else None
            cost += _selections_cost(doc, node.selection_set, field_type, count, inner_page)
    return cost


class QueryCostLimiter(SchemaExtension):
    """Refuses an operation whose cost exceeds ``settings.max_query_cost`` before it runs."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def on_execute(self) -> Iterator[None]:
        """Computes the cost first; a refusal takes the place of the execution's result."""
        context = self.execution_context
        if context.graphql_document is not None:
            cost = operation_cost(
                context.schema._schema,
                context.graphql_document,
                context.operation_name,
                context.variables,
                self.settings.max_page_size,
            )
            limit = self.settings.max_query_cost
            if cost is not None and cost > limit:
                error = QueryTooCostly(
                    f"This query may fetch {cost} objects; the limit is {limit}. Ask for "
                    "smaller pages or fewer nested lists.",
                    cost=cost,
                    maxCost=limit,
                )
                context.result = ExecutionResult(data=None, errors=[error])
        yield

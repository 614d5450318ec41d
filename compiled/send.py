"""The compiled ``sendMessage``: the use case itself (:func:`resolvers.threads.send_message`)
without strawberry's field-by-field execution of its payload.

The input is coerced by graphql-core and converted as strawberry converts it; the payload
is shaped with the policy decided once per role (the message as ``Thread.lastMessage`` is
shaped, the user errors as ``UserError``). A refusal with a code that is not a payload
error (rate limit) is raised before anything is written: normal execution answers it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from graphql import GraphQLError, GraphQLField
from graphql.execution.values import get_argument_values

import models as m
from compiled.inbox import MESSAGE_COLUMNS, message_writer
from compiled.inputs import InputConverter, leaf_input
from compiled.selection import Row, Selected, Unsupported, leaf
from resolvers import threads as use
from resolvers.context import RequestContext
from resolvers.errors import RoostError
from resolvers.principal import Principal
from roost.outage import database_unavailable
from schema.errors import internal_error, log_unexpected
from schema.payloads import UserError, outcome
from schema.threads import send_request

#: A payload field's value from the request's context, the message and the user errors.
PayloadWriter = Callable[[RequestContext, "m.Message | None", list[UserError]], Any]


class Failed(Exception):
    """The use case failed unexpectedly once it may have written: answered as normal
    execution answers an unexpected error, never run a second time."""

    def __init__(self, error: GraphQLError) -> None:
        super().__init__(error.message)
        self.error = error


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


#: Each column :func:`compiled.inbox.message_writer` reads, and the message's attribute.
_MESSAGE_ROW = tuple((f"lm_{c}", c) for c in MESSAGE_COLUMNS)


def _message_row(message: m.Message, principal: Principal) -> Row:
    """``message`` as the columns :func:`compiled.inbox.message_writer` reads; its author
    is the caller (a retried send returns the caller's own first message)."""
    row: dict[str, Any] = {key: _plain(getattr(message, c)) for key, c in _MESSAGE_ROW}
    user = principal.user
    row["au_name"] = user.name if user else None
    row["au_role"] = _plain(user.role) if user else None
    return row


def _message_field(selected: Selected, principal: Principal) -> PayloadWriter:
    """The writer of ``message``: null when the send was refused."""
    write = message_writer(selected, principal)

    def field(context: RequestContext, message: m.Message | None, _: list[UserError]) -> Any:
        if message is None:
            return None
        return write(_message_row(message, context.require_principal()))

    return field


def _errors_field(selected: Selected) -> PayloadWriter:
    """The writer of ``errors: [UserError!]!`` in the caller's language."""
    readers = {
        "code": lambda error, _: error.code,
        "field": lambda error, _: error.field,
        "message": UserError.in_language,
    }
    fields = []
    for child in selected.children:
        leaf(child)
        if child.name not in readers:
            raise Unsupported(f"UserError.{child.name}")
        fields.append((child.key, readers[child.name]))

    def field(context: RequestContext, _: m.Message | None, errors: list[UserError]) -> Any:
        return [{key: read(error, context.locale) for key, read in fields} for error in errors]

    return field


@dataclass(frozen=True)
class SendPlan:
    """``sendMessage`` as selected, for one role."""

    selected: Selected
    definition: GraphQLField
    #: ``input`` as strawberry converts it for the mutation's body.
    convert: InputConverter
    #: Each payload field's key and its value from (context, message, user errors).
    fields: tuple[tuple[str, PayloadWriter], ...]

    async def run(self, context: RequestContext, variables: Any) -> Any:
        """The payload of one send; the use case runs exactly once."""
        args = get_argument_values(self.definition, self.selected.node, variables)
        request = send_request(self.convert(args["input"]))
        try:
            message, errors = await outcome(use.send_message(context, request))
        except RoostError:
            raise  # the caller or the rate, refused before any write: normal execution says so
        except Exception as exc:
            raise Failed(self._unexpected(context, exc)) from exc
        return {key: write(context, message, errors) for key, write in self.fields}

    def _unexpected(self, context: RequestContext, exc: Exception) -> GraphQLError:
        """Logged and masked as :class:`schema.errors.LoggingSchema` and
        :class:`schema.errors.MaskUnexpectedErrors` treat one from normal execution."""
        request_id = getattr(context, "request_id", None) or "-"
        if not database_unavailable(exc):  # logged once by roost.outage
            log_unexpected(self.selected.key, request_id, exc)
        where = GraphQLError("", nodes=[self.selected.node], path=[self.selected.key])
        return internal_error(request_id, where)


def compile_send(
    selected: Selected, definition: GraphQLField, principal: Principal, strawberry_schema: Any
) -> SendPlan:
    """The plan of ``sendMessage`` for ``principal``'s role; :class:`Unsupported` for a
    payload field it does not shape."""
    fields: list[tuple[str, PayloadWriter]] = []
    for child in selected.children:
        if child.name == "message":
            fields.append((child.key, _message_field(child, principal)))
        elif child.name == "errors":
            fields.append((child.key, _errors_field(child)))
        else:
            raise Unsupported(f"MessagePayload.{child.name}")
    argument = definition.extensions["strawberry-definition"].arguments[0]
    registry = strawberry_schema.schema_converter.scalar_registry
    convert = leaf_input(argument.type, registry, strawberry_schema.config)
    return SendPlan(selected, definition, convert, tuple(fields))

"""Row scope: turns the policy's per-role scopes into query filters.

Every read path (lists, node lookups, lookups by reference, nested fields through
dataloaders) starts from :func:`scoped`, so a row outside the caller's scope behaves
exactly like a row that does not exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

import models as m
from models.policy import (
    AllOf,
    AllRows,
    AtLeast,
    Condition,
    Const,
    RowScope,
    Scope,
    type_policy,
)
from resolvers.principal import Principal

M = TypeVar("M", bound=Model)

#: The GraphQL type (policy entry) under which each model is exposed.
POLICY_TYPE: dict[type[Model], str] = {
    m.Booking: "Booking",
    m.Participant: "Participant",
    m.FieldValue: "BookingFieldValue",
    m.BookingFieldChange: "BookingFieldChange",
    m.Invoice: "Invoice",
    m.InvoiceLine: "InvoiceLine",
    m.Payment: "Payment",
    m.Service: "Service",
    m.BookingFieldDefinition: "BookingFieldDefinition",
    m.Organisation: "Organisation",
    m.User: "User",
    m.Team: "Team",
    m.Thread: "Thread",
    m.Message: "Message",
    m.Attachment: "Attachment",
    m.ServiceQuestion: "ServiceQuestion",
    m.OutboxItem: "OutboxItem",
    m.SelfServiceApp: "SelfServiceApp",
    m.AuditEntry: "AuditEntry",
    m.Webhook: "Webhook",
    m.Claim: "Claim",
    m.ClaimEvent: "ClaimEvent",
    m.CreditNote: "CreditNote",
    m.TravellerProfile: "TravellerProfile",
    m.LoyaltyMembership: "LoyaltyMembership",
    m.IdentityDocument: "IdentityDocument",
    m.Ticket: "Ticket",
    m.RoutingRule: "RoutingRule",
    m.CannedReply: "CannedReply",
    m.SupportTopic: "SupportTopic",
    m.SupportChat: "SupportChat",
    m.CrisisAlert: "CrisisAlert",
}


def _lookup(model: type[Model], path: str, value: object, suffix: str = "") -> Q:
    if "__" not in path:
        return Q(**{path + suffix: value})
    # A path through a relation becomes a sub-select, so joins never duplicate rows.
    return Q(id__in=Subquery(model.filter(**{path + suffix: value}).values("id")))


def _condition(model: type[Model], condition: Condition, principal: Principal) -> Q | None:
    """The filter for one policy condition; ``None`` when it cannot match this principal."""
    if isinstance(condition, Const):
        return _lookup(model, condition.path, condition.value)
    if isinstance(condition, AtLeast):
        return _lookup(model, condition.path, condition.value, "__gte")
    if isinstance(condition, Scope):
        value = getattr(principal, condition.principal)
        return None if value is None else _lookup(model, condition.path, value)
    parts = [_condition(model, part, principal) for part in condition.parts]
    if any(part is None for part in parts):
        return None
    return Q(*parts, join_type=Q.AND)


def _value(row: Model, path: str, related: Mapping[str, Model]) -> Any:
    """The value at ``path`` from ``row``, crossing a relation through ``related`` rows."""
    relation, _, column = path.rpartition("__")
    if not relation:
        return getattr(row, column)
    if relation not in related:
        raise ValueError(f"{path!r} crosses a relation: give the related row or ask the database")
    return getattr(related[relation], column)


def _holds(
    condition: Condition, row: Model, principal: Principal, related: Mapping[str, Model]
) -> bool:
    if isinstance(condition, AllOf):
        return all(_holds(part, row, principal, related) for part in condition.parts)
    value = _value(row, condition.path, related)
    if isinstance(condition, Const):
        return str(value) == condition.value
    if isinstance(condition, AtLeast):
        return value >= condition.value
    wanted = getattr(principal, condition.principal)
    return wanted is not None and value == wanted


def in_scope(row: Model, principal: Principal, related: Mapping[str, Model] | None = None) -> bool:
    """Whether ``principal`` reaches ``row``, decided in memory.

    The same decision as :func:`scoped`, for rows already read (a thread whose parties
    changed, a message pushed to subscribers). A scope through a relation reads the
    related row from ``related`` (``{"thread": thread}`` for a message); without it the
    check is refused rather than guessed.
    """
    return matches(type_policy(POLICY_TYPE[type(row)]).scope, row, principal, related)


def matches(
    scope: RowScope,
    row: Model,
    principal: Principal,
    related: Mapping[str, Model] | None = None,
) -> bool:
    """Whether ``row`` (read or about to be written) is among ``scope``'s rows for ``principal``.

    Decided in memory, like :func:`in_scope`.
    """
    rule = scope.get(principal.role)
    if isinstance(rule, AllRows):
        return True
    return any(_holds(condition, row, principal, related or {}) for condition in rule or ())


def scoped(model: type[M], principal: Principal) -> QuerySet[M]:
    """All rows of ``model`` that ``principal`` may reach."""
    return scoped_by(model, type_policy(POLICY_TYPE[model]).scope, principal)


def scoped_by(model: type[M], scope: RowScope, principal: Principal) -> QuerySet[M]:
    """All rows of ``model`` that ``scope`` gives ``principal`` (e.g. those it may change)."""
    rule = scope.get(principal.role)
    if isinstance(rule, AllRows):
        return model.all()
    conditions = [q for c in rule or () if (q := _condition(model, c, principal)) is not None]
    if not conditions:
        return model.filter(id__in=[])
    return model.filter(Q(*conditions, join_type=Q.OR))


def scoped_under(model: type[M], principal: Principal, relation: str, parent: Any) -> QuerySet[M]:
    """The rows of ``model`` under ``parent`` (``relation`` points to it) that ``principal``
    may reach: the rows of :func:`scoped` whose ``relation`` is ``parent``, with the
    conditions on ``parent`` decided in memory from its values (a row read in the same
    request), so the database filters ``parent``'s rows only instead of a sub-select over
    every row the caller reaches. A condition the parent's own values cannot decide stays
    a filter, as in :func:`scoped`."""
    rule = type_policy(POLICY_TYPE[model]).scope.get(principal.role)
    rows = model.filter(**{f"{relation}_id": parent.id})
    if isinstance(rule, AllRows):
        return rows
    conditions: list[Q] = []
    for condition in rule or ():
        decided = _under(model, condition, principal, relation, parent)
        if decided is True:
            return rows
        if decided is not False:
            conditions.append(decided)
    if not conditions:
        return rows.filter(id__in=[])
    return rows.filter(Q(*conditions, join_type=Q.OR))


def _under(
    model: type[Model], condition: Condition, principal: Principal, relation: str, parent: Any
) -> Q | bool:
    """One condition of a scope for rows under ``parent``: ``True``/``False`` when decided
    in memory, else the filter left for the database."""
    parts = condition.parts if isinstance(condition, AllOf) else (condition,)
    prefix = f"{relation}__"
    left: list[Q] = []
    for part in parts:
        on_parent = replace(part, path=part.path.removeprefix(prefix))
        if part.path.startswith(prefix) and "__" not in on_parent.path:
            if not _holds(on_parent, parent, principal, {}):
                return False
            continue
        query = _condition(model, part, principal)
        if query is None:
            return False
        left.append(query)
    return Q(*left, join_type=Q.AND) if left else True

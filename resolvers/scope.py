"""Row scope: turns the policy's per-role scopes into query filters.

Every read path (lists, node lookups, lookups by reference, nested fields through
dataloaders) starts from :func:`scoped`, so a row outside the caller's scope behaves
exactly like a row that does not exist.
"""

from __future__ import annotations

from typing import TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

import models as m
from models.policy import AllRows, Scope, type_policy
from resolvers.principal import Principal

M = TypeVar("M", bound=Model)

#: The GraphQL type (policy entry) under which each model is exposed.
POLICY_TYPE: dict[type[Model], str] = {
    m.Booking: "Booking",
    m.Participant: "Participant",
    m.FieldValue: "BookingFieldValue",
    m.Invoice: "Invoice",
    m.InvoiceLine: "InvoiceLine",
    m.Payment: "Payment",
    m.Service: "Service",
    m.BookingFieldDefinition: "BookingFieldDefinition",
    m.Organisation: "Organisation",
    m.User: "User",
    m.Team: "Team",
}


def _condition(model: type[Model], scope: Scope, principal: Principal) -> Q | None:
    value = getattr(principal, scope.principal)
    if value is None:
        return None
    if "__" not in scope.path:
        return Q(**{scope.path: value})
    # A path through a relation becomes a sub-select, so joins never duplicate rows.
    matching = model.filter(**{scope.path: value}).values("id")
    return Q(id__in=Subquery(matching))


def scoped(model: type[M], principal: Principal) -> QuerySet[M]:
    """All rows of ``model`` that ``principal`` may reach."""
    rule = type_policy(POLICY_TYPE[model]).scope.get(principal.role)
    if isinstance(rule, AllRows):
        return model.all()
    conditions = [c for s in rule or () if (c := _condition(model, s, principal)) is not None]
    if not conditions:
        return model.filter(id__in=[])
    return model.filter(Q(*conditions, join_type=Q.OR))

"""Who may call a mutation or a governed query at all, and write which fields, from the policy."""

from __future__ import annotations

from collections.abc import Iterable

from models.policy import can_write, may_call, may_query
from resolvers.errors import Forbidden, Refused, Rejected
from resolvers.principal import Principal
from roost.i18n import N_


def allowed(principal: Principal, mutation: str) -> None:
    """Refuse ``mutation`` for a role the policy does not allow."""
    if not may_call(principal.role, mutation):
        raise Refused("FORBIDDEN", N_("Your role may not use {name}."), name=mutation)


def allowed_query(principal: Principal, query: str) -> None:
    """Refuse the governed ``query`` (a GraphQL ``FORBIDDEN`` error) for a role not allowed."""
    if not may_query(principal.role, query):
        raise Forbidden(N_("Your role may not use {name}."), {"name": query})


def writable(principal: Principal, type_name: str, fields: Iterable[str]) -> None:
    """Refuse, one error per field, the ``fields`` of ``type_name`` the caller may not write."""
    denied = [name for name in fields if not can_write(principal.role, type_name, name)]
    if denied:
        raise Rejected(
            [
                Refused(
                    "FORBIDDEN",
                    N_("Your role may not set {type}.{name}."),
                    name,
                    type=type_name,
                    name=name,
                )
                for name in denied
            ]
        )

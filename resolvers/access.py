"""Who may call a mutation at all, from the policy."""

from __future__ import annotations

from models.policy import may_call
from resolvers.errors import Refused
from resolvers.principal import Principal


def allowed(principal: Principal, mutation: str) -> None:
    """Refuse ``mutation`` for a role the policy does not allow."""
    if not may_call(principal.role, mutation):
        raise Refused("FORBIDDEN", f"Your role may not use {mutation}.")

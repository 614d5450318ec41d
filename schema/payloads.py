"""Mutation payloads: expected failures come back as data (``errors: [UserError!]!``)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, TypeVar

import strawberry

from models.policy import describe_mutation
from resolvers.errors import Refused, Rejected

T = TypeVar("T")


@strawberry.type(description="Why a mutation changed nothing; `code` is stable.")
class UserError:
    code: str
    message: str
    field: str | None = None


async def outcome(call: Awaitable[T]) -> tuple[T | None, list[UserError]]:
    """The use case's result, or its refusal as a list of user errors."""
    try:
        return await call, []
    except Refused as refusal:
        return None, [_user_error(refusal)]
    except Rejected as rejected:
        return None, [_user_error(refusal) for refusal in rejected.errors]


def user_errors(refusals: list[Refused]) -> list[UserError]:
    """Refusals as user errors, in order."""
    return [_user_error(refusal) for refusal in refusals]


def _user_error(refusal: Refused) -> UserError:
    return UserError(code=refusal.code, message=refusal.message, field=refusal.field)


def mutation(name: str, description: str) -> Any:
    """A mutation field whose description names the roles the policy allows."""
    return strawberry.mutation(name=name, description=f"{description} {describe_mutation(name)}")

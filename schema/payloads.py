"""Mutation payloads: expected failures come back as data (``errors: [UserError!]!``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from models.policy import describe_mutation
from resolvers.errors import Refused, Rejected
from roost.i18n import translate

T = TypeVar("T")


@strawberry.type(description="Why a mutation changed nothing; `code` is stable.")
class UserError:
    code: str
    #: The English message id, translated when it is read.
    text: strawberry.Private[str]
    field: str | None = None
    params: strawberry.Private[dict[str, object]] = dataclasses.field(default_factory=dict)

    @strawberry.field(description="What went wrong, in the caller's language.")
    def message(self, info: Info) -> str:
        """The message in the caller's language (``RequestContext.locale``)."""
        return self.in_language(info.context.locale)

    def in_language(self, locale: str | None) -> str:
        """The message in ``locale`` (English when ``None``)."""
        return translate(self.text, locale, **self.params)


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
    return UserError(
        code=refusal.code, text=refusal.template, field=refusal.field, params=refusal.params
    )


def mutation(name: str, description: str) -> Any:
    """A mutation field whose description names the roles the policy allows."""
    return strawberry.mutation(name=name, description=f"{description} {describe_mutation(name)}")

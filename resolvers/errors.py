"""Errors with a stable ``extensions.code`` that clients can rely on.

Their messages are English message ids (marked with ``roost.i18n.N_``) with ``{name}``
placeholders filled from ``params``; the response translates them into the caller's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphql import GraphQLError


class RoostError(GraphQLError):
    """An expected failure shown to the client as is, with a stable code."""

    code = "BAD_REQUEST"

    def __init__(
        self, message: str, params: Mapping[str, object] | None = None, **extensions: Any
    ) -> None:
        super().__init__(
            message.format(**params) if params else message,
            extensions={"code": self.code, **extensions},
        )
        self.template = message
        self.params = dict(params or {})


class Unauthenticated(RoostError):
    code = "UNAUTHENTICATED"


class Forbidden(RoostError):
    code = "FORBIDDEN"


class BadUserInput(RoostError):
    code = "BAD_USER_INPUT"


class NotFound(RoostError):
    code = "NOT_FOUND"


class Rejected(Exception):
    """Several refusals at once (one per input field); nothing was changed."""

    def __init__(self, errors: list[Refused]) -> None:
        super().__init__("; ".join(error.message for error in errors))
        self.errors = errors


class Refused(Exception):
    """An expected refusal of a mutation; it becomes a ``UserError`` in the payload.

    Nothing was changed when it is raised.
    """

    def __init__(self, code: str, message: str, field: str | None = None, **params: object) -> None:
        self.message = message.format(**params) if params else message
        super().__init__(self.message)
        self.code = code
        self.template = message
        self.params = params
        self.field = field

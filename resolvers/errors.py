"""Errors with a stable ``extensions.code`` that clients can rely on."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError


class RoostError(GraphQLError):
    """An expected failure shown to the client as is, with a stable code."""

    code = "BAD_REQUEST"

    def __init__(self, message: str, **extensions: Any) -> None:
        super().__init__(message, extensions={"code": self.code, **extensions})


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

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field

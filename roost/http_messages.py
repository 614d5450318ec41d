"""Refusals made before a GraphQL document runs, in the caller's language.

What the HTTP layer refuses (a method, a media type, a body that is too large or not JSON,
an address that serves nothing) and a document that does not parse are answered like the
GraphQL errors: the message in the caller's language (the user's, else the one
``Accept-Language`` prefers, English by default; ``roost.i18n``), the code unchanged.
Our own refusals carry a message id (:class:`HTTPMessage`); the English reasons of
strawberry and aiohttp are mapped to marked messages here, by text or by status.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cross_web import HTTPException

from roost.i18n import N_, negotiate_language, translate


@dataclass(frozen=True)
class HTTPMessage:
    """A refusal's message id and its ``{name}`` parameters, translated when answered."""

    template: str
    params: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        """The message in the source language."""
        return self.template.format(**self.params) if self.params else self.template

    def text(self, language: object) -> str:
        """The message in ``language``."""
        return translate(self.template, language, **self.params)


class Refusal(HTTPException):
    """An HTTP refusal with a stable ``extensions.code``, a message translated when it is
    answered (``roost.http_messages``) and headers of its own."""

    def __init__(
        self,
        status: int,
        message: HTTPMessage,
        code: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status, message.english())
        self.message = message
        self.code = code
        self.headers = dict(headers or {})


#: strawberry's reasons (``HTTPException``), by their English text.
_LIBRARY_REASONS = {
    "Unable to parse request body as JSON": N_("The request body is not valid JSON."),
    "No GraphQL query found in the request": N_("No GraphQL query found in the request."),
    "Unsupported content type": N_(
        "Unsupported content type: send application/json or multipart/form-data."
    ),
    "Unable to parse the multipart body": N_("The multipart body cannot be read."),
    "File(s) missing in form data": N_("File(s) missing in the form data."),
    "Batching is not enabled": N_("Send one operation per request."),
    "Too many operations": N_("Too many operations in one request."),
    "GraphQL only supports GET and POST requests.": N_("GraphQL is served over {methods} only."),
    "Not Found": N_("Nothing is served at this address."),
}

#: aiohttp's refusals, by status.
_STATUS_MESSAGES = {
    404: N_("Nothing is served at this address."),
    405: N_("This address does not answer {method}; it answers {allowed}."),
    413: N_("The request body is too large: at most {most} bytes."),
}

SYNTAX_ERROR = N_("Syntax error in the GraphQL document: {detail}")


def library_reason(reason: str) -> HTTPMessage | None:
    """The marked message for one of strawberry's English reasons, if it is one we know."""
    template = _LIBRARY_REASONS.get(reason.strip())
    if template is None:
        return None
    return HTTPMessage(template, {"methods": "GET, POST"} if "{methods}" in template else {})


def status_message(status: int, **params: object) -> HTTPMessage | None:
    """The marked message for an aiohttp refusal with ``status``, if we have one."""
    template = _STATUS_MESSAGES.get(status)
    return HTTPMessage(template, params) if template else None


def caller_language(user_locale: object | None, accept_language: str | None) -> str:
    """The user's language if the caller is a user, else ``Accept-Language``'s."""
    if user_locale is not None:
        return str(getattr(user_locale, "value", user_locale))
    return negotiate_language(accept_language)

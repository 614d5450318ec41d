"""Checking administration input: every bad field gets its own error, nothing is saved.

A :class:`Form` reads the fields a client gave (by GraphQL name), turns each into the
column value to write, and collects one :class:`~resolvers.errors.Refused` per bad field;
:meth:`Form.check` raises them all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import available_timezones

from models import BookingFieldDefinition, FieldType, Locale
from resolvers.errors import Refused, Rejected
from resolvers.validation import validate_value
from roost.i18n import N_

#: Longest name of an organisation, account, team or service.
MAX_NAME = 200
#: The locales texts are written in.
LOCALES = tuple(locale.value for locale in Locale)
#: Longest free text (a service's description, offer comments).
MAX_TEXT = 5000


class Form:
    """Column values checked from the given ``values`` of an input."""

    def __init__(self, values: dict[str, Any], locale: str = "en") -> None:
        self.values = values
        self.locale = locale
        self.columns: dict[str, Any] = {}
        self.errors: list[Refused] = []

    def __contains__(self, name: str) -> bool:
        return name in self.values

    def fail(self, code: str, message: str, field: str, **params: object) -> None:
        """Record one refusal (``message`` a message id with ``{name}`` placeholders)."""
        self.errors.append(Refused(code, message, field, **params))

    def required(self, *names: str) -> None:
        """Refuse each of ``names`` that was not given or given as null."""
        for name in names:
            if self.values.get(name) is None:
                self.fail("REQUIRED", N_("`{name}` is required."), name, name=name)

    def value(self, name: str, column: str, *, nullable: bool = False) -> None:
        """Copy ``name`` as given (enums, flags, numbers); null only if ``nullable``."""
        if name not in self.values:
            return
        if self.values[name] is None and not nullable:
            self.fail("REQUIRED", N_("`{name}` cannot be null."), name, name=name)
            return
        self.columns[column] = self.values[name]

    def text(
        self, name: str, column: str, limit: int = MAX_NAME, *, nullable: bool = False
    ) -> None:
        """Trimmed text of at most ``limit`` characters; blank only if ``nullable`` (null)."""
        if name not in self.values:
            return
        raw = self.values[name]
        text = raw.strip() if isinstance(raw, str) else ""
        if not text:
            if nullable:
                self.columns[column] = None
            else:
                self.fail("REQUIRED", N_("`{name}` cannot be blank."), name, name=name)
        elif len(text) > limit:
            self.fail(
                "TOO_LONG",
                N_("`{name}` has at most {most} characters."),
                name,
                name=name,
                most=limit,
            )
        else:
            self.columns[column] = text

    def time_zone(self, name: str, column: str) -> None:
        """An IANA time zone name, e.g. ``Europe/Paris``."""
        if name not in self.values:
            return
        zone = self.values[name]
        if zone not in _zones():
            self.fail("INVALID_TIME_ZONE", N_("Use an IANA time zone, e.g. Europe/Paris."), name)
        else:
            self.columns[column] = zone

    def typed(self, name: str, column: str, kind: FieldType, *, nullable: bool = False) -> None:
        """A value checked like a booking field of type ``kind`` (e-mail, phone, …)."""
        if name not in self.values:
            return
        raw = self.values[name]
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self.text(name, column, nullable=nullable)
            return
        checker = BookingFieldDefinition(key=name, type=kind, labels={})
        normalised, error = validate_value(checker, raw, self.locale)
        if normalised is None or error:
            if error:
                self.fail("INVALID_VALUE", error, name)
            else:
                self.fail("INVALID_VALUE", N_("`{name}` is not valid."), name, name=name)
        else:
            self.columns[column] = normalised

    def texts(self, name: str, column: str, limit: int = MAX_NAME) -> None:
        """Texts per locale, ``{"en": "…", "fr": "…"}``; English is required."""
        if name not in self.values:
            return
        given = self.values[name]
        if not isinstance(given, dict) or not all(isinstance(t, str) for t in given.values()):
            self.fail(
                "INVALID_VALUE",
                N_('`{name}` must be an object like {{"en": "…"}}.'),
                name,
                name=name,
            )
            return
        texts = {locale: text.strip() for locale, text in given.items() if text.strip()}
        if set(texts) - set(LOCALES):
            self.fail(
                "UNKNOWN_LOCALE", N_("Use {locales} as keys."), name, locales=", ".join(LOCALES)
            )
        elif "en" not in texts:
            self.fail("REQUIRED", N_("The English text is required."), name)
        elif any(len(text) > limit for text in texts.values()):
            self.fail("TOO_LONG", N_("Each text has at most {most} characters."), name, most=limit)
        else:
            self.columns[column] = texts

    def each(self, name: str, check: Callable[[Any, str], str | None]) -> None:
        """Run ``check(item, field)`` on every item of the list ``name``; it returns an error."""
        for index, item in enumerate(self.values.get(name) or []):
            where = f"{name}[{index}]"
            if (message := check(item, where)) is not None:
                self.fail("INVALID_VALUE", message, where)

    def check(self) -> None:
        """Raise every recorded refusal at once; nothing is saved then."""
        if self.errors:
            raise Rejected(self.errors)


_ZONES: set[str] = set()


def _zones() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES

"""Validation of booking field values, by field type, with messages in the user's language.

Every write of a booking field value goes through :func:`validate_value` (answers to
automated questions, self-service edits, provider and agent edits), so a value is stored
only in its normalised form and a refusal reads the same whichever door it came through.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from models import BookingFieldDefinition, FieldType
from roost.i18n import N_, translate

log = logging.getLogger("roost.validation")

#: Longest value of any type (TEXT fields without a ``max_length`` included).
MAX_VALUE_LENGTH = 10_000
#: Longest person name when the definition sets no ``max_length`` (``Participant.name``).
MAX_NAME_LENGTH = 200
PLATE_ALPHANUMERICS = (2, 12)
PHONE_DIGITS = (6, 15)
MAX_EMAIL_LENGTH = 254
MAX_NUMBER_LENGTH = 40

#: Message ids per key; the catalogues hold their translations.
MESSAGES: dict[str, str] = {
    "required": N_("This field is required."),
    "too_long": N_("At most {most} characters."),
    "characters": N_("Contains characters that are not allowed."),
    "person_name": N_("Use letters, spaces, hyphens and apostrophes only."),
    "licence_plate": N_(
        "Enter a licence plate: 2 to 12 letters or digits, with spaces or hyphens."
    ),
    "phone": N_("Enter a phone number with 6 to 15 digits, e.g. +33 6 12 34 56 78."),
    "email": N_("Enter a valid e-mail address, e.g. name@example.com."),
    "date": N_("Enter a date as YYYY-MM-DD, e.g. 2026-05-31."),
    "number": N_("Enter a number, e.g. 12 or 12.5."),
    "choice": N_("Choose one of: {choices}."),
    "pattern": N_("The value does not have the expected format."),
}

#: (normalised value, error message): exactly one of them is ``None``.
Result = tuple[str | None, str | None]


def message(key: str, locale: str, **params: object) -> str:
    """The message ``key`` in ``locale`` (English when it has no such language)."""
    return translate(MESSAGES[key], locale, **params)


def _collapse(text: str) -> str:
    """Runs of white space as one space."""
    return " ".join(text.split())


def _has_controls(text: str, allowed: str = "") -> bool:
    if text.isprintable():  # the usual case, checked in C: no Cc or Cf character at all
        return False
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in allowed for c in text)


def _text(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _has_controls(text, allowed="\n\t"):
        return None, message("characters", locale)
    return text, None


_NAME_PUNCTUATION = frozenset(" -'\N{RIGHT SINGLE QUOTATION MARK}")


def _person_name(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    name = _collapse(text)
    letters = [c for c in name if c not in _NAME_PUNCTUATION]
    # Letters, plus the combining marks of letters NFC cannot compose.
    if not letters or not all(unicodedata.category(c)[0] in "LM" for c in letters):
        return None, message("person_name", locale)
    if not unicodedata.category(name[0]).startswith("L"):
        return None, message("person_name", locale)
    longest = definition.max_length or MAX_NAME_LENGTH
    if len(name) > longest:
        return None, message("too_long", locale, most=longest)
    return name, None


def _licence_plate(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    plate = _collapse(text).upper()
    alphanumerics = [c for c in plate if c not in " -"]
    low, high = PLATE_ALPHANUMERICS
    if not all(c.isalpha() or c in "0123456789" for c in alphanumerics):
        return None, message("licence_plate", locale)
    if not low <= len(alphanumerics) <= high:
        return None, message("licence_plate", locale)
    return plate, None


_PHONE = re.compile(r"\+?[0-9 ().\-/]+")


def _phone(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    phone = _collapse(text)
    digits = sum(c in "0123456789" for c in phone)
    low, high = PHONE_DIGITS
    if not _PHONE.fullmatch(phone) or not low <= digits <= high:
        return None, message("phone", locale)
    return phone, None


_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)


def _email(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    match = _EMAIL.fullmatch(text)
    if match is None or len(text) > MAX_EMAIL_LENGTH or len(match["local"]) > 64:
        return None, message("email", locale)
    return f"{match['local']}@{match['domain'].lower()}", None


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    if not _DATE.fullmatch(text):
        return None, message("date", locale)
    try:
        return date.fromisoformat(text).isoformat(), None
    except ValueError:  # 2026-02-30
        return None, message("date", locale)


_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def _number(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    if len(text) > MAX_NUMBER_LENGTH or not _NUMBER.fullmatch(text):
        return None, message("number", locale)
    try:
        return str(Decimal(text.replace(",", "."))), None
    except InvalidOperation:
        return None, message("number", locale)


def _choice(definition: BookingFieldDefinition, text: str, locale: str) -> Result:
    choices = [str(c) for c in definition.choices]
    if text in choices:
        return text, None
    folded = {c.casefold(): c for c in choices}
    if text.casefold() in folded:
        return folded[text.casefold()], None
    return None, message("choice", locale, choices=", ".join(choices))


_CHECKS: dict[FieldType, Callable[[BookingFieldDefinition, str, str], Result]] = {
    FieldType.TEXT: _text,
    FieldType.PERSON_NAME: _person_name,
    FieldType.LICENCE_PLATE: _licence_plate,
    FieldType.PHONE: _phone,
    FieldType.EMAIL: _email,
    FieldType.DATE: _date,
    FieldType.NUMBER: _number,
    FieldType.CHOICE: _choice,
}


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        log.warning("booking field pattern does not compile: %r", pattern)
        return None


def _matches(pattern: str, value: str) -> bool:
    """Whether ``value`` matches the definition's pattern; a broken pattern matches nothing."""
    compiled = _compiled(pattern)
    return compiled is not None and compiled.fullmatch(value) is not None


def validate_value(definition: BookingFieldDefinition, value: str | None, locale: str) -> Result:
    """Check ``value`` against ``definition``: its type, ``required``, ``max_length``, ``pattern``.

    Returns ``(normalised value, None)`` when it is valid (``""`` for an empty optional
    value) or ``(None, message)`` with the message in ``locale`` (en, fr or de). Values are
    NFC-normalised and trimmed; names, plates and phone numbers get single spaces, plates
    upper case, e-mail domains lower case, numbers a decimal point, choices their canonical
    spelling.
    """
    text = unicodedata.normalize("NFC", value or "").strip()
    if not text:
        return (None, message("required", locale)) if definition.required else ("", None)
    if len(text) > MAX_VALUE_LENGTH:
        return None, message("too_long", locale, most=definition.max_length or MAX_VALUE_LENGTH)
    if definition.type != FieldType.TEXT and _has_controls(text):
        return None, message("characters", locale)
    normalised, error = _CHECKS[FieldType(definition.type)](definition, text, locale)
    if normalised is None:
        return None, error
    if definition.max_length is not None and len(normalised) > definition.max_length:
        return None, message("too_long", locale, most=definition.max_length)
    if definition.pattern and not _matches(definition.pattern, normalised):
        return None, message("pattern", locale)
    return normalised, None

"""Booking field validation: every type, ``required``, ``max_length``, ``pattern``, locales.

Pure functions on unsaved definitions: no database, no server.
"""

from __future__ import annotations

from typing import Any

import pytest

import models as m
from resolvers.validation import MESSAGES, message, validate_value

LOCALES = ("en", "fr", "de")


def definition(field_type: m.FieldType, **options: Any) -> m.BookingFieldDefinition:
    """An unsaved definition of ``field_type`` (optional, no limits unless given)."""
    values: dict[str, Any] = {
        "key": "field",
        "type": field_type,
        "required": False,
        "max_length": None,
        "pattern": None,
        "choices": [],
        **options,
    }
    return m.BookingFieldDefinition(**values)


T = m.FieldType

VALID = [
    pytest.param(T.TEXT, "  Arriving by train.  ", "Arriving by train.", id="text-trimmed"),
    pytest.param(T.TEXT, "Line one\r\nline two", "Line one\nline two", id="text-newlines"),
    pytest.param(T.PERSON_NAME, "  Jean-Luc   O'Neil ", "Jean-Luc O'Neil", id="name-spaces"),
    pytest.param(
        T.PERSON_NAME, "Zoë Müller-Lüdenscheidt", "Zoë Müller-Lüdenscheidt", id="name-umlauts"
    ),
    pytest.param(T.PERSON_NAME, "Zoe\u0308", "Zoë", id="name-nfc"),
    pytest.param(
        T.PERSON_NAME, "D\u2019Artagnan", "D\u2019Artagnan", id="name-typographic-apostrophe"
    ),
    pytest.param(T.LICENCE_PLATE, "ab-123-cd", "AB-123-CD", id="plate-upper"),
    pytest.param(T.LICENCE_PLATE, " m-xy   4521 ", "M-XY 4521", id="plate-spaces"),
    pytest.param(T.LICENCE_PLATE, "B1", "B1", id="plate-two"),
    pytest.param(T.LICENCE_PLATE, "ABCDEF-123456", "ABCDEF-123456", id="plate-twelve"),
    pytest.param(T.PHONE, "+33 6 12 34 56 78", "+33 6 12 34 56 78", id="phone-e164"),
    pytest.param(T.PHONE, "0049  170 1234567", "0049 170 1234567", id="phone-national"),
    pytest.param(T.PHONE, "123456", "123456", id="phone-six-digits"),
    pytest.param(T.PHONE, "+123456789012345", "+123456789012345", id="phone-fifteen-digits"),
    pytest.param(T.EMAIL, " Claire.Martin@Example.COM ", "Claire.Martin@example.com", id="email"),
    pytest.param(T.EMAIL, "a+tag@sub.example.fr", "a+tag@sub.example.fr", id="email-tag"),
    pytest.param(T.DATE, "2026-02-28", "2026-02-28", id="date"),
    pytest.param(T.DATE, "2028-02-29", "2028-02-29", id="date-leap"),
    pytest.param(T.NUMBER, "12", "12", id="number-int"),
    pytest.param(T.NUMBER, "-12.50", "-12.50", id="number-decimal"),
    pytest.param(T.NUMBER, "12,5", "12.5", id="number-comma"),
    pytest.param(T.NUMBER, "+3", "3", id="number-plus"),
]


@pytest.mark.parametrize(("field_type", "raw", "normalised"), VALID)
def test_a_valid_value_is_accepted_in_its_normalised_form(
    field_type: m.FieldType, raw: str, normalised: str
) -> None:
    # given a definition of the type
    field = definition(field_type)
    # when a valid value is checked
    result = validate_value(field, raw, "en")
    # then it comes back normalised, without error
    assert result == (normalised, None)


INVALID = [
    pytest.param(T.TEXT, "bell\x07", "characters", id="text-control"),
    pytest.param(T.PERSON_NAME, "R2D2", "person_name", id="name-digits"),
    pytest.param(T.PERSON_NAME, "Jean (JL)", "person_name", id="name-brackets"),
    pytest.param(T.PERSON_NAME, "- '", "person_name", id="name-no-letter"),
    pytest.param(T.PERSON_NAME, "-Jean", "person_name", id="name-leading-hyphen"),
    pytest.param(T.PERSON_NAME, "Jean\nLuc", "characters", id="name-newline"),
    pytest.param(T.PERSON_NAME, "A" * 201, "too_long", id="name-too-long"),
    pytest.param(T.LICENCE_PLATE, "A", "licence_plate", id="plate-one"),
    pytest.param(T.LICENCE_PLATE, "ABCDEFG-1234567", "licence_plate", id="plate-thirteen"),
    pytest.param(T.LICENCE_PLATE, "AB.123", "licence_plate", id="plate-dot"),
    pytest.param(T.LICENCE_PLATE, "--", "licence_plate", id="plate-only-hyphens"),
    pytest.param(T.PHONE, "12345", "phone", id="phone-five-digits"),
    pytest.param(T.PHONE, "+1234567890123456", "phone", id="phone-sixteen-digits"),
    pytest.param(T.PHONE, "06 12 AB 56", "phone", id="phone-letters"),
    pytest.param(T.PHONE, "33+ 612345678", "phone", id="phone-inner-plus"),
    pytest.param(T.EMAIL, "claire.example.com", "email", id="email-no-at"),
    pytest.param(T.EMAIL, "claire@example", "email", id="email-no-tld"),
    pytest.param(T.EMAIL, "claire..martin@example.com", "email", id="email-double-dot"),
    pytest.param(T.EMAIL, "claire martin@example.com", "email", id="email-space"),
    pytest.param(T.EMAIL, "a@-example.com", "email", id="email-hyphen-label"),
    pytest.param(T.DATE, "2026-02-30", "date", id="date-not-real"),
    pytest.param(T.DATE, "31.05.2026", "date", id="date-german"),
    pytest.param(T.DATE, "20260531", "date", id="date-basic-iso"),
    pytest.param(T.DATE, "2026-5-31", "date", id="date-short"),
    pytest.param(T.NUMBER, "12abc", "number", id="number-letters"),
    pytest.param(T.NUMBER, "1e5", "number", id="number-exponent"),
    pytest.param(T.NUMBER, "NaN", "number", id="number-nan"),
    pytest.param(T.NUMBER, "1.2.3", "number", id="number-two-points"),
]


@pytest.mark.parametrize(("field_type", "raw", "key"), INVALID)
@pytest.mark.parametrize("locale", LOCALES)
def test_an_invalid_value_is_refused_with_a_message_in_the_users_language(
    field_type: m.FieldType, raw: str, key: str, locale: str
) -> None:
    # given a definition of the type
    field = definition(field_type)
    # when an invalid value is checked in a locale
    normalised, error = validate_value(field, raw, locale)
    # then there is no value and the message of that rule in that language
    assert normalised is None
    assert error == message(key, locale, most=200)


@pytest.mark.parametrize("field_type", list(m.FieldType))
@pytest.mark.parametrize("raw", ["", "   ", None])
def test_an_empty_value_is_refused_when_required_and_empty_otherwise(
    field_type: m.FieldType, raw: str | None
) -> None:
    # given a required and an optional definition of the type
    required = definition(field_type, required=True, choices=["a"])
    optional = definition(field_type, choices=["a"])
    # when an empty value is checked against each
    # then the required one asks for a value in the user's language, the optional one stores ""
    assert validate_value(required, raw, "de") == (None, "Dieses Feld ist ein Pflichtfeld.")
    assert validate_value(optional, raw, "de") == ("", None)


def test_a_choice_must_be_one_of_the_choices_and_takes_its_canonical_spelling() -> None:
    # given a choice field
    field = definition(T.CHOICE, choices=["projector", "flipchart", "none"])
    # when values are checked
    # then a listed one (in any case) is accepted as listed; another names the choices
    assert validate_value(field, "flipchart", "en") == ("flipchart", None)
    assert validate_value(field, " Projector ", "en") == ("projector", None)
    assert validate_value(field, "whiteboard", "fr") == (
        None,
        "Choisissez parmi : projector, flipchart, none.",
    )


@pytest.mark.parametrize(
    ("field_type", "raw"),
    [(T.TEXT, "abcdef"), (T.PERSON_NAME, "Abcdef"), (T.LICENCE_PLATE, "AB-1234")],
)
def test_max_length_applies_to_the_normalised_value(field_type: m.FieldType, raw: str) -> None:
    # given a definition of at most 6 characters
    field = definition(field_type, max_length=6)
    # when a value of 6 and one of 7 characters (after normalising) are checked
    exactly = validate_value(field, raw[:6], "en")
    longer = validate_value(field, f"  {raw}x ", "fr")
    # then the first passes and the second is refused with the limit, in French
    assert exactly[1] is None
    assert longer == (None, "6 caractères au maximum.")


def test_a_pattern_must_match_the_whole_normalised_value() -> None:
    # given a licence plate field with a French SIV pattern
    field = definition(T.LICENCE_PLATE, pattern=r"[A-Z]{2}-[0-9]{3}-[A-Z]{2}")
    # when a matching plate in lower case, a valid plate of another format, and a plate
    # that matches only in part are checked
    # then only the first is accepted
    assert validate_value(field, "fr-904-zk", "en") == ("FR-904-ZK", None)
    assert validate_value(field, "M-XY 4521", "de") == (None, message("pattern", "de"))
    assert validate_value(field, "FR-904-ZKX", "en") == (None, message("pattern", "en"))


def test_a_broken_pattern_accepts_nothing() -> None:
    # given a definition whose pattern does not compile
    field = definition(T.TEXT, pattern="([a-z")
    # when any value is checked
    # then it is refused (rather than stored unchecked)
    assert validate_value(field, "abc", "en") == (None, message("pattern", "en"))


def test_every_message_exists_in_english_french_and_german_and_is_translated() -> None:
    # given the message table
    # when looking at each message's languages
    # then the three texts differ
    for key in MESSAGES:
        assert len({message(key, locale, most=9, choices="a") for locale in LOCALES}) == 3, key


def test_an_unknown_locale_falls_back_to_english() -> None:
    # given a required field
    field = definition(T.TEXT, required=True)
    # when an empty value is checked for a language without messages
    # then the message is English
    assert validate_value(field, "", "it") == (None, "This field is required.")

"""E-mail wording in the gettext catalogues: every sentence of the e-mail templates is
translated into French and German, and no e-mail reaches a French or German recipient with
an English sentence left in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from roost.emails import render_email
from roost.i18n import DOMAIN, LOCALE_DIR

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ("fr", "de")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
DEC_1 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

SAMPLE: dict[str, Any] = {
    "recipient_name": "Claire",
    "link": "https://portal.example/customer/bookings/Qm9va2luZzox",
    "booking_reference": "BK-2026-000012",
    "service_name": "Seminar room",
    "provider_name": "Alpen Touren GmbH",
    "provider_subject": None,
    "provider_text": None,
    "self_service": False,
    "starts_at": DEC_1,
    "editable_until": DEC_1,
    "editable_fields": ["Participant name"],
    "days_left": 3,
    "hours_left": 72,
    "claim_number": "CL-2026-0001",
    "status": "SUBMITTED",
    "amount": Decimal("120.50"),
    "currency": "EUR",
    "credit_note_number": None,
    "alert_title": "Storm warning",
    "alert_body": "Stay indoors.",
    "published_at": DEC_1,
    "severity": "CRITICAL",
    "deadline": DEC_1,
    "document_kind": "PASSPORT",
    "issuing_country": "GB",
    "expires_on": date(2026, 12, 21),
    "invoice_number": "INV-2026-0007",
    "due_date": date(2026, 11, 20),
    "thread_subject": "Room layout",
    "urgency": "INFO",
    "respond_by": None,
    "unread_count": 2,
    "due_at": DEC_1,
}

SELF_SERVICE = [
    {"self_service": True, "days_left": 3},
    {"self_service": True, "days_left": 1},
    {"self_service": True, "days_left": 0, "hours_left": 5},
    {"self_service": True, "days_left": 0, "hours_left": 1},
]
STATUSES = [
    "SUBMITTED",
    "CONTESTED",
    "SUPPLIER_REVIEW",
    "SUPPLIER_APPROVED",
    "SUPPLIER_REFUSED",
    "OUTCOME_PROPOSED",
    "ACCEPTED",
    "REFUNDED",
    "CLOSED",
]
#: Each e-mail with the variants that reach every branch of its wording.
VARIANTS: dict[str, list[dict[str, Any]]] = {
    "booking_confirmed": [{}, *SELF_SERVICE],
    "claim_update": [
        *({"status": status} for status in STATUSES),
        {"status": "REFUNDED", "credit_note_number": "CN-2026-0003"},
    ],
    "crisis_alert": [{"severity": severity} for severity in ("CRITICAL", "WARNING", "INFO")],
    "deadline_warning": [{"days_left": days} for days in (7, 1, 0)],
    "document_expiry": [
        {"document_kind": kind} for kind in ("PASSPORT", "IDENTITY_CARD", "VISA", "DRIVING_LICENCE")
    ],
    "invoice_overdue": [{}],
    "new_message": [
        {"urgency": "URGENT", "unread_count": 1},
        {"urgency": "ACTION_REQUIRED", "respond_by": DEC_1},
        {"urgency": "ACTION_REQUIRED", "booking_reference": None},
        {"urgency": "INFO", "booking_reference": None, "invoice_number": None},
    ],
    "selfservice_email": [{"provider_subject": "Your stay", "provider_text": "See you soon."}]
    + [{"provider_subject": "Your stay", **variant} for variant in SELF_SERVICE],
    "selfservice_reminder": SELF_SERVICE,
    "sla_breached": [{"urgency": "URGENT"}],
    "ticket_issued": [{}],
}


@cache
def template_messages() -> frozenset[Any]:
    """The messages ``make messages`` extracts from the e-mail templates (a plural message
    is a (singular, plural) pair)."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    templates = [(pattern, method) for pattern, method in method_map if method == "jinja2"]
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2)}
    found = extract_from_dir(ROOT, templates, options_map, keywords=keywords, comment_tags=())
    return frozenset(message for _file, _line, message, _comments, _context in found)


def catalogue(language: str) -> dict[Any, Any]:
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        return {entry.id: entry for entry in read_po(source) if entry.id}


def english_phrases(message: Any) -> Iterator[str]:
    """The runs of English words between a message's placeholders (two words or more)."""
    for text in message if isinstance(message, tuple) else (message,):
        for piece in PLACEHOLDER.split(text)[::2]:
            piece = piece.strip(" .,:;()“”")
            if len(re.findall(r"[A-Za-z]+", piece)) >= 2:
                yield piece


def rendered(template: str, locale: str, variant: dict[str, Any]) -> str:
    mail = render_email(template, locale, "Europe/Paris", {**SAMPLE, **variant})
    return "\n".join((mail.subject, mail.text, mail.html))


def all_renders(locale: str) -> Iterator[tuple[str, int, str]]:
    for template, variants in VARIANTS.items():
        for index, variant in enumerate(variants):
            yield template, index, rendered(template, locale, variant)


# --- the catalogues ---------------------------------------------------------------------


def test_the_templates_sentences_are_extracted() -> None:
    # when extracting the messages of the e-mail templates
    messages = template_messages()
    # then every e-mail's sentences are there, plural ones as pairs
    assert "View your booking" in messages
    assert "Hello %(recipient_name)s," in messages
    assert (
        "You have %(unread)s unread message in this conversation.",
        "You have %(unread)s unread messages in this conversation.",
    ) in messages
    assert len(messages) > 90


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_email_sentence_is_translated(language: str) -> None:
    # given the catalogue of a language
    entries = catalogue(language)
    for message in template_messages():
        # when looking up an e-mail sentence
        entry = entries.get(message)
        # then it is there, every plural form translated, not fuzzy
        assert entry is not None, (language, message)
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(form.strip() for form in forms), (language, message)
        assert not entry.fuzzy, (language, message)
        # and it uses no placeholder the template does not fill
        known = set(
            PLACEHOLDER.findall(" ".join(message if isinstance(message, tuple) else [message]))
        )
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) <= known, (language, message, form)


# --- the rendered e-mails ---------------------------------------------------------------


def test_the_sample_renders_say_every_english_sentence() -> None:
    # given every e-mail rendered in English in each of its variants
    english = "\n".join(text for _template, _index, text in all_renders("en"))
    # then every sentence of the templates appears in one (so the check below sees them all)
    for message in template_messages():
        phrases = list(english_phrases(message))
        forms = message if isinstance(message, tuple) else (message,)
        reached = any(all(phrase in english for phrase in english_phrases(form)) for form in forms)
        assert reached or not phrases, message


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_sentence_is_left_in_a_translated_email(language: str) -> None:
    # given the English phrases of the templates
    phrases = {phrase for message in template_messages() for phrase in english_phrases(message)}
    assert "View your booking" in phrases
    for template, index, text in all_renders(language):
        # when an e-mail is rendered in the language
        # then none of them is in it
        left = sorted(phrase for phrase in phrases if phrase in text)
        assert left == [], (language, template, VARIANTS[template][index])

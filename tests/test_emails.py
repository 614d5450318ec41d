"""E-mail templates: language, time zone, number and currency formats, urgency in the
subject, HTML escaping, no message bodies, strict context."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import jinja2
import pytest
from babel import numbers
from jinja2 import meta

import roost
from roost.emails import environment, locale_context, render_email
from roost.i18n import LANGUAGES

TEMPLATES = Path(roost.__file__).parent / "templates" / "email"
EMAILS = ("new_message", "deadline_warning")
GREETING = {"en": "Hello Claire", "fr": "Bonjour Claire", "de": "Guten Tag Claire"}
DECEMBER_FIRST_8_UTC = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def new_message(**changes: Any) -> dict[str, Any]:
    return {
        "recipient_name": "Claire",
        "thread_subject": "Room layout",
        "booking_reference": "BK-2026-000012",
        "urgency": "INFO",
        "respond_by": None,
        "unread_count": 2,
        "link": "https://portal.example/customer/threads/VGhyZWFkOjE=",
        **changes,
    }


def deadline_warning(**changes: Any) -> dict[str, Any]:
    return {
        "recipient_name": "Claire",
        "booking_reference": "BK-2026-000012",
        "service_name": "Seminar room",
        "deadline": DECEMBER_FIRST_8_UTC,
        "days_left": 7,
        "link": "https://portal.example/customer/bookings/Qm9va2luZzox",
        **changes,
    }


CONTEXTS = {"new_message": new_message, "deadline_warning": deadline_warning}


def spaces(text: str) -> str:
    """Babel's narrow and non-breaking spaces as plain spaces, for readable expectations."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("template", EMAILS)
@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en", ("Hello", "The Roost team")),
        ("fr", ("Bonjour", "L'équipe Roost")),
        ("de", ("Guten Tag", "Ihr Roost-Team")),
    ],
)
def test_each_email_renders_in_the_recipients_language(
    template: str, locale: str, words: tuple[str, str]
) -> None:
    # when
    rendered = render_email(template, locale, "Europe/Paris", CONTEXTS[template]())

    # then
    for word in words:
        assert word in rendered.text
    assert f'<html lang="{locale}">' in rendered.html
    assert words[0] in rendered.html
    other_greetings = [g for lang, g in GREETING.items() if lang != locale]
    assert not any(g in rendered.text or g in rendered.html for g in other_greetings)
    assert rendered.subject
    assert "\n" not in rendered.subject


@pytest.mark.parametrize(
    ("template", "subjects"),
    [
        (
            "new_message",
            {
                "en": "New message about BK-2026-000012",
                "fr": "Nouveau message concernant BK-2026-000012",
                "de": "Neue Nachricht zu BK-2026-000012",
            },
        ),
        (
            "deadline_warning",
            {
                "en": "7 days left to cancel BK-2026-000012 free of charge",
                "fr": "Plus que 7 jours pour annuler BK-2026-000012 sans frais",
                "de": "Kostenlose Stornierung von BK-2026-000012 nur noch 7 Tage möglich",
            },
        ),
    ],
)
def test_subjects_are_translated(template: str, subjects: dict[str, str]) -> None:
    # when
    rendered = {
        lang: render_email(template, lang, "UTC", CONTEXTS[template]()).subject for lang in subjects
    }

    # then
    assert rendered == subjects


@pytest.mark.parametrize("locale", ["es", "xx", "", "zh_Hant"])
def test_an_unsupported_locale_gets_english(locale: str) -> None:
    # when
    rendered = render_email("new_message", locale, "Europe/Paris", new_message())

    # then
    assert rendered.subject == "New message about BK-2026-000012"
    assert "Hello Claire" in rendered.text


def test_a_regional_locale_or_a_locale_enum_picks_its_language() -> None:
    # given
    class Locale(StrEnum):
        DE = "de"

    # when
    canadian = render_email("new_message", "fr-CA", "America/Toronto", new_message())
    german = render_email("new_message", Locale.DE, "Europe/Berlin", new_message())

    # then
    assert "Bonjour Claire" in canadian.text
    assert "Guten Tag Claire" in german.text


@pytest.mark.parametrize(
    ("locale", "time_zone", "when"),
    [
        ("fr", "Europe/Paris", "1 décembre 2026, 09:00 (heure normale d\u2019Europe centrale)"),
        ("de", "Europe/Paris", "1. Dezember 2026, 09:00 Uhr (Mitteleuropäische Normalzeit)"),
        ("en", "Europe/Paris", "December 1, 2026, 9:00 AM (Central European Standard Time)"),
        ("en", "America/New_York", "December 1, 2026, 3:00 AM (Eastern Standard Time)"),
        ("en", "Asia/Tokyo", "December 1, 2026, 5:00 PM (Japan Standard Time)"),
    ],
)
def test_deadlines_are_shown_in_the_recipients_time_zone_and_locale(
    locale: str, time_zone: str, when: str
) -> None:
    # when
    rendered = render_email("deadline_warning", locale, time_zone, deadline_warning())

    # then
    assert when in spaces(rendered.text)
    assert when in spaces(rendered.html)


def test_a_date_near_midnight_moves_to_the_next_day_in_the_recipients_zone() -> None:
    # given
    late = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    context = new_message(urgency="ACTION_REQUIRED", respond_by=late)

    # when
    paris = render_email("new_message", "fr", "Europe/Paris", context)
    utc = render_email("new_message", "fr", "UTC", context)

    # then
    assert paris.subject.startswith("Action requise avant le 2 déc. 2026 :")
    assert "2 décembre 2026, 00:30" in paris.text
    assert utc.subject.startswith("Action requise avant le 1 déc. 2026 :")
    assert "1 décembre 2026, 23:30" in utc.text


def test_an_unknown_time_zone_falls_back_to_utc() -> None:
    # when
    rendered = render_email("deadline_warning", "en", "Mars/Olympus", deadline_warning())

    # then
    assert "December 1, 2026, 8:00 AM (UTC)" in spaces(rendered.text)


@pytest.mark.parametrize(
    ("locale", "money", "number"),
    [
        ("fr", "1 234,50 €", "1 234,5"),
        ("de", "1.234,50 €", "1.234,5"),
        ("en", "€1,234.50", "1,234.5"),
    ],
)
def test_amounts_and_numbers_are_formatted_per_locale(locale: str, money: str, number: str) -> None:
    # when
    shown = render_amount(locale)

    # then
    assert spaces(shown) == f"{money} | {number}"


def test_a_regional_locale_uses_its_own_conventions_not_its_language() -> None:
    # given: CLDR's Swiss German separators (their glyphs change between CLDR releases)
    group = numbers.get_group_symbol("de_CH")
    expected = numbers.format_currency(1234.5, "EUR", locale="de_CH")

    # when
    swiss, german = render_amount("de_CH"), render_amount("de")

    # then
    assert swiss == f"{expected} | 1{group}234.5"
    assert swiss != german


def render_amount(locale: str) -> str:
    source = "{{ amount|money('EUR') }} | {{ amount|number }}"
    template = environment(html=False).from_string(source)
    return template.render(amount=1234.5, **locale_context(locale, "Europe/Paris"))


@pytest.mark.parametrize("locale", LANGUAGES)
def test_new_message_subjects_depend_on_urgency(locale: str) -> None:
    # given
    urgencies = {
        "URGENT": new_message(urgency="URGENT"),
        "ACTION_REQUIRED": new_message(urgency="ACTION_REQUIRED", respond_by=DECEMBER_FIRST_8_UTC),
        "INFO": new_message(urgency="INFO"),
    }

    # when
    subjects = {
        urgency: render_email("new_message", locale, "Europe/Paris", context).subject
        for urgency, context in urgencies.items()
    }

    # then
    assert len(set(subjects.values())) == 3
    assert all("BK-2026-000012" in subject for subject in subjects.values())


def test_english_subjects_per_urgency() -> None:
    # given
    def subject(**changes: Any) -> str:
        return render_email("new_message", "en", "Europe/Paris", new_message(**changes)).subject

    # when / then
    assert subject(urgency="URGENT") == "Urgent: new message about BK-2026-000012"
    assert (
        subject(urgency="ACTION_REQUIRED", respond_by=DECEMBER_FIRST_8_UTC)
        == "Action required by Dec 1, 2026: new message about BK-2026-000012"
    )
    assert subject(urgency="ACTION_REQUIRED") == "Action required: new message about BK-2026-000012"
    assert subject(urgency="INFO") == "New message about BK-2026-000012"


def test_the_respond_by_line_appears_only_when_action_is_required() -> None:
    # given
    action = new_message(urgency="ACTION_REQUIRED", respond_by=DECEMBER_FIRST_8_UTC)
    info = new_message(urgency="INFO", respond_by=DECEMBER_FIRST_8_UTC)

    # when
    with_deadline = render_email("new_message", "en", "Europe/Paris", action)
    without = render_email("new_message", "en", "Europe/Paris", info)

    # then
    assert "Please respond by December 1, 2026" in spaces(with_deadline.text)
    assert "Please respond by" in with_deadline.html
    assert "Please respond by" not in without.text


@pytest.mark.parametrize(
    ("locale", "subject", "regarding"),
    [
        ("en", "New message about invoice INV-2026-0042", "about invoice INV-2026-0042"),
        ("fr", "Nouveau message concernant la facture INV-2026-0042", "la facture INV-2026-0042"),
        ("de", "Neue Nachricht zu Rechnung INV-2026-0042", "zur Rechnung INV-2026-0042"),
    ],
)
def test_a_thread_on_an_invoice_names_the_invoice(
    locale: str, subject: str, regarding: str
) -> None:
    # given
    context = new_message(booking_reference=None, invoice_number="INV-2026-0042")

    # when
    rendered = render_email("new_message", locale, "Europe/Paris", context)

    # then
    assert rendered.subject == subject
    assert regarding in rendered.text


def test_a_thread_on_neither_booking_nor_invoice_names_the_conversation() -> None:
    # given
    context = new_message(booking_reference=None, invoice_number=None)

    # when
    rendered = render_email("new_message", "en", "Europe/Paris", context)

    # then
    assert rendered.subject == "New message about “Room layout”"


@pytest.mark.parametrize(
    ("locale", "one", "many"),
    [
        ("en", "1 unread message ", "3 unread messages"),
        ("fr", "1 message non lu ", "3 messages non lus"),
        ("de", "1 ungelesene Nachricht ", "3 ungelesene Nachrichten"),
    ],
)
def test_unread_counts_are_singular_or_plural(locale: str, one: str, many: str) -> None:
    # when
    single = render_email("new_message", locale, "UTC", new_message(unread_count=1))
    several = render_email("new_message", locale, "UTC", new_message(unread_count=3))

    # then
    assert one in single.text
    assert many in several.text


@pytest.mark.parametrize(
    ("days_left", "subject"),
    [
        (7, "7 days left to cancel BK-2026-000012 free of charge"),
        (1, "1 day left to cancel BK-2026-000012 free of charge"),
        (0, "Last day to cancel BK-2026-000012 free of charge"),
    ],
)
def test_deadline_warning_subjects_count_the_days(days_left: int, subject: str) -> None:
    # when
    rendered = render_email("deadline_warning", "en", "UTC", deadline_warning(days_left=days_left))

    # then
    assert rendered.subject == subject


@pytest.mark.parametrize("template", EMAILS)
def test_the_deep_link_is_in_both_parts(template: str) -> None:
    # given
    link = "https://portal.example/customer/threads/VGhyZWFkOjE=?a=1&b=2"

    # when
    rendered = render_email(template, "fr", "Europe/Paris", CONTEXTS[template](link=link))

    # then
    assert link in rendered.text
    assert 'href="https://portal.example/customer/threads/VGhyZWFkOjE=?a=1&amp;b=2"' in (
        rendered.html
    )


def test_user_provided_text_is_escaped_in_html_and_kept_in_text() -> None:
    # given
    context = new_message(
        recipient_name="Bob <b>&</b>",
        thread_subject="<script>alert(1)</script>",
        booking_reference=None,
        invoice_number=None,
    )

    # when
    rendered = render_email("new_message", "en", "Europe/Paris", context)

    # then
    assert "<script>" not in rendered.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert "Bob &lt;b&gt;&amp;&lt;/b&gt;" in rendered.html
    assert "<script>alert(1)</script>" in rendered.text
    assert "Hello Bob <b>&</b>," in rendered.text
    assert rendered.subject == "New message about “<script>alert(1)</script>”"


def test_deadline_service_names_are_escaped_in_html() -> None:
    # when
    rendered = render_email(
        "deadline_warning", "de", "UTC", deadline_warning(service_name="Sall & <i>Co</i>")
    )

    # then
    assert "Sall &amp; &lt;i&gt;Co&lt;/i&gt;" in rendered.html
    assert "Sall & <i>Co</i>" in rendered.text


def template_files() -> list[Path]:
    return sorted(path for path in TEMPLATES.rglob("*") if path.is_file())


@pytest.mark.parametrize("path", template_files(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_no_template_refers_to_a_message_body(path: Path) -> None:
    # given
    source = path.read_text()

    # when
    used = meta.find_undeclared_variables(environment().parse(source))

    # then
    assert not used & {"body", "message", "messages", "text", "content"}


@pytest.mark.parametrize("template", EMAILS)
def test_a_body_passed_in_the_context_is_not_rendered(template: str) -> None:
    # given
    secret = "Internal note: the customer is difficult"
    context = CONTEXTS[template](body=secret, message={"body": secret})

    # when
    rendered = render_email(template, "en", "Europe/Paris", context)

    # then
    assert secret not in rendered.subject + rendered.text + rendered.html


@pytest.mark.parametrize("template", EMAILS)
@pytest.mark.parametrize("missing", ["recipient_name", "link", "booking_reference"])
def test_a_missing_context_variable_is_an_error(template: str, missing: str) -> None:
    # given
    context = CONTEXTS[template]()
    del context[missing]

    # when / then
    with pytest.raises(jinja2.UndefinedError, match=missing):
        render_email(template, "fr", "Europe/Paris", context)


def test_an_invoice_number_is_required_when_there_is_no_booking() -> None:
    # given
    context = new_message(booking_reference=None)

    # when / then
    with pytest.raises(jinja2.UndefinedError, match="invoice_number"):
        render_email("new_message", "en", "Europe/Paris", context)


def test_unknown_templates_are_an_error() -> None:
    # when / then
    with pytest.raises(jinja2.TemplateNotFound):
        render_email("no_such_email", "en", "UTC", {})

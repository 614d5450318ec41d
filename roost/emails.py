"""E-mail composition: jinja2 templates in the recipient's language and time zone.

Each e-mail has one shared structure per format, ``templates/email/<name>.txt`` and
``<name>.html`` (which extends ``layout.html``), and its wording once, in English, in
``templates/email/<name>.jinja`` as macros (``subject()``, ``intro()``, …) whose sentences
are ``{% trans %}`` blocks (``{% pluralize %}`` where a count decides); phrases every e-mail
shares are in ``common.jinja``. Templates reach them as ``t`` and ``common``. The sentences
are translated by the gettext catalogues of :mod:`roost.i18n` (``make messages`` extracts
them into ``roost/locale``): one environment per format and language, each with its
language's catalogue installed. Dates, times, numbers and amounts are formatted by babel
filters in the recipient's locale and time zone.

E-mails say that something is waiting and link to it; they never carry message bodies.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_datetime_format, get_timezone_name
from babel.numbers import format_currency, format_decimal
from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from roost.i18n import DEFAULT_LANGUAGE, LANGUAGES, translations

log = logging.getLogger("roost.mail")


@dataclass(frozen=True)
class RenderedEmail:
    """An e-mail's subject line, plain-text body and HTML body."""

    subject: str
    text: str
    html: str


def resolve_locale(locale: str | None) -> Locale:
    """The babel locale for ``locale`` (``fr``, ``de-CH``, ``en_GB``); English if unsupported."""
    value = locale.value if isinstance(locale, Enum) else locale
    try:
        parsed = Locale.parse(str(value or "").replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT_LANGUAGE)
    return parsed if parsed.language in LANGUAGES else Locale.parse(DEFAULT_LANGUAGE)


def resolve_time_zone(time_zone: str | None) -> tzinfo:
    """The time zone named ``time_zone``; UTC (with a warning) when unknown."""
    try:
        return ZoneInfo(str(time_zone))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        log.warning("unknown time zone %r, using UTC", time_zone)
        return UTC


def _local(value: datetime | str, zone: tzinfo) -> datetime:
    if isinstance(value, str):  # outbox payloads are JSON: datetimes travel as ISO text
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:  # the database stores UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(zone)


def format_datetime_for(value: datetime, locale: Locale, zone: tzinfo, length: str) -> str:
    """Date of ``length`` (short, medium, long, full) and short time, in ``zone``."""
    local = _local(value, zone)
    pattern = get_datetime_format(length, locale=locale).replace("'", "")
    when = format_time(local, "short", locale=locale)
    return pattern.replace("{0}", when).replace("{1}", format_date(local, length, locale=locale))


def _locale(context: Context) -> Locale:
    return context["locale"]


def _zone(context: Context) -> tzinfo:
    return context["zone"]


@pass_context
def _datetime_filter(context: Context, value: datetime, length: str = "medium") -> str:
    return format_datetime_for(value, _locale(context), _zone(context), length)


@pass_context
def _date_filter(context: Context, value: date | str, length: str = "medium") -> str:
    if isinstance(value, str) and len(value) == len("2026-12-31"):
        value = date.fromisoformat(value)  # a calendar date: no time zone to apply
    if isinstance(value, str | datetime):
        value = _local(value, _zone(context))
    return format_date(value, length, locale=_locale(context))


@pass_context
def _zone_filter(context: Context, value: datetime) -> str:
    """The long name of the recipient's time zone at ``value`` (summer or winter time)."""
    zone = _zone(context)
    if zone is UTC:
        return "UTC"
    return get_timezone_name(_local(value, zone), "long", locale=_locale(context))


@pass_context
def _money_filter(context: Context, amount: Decimal | float | int, currency: str) -> str:
    return format_currency(amount, currency, locale=_locale(context))


@pass_context
def _number_filter(context: Context, value: Decimal | float | int) -> str:
    return format_decimal(value, locale=_locale(context))


@cache
def environment(html: bool = False, language: str = DEFAULT_LANGUAGE) -> Environment:
    """The template environment for HTML (autoescaped) or plain text in ``language``, with
    that language's catalogue installed for ``{% trans %}``; undefined is an error.

    Wording macros are shared by both formats, so each format loads them in its own
    environment: a macro escapes its variables only when compiled with autoescape on.
    Environments are cached and never changed after creation, so renders share them safely.
    """
    env = Environment(
        loader=PackageLoader("roost", "templates"),
        extensions=["jinja2.ext.i18n"],
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        datetime=_datetime_filter,
        date=_date_filter,
        zone=_zone_filter,
        money=_money_filter,
        number=_number_filter,
    )
    env.install_gettext_translations(translations(language))  # type: ignore[attr-defined]
    return env


def locale_context(locale: str | None, time_zone: str | None) -> dict[str, Any]:
    """The variables the filters read: ``language``, babel ``locale`` and tzinfo ``zone``."""
    babel_locale = resolve_locale(locale)
    return {
        "language": babel_locale.language,
        "locale": babel_locale,
        "zone": resolve_time_zone(time_zone),
    }


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def render_email(
    template: str, locale: str, time_zone: str, context: Mapping[str, Any]
) -> RenderedEmail:
    """Render e-mail ``template`` for a recipient's locale and time zone.

    Raises ``jinja2.TemplateNotFound`` for an unknown template and ``jinja2.UndefinedError``
    when ``context`` lacks a variable the template uses.
    """
    values = {key: _plain(value) for key, value in context.items()}
    values.update(locale_context(locale, time_zone))
    text_env = environment(html=False, language=values["language"])
    html_env = environment(html=True, language=values["language"])
    text_values = _with_wording(text_env, template, values)
    html_values = _with_wording(html_env, template, values)
    return RenderedEmail(
        subject=" ".join(str(text_values["t"].subject()).split()),
        text=text_env.get_template(f"email/{template}.txt").render(text_values),
        html=html_env.get_template(f"email/{template}.html").render(html_values),
    )


def _with_wording(env: Environment, template: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` plus the wording modules ``common`` and ``t`` (in ``env``'s language)."""
    common = env.get_template("email/common.jinja").make_module(values)
    wording = env.get_template(f"email/{template}.jinja").make_module({**values, "common": common})
    return {**values, "common": common, "t": wording}

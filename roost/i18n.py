"""Messages in the caller's language: gettext catalogues (en, fr, de) and ``Accept-Language``.

Messages are marked where they are written with :func:`N_` (``pybabel extract`` finds them,
see ``babel.cfg``) and translated once, where they become a response, with :func:`translate`
(:func:`translate_plural` for texts that depend on a number). The catalogues are
``roost/locale/<language>/LC_MESSAGES/messages.po``, compiled to the ``.mo`` files next to
them (``make messages``); English is the source language and the fallback. A message may
hold ``{name}`` placeholders, filled in after translation. The e-mail templates'
``{% trans %}`` sentences are in the same catalogues (:func:`translations`, installed by
:mod:`roost.emails`), with ``%(name)s`` placeholders as jinja2 writes them.
"""

from __future__ import annotations

import functools
import gettext
import re
from pathlib import Path

from babel.support import Translations

#: Where the catalogues live (package data).
LOCALE_DIR = Path(__file__).parent / "locale"
#: The catalogue's domain: ``messages.po`` / ``messages.mo``.
DOMAIN = "messages"
#: The languages Roost speaks, with their own names, in the order of a language switch.
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"

#: One entry of ``Accept-Language``: a language range (its primary tag kept) and its weight.
_LANGUAGE_RANGE = re.compile(
    r"\s*([A-Za-z]{1,8}|\*)(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*"
)


def N_(message: str) -> str:
    """Mark ``message`` for translation; it is translated later, where it is shown."""
    return message


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language`` (loaded once); English has none: identity."""
    return Translations.load(LOCALE_DIR, [language], DOMAIN)


def translate(message: str, language: object, **params: object) -> str:
    """``message`` in ``language`` (en, fr, de or a ``Locale``; English otherwise), with its
    ``{name}`` placeholders filled from ``params``."""
    code = str(getattr(language, "value", language) or DEFAULT_LANGUAGE)
    text = translations(code).gettext(message) if code in LANGUAGES else message
    return text.format(**params) if params else text


def translate_plural(
    singular: str, plural: str, count: int, language: object, **params: object
) -> str:
    """The form of ``singular``/``plural`` for ``count`` in ``language`` (its plural rules),
    with ``{count}`` and the other placeholders filled in; a marker for ``pybabel`` too."""
    code = str(getattr(language, "value", language) or DEFAULT_LANGUAGE)
    if code in LANGUAGES:
        text = translations(code).ngettext(singular, plural, count)
    else:
        text = singular if count == 1 else plural
    return text.format(count=count, **params)


def negotiate_language(header: str | None) -> str:
    """The language an ``Accept-Language`` header prefers among ours (English by default)."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "").split(",")):
        match = _LANGUAGE_RANGE.fullmatch(item)
        if match is None:
            continue
        try:
            quality = float(match[2]) if match[2] else 1.0
        except ValueError:
            continue
        language = match[1].lower()
        if quality > 0 and language in LANGUAGES:
            ranked.append((-quality, position, language))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE

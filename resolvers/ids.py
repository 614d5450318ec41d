"""Parsing database ids out of text that came from a client."""

from __future__ import annotations

import re

#: Primary keys are positive and fit a 32-bit integer column on every database.
MAX_ID = 2**31 - 1
_DIGITS = re.compile(r"[0-9]{1,10}")


def parse_pk(text: str) -> int | None:
    """The primary key written in ``text``, or ``None`` if it cannot be one."""
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None

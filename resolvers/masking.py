"""Masking of personal data for roles that may only see it masked (SPEC §2)."""

from __future__ import annotations

from typing import Any

from models.policy import Mask

_HIDDEN = "***"


def mask_email(value: str) -> str:
    """``john.doe@example.com`` -> ``j***@example.com``."""
    local, at, domain = value.partition("@")
    if not at:
        return mask_text(value)
    return f"{local[:1]}{_HIDDEN}@{domain}"


def mask_name(value: str) -> str:
    """``John Doe`` -> ``J*** D***``."""
    return " ".join(f"{word[:1]}{_HIDDEN}" for word in value.split())


def mask_phone(value: str) -> str:
    """``+33 6 12 34 56 78`` -> ``***78``: only the last two digits remain."""
    digits = [c for c in value if c.isdigit()]
    return f"{_HIDDEN}{''.join(digits[-2:])}" if digits else _HIDDEN


def mask_text(value: str) -> str:
    """Any other personal text: its first character, then ``***``."""
    return f"{value[:1]}{_HIDDEN}" if value else value


def mask_secret(_value: str) -> str:
    """Document and membership numbers: nothing shows."""
    return _HIDDEN


_MASKERS = {
    Mask.EMAIL: mask_email,
    Mask.NAME: mask_name,
    Mask.PHONE: mask_phone,
    Mask.TEXT: mask_text,
    Mask.SECRET: mask_secret,
}


def mask(kind: Mask, value: Any) -> Any:
    """``value`` masked as ``kind``; ``None`` stays ``None``, lists are masked item by item."""
    if value is None:
        return None
    if isinstance(value, list):
        return [mask(kind, item) for item in value]
    return _MASKERS[kind](str(value))

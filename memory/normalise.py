"""Repairs for the messy values real CRM exports contain (alias spellings, typos, blank cells)."""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz.distance import DamerauLevenshtein

# Industry names as CRMs commonly use them; a value close to one of these but not equal is a typo.
KNOWN_SECTORS = (
    "technology", "medical", "retail", "software", "entertainment", "finance", "marketing",
    "services", "telecommunications", "employment", "manufacturing", "education", "energy",
    "healthcare", "government", "logistics", "hospitality", "insurance", "real estate",
)  # fmt: skip

_MISSING = {"", "na", "n/a", "null", "none", "-", "select"}


def blank(value: str | None) -> bool:
    """True for the ways exports say "no value"."""
    return value is None or value.strip().lower() in _MISSING


def name_key(name: str) -> str:
    """A spelling-insensitive key: ``GTXPro``, ``GTX Pro`` and ``gtx-pro`` all give ``gtxpro``."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def canonical_sector(value: str) -> tuple[str, bool]:
    """The sector spelt correctly, and whether it needed repair (``technolgy`` -> ``technology``).

    A typo is one edit (a dropped, added, changed or swapped letter) away from a known sector,
    two for long names; anything further is kept as written rather than guessed at."""
    cleaned = value.strip().lower()
    if cleaned in KNOWN_SECTORS:
        return cleaned, False
    for sector in KNOWN_SECTORS:
        allowed = 1 if len(sector) < 10 else 2
        if DamerauLevenshtein.distance(cleaned, sector, score_cutoff=allowed) <= allowed:
            return sector, True
    return cleaned, False


def parse_date(value: str, *, field: str) -> date | None:
    """An ISO date (YYYY-MM-DD) or None for a blank cell; ValueError naming the field otherwise."""
    if blank(value):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{field}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def parse_number(value: str, *, field: str, integer: bool = False) -> float | None:
    """A non-negative number such as ``1,054`` or ``$4514.50``; None for a blank cell."""
    if blank(value):
        return None
    cleaned = value.strip().replace(",", "").removeprefix("$")
    try:
        number = float(cleaned)
    except ValueError:
        raise ValueError(f"{field}: {value!r} is not a number") from None
    if number < 0:
        raise ValueError(f"{field}: {value!r} is negative")
    if integer and not number.is_integer():
        raise ValueError(f"{field}: {value!r} is not a whole number")
    return number


EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[a-z]{2,}$", re.IGNORECASE)


def parse_email(value: str, *, field: str = "email") -> str:
    if blank(value):
        raise ValueError(f"{field}: missing")
    email = value.strip().lower()
    if not EMAIL_RE.match(email):
        raise ValueError(f"{field}: {value!r} is not an email address")
    return email

"""Reversible masking of ordinary personal data (names, email addresses, phone numbers) for text that
leaves for an outside language model. The model sees ``PERSON_1``, ``EMAIL_1``, ``PHONE_1``; the answer
is unmasked before anyone reads it. One :class:`Masker` per request keeps the tokens stable across the
several model calls of one agent run."""

from __future__ import annotations

import re
from collections.abc import Iterable

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# grouped digits, 9 or more of them (see _phone): dates, ids and amounts ($1,234,567) are not phones
_PHONE = re.compile(r"(?<![\w$£€.,/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}"
                    r"(?![\w,/-]|\.\d)")  # fmt: skip
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TOKEN = re.compile(r"\b(?:PERSON|EMAIL|PHONE)_\d+\b")


class Masker:
    """Masks known names plus any email address or phone number, and puts them back."""

    def __init__(self, names: Iterable[str]) -> None:
        distinct = sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)
        self._names = re.compile(r"\b(?:" + "|".join(map(re.escape, distinct)) + r")\b") if distinct else None
        self._token_of: dict[str, str] = {}
        self._value_of: dict[str, str] = {}

    def _token(self, kind: str, value: str) -> str:
        if value not in self._token_of:
            token = f"{kind}_{sum(t.startswith(kind) for t in self._value_of) + 1}"
            self._token_of[value], self._value_of[token] = token, value
        return self._token_of[value]

    def mask(self, text: str) -> str:
        """``text`` with emails, phone numbers and known names replaced by stable tokens."""
        text = _EMAIL.sub(lambda m: self._token("EMAIL", m.group(0)), text)
        text = _PHONE.sub(self._phone, text)
        if self._names is not None:
            text = self._names.sub(lambda m: self._token("PERSON", m.group(0)), text)
        return text

    def _phone(self, match: re.Match[str]) -> str:
        digits = sum(c.isdigit() for c in match.group(0))
        if digits < 9 or _DATE.match(match.group(0)):
            return match.group(0)
        return self._token("PHONE", match.group(0))

    def unmask(self, text: str) -> str:
        """Tokens this masker issued put back; anything else is left as it is."""
        return _TOKEN.sub(lambda m: self._value_of.get(m.group(0), m.group(0)), text)

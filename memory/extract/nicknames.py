"""A nickname put in quotes between a person's given name and surname: "Henrietta 'Hattie' Blake", "Robert "Bob"
Klein", "Margaret (Peggy) Olsen". The person is named in full without it (LABELS.md: the full name as written);
the nickname said alone later is the same person, whom the readers match by surname or not at all."""

from __future__ import annotations

import re

from memory.extract.role_words import DEPARTMENT_WORDS, ROLE_WORDS

_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:'([A-Z][a-z]+)'|‘([A-Z][a-z]+)’|\"([A-Z][a-z]+)\"|“([A-Z][a-z]+)”|"
    r"\(([A-Z][a-z]+)\)) ([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"
)
# departments ``DEPARTMENT_WORDS`` leaves out, never a nickname: "Jana (Finance) Hale"
_TEAMS = frozenset({"finance", "sales", "marketing", "legal", "procurement", "purchasing", "hr", "it", "operations",
                    "ops", "engineering", "security", "product", "admin", "accounts"})  # fmt: skip
# a title before the bracket, the given name inside it: "Senator (Joe) Dunn" names no nickname
_TITLES = frozenset("senator governor mayor judge justice congressman congresswoman sen gov rep dr mr mrs ms sir dame "
                    "lord lady father sister brother prof professor captain general colonel".split())  # fmt: skip
# a day or a month in the bracket is a date said in passing: "Call (Monday) Smith back"
_WHEN = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                  "july august september october november december".split())  # fmt: skip
_QUOTES = ("'", "‘", '"', "“", "(")


def without_nicknames(text: str) -> str:
    """``text`` with each quoted nickname inside a full name left out: "Henrietta Blake"; a title or a
    department there ("Jana (Finance) Hale") is kept."""
    if not any(q in text for q in _QUOTES):
        return text  # the cheap test first
    return _NICKNAMED.sub(_full, text)


def _full(m: re.Match[str]) -> str:
    nick = next(g for g in m.groups()[1:6] if g)
    if m.group(1).lower() in _TITLES or m.group(1).lower() in ROLE_WORDS or nick.lower() in _WHEN:
        return m.group(0)
    if nick == m.group(7) or nick.lower() in ROLE_WORDS or nick.lower() in DEPARTMENT_WORDS or nick.lower() in _TEAMS:
        return m.group(0)
    return f"{m.group(1)} {m.group(7)}"

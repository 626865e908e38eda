"""One email asked for several accounts named in a row: "draft a check-in email to Treequote and Kan-code", "a
thank-you to Isdom? and Hottechi?". Each account gets its own draft and approval card, written from the request with
only its own name in it; before, the first account got one and the rest were dropped without a word.

Only names joined by "and", commas or "one to" count; an account named for another reason ("to Treequote about
their Kan-code subsidiary", "email Konex and cc Condax") keeps the one draft."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.question import Question

# what may stand between two accounts named in a row
_JOINED = re.compile(r"(?:[\s,;.?!&+/]|\band\b|\balso\b|\bplus\b|\bone\b|\bto\b|\bfor\b)*", re.IGNORECASE)
# another account copied in, not written to apart
_COPIED = re.compile(r"\b(?:b?cc|cc'?ing|cc'?d|copy(?:ing)? in|loop(?:ing)? in|forward(?:ing)? to)\b", re.IGNORECASE)
_MOST = 5  # drafts from one message; more is a campaign, not a request


def drafts_to_each(
    text: str, gazetteer: Gazetteer, today: date, read: Callable[[str, Gazetteer, date], Question]
) -> Question | None:
    """A "multi" question of one draft per account when ``text`` asks one email of several accounts in a row."""
    if _COPIED.search(text):
        return None  # "email Konex and cc Condax": one email, the other copied
    tokens = tokens_of(text)
    accounts = [m for m in find_mentions(gazetteer, tokens) if m.kind == "account"]
    if not 2 <= len({m.name for m in accounts}) <= _MOST or len(accounts) != len({m.name for m in accounts}):
        return None
    spans = [_span(text, tokens[m.start : m.end]) for m in accounts]
    if any(s is None for s in spans):
        return None
    found = [s for s in spans if s is not None]
    if any(not _JOINED.fullmatch(text[a[1] : b[0]]) for a, b in zip(found, found[1:], strict=False)):
        return None  # "to Treequote about their Kan-code subsidiary": one draft
    head, tail = text[: found[0][0]], text[found[-1][1] :]
    if read(text, gazetteer, today).style != "draft":
        return None
    parts = [read(f"{head}{text[a:b]}{tail}", gazetteer, today) for a, b in found]
    if any(p.style != "draft" or p.scope.get("account") != m.name for p, m in zip(parts, accounts, strict=True)):
        return None
    return Question("multi", text=text, parts=tuple(parts))


def _span(text: str, words: list[str]) -> tuple[int, int] | None:
    """Where ``words`` (lower-case tokens) stand in ``text``."""
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = re.search(rf"(?<![\w-]){pattern}(?![\w-])", text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None

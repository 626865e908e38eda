"""The days of the emails in a text, from their date lines ("Date: Thu, 1 Jun 2017 at 16:40"): the day a quoted
mail's "today" means, the day of a win told in the only dated mail, and the day of a win told without a date inside
a dated mail ("Signed and attached!" under "Date: Fri, 29 Dec 2017"), which beats dates from the older mail quoted
under it ("We'd love to sign by Friday") but not a date said in words. Split from ``close_date`` (its size limit)."""

from __future__ import annotations

import re
from datetime import date

from memory.extract.dates import find_dates

# an email's own date line: "Date: Thu, 1 Jun 2017 at 16:40"
_DATE_HEADER = re.compile(r"^[ \t>]*(?:date|sent):[ \t]*(.+)$", re.IGNORECASE | re.MULTILINE)
_SIGNED = re.compile(r"\b(?:signed|countersigned|executed)\b", re.IGNORECASE)
# the paper not signed yet: "not signed", "hasn't signed", "once signed", "to be signed"
_NOT_YET = re.compile(
    r"\b(?:not|n't|n’t|un|once|when|if|until|be|get it|to get|needs? to be|ready to be)\s*(?:yet\s+)?$", re.IGNORECASE
)


def header_dates(text: str, now: date) -> list[tuple[int, date]]:
    """Where each quoted email's own date line is, and its date."""
    return [
        (m.start(), ds[0].value) for m in _DATE_HEADER.finditer(text) if (ds := find_dates(m.group(1), now, past=True))
    ]


def sent_on(headers: list[tuple[int, date]], offset: int) -> date | None:
    """The date of the quoted email a sentence is in: its "today" and "this morning" are that day, not the note's."""
    before = [day for at, day in headers if at <= offset]
    return before[-1] if before else None


def header_date(text: str, now: date) -> date | None:
    """For a win or loss with no date said in words: the date of the (forwarded) email that brought the signed
    paper or the news, when it is the only message dated in the text."""
    found = [day for _at, day in header_dates(text, now)]
    return found[0] if len(set(found)) == 1 else None


def signed_on_mail_day(sentence: str, mail_day: date | None) -> date | None:
    """``mail_day`` (the date line of the email ``sentence`` is in) when the sentence says the paper was signed."""
    if mail_day is None:
        return None
    for m in _SIGNED.finditer(sentence):
        if not _NOT_YET.search(sentence, max(0, m.start() - 25), m.start()):
            return mail_day
    return None

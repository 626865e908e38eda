"""The date of the occasion a question is for, said before it: "kan-code QBR is jan 3. how many deals have we lost
there in total?", "board meeting on friday - what did we book in Q4?". That date is when the answer is needed, not the
deals' period (the QBR's date once made the question about January). Dates that bound the deals stay: "since the QBR
on jan 3", "deals closed before our call on the 15th"."""

from __future__ import annotations

import re

_OCCASION = (
    r"(?:qbr|ebr|mbr|meeting|mtg|call|demo|review|dinner|lunch|visit|offsite|off-site|pitch|presentation|1:1|1on1"
    r"|one-on-one|sync|catch-?up|check-?in|kickoff|kick-off|workshop|deck|forecast call|board|townhall|town hall)"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = (
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|the \d{{1,2}}(?:st|nd|rd|th)"
    r"|\d{1,2}/\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|today|tonight|next week)"
)
_OCCASION_DATE = re.compile(
    rf"(?P<head>\b{_OCCASION}s?)\s+(?:is |'s |are )?(?:on |at |set for |scheduled for |booked for |planned for "
    rf"|coming up on |this |next )?(?:on )?{_DAY}\b",
    re.IGNORECASE,
)
# the occasion bounding the deals: "since the QBR on jan 3", "before our call on the 15th"
_BOUNDING = re.compile(r"\b(?:since|before|after|until|till|from|prior to)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def occasion_dates_dropped(text: str) -> str:
    """``text`` without the dates of the occasions it names, unless a date bounds the deals."""

    def drop(found: re.Match[str]) -> str:
        if _BOUNDING.search(text[: found.start()]):
            return found[0]
        return f"{found['head']} coming up"

    return _OCCASION_DATE.sub(drop, text)

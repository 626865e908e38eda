"""Holidays a deadline is set by, which a note capitalises like a name: "signature before Thanksgiving, call it the
22nd", "go-live after Memorial Day", "ahead of Chinese New Year". Their words are never a person's name, and a
holiday's phrase is read as one ("Christmas Eve" names no Eve, "Labor Day" no Day)."""

from __future__ import annotations

import re

# a holiday's own name, alone: "before Thanksgiving", "after Diwali"
HOLIDAYS = frozenset(
    """thanksgiving christmas xmas easter halloween hanukkah chanukah diwali deepavali ramadan eid passover
    pentecost whitsun whitsuntide midsummer juneteenth hogmanay""".split()
)
_NAME = "|".join(sorted(HOLIDAYS, key=len, reverse=True))
# ... and the words that name one only with "Day": "Memorial Day", "Labor Day" (not "Director of Labor Relations")
_DAY_NAMES = (
    r"Memorial|Labou?r|Veterans['’]?|Presidents['’]?|Independence|Boxing|Remembrance|Columbus|May|"
    # national days a deadline is set by: "signed before Canada Day", "after Australia Day"
    r"Canada|Australia|Anzac|Bastille|Waitangi|Armistice|Emancipation|Valentine['’]s|Mother['’]s|Father['’]s"
)
# the whole phrase: "Memorial Day weekend", "Christmas Eve", "New Year's Day", "Black Friday", "Bank Holiday weekend"
_PHRASE = re.compile(
    r"\b(?:(?:(?:(?:Chinese|Lunar) )?New Year(?:['’]s)?|Black Friday|Cyber Monday|Good Friday|Easter Monday|"
    r"Bank Holiday|St\.? Patrick['’]s|Mardi Gras|(?i:" + _NAME + r"))(?:[ \t]+(?:Day|Eve))?"
    r"|(?:" + _DAY_NAMES + r")[ \t]+Day)"
    r"(?:[ \t]+(?:[Ww]eekend|[Hh]olidays?|[Bb]reak|[Ww]eek))?\b"
    # inside a longer run of capitals it is a headline's, left whole: "The Perfect Christmas Present For ..."
    r"(?!['’]\w|[ \t]+[A-Z])"
)


def lower_holidays(text: str) -> str:
    """``text`` with each holiday's phrase in lower case (same length): no run of capitals for a name; not when
    a capitalised word follows it."""
    return _PHRASE.sub(lambda m: m.group(0).lower(), text)

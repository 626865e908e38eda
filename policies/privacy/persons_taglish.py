"""People in Taglish notes: Tagalog marks a person's name with "si", "ni", "kay" ("si Joy", "yung fingerprint
ni Marco", "kay Liza") and says "siya"/"niya" for he or she, so a name the lists do not know is still someone's,
and a follow-up sentence with "siya" is about that person. :mod:`.persons` reads only the European forms."""

from __future__ import annotations

import re

_TAGLISH = re.compile(
    r"(?-i:\b(?:[Ss]i|[Nn]i|[Kk]ay|[Ss]ina|[Nn]ina|[Kk]ina) (?:(?:Ate|Kuya|Tita|Tito|Sir|Ma'am|Mam|Dr\.|Engr\.|"
    r"Atty\.) )?[A-Z][a-z]+)|\b(?:siya|sya|niya|nya|kaniya|kanya)\b",
    re.IGNORECASE,
)


def a_taglish_person(text: str) -> bool:
    """Whether ``text`` names a person or says "he/she" the Tagalog way."""
    return _TAGLISH.search(text) is not None

"""The register turned formal, for ``sentiment_drop``: kept apart from tone_reserve.py because it compares messages
rather than reading one. A customer who greeted the rep by first name ("Hi Dan!!", "Hallo Lena,") now opens with
title and surname ("Dear Mr Ortiz,", "Sehr geehrte Frau Brandt,") and says nothing warm: distance, not style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights.thread import Turn

# the rep greeted by first name alone: "Hi Dan!!", "Hallo Lena,", "Ciao Sara!" (not "Dear Mr Ortiz", nor a title
# after a casual hello: "Hallo Herr Kroll," is already title and surname)
_TITLES = (
    r"(?:Herr|Frau|Mr|Mrs|Ms|Miss|Dr|Señor|Señora|Sr|Sra|Monsieur|Madame|Mevrouw|Meneer|Signor|Signora|Dott|Senhor"
    r"|Senhora)"
)
_FIRST_NAME = re.compile(
    rf"^\s*(?:hi|hey|hello|hallo|hoi|ciao|olá|ola|hola|bonjour|salut|moin|servus)\s+(?!{_TITLES}\b)"
    r"(?-i:[A-Z][a-z]+)\b(?!\.)",
    re.IGNORECASE,
)
# title and surname, or the bare formal address: English, German, Dutch, Spanish, Portuguese, Italian, French
_FORMAL = re.compile(
    r"^\s*(?:dear\s+(?:mr|mrs|ms|miss|dr)\.?\s+(?-i:[A-Z])|sehr geehrte[rs]?\s+(?:herr|frau)\b"
    r"|geachte\s+(?:heer|mevrouw)\b|estimad[oa]\s+(?:sr|sra|señor|señora)\b|prezad[oa]\s+(?:sr|sra|senhor|senhora)\b"
    r"|gentile\s+(?:sig|dott)|egregio\s+(?:sig|dott)|(?:cher|chère)\s+(?:monsieur|madame)\b)",
    re.IGNORECASE,
)


def turned_formal(turns: Sequence[Turn]) -> bool:
    """The last message opens with title and surname after an earlier one greeted the rep by first name."""
    if len(turns) < 2 or not _FORMAL.search(turns[-1].text):
        return False
    return any(_FIRST_NAME.search(t.text) for t in turns[:-1])

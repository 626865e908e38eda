"""A day of a month and a rival chosen in French, Spanish, Portuguese, Italian or Dutch mail, said in the English
the date and stage readers know: "le 3 mars" reads "3 March", "el 20 de julio" reads "20 July", "vóór 15/09"
reads "before 15/09", "notre comité a choisi Lumora" reads "our committee chose Lumora". Only these phrases are
rewritten (``foreign_dates`` has the month ends and spans)."""

from __future__ import annotations

import re

from memory.extract.foreign_dates import ENGLISH_MONTHS
from memory.extract.foreign_months import MONTH_WORDS, month_number
from memory.extract.text import lowered

_ENGLISH = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
_NAMES = {w: _ENGLISH[month_number(w) - 1] for w in MONTH_WORDS} | ENGLISH_MONTHS
# "3 mars", "1er avril", "20 de julio", "5 de março", "12º de mayo", "21 maart": a day, then a word that is a month's
# name (a dictionary look-up, not one alternative per month at every digit)
_DAY_WORD = re.compile(r"\b([0-3]?\d)(?:er|º|°|o)?[ \t]+(?:de[ \t]+)?([a-zà-ÿ]{3,10})\b")  # run on lowered text
# "before" said with a numeric date: "vóór 15/09" (Dutch "voor" unaccented is "for"), "avant le 15/09", "antes
# del 15/09", "prima del 15/09"
_BEFORE = re.compile(
    r"\b(?:vóór|uiterlijk(?: op)?|avant le|antes del|prima del)[ \t]+(?=[0-3]?\d[./][01]?\d\b)", re.IGNORECASE
)
# a committee, board or firm that chose a rival, with its subject: "notre comité a choisi", "nous avons retenu",
# "la dirección ha elegido", "hemos optado por", "o conselho escolheu", "het bestuur heeft gekozen voor"
_CHOSE = re.compile(
    r"\b(?:(?:(?:notre|nos|le|la|les|nuestr[oa]s?|el|los|las|nosso|nossa|o|a|ons|onze|het|de|il|la nostra|"
    r"il nostro)[ \t]+[\w-]+[ \t]+)?(?:a|ont|ha|han|heeft|hebben)|nous avons|hemos|we hebben|abbiamo)[ \t]+"
    r"(?:choisi|retenu|opté pour|elegido|optado por|escolhido|optado por|gekozen voor|scelto)"
    # Dutch "decided to go on with": "onze directie heeft op 24 mei besloten om met Stackline verder te gaan"
    r"|\bbesloten om (?:verder )?met(?=[ \t]+\S+[ \t]+(?:verder|door)[ \t]+te[ \t]+gaan\b)"
    r"|\b(?:(?:el|la|o|a)[ \t]+[\w-]+[ \t]+)?(?:eligió|eligieron|optó por|optaron por|escolheu|escolheram|optou por|"
    r"escolhemos)",
    re.IGNORECASE,
)
_NEEDLES = ("vóór", "uiterlijk", "avant le", "antes del", "prima del", "chois", "retenu", "opté", "optado", "optó",
            "optaron", "optou", "elegi", "escolh", "gekozen", "scelto", "besloten")  # fmt: skip


def english_days(text: str) -> str:
    """``text`` with its foreign day-and-month dates, "before" a numeric date, and a rival chosen in English."""
    low = lowered(text)
    parts, at = [], 0
    for m in _DAY_WORD.finditer(low):  # the lower-cased text, offsets kept: no IGNORECASE, several times faster
        if m.group(2) in _NAMES:
            parts += [text[at : m.start()], f"{m.group(1)} {_NAMES[m.group(2)]}"]
            at = m.end()
    if parts:
        text = "".join(parts) + text[at:]
        low = lowered(text)
    if not any(n in low for n in _NEEDLES):
        return text
    text = _BEFORE.sub("before ", text)
    return _CHOSE.sub("we chose", text)

"""An absence announced in the customer's language, read in English for silence.py: "vado in ferie per tutto agosto,
torno l'11 settembre", "estoy de vacaciones hasta el 4", "je suis en congé jusqu'au 12", "ich bin im Urlaub",
"ik ben op vakantie"; month names come from loanwords.in_english.
"""

from __future__ import annotations

import re

from agents.insights.loanwords import in_english

_AWAY = {
    "I'm on holiday": r"(?:vado|sono|andiamo|siamo) in ferie|(?:estoy|estamos|me voy|nos vamos) de vacaciones"
    r"|(?:estou|estamos|vou) de férias|(?:je suis|nous sommes|je pars|nous partons) en (?:congés?|vacances)"
    r"|(?:ich bin|wir sind) (?:im|in) urlaub|(?:ik ben|we zijn|ik ga|we gaan) op vakantie",
    "back on": r"torno (?:il |l'|lo )?|rientro (?:il |l'|lo )?|vuelvo el|volto (?:no )?dia|je reviens le"
    r"|ik ben terug op",
    # only before a day number: "fino al 4", "tot 12 augustus" (not "totale", "bisogno")
    "until": r"(?:fino al?|hasta el|até (?:ao? )?|jusqu'au|bis(?: zum)?|tot)(?= \d)",
}
_TABLE = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), en + " ") for en, p in _AWAY.items()]


def away_in_english(sentence: str) -> str:
    """The sentence with a foreign announcement of time away put into English (unchanged when there is none)."""
    if not _TABLE[0][0].search(sentence):
        return sentence
    sentence = in_english(sentence)
    for pattern, english in _TABLE:
        sentence = pattern.sub(english, sentence)
    return re.sub(r" {2,}", " ", sentence)

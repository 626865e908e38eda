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
    # the site closed for the holidays ("stabilimento e uffici restano chiusi per ferie dal 31 luglio"), and a
    # deciding body's sitting ("der Geschäftsführung in ihrer Sitzung am 12. Oktober vorgelegt")
    "are closed for holidays": r"(?:restano|rimangono|sono|saranno|siamo) chius[ie] per ferie|(?:permanecen|estarán"
    r"|están|estamos) cerrad[oa]s por vacaciones|(?:sont|seront|restent|sommes) fermée?s pour (?:congés|vacances)"
    r"|(?:sind|bleiben) wegen (?:urlaub|betriebsferien) geschlossen|(?:zijn|blijven) gesloten wegens vakantie",
    "at the board meeting": r"(?:geschäftsführung|geschäftsleitung|vorstand|aufsichtsrat|verwaltungsrat)\w* (?:in"
    r" (?:ihrer|seiner|der) )?(?:nächsten )?sitzung|(?:geschäftsführungs|vorstands|aufsichtsrats|verwaltungsrats)"
    r"sitzung|(?:del |al )?(?:cda|consiglio di amministrazione)|(?:du |au )?conseil d'administration|(?:del |al )?"
    r"consejo de administración|(?:de )?directievergadering|(?:de )?raad van bestuur",
    "until then": r"bis dahin|d'ici là|hasta entonces|fino ad allora|tot dan",
    "back on": r"torno (?:il |l'|lo )?|rientro (?:il |l'|lo )?|vuelvo el|volto (?:no )?dia|je reviens le"
    r"|ik ben terug op",
    # only before a day number: "fino al 4", "tot 12 augustus" (not "totale", "bisogno")
    "until": r"(?:fino al?|hasta el|até (?:ao? )?|jusqu'au|bis(?: zum)?|tot)(?= \d)",
}
_TABLE = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), en + " ") for en, p in _AWAY.items()]
# what opens a foreign announcement: time away, the site closed or a board's sitting ("until", "back on" alone are
# read only with one of these)
_OPENS = re.compile("|".join(p.pattern for p, en in _TABLE if en.strip() not in ("back on", "until", "until then")),
                    re.IGNORECASE)  # fmt: skip


def away_in_english(sentence: str) -> str:
    """The sentence with a foreign announcement of time away put into English (unchanged when there is none)."""
    if not _OPENS.search(sentence):
        return sentence
    sentence = in_english(sentence)
    for pattern, english in _TABLE:
        sentence = pattern.sub(english, sentence)
    return re.sub(r" {2,}", " ", sentence)

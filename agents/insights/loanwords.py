"""Business words customers write in their own language inside English mail, read as their English sense.

Code-switched mail ("the precio is very high for us", "he wants to decide in febrero") carries its risk in the
borrowed words, so the topical finders read each sentence with them put into English (signals.said); the quote
shown to the rep stays as written. Spanish, Portuguese, French and Italian: price, discount, budget, expensive,
the year's close, "rather", and month names (matched in lower case only, since "Julio" or "Abril" is more often a
name); with German too, what happened to the money ("unser Budget wurde gekürzt", "el presupuesto fue congelado")
and a rival weighed up (a demo or quote of theirs, the two compared, a rival ruled out, a French "pas").
Also the regular past a learner gives an irregular verb ("headquarter has cutted the money", "they freezed all
spend"), read as the English form.
"""

from __future__ import annotations

import re

_WORDS = {
    "price": r"precios?|preços?|prix|prezzi|prezzo",
    "discount": r"descuentos?|descontos?|remises?|rabais|sconti|sconto",
    # and the German compounds: "Projektbudget", "Vertriebsbudget"
    "budget": r"presupuestos?|orçamentos?|bilancio|[a-zäöüß]{3,}budgets?",
    # "caro" alone is also a greeting ("Caro Marco"): only with a degree word before it
    "very expensive": r"(?:muy|demasiado|bastante|tan|muito|très|trop|molto|troppo) (?:car[oa]s?|cher|chère)",
    "expensive": r"costos[oaie]s?",
    "very": r"muy|muito|très|molto",
    "too": r"demasiado|trop|troppo",
    "year-end": r"(?:el )?(?:cierre|fin|final) (?:del|de) año|(?:o )?fim do ano|(?:la )?fin d'année"
    r"|(?:la )?fine (?:dell'|d')anno",
    "next year": r"(?:el )?(?:año que viene|próximo año)|(?:o )?próximo ano|(?:l')?année prochaine"
    r"|(?:l')?anno prossimo",
    "rather": r"más bien|mais (?:para|pra)|plutôt|piuttosto",
    "competitor": r"competidor(?:es)?|concurrents?|concorrent[ei]",
    # what happened to the money, said in their language; a "nicht"/"non" before it still negates it
    "not": r"nicht(?= (?:gekürzt|gestrichen|eingefroren|gesperrt))",
    "cut": r"gekürzt|gestrichen|recortad[oa]s?|cortad[oa]s?|réduite?s?|coupée?s?|tagliat[oaie]|cutt?ed",
    "frozen": r"eingefroren|gesperrt|congelad[oa]s?|gelée?s?|congelat[oaie]|bloccat[oaie]|freezed|frozed",
    "budget cut": r"budgetkürzung(?:en)?",
    "budget freeze": r"budgetsperre|budgetstopp|ausgabenstopp",
    # weighing up a rival, said in their language ("on a aussi une démo avec Tellurix", "leur devis arrive"): the
    # competitor finder reads its English cues; a French "pas" still negates them ("pas de démo avec Tellurix")
    "demo": r"démos?|démonstrations?|demostraci[oó]n|demonstração|dimostrazione|vorführung",
    "quote": r"devis|cotizaci[oó]n|cotação|preventivo|angebot",
    "offer": r"offres?|ofertas?|offert[ae]",
    "proposal": r"propuestas?|propostas?",
    "compare": r"vergleichen|vergleich",
    "ruled out": r"écarté(?:e|s|es)?|descartad[oa]s?|scartat[oaie]|ausgeschlossen",
    "no": r"pas|jamais|kein(?:e|en|er)?",
    # learner past forms of irregular verbs (and "cutted", "freezed" with the cut and frozen words above)
    "held": r"holded",
    "taken": r"taked|tooked",
    "put": r"putted",
    "chose": r"choosed|chosed",
}
_MONTHS = {
    "January": "enero|janeiro|janvier|gennaio",
    "February": "febrero|fevereiro|février|febbraio",
    "March": "marzo|março",
    "April": "abril|aprile",
    "May": "mayo|maio|maggio",
    "June": "junio|junho|juin|giugno",
    "July": "julio|julho|juillet|luglio",
    "August": "agosto|août",
    "September": "septiembre|setembro|septembre|settembre",
    "October": "octubre|outubro|octobre|ottobre",
    "November": "noviembre|novembro|novembre",
    "December": "diciembre|dezembro|décembre|dicembre",
}
_TABLE = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), en) for en, p in _WORDS.items()]
_TABLE += [(re.compile(rf"\b(?:{p})\b"), en) for en, p in _MONTHS.items()]  # lower case only: not a name
_ANY = re.compile("|".join(p.pattern for p, _ in _TABLE), re.IGNORECASE)


def in_english(sentence: str) -> str:
    """The sentence with the borrowed business words put into English (unchanged when there are none)."""
    if _ANY.search(sentence) is None:
        return sentence
    for pattern, english in _TABLE:
        sentence = pattern.sub(english, sentence)
    return sentence

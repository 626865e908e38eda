"""Portuguese and Dutch deal dates, and French spans from today, said again in the English the date readers know,
for the reps who paste notes and mails in those languages: "Fechamento até dia 25" reads "Fechamento by the 25th",
"tekenen voor het einde van het kwartaal" reads "tekenen before the end of the quarter", "assinatura no fim de março"
reads "... end of March", "d'ici quinze jours" reads "in 14 days"; French, Spanish and German period ends too ("fin
du trimestre", "Ende nächsten Monats"). Only these date phrases are rewritten; the rest
of the text stays as it is (``dates`` is at its size limit)."""

from __future__ import annotations

import re

_MONTHS = {
    # Portuguese
    "janeiro": "January", "fevereiro": "February", "março": "March", "marco": "March", "abril": "April",
    "maio": "May", "junho": "June", "julho": "July", "agosto": "August", "setembro": "September",
    "outubro": "October", "novembro": "November", "dezembro": "December",
    # Dutch
    "januari": "January", "februari": "February", "maart": "March", "mei": "May", "juni": "June",
    "juli": "July", "augustus": "August", "oktober": "October",
    # Italian: "entro fine aprile"
    "gennaio": "January", "febbraio": "February", "marzo": "March", "aprile": "April", "maggio": "May",
    "giugno": "June", "luglio": "July", "settembre": "September", "ottobre": "October", "novembre": "November",
    "dicembre": "December",
}  # fmt: skip
ENGLISH_MONTHS = dict(_MONTHS)  # for ``foreign_days``: "21 maart", "5 de março"
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_PERIODS = {"mês": "month", "mes": "month", "trimestre": "quarter", "ano": "year",
            "maand": "month", "kwartaal": "quarter", "jaar": "year", "mese": "month", "anno": "year"}  # fmt: skip

_REWRITES: list[tuple[re.Pattern[str], str]] = [
    # "até dia 25", "até o dia 3" (Portuguese), "uiterlijk de 25e", "vóór de 3de" (Dutch): by that day of the month
    # ("voor de 3 licenties" is "for the 3 licences": a Dutch day needs its "e", and "voor" its accent)
    (
        re.compile(
            r"\bat[ée] (?:o )?dia (\d{1,2})\b|\b(?:uiterlijk|vóór) (?:op )?de (\d{1,2})(?:e|de|ste)\b"
            # German, the day an ordinal by its dot, no month after it: "bis zum 15.", "spätestens am 3."
            r"|\b(?:bis (?:zum |spätestens (?:am |zum )?)?|spätestens (?:am |zum )?)([0-3]?\d)\.(?![\d.])"
            r"(?![ \t]*(?:jan|feb|mär|maer|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-z]*\b)",
            re.I,
        ),
        "by day",
    ),
    # the period's end: "até o fim do mês", "no final do trimestre", "voor het einde van het kwartaal"
    (
        re.compile(
            r"\b(?:(?:até|antes d)o? )?(?:no |o )?fi(?:m|nal) d[oe] (mês|mes|trimestre|ano)\b"
            r"|\b(?:(?:voor|vóór|tegen) )?(?:het )?einde? van (?:het|de|dit|deze) (maand|kwartaal|jaar)\b"
            # Italian: "entro fine mese", "entro la fine del trimestre"
            r"|\b(?:entro )?(?:la )?fine (?:del |dell['’]|di questo |di quest['’])?(mese|trimestre|anno)\b",
            re.I,
        ),
        "period end",
    ),
    # French, Spanish and German period ends: "d'ici la fin du trimestre", "a finales de año", "Ende nächsten
    # Monats", "bis Quartalsende"; "next" said after the period too ("fin du mois prochain", "fin del mes que viene")
    (
        re.compile(
            r"\b(?:d['’]ici |avant )?(?:la )?fin (?:du|de ce|de cet|de cette|de la|de l['’]|d['’])[ \t]?"
            r"(mois|trimestre|année|annee|an)( prochaine?)?\b"
            r"|\b(?:a |antes de )?(?:finales|fin|final) (?:del|de este|de esta|de) (mes|trimestre|año|ano)"
            r"( (?:que viene|pr[oó]ximo))?\b"
            r"|\b(?:bis )?(?:zum )?ende (?:des |dieses )?(nächsten |naechsten |kommenden )?(?:des )?"
            r"(monats|quartals|jahres)\b"
            r"|\b(?:bis )?(?:zum )?(monats|quartals|jahres)ende\b",
            re.I,
        ),
        "foreign period end",
    ),
    # a month's end: "fim de março", "no final de maio", "eind juni", "einde maart"
    # ... Italian too: "entro fine aprile", "a fine maggio"
    (
        re.compile(r"\b(?:fi(?:m|nal) de|eind(?:e)?(?: van)?|(?:entro )?(?:la )?fine(?: di)?) " + _MONTH + r"\b", re.I),
        "month end",
    ),
    # ... a Dutch month spelled as in English: "tegen eind april" (not "a fine April day": Dutch "eind" only)
    (
        re.compile(r"\beind(?:e)?(?: van)? (april|september|november|december)\b", re.I),
        "month end",
    ),
    # French spans from today: "d'ici quinze jours" (a fortnight: 14 days), "sous huit jours" (a week), "dans 3
    # semaines"; not "il y a quinze jours" (ago), which takes no "d'ici", "dans" or "sous"
    (
        re.compile(r"\b(?:d['’]ici|dans|sous) (quinze|huit|une|deux|trois|quatre|\d{1,2}) (jours|semaines?)\b", re.I),
        "french span",
    ),
]
_WEEKDAYS = {
    "montag": "Monday", "dienstag": "Tuesday", "mittwoch": "Wednesday", "donnerstag": "Thursday", "freitag": "Friday",
    "lunes": "Monday", "martes": "Tuesday", "miércoles": "Wednesday", "miercoles": "Wednesday", "jueves": "Thursday",
    "viernes": "Friday", "lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday",
    "vendredi": "Friday",
}  # fmt: skip
_WEEKDAY = "(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
# the next such weekday, German, Spanish or French: "nächsten Dienstag", "el próximo martes", "el martes que viene",
# "mardi prochain"; a bare weekday ("am Freitag") is left alone, as is "nächsten Monat"
_REWRITES.append(
    (
        re.compile(
            r"\b(?:am |el )?(?:nächsten|naechsten|kommenden|pr[oó]ximo) " + _WEEKDAY + r"\b"
            r"|\b(?:el )?" + _WEEKDAY + r" (?:que viene|prochain)\b",
            re.I,
        ),
        "next weekday",
    )
)
_NEEDLES = (
    "ende",
    "fin ",
    "até",
    "ate ",
    "fim",
    "final",
    "eind",
    "uiterlijk",
    "bis ",
    "spätestens",
    "vóór",
    "jours",
    "semaine",
    "chsten",
    "kommend",
    "próximo",
    "proximo",
    "que viene",
    "prochain",
    "fine ",
)
_FOREIGN_PERIODS = {"mois": "month", "mes": "month", "trimestre": "quarter", "monats": "month", "quartals": "quarter"}
# "quinze jours" and "huit jours" are a fortnight and a week, as French counts them
_FRENCH_COUNTS = {"quinze": 14, "huit": 7, "une": 1, "deux": 2, "trois": 3, "quatre": 4}


_NEW_SENTENCE = re.compile(r"\s*(?:[A-ZÄÖÜ]|$)")


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _english(kind: str, m: re.Match[str]) -> str:
    if kind == "by day":
        day = int(m.group(1) or m.group(2) or m.group(3))
        # the German ordinal's dot may end the sentence too: "Entscheidung bis zum 15. Nächster Schritt: ..."
        stop = "." if m.group(3) and _NEW_SENTENCE.match(m.string, m.end()) else ""
        return f"by the {_ordinal(day)}{stop}" if 1 <= day <= 31 else m.group(0)
    if kind == "french span":
        count = m.group(1).lower()
        number = _FRENCH_COUNTS[count] if count in _FRENCH_COUNTS else int(count)
        unit = "days" if m.group(2).lower() == "jours" else "weeks"
        return f"in {number} {unit}"
    if kind == "foreign period end":
        word = next(g for g in (m.group(1), m.group(3), m.group(6), m.group(7)) if g).lower()
        period = _FOREIGN_PERIODS.get(word, "year")
        ahead = bool(m.group(2) or m.group(4) or m.group(5))
        return f"by the end of {'next' if ahead else 'the'} {period}"
    if kind == "next weekday":
        return f"next {_WEEKDAYS[(m.group(1) or m.group(2)).lower()]}"
    if kind == "period end":
        period = _PERIODS[next(g for g in m.groups() if g).lower()]
        return "by year-end" if period == "year" else f"by the end of the {period}"
    return f"end of {_MONTHS.get(m.group(1).lower(), m.group(1).capitalize())}"


def english_dates(text: str) -> str:
    """``text`` with its Portuguese and Dutch date phrases said in English."""
    low = text.lower()
    if not any(n in low for n in _NEEDLES):
        return text
    for pattern, kind in _REWRITES:
        text = pattern.sub(lambda m, k=kind: _english(k, m), text)  # type: ignore[misc]
    return text

"""Sales questions asked in Dutch ("wat is mijn winrate dit kwartaal?", "hoeveel deals hebben we in oktober
verloren?"), read like the German ones of :mod:`agents.offline.german`: their question words, pronouns, verbs and
calendar words put in English before names are looked up. Only a message with three Dutch marker words, one of them
a word no other chat language uses, is touched, so an English "is", "we" or "van" never changes meaning; deal words
reps keep in English ("deals", "pipeline", "Q3") need nothing."""

from __future__ import annotations

import re

# words only Dutch uses among the chat's languages: one is needed besides two more markers
_STRONG = re.compile(
    r"\b(?:hoeveel|mijn|onze|kwartaal|maand|jaar|vorig|vorige|gewonnen|verloren|welke|omzet|winrate|graag"
    r"|alsjeblieft|bedankt|goedemorgen|goedemiddag|dankjewel|heb|hebben|heeft|zijn|klanten|gemiddelde|sinds)\b"
)
_MARKERS = re.compile(
    r"\b(?:hoeveel|wat|wie|welke|mijn|onze|ons|ik|wij|we|heb|hebben|heeft|dit|deze|vorig|vorige|kwartaal|maand"
    r"|jaar|tot|nu|toe|gewonnen|verloren|omzet|winrate|en|van|voor|met|bij|graag|alsjeblieft|aub|bedankt"
    r"|goedemorgen|goedemiddag|hoi|hallo|sinds|zijn|klanten|gemiddelde|het|de|een|totaal|aantal|nieuwe|naar)\b"
)
_MONTHS = ("januari january", "februari february", "maart march", "mei may", "juni june", "juli july",
           "augustus august", "oktober october")  # fmt: skip
_PHRASES = {
    "hoeveel": "how many", "hoe veel": "how many", "wat is": "what is", "wat zijn": "what are", "wat": "what",
    "welke": "which", "wie": "who", "heb ik": "have i", "ik heb": "i have", "hebben we": "have we",
    "hebben wij": "have we", "we hebben": "we have", "wij hebben": "we have", "heeft": "has", "ik": "i",
    "wij": "we", "mijn": "my", "onze": "our", "ons": "our", "mijn team": "my team",
    "gewonnen": "won", "verloren": "lost", "gesloten": "closed", "afgesloten": "closed", "openstaande": "open",
    "omzet": "revenue", "winrate": "win rate", "win-rate": "win rate", "winstpercentage": "win rate",
    "slagingspercentage": "win rate", "gemiddelde": "average", "totaal": "total", "aantal": "number of",
    "klanten": "customers", "klant": "customer", "grootste": "biggest", "kleinste": "smallest", "oudste": "oldest",
    "dit kwartaal": "this quarter", "deze maand": "this month", "dit jaar": "this year",
    "vorig kwartaal": "last quarter", "vorige kwartaal": "last quarter", "vorige maand": "last month",
    "vorig jaar": "last year", "vorige jaar": "last year", "tot nu toe": "so far", "tot dusver": "so far",
    "kwartaal": "quarter", "maand": "month", "jaar": "year", "sinds": "since",
    "eerste helft": "first half", "tweede helft": "second half", "nieuwe": "new", "nieuw": "new",
    "en": "and", "voor": "for", "met": "with", "bij": "at", "van": "of", "het": "the", "de": "the",
    "goedemorgen": "good morning", "goedemiddag": "good afternoon", "hoi": "hi", "hallo": "hi",
    "bedankt": "thanks", "dankjewel": "thanks", "dank je": "thanks", "graag": "please", "alsjeblieft": "please",
    "aub": "please", "zijn": "are", "is": "is",
    **dict(pair.split() for pair in _MONTHS),
    # a quarter by its ordinal: "in het derde kwartaal", "in het 3e kwartaal" (in Q3)
    **{f"{word} kwartaal": f"q{n}" for n, words in enumerate((("eerste", "1e", "1ste"), ("tweede", "2e", "2de"),
       ("derde", "3e", "3de"), ("vierde", "4e", "4de")), start=1) for word in words},
}  # fmt: skip
_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b", re.I)
# a deal moved into the stage, the verb last: "naar Engaging gebracht", "in de engaging-fase gezet"; read as
# "brought into engaging", the move dated by the period asked (the deals' engage date)
_INTO_ENGAGING = re.compile(
    r"\b(?:naar|in|in de) (?:de )?engaging(?:[- ]?(?:fase|stadium|status))? (?:gebracht|gekregen|verplaatst|gezet"
    r"|geschoven|gegaan|gekomen|overgegaan|doorgezet)\b",
    re.I,
)


def in_english(text: str) -> str:
    """``text`` with its Dutch words in English when it reads as Dutch; any other message unchanged."""
    lowered = text.lower()
    if len(set(_MARKERS.findall(lowered))) < 3 or not _STRONG.search(lowered):
        return text
    text = _INTO_ENGAGING.sub("brought into engaging", text)
    return _PHRASE.sub(lambda m: _PHRASES[m.group(1).lower()], text)

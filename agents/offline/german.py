"""Sales questions asked in German ("wie viele Deals habe ich im Oktober verloren?"): their question words, verbs,
pronouns and calendar words read as the English ones the parser knows. Only a message that reads as German is
touched, so an English "die" or "war" never changes meaning; deal words reps keep in English ("deals", "pipeline",
"Q3") need nothing. The message is put into English before names are looked up, so a German word one letter from a
rep's name ("Frage", "Frase") is never read as that rep."""

from __future__ import annotations

import re

# words that mark a message as German; three different ones are needed
_MARKERS = re.compile(
    r"\b(?:ich|wir|wie|viele|viel|habe|haben|hat|meine|meinen|mein|unsere|unser|nur|bitte|anzahl|frage|kurze|verloren"
    r"|gewonnen|offene|offenen|und|nicht|diesem|dieses|diesen|letzten|letztes|quartal|monat|jahr|umsatz|welche"
    r"|welcher|wer|danke|gibt|es|sind|noch|halbjahr|produkte|nach|firmenweit|sektor|branche|kunden|gewinnrate|firma"
    r"|meines|unseres|vor|dem)\b"
)
_PHRASES = {
    "wie viele": "how many", "wie viel": "how much", "welche": "which", "welcher": "which", "welches": "which",
    "wer": "who", "habe ich": "have i", "ich habe": "i have", "haben wir": "have we", "wir haben": "we have",
    "hat": "has", "ich": "i", "wir": "we", "meine": "my", "meinen": "my", "mein": "my", "meiner": "my",
    "unsere": "our", "unser": "our", "unseren": "our", "verloren": "lost", "gewonnen": "won",
    "abgeschlossen": "closed", "offene": "open", "offenen": "open", "umsatz": "revenue", "kunden": "customers",
    "gewinnrate": "win rate", "abschlussquote": "win rate", "erfolgsquote": "win rate", "durchschnitt": "average",
    "durchschnittlich": "average", "insgesamt": "in total", "gesamt": "total", "anzahl": "count",
    "nur": "only", "bitte": "please", "danke": "thanks", "kurze frage": "quick question", "frage": "question",
    "und": "and", "oder": "or", "für": "for", "fuer": "for", "mit": "with", "bei": "at", "im": "in", "am": "on",
    "der": "the", "die": "the", "das": "the", "den": "the", "dem": "the", "ist": "is", "sind": "are",
    "dieses quartal": "this quarter", "diesem quartal": "this quarter", "letztes quartal": "last quarter",
    "letzten quartal": "last quarter", "dieses jahr": "this year", "diesem jahr": "this year",
    "letztes jahr": "last year", "letzten jahr": "last year", "diesen monat": "this month",
    "diesem monat": "this month", "letzten monat": "last month", "letzter monat": "last month",
    "quartal": "quarter", "monat": "month", "jahr": "year", "januar": "january", "februar": "february",
    "märz": "march", "maerz": "march", "mai": "may", "juni": "june", "juli": "july", "oktober": "october",
    "dezember": "december",
    "ersten halbjahr": "first half", "erstes halbjahr": "first half", "zweiten halbjahr": "second half",
    "zweites halbjahr": "second half", "dieses halbjahr": "this half", "diesem halbjahr": "this half",
    "letzten halbjahr": "last half", "halbjahr": "half", "produkte": "products", "produkt": "product",
    "nach": "by", "gewonnenem": "won", "gewonnenen": "won", "firmenweit": "company-wide", "beträgen": "amounts",
    "seit": "since",
    # the accounts a figure is for: "mit Kunden aus dem Sektor Software", "in der Branche Retail", "ganze Firma"
    "sektor": "sector", "branche": "sector", "aus": "from", "kunde": "customer", "konten": "accounts",
    "ganze firma": "company-wide", "gesamte firma": "company-wide", "ganzen firma": "company-wide",
    "wie hoch": "what", "war": "was", "dort": "there",
    # the genitive: "die Win-Rate meines Teams" (my team's win rate); "vor dem Call" (before the call)
    "meines teams": "my team", "unseres teams": "our team", "meines": "my", "unseres": "our",
    "vor dem": "before the", "vor der": "before the", "vor": "before", "win-rate": "win rate",
    "gewinn-rate": "win rate", "abschlussrate": "win rate", "neue": "new", "neuen": "new", "neu": "new",
    # a quarter by its ordinal: "im dritten Quartal", "im 3. Quartal" (in Q3)
    **{f"{word} quartal": f"q{n}" for n, words in enumerate((("ersten", "erstes", "erste", "1."),
       ("zweiten", "zweites", "zweite", "2."), ("dritten", "drittes", "dritte", "3."),
       ("vierten", "viertes", "vierte", "4.")), start=1) for word in words},
}  # fmt: skip
_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")\b", re.I)
# a deal moved into the stage, the verb last: "ins Engaging gebracht", "in die Engaging-Phase verschoben"; read as
# "brought into engaging", the move dated by the period asked (the deals' engage date)
_INTO_ENGAGING = re.compile(
    r"\b(?:ins|in die|in den|in|nach|zu) engaging(?:[- ]?(?:phase|stufe|stadium|status))? (?:gebracht|bekommen"
    r"|verschoben|bewegt|überführt|ueberfuehrt|geschoben|gezogen|gehoben|befördert|befoerdert|gekommen|gegangen"
    r"|gerutscht|gewandert|übergegangen|uebergegangen)\b",
    re.I,
)


def in_english(text: str) -> str:
    """``text`` with its German words in English when it reads as German; any other message unchanged."""
    if len(set(_MARKERS.findall(text.lower()))) < 3:
        return text
    text = _INTO_ENGAGING.sub("brought into engaging", text)
    return _PHRASE.sub(lambda m: _PHRASES[m.group(1).lower()], text)

"""More foreign ways a mail dates the signing, said in the English the date readers know (``foreign_dates`` and
``foreign_days`` have the rest): Polish and Turkish months ("koniec października", "İmza tarihi 1 Aralık"), a German
day with its ordinal dot ("am 10. März"), "metà gennaio" / "meados de maio" (mid-month), a signing that slips
("la firma slitta a", "la firma se retrasa:"), a bare "15/09" after "continua" / "bleibt", an old date taken back
("ya no el 31 March": no longer), a fiscal year's end ("año fiscal, que termina en noviembre"), and a date moved
"from January 31 to December 22" (the old one dropped)."""

from __future__ import annotations

import re

from memory.extract.foreign_dates import ENGLISH_MONTHS
from memory.extract.foreign_months import MONTH_WORDS, month_number

_ENGLISH = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
_OWN = {
    # Polish, said alone and in the genitive ("koniec października", "5 września")
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4, "kwietnia": 4,
    "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8,
    "wrzesień": 9, "września": 9, "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
    "grudzień": 12, "grudnia": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # German, for a day written with its ordinal dot
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
_OWN_ENGLISH = {w: _ENGLISH[n - 1] for w, n in _OWN.items()}
_NAMES = {w: _ENGLISH[month_number(w) - 1] for w in MONTH_WORDS} | ENGLISH_MONTHS | _OWN_ENGLISH
_ANY_MONTH = "(" + "|".join(sorted(_NAMES, key=len, reverse=True)) + ")"
_OWN_MONTH = "(" + "|".join(sorted(_OWN_ENGLISH, key=len, reverse=True)) + ")"
_EN_MONTH = "(?:" + "|".join(_ENGLISH) + ")"

_REWRITES: list[tuple[re.Pattern[str], str]] = [
    # a day of a Polish, Turkish or German month: "1 Aralık", "5 września", "am 10. März"
    (re.compile(r"\b([0-3]?\d)\.?[ \t]+" + _OWN_MONTH + r"\b", re.I), "day"),
    # the month's end: "koniec października", "do końca marca", "Aralık sonu"
    (re.compile(r"\b(?:do )?(?:koniec|końca|końcem)[ \t]+" + _OWN_MONTH + r"\b", re.I), "end"),
    (re.compile(r"\b" + _OWN_MONTH + r"[ \t]+sonu(?:na)?\b", re.I), "end"),
    # its middle: "metà gennaio", "a metà di maggio", "meados de maio", "połowa listopada", "Aralık ortası"
    (re.compile(r"\b(?:metà(?: di)?|meados de|połow[aiey](?: do)?)[ \t]+" + _ANY_MONTH + r"\b", re.I), "mid"),
    (re.compile(r"\b" + _OWN_MONTH + r"[ \t]+ortası(?:na)?\b", re.I), "mid"),
    # a fiscal year's end: "año fiscal, que para nosotros termina en noviembre", "Geschäftsjahr endet im Juni"
    (
        re.compile(
            r"\b(?:año fiscal|ano fiscal|exerc[ií]cio fiscal|anno fiscale|exercice fiscal|gesch(?:ä|ae)ftsjahr|"
            r"boekjaar|rok obrotowy|mali yıl)\b[^.;\n]{0,40}?\b(?:termina|acaba|finaliza|encerra|termine|finisce|"
            r"endet|eindigt|kończy się)(?:[ \t]+(?:en|em|a|à|en el mes de|im|in|w))?[ \t]+" + _ANY_MONTH + r"\b",
            re.I,
        ),
        "fiscal",
    ),
]
# a signing that slips: "la firma però slitta a", "la firma se retrasa:", "die Unterschrift verschiebt sich auf"
_SLIPS = re.compile(
    r"\b(firma|assinatura|unterschrift|unterzeichnung|podpisanie|podpis|imza|ondertekening|signature)"
    r"((?:[ \t]+[\w']+)?)[ \t]+(?:se retrasa|se atrasa|slitta|si sposta|verschiebt sich|wordt uitgesteld|"
    r"przesuwa się|se décale|est repoussée|fica para|passa para)(?:[ \t]+(?:a|al|para|para o|auf|naar|na|à|to)\b)?",
    re.I,
)
# "İmza tarihi 1 December": the signing's date
_TURKISH_SIGNING = re.compile(r"\b[İIi]mza(?:[ \t]+tarihi)?\b")
# an old date taken back just before it: "ya no el 31 March", "nicht mehr am 30.06."
_NO_LONGER = re.compile(
    r"\b(?:ya no|já não|nicht mehr|non più|niet meer|już nie)(?:[ \t]+(?:el|o|la|am|il|op|le|de|dia|para))?"
    r"[ \t]+(?=[0-3]?\d\b)",
    re.I,
)
# a bare day and month after "stays" or "on", with no English word the readers key on: "continua 15/09"
_BARE_NUMERIC = re.compile(
    r"\b(continua|continúa|sigue|resta|rimane|bleibt|blijft|pozostaje|será|sarà|em|dnia)[ \t]+"
    r"(?=[0-3]?\d[./][01]?\d(?:[./](?:\d{4}|\d{2}))?(?![\d/]))",
    re.I,
)
# a date moved from an old day to a new one: the old one is no longer the deal's
_MOVED_FROM = re.compile(
    r"\b(?:pull|push|mov|shift|bring|brought|bump|chang|slip|slid)\w*\b[^.;\n]{0,30}?\bfrom[ \t]+"
    r"(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    + _EN_MONTH
    + r"|"
    + _EN_MONTH
    + r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)[ \t]+(?=to\b)",
    re.I,
)
# the cheap tests, one per rewrite above (most texts need none of them)
_REWRITE_NEEDLES = (
    tuple(_OWN_ENGLISH), ("koniec", "końc"), ("sonu",), ("metà", "meados", "połow"), ("ortası",),
    ("fiscal", "ftsjahr", "boekjaar", "obrotowy", "mali yıl"),
)  # fmt: skip
_NO_LONGER_NEEDLES = ("ya no", "já não", "nicht mehr", "non più", "niet meer", "już nie")
_NUMERIC_NEEDLES = ("continua", "continúa", "sigue", "resta", "rimane", "bleibt", "blijft", "pozostaje", "será",
                    "sarà", "em ", "dnia")  # fmt: skip


def _english(kind: str, m: re.Match[str]) -> str:
    if kind == "day":
        return f"{m.group(1)} {_OWN_ENGLISH[m.group(2).lower()]}"
    month = _NAMES[m.group(1).lower()]
    if kind == "fiscal":
        return f"fiscal year ends in {month}"
    return f"end of {month}" if kind == "end" else f"mid-{month}"


def signing_dates(text: str) -> str:
    """``text`` with these signing dates said in English."""
    low = text.lower()
    for (pattern, kind), needles in zip(_REWRITES, _REWRITE_NEEDLES, strict=True):
        if any(n in low for n in needles):
            text = pattern.sub(lambda m, k=kind: _english(k, m), text)  # type: ignore[misc]
    if "mza" in low:
        text = _TURKISH_SIGNING.sub("signature date", text)
    if any(
        n in low
        for n in (
            "firma",
            "assinatura",
            "unterschrift",
            "unterzeichnung",
            "podpis",
            "imza",
            "ondertekening",
            "signature",
        )
    ):
        text = _SLIPS.sub(lambda m: f"{m.group(1)}{m.group(2)} slips to", text)
    if any(n in low for n in _NO_LONGER_NEEDLES):
        text = _NO_LONGER.sub("no longer ", text)
    if any(n in low for n in _NUMERIC_NEEDLES):
        text = _BARE_NUMERIC.sub(lambda m: f"{m.group(1)} on ", text)
    if "from" in low:
        text = _MOVED_FROM.sub(lambda m: m.group(0)[: m.group(0).lower().rindex("from")], text)
    return text

"""A figure written out in Spanish, Portuguese or French words, as reps dictate their notes: "cuarenta y cinco mil
dólares" (45,000), "doce mil quinientos" (12,500), "quarenta e dois mil" (42,000), "quarante-cinq mille" (45,000).
Written as digits so the money readers take it (they read "mil" as the English million). Only a run of these words
with a thousand or a million in it is rewritten: "dos" or "six" alone is no figure."""

from __future__ import annotations

import re

_SMALL = {
    # Spanish
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90,
    # Portuguese
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11,
    "doze": 12, "treze": 13, "quatorze": 14, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
    "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    "sessenta": 60, "oitenta": 80,
    # French ("soixante-dix" adds up: 60 + 10; "quatre-vingt" multiplies, read below)
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "douze": 12, "treize": 13, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60,
}  # fmt: skip
# hundreds said in one word (Spanish, Portuguese); French "cent" multiplies what is before it
_HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
    "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900,
    "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
    "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500, "seiscentos": 600,
    "setecentos": 700, "oitocentos": 800, "novecentos": 900,
}  # fmt: skip
_SCALES = {"mil": 1_000, "mille": 1_000, "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000,
           "milhão": 1_000_000, "milhao": 1_000_000, "milhões": 1_000_000, "milhoes": 1_000_000}  # fmt: skip
_FRENCH_CENT = ("cent", "cents")
_AND = ("y", "e", "et")
_WORDS = sorted([*_SMALL, *_HUNDREDS, *_SCALES, *_FRENCH_CENT], key=len, reverse=True)
_WORD = "(?:" + "|".join(_WORDS) + ")"
# a run of number words joined by spaces, hyphens or "y"/"e"/"et": "cuarenta y cinco mil", "quarante-cinq mille"
_RUN = re.compile(
    r"(?<![\w-])" + _WORD + r"(?:(?:[ \t]+(?:(?:y|e|et)[ \t]+)?|-)" + _WORD + r")*(?![\w-])", re.IGNORECASE
)
# the cheap test first: a Romance thousand or million ("million" is English, and read as it is)
_NEEDLE = re.compile(r"\bmil(?:le|lón|lon|lones|hão|hao|hões|hoes)?\b", re.IGNORECASE)


def romance_value(run: str) -> int | None:
    """The value of a run of Spanish, Portuguese or French number words, or None when it holds no thousand,
    million (a figure that small is left as written)."""
    words = [w for w in re.split(r"[ \t-]+", run.lower()) if w not in _AND]
    if len(words) < 2 or not any(w in _SCALES for w in words):
        return None  # "mil" alone is the English million's short form ("half a mil"); a bare hundred is no deal
    total = current = 0
    for i, word in enumerate(words):
        if word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        elif word in _FRENCH_CENT:
            current = (current or 1) * 100
        elif word in ("vingt", "vingts") and i and words[i - 1] == "quatre":
            current += 80 - 4  # "quatre-vingt": four twenties
        else:
            current += _HUNDREDS.get(word) or _SMALL[word]
    value = total + current
    return None if 2000 <= value < 2100 and words[1] in ("mil", "mille") else value  # "dos mil diecisiete": a year


def romance_figures(text: str) -> str:
    """``text`` with each run of Spanish, Portuguese or French number words holding a thousand written in digits."""
    if not _NEEDLE.search(text):
        return text  # the cheap test first
    return _RUN.sub(lambda m: f"{v:,}" if (v := romance_value(m.group(0))) else m.group(0), text)

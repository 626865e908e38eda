"""A figure written out in German as one word, as dictation software writes it: "vierundzwanzigtausendeinhundert"
(24,100), "zwölftausendfünfhundert" (12,500), "dreihundertzwanzigtausend" (320,000). Written as digits so the
money readers take it; only words with "hundert" or "tausend" in them ("ein", "eine" are articles)."""

from __future__ import annotations

import re

_UNITS = {"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
          "acht": 8, "neun": 9}  # fmt: skip
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
          "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}  # fmt: skip
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
         "neunzig": 90}  # fmt: skip
_WORD = re.compile(r"(?<![\w-])[a-zäöüß]*(?:hundert|tausend)[a-zäöüß]*(?![\w-])", re.IGNORECASE)
_TYPED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})  # "fuenftausend": no umlaut keys
_PLAIN = {w.translate(_TYPED): w for table in (_UNITS, _TEENS, _TENS) for w in table}


def _below_100(s: str) -> int | None:
    if s == "":
        return 0
    for table in (_UNITS, _TEENS, _TENS):
        if s in table:
            return table[s]
    unit, und, tens = s.partition("und")  # "vierundzwanzig": four and twenty
    return _UNITS[unit] + _TENS[tens] if und and unit in _UNITS and tens in _TENS else None


def _below_1000(s: str) -> int | None:
    if "hundert" not in s:
        return _below_100(s)
    head, _, rest = s.partition("hundert")
    hundreds = 1 if head == "" else _UNITS.get(head)
    below = _below_100(rest)
    return None if hundreds is None or below is None else hundreds * 100 + below


def german_value(word: str) -> int | None:
    """The value of one German number word with "hundert" or "tausend" in it, or None when it is none."""
    s = word.lower()
    if s in ("hundert", "tausend"):
        return None  # "tausend Dank": a thousand thanks, no figure
    for plain, umlaut in sorted(_PLAIN.items(), key=lambda p: -len(p[0])):
        s = s.replace(plain, umlaut) if plain != umlaut else s
    if "tausend" not in s:
        return _below_1000(s)
    head, _, rest = s.partition("tausend")
    thousands = 1 if head in ("", "ein", "eintausend") else _below_1000(head)
    below = _below_1000(rest)
    return None if thousands is None or below is None else thousands * 1000 + below


def german_figures(text: str) -> str:
    """``text`` with each German number word above written in digits."""
    if "hundert" not in text and "tausend" not in text and "Tausend" not in text and "Hundert" not in text:
        return text  # the cheap test first
    return _WORD.sub(lambda m: str(v) if (v := german_value(m.group(0))) else m.group(0), text)

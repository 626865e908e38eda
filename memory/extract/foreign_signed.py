"""A signing and its day in French, Spanish or German notes, said in the English the stage and date readers know:
"ils ont signé ce matin" reads "they signed this morning", "firmaron hoy" reads "they signed today", "sie haben
heute unterschrieben" reads "they signed today". Only the signing of the customer ("ils", "elles", "on", a
plural verb) and a few words for today are rewritten; a signing to come ("vont signer", "wollen unterschreiben")
is left as written, so no stage is read from it."""

from __future__ import annotations

import re

# the day of a past signing: "ce matin" (this morning), "aujourd'hui", "esta mañana", "hoy", "heute (früh)"
_TODAY = {
    "ce matin": "this morning", "cet après-midi": "this afternoon", "aujourd'hui": "today", "aujourd’hui": "today",
    "esta mañana": "this morning", "esta tarde": "this afternoon", "hoy": "today",
    "heute morgen": "this morning", "heute früh": "this morning", "heute": "today",
}  # fmt: skip
_DAY = "(?:" + "|".join(re.escape(d) for d in sorted(_TODAY, key=len, reverse=True)) + ")"
_SIGNED = re.compile(
    r"\b(?:(?:ils|elles|on) (?:ont|a) (?:enfin |finalement |déjà )?sign[ée]s?"
    r"|(?:ya |por fin )?(?:firmaron|han firmado)"
    r"|(?:sie )?haben (?:(" + _DAY + r") |endlich |schon )*unterschrieben)\b"
    r"(?:\s+(" + _DAY + r")\b)?",
    re.IGNORECASE,
)


def english_signed(text: str) -> str:
    """``text`` with a French, Spanish or German past signing (and its day, if said) in English."""
    low = text.lower()
    if "sign" not in low and "firm" not in low and "unterschrieben" not in low:
        return text

    def english(m: re.Match[str]) -> str:
        day = m.group(1) or m.group(2)
        return "they signed" + (f" {_TODAY[day.lower()]}" if day else "")

    return _SIGNED.sub(english, text)

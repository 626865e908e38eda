"""Ethnic-origin cues for the peoples of mainland Southeast Asia the older tables lack ("is Khmer Krom", "a Cham
family", "ethnically Kachin"), and for any people or origin told as one side of a person's family ("his mum's side is
Khmer Krom", "her dad's side are Punjabi", "on his mother's side he's Korean"): a family's side is descent, where
"she is Korean" alone may be a passport.

Senses that must stay quiet: a people's name as a place's, a thing's or a market's ("the Kachin State tender", "Khmer
script support", "the Cham Islands trip"), and a family's side in a deal or a game ("the buyer's side is ready",
"his mum's side is the bigger one")."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _ETHNIC_ASCII, _ORIGIN

# Karen, Chin, Shan, Iban and Moro are left out: all are given names or surnames too ("this is Shan")
_PEOPLE = (
    r"(?-i:Khmer Krom|Khmer Loeu|Khmer|Cham|Kayin|Karenni|Kachin|Rakhine|Montagnards?|Degar|Jarai|Rhade|Bahnar|"
    r"Iu Mien|Akha|Tai Dam|Tai Lue|Muong|Lao Loum|Lao Theung|Moken|Kadazan|Bidayuh|Melanau|Bajau|Tausug|Maranao)"
)
_NOT_A_THING = (
    r"(?! (?:State|state|script|font|language (?:support|pack|version)|localisation|localization|translation|"
    r"market|cuisine|food|restaurant|Islands?|Rouge|Empire|New Year|era|region|province|government|tenders?)\b)"
)
# a person said to be one (looked behind for, so the names stay the literals the cue prefilter needs)
_SAID_OF = (
    r"(?:"
    + "|".join(
        rf"(?<=\b{word} )"
        for word in ("is", "was", "are", "were", "'s", "’s", "'m", "am", "an", "a", "as", "proudly", "ethnic")
        + ("ethnically", "identifies as", "half")
    )
    + r")"
)
# one side of a family, by the parent or grandparent it comes through
_SIDE = (
    r"(?:(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s)) )?(?:mum|mom|mother|dad|father|grandma|grandmother|"
    r"grandpa|grandfather|nan|gran|papa|mama)(?:'s|’s) side(?: of the family)?"
)

# any people's or origin's name ("Khmer Krom", "Punjabi", "Korean")
_ANY = r"(?:" + _PEOPLE + r"|" + _ETHNIC_ASCII + r"|" + _ORIGIN + r")\b"

FAMILY_SIDES = (
    (_SAID_OF + _PEOPLE + r"\b" + _NOT_A_THING + r"|\b" + _PEOPLE + r" (?:family|families|parents|grandparents|"
     r"heritage|roots|origin|descent|background|minority)\b", "person"),
    (r"\b" + _SIDE + r" (?:is|are|was|were|'s|’s) (?:all |originally |mostly |partly |fully )?" + _ANY + _NOT_A_THING
     + r"|\bon (?:his|her|my|their) (?:mum|mom|mother|dad|father)(?:'s|’s) side,? (?:he|she|I|they)(?:'s|’s| is| was|"
     r" are|'m| am) " + _ANY, "person"),
)  # fmt: skip

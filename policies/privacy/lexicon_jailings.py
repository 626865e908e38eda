"""Criminal-record cues for a jailing told in the active voice, the person its object: "the government there
jailed him for a week", "they locked her up overnight", "a court convicted him in 2015". The passive ("was
jailed") is :mod:`.lexicon_criminal`'s. A sentence counts whatever the offence was, a political one too.

Senses that must stay quiet: a jailing of a group or of nobody named ("they jailed the hackers"), and what
locks someone in without a cell ("the contract locked him in", "that meeting held her up")."""

from __future__ import annotations

JAILINGS = (
    (
        r"\b(?:jailed|imprisoned|incarcerated|convicted|prosecuted|sentenced) (?:him|her|them|me)\b|"
        r"\blocked (?:him|her|them|me) up\b(?! in (?:meetings?|calls?|the office))|"
        r"\bput (?:him|her|them|me) (?:in|behind) (?:jail|prison|bars)\b",
        "person",
    ),
)

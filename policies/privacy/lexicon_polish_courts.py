"""Criminal records in Polish ("został skazany za przyjmowanie łapówek", "prawomocnie skazana", "siedział w
więzieniu", "ma wyrok w zawieszeniu"), which :mod:`.lexicon_convictions_abroad` did not read.

Senses that must stay quiet: "skazany na porażkę" (doomed to fail) and "skazani na siebie" (stuck with each
other): a sentence is only read with "za" (for an offence), a penalty or "prawomocnie"."""

from __future__ import annotations

POLISH_COURTS = (
    (
        r"\b(?:skazan[yai]|skazane|prawomocnie skazan[yai])\b(?: \w+){0,3}? (?:za|na karę|na \d+ (?:lat|lata|"
        r"miesięcy|miesiące)|na (?:dożywocie|grzywnę)|wyrokiem)\b(?! (?:porażkę|niepowodzenie|siebie|sukces)\b)|"
        r"\b(?:siedział|siedziała) w więzieniu\b|\bma (?:wyrok|wyrok w zawieszeniu|zarzuty)\b|"
        r"\b(?:został|została) (?:\w+ ){0,3}?(?:aresztowan[ya]|zatrzyman[ya] przez policję|oskarżon[ya] o)\b",
        "person",
    ),
)

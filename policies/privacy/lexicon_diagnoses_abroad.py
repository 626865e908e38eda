"""Health cues for an illness or its treatment told in German or French: "nach meinem Herzinfarkt", "hatte einen
Schlaganfall", "beginne eine dreiwöchige Anschlussheilbehandlung", "je suis séropositif", "atteinte d'un cancer",
"il est sous chimio".

Senses that must stay quiet: the illness as a market, a study or a risk ("das Risiko für einen Herzinfarkt senken",
"Reha-Kliniken nach einem Schlaganfall als Zielgruppe", "les personnes séropositives", "la lutte contre le VIH"):
so the illness must be someone's (a possessive, or a verb of having it) and one person's (singular)."""

from __future__ import annotations

_EVENT_DE = (
    r"(?:Herzinfarkt|Schlaganfall|Hirnschlag|Bandscheibenvorfall|H[öo]rsturz|Nervenzusammenbruch|Burn-?out|"
    r"Herzstillstand|Lungenembolie|Infarkt|Tumor|Krebs)"
)
_TREATMENT_DE = (
    r"(?:Anschlussheilbehandlung|AHB|Chemotherapie|Chemo|Strahlentherapie|Bestrahlung|Dialyse|Psychotherapie|"
    r"Krebstherapie|Entzugstherapie)"
)
_ILLNESS_FR = r"(?:VIH|sida|cancer|leuc[ée]mie|scl[ée]rose en plaques|tumeur|maladie de \w+|d[ée]pression|burn-?out)"

DIAGNOSES_ABROAD = (
    (
        r"(?-i:\b(?:[Mm]ein(?:em|en)?|[Ss]ein(?:em|en)?|ihrem|ihren)) (?:\w+ )?" + _EVENT_DE + r"\b(?![-\w])|"
        r"\b(?:hatte|erlitt|erlitten|bekam|bekommen) (?:\w+ ){0,3}?(?:einen|einem) (?:\w+ )?"
        + _EVENT_DE
        + r"\b(?![-\w])",
        "person",
    ),
    (r"(?-i:\b(?:eine|[Mm]eine|[Ss]eine|ihre)) (?:\w+ )?" + _TREATMENT_DE + r"\b(?![-\w])", "person"),
    (
        r"\b(?:suis|est|était|étais|serait|soit) (?:\w+ )?s[ée]ropositi(?:f|ve)\b|"
        r"\batteinte? (?:du |de la |d['’]une? |d['’])" + _ILLNESS_FR + r"\b|"
        r"\b(?:suis|est|était|étais) (?:sous|en) chimio(?:th[ée]rapie)?\b",
        "person",
    ),
)

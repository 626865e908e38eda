"""Political-opinion cues for a candidacy in Danish, Norwegian or Swedish: "stiller op for Enhedslisten til
kommunalvalget", "stiller til valg for Høyre", "kandiderar för Vänsterpartiet i kommunvalet".

Senses that must stay quiet: turning out for a team or a meeting ("stiller op for holdet", "stiller op til
mødet") and a firm's tender ("stiller op i udbuddet"): so the candidacy needs a party or an election after it."""

from __future__ import annotations

_PARTY = (
    r"(?-i:Enhedslisten|Socialdemokratiet|Socialdemokraterne|Venstre|Det Konservative Folkeparti|De Konservative|"
    r"Konservative|SF|Socialistisk Folkeparti|Radikale Venstre|Radikale|Dansk Folkeparti|Liberal Alliance|"
    r"Moderaterne|Danmarksdemokraterne|Alternativet|Nye Borgerlige|Arbeiderpartiet|Høyre|Fremskrittspartiet|"
    r"Senterpartiet|Rødt|Miljøpartiet|Kristelig Folkeparti|Vänsterpartiet|Moderaterna|Socialdemokraterna|"
    r"Centerpartiet|Liberalerna|Kristdemokraterna|Sverigedemokraterna)"
)
_ELECTION = (
    r"(?:(?:kommunal|folketings|regionsråds|byråds|europaparlaments|europa-parlaments|stortings|fylkestings|"
    r"kommune|kommun|riksdags|region)val(?:get|et)?|byrådet|Folketinget|regionsrådet|Stortinget|riksdagen|"
    r"kommunfullmäktige|regionfullmäktige|kommunestyret)"
)

NORDIC_CANDIDACIES = (
    (
        r"\b(?:still(?:er|ede|e|te|t)? (?:op|opp) (?:for|til)|still(?:er|te|e)? til valg (?:for|på|til)|"
        r"kandiderar (?:för|till)|kandiderer (?:for|til)) (?:\w+ ){0,3}?(?:" + _PARTY + r"|" + _ELECTION + r")\b",
        "person",
    ),
)

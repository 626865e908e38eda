"""A pilgrimage someone makes, in Dutch, German, French, Spanish, Portuguese and Italian ("op hadj naar Mekka",
"geht auf Hadsch", "part faire le hajj", "va a hacer la umrah", "peregrinação a Fátima", "pellegrinaggio a
Lourdes"): going on one tells the faith. The English cues (:mod:`.lexicon_rites`) knew only "hajj" in English.

Senses that must stay quiet: a trip to a place only ("een zakenreis naar Mekka" is no pilgrimage word), and a
pilgrimage as a travel firm's product ("hadj-reizen aanbieden", "pacotes de peregrinação")."""

from __future__ import annotations

PILGRIMAGES_ABROAD = (
    (
        r"\b(?:op|auf|zur|en|faire (?:le|la)|hacer (?:el|la)|fazer (?:o|a)|fare (?:il|la)|naar de|na) "
        r"(?:hadj|hadsch|hajj|hadj|umrah|oemra|omra|haj)\b(?![- ]?(?:reizen|reisen|pakket|pacotes?|agentschap))|"
        r"\b(?:bedevaart|pelgrimstocht|Wallfahrt|pèlerinage|peregrinación|peregrinação|pellegrinaggio) "
        r"(?:naar|nach|à|a|al|para|verso) (?:Mekka|Mecca|Meca|La Mecque|Lourdes|Fátima|Fatima|Santiago|Rome|Rom|"
        r"Roma|Medina|Jeruzalem|Jerusalem|Częstochowa|Kevelaer)\b",
        "person",
    ),
)

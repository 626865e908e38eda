"""Health cues for a heart attack or a stroke had or come back from, told in Spanish, Portuguese or Dutch ("tuvo un
infarto", "sufrió un ictus", "teve um AVC", "depois do enfarte", "heeft een hartaanval gehad", "na zijn beroerte"),
and Dutch illness told plainly ("is ziek", "ligt in het ziekenhuis", "is geopereerd aan zijn knie", "heeft
griep"). (Polish is :mod:`.lexicon_polish_health`'s.)

Senses that must stay quiet: the illness as a risk, a market or a study ("reduce el riesgo de infarto", "a
prevenção do AVC", "de kans op een beroerte"), "derrame" as a spill ("um derrame de óleo"), and Dutch "ziek van"
(fed up with) and the negated "is niet ziek", which the word order keeps apart: so the event needs a verb of
having it or "after" with its owner, and "ziek" a verb of being right before it."""

from __future__ import annotations

# a heart attack, a stroke, a clot
_ATTACK = (
    r"(?:infarto|enfarte|ictus|(?-i:AVC)|derrame(?! de\b)(?: cerebral)?|embolia|trombose|trombosis|hartaanval|"
    r"hartinfarct|herseninfarct|beroerte|hersenbloeding)"
)
_HAD = (
    # Spanish and Portuguese, the event had or suffered; Dutch, had or got
    # (not Dutch "had", which would set the cue off on every English text)
    r"\b(?:tuvo|ha tenido|sufrió|ha sufrido|le dio|teve|sofreu|deu-lhe|kreeg|krijgt|heeft)\s(?:\w+\s){0,2}?"
    r"(?:un|una|uma|um|een)\s(?:\w+\s)?" + _ATTACK + r"\b"
)
# after one, with its owner or its article ("después del infarto", "depois do AVC", "na zijn hartaanval")
_AFTER = (
    r"\b(?:después del?|tras (?:el |su |un )?|depois d[oe]|desde o|após (?:o |um |seu )?|na (?:zijn|haar|een) |sinds "
    r"(?:zijn|haar) )(?:\w+ )?" + _ATTACK + r"\b"
)
# Dutch illness: a verb of being right before "ziek" (not "ziek van", fed up), a hospital stay, an operation, a flu
_DUTCH_ILL = (
    r"\b(?:is|was|ben|ligt|lag|werd) (?:nog |al |weer |erg |flink |behoorlijk |sinds \w+ |sinds gisteren )?ziek\b"
    r"(?! van\b)(?!-)|\b(?:ligt|lag|is opgenomen|werd opgenomen|zit) (?:\w+ ){0,3}?in het ziekenhuis\b|"
    r"\b(?:is|werd|wordt) (?:\w+ )?geopereerd\b|\b(?:heeft|had) (?:de |een )?(?:griep|koorts|longontsteking|"
    r"hersenschudding|corona|covid)\b"
)

ATTACKS_ABROAD = ((_HAD, "person"), (_AFTER, "person"), (_DUTCH_ILL, "person"))

"""Criminal-record cues told in a rep's other languages by the inquiry or the record rather than the verdict:
German "gegen ihn läuft ein Ermittlungsverfahren wegen Untreue", Spanish "una condena por tráfico de drogas"
(the noun, where :mod:`.lexicon_convictions_abroad` has the passive), and Hinglish "police ne arrest kiya",
"bail pe bahar hai", "uske khilaf FIR".

Senses that must stay quiet: an inquiry into a firm or a matter ("ein Ermittlungsverfahren der Kartellbehörde
gegen den Konzern" has no offence after "wegen" and no person), a condemnation as criticism ("su condena del
acuerdo", "la condena por parte del gobierno"), bail and arrest as business words ("bail out the project"), Hinglish
"fir mein" (then) and a cardiac arrest."""

from __future__ import annotations

# German: a criminal inquiry with its offence, or charges brought ("angeklagt wegen", "Anklage wegen")
_INQUIRY = (
    r"\b(?:Ermittlungsverfahren|Strafverfahren|Strafanzeige|Anklage) (?:\w+ ){0,3}?wegen\b|"
    r"\b(?:wurde|ist|war|wird) (?:\w+ ){0,3}?angeklagt wegen\b|\bermittelt (?:\w+ ){0,4}?wegen\b|"
    # the offence before the verb, as a passive or a clause puts it ("gegen ihn wird wegen Bestechung ermittelt",
    # "weil er wegen Betrugs angeklagt ist"); "wegen" then names an offence, not a reason ("wegen des Streiks")
    r"\bwegen (?!(?:des|der|dem|den|eines|einer) (?!Verdachts?\b))(?:\w+ ){1,4}?(?:ermittelt|angeklagt|verurteilt)\b"
)
# the same against a titled or named person, who is then in the match ("gegen Herrn Brandt läuft ein ...")
_AGAINST_SOMEONE = (
    r"\bgegen (?:(?:den |die )?(?:\w+ )?(?:Herrn?|Frau|Dr\.) (?-i:[A-ZÄÖÜ]\w+)|ihn|sie) (?:\w+ ){0,4}?"
    r"(?:Ermittlungsverfahren|Strafverfahren|Anklage) (?:\w+ ){0,2}?wegen\b"
)
# Spanish, Italian, French and Portuguese: the sentence as a noun with what it was for
_SENTENCE_NOUN = (
    r"\b(?:una|la|su|sua|une|sa|uma|alguna|una vieja|un'?|una antigua) (?:\w+ )?(?:condena|condanna|condamnation|"
    r"condena[çc][ãa]o) (?:previa |penale |pénale )?(?:por|per|pour|para) (?!parte\b|la decisi|el acuerdo|l'accordo)\w+"
)
# Hinglish: the police and the record in Hindi word order ("police ne ... arrest kiya", "bail pe bahar hai")
_HINGLISH = (
    r"\bpolice ne (?:\w+ ){0,6}?(?:arrest|giraftar|gireftar|pakad) (?:kiya|kar liya|kiya tha|liya)\b|"
    r"(?<!cardiac )(?<!heart )\b(?:arrest|giraftar) (?:ho gaya|ho gayi|hua|hui|hua tha|hui thi)\b|"
    r"\b(?:bail|zamanat) (?:pe|par) (?:bahar|baahar|chhoota|chhuta|chhooti|chhuti|hai)\b|"
    r"\b(?-i:FIR) (?:mein|me|darj|lodge)\b|\b(?:jail|jel) (?:mein|me) (?:hai|tha|thi|gaya|gayi|the)\b"
)

PROBES_ABROAD = ((_INQUIRY, "person"), (_AGAINST_SOMEONE, "self"), (_SENTENCE_NOUN, "person"), (_HINGLISH, "person"))

"""Health cues for a person's leave or legal status told in the words of the country that grants it: Nordic
sick-listing and burnout ("han är sjukskriven", "hun er sykmeldt", "har gått in i väggen"), Dutch and Polish sick
leave ("wegens ziekteverlof", "na zwolnieniu lekarskim") and the German severe-disability status with its degree
("ist schwerbehindert", "GdB 50", "Grad der Behinderung von 30").

Each is a state said of someone, never the scheme's name: "Sjukskrivning rules changed", "die
Schwerbehindertenvertretung" (the staff body) and "schwerbehindertengerechte Toiletten" (a venue's fittings)
name no one's health."""

from __future__ import annotations

# sick-listed, on sick leave, burnt out: the participles and adjectives Swedish, Norwegian and Danish say of a person
_NORDIC_STATE = (
    r"\b(?:sjukskriven|sjukskrivna|sjukskrivet|sjukledig|sjukledige?|sykmeldt|sykemeldt|sykmeldte|sygemeldt|"
    r"sygemeldte|utbränd|utbrända|utbrent|utbrente|utbrændt|utbrændte)\b"
)
# burnout named as what someone has or hit ("har utmattningssyndrom", "gick in i väggen")
_NORDIC_BURNOUT = (
    r"\b(?:har|hade|fick|fått|får|med)\s(?:\w+\s)?(?:utmattningssyndrom|utmattelsessyndrom|"
    r"utmattelsesdepresjon|stressrelateret depression)\b|\b(?:gått|gick|går) in i väggen\b"
)
# a person's German disability status: the adjective said of them, or the degree the office gave them
_SCHWERBEHINDERT = (
    r"\b(?:ist|sind|war|bin|als|wird|wurde|gilt als|is|as) (?:\w+ )?(?:schwerbehindert|schwerbehinderte[rn]?)\b|"
    r"\((?-i:GdB) \d{2,3}\)|\b(?:einen?|mit|hat|has|with|of) (?:einem )?"
    r"(?-i:GdB)(?: von)? \d{2,3}\b|\bGrad (?:der|seiner|ihrer) Behinderung (?:von |liegt bei |ist |beträgt )?\d{2,3}\b|"
    r"\b(?:seinen?|ihren?|einen?|hat|has|his|her) (?:\w+ )?Schwerbehindertenausweis\b"
)

# Dutch and Polish sick leave and burnout (Polish often typed without diacritics): "wegens ziekteverlof", "zit thuis
# met een burn-out", "na zwolnieniu lekarskim", "na L4"; "de regels voor ziekteverlof" is a policy, no one's leave
_DUTCH_POLISH = (
    r"\b(?:wegens|met|vanwege|door|in verband met|ivm) (?:\w+ )?ziekteverlof\b|\b(?:is|ben|zit|was|heeft zich) "
    r"(?:\w+ )?(?:ziek ?gemeld|overspannen|in de ziektewet)\b|\b(?:heeft|had|met|zit thuis met) (?:een )?burn-?out\b|"
    r"\bna (?:zwolnieniu|zwolnienie) (?:lekarskim|lekarskie|chorobowym)\b|\bna (?-i:L4|L-4)\b|"
    r"\b(?:ma|mia[lł]a?|z powodu|przez) wypaleni[ea] zawodowe\w*\b"
)

STATUS_ABROAD = (
    (_DUTCH_POLISH, "person"),
    (_NORDIC_STATE, "person"),
    (_NORDIC_BURNOUT, "person"),
    (_SCHWERBEHINDERT, "person"),
)

"""Health cues in romanised Japanese, as chat types it without a Japanese keyboard ("okusan no ninshin",
"nyuuin shite imasu", "shujutsu o ukeru", "byouki de yasumi"). No lexicon knew Japanese health words but in
kanji; the people these are said of are found by :mod:`.persons_romaji`.

Senses that must stay quiet: the same words in a product or a sales pitch for hospitals ("nyuuin kanri
shisutemu" an inpatient management system, "byouin muke no shisutemu")."""

from __future__ import annotations

# pregnancy, a hospital stay, an operation, illness, recuperation, a prenatal check
_HEALTH = (
    r"(?:ninshin(?:-?chuu|-?chū)?|ninpu(?: kenshin)?|tsuwari|nyuu?in|nyūin|shujutsu|byou?ki|byōki|ryouyou|ryōyō|"
    r"sanzen kenshin|ninshin no kenshin|gan no chiryou|kyuuka? (?:byou)?ki)"
)

ROMAJI_HEALTH = (
    (
        r"\b" + _HEALTH + r"\b(?! (?:kanri|shisutemu|system|ryoukin|ryōkin|taiou|bedo|kanja|muke|yoyaku shisutemu)\b)",
        "person",
    ),
)

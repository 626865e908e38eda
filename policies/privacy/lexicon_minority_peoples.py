"""Ethnic-origin cues for the minority peoples of Europe, the Caucasus and Central Asia that the older tables
lack, said of a person or of the language they grew up with ("Ivan is Gagauz", "a Rusyn family", "her first
language is Aromanian", "grew up speaking Chuvash").

Senses that must stay quiet: a people's name as a place's or a thing's ("the Gagauz region", "Chuvash
Republic tenders", "Bashkir honey"), and a language learnt or sold ("our Gagauz localisation")."""

from __future__ import annotations

_PEOPLE = (
    r"(?-i:Gagauz|Rusyn|Lemko|Boyko|Hutsul|Aromanian|Vlach|Lipovan|Csango|Pomak|Gorani|Karakalpak|"
    r"Talysh|Lezgin|Ossetian|Abkhaz|Adyghe|Kabardian|Ingush|Kalmyk|Bashkir|Chuvash|Udmurt|"
    r"Mordvin|Karelian|Vepsian|Livonian|Kven|Tornedalian|Ladin|Friulian|Griko|Sorb(?:e|in)?|"
    r"Kashubian|Silesian|Szekler|Meskhetian|Pamiri|Yaghnobi|Dungan|Zhuang|"
    r"Khakas|Tuvan|Yakut|Sakha|Nanai|Chukchi|Koryak|Itelmen|Nivkh"
    # the Italo-Albanians, with the diacritics they write and in the lower case Italian gives a people's name
    r"|[Aa]rb[eë]resh[eë]?)"
)
# what makes the name a place's, a product's or a market's, not a person's
_NOT_A_PERSON = (
    r"(?! (?:region|republic|autonomy|autonomous|territory|language (?:course|classes|pack|version)|localisation|"
    r"localization|translation|market|honey|cuisine|food|restaurant|wine|tenders?|government|authorities)\b)"
)

# a person said to be one ("is Gagauz", "an ethnic Rusyn", "identifies as Lemko")
_SAID_OF = (
    r"(?:"
    + "|".join(
        rf"(?<=\b{word} )"
        for word in ("is", "was", "are", "were", "am", "'m", "'s", "a", "an", "as", "born", "proud", "proudly")
        + ("è", "é", "es", "est", "ist", "jest")  # "è arbëreshë", "ist Sorbin": the same in a rep's other languages
        + ("ethnic", "ethnically", "identifies as")
    )
    + r")"
)

MINORITY_PEOPLES = (
    (
        # the word before is looked behind for, so the people's names stay the literals the prefilter needs
        _SAID_OF + _PEOPLE + r"\b" + _NOT_A_PERSON + r"|\b" + _PEOPLE + r" (?:by (?:birth|origin|ethnicity)|"
        r"family|families|parents|grandparents|heritage|roots|origin|background|minority)\b|\b(?:his|her|my|"
        r"their) (?:first|native|mother|home|family|heritage) (?:language|tongue) (?:is|was|'s) " + _PEOPLE + r"\b|"
        r"\b(?:grew up|raised|brought up) (?:speaking|in|with) " + _PEOPLE + r"\b" + _NOT_A_PERSON,
        "person",
    ),
)

"""Ethnicity cues for a contact note's clipped style, where a people's name stands alone before where the
person grew up ("Tomás Reyes, Head of Ops. Aymara, grew up in El Alto", "Hmong, raised in Minnesota"), or as
the value of a meeting note's line about a person ("- Zanele: Zulu, prefers her name in full").

Senses that must stay quiet: a language or a market named the same way ("Quechua, spoken in Cusco",
"Hispanic, the fastest-growing segment", "Language: Zulu, ...", "- Zanele: Zulu translation due"), a list of
peoples ("Zulu, Xhosa and Sotho decks") and a name inside a sentence ("the Aymara grew up as a market")."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _ETHNIC, _PEOPLES
from policies.privacy.names import FEMALE, MALE

# "Black" left out: a note's "Colour: Black, size M" is a product's; "Sámi" too, whose ASCII run is too short
# for the cue prefilter to require
_A_PEOPLE = r"(?-i:" + _PEOPLES.replace("|Black|", "|").replace("Sámi|", "") + r")s?"
_GIVEN = r"(?=(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")\b)"
# the labels a note gives a language, market or colour, not a person ("Language: Zulu, ...")
_NOT_A_PERSON = (
    r"(?!(?-i:Languages?|Lang|Markets?|Segments?|Regions?|Locales?|Dialects?|Audiences?|Translations?|Subtitles|"
    r"Captions|Voice-?over|Targets?|Countr(?:y|ies)|Locations?|Communit(?:y|ies)|Groups?|Tribes?|Cultures?|"
    r"Cuisine|Menu|Themes?|Topics?|Customers?|Personas?|Demographics?|Ethnicity|Nationality|Origin|Notes?|Next|"
    r"Focus|Colou?rs?|Finish|Font|Style|Category|Type|Title|Name)\b)"
)

ORIGIN_NOTES = (
    (
        # the people's name opens the clause, a comma, then the upbringing
        r"(?:^|(?<=[.;:!?] )|(?<=\n))[ \t]*" + _ETHNIC + r", (?:grew up|born|raised|brought up|was born|"
        r"was raised|who grew up)\b",
        "person",
    ),
    (
        # a note's line whose value is a person's people ("- Zanele: Zulu, prefers ...", "Mateo - Mapuche;");
        # not a language or a list of them ("- Zanele: Zulu translation", "Zulu, Xhosa and Sotho decks")
        # (the label is the person, so a given name the lists know: "Owner: Maori, he runs ..." is a column's)
        r"^[ \t]*(?:[-*•·][ \t]*)?"
        + _NOT_A_PERSON
        + _GIVEN
        + r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*(?::|[-–—])[ \t]*"
        + _A_PEOPLE
        + r"(?=[ \t]*(?:[,;.)]|$))(?![,;/&]?[ \t]*(?:and |or )?"
        + _A_PEOPLE
        + r"\b)",
        "self",
    ),
)

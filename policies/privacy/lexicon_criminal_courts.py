"""Criminal-record cues for a person's day in a criminal court named in the languages a rep's notes mix in:
"Diego's hearing at the vara criminal", "son audience au tribunal correctionnel", "su juicio en el juzgado de lo
penal", "seine Verhandlung am Strafgericht". A hearing in a criminal court is an alleged offence (Art. 10), as
the English "appeared at the magistrates'" is in :mod:`.lexicon_criminal`.

Senses that must stay quiet: a civil hearing ("a small-claims hearing at the juzgado", "the employment
tribunal"), and a criminal court as an institution in the news ("the criminal court ruled on the merger")."""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIMINAL_COURT

# the criminal courts by their names abroad: Portuguese, Spanish, French, Italian, German, Polish, Dutch
_COURT_ABROAD = (
    r"(?:(?:a |o |la |el |le |il |das |dem |de )?(?:vara criminal|tribunal criminal|juzgado (?:de lo )?penal|"
    r"juzgado de instrucci[óo]n|audiencia (?:provincial|nacional)|tribunal correctionnel|cour d['’]assises|"
    r"tribunal de police|tribunale penale|corte d['’]assise|Strafgericht|Strafkammer|Sch(?:ö|oe)ffengericht|"
    r"Strafrichter|s(?:ą|a)d(?:zie)? karny[m]?|strafrechter|politierechter))"
)
# a person's hearing or trial, in those languages
_HEARING = (
    r"(?:hearing|trial|case|arraignment|court date|sentencing|plea hearing|audi[êe]ncia|julgamento|audiencia|"
    r"juicio|vista|audience|proc[èe]s|udienza|processo|Verhandlung|Prozess|rozprawa|zitting)"
)
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)"
_WHOSE = r"(?:his|her|their|my|" + _NAME + r"['’]s|sua|seu|su|son|sa|la sua|il suo|seine|ihre|jego|jej|zijn|haar)"
# where the hearing is held
_AT = (
    r" (?:\S+ ){0,3}?(?:at|in|before|na|no|em|en|ante|au|devant|al|alla|presso|davanti al|am|vor dem|beim|w|przed|bij|"
    r"voor)(?: the)? (?:" + _COURT_ABROAD + r"|" + _CRIMINAL_COURT + r")\b"
)

CRIMINAL_COURTS = (
    (
        # "Diego's hearing at the vara criminal", or whose after it: "a audiência do Rui na vara criminal" (the match
        # stops at the hearing, so that the name after it is read as the person)
        r"\b"
        + _WHOSE
        + r" (?:\w+ )?"
        + _HEARING
        + _AT
        + r"|\b"
        + _HEARING
        + r"(?= (?:d[oa]|de|del|di|du|von) "
        + _NAME
        + _AT
        + r")",
        "person",
    ),
)

"""Ethnicity cues for a person said to be Sámi or Kven in Norwegian, Swedish or Danish: "Marit er same",
"han är samisk", "hun er sørsame", "er kven av slekt".

Senses that must stay quiet: a thing that is Sámi ("språkpakken er samisk", "samisk lokalisering"), and the
everyday words that look alike ("det er samme sak", "same thing")."""

from __future__ import annotations

# the people's nouns, and the adjective when it stands for the person ("er samisk" said of someone)
_PEOPLE = r"(?:same|samer|sørsame|nordsame|lulesame|sydsame|kven|kvensk|samisk|samiska|samiske)"
# a thing that is Sámi is a product's language or a place's name, told by the noun before the verb
_THING = ("appen", "språket", "språkpakken", "versjonen", "versionen", "menyen", "skiltet", "navnet", "teksten")

# the verb (or a word of degree after it) is looked behind for, so that the people's names stay the literals the
# prefilter needs; a thing before the verb is looked behind for too
_SAID_OF = "|".join(rf"(?<=\b{word} )" for word in ("er", "var", "är", "blev", "ble", "også", "ogsa", "stolt", "helt"))
_NOT_OF_A_THING = "".join(rf"(?<!{thing} er )(?<!{thing} är )" for thing in _THING)

NORDIC_PEOPLES = (
    (
        r"(?:" + _SAID_OF + r")" + _NOT_OF_A_THING + _PEOPLE + r"\b"
        r"(?! (?:lokalisering|språk|versjon|version|oversettelse|översättning|tekst|text|meny)\w*)",
        "person",
    ),
)

"""Criminal-record cues (GDPR Art. 10) for an offence on its way through the courts or a night in custody: a
body prosecuting or summonsing one person for an offence ("they're prosecuting him for fare evasion", "got a
summons for careless driving"), and being held by the authorities ("was detained overnight at the protest",
"spent the night in a cell", "held overnight in custody").

Senses that must stay quiet: a firm that prosecutes a case for a client ("the lawyers prosecuting the claim"),
a summons with no offence ("a summons for jury service"), and a delay that detains no one ("detained at the
gate by the weather", "the shipment was held overnight in customs")."""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIME

# the one prosecuted: a pronoun or a name, before the offence
_WHOM = r"(?:him|her|me|them|(?-i:[A-Z][a-z]+))"
# a place where people protest, or police custody, that a detention is tied to
_PROTEST = r"(?:protests?|demonstrations?|demos?|rally|rallies|marches|march|sit-ins?|pickets?|riots?|vigils?)"

PROSECUTIONS = (
    (
        r"\b(?:prosecut(?:e|es|ed|ing)|summons(?:es|ed|ing)?|tak(?:e|es|ing)|took|fin(?:e|es|ed|ing)|charg(?:e|es|ed|"
        r"ing)) " + _WHOM + r" (?:to court )?(?:for|over) (?:an? |the |alleged |suspected )*" + _CRIME + r"\b|"
        r"\b(?:a|the|his|her|my) (?:court )?summons (?:\w+ ){0,3}?(?:for|over) (?:an? |alleged )?" + _CRIME + r"\b",
        "person",
    ),
    (
        # held by the authorities: overnight, in a cell, or at a protest ("detained overnight at the rally")
        r"\b(?:was|were|got|been|being|is|are|'s) (?:detained|arrested|locked up)(?= (?:overnight|for the night|"
        r"all night))|"
        # "held" is also a delay ("held overnight at the airport by the storm"): only a cell or a protest tells it
        r"\b(?:was|were|got|been|being|is|are|'s) (?:detained|arrested|held|locked up)(?= (?:overnight |for the night "
        r")?(?:(?:in|at) (?:a |the )?(?:cell|police station|police custody)|(?:at|during|after) (?:the |a |an )?"
        r"(?:[\w'’-]+ ){0,2}?" + _PROTEST + r"))|"
        r"\b(?:spent|spend|spending) (?:the|a) night (?:in (?:a |the )?(?:cells?|custody|jail|lock-?up)|at (?:the )?"
        r"police station)\b",
        "person",
    ),
)

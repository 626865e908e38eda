"""Health cues for a long illness named by its abbreviation and told as a fight ("passed after a long fight with
ALS", "her battle with MND", "battling COPD for years"). :mod:`.lexicon_health` takes the abbreviation after
"has" or "diagnosed with" only, since on its own "MS" is a product and "ALS" a firm's initials; a fight with it
is still a person's.

Senses that must stay quiet: a fight with a firm or a product of the same initials ("a long fight with ALS
Logistics over invoices", "battling MS Teams all morning", "our fight with MS over licences"), a cause fought by a
charity or a market ("the fight against MND", "COPD research"), and the data or patients of a condition ("struggling
with COPD data")."""

from __future__ import annotations

# "MS" is also Microsoft, so only whose fight it is makes it the illness ("his battle with MS")
_ABBREVIATED = r"(?-i:ALS|MND|COPD|CKD|CJD|IBS|PCOS|POTS|CFS)"
_WHOSE = r"(?:his|her|their|my|a long|a brave|a years-long|a lifelong|a hard|a short|long|years-long|brave)"
_FIGHT = r"(?:fights?|fighting|fought|battles?|battling|battled|struggles?|struggling|struggled)"
_AGAINST = r"(?:with|against)"
# not the condition: a firm or product of those initials, or the condition as a market or a cause
_NOT_THE_ILLNESS = (
    r"(?![\w/&-])(?!\.\w)(?! (?:(?-i:[A-Z0-9])|data|patients?|research|trials?|markets?|drugs?|cohorts?|clinics?|"
    r"charit\w+|awareness|licen[cs]es?|products?|software|stack|teams?|vendors?|over|about|on|contracts?|"
    r"invoices?|accounts?|support|suppliers?)\b)"
)

ILLNESS_FIGHTS = (
    (
        r"(?<!the fight against )(?<!the battle against )(?<!the fight with )"
        r"\b(?:(?:" + _WHOSE + r" )?" + _FIGHT + r" " + _AGAINST + r" |(?:battling|fighting|fought|battled|beat|beaten|"
        r"beating|succumbed to|lost (?:his|her|their|my) (?:\w+ )?(?:fight|battle) (?:with|against|to)) )"
        + _ABBREVIATED
        + _NOT_THE_ILLNESS
        + r"|"
        r"\b" + _WHOSE + r" " + _FIGHT + r" " + _AGAINST + r" (?-i:MS)" + _NOT_THE_ILLNESS,
        "person",
    ),
)

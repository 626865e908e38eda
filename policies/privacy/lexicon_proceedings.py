"""Criminal-record cues told by the proceedings against a person rather than by a charge or a sentence: an
extradition fought or ordered ("fighting extradition to the US", "was extradited from Spain"), an indictment
named by its offence or its target ("the bribery indictment", "named in the indictment", "an indictment
against her"), and a warrant out for an arrest ("a warrant out for his arrest", "an Interpol red notice").

Senses that must stay quiet: extradition as a state's law ("the extradition treaty", "the extradition bill
protests"), an indictment as a judgement ("a damning indictment of our pricing"), and a warrant that is a
security ("share warrants")."""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIME

# a state's law or a movement against it, not a person's case
_NOT_A_LAW = (
    r"(?! (?:treat(?:y|ies)|laws?|bill|act|agreements?|arrangements?|protests?|reforms?|rules|regime|policy|"
    r"powers)\b)"
)

PROCEEDINGS = (
    (
        # an extradition that is someone's ("is fighting extradition to the US", "was extradited", "his
        # extradition hearing")
        r"\b(?:fight(?:s|ing)?|fought|fac(?:es|ed|ing)|contest(?:s|ed|ing)?|resist(?:s|ed|ing)?|appeal(?:s|ed|ing)? "
        r"against|awaiting|await(?:s|ed)?|avoid(?:s|ed|ing)?|escap(?:e|es|ed|ing)|lost (?:his|her|their) fight "
        r"against|won (?:his|her|their) fight against|ordered|approved|blocked|halted) (?:his |her |their |an? )?"
        r"extradition\b" + _NOT_A_LAW + r"|\b(?:was|were|been|be|being|is|got|get|gets|getting) "
        r"extradited\b|\bextradited (?:to|from|back)\b|\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s) extradition\b"
        + _NOT_A_LAW,
        "person",
    ),
    (
        # an indictment by its offence or its target; "an indictment of the strategy" is a judgement
        r"\b(?:the|an?|his|her|their|federal|sealed|unsealed|new) (?:\w+ )?(?:"
        + _CRIME
        + r") indictments?\b|\bindictments? (?:for|on|over) (?:\w+ ){0,2}?(?:"
        + _CRIME
        + r"|charges?|counts?)\b|\b(?:named|charged|listed) in (?:the|an|a) (?:\w+ )?indictment\b|\bindictments? "
        r"(?:against|naming) (?:him|her|them|me|(?-i:[A-Z][a-z]+))\b|\b(?:was|were|been|is|got|being) indicted\b|"
        r"\bindicted (?:on|for|over|by)\b",
        "person",
    ),
    (
        # a warrant for someone's arrest, and an international notice asking for it
        r"\b(?:a |an |the )?(?:\w+ )?warrant (?:out )?for (?:his|her|their|my|(?-i:[A-Z][a-z]+)['’]s) arrest\b|"
        r"\b(?:an? |the )?(?:international |European |federal )?arrest warrant (?:for|against|naming|was issued for) "
        r"(?:him|her|them|me|(?-i:[A-Z][a-z]+))\b|\b(?:Interpol )?red notice (?:for|against|on) (?:him|her|them|"
        r"me|(?-i:[A-Z][a-z]+))\b|\bwanted (?:by (?:the )?(?:police|FBI|Interpol)|in (?:\w+ ){1,2}?(?:on|for|over) "
        r"(?:\w+ ){0,2}?(?:" + _CRIME + r"|charges?))\b",
        "person",
    ),
)

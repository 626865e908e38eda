"""Political-opinion cues for a person who defends or backs a party's own policy, named as the party's: "someone
had to defend the Greens' congestion charge, and I'd vote for it", "Ahmed stood up for Labour's rent cap". To
take a party's side on its measure, in public or in a call, is an opinion (Art. 9).

Senses that must stay quiet: the measure explained, costed or reported with no one taking its side ("the memo
explains the Tories' housing plan"), and a text with no one in it ("the editorial defended the Greens' charge")."""

from __future__ import annotations

from policies.privacy.lexicon_parties import PARTY

_SIDE = (
    r"(?:defend|defends|defended|defending|back|backs|backed|backing|champion|champions|championed|championing|"
    r"stood up for|stand up for|stands up for|standing up for|argued for|argue for|argues for|arguing for|"
    r"vote for|voted for|votes for|voting for|campaigned for|campaign for|campaigning for)"
)
_MEASURE = (
    r"(?:polic(?:y|ies)|plans?|charges?|tax(?:es)?|bills?|schemes?|manifesto|proposals?|reforms?|budget|pledges?|"
    r"levy|levies|cap|ban|law|measures?|agenda|programm?e)"
)

PARTY_POLICIES = (
    (
        r"\b" + _SIDE + r" (?:the )?" + PARTY + r"(?:'s|’s|'|’) (?:[\w-]+ ){0,2}?" + _MEASURE + r"\b",
        "person",
    ),
)

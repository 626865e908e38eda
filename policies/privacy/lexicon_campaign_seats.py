"""Political-opinion cues for a seat in a campaigning group, which is a stand taken: "sits on CND's national
council", "on the steering committee of Stop the War", "a CND member since the eighties". The groups named
here exist to campaign for one political side of a question; a charity or a trade body is not one.

Senses that must stay quiet: the group as an organisation acting or reported on ("CND's council published a
report", "a story on CND"), and the same council words of a firm or a town ("sits on the national council of
the Law Society", "sits on the city council's planning board" is :mod:`.lexicon_political`'s)."""

from __future__ import annotations

from policies.privacy.lexicon_parties import MOVEMENT

# single-issue campaigns for a political side, by their names and initials
_CAMPAIGN = (
    r"(?:(?-i:CND)|(?-i:Campaign for Nuclear Disarmament)|(?-i:Stop the War)(?: (?-i:Coalition))?|"
    r"(?-i:Campaign Against Arms Trade|CAAT)|" + MOVEMENT + r")"
)
_BODY = (
    r"(?:(?:national |general |executive |steering |central |regional |governing )?(?:council|committee|executive|"
    r"board|steering group))"
)
# a seat someone holds on it ("sits on", "was elected to", "chairs"), or their membership
_SEAT = (
    r"(?:sits on|sat on|sitting on|serves on|served on|elected to|chairs|chaired|chair of|vice-chair of|"
    r"(?:is|was|'s) on)"
)

CAMPAIGN_SEATS = (
    (
        r"\b" + _SEAT + r" (?:the )?" + _CAMPAIGN + r"(?:'s|’s) " + _BODY + r"\b|\b" + _SEAT + r" (?:the )?"
        + _BODY + r" (?:of|for) (?:the )?" + _CAMPAIGN + r"\b|\b(?:an? )?" + _CAMPAIGN + r" (?:member|"
        r"activist|organi[sz]er|steward|treasurer|secretary|chair)s?\b|\b(?:member|members|treasurer|secretary|chair) "
        r"of (?:the )?" + _CAMPAIGN + r"\b",
        "person",
    ),
)  # fmt: skip

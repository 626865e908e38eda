"""Political-opinion cues for money raised or an event hosted for a politician named by party and office: "hosted
a fundraiser for the Republican governor at his house", "threw a fundraiser for the Labour MP", "went to a
fundraiser for the Democratic senator". :mod:`.lexicon_political` takes a fundraiser for a "candidate", "party"
or "campaign".

Senses that must stay quiet: a fundraiser for a charity or a cause ("hosted a fundraiser for the children's
hospital"), an office with no party ("a fundraiser for the governor's literacy charity", "met the governor"), and
a party word as a firm's ("a fundraiser for the Green Bay food bank")."""

from __future__ import annotations

from policies.privacy.lexicon_political import _PARTY

_OFFICE = (
    r"(?:governor|senator|congressman|congresswoman|congressional candidate|representative|rep|mayor|MP|MEP|MSP|"
    r"councill?or|assemblyman|assemblywoman|assembly member|state senator|DA|district attorney|sheriff|"
    r"attorney general|president|presidential (?:candidate|nominee|hopeful)|nominee|hopeful|incumbent|"
    r"challenger|leader|PM|prime minister)"
)

FUNDRAISERS = (
    (
        r"\b(?:fundraisers?|fund-raisers?|fundraising (?:dinner|event|drive|lunch|breakfast|party|gala)|"
        r"(?:campaign|donor) (?:dinner|event|reception|party))\b (?:\w+ ){0,3}?(?:for|supporting|backing) "
        r"(?:the |a |an |his |her |their |our )?(?:local |state |former |incumbent |new |current )?"
        + _PARTY
        + r" (?:"
        + _OFFICE
        + r")s?\b",
        "person",
    ),
)

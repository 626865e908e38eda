"""Political-opinion cues for standing for office or working on an election campaign: a run for a council, a
parliament or a mayoralty ("ran for the city council", "is standing for the regional assembly"), and a
volunteer's part in an election campaign ("spent the 2022 campaign as a Kakampink volunteer",
"volunteered on the mayoral campaign").

Senses that must stay quiet: a run or a stand that is no candidacy ("ran for the bus", "the council meeting
ran for two hours", "stood for the anthem"), work for a council as a customer ("ran the pilot for the city
council"), and a marketing or fundraising campaign ("volunteered on the Movember campaign")."""

from __future__ import annotations

# the seats one runs for, a council by the place it governs
_SEAT = (
    r"(?:(?:city|town|county|local|municipal|regional|district|borough|parish|state|provincial|village|"
    r"metropolitan|general|national) )?(?:council|assembly|parliament|legislature|mayoralty|mayor|senate|"
    r"congress|office|city hall|the (?:Bundestag|Knesset|Duma|Sejm|Storting|Riksdag|Dáil|Majlis|Rada|Diet))"
)
# a council the writer sells to: what follows makes it a customer
_NOT_A_CUSTOMER = (
    r"(?!['’]s\b| (?:account|project|pilot|tender|contract|team|procurement|meeting|deal|renewal|bid|rfp)\b)"
)
_ELECTION = (
    r"(?:(?:19|20)\d\d |whole |entire |last |general |presidential |mayoral |council |senate |congressional |"
    r"parliamentary |election |re-?election |local election |leadership )+campaign"
)

CANDIDACIES = (
    (
        r"\b(?:ran|runs|run|running|stood|stands|standing|campaigned|campaigning) (?:for|in) (?:a seat on |a seat "
        r"in |election to )?(?:the )?" + _SEAT + r"\b" + _NOT_A_CUSTOMER,
        "person",
    ),
    (
        # a volunteer of an election campaign ("spent the 2022 campaign as a Kakampink volunteer", "volunteered
        # on the presidential campaign", "a volunteer for his re-election campaign")
        r"\b" + _ELECTION + r" as an? (?:[\w'’-]+ ){0,2}?(?:volunteer|canvasser|organi[sz]er|staffer|door-knocker)"
        r"\b|\b(?:volunteer(?:ed|s|ing)?|canvass(?:ed|es|ing)?|knock(?:ed|ing) on doors|work(?:ed|s|ing)) (?:for|on|"
        r"with|during) (?:the |his |her |their |(?-i:[A-Z][a-z]+)['’]s )?" + _ELECTION + r"\b",
        "person",
    ),
    (
        # a volunteer for a group named only by its name, told as political by when: at election time ("volunteers
        # for MAS every campaign season", "canvasses for Morena each election"); not "for Oxfam every Christmas"
        r"\b(?:volunteer(?:ed|s|ing)?|canvass(?:ed|es|ing)?|campaign(?:ed|s|ing)?) (?:for|with) (?:the )?"
        r"(?-i:[A-Z][\w-]+)(?: (?-i:[A-Z][\w-]+)){0,3} (?:every|each|during|at|in|through|for) (?:the |this |last "
        r"|each |every |an? )?(?:(?:19|20)\d\d |general |local |national |presidential |municipal )?(?:elections?|"
        r"campaign season|election campaign|election season|polling day)\b",
        "person",
    ),
)

"""Religion cues (GDPR Art. 9 counts holding no belief) for unbelief said of a person and for leaving a
national church: "is proudly godless", "she's irreligious", "left the state church", "resigned from the Church
of Norway", "ist aus der Kirche ausgetreten".

Senses that must stay quiet: the hour or the thing called godless ("a godless hour for a call", "that godless
spreadsheet"), "agnostic" about a choice (:data:`AGNOSTIC`, which :mod:`.lexicon_religion` uses), and a church as
a place one walks out of ("left the state church after the concert", "left the Church of Sweden stand at the
fair")."""

from __future__ import annotations

# "agnostic" on a choice is a buyer's indifference ("agnostic on the database", "agnostic as to vendor"), not a
# belief; about a god or a faith it is one ("agnostic about the existence of God")
AGNOSTIC = (
    r"[Aa]gnostic(?! (?:on|about|as to|regarding|re|towards?|between|when it comes to|in terms of|over|across|"
    r"whether|which|with (?:respect|regard) to)\b(?! (?:(?:the )?existence of )?(?:God|god|gods|religion|faith|"
    r"an afterlife|the afterlife)\b))"
    # then what a product works with ("we're agnostic - we sit on top of either", "agnostic: it plugs into both")
    r"(?!\s*[-–—,:]+\s*(?:we|it|our \w+|the (?:platform|product|tool)) (?:\w+ )?(?:sit|sits|work|works|run|runs|"
    r"plug|plugs|integrate|integrates|support|supports|connect|connects|play|plays)\b)"
)
# the adjective said of a person through a verb of being; as an attribute it is mostly the figure ("godless hour")
_GODLESS = (
    r"\b(?:is|'s|am|'m|was|are|were|be|been|being|stays?|remains?|grew up|raised) (?:(?:\w+ly|quite|very|"
    r"completely|totally|entirely|utterly|happily|proudly|fully|staunchly|cheerfully) )?(?:godless|irreligious|"
    r"unchurched|non-religious|nonreligious|faithless)\b(?! (?:hours?|times?|o'clock|deadline|spreadsheet|"
    r"meeting|start))"
)
_NATIONAL_CHURCH = (
    r"(?:(?:state|national|established|Lutheran) church|(?-i:Church of (?:Sweden|Norway|Denmark|Finland|Iceland|"
    r"England|Scotland|Ireland|Greece)|Svenska kyrkan|Den norske kirke|Folkekirken))"
)
# leaving it as a member, not as a building: no place or event words after it
_NOT_A_VISIT = (
    r"(?! (?:building|grounds|hall|car ?park|stand|booth|tour|service|concert|choir|event|after|before|early|"
    r"late|through|by|via|at (?:\d|noon|midnight|the)|and (?:went|walked|drove|headed|took|came)))"
)

UNBELIEF = (
    (_GODLESS, "person"),
    (
        r"\b(?:left|leaving|leave|leaves|quit|quitting|resigned from|resigning from|deregistered from|opted out "
        r"of|withdrew from|formally left|stopped paying tax to) the "
        + _NATIONAL_CHURCH
        + r"\b"
        + _NOT_A_VISIT
        + r"|\b(?:aus der Kirche ausgetreten|(?:sein|ihr|seinen|ihren) Kirchenaustritt|tritt aus der Kirche aus|"
        r"trat aus der Kirche aus)\b",
        "person",
    ),
)

"""Sexual-orientation cues told by a couple named by both partners: a wedding, a civil partnership or an
engagement that two people share ("Joakim and I booked the registry office for our civil partnership", "Emil
and Johan got engaged", "I'm marrying Lars in June"). The ``couple`` gate decides: both genders must be known
and the same (the writer's from the speaker label or the signature, :mod:`.speaker`); unknown names decide
nothing.

Senses that must stay quiet: a couple of different genders, someone else's wedding ("Lars and I went to Emil's
wedding"), an officiant ("Father Emil married Johan and Lisa"), and "engaged" or "married" as a business's
words ("Lars and I are engaged in talks", "married to the job", "married Johan's design with ours")."""

from __future__ import annotations

_NAME = r"(?-i:[A-Z][a-z]+)"
# what a couple shares as theirs
_UNION = (
    r"(?:wedding|civil partnership|civil ceremony|commitment ceremony|engagement party|engagement|honeymoon|"
    r"nuptials|registry office (?:wedding|ceremony)|marriage)"
)
# a couple's step, said of both ("got engaged", "are getting married"); not "engaged in talks", "married to the job"
_STEP = (
    r"(?:(?:getting|got|get) (?:married|hitched)\b(?! to (?:the|our|their|this|that|a|an)\b)|(?:are|were) married\b"
    r"(?! to\b)|(?:tied|tying) the knot|eloped|eloping|entered a civil partnership|(?:got|are|just) engaged\b"
    r"(?! (?:in|on|with|to|by|for)\b))"
)
# whom one marries: a name that is not someone's ("Johan's design") nor the first of a pair an officiant weds
_SPOUSE = r"(?P<other>" + _NAME + r")\b(?!['’]s)(?! (?:and|&) (?-i:[A-Z]))"
_MARRYING = (
    r"(?:marrying|married|marry|marries|got engaged to|engaged to|getting married to|got married to|proposed to|"
    r"wed|weds|is wedding|tying the knot with|tied the knot with)"
)

WEDDINGS = (
    (
        # the writer and a partner ("Joakim and I ... our civil partnership", "Lars and I got engaged")
        r"\b(?P<other>" + _NAME + r") and (?P<mine>I|me)\b(?:['’]\w+)?" + r"(?: (?:\w+ ){0,8}?our (?:own |big |small "
        r"|quiet )?" + _UNION + r"\b| (?:\w+ ){0,3}?" + _STEP + r")",
        "couple",
    ),
    (
        # the same, the writer first ("me and Lars are getting married", "me and Johan booked our wedding")
        r"\b(?P<mine>me) and (?P<other>"
        + _NAME
        + r")\b(?!['’]s)(?: (?:\w+ ){0,8}?our (?:own |big |small |quiet )?"
        + _UNION
        + r"\b| (?:\w+ ){0,3}?"
        + _STEP
        + r")",
        "couple",
    ),
    (
        # the writer marrying someone ("I'm marrying Lars in June", "I got engaged to Johan")
        r"\b(?P<mine>I)\b(?:['’]\w+)? (?:\w+ ){0,2}?" + _MARRYING + r" " + _SPOUSE,
        "couple",
    ),
    (
        # two others ("Emil and Johan booked the registry office for their wedding", "he and Lars got engaged")
        r"(?:\b(?P<owner>" + _NAME + r")|(?-i:\b(?P<pronoun>[Hh]e|[Ss]he))) and (?P<other>" + _NAME + r")\b(?!['’]s)"
        r"(?: (?:\w+ ){0,8}?their (?:own |big |small |quiet )?" + _UNION + r"\b| (?:\w+ ){0,3}?" + _STEP + r")",
        "couple",
    ),
    (
        # one marrying another ("Emil married Johan last spring", "Ana is marrying Sofia")
        r"\b(?P<owner>" + _NAME + r") (?:\w+ )?" + _MARRYING + r" " + _SPOUSE,
        "couple",
    ),
)

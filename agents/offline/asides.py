"""Parts of a message that set the scene or set something aside rather than ask: what the asker plans to do with
a period, the team named only to be left out, and a deal described by the outcome it hasn't had yet."""

from __future__ import annotations

import re

# what the asker means to do next, not what they ask about: "want to chase them first thing in january", "so I can
# call them in Q1", "planning to hit them hard next month"
PLAN = re.compile(
    r"^\s*(?:(?:and |then )?(?:i|we)\s+(?:can|could|will|'ll|want to|wanna|need to|have to|plan to|am going to|"
    r"'m going to|m going to|am gonna|'m gonna|gonna|intend to|hope to|would like to|'d like to)\s+"
    r"|(?:and |then )?(?:want|wanna|going|gonna|planning|plan|need|hoping|hope|intend|aiming)\s+(?:to\s+)?)"
    r"(?:\w+\s+){0,2}?(?:chase|call|ring|ping|follow|reach|email|contact|nudge|push|hit|tackle|work|visit|meet|"
    r"prioriti[sz]e|focus|start|kick|attack|hammer|prep|prepare|squeeze|circle|go after|get on|get after|close)\b"
    # the period is what the asker is planning: "planning out january - how many open?", "prepping for Q1: my pipe?"
    r"|^\s*(?:(?:i'?m|im|i am|we'?re|we are|just|currently|busy)\s+)?(?:planning|mapping|map|plan|prepping|prep"
    r"|getting ready|gearing up|looking ahead|thinking ahead|blocking out|sketching out|laying out|lining up)"
    r"(?:\s+(?:out|for|to|ahead to|my|our|the))*\s",
    re.IGNORECASE,
)


# a deal with no outcome yet is an open one: "haven't closed either way yet", "arent closed yet", "yet to close",
# "not won or lost yet", "still undecided"; not "didn't close in Q3" (a period's closes) nor "not closed-won" (a stage)
UNDECIDED = re.compile(
    r" (?:(?:that |which )?(?:have|has|had|did|do|does|are|is|were|was)(?: not|n't|nt) (?:yet |been )*"
    r"|(?:are |is )?(?:still |yet )*"
    r"(?:not|yet to|still to|never) (?:yet |been )*)(?:closed|close|decided|resolved|won or lost|won nor lost"
    r"|been decided|been closed|been won or lost)(?: (?:out|off|either way|one way or (?:the )?other|yet|so far"
    r"|as yet))*(?= )(?! (?:in|during|on|by|before|after|last|this|since|won|lost|at|for) )"
    r"(?! (?:anything|any|a|one|nothing) )"  # "a rep who hasn't closed anything": their closed deals, not open ones
    r"| (?:neither|not) won (?:n?or|and) (?:not )?lost(?: yet| either)?(?= )"
    r"| (?:still )?(?:undecided|unresolved|outcome pending|without an outcome|with no outcome)(?= )"
)


# the team named only to be set aside: "only mine, not the rest of the team's", "excluding my team's deals"
_TEAM_SET_ASIDE = re.compile(
    r" (?:not|rather than|instead of|excluding|except|but not|minus|leaving out|apart from|as opposed to|never mind"
    r"|ignore|ignoring|forget) (?:about )?(?:for |on |of |in |from )?(?:the rest of |the whole |the entire |all of "
    r"|any of |anyone else on |everyone else on |everybody else on |the others on |others on |the other "
    r"|just |only )?"  # "the whole Central office, not just my guys"
    r"(?:my |our |the )?(?:team|teams|reps|guys|folks|people|crew|lot)(?:'s|’s|s'|s)?(?=[\s.,;:!?)])"  # raw keeps stops
)


# the other reps named only as those not asked about: "(other reps have some too, leave those out)", "others on the
# team have a few as well"
_OTHERS_ASIDE = re.compile(
    r"[\s(](?:the )?(?:other (?:reps|people|guys|sellers|aes|folks|colleagues)|others)(?: on (?:the|my|our) team)?"
    r" (?:have|has|had|own|work|got)(?: [\w'-]+){0,3}? (?:too|as well|also)(?: leave (?:those|them|theirs) out)?"
    r"(?=[\s.,;:!?)])"
)


def without_team_set_aside(t: str) -> str:
    return _OTHERS_ASIDE.sub(" ", _TEAM_SET_ASIDE.sub(" ", t))


# the asker as the one asking, not as an owner of deals: "I just need the numbers: how many have we lost at X",
# "I'd like to know our total", "can I get the count"; "I need to close two more" (a deal of theirs) stays
_REQUESTER = re.compile(
    r" (?:i|i'm|im|i am|i'd|i was|can i|could i|may i)(?: (?:just|only|really|also|still|simply))*"
    r" (?:need|want|wanna|'d like|would like|like|am after|'m after|m after|looking for|am looking for|was wondering"
    r"|am wondering|wonder|am curious|'m curious|curious|asking|am asking|was hoping for|get|see|have|ask)"
    r"(?= (?:the|some|a|an|to know|to see|to get|to check|to understand|to find out|numbers|figures|stats|data"
    r"|counts?|totals?|if|whether|how|what|which|who|about|for|on) )"
    # "could I have both totals": asking for figures, "do I have that..." stays an owner
    r"| (?:can|could|may) i (?:have|get|see) (?=(?:both|each|all|the two|them|those|these) )"
)


# the asker in the scene the question is set in, or voicing a hunch, not owning deals: "before I email Condax tmrw -
# how many open deals do we have with them", "asking bc i feel like we got smoked somewhere"
_SCENE_I = re.compile(
    r" (?:before|after|when|once|until|till|til) (?:i|i'll|ill|i'm|im|i am) (?!(?:\w+ )?(?:win|won|close|closed|lose"
    r"|lost|sell|sold|book|booked|land|landed)\b)[\w'-]+"
    r"(?: (?:up|in|out|back|off|over|them|him|her|it|anyone|anybody))?"
    r"(?: [a-z][\w'&-]*)?(?: myself| personally| on my own)?(?= )"
    r"| (?:i|i'm|im) (?:feel|think|guess|reckon|suspect|believe|bet|sense|have a feeling|have a hunch)"
    r"(?: like| that)?(?= )"
    # what the answer lets the asker do: "whats the number so i can reply", "so that I can tell the VP"
    r"| so (?:that )?i (?:can|could|will|'ll|may) (?!(?:\w+ )?(?:win|won|close|closed|lose|lost|sell|sold|book|booked"
    r"|land|landed|hit|beat|make)\b)[\w'-]+(?= )"
)


def without_scene_actor(t: str) -> str:
    """``t`` without the asker acting in the scene or voicing a hunch, so only an owning "I" or "my" is left."""
    return _SCENE_I.sub(" ", t)


def without_requester(t: str) -> str:
    """``t`` without the asker's "I need ..."/"can I get ...", so only an owning "I" or "my" is left."""
    return _REQUESTER.sub(" ", t)


# every rep's deals, said as an aside set off from the question ("how much have we won there, all reps?", "everyone
# included: ...") or as "company-wide": the whole company, whatever "I" the scene-setting said ("before I email them").
# Not "did I beat everyone" (no aside: "everyone" is the object) nor "all reps on my team" (the team: read elsewhere)
_WIDE_ASIDE = re.compile(
    r"(?:[,;:(—–]|\s-)\s*(?:(?:for|across|from|over|among)\s+)?(?:all\s+(?:the\s+)?(?:reps|salespeople|sellers)"
    r"|every\s+rep|everyone|everybody|all\s+of\s+us)(?:\s+(?:combined|included|together|incl|in\s+total|too))?"
    r"\s*(?:[,;:)?.!—–]|\s-|$)"
    # "company-wide" said of the scope ("what did we win there company-wide?"), not of a figure ("beating the
    # company-wide win rate": a benchmark)
    r"|(?:^|[,;:(—–]|\s-)\s*(?:company|org|firm)[- ]?wide\s*(?:[,;:)?.!—–]|\s-|$)"
    r"|\b(?:company|org|firm)[- ]?wide(?:\s+i\s+mean)?\s*(?:[,;:)?.!—–]|\s-|$)"  # "like company wide I mean,"
    # "(whole company, all time)", "- entire org -": the same aside in other words
    r"|(?:^|[,;:(—–]|\s-)\s*(?:the\s+)?(?:whole|entire)\s+(?:company|org|organi[sz]ation|firm)\s*(?:[,;:)?.!—–]|\s-|$)",
    re.IGNORECASE,
)


def company_wide(text: str) -> bool:
    return _WIDE_ASIDE.search(text) is not None


# what the figures are for, not whose deals they count: "for my account plan", "for our QBR deck", "for my 1:1"
_PURPOSE = re.compile(
    r" for (?:my|our) (?:[\w'-]+ ){0,2}?(?:account plan|account review|plan|review|qbr|deck|slides?|report|notes|prep"
    r"|1:1|1-1|one-on-one|1-on-1|meeting|call|board pack|commission check|planning)(?= )"
)


# a favour asked of us, not whose deals: "... and name the subs for me", "pull that for me?", "pls list them for me";
# the verb is a request's own (it opens the clause), so "how did Q3 work out for me" still asks about the asker's
_FAVOUR = re.compile(
    r"(?:^|[.?!,;:(]\s*|\s[-–—]\s*|\b(?:and|then|pls|plz|please|kindly|also|just|quickly|now|can you|could you"
    r"|would you|will you|mind)\s+)(?:name|list|pull|fetch|grab|find|check|give|tell|run|spell out|put together"
    r"|write down|total up|add up|sum up|figure out|crunch|confirm|compile|look up|double[- ]check|dig out|dig up"
    r"|break (?:it|that|them|this) down)\b(?:\s+[\w'&+-]+){0,6}?\s+for me\b",
    re.IGNORECASE,
)


def without_purpose(t: str, text: str = "") -> str:
    """``t`` without what the figures are for ("for my QBR deck") or a favour asked of us ("name them for me")."""
    t = _PURPOSE.sub(" ", t)
    return t.replace(" for me ", " ", 1) if _FAVOUR.search(text) and t.count(" for me ") == 1 else t


# the asker's own figure or deals, which an aside naming every rep does not widen
_MY_FIGURE = re.compile(
    r" (?:my|mine)(?: [\w'-]+){0,2}? (?:wins?|won|deals?|opps?|revenue|numbers|nums|rank|ranking|pipeline|pipe|rate"
    r"|quota|losses|lost|figures?|totals?|share|cycle|average|attainment|accounts?|book|bookings) "
    r"| (?:mine|myself) "
)
# the asker's own act that sets the scene, with no figure of theirs in it: "before I call Hatfan myself"
_OWN_ACT = re.compile(r" (?:before|after|when|once|while|until|so) (?:i|i'll|ill|i'm|im) (?:[\w'&-]+ ){1,4}?myself ")


def names_my_figure(t: str) -> bool:
    """Whether ``t`` asks for a figure of the asker's own ("my win rate", "mine"), beside a scene it sets."""
    return _MY_FIGURE.search(_OWN_ACT.sub(" ", t)) is not None


_AFTER_QUESTION = re.compile(r"(?<=\?)\s+")
_ASKS_US = re.compile(
    r"\b(?:draft|write|compose|prepare|can you|could you|would you|pls|please|for me|something|(?:a|an|the|some|our"
    r"|my)(?: [\w'-]+){0,2} (?:note|e-?mail|message|msg|reminder|reply|recap|follow-?up|intro|nudge|line"
    r"|thank-?you))\b",
    re.IGNORECASE,
)


def plan_after_question(text: str) -> str:
    """The remark after a question that only tells the asker's own plan ("who owns the oldest deal at Cancity? want
    to ping them before I reach out"), which asks nothing of us; "" when there is none, or when it asks for words
    ("...? want to email them, can you draft something")."""
    *asked, after = _AFTER_QUESTION.split(text.strip(), maxsplit=1) if "?" in text.strip()[:-1] else ["", ""]
    if not asked or not after or not PLAN.search(after) or _ASKS_US.search(after):
        return ""
    return after

"""Where the accounts a question is about are based, read from its words: "headquartered outside the US", "based
in Japan or Korea", "our customers in Europe" (a region of the world stands for its countries)."""

from __future__ import annotations

import re

from agents.tools.places import is_place

# the US set aside by a verb around it: "leaving the US out", "leave out the US", "setting the US accounts aside";
# not "keep the US accounts" (only those)
_THE_US = r"(?:the (?:us|usa|united states|america|states)|usa|united states|america)"
_SET_VERB = r"(?:leav(?:e|ing)|tak(?:e|ing)|keep(?:ing)?|set(?:ting)?|putt?(?:ing)?)"
_US_SET_ASIDE = (
    rf"{_SET_VERB} (?:out|aside) {_THE_US}|{_SET_VERB} {_THE_US}(?: (?:accounts|customers|clients|ones))? (?:out|aside)"
    r"|(?:the us|usa|united states) aside"
)
_ABROAD = re.compile(
    r" (?:(?:outside|not in|excluding|apart from|besides|other than|aside from|except|except for"
    # "not headquartered in the US", "aren't based in the states": the verb between the "not" and the place
    r"|(?:not|aren'?t|isn'?t|never) (?:headquartered|based|located|hq ?'?d|hqed|registered) (?:in|out of))"
    r" (?:of )?(?:the )?"
    r"(?:us|usa|united states|america|states)"
    rf"|non us|non american|international|overseas|foreign|abroad|{_US_SET_ASIDE}) "
)
_SETS_US_ASIDE = re.compile(rf" (?:{_US_SET_ASIDE}) ")


def sets_us_aside(t: str) -> bool:
    """Whether ``t`` (normalised) leaves the US-based accounts out: "leaving the US out - which country ..."."""
    return _SETS_US_ASIDE.search(t) is not None


# a country said by its people's name: "our German-based account", "Japanese-headquartered customers"
DEMONYMS = {"german": "germany", "japanese": "japan", "korean": "korea", "chinese": "china", "brazilian": "brazil",
             "italian": "italy", "polish": "poland", "belgian": "belgium", "norwegian": "norway", "kenyan": "kenya",
             "jordanian": "jordan", "panamanian": "panama", "romanian": "romania", "filipino": "philipines",
             "european": "europe", "asian": "asia", "african": "africa", "british": "united kingdom",
             "french": "france", "spanish": "spain", "dutch": "netherlands", "swedish": "sweden", "indian": "india",
             "canadian": "canada", "mexican": "mexico", "australian": "australia"}  # fmt: skip
# a second place left out after the first: "outside the US but NOT in Europe", "outside the US and Europe"
_ALSO_NOT = re.compile(
    r" (?:but |and |or )?(?:also )?(?:not|nor|and|or|excluding|except|outside) (?:of )?"
    r"(?:in |based in |headquartered in |hq ?'?d in )?(?:the )?([a-z]+)(?= )"
)
_NOT_HQ_IN = re.compile(r" (?:not|aren'?t|isn'?t) (?:headquartered|based|located|hq ?'?d|hqed) in (?:the )?([a-z]+) ")
_US = ("united states", "us", "usa", "america")
_HQ_IN = re.compile(
    r" (?:headquartered|based|hq ?'?d|hq|located|head office) in (?:the )?((?:" + "|".join(_US) + r")|[a-z]+) "
)
# "which of my accounts are europe-based", "japan based customers", "us-headquartered companies"
_PLACE_BASED = re.compile(r" (?:the )?([a-z]+(?: [a-z]+)?)[- ](?:based|headquartered|hq ?'?d) ")
# the people's name before the companies: "japanese accounts", "korean customers"; not "polish the accounts" (a verb)
_OF_A_PEOPLE = re.compile(
    r" (?P<people>"
    + "|".join(d for d in DEMONYMS if d != "polish")
    + r") (?:accounts?|customers?|clients?|companies|company|firms|logos|subsidiaries|subs) "
)
_US_BASED = re.compile(r" (?:us|usa|american|u s) (?:based |headquartered )?(?:accounts|customers|clients|companies) ")


_IN_REGION = re.compile(  # a lookahead, so "revenue from customers in Asia" is tried at every noun
    r"(?= (?:accounts?|customers?|clients?|companies|company|deals|revenue|business) (?:(?:that |which )?(?:are|is) )?"
    r"(?:in|from|across) (?:the )?([a-z]+(?: [a-z]+)?) )"
    r"| (european|asian|african|latin american|south american|north american) "
    r"(?:accounts?|customers?|clients?|companies|deals|revenue|business) "
)


def headquarters(t: str) -> str | None:
    """ "accounts headquartered outside the US" -> "not United States"; "based in Japan" -> "Japan"; "our accounts
    in Europe" -> "europe" (a region of the world stands for its countries), "customers in Japan" -> "japan"."""
    if (abroad := _ABROAD.search(t)) and re.search(r" (accounts?|customers?|clients?|companies|deals|revenue"
                                                   r"|headquartered|based|country|countries) ", t):  # fmt: skip
        also = _ALSO_NOT.match(t[abroad.end() - 1 :])
        if also and is_place(also.group(1)):  # "outside the US but not in Europe": outside both
            return f"not United States or {also.group(1)}"
        return "not United States"
    if (negated := _NOT_HQ_IN.search(t)) and is_place(negated.group(1)):
        return f"not {negated.group(1)}"  # "accounts not based in Japan": every country but that one
    # "what country are they HQ'd in and ...": "in" ends the question there, "and" is no place
    if m := next((m for m in _HQ_IN.finditer(t) if m.group(1) in _US or is_place(m.group(1))), None):
        places, rest = [m.group(1)], t[m.end() - 1 :]
        # "in Japan or Korea", "in japan china or korea": every place in the run
        while more := re.match(r"(?: or| and|,)* (?:in )?(?:the )?([a-z]+(?: [a-z]+)?) ", rest):
            other = more.group(1) if is_place(more.group(1)) else more.group(1).split()[0]
            if not is_place(other):
                break
            places.append(other)
            rest = rest[more.start(1) + len(other) :]
        return " or ".join(places)
    if _US_BASED.search(t):
        return "United States"
    if (people := _OF_A_PEOPLE.search(t)) is not None:
        return DEMONYMS[people.group("people")]
    for m in _PLACE_BASED.finditer(t):
        last = m.group(1).split(" ")[-1]
        for words in (m.group(1), DEMONYMS.get(last, last)):
            if words in ("us", "usa", "america", "u s"):
                return "United States"
            if is_place(words):
                return words
    for m in _IN_REGION.finditer(t):
        for words in (m.group(1) or m.group(2) or "", (m.group(1) or "").split(" ")[0]):
            if words and is_place(words):
                return words
    return None

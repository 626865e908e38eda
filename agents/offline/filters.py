"""Filters a question states in words rather than names (what it leaves out by name is :mod:`left_out`): bounds on
a deal's value ("wins bigger than $5,000") or on the accounts themselves ("more than 10,000
employees", "founded before 1990"), several products together ("the MG line"), one opportunity by its id, and
the asker's own office ("our regional office")."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.entities import Mention
from agents.offline.money_bounds import MONEY as _MONEY
from agents.offline.money_bounds import SCALE as _SCALE
from agents.offline.money_bounds import UNITS, company_revenue, dollars, money_bound
from agents.offline.rate_bounds import rate_bound
from agents.offline.series_words import left_out_series
from agents.offline.times_bounds import times_bound

_ABOVE = r"(?:bigger|larger|greater|more|higher|worth more|over|above|in excess of|north of)"
_BELOW = r"(?:smaller|less|lower|cheaper|worth less|under|below|south of)"
_DEAL_NOUN = r"(?:deals?|wins?|opps?|opportunit(?:y|ies)|orders?|sales?|ones|contracts?|losses)"
_OR_MORE = r"(?P<tail>\s*(?:\+|or (?:more|above|bigger|larger|higher|less|below|smaller|lower)|and (?:up|above|over)))"
_COMPARED = re.compile(
    rf"\b{_DEAL_NOUN}\b(?:\s+(?!than\b)[\w-]+){{0,3}}?\s+(?P<op>{_ABOVE}|{_BELOW}|(?:of |worth )?at (?:least|most))"
    rf"(?:\s+than)?\s+{_MONEY}{_OR_MORE}?"
)
_WHOLE_COMPANY = re.compile(r"\b(?:company[- ]?wide|across the (?:whole )?company)\b")
_SPACES = re.compile(r"\s+")
_OF_OR_MORE = re.compile(rf"\b{_DEAL_NOUN}\b(?:\s+\w+){{0,2}}?\s+(?:of|worth|at|valued at)\s+{_MONEY}{_OR_MORE}")


def value_bound(text: str) -> str | None:
    """A bound on each deal's value: "wins bigger than $5,000 each" -> ">5000", "deals of at least 10k" -> ">=10000".
    Only next to a deal word, so "reps who booked more than $200k" (a total) is not a bound on each deal."""
    low = _SPACES.sub(" ", _WHOLE_COMPANY.sub(" ", text.lower()))  # "deals company wide that came in above $25k"
    found = _COMPARED.search(low) or _OF_OR_MORE.search(low)
    if found is None or re.match(rf"\s*(?:\+\s*)?{_HEADCOUNT}\b", low[found.end() :]):
        return None  # "accounts with over 10k employees": a headcount, not a deal's value
    first = found.group("d1") is not None
    digits, unit = found.group("d1" if first else "d2"), found.group("u1" if first else "u2")
    scale = _SCALE.get(unit or "", 1)
    value = float(digits.replace(",", "")) * scale
    amount = f"{value:.0f}" if value.is_integer() else f"{value:.2f}"
    op = found.groupdict().get("op") or ""
    if tail := (found.group("tail") or "").strip():
        return f"<={amount}" if re.search(r"less|below|smaller|lower", tail) else f">={amount}"
    if op.endswith("least"):
        return f">={amount}"
    if op.endswith("most"):
        return f"<={amount}"
    return f"<{amount}" if re.fullmatch(_BELOW, op) else f">{amount}"


_HEADCOUNT = r"(?:employees|staff|people|headcount|workers|employee)"
_EMPLOYEES = re.compile(
    rf"\b(?P<op>more than|over|above|greater than|at least|fewer than|less than|under|below|at most)\s+"
    rf"(?P<n>\d[\d,]*)\s*(?P<k>k)?\+?\s+{_HEADCOUNT}\b"
    rf"|\b(?P<n2>\d[\d,]*)\s*(?P<k2>k)?\s*(?:\+|or more)\s+{_HEADCOUNT}\b"
    rf"|\b{_HEADCOUNT}\s+(?:of\s+|count\s+)?(?P<op3>over|above|more than|under|below|less than|fewer than)\s+"
    r"(?P<n3>\d[\d,]*)\s*(?P<k3>k)?",
    re.IGNORECASE,
)
# a headcount band, both ends counted: "1000 to 5000 employees", "between 1k and 5k staff", "employees of 1,000-5,000"
_NUMBER = r"\d[\d,]*(?:\s*k\b)?"
_BAND = rf"(?:between\s+)?(?P<low>{_NUMBER})\s*(?:to|-|–|and)\s*(?P<high>{_NUMBER})"
_BAND_AFTER = _BAND.replace("P<", "P<b")  # "employees between 1k and 5k": the same band, its groups renamed
_EMPLOYEE_BAND = re.compile(
    rf"\b{_BAND}\s+{_HEADCOUNT}\b|\b{_HEADCOUNT}\s+(?:of\s+|count\s+(?:of\s+)?)?(?:from\s+)?{_BAND_AFTER}",
    re.IGNORECASE,
)


def _headcount(number: str) -> int:
    digits = number.lower().replace(",", "").replace(" ", "")
    return int(digits[:-1]) * 1000 if digits.endswith("k") else int(digits)


def _band(text: str) -> tuple[int, int, re.Match[str]] | None:
    """The headcount band said in ``text``, low end first, with where it is said; "q3 2017 - 500 employees" is none."""
    if (found := _EMPLOYEE_BAND.search(text)) is None:
        return None
    low = _headcount(found.group("low") or found.group("blow"))
    high = _headcount(found.group("high") or found.group("bhigh"))
    return (low, high, found) if low <= high else None


# "founded in 2010 or later", "established 1990 or before", "set up in 2012 and onwards": the tail opens the bound
_OPEN_TAIL = (
    r"(?:\s+(?:or|and)\s+(?P<tail>earlier|before|later|after|since|newer|older|up|onwards?|beyond)|\s+(?P<on>onwards?))"
)
_FOUNDED = re.compile(
    r"\b(?:founded|established|incorporated|started|set up|created)\s+(?P<op>before|prior to|after|since|in|pre)\s+"
    rf"(?P<year>1[6-9]\d\d|20\d\d)\b{_OPEN_TAIL}?"
    r"|\b(?P<year2>1[6-9]\d\d|20\d\d)\s+or\s+(?P<op2>earlier|before|later|after)\b",
    re.IGNORECASE,
)


def account_bounds(text: str) -> tuple[dict[str, str], str]:
    """Bounds on the accounts' headcount, founding year and annual revenue, and ``text`` with those phrases blanked
    out (their numbers are not periods: "founded before 1990" is no date range for deals)."""
    scope: dict[str, str] = {}
    if (revenue := company_revenue(text)) is not None:
        scope["annual_revenue"], found = revenue
        text = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
    if band := _band(text):
        scope["employees"] = f"{band[0]}-{band[1]}"
        text = text[: band[2].start()] + " " * (band[2].end() - band[2].start()) + text[band[2].end() :]
    elif m := _EMPLOYEES.search(text):
        op = (m.group("op") or m.group("op3") or "or more").lower()
        n = int((m.group("n") or m.group("n2") or m.group("n3")).replace(",", ""))
        n *= 1000 if (m.group("k") or m.group("k2") or m.group("k3")) else 1
        below = op in ("fewer than", "less than", "under", "below")
        sign = {"at least": ">=", "or more": ">=", "at most": "<="}.get(op, "<" if below else ">")
        scope["employees"] = f"{sign}{n}"
    founded = list(_FOUNDED.finditer(text))
    for m in founded:
        if m.group("year"):
            op, year = m.group("op").lower(), int(m.group("year"))
            if tail := (m.group("tail") or m.group("on") or "").lower():  # "in 2010 or later": from 2010 on
                op = "pre-or-in" if tail in ("earlier", "before", "older") else "since"
            scope["founded"] = {"before": f"<{year}", "prior to": f"<{year}", "pre": f"<{year}", "after": f">{year}",
                                "since": f">={year}", "in": f"{year}-{year}", "pre-or-in": f"<={year}"}[op]  # fmt: skip
        elif "founded" not in scope:
            op, year = m.group("op2").lower(), int(m.group("year2"))
            scope["founded"] = f"<={year}" if op in ("earlier", "before") else f">={year}"
    for m in [*founded, *_EMPLOYEES.finditer(text)]:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return scope, text


_OPPORTUNITY = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8}\b")


def opportunity_ids(text: str) -> list[str]:
    """Every opportunity id written in the message, in order, each once ("opp 3F5AAJZB", "ZGSQMEQ9 and Z063OYW0"):
    eight capitals and digits, both kinds."""
    return list(dict.fromkeys(_OPPORTUNITY.findall(text)))


_OWN_OFFICE = re.compile(r" (?:my|our) (?:own )?(?:regional |local |home )?(?:office|region|branch) ")


def own_office(t: str) -> tuple[bool, str]:
    """Whether the message means the asker's own office ("our regional office"), and ``t`` without those words
    (so their "my" doesn't also make the deals the asker's own)."""
    found = _OWN_OFFICE.search(t)
    if found is None:
        return False, t
    return True, t[: found.start()] + " the office " + t[found.end() :]


def products_together(t: str, text: str, mentions: list[Mention], series: tuple[str, ...]) -> dict[str, Any]:
    """Several products as one set: "MG Special + MG Advanced together", "the MG line", "all GTX products"."""
    named = list(dict.fromkeys(m.name for m in mentions if m.kind == "product"))
    line = next((s for s in series if re.search(rf" {re.escape(s.lower())} (?:line|series|range|family|products|"
                                                   r"product line|stuff) ", t)), None)  # fmt: skip
    if line is not None:
        return {"exclude_products": [line]} if left_out_series(t, line) else {"products": [line]}
    if len(named) >= 2 and (re.search(r" (?:together|combined|plus|and|&) ", t) or "+" in text):
        return {"products": named}
    return {}


def reps_together(t: str, text: str, mentions: list[Mention]) -> dict[str, Any]:
    """Several reps as one: "reed + donn + cassey, open opps added together", "Moses and Anna's wins combined".
    Not side by side ("how many each", "Moses vs Anna"): comparisons read those."""
    named = list(dict.fromkeys(m.name for m in mentions if m.kind == "person"))
    if len(named) < 2 or _SIDE_BY_SIDE.search(t):
        return {}
    if ADDED_UP.search(t) or re.search(r"\w\s*\+\s*\w", text):
        return {"owners": named}
    return {}


ADDED_UP = re.compile(
    r" (?:together|combined|altogether|in total|added together|added up|summed|between them|between the (?:two|three"
    r"|four) of them|as a group|jointly|collectively|one number|pooled) "
)
_SIDE_BY_SIDE = re.compile(
    r" (?:each|apiece|vs|versus|v|compare|compared|comparing|respectively|separately|individually|side by side"
    r"|per rep|by rep|one by one|who has|who had|which of|who's|whose) "
)


# a bound on each group's count: "which reps closed-won at least 20 deals", "accounts where we've closed 100+ deals"
_COUNT_OP = r"(?P<op>at least|at most|more than|fewer than|less than|over|under|no more than|no fewer than|min of)"
_COUNTED = r"(?P<stage>won|lost|closed|open|closed-won|closed won)? ?(?P<noun>deals?|wins?|losses|opps|opportunities)"
_GROUP_COUNT = re.compile(
    rf" (?P<verb>[\w-]+(?: [\w-]+)?) {_COUNT_OP} (?P<n>\d+) {_COUNTED} "
    rf"| (?P<verb2>[\w-]+(?: [\w-]+)?) (?P<n2>\d+)(?: or more|\+) {_COUNTED.replace('?P<', '?P<b_')} "
)
_OPS = {"at least": ">=", "no fewer than": ">=", "min of": ">=", "at most": "<=", "no more than": "<=",
        "more than": ">", "over": ">", "fewer than": "<", "less than": "<", "under": "<"}  # fmt: skip
_METRIC_WORDS = {"won": "won", "wins": "won", "win": "won", "closed-won": "won", "closed won": "won", "booked": "won",
                 "close-won": "won", "landed": "won", "lost": "lost", "losses": "lost", "lose": "lost",
                 "closed": "closed", "open": "open"}  # fmt: skip
# "customers where I've lost more deals than I've won": one count against another
_MORE_THAN = re.compile(
    r" (?P<a>lost|lose|won|win) more (?:deals |opps )?than (?:i|we|they|he|she|you)?(?:'ve|'d| have| had| did)? ?"
    r"(?P<b>won|win|lost|lose) | more (?P<a2>losses|wins) than (?P<b2>wins|losses) "
)


def group_bounds(t: str, text: str = "") -> tuple[tuple[str, ...], str]:
    """Conditions each group of a ranking must meet ("won>=20", "lost>won", "won_revenue>400000"), and ``t`` without
    their words (so "at least" doesn't read as a "least" ranking)."""
    conditions = []
    if text and (bar := money_bound(text)) is not None:
        conditions.append(bar)
        t = re.sub(r" (?:at least|at most|no more than|no less than|more than|less than|fewer than) ", " ", t, count=1)
    if (rate := rate_bound(t)) is not None:
        conditions.append(rate[0])  # "which reps are below a 60% win rate": the reps past the bar
        t = rate[1]
    for m in list(_GROUP_COUNT.finditer(t)):
        n = m.group("n") or m.group("n2")
        words = [m.group(k) or "" for k in ("stage", "b_stage", "noun", "b_noun")]
        verb = (m.group("verb") or m.group("verb2") or "").split()
        named = [_METRIC_WORDS[w] for w in [*words, *verb[-1:], " ".join(verb)] if w in _METRIC_WORDS]
        op = _OPS[m.group("op")] if m.group("op") else ">="
        conditions.append(f"{named[0] if named else 'deals'}{op}{n}")
        t = t.replace(m.group(0)[len(" ".join(verb)) + 1 :], " ", 1)
    if (often := times_bound(t))[0] is not None:  # "accounts we lost deals at twice or more"
        conditions.append(often[0])
        t = often[1]
    for m in _MORE_THAN.finditer(t):
        a, b = (_METRIC_WORDS[m.group(k)] for k in (("a", "b") if m.group("a") else ("a2", "b2")))
        conditions.append(f"{a}>{b}")
        t = t.replace(m.group(0), " ", 1)
    if _WITH_SOME.search(t):
        conditions.append("deals>=1")  # "of the reps that still have open deals, which two have the fewest"
    elif (skipped := _SKIP_THE_EMPTY.search(t)) is not None:
        conditions.append("deals>=1")  # "bottom 3 reps, skip the ppl who have no deals at all"
        t = t.replace(skipped.group(0), " ", 1)
    return tuple(conditions), t


# only the groups with something in scope, said before a "fewest" ranking: "of the reps on my team that still have
# open deals", "among reps with any open opps"; not a count of them ("how many reps have open deals")
_WITH_SOME = re.compile(  # ... or "if you only count the reps who actually have deals"
    r" (?:of|among|amongst|(?:only|just)(?: (?:count|counting|include|including))?) (?:the |my |our )?"
    r"(?:reps|people|sellers|accounts|customers|products)(?: [\w'-]+){0,3}?"
    r" (?:that|who|which|with)(?: still| actually| even)?(?: have| has| hold| carry| got)?(?: any| some)?"
    r"(?: open| won| lost| closed)? (?:deals|opps|ones|wins|losses)(?= )"
)


# the verbs that set some groups aside from a ranking: "ignore anyone with no wins", "skip the ppl who have no deals"
SET_ASIDE_VERBS = r"ignore|ignoring|exclude|excluding|leave out|leaving out|skip|skipping|not counting|drop|dropping"
# the groups with nothing set aside from a ranking: "skip the ppl who have no deals at all", "ignoring reps with zero
# deals", "leave out anyone without a single deal"
_SKIP_THE_EMPTY = re.compile(
    rf" (?:{SET_ASIDE_VERBS}|without)"
    r" (?:the |any )?(?:people|reps|sellers|ones|anyone|anybody|those|folks|guys)(?: (?:who|that|with|without))?"
    r"(?: (?:have|has|had|got))? (?:no|zero|0|a single|any) (?:deals?|opps?)(?: at all| whatsoever| yet)?(?= )"
)


# the groups picked out by having nothing in a stage: "which of my reps have nothing open", "who on my team has no won
# deals", "which reps with zero in the pipeline"
PICKS_THE_EMPTY = (
    r" (?:which|who)(?: of)? (?:[\w'-]+ ){0,4}?(?:has|have|had|got|with) (?:\w+ )?(?:nothing|no|zero|0)"
    r" (?:deals? |opps? )?(?:open|won|lost|closed|engaging|prospecting|wins|losses"
    r"|in (?:the |their )?pipe(?:line)?|in play)(?= )"
)
# groups with nothing to show: "which of our products have I never closed-won?", "any office that hasn't lost a deal"
_NEVER = re.compile(
    r" (?:never|not once|not ever|not yet|(?:have|has)(?:n't| not) (?:i |we |they |you |he |she )?(?:ever |yet |once )?"
    r"(?:won|lost|sold|closed|booked|landed|had|got)|without (?:a single|any|ever)) (?!mind )"
    # "any customer we didn't close-won a single deal with in December", "which rep hasn't closed anything this
    # month": not one deal in the scope
    r"| (?:didn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|(?:did|do|does|have|has)(?: i| we| they| you| he| she)? not)"
    r" (?:\w+ )?(?:win|won|close|closed|close-won|closed-won|close-win|closed-win|sell|sold|book|booked|land|landed"
    r"|get|got)"
    r" (?:(?:a single|any|one single|even one|a) (?:won |closed-won )?(?:deal|win|sale|opp)|anything|a thing)"
    # "which of my reps have nothing open", "who on my team has no won deals": none in that stage
    rf"|{PICKS_THE_EMPTY}"
    # "accounts with no wins this year", "customers that haven't bought anything in 2017", "bought nothing"
    # (the groups asked for, not "ignore anyone with no wins")
    r"| (?:accounts|customers|clients|products|sectors|industries|offices|companies)(?: \w+){0,3}? (?:with|have|has"
    r"|had|got|having) (?:no|zero|0) (?:wins|won deals|sales|purchases|orders) "
    # the people asked for, a product between: "anyone on my team with zero GTX Plus Pro wins this quarter?"
    r"|^ (?:(?:is|are|was) there )?(?:anyone|anybody|any reps?|who|which reps?)(?: \w+){0,4}? (?:with|have|has|had"
    r"|got|having) (?:no|zero|0)(?: [\w-]+){0,3}? (?:wins|won deals|sales) "
    r"| (?:didn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|(?:did|do|does|have|has)(?: they| it)? not) (?:\w+ )?"
    r"(?:buy|bought|purchase|purchased|order|ordered) (?:anything|a thing|(?:a single|any) \w+) | bought nothing "
)


def never(t: str) -> bool:
    """Whether a question about groups asks for those with no deal at all in its scope ("never", "not once")."""
    return _NEVER.search(t) is not None


# a closed deal's price against its product's list price: "won deals that closed above list", "sold below list price"
_LIST = r"(?:the |its |their |our |a |the product'?s? |product )?(?:full |standard |sticker )?list(?: price)?"
_VS_LIST = re.compile(
    rf" (?P<above>above|over|more than|higher than|greater than|beyond|exceeding|in excess of) {_LIST} "
    rf"| (?P<below>below|under|less than|lower than|beneath|short of) {_LIST} "
    r"| (?P<discount>at a discount|discounted|with a discount) "
)


# the other side asked for next: "how many closed ABOVE list price and how many BELOW it?", "above or under list"
_OTHER_SIDE = re.compile(
    r"^(?: [\w'-]+){0,3}? (?:and|or|vs|versus|&)(?: [\w'-]+){0,4}? (?:(?P<above>above|over|higher than|more than)"
    rf"|(?P<below>below|under|lower than|less than|beneath))(?: (?:it|that|that price|{_LIST}))?(?= )"
)


def list_price_side(t: str) -> tuple[str | None, str]:
    """Which side of its list price each deal closed on ("above", "below", or "both" when the message asks for each
    side in turn), and ``t`` without those words (so "list price" there asks for no pipeline value)."""
    found = _VS_LIST.search(t)
    if found is None or re.search(r" how (?:many|much) (?:\$ |dollars )?(?:\w+ ){0,3}?(?:short of|under|below|off"
                                  r"|less than|lower than|beneath) ", t[: found.end()]):  # fmt: skip
        return None, t  # "how many $ short of full list price", "how many $ under list is that": the gap asked
    side = "above" if found.group("above") else "below"
    rest = t[found.end() - 1 :]
    other = _OTHER_SIDE.search(rest) if not found.group("discount") else None
    if other is not None and ("above" if other.group("above") else "below") != side:
        return "both", t[: found.start()] + " " + rest[other.end() :]
    return side, t[: found.start()] + " " + t[found.end() :]


_QUOTA = re.compile(
    r"\b(?:quota|target|goal|number)\b(?:[^.?!$\d]|(?:19|20)\d\d(?!\d)){0,40}?\$?\s?(?!(?:19|20)\d\d\b)"
    rf"(\d[\d,]*(?:\.\d+)?)\s?({UNITS})?\b"
    rf"|\$\s?(\d[\d,]*(?:\.\d+)?)\s?({UNITS})?\b(?:[^.?!$\d]{{0,20}}?)\b(?:quota|target|goal)\b",
    re.IGNORECASE,
)


def quota(text: str) -> float | None:
    """The quota a rep states to be measured against: "my quota for 2017 was $300k", "a $1.2M target"."""
    found = _QUOTA.search(text)
    if found is None:
        return None
    number, scale = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    value = dollars(number, scale)
    return value if value >= 1000 else None  # "quota for 2017" names a year, not an amount

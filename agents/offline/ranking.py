"""Which groups a question ranks or splits by, and how many it wants: "which account has the most engaging deals",
"top 3 reps on my team", "which rep grew the most from Q3 to Q4". Read by :mod:`agents.offline.parser`."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline import lexicon as lx
from agents.offline import shapes
from agents.offline.entities import Mention
from agents.offline.group_member import picks_a_member
from agents.offline.measures import SIZED_PIPELINE
from agents.offline.question import Question
from agents.periods import Period, find_periods


def ranking(t: str, mentions: list[Mention], measures: tuple[str, ...]) -> tuple[str | None, int | None, bool]:
    t = re.sub(r" (across|in|for) the (whole |entire )?(company|org|organisation|organization|business) ", " ", t)
    t = lx.PERIOD_WORDS.sub(" ", t)  # "this quarter", "the month before last" name no dimension
    t = re.sub(r" (?:across|over|from|in) how many (?:won )?(?:deals|opps|wins|opportunities) ", " how many deals ", t)
    # "top of funnel check", "top of mind", "off the top of my head": idioms, no ranking
    t = re.sub(r" (?:off )?(?:the )?top(?:-| )of(?:-| )(?:the |my )?(?:funnel|pipe|pipeline|mind|head|hour|agenda) ",
               " ", t)  # fmt: skip
    t = lx.NO_ACCOUNT.sub(" ", t)  # "(ignore the ones) without an account" names no dimension to rank by
    t = _WHO_THEY_ARE.sub(" ", t)  # "and remind me who the subs are": who belongs to a group, not who leads
    t = lx.without_team_set_aside(t)  # "which are mine, not the team's": no split by team
    t = _PER_DEAL.sub(" ", t)  # "my reps' wins - average value per deal?": a mean over deals, no split by rep
    t = _WON_VS_LOST.sub(" won and lost ", t)  # "won vs lost counts too": two figures, not a side by side
    t = _INFORMAL_REPS.sub(r" \1 reps ", t)  # "which of my guys has the most opps": the reps, however named
    for m in mentions:
        if m.kind == "sector":  # "the medical accounts" names a sector, it doesn't ask to rank accounts
            t = re.sub(rf" (the|our|with|in) {m.name} accounts ", rf" \1 {m.name} ", t)
    # "whose open pipeline is smallest": pipelines set against each other by their size
    ranks = any(lx.has(t, c) for c in lx.RANK_CUES) or ("pipeline_value" in measures and bool(SIZED_PIPELINE.search(t)))
    ranks = ranks or _BIGGEST_CUSTOMER.search(t) is not None  # "our biggest account?": a customer, not a deal
    compares = any(lx.has(t, c) for c in lx.COMPARE_CUES)
    if compares and not ranks and _sums_across(t):
        return None, None, False  # "total pipeline across all my reps": one figure, not a split
    if not (ranks or compares):
        return None, None, False
    if ranks and picks_a_member(t):
        return "account", _top_n(t, ranks, compares), any(lx.has(t, c) for c in lx.ASCENDING_CUES)
    mentioned = {m.kind for m in mentions}
    for dimension, words in _asked_first(t):
        for word in words:
            if not lx.has(t, word):
                continue
            if dimension == "manager" and lx.means_my_team(t, t) and not lx.has(t, "teams"):
                continue
            if dimension == "rep" and word in ("who", "whose") and not (measures or about_deals(t) or mentioned):
                continue  # "who won the world cup" is not a sales question; "who won the most at Konex" is
            if dimension == "series" and not (measures or about_deals(t) or mentioned):
                continue  # "who won the world series": no product series
            if dimension == "account" and "account" in mentioned and not lx.has(t, "accounts"):
                continue
            if word == "company" and not re.search(r" (which|what) (\w+ ){0,2}company ", t):
                continue  # "which software company": an account; "the company" is everyone
            if dimension == "sector" and "sector" in mentioned and not lx.has(t, "sectors"):
                continue
            return dimension, _top_n(t, ranks, compares), any(lx.has(t, c) for c in lx.ASCENDING_CUES)
    team = r" (on|in|of|for|among|amongst) (my|our) (team|crew|squad|guys|people|folks|reps|sellers) "  # "on my crew"
    each_of_mine = re.search(r" (?:each|every) (?:one )?of (?:my|our) ", t) and lx.means_my_team(t, t)
    if (
        re.search(r" (top|bottom|best|worst) (\d+|" + "|".join(lx.NUMBER_WORDS) + r")? ?" + team[1:], t)
        or (ranks and re.search(team, t))
        or each_of_mine  # "how many did each of my guys win"
    ):
        return "rep", _top_n(t, ranks, compares), any(lx.has(t, c) for c in lx.ASCENDING_CUES)  # "top 2 on my team"
    return None, None, False


# who makes up a group already named: "remind me who the subs are", "and who their contacts are", "who are the subs"
_WHO_THEY_ARE = re.compile(
    r" who (?:the|their|its|our|his|her|your) (?!(?:\w+est|top|leading|number|no|#1|main|strongest|weakest) )"
    r"(?:[\w'-]+ )?(?!\w+est )\w+ (?:are|is|were|was) "
    r"| (?:who|whos|who's) (?:are |were )?(?:the|their|its) (?:subs|subsidiaries|sister companies|members|contacts"
    r"|companies|accounts|affiliates)(?= )"
    # "the whole family - who's in it?": the members of the group named
    r"| (?:who|whos|who's) (?:is |are )?in (?:it|them|that|this|there|the (?:family|group))(?= )"
)


# the reps in chat words: "which of my guys", "which two of my people", "who among our folks", "which one of the AEs
# on my team"; not "my people's accounts" (the accounts) or "which of my guys' deals" (the deals)
_INFORMAL_REPS = re.compile(
    r" ((?:which|who|whom)(?: one| \d{1,2}| two| three| four| five)?"
    r" (?:of|among|amongst) (?:my|our|the)(?: (?:own|sales|whole|entire))?) "
    r"(?:guys|people|folks|sellers|aes|ae|team members|salespeople|sales people|crew|peeps|lot|bunch|gang|team)"
    r"(?= (?!accounts?|customers?|clients?|products?|deals?|opps?|offices?|sectors?)[a-z])"
)


# the whole asked for before the leader: "how many GTK 500s are open across my reps, and who's holding the most?"
TOTAL_FIRST = re.compile(
    r" (?:how many|how much|how big|how large|what is the total|what the total|in total) (?:[\w'-]+ ){1,16}?"
    r"(?:and|with) (?:who|which) "  # "how many open deals does he have, with which accounts"
    # ... or after the names: "who, and how many deals total?", "which reps - and how much in all"
    r"| (?:who|which)(?: [\w'-]+){0,8}? and (?:how many|how much)(?: [\w'-]+){0,3}? (?:total|in total|in all"
    r"|altogether|combined|overall)(?= )"
    # "which of my accounts are europe-based, and total won $ from those": the names, then their sum
    r"| (?:who|which)(?: [\w'-]+){0,12}? (?:and|plus|with) (?:the |a |their |its )?(?:total|sum|combined)(?= )"
)


# the asker's own biggest customer: "our biggest account?", "my largest client - how many open deals"; not "our
# biggest account deal" nor "the biggest account by headcount" (the company's own size)
_BIGGEST_CUSTOMER = re.compile(
    r" (?:my|our|the company s|the team s|my team s) (?:very |single |all-time |all time )?(?:biggest|largest"
    r"|most valuable) (?:account|customer|client|logo)(?! deal| opp| win|s? by (?:head|employ|staff|annual|size))"
)
# "who's been my best customer?", "who is our biggest client": "who" asks for the group the superlative names
_WHO_IS_TOP = re.compile(
    r" (?:who|whos) (?:is |was |s |has been |have been |been |are |were |would be |d be )?"
    r"(?:my |our |the (?:whole |entire )?(?:company|org|organisation|organization|team) |the |your |their )?"
    r"(?:very |single |all-time |all time )?(?:best|biggest|top|largest|most valuable"
    r"|highest|worst|smallest|lowest|leading|number one|#1|most important|main|strongest|weakest) (\w+) ()"
)


# "top 3 retail customers by won revenue, all reps": the group is the noun after "top N" (one qualifier allowed),
# whatever dimension the scope names after it
# "my #1 customer by booked revenue - who is it?": the group after the asker's own top spot, before "who"
_MY_TOP = re.compile(
    r"^ (?:[\w'-]+ ){0,3}?(?:my|our) (?:very |single |all-time )?(?:#1|number one|no 1|top|best|biggest|largest"
    r"|leading|most valuable) (\w+) ()"
)
# "which 3 medical-sector customers": the count and a qualifier come before the group's noun
# not "(asked) what my team doesn't sell": a clause told, whose subject is no group asked for
_WHICH_GROUP = re.compile(
    r" (?:which|what(?! (?:my|our|we|i|you|they|he|she|his|her|their) )) (?:(?:\d{1,2}|"
    + "|".join(lx.NUMBER_WORDS)
    + r") )?(\w+) (?:([\w-]+) )?(?:(\w+) )?"
)
_TOP_N_OF = re.compile(
    r" (?:top|bottom|best|worst|biggest|largest|leading) (?:\d+|" + "|".join(lx.NUMBER_WORDS) + r") (\w+) (?:(\w+) )?"
)


# the group a "which one" picks from, named before it or after it: "of all our offices, which one", "among the
# sectors which", "which one of our products", "which two of the regions"
_PICKED = r"(?:which|what)(?: one| ones| \d{1,2}| two| three)?"
_ONE_OF_GROUP = re.compile(
    r" (?:out of|of|among|amongst|from) (?:all )?(?:(?:our|the|my|your|these|those) )?(?:[\w-]+ )?(\w+) "
    + _PICKED
    + " "
    r"| " + _PICKED + r" (?:of|among|amongst) (?:all )?(?:(?:our|the|my|your|these|those) )?(?:[\w-]+ )?(\w+) "
)


def _group_of(nouns: tuple[str, ...]) -> str | None:
    return next(
        (d for n in nouns for d, words in lx.GROUP_WORDS.items() if n in words and n not in ("who", "whose")), None
    )


_PER_DEAL = re.compile(r" per (?:deal|opp|opportunity|win|won deal|sale|order)(?= )")
_SPLIT_BY = re.compile(r" (?:by|per|for each|for every|broken down by|split by) (\w+)(?= )")


def _asked_first(t: str) -> list[tuple[str, tuple[str, ...]]]:
    """The group words, the dimension named after "which"/"what" first: "which account has the most engaging deals,
    across all reps?" ranks accounts, whatever other dimension the message names after it."""
    # the first of these that names a group ("what did they total" names none: "my #1 customer" does)
    found = (m.groups() for m in (p.search(t) for p in (_WHICH_GROUP, _WHO_IS_TOP, _MY_TOP, _TOP_N_OF)) if m)
    asked = next((group for group in map(_group_of, found) if group is not None), None)
    if asked is None:  # "out of our products, which one converts worst?": the group named around "which one"
        asked = _group_of(tuple(n for m in _ONE_OF_GROUP.finditer(t) for n in m.groups() if n))
    if asked is None:  # "team closed-won $ month by month": the split is the group after "by", the team is whose
        asked = _group_of(tuple(m.group(1) for m in _SPLIT_BY.finditer(t)))
    return sorted(lx.GROUP_WORDS.items(), key=lambda item: item[0] != asked)


def change(t: str, scope: dict[str, Any], measures: tuple[str, ...], mentions: list[Mention],
            today: date) -> Question | None:  # fmt: skip
    """Each group's change between two periods, ranked: "which rep grew the most from Q3 to Q4", "which product
    dropped the most between Q1 and Q2". Sides are the two periods, earlier first."""
    t = _than_last(t, today)  # "fewer deals this qtr than last": than last quarter
    periods = find_periods(t, today)
    said = shapes.change_direction(t)  # "grew", "dropped"; else one period held against the other
    held_against = said is None
    direction = said or _than_direction(t, periods, today)
    if direction is None or len(periods) != 2:
        return None
    group_by, top, _ = ranking(t, mentions, measures)
    if group_by is None and _ANY_OF_MINE.search(t):
        group_by = "rep"  # "any of my reps winning fewer deals this qtr than last?"
    if group_by is None or group_by in ("month", "quarter") or (_ALL_TOGETHER.search(t) and not _WHICH.search(t)):
        return None
    first, second = sorted(periods, key=lambda p: p.start)
    base = {k: v for k, v in scope.items() if k not in ("period", "date_field")}
    counted = lx.COUNT_ASKED.search(t)
    measure = next((m for m in measures if m not in ("breakdown",)), "deals" if counted else "won_revenue")
    sides = tuple(
        {"period": p.phrase or p.label, "date_field": scope.get("date_field", "close")} for p in (first, second)
    )
    # "which sectors grew from Q3 to Q4": every one that moved that way, none that didn't; "grew the most": ranked
    # "who won less in Q4 than in Q3": every one that did, held one period against the other
    moved = ("moved",) if held_against or not _SUPERLATIVE.search(t) else ()
    return Question("change", (measure,), base, group_by, None if moved else top, direction == "down", sides=sides,
                    having=moved)  # fmt: skip


# "October vs November (all offices), and the drop in %": every office added up, not each office's own drop
_ALL_TOGETHER = re.compile(
    r" all (?:the |our |of the |of our )?(?:offices|reps|products|sectors|teams|regions|accounts) "
    r"(?!(?:each|separately|individually|one by one|side by side) )"
)
_WHICH = re.compile(r" (?:which|who|whose) ")
# one period's figure held against another's: "won less $ in Q4 than they did in Q3", "more deals in Q3 than Q4"
_THAN = re.compile(r" (?P<cmp>less|fewer|lower|smaller|more|higher|bigger) (?:[\w$'-]+ ){0,8}?than ")
_ANY_OF_MINE = re.compile(
    r" (?:any|anyone|anybody|which|who) (?:of|on|in) (?:my|our) (?:reps|guys|people|team|crew"
    r"|folks|sellers) "
)
_THAN_LAST = re.compile(r" than (?:the )?(?:last|previous|prior)(?= (?!quarter|qtr|month|year|week|q\d)[a-z]| ?$)")


def _than_last(t: str, today: date) -> str:
    """ "this qtr than last" -> "this qtr than last quarter": the unit of the period just named."""
    if not _THAN_LAST.search(t) or len(periods := find_periods(t, today)) != 1:
        return t
    days = (periods[0].end - periods[0].start).days
    unit = "month" if days < 32 else "quarter" if days < 93 else "year"
    return _THAN_LAST.sub(f" than last {unit}", t)


def _than_direction(t: str, periods: list[Period], today: date) -> str | None:
    """ "less in Q4 than in Q3" -> "down" (from Q3 to Q4); "more in Q3 than Q4" -> "down" too: the later period
    lower. The period said last before "than" is held against the first one after it."""
    m = _THAN.search(t)
    if m is None or len(periods) != 2:
        return None
    before, after = find_periods(t[: m.end()], today), find_periods(t[m.end() - 1 :], today)
    held, against = (before[-1], after[0]) if before and after else periods
    lower = m.group("cmp") in ("less", "fewer", "lower", "smaller")
    return "down" if lower == (held.start > against.start) else "up"


def _sums_across(t: str) -> bool:
    """ "across all my reps" / "across the whole team" sums; "by rep", "per office", "compare" split."""
    if not re.search(r" across (all|every|the whole|the entire|the|my|our) ", t):
        return False
    return not any(lx.has(t, c) for c in lx.COMPARE_CUES if c != "across")


_WHICH_N_VERB = re.compile(
    r" (?:which|what|who are the) (\d{1,2}|" + "|".join(lx.NUMBER_WORDS) + r") (?:have|has|had|are|were|did|got"
    r"|carry|hold|sit|closed|won|lost) "
)


# two figures asked together: "won vs lost counts", "wins versus losses"
_WON_VS_LOST = re.compile(r" (?:won|wins) (?:vs|versus|v) (?:lost|losses) ")


# the owners of the deals just counted, asked with no superlative: every one of them
_OWNERS_OF_THEM = re.compile(
    r" (?:which|who|whom)(?: of (?:my|our|the) (?:reps|guys|people|folks|team|sellers|aes|crew))? (?:own|owns|owned"
    r"|hold|holds|held|handle|handles|handled|run|runs|ran|work|works|worked|is on|are on|have|has|had) (?:them|those"
    r"|these|those deals|these deals|those ones|them all)(?: ones)? "
)


# "who" asked with a plain verb and no word that ranks: "who has open deals at Konex", "who's working deals there",
# "did anyone win at Opentech? who": everyone it is true of, not the one with the most
_REPS = r"(?:reps|people|sellers|salespeople|agents|guys|folks|aes)"
_WHO_ALL = re.compile(
    r" (?:who|whos|who's|who all)(?: else)?(?: (?:in|on|at|from|across) (?:the|my|our) (?:company|team|org"
    r"|office|crew))? (?:(?:has|have|had|is|are|was|were) )?(?:got |been )?(?:has|have|had|got|won|closed|sold|lost"
    r"|owns?|owned|holds?|held|handles?|handled|booked|landed|working|handling|carrying|holding|running|on)(?= )"
    r"|(?:^| )(?:who|whos|who's)[ ?.!]*$"
    r"| (?:who|whos|who's)(?: and| plus|,)? (?:how many|how much|and how) "
    # "who are all the reps that have had a deal with them": every one
    rf"| (?:who|whos|who's) (?:are|were) (?:all )?(?:the )?{_REPS}(?= )"
    # "which reps won deals at Konex", "what sellers have closed anything there": every one, said as the reps
    rf"| (?:which|what) (?:of (?:my|our|the) )?{_REPS} (?:(?:has|have"
    r"|had) )?(?:got |been )?(?:won|closed|sold|lost|owns?|owned|holds?|held|handles?|handled|booked|landed|working"
    r"|handling|carrying|holding|running)(?= )"
)
# what makes a "who" a ranking: "who has the most", "who's ahead", "who leads", "who won more"
_SUPERLATIVE = re.compile(
    r" (?:most|best|top|highest|lowest|biggest|largest|least|fewest|worst|leading|leads?|ahead|behind|#1|no 1"
    r"|number one|first|more|fewer|less|better|\w+est|crushing|killing|winning|lagging|trailing|ranks?|ranked)(?= )"
)


# "which of my accounts are ...", "which of our customers have ...": a plain description, every group it fits
_WHICH_OF_ARE = re.compile(  # ... with a clause saying which they are: "which of the accounts i won business with were"
    r" which (?:ones )?of (?:my|our|the|your|his|her|their) (?:[\w-]+ ){0,2}?\w+s "
    r"(?:(?:that |who )?(?:i|we|you|they|he|she)(?: [\w'-]+){1,6}? )?(?:are|were|have|had) "
)


# the groups by any deal they have had, whatever its stage: "reps that have ever had a deal with them"
_HELD_ANY = re.compile(
    r" (?:have|has|had|ever had|ever worked|worked|touched) (?:a |any )?(?:deals?|opps?) (?:with|at|on) "
)


def held_any_deal(t: str) -> bool:
    return _HELD_ANY.search(t) is not None


def owners_of_them(t: str) -> bool:
    """ "which of my reps own them", "who's working deals at Konex": the reps holding the deals counted, none of those
    without."""
    return _OWNERS_OF_THEM.search(t) is not None or (_WHO_ALL.search(t) is not None and not _SUPERLATIVE.search(t))


# "the 3 busiest closers", "our two largest customers": the count before the adjective that ranks them
_RANKED_ADJECTIVE = (
    "(?:lowest|highest|weakest|strongest|worst|best|biggest|largest|smallest|busiest|top|leading|fastest|slowest)"
)


def _top_n(t: str, ranks: bool, compares: bool) -> int | None:
    # "top 3", "bottom 2", "lowest 2 reps", "highest three products", "the 2 lowest earners"
    numbers = r"(\d+|" + "|".join(lx.NUMBER_WORDS) + ")"
    m = (
        re.search(rf" (?:top|best|bottom|worst|lowest|highest|weakest|strongest) {numbers} ", t)
        or re.search(rf" (?:the |my |our )?{numbers} {_RANKED_ADJECTIVE} ", t)
    ) or re.search(
        r" (?:which|what) (\d{1,2}|" + "|".join(lx.NUMBER_WORDS) + r") (?:[\w-]+ ){0,2}?(?!deals? |wins? |opps? )\w+s ",
        t,
    )  # "which 3 accounts grew the most", "which 3 medical-sector customers"
    m = m or _WHICH_N_VERB.search(t)  # "of my reps, which two have the thinnest book": its noun said before
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else lx.NUMBER_WORDS[m.group(1)]
    if compares and not re.search(
        r" (which|who|#1|number one|best|top|highest|most|biggest|largest|lowest|smallest|worst|fewest|least) ", t
    ):
        return None  # "compare X across offices": every group
    if owners_of_them(t):
        # "how many open deals at Bluth, and which of my reps own them?", "who has deals there": every owner
        return None
    if _WHICH_OF_ARE.search(t) and not _SUPERLATIVE.search(t):
        return None  # "which of my accounts are europe-based": every one that is
    plural = re.search(
        r" (top|which|best|biggest|largest|leading) (?!was |is |has |does |series )\w+s ", t
    ) and not re.search(r" which \w+ (has|is|had|was) ", t)
    if plural and not _SUPERLATIVE.search(t):
        return None  # "which products has Zathunicon bought": every one of them, not a top 5
    return 5 if plural else 1


def about_deals(t: str) -> bool:
    words = ("deal", "deals", "opp", "opps", "opportunity", "opportunities", "pipeline", "pipe", "quota", "forecast")
    return any(lx.has(t, w) for w in words) or _SOLD_MOST.search(t) is not None


# a sale's verb ranked with no noun: "who closed the most in september", "who's sold the least this year"
_SOLD_MOST = re.compile(r" (?:closed|won|lost|sold|booked|landed|signed) (?:the )?(?:most|least|fewest) ")

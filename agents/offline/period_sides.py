"""One figure set side by side over two periods: "q2 or q3", "this month vs last month", "did my win rate improve in
Q4?" (against Q3), "central's win rate in q2, and again in q4", "sep and oct, separately". Each side is a period;
whose deals and which stage the rest of the question says."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.period_before import periods_with_the_one_before, the_one_before
from agents.period_lists import each_apart
from agents.period_same_point import current_to_date
from agents.periods import Period, find_period, find_periods, plain

_PERIOD_SPLIT = re.compile(
    r" (?:vs|versus|or|than|against|compared? (?:to|with)|and|then|ahead of|behind) "
)  # "Q3, then the same for Q4", "am I ahead of last quarter"
# the second period with its unit left out: "this quarter compared to last", "this month or the one before"
_ELIDED_UNIT = re.compile(
    r"(?P<head> (?:this|current|the current) (?P<unit>week|month|quarter|year)\b(?:(?! (?:last|previous|prior) ).)*?"
    r" (?:vs|versus|or|than|against|compared? (?:to|with)|and|with|to)) (?:the )?(?:last|(?:previous|prior)(?: one)?)"
    r"(?! one | (?:\w+ )?(?:week|month|quarter|year)s?\b)"  # not "the last one I won"
)

# not the occasion the figures are for: "for my monthly recap", "before the quarterly review"
# the running period named by "this one" after the one before it: "from last quarter to this one"
_THIS_ONE = re.compile(
    r"(?P<head> (?:last|previous|prior) (?P<unit>week|month|quarter|year)(?: (?:to|vs|versus|and|against|or"
    r"|compared (?:to|with)|through|till|until))) (?:this|the current) one "
)
_BY_UNIT = re.compile(
    r" (?:by|per|each|every) (?:month|quarter|week) | (?:monthly|quarterly|weekly)"
    r" (?!(?:\w+ )?(?:recap|review|report|meeting|update|call|sync|check-?in|catch-?up|1:1|one on one|deck|summary) )"
)
# "in q2, and again in q4", "sep and oct, separately": the same figure asked once per period named
EACH_PERIOD = (
    r"| and again | (?:separately|separate|one by one|on its own|by itself) "
    # "..., and the same two figures for August": the figures just asked, of another period
    r"| and (?:then )?(?:the )?same (?:(?:two|three|four|2|3|4) )?(?:figures? |numbers? |stats |metrics |things )?"
    r"(?:for|in|during|over) "
    r"| each (?:(?:pls|please|thx|thanks) )?$"
)
# a second period asked of the same figure: "for this quarter and for the last", "this quarter and the one before"
# the figure named again before the second period: "median won deal in Oct-Dec and the median in Jul-Sep"
FIGURE_AGAIN = (  # "my win rate in Q4 and the win rate in Q3", "won rev in oct and won rev in nov"
    r" and (?:the |my |our )?(?:same|median|average|avg|mean|win rate|total|number|count|won revenue"
    r"|won rev|revenue|rev|wins|won deals|deal size|avg deal size|sales cycle|pipeline)(?: one)? (?:for|in|during) "
)
_AND_FOR = re.compile(
    r" and (?:for|in|during) | and (?:for )?the (?:one|month|quarter|year) (?:before|prior|preceding)|"
    + FIGURE_AGAIN
    + "|"
    + EACH_PERIOD
)
TOGETHER = re.compile(  # not "I'm putting together my review"
    r" (?:combined|(?<!putting )(?<!put )(?<!pulling )(?<!pull )together|altogether|in total|in all|summed|added up"
    r"|total|overall) "
)
_SIDE_BY_SIDE = re.compile(r" side by side ")


# "what did I book in Q3, what have I booked this quarter, and what's the gap?": two periods and their difference
GAP = re.compile(
    r" (gap|difference|delta|diff|change|increase|decrease|growth|grow|grew|grown|drop|dropped|between the two"
    r"|up or down"
    # a trend between two periods: "did my win rate get any better from Q2 to this quarter?"
    r"|improve|improved|improving|improvement|(?:get|got|gotten|getting) (?:any )?(?:better|worse)"
    r"|(?:go|went|gone|going) (?:up|down)|declined?|slipped"
    # the direction between them asked in other words: "want to see the trend", "did we finish strong?"
    r"|trend|trending|trajectory|momentum|(?:finish|finished|finishing|end|ended|ending) (?:the year |the quarter )?"
    r"(?:strong|stronger|weak|weaker|on a high|on a low)|(?:pick|picked|picking) up|(?:tail|tailed|tailing) off"
    r"|(?:ramp|ramped|ramping) up|(?:slow|slowed|slowing) down"
    # one period measured against another: "did I beat september this month?", "have we outdone Q2 yet?"
    r"|beat|beaten|beating|outdo|outdid|outdone|surpass|surpassed|outperform|outperformed"
    # how far one fell short of the other: "how many $ did Q4 come in under Q3?", "the shortfall vs Q3"
    r"|(?:come|came|comes|coming) in (?:under|below|over|above|short of|lower than|higher than)|shortfall"
    r"|(?:fell|fall|falls|falling) short of"
    # "how far my win rate fell from Q3 to this quarter", "how much it climbed since Q2"
    r"|(?:fell|fallen|dipped|sank|sunk|slid|rose|risen|climbed|jumped|shrank|shrunk)(?! (?:through|apart|out|over) )"
    r"|(?:fall|rise|dip|climb)(?= (?:from|between) )"  # not the season: "this fall"
    r") "
)


# whether one figure moved, asked of a single month or quarter ("did my win rate improve in Q4?", "did sales pick up in
# November"): set against the one before it. Not "which deals slipped in Q3" nor "did I lose to a price drop"
_TREND_ASKED = re.compile(
    r" (?:did|has|have|is|are|was|were) (?:i|we|it|that|things|sales|revenue|bookings|business|(?:my|our|the|team)"
    r" (?:[\w-]+ ){0,2}?(?:win rate|rate|revenue|sales|numbers|bookings|pipeline|pipe|wins|losses|results|figures"
    r"|deal count|deals|business)) (?:really |actually )?(?:improve|improved|pick up|picked up|grow|grown|drop|dropped"
    r"|dip|dipped|go up|gone up|go down|gone down|get better|gotten better|get worse|gotten worse|decline|declined"
    r"|slip|slipped|fall|fallen|rise|risen|increase|increased|decrease|decreased|finish strong|end strong)"
    # the verb with no object of its own ("did we drop the most deals" loses deals): a period, a degree or the end
    r"(?: at all| much| any| a lot| really)? (?:in|during|for|over|this|last|compared|vs|versus|from|since|on|$)"
)


def period_sides(t: str, today: date, unit_back: bool = True) -> list[dict[str, Any]] | None:
    """Two different periods either side of "or"/"vs"/"than": "q2 or q3", "this month vs last month"; or any two
    periods named in a message that asks for their gap; or a period and "the quarter before it"."""
    t = current_to_date(_ELIDED_UNIT.sub(lambda m: f"{m.group('head')} last {m.group('unit')}", t))
    t = _THIS_ONE.sub(lambda m: f"{m.group('head')} this {m.group('unit')} ", t)
    if (apart := each_apart(t, today)) is not None:
        return [{"period": p.label} for p in apart]  # "oct, nov and dec separately": one side each
    if (pair := periods_with_the_one_before(t, today)) is not None:
        return [{"period": p.phrase or p.label} for p in pair]
    gap, trend = GAP.search(t) is not None, _TREND_ASKED.search(t) is not None
    named = find_periods(t, today) if gap or trend else []
    if gap and len(named) == 2:
        return [{"period": p.phrase or p.label} for p in named]
    if gap and len(named) == 1 and (ends := _span_ends(named[0], today)) is not None:
        return ends  # "% change from October to November": the two months, not the span they make
    if trend and len(named) == 1 and (before := the_one_before(named[0])) is not None:
        return [{"period": before.phrase}, {"period": named[0].phrase or named[0].label}]  # "did it improve in Q4?"
    for cue in _PERIOD_SPLIT.finditer(t):
        left, right = find_period(t[: cue.start()], today), find_period(t[cue.end() :], today)
        if left is not None and right is not None and (left.start, left.end) != (right.start, right.end):
            return [{"period": left.phrase or left.label}, {"period": right.phrase or right.label}]
        if unit_back and left is None and right is not None and (back := _UNIT_BACK.match(right.phrase or "")):
            # "how am I doing vs last month": this month against it
            return [{"period": f"this {back.group('unit')}"}, {"period": right.phrase}]
    return None


_SPAN = re.compile(r"^(?:from |between )?(?P<first>.+?) (?:to|and|through|thru|till|until|-) (?P<second>.+)$")


def _span_ends(span: Period, today: date) -> list[dict[str, Any]] | None:
    """The two periods a span was written between ("october to november"), when a change between them is asked."""
    found = _SPAN.match(span.phrase or "")
    if found is None:
        return None
    first, second = (find_period(f" {found.group(k)} ", today) for k in ("first", "second"))
    if first is None or second is None or first.start >= second.start:
        return None
    return [{"period": p.phrase or p.label} for p in (first, second)]


# a period one unit back with nothing before the cue: set against the running one of the same unit
_UNIT_BACK = re.compile(r"(?:the )?(?:last|previous|prior|past) (?P<unit>week|month|quarter|year)$")


def side_by_side(t: str, today: date) -> list[dict[str, Any]] | None:
    """ "Q2 and Q3 side by side": the periods named; not "Central, East and West side by side" (a ranking)."""
    return period_sides(t, today) if _SIDE_BY_SIDE.search(t) else None


def joined_by_and(text: str, first: str, second: str) -> bool:
    """Whether the message joins the two period phrases with a bare "and" ("q3 and q2", "q2 and in q3")."""
    said = f" {plain(text)} "  # "may and june 2016": the year read for both
    return any(f" {first} and {way}{second} " in said for way in ("", "in ", "for "))


def periods_joined(t: str, today: date) -> bool:
    """Two periods joined by a bare "and" with nothing else asked of them: "my win rate in q3 and q2"; each is
    answered (with their sum when the figure adds up), never the first alone. Not a run ("between jan and march")."""
    named = find_periods(t, today)
    return _joined(t, named) or (len(named) > 2 and _listed(t, named))


def _joined(t: str, named: list[Period]) -> bool:
    if len(named) != 2 or not all(p.phrase for p in named):
        return False
    return joined_by_and(t, named[0].phrase, named[1].phrase) or _then_the_second(t, named[0].phrase, named[1].phrase)


# what may stand between periods listed one after another: "october? hmm and november. and december so far"
_BETWEEN = {"and", "then", "hmm", "hm", "also", "plus", "what", "about", "how", "so", "ok", "okay", "oh", "um", "uh",
            "in", "for", "the", "same", "now"}  # fmt: skip


def _listed(text: str, named: list[Period]) -> bool:
    """Whether three or more periods are listed one after another, joined by "and" and fillers only."""
    said = f" {plain(text)} "
    at, gaps = 0, []
    for p in named:
        if not p.phrase or (found := said.find(f" {p.phrase} ", at)) < 0:
            return False
        gaps.append(said[at:found].split())
        at = found + len(p.phrase) + 1
    return all(gap and set(gap) <= _BETWEEN and "and" in gap or gap == ["then"] for gap in gaps[1:])


def _then_the_second(text: str, first: str, second: str) -> bool:
    """ "first half win rate for me, then second half", "q2 and then q3": the second period asked next, on its own."""
    said = f" {plain(text)} "
    at = said.find(f" {first} ")
    return at >= 0 and any(f" {joiner} {way}{second} " in said[at:] for joiner in ("then", "and then")
                           for way in ("", "in ", "for ", "the "))  # fmt: skip


def asked_again(t: str, today: date) -> list[dict[str, Any]] | None:
    """One scope in a second period: "my win rate for this quarter and for the quarter before it", "sep and oct,
    separately", "q2+q3 together, and then q4 on its own"; None for a sum ("in Q2 and in Q3 combined") or months
    listed by unit ("Q4 by month - oct, nov and dec separately")."""
    named = find_periods(t, today)
    if len(named) > 2 and _listed(t, named) and not _BY_UNIT.search(t) and not TOGETHER.search(t):
        return [{"period": p.phrase or p.label} for p in named]  # "won in october? hmm and november. and december"
    if not (_AND_FOR.search(t) or _joined(t, named)) or len(named) > 2 or _BY_UNIT.search(t):
        return None
    periods = period_sides(t, today)
    if TOGETHER.search(t) and not any(TOGETHER.search(f" {p['period']} ") for p in periods or ()):
        return None
    return periods

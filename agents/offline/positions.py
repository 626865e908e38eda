"""Places in an order other than the top alone: a place further down ("my second biggest win", "the 3rd-largest deal",
"who's runner-up on won revenue") or both ends at once ("which product do we win fastest and which slowest"). Read
from the message here, and answered here with the deal or groups at those places."""

from __future__ import annotations

import re
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.question import Question
from agents.offline.wording import LABELS, figure, money, where

_NUMBERS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_WORDS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_SUPERLATIVE = (
    r"(?:biggest|largest|highest|best|top|smallest|lowest|worst|oldest|newest|most|fewest|least|strongest|weakest"
    r"|fastest|slowest|longest|shortest|highest-value|most valuable)"
)
# the ordinal must qualify a superlative: "the second half", "Q2", "a second opinion" name no place
_PLACE = re.compile(
    rf" (?P<n>{'|'.join(_NUMBERS)})(?: |-)(?:most )?{_SUPERLATIVE} "
    r"| (?P<two>runner-up|runner up|runners-up|number two|no 2|#2) "
    # "who had the best win rate, and who was second?"
    r"| (?:who|which(?: one)?|whos) (?:was|is|came|comes|came in|finished|placed|s) (?:second|2nd|next)\b"
)


def place(t: str) -> int | None:
    """The place asked for in a :func:`~agents.offline.lexicon.normalised` message (2 for "second biggest"), or
    None when it asks for the top (or no order at all)."""
    found = _PLACE.search(t)
    if found is None:
        return None
    return _NUMBERS[found.group("n")] if found.group("n") else 2


_COUNT = r"(?P<n>\d{1,2}|" + "|".join(lx.NUMBER_WORDS) + ")"
# several deals at the top of an order: "my 3 largest wins", "the five oldest open opps", "top 3 deals by value"
# "my 3 stalest open deals"; "which 3 of my deals have sat in engaging the longest" (the order said after)
_SEVERAL = re.compile(
    rf" (?:top )?{_COUNT} (?:biggest|largest|smallest|oldest|highest[- ]value|most valuable|fattest|stalest|most stale"
    r"|earliest|longest[- ](?:open|running|engaged|sitting|standing))[ -](?:[\w-]+ )?"
    r"(?:deals|wins|losses|opps|opportunities|orders|sales|ones) "
    rf"| (?:which|what|list|show me|give me|pull) {_COUNT.replace('?P<n>', '?P<n3>')} (?:of (?:my|our|the|his|her) )?"
    r"(?:[\w-]+ )?(?:deals|opps|opportunities) "
    rf"| top {_COUNT.replace('?P<n>', '?P<n2>')} (?:[\w-]+ )?(?:deals|wins|losses|opps|opportunities|orders|sales)"
    r"(?: by (?P<by>value|size|amount|dollars|revenue))? "
)


def several_deals(t: str) -> tuple[int, str | None] | None:
    """How many deals an order is asked to show ("my 3 largest wins": 3), and the order a bare "top 3 deals by
    value" implies; None for one deal or a ranking of groups."""
    found = _SEVERAL.search(t)
    if found is None:
        return None
    word = found.group("n") or found.group("n2") or found.group("n3")
    n = int(word) if word.isdigit() else lx.NUMBER_WORDS[word]
    return (n, "largest" if found.group("by") else None) if n > 1 else None


def deal_dates(d: dict[str, Any]) -> str:
    """When a deal was engaged and closed; a Prospecting deal has not been engaged yet."""
    engaged = f"engaged {d['engage_date']}" if d["engage_date"] else "not engaged yet"
    if d.get("open_days") is not None:
        engaged += f" ({d['open_days']:,} days open)"
    return engaged + (f", closed {d['close_date']}" if d["close_date"] else "")


def nth_deal(question: Question, data: dict[str, Any], what: str) -> str:
    """The deal at the place asked for in a sorted list ("your second-largest deal is ..."), with the first."""
    n = question.nth or 1
    deals = data["deals"]
    if len(deals) < n:
        return f"There is no {_WORDS.get(n, f'#{n}')} {what} deal: only {len(deals)} match ({where(data)})."
    d, top = deals[n - 1], deals[0]
    dates = deal_dates(d)
    return (
        f"The {_WORDS.get(n, f'#{n}')}-{what} deal ({where(data)}) is {d['id']} with {d['account'] or 'no account'}: "
        f"{d['product']}, {d['stage']}, {money(d['value'])} ({d['value_basis']}), {dates}, owned by {d['owner']}. "
        f"(The {what} is {top['id']} with {top['account'] or 'no account'}, {money(top['value'])}.)"
    )


def nth_group(question: Question, data: dict[str, Any]) -> str:
    """The group at the place asked for in a ranking ("Darcel is second on won revenue"), and who leads."""
    n, measure, groups = question.nth or 1, question.measures[0], data["groups"]
    label = LABELS.get(measure, measure)
    if len(groups) < n:
        return f"There is no {_WORDS.get(n, f'#{n}')} place: only {len(groups)} ranked. (Scope: {where(data)}.)"
    g, top = groups[n - 1], groups[0]
    order, end = ("lowest", "the lowest") if question.ascending else ("highest", "the top")
    return (
        f"{g['group']} has the {_WORDS.get(n, f'#{n}')}-{order} {label}: {figure(measure, g)} ({g['won']:,} won, "
        f"{g['lost']:,} lost); {end} is {top['group']} ({figure(measure, top)}). (Scope: {where(data)}.)"
    )


# opposite superlatives asked together: "fastest and (which one) slowest", "the best and the worst", "most vs fewest"
_OPPOSITES = (("fastest|quickest|shortest", "slowest|longest"),
              ("best|strongest|top", "worst|weakest|bottom"),
              ("highest|biggest|largest", "lowest|smallest"),
              ("most", "least|fewest"))  # fmt: skip
_LINK = r"(?:[\w'-]+ ){0,6}?(?:and|or|vs|versus|&) (?:[\w'-]+ ){0,6}?"


# or in two parallel questions without a linking word: "who's top, who's bottom", "which is best, which worst"
_ASKED = r"(?:who|which|what)(?: [\w'-]+)?(?: (?:is|was|in|at))?"
_PARALLEL = rf" {_ASKED} (?:the )?(?:very )?(?:{{}}) (?:[\w'-]+ ){{{{0,3}}}}?{_ASKED} (?:the )?(?:very )?(?:{{}}) "


def both_ends(t: str) -> bool:
    """Whether a ranking question asks for its top and its bottom together."""
    return any(
        re.search(rf" (?:{a}) {_LINK}(?:{b}) | (?:{b}) {_LINK}(?:{a}) ", t)
        or re.search(_PARALLEL.format(a, b), t)
        or re.search(_PARALLEL.format(b, a), t)
        for a, b in _OPPOSITES
    )


def ends(question: Question, data: dict[str, Any]) -> str:
    """The group at each end of a ranking ("fastest: GTX Pro, 48.3 days; slowest: GTK 500, 64.1 days"), then the
    whole order between them."""
    measure = question.measures[0]
    groups = [g for g in data["groups"] if g.get(measure) is not None]  # no closed deals: no rate to rank
    if not groups:
        return f"No {question.group_by}s have figures for that. (Scope: {where(data)}.)"
    low, high = (groups[0], groups[-1]) if question.ascending else (groups[-1], groups[0])
    words = {"avg_cycle_days": ("fastest", "slowest"), "deals": ("fewest", "most")}.get(measure, ("lowest", "highest"))
    label = LABELS.get(measure, measure)
    if measure == "deals" and question.scope.get("stage"):  # "the most and the fewest wins": won deals
        label = f"{question.scope['stage']} deals"
    fast_first = measure == "avg_cycle_days"  # the fastest cycle is the fewest days: named first
    first, second = ((words[0], low), (words[1], high)) if fast_first else ((words[1], high), (words[0], low))
    both = "; ".join(f"{word}: {g['group']} ({figure(measure, g)})" for word, g in (first, second))
    order = "\n".join(f"{i}. {g['group']}: {figure(measure, g)}" for i, g in enumerate(groups, start=1))
    return f"By {label}, {both}.\n{order}\n(Scope: {where(data)}.)"


# "of everything I won, which one was the biggest?": "one" stands for a deal unless a group was named before it
_WHICH_ONE = re.compile(r" (?:which|what) one ")
_DEAL_NOUNS = re.compile(r" (?:deals|opps|opportunities|wins|losses) ")
_GROUP_NOUN = re.compile(r" (?:accounts?|customers?|clients?|companies|reps?|products?|offices?|sectors?|teams?) ")
# "the highest close value I've ever gotten on a win": one deal's value, the largest
_DEAL_VALUE_TOP = re.compile(
    r" (?:highest|biggest|largest|top|max|maximum|most) (?:single )?(?:close|closing|closed|deal|contract|sale|order)"
    r" (?:value|amount|price|size|figure) "
)


# "which open Treequote deals are mine": the deals named, with a word or three between
_WHICH_DEALS = re.compile(
    r" (?:which|what) (?!of )(?:[\w-]+ ){1,3}?(?:deals|opps|opportunities) "
    r"| which of (?:my|our|your|his|her|their|the) (?:[\w-]+ )?(?:deals|opps|opportunities) "  # "which of my deals"
)


def one_deal_asked(t: str) -> bool:
    """Whether a superlative is asked of one deal ("biggest deal", "fattest win", "which one was the biggest")."""
    if re.search(r" (deal|opp|opportunity|win|sale|order|contract) ", t) or _DEAL_VALUE_TOP.search(t):
        return True
    if re.search(r" (?:thing|one) (?:i|we|you|he|she|they)(?: \w+)? (?:closed|won|sold|signed|booked|landed"
                 r"|closed-won) ", t):  # fmt: skip
        return True
    which = _WHICH_ONE.search(t)
    if which is None:
        return False
    # the nearer noun before it is what "which one" picks from: "out of our products, which one" is a product;
    # "east office MG Special deals stuck in engaging - which one" is a deal
    before = t[: which.start() + 1]
    group = max((m.start() for m in _GROUP_NOUN.finditer(before)), default=-1)
    deals = max((m.start() for m in _DEAL_NOUNS.finditer(before)), default=-1)
    return group < deals or group == -1


def list_sort(t: str, measures: tuple[str, ...]) -> str | None:
    """How to order a list of deals, when the message asks for deals rather than figures."""
    t = re.sub(r" (oldest|earliest|longest)-(?=engaged |opened |started |open )", r" \1 ", t)  # "earliest-engaged"
    if any(lx.has(t, c) for c in lx.OLDEST_CUES):
        if "avg_open_age_days" in measures and re.search(r" (average|avg|mean|typically) ", t):
            return None  # "on average how long has each been sitting there": a figure, not the oldest deal
        if measures[:1] == ("deals",) and not re.search(
            r" (oldest|longest|stalest|earliest|f[au]rthest back|back (the )?f[au]rthest) ", t
        ):
            return None  # "how many have been sitting there since July": a count of the stale ones, not the oldest
        return "oldest_engaged"
    if any(lx.has(t, c) for c in lx.LARGEST_CUES) or _DEAL_VALUE_TOP.search(t):
        return "largest"
    if any(lx.has(t, c) for c in lx.SMALLEST_CUES):
        return "smallest"
    t = re.sub(r" at (full )?list( price)? | list (price|value) ", " ", t)  # "what's that at list": a value, no list
    t = _ID_AS_I_WOULD.sub(" i would ", t)  # "id like to know my win rate": "I'd", no deal id
    asks_ids = any(lx.has(t, c) for c in ("opp id", "opp ids", "opportunity id", "opportunity ids", "ids", "id"))
    figures = set(measures) - {"deals"}
    listed = any(lx.has(t, c) for c in lx.LIST_CUES) or _WHICH_DEALS.search(t)
    if asks_ids or (listed and not figures):
        return "newest"
    return None


_ID_AS_I_WOULD = re.compile(
    r" id (?=(?:really |just |also )?(?:like|love|rather|prefer|say|want|appreciate|be|have|need|guess|think|imagine"
    r"|hope|bet|expect|assume) )"
)


def event_sort(t: str, scope: dict[str, Any]) -> str | None:
    """One closed deal by when it closed or how long it took: "my first win of 2017", "the last deal I lost", "which
    of my wins took the longest". Not for rankings of groups ("which rep has the longest cycle")."""
    ranks = re.search(
        r" (which|what|each|per|by|every) (of (my|our|the) )?(\w+ )?(rep|office|sector|team|manager|salesperson)s? "
        # "which product has the longest cycle": the products ranked; not "... which product?" asked of the one deal
        r"| (which|what) (product|account|customer|industry)s? (has|have|had|takes?|took|with) (the )?(longest|shortest"
        r"|quickest|slowest|fastest) "
        r"| (rep|salesperson|seller|agent|closer)s? whose | (fastest|quickest|slowest) closers? ",
        t,
    )
    if scope.get("stage") not in ("won", "lost", "closed") or ranks:
        return None
    if re.search(r" (first|last|latest|newest|final) (\d+|" + "|".join(lx.NUMBER_WORDS) + ") ", t):
        return None  # "my last 5 wins": a list
    if lx.LONGEST_CYCLE.search(t):
        return "longest_cycle"
    if lx.SHORTEST_CYCLE.search(t):
        return "shortest_cycle"
    if lx.FIRST_EVENT.search(t):
        return "first_closed"
    if lx.LAST_EVENT.search(t):
        return "recently_closed"
    return None


# what deals level with the one shown share: "one of 19 deals at $5,482", "one of 3 engaged that day"
_LEVEL_ON = {"largest": "at that value", "smallest": "at that value", "oldest_engaged": "engaged that day",
             "recently_closed": "closed that day", "first_closed": "closed that day",
             "longest_cycle": "with that cycle", "shortest_cycle": "with that cycle"}  # fmt: skip


def _level_with(sort: str, tied: list[str]) -> str:
    """A sentence naming the deals level with the one shown, so a tie is not passed off as one winner."""
    if not tied or sort not in _LEVEL_ON:
        return ""
    many = len(tied) >= 100  # the tool reads 101 rows: past that it cannot say how many
    count = "over 100" if many else f"{len(tied) + 1}"
    named = ", ".join(tied[:5]) + (" and more" if many or len(tied) > 5 else "")
    return f" It is one of {count} deals {_LEVEL_ON[sort]} (also {named})."


_ONE = {"oldest_engaged": "oldest", "largest": "largest", "smallest": "smallest", "recently_closed": "latest",
        "first_closed": "first closed", "longest_cycle": "longest-running", "shortest_cycle": "quickest"}  # fmt: skip


def listing(question: Question, data: dict[str, Any]) -> str:
    """The deals of a list question: one deal at its place in the order ("the oldest", "the 2nd-largest"), or all."""
    deals = data["deals"]
    if not deals:
        return f"No deals match ({where(data)})."
    if "owner" in question.measures:
        d = deals[0]
        return f"{d['id']} ({d['account'] or 'no account'}, {d['product']}) is owned by {d['owner']}."
    if question.nth and question.sort in _ONE:
        return nth_deal(question, data, _ONE[question.sort])
    if question.sort in _ONE and len(deals) == 1:
        d = deals[0]
        what = _ONE[question.sort]
        dates = deal_dates(d)
        if d.get("cycle_days") is not None:
            dates += f", {d['cycle_days']} day{'' if d['cycle_days'] == 1 else 's'} from engage to close"
        return (
            f"The {what} deal ({where(data)}) is {d['id']} with {d['account'] or 'no account'}: "
            f"{d['product']}, {d['stage']}, {money(d['value'])} ({d['value_basis']}), {dates}, owned by {d['owner']}."
        ) + _level_with(question.sort, data.get("tied_with") or [])
    lines = [
        f"- {d['id']}: {d['account'] or 'no account'}, {d['product']}, {d['stage']}, {money(d['value'])}"
        + (f", {deal_dates(d)}" if question.sort == "oldest_engaged" and d.get("open_days") is not None else "")
        for d in deals
    ]  # the oldest open deals with their age: how long each has sat is what was asked
    shown = f"{len(deals)} of {data['total']:,}" if data["total"] > len(deals) else f"{len(deals)}"
    return f"{shown} deals ({where(data)}):\n" + "\n".join(lines)

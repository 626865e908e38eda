"""Comparisons: "is Marty's win rate better than mine?", "Konex or Condax?", "my team vs Rocco's team".

Each side becomes its own scope; the answer sets the figures side by side."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.entities import Mention
from agents.offline.named_apart import named_apart
from agents.offline.period_sides import (
    EACH_PERIOD,
    FIGURE_AGAIN,
    GAP,
    TOGETHER,
    asked_again,
    period_sides,
    periods_joined,
    side_by_side,
)
from agents.offline.place_sides import place_sides
from agents.offline.question import Question

_CUES = (
    r" (vs|versus|compare|compared|compares|comparing|comparison|stacks? up|measures? up|better than|worse than"
    r"|more than|less than|than|or|against|behind"
    # "my team's Q4 won rev next to Summer's team"; not "East and West next to each other" (a ranking, shown whole)
    r"|ahead of|(?:next to|alongside|beside)(?! each other| one another)|side by side with"
    # "my team's avg, and the same for the whole company - are we slower?": a side by side without "vs"
    r"|(?:the )?same (?:\w+ )?for|slower|faster|quicker) "
)
# one count asked again of another named thing: "how many are MG Advanced and how many GTX Plus Pro"; only named
# things are its sides ("which day have I won most on? and how many" compares nobody)
# ... or asked of each thing named: "GTK 500 / MG Special / GTX Basic - won revenue on each of those three?"
_ASKED_AGAIN = re.compile(
    r" and how (?:many|much) | (?:and )?(?:how|what) about | and (?:for|in|during|on|at|with) "
    r"| and (?:for )?the (?:one|month|quarter|year) (?:before|prior|preceding)"
    r"| (?:on|for|of|from|at|in) each(?: one)?(?: of (?:those|these|them|the))?(?= )"
    r"| (?:apiece|respectively|individually) " + EACH_PERIOD + "|" + FIGURE_AGAIN
    # "in q2, and again in q4", "sep and oct, separately": the same figure asked once per period named
)
_VS_THE_TEAM = re.compile(r" (?:vs|versus|against|compared (?:to|with)) (?:the |my |our )?team(?! of )")
_OWNER_KINDS = ("person",)
_SCOPE_FIELD = {"person": "owner", "account": "account", "product": "product", "office": "office", "sector": "sector"}


def _mine_and_theirs(t: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The asker's own side and one rep's (or manager's team) set against it: "my team vs Cara's team"."""
    mine = _self_side(t)
    if len(found) != 1 or "owner" not in found[0] or mine not in ({"owner": "me"}, {"owner": "my team"}):
        return []
    return [mine, found[0]] if re.search(r" (?:vs|versus|v|against|compared to|or|next to|alongside) ", t) else []


def sides(t: str, tokens: list[str], mentions: list[Mention], today: date | None = None) -> list[dict[str, Any]] | None:
    """The scopes being compared (two or more), or None when the message compares nothing."""
    found = _sides(t, tokens, mentions, today)
    if found and {"owner": "me"} in found and _THE_REST.search(t):
        # "my win rate vs the rest of the team": the others' side without the asker
        return [s if s == {"owner": "me"} else {**s, "exclude_owners": ["me"]} for s in found]
    return found


_THE_REST = re.compile(
    r" (?:the )?rest of (?:the |my |our )?(?:team|company|org|organi[sz]ation|office|floor|sales team|reps|squad) "
    r"| (?:everyone|everybody|anyone|all the others|the others) else | the other reps "
)


def _sides(
    t: str, tokens: list[str], mentions: list[Mention], today: date | None = None
) -> list[dict[str, Any]] | None:
    accounts = {m.name for m in mentions if m.kind == "account"}
    if len(accounts) == 1 and (alone := alone_and_group(t)) is not None:
        name = next(iter(accounts))
        sides = [{"account": name}, {"account_group": name}]
        return sides if alone == "first" else sides[::-1]  # "X alone vs X with its subs", in the order asked
    if (places := place_sides(t)) is not None:
        return places  # "italy vs poland hq'd accts": the accounts based in each
    if not re.search(_CUES, t) and not GAP.search(t) and not roll_call(t, mentions):
        if today is not None and (periods := side_by_side(t, today)):
            return periods  # "Q2 and Q3 side by side"
        if not _ASKED_AGAIN.search(t) and not (today is not None and periods_joined(t, today)):
            return named_apart(t, tokens, mentions)  # "won revenue for Kami and Rosie in Q4": a figure for each
        named = _named_sides(tokens, mentions)
        if len(named) >= 2 and len({next(iter(s)) for s in named}) == 1 and not TOGETHER.search(t):
            return named
        # "my win rate for this quarter and for the quarter before it": one scope in two periods
        return asked_again(t, today) if today is not None else None
    found = _named_sides(tokens, mentions)
    named_pair = len(found) >= 2 and len({next(iter(s)) for s in found}) == 1  # "Wilburn vs Rosie, last month"
    pair = _compared_kind(found) if named_pair else _mine_and_theirs(t, found)
    if today is not None and (periods := period_sides(t, today, not pair)):
        if pair:  # "compare anna and moses on win rate, q3 and q4", "my team vs Cara's, Q3 and Q4": each in each
            return [{**side, **period} for side in pair for period in periods]
        return periods  # "did I do better in Q2 or Q3?": the same scope in two periods
    if not found and (people := _asker_team_company(t)):
        return people  # "my avg deal size vs the team average", "my team vs the company"
    self_side = _self_side(t)
    if self_side and not found and _WHOLE_COMPANY.search(t):
        return [self_side, {}]  # "am I above or below the company average?": the asker, then everyone
    if not self_side and len(found) == 1 and (company := _COMPANY.search(t) or _WHOLE_COMPANY.search(t)):
        # "cycle for the East office vs the whole co", "the company avg vs GTK 500": in the order said
        at = t.find(f" {str(next(iter(found[0].values()))).lower().split()[0]}")
        return [found[0], {}] if at < company.start() else [{}, found[0]]
    if self_side in ({"owner": "me"}, {"owner": "my team"}) and len(found) == 1 and "office" in found[0]:
        # "my win rate last quarter vs the East office overall", "east office overall vs just my guys": in that order
        return (
            [self_side, found[0]]
            if t.find(" my ") < t.find(f" {found[0]['office'].lower()} ")
            else [found[0], self_side]
        )
    if len(found) == 1 and "owner" in found[0] and _VS_THE_TEAM.search(t):
        return [found[0], {"owner": "my team"}]  # a manager's "zane vs team win rate 2017"
    if self_side and found and any(next(iter(s)) == "owner" for s in found):
        # in the order said: "my open pipeline vs Kami's" puts me first, "Kami vs me" second
        first = str(found[0].get("owner", "")).split(" ")[0].lower()
        mine = re.search(r" (?:my|mine|me|i|i've|i'm|ive|im) ", t)
        said_first = mine is not None and first and f" {first}" in t and mine.start() < t.find(f" {first}")
        found = [self_side, *found] if said_first else [*found, self_side]
        if (company := _COMPANY.search(t)) and len(found) == 2:  # "my win rate vs rocco's team vs the company"
            return found + [{}] if company.start() > max(t.find(f" {first}"), 0) else [{}, *found]
    found = _compared_kind(found)
    kinds = {next(iter(s)) for s in found}
    if len(found) < 2 or len(kinds) != 1:
        return None
    return found


def _compared_kind(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sides of the one kind named twice or more; a kind named once is what every side shares ("me vs Zane:
    lost MG Special deals" compares two reps on one product)."""
    counts: dict[str, int] = {}
    for side in found:
        counts[next(iter(side))] = counts.get(next(iter(side)), 0) + 1
    compared = [kind for kind, n in counts.items() if n >= 2]
    return [s for s in found if next(iter(s)) == compared[0]] if len(compared) == 1 else found


# the account by itself set against it with its subsidiaries: "sonron alone vs sonron incl its subsidiaries",
# "Acme's whole group compared with just Acme"
_ALONE = r"(?:alone|on its own|by itself|itself|only|just the parent|(?:without|excluding|minus) (?:its|the) subs\w*)"
_GROUP = r"(?:incl\w*|with|plus|and|\+|together with) (?:all )?(?:of )?(?:its|their|the) (?:subs|subsidiaries|group)"
_ALONE_FIRST = re.compile(
    rf" {_ALONE} (?:vs|versus|compared (?:to|with)|against|and|or) (?:[\w'&-]+ ){{0,2}}?{_GROUP} "
)
_GROUP_FIRST = re.compile(
    rf" (?:{_GROUP}|(?:whole|entire) group) (?:vs|versus|compared (?:to|with)|against|and|or) (?:just )?"
    rf"(?:[\w'&-]+ ){{0,2}}?{_ALONE} "
)


def alone_and_group(t: str) -> str | None:
    """ "first" when the account alone is named before it with its subsidiaries, "second" when after, else None."""
    if _ALONE_FIRST.search(t):
        return "first"
    return "second" if _GROUP_FIRST.search(t) else None


def _named_sides(tokens: list[str], mentions: list[Mention]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for m in mentions:
        field = _SCOPE_FIELD.get(m.kind)
        if field is None:
            continue
        value = m.name
        if m.kind == "person" and m.end < len(tokens) and tokens[m.end] in ("team", "team's"):
            value = f"{m.name} team"  # "Rocco's team"
        side = {field: value}
        if side not in found:
            found.append(side)
    return found


# the asker named beside another rep as one of two: "me and Boris", "Boris and I", "myself & Zane"
_ME_BESIDE = re.compile(r" (?:me|myself) (?:and|&|\+) [\w'-]+ | [\w'-]+ (?:and|&|\+) (?:me|i|myself) ")
# which of the two does better: "who won more deals", "whose win rate is higher", "which of us closed faster"
_WHICH_OF_TWO = re.compile(
    r" (?:who|whose|whos|who's|which of (?:us|them|the two)|which one) (?:[\w'-]+ ){0,4}?(?:more|most|better|best"
    r"|higher|highest|bigger|biggest|fewer|less|lower|faster|quicker|slower|ahead) "
)


def roll_call(t: str, mentions: list[Mention]) -> bool:
    """ "Daniell, Cassey, Donn, Reed - whose wins take longest?": three or more reps named, then who of them; two
    (the asker may be one: "me and Boris - who won more?") with a figure for each or which of the two did better."""
    people = {m.name for m in mentions if m.kind == "person"}
    asked = r" (?:who|whose|whos|which of them|which one|each|side by side|respectively|apiece|one by one) "
    if len(people) + (_ME_BESIDE.search(t) is not None and len(people) == 1) == 2:
        # "maureen and zane, lost deals - how many each?": a figure for each of the two
        each = re.search(r" (?:each|side by side|respectively|apiece|one by one|for both|both of them) ", t)
        which = _WHICH_OF_TWO.search(t)  # the pair named first: "who on my team won more? X and Y are close" ranks
        return each is not None or (
            which is not None and re.search(r" (?:and|&|\+) ", t[: which.start() + 1]) is not None
        )
    return len(people) >= 3 and re.search(asked, t) is not None


# the whole company as the other side of a comparison: "the company average", "company-wide", "the rest of the org"
_WHOLE_COMPANY = re.compile(
    r" (?:the )?(?:company|org|organi[sz]ation|business)(?:-| )?(?:wide|average|avg|overall|as a whole|benchmark) "
    r"| (?:companywide|orgwide) | (?:the )?rest of (?:the )?(?:company|org|organi[sz]ation|business|sales floor) "
    r"| (?:everyone|everybody) else | the (?:whole|entire) (?:company|org|organi[sz]ation|sales team) "
    r"| (?:company|org|team|house) (?:average|avg|norm|benchmark) "
)


# the three sides a rep or manager measures against: the asker ("my", not "my team"), their team, everyone
_ASKER = re.compile(r" (?:my|me|mine|i|myself)(?! (?:team|reps|guys|people|folks|aes|sellers|direct reports))(?= )")
_TEAM = re.compile(r" (?:my|our|the) (?:sales )?team(?:'s|s)? | team (?:average|avg|norm|benchmark) ")
_COMPANY = re.compile(  # not the business won or lost: "the accounts i won business with"
    r" (?<!won )(?<!win )(?<!lost )(?<!lose )(?<!new )(?<!more )(?<!repeat )"
    r"(?:the )?(?:whole |entire )?(?:company|org|organi[sz]ation|business)(?:'s|-wide| wide| overall| average| avg)? "
    r"| (?:companywide|orgwide|everyone|everybody) | the (?:whole|entire) co "  # "vs the whole co"
)


def _asker_team_company(t: str) -> list[dict[str, Any]] | None:
    """Two or three of the asker, their team and the whole company, in the order named; None for fewer."""
    at = {"me": _ASKER.search(t), "my team": _TEAM.search(t), "company": _COMPANY.search(t)}
    named = sorted((m.start(), side) for side, m in at.items() if m is not None)
    if len(named) < 2:
        return None
    return [{} if side == "company" else {"owner": side} for _, side in named]


def _self_side(t: str) -> dict[str, Any] | None:
    if any(lx.has(t, w) for w in lx.TEAM_WORDS) or re.search(r" my team", t):
        return {"owner": "my team"}
    # "give me the name": the reply, not a side; but "won revenue for me vs Kami" is one
    t = re.sub(r" (?:give|show|tell|send|get|let|for) me (?!vs |versus |v |and (?:for )?[a-z]|or |compared |against )",
               " ", t)  # fmt: skip
    if any(lx.has(t, w) for w in ("mine", "me", "my", "i", "myself")):
        return {"owner": "me"}
    return None


# the word that sets two product sets against each other: "the GTX family vs the MG family", "GTX Pro or MG Special"
_PRODUCT_CUES = ("vs", "versus", "v", "against", "compared", "or")
_NEAR = 4  # tokens between a set and the cue at most: "the GTX family vs the MG family", "compared to the MG line"


def product_sides(tokens: list[str], mentions: list[Mention], series: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """Two product sets either side of a "vs": a series ("the GTX family") or a product ("MG Special") each. The
    nearest set before the cue against the first one after it; None unless they differ."""
    cue = next((i for i, w in enumerate(tokens) if w in _PRODUCT_CUES), None)
    if cue is None:
        cue = _and_between(tokens)
    if cue is None:
        return None
    near = _NEAR  # a set further off belongs to another clause: "GTX Pro deals this quarter or last"
    left = _product_set(tokens, mentions, series, range(cue - 1, max(cue - 1 - near, -1), -1))
    right = _product_set(tokens, mentions, series, range(cue + 1, min(cue + 1 + near, len(tokens))))
    if left is None or right is None or left == right:
        return None
    if tokens[cue] == "or" and any(w in ("together", "combined") for w in tokens[cue:]):
        return None  # "GTX Pro or GTX Basic combined": one set
    return [left, right]


_EACH = {"which", "each", "respectively", "separately", "apiece"}


def _and_between(tokens: list[str]) -> int | None:
    """The "and" that sets two sets against each other: "between MG Advanced and GTX Pro, which...", "GTX Pro and MG
    Special: won revenue for each". Not "GTX Pro and MG Special together" (one set, read elsewhere)."""
    if {"together", "combined", "altogether", "total"} & set(tokens):
        return None
    for i, w in enumerate(tokens):
        if w == "and" and ("between" in tokens[max(0, i - _NEAR - 1) : i] or _EACH & set(tokens[i + 1 :])):
            return i
    return None


def products_against(t: str, tokens: list[str], mentions: list[Mention], series: tuple[str, ...],
                     scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:  # fmt: skip
    """ "how much of my won revenue comes from the GTX family vs the MG family?": one total per product set, side by
    side, rather than the first set's share of the whole. An explicit share ("what %") stays a share."""
    if re.search(r" (?:share|percentage|percent|proportion|fraction|pct) |%", t):
        return None
    found = product_sides(tokens, mentions, series)
    if found is None:
        return None
    base = {k: v for k, v in scope.items() if k not in ("product", "products")}
    # "which had the most open deals": a count; open and lost deals bring in no revenue to set side by side
    counted = lx.COUNT_ASKED.search(t)
    default = "deals" if counted or base.get("stage") in ("open", "lost", "engaging", "prospecting") else "won_revenue"
    return Question("compare", measures or (default,), base, text=text, sides=tuple(found))


def _product_set(tokens: list[str], mentions: list[Mention], series: tuple[str, ...],
                 positions: range) -> dict[str, Any] | None:  # fmt: skip
    """The first product or bare series word met walking ``positions``: a word inside a product's name is that
    product; a series word on its own ("GTX", "the MG line") is every product of the series."""
    lines = {s.lower(): s for s in series}
    products = {i: m for m in mentions if m.kind == "product" for i in range(m.start, m.end)}
    for i in positions:
        if i in products:
            return {"product": products[i].name}
        if tokens[i] in lines:
            return {"products": [lines[tokens[i]]]}
    return None

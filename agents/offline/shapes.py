"""Question shapes beyond one figure or one ranking: a deal looked up by its id, how many *different* accounts
(or reps) the deals span, the accounts themselves, and who beats a given figure ("who on Summer's team has booked
more than me?"). A part's share of a whole reads in share_shape.py."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline import filters
from agents.offline import lexicon as lx
from agents.offline.measures import measures_of
from agents.offline.question import Question
from agents.offline.roster import ROSTER
from agents.periods import find_periods

_NOUNS: dict[str, str] = {
    "companies": "account", "company": "account", "accounts": "account", "customers": "account",
    "clients": "account", "logos": "account", "reps": "rep", "salespeople": "rep", "sellers": "rep",
    "agents": "rep", "people": "rep", "products": "product", "sectors": "sector", "industries": "sector",
    "offices": "office", "regions": "office",
}  # fmt: skip
_NOUN = "|".join(_NOUNS)
DEAL_VERBS = (r"win|won|close|closed|closed-won|closed won|sell|sold|lose|lost|book|booked|land|landed|sign|signed"
               r"|engage|engaged|do business|work with|worked with|deal|deals|opps|open|pipeline")  # fmt: skip
_HOW_MANY = re.compile(
    rf" (?:how many|number of|count of|# of) (?P<distinct>(?:different|distinct|unique|separate|individual) )?"
    rf"(?:of (?:my|our|the) )?(?:[\w-]+ ){{0,2}}?(?P<noun>{_NOUN}) (?P<rest>.*)"
)

# "which retail accounts did we win deals with in Q1?": every one of them, not a top five by some figure
_WHICH_ONES = re.compile(
    rf" (?:which|what) (?P<distinct>)(?:of (?:my|our|the) )?(?:[\w-]+ ){{0,2}}?(?P<noun>{_NOUN}) "
    r"(?P<rest>(?:did|have|has|had|do) .*)"
)
# "which reps have never lost": the empty ones
_NONE_OF = re.compile(r" (?:never|not|no|none|nothing|zero|without)(?= )|n't ")
_RANKS = re.compile(r" (?:\w+est|most|top|best|least|worst|more|less|fewer|\d+) ")


def lookup(opportunity: str, text: str) -> Question:
    """One opportunity by its id: its account, product, owner, stage, dates and value."""
    return Question("list", ("deals",), {"deal": opportunity}, sort="newest", text=text)


def distinct(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """ "how many different companies did I win a deal with?", "how many reps have closed-won at Rangreen?": the
    number of accounts (reps, products...) among the deals in scope, not the number of deals."""
    # "employment-sector companies: how many distinct ones ...? companies not deals": the ones are the noun named
    if (ones := re.search(r" how many (?:different|distinct|unique|separate) ones ", t)) and (
        named := re.search(rf" (?P<noun>{_NOUN}) ", t)
    ):
        t = t[: ones.end() - 5] + f"{named.group('noun')} " + t[ones.end() :]
    found = _HOW_MANY.search(t) or _WHICH_ONES.search(t)
    if found is None or (found.re is _WHICH_ONES and (_RANKS.search(t) or _NONE_OF.search(found.group("rest")))):
        return None
    rest = re.split(r" (?:and|but|so|while|whereas|how) ", " " + found.group("rest") + " ")[0]  # its own clause
    about_deals = re.search(rf"(?:^| )(?:{DEAL_VERBS})(?: |$)", rest) is not None
    counted = found.group("distinct") or re.search(r" at least (?:one|1|a) | (?:did|have|has|had) ", " " + rest)
    if not about_deals or not counted:
        return None
    return Question("distinct", ("deals",), scope, _NOUNS[found.group("noun")], text=text)


def counted_group(t: str) -> str | None:
    """The groups a "how many reps have ..." or "which accounts ..." question counts, when no ranking word names
    them; or that a message opens with ("reps with at least $250k in bookings")."""
    found = re.search(
        rf" (?:how many|number of|count of|# of|which|what|list the|name the|any|all|every) (?:of (?:my|our|the) )?"
        rf"(?:\w+ )?(?P<noun>{_NOUN}|{'|'.join(_ONE)}) ",
        t,
    ) or re.match(rf" (?:show me |list |give me )?(?:the |my |our )?(?P<noun>{_NOUN}) (?:with|who|that|which|where"
                  r"|having|we|we've|weve|i|i've|ive|my team|our team) ", t)  # fmt: skip
    if found is None:  # "did anyone on my team cross $1M in revenue?": people, so reps
        return "rep" if re.search(r" (?:anyone|anybody|someone|somebody|any one) ", t) else None
    return _NOUNS.get(found.group("noun")) or _ONE[found.group("noun")]


_ONE = {"account": "account", "customer": "account", "client": "account", "rep": "rep", "salesperson": "rep",
        "seller": "rep", "agent": "rep", "product": "product", "sector": "sector", "industry": "sector",
        "office": "office", "region": "office"}  # fmt: skip


_THAN = re.compile(
    r" (?P<dir>more|better|higher|bigger|larger|fewer|less|lower|worse|smaller) (?:\w+ ){0,3}?than "
    r"(?P<who>me|i|i have|i did|mine|myself|my (?:own )?(?:number|figure|total|numbers)|(?P<name>[a-z][a-z'-]+))"
    r"(?![a-z'-])"  # "more in Q4 than in Q3": "in" is no "i"
)


# the whole company's figure as the bar: "beating the company-wide win rate", "below the overall average"
_ABOVE_THE_WHOLE = re.compile(
    r" (?P<dir>beat|beats|beating|above|over|better than|higher than|ahead of|outperform\w*|exceed\w*|top|topping"
    r"|below|under|worse than|lower than|behind|trailing) (?:the )?(?:company-wide|company wide|companywide|company"
    r"|overall|org-wide|org wide|whole company|entire company|global|firm-wide|everyone) "
)


_MANAGERS = re.compile(r" (?:managers?|who (?:manages|runs|leads|heads) (?:it|them|the|that|those|each)|team leads?) ")


# groups other than reps: "which of my accounts have no wins" asks for accounts, not the team's roster
_OTHER_GROUPS = re.compile(
    r" (?:which|what|any) (?:of )?(?:my |our |the )?(?:accounts|customers|clients|products"
    r"|sectors|industries|offices|companies) "
)


# the empty ones picked out by a stage: "which of my reps have nothing open", "who on my team has no open deals"
_ONLY_THE_EMPTY = re.compile(r"^(?: [\w'-]+){0,3}?" + filters.PICKS_THE_EMPTY)
_SET_ASIDE = re.compile(
    rf" (?:{filters.SET_ASIDE_VERBS}|except)"
    r" (?:anyone|anybody|any reps?|reps|people|those|the ones|everyone|folks)(?= )"
)
# ... unless the team itself is asked for too: "who's on my team, and which of them have nothing open?"
_THE_WHOLE_ROSTER = re.compile(r" (?:who's|whos|who is|who are) (?:on|in) | how many | roster | everyone | each ")


def roster(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:
    """ "who's on my team, anyone with no deals?", "which of my reps have nothing open?": everyone in scope, with
    those who have no (open, won...) deal named apart."""
    if _ONLY_THE_EMPTY.search(t) and not _THE_WHOLE_ROSTER.search(t):
        return None  # "which of my reps have nothing open? list them": those alone (a ranking of the empty ones)
    if _RANKS.search(t) and _SET_ASIDE.search(t):
        return None  # "who had the most wins? ignore anyone with no wins": a ranking, the empty ones left out
    if ROSTER.search(t) and not set(measures) - {"deals"} and not _OTHER_GROUPS.search(t):
        managers = ("managers",) if _MANAGERS.search(t) else ()  # "... and who are the managers over there?"
        return Question("roster", ("deals",), scope, "rep", text=text, facts=managers)
    return None


def against(
    t: str, scope: dict[str, Any], measures: tuple[str, ...], people: dict[str, str], text: str
) -> Question | None:
    """ "who on Summer's team has booked more than me?": the reps in scope whose figure beats a baseline (the asker,
    or a named rep), and the baseline itself. ``people`` maps a word of the message to the rep it names."""
    if not re.search(r" (?:who|whom|which (?:reps?|people|of)|anyone|anybody|any reps?|how many (?:reps|people|of)) ",
                     t):  # fmt: skip
        return None
    measure = next((m for m in measures if m != "breakdown"), "won_revenue")
    if (overall := _ABOVE_THE_WHOLE.search(t)) is not None:  # "which of my reps beat the company-wide win rate"
        lower = overall.group("dir") in ("below", "under", "worse than", "lower than", "behind", "trailing")
        return Question("against", (measure,), scope, "rep", ascending=lower, text=text, sides=({"owner": None},))
    found = _THAN.search(t)
    if found is None:
        return None
    baseline = people.get(found.group("name") or "") if found.group("name") else "me"
    if baseline is None:
        return None
    named = measures_of(found.group(0))  # "how many reps have a better win rate than me": the rate, not a count
    measure = next((m for m in named if m != "breakdown"), measure)
    lower = found.group("dir") in ("fewer", "less", "lower", "worse", "smaller")
    if scope.get("owner") == baseline:  # "who on my team has more wins than Darcel": the team, not Darcel
        scope = {k: v for k, v in scope.items() if k != "owner"}
        if lx.means_my_team(t, text):
            scope["owner"] = "my team"
    return Question("against", (measure,), scope, "rep", ascending=lower, text=text, sides=({"owner": baseline},))


_BEHIND = re.compile(
    r" how far (?:behind|ahead|off|back|away|from)| how much (?:behind|ahead|short)| (?:gap|difference|distance|delta) "
    r"(?:between|to|from) (?:me|my|i|them|him|her|the)| (?:am i|i am|im|i'm) behind | catch (?:up (?:with|to) )?"
    r"(?:them|him|her|the (?:leader|top|number one|#1))"
)
_LEADER = re.compile(r" (?:#1|number one|no 1|top|leader|leading|first place|best|highest|most) ")


def behind_leader(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:
    """ "who's #1 on our team by won revenue, and how far behind them am I?": the leader among the reps in scope and
    the asker's gap to them (or lead over the runner-up)."""
    if not (_BEHIND.search(t) and _LEADER.search(t)) or not any(lx.has(t, w) for w in ("i", "me", "my", "im", "i'm")):
        return None
    measure = next((m for m in measures if m not in ("breakdown", "deals")), None) or (
        "won" if re.search(r" (?:deals|wins) ", t) and not re.search(r" (?:\$|dollars|revenue|money) ", t) else
        "won_revenue")  # fmt: skip
    ranked = {k: v for k, v in scope.items() if k != "owner"}
    if lx.means_my_team(t, text):
        ranked["owner"] = "my team"
    return Question("against", (measure,), ranked, "rep", top=1, text=text, sides=({"owner": "me"},))


# the asker's place in a ranking: "where do I rank in our office", "what's my position on the team", "how do I stack
# up against everyone else"; not "where do we stand with Cancity" (a deal's status)
_STANDING = re.compile(
    r" where (?:do|did|would|does) i (?:rank|stack up|place|come in|sit|land|fall)"
    r"(?! with | on (?:the|a|an|that|this) (?:deal|account))"
    r"| how (?:do|did|would|does) i (?:rank|stack up)"
    r"(?! (?:the|my|our|all|them|these|those|accounts|reps|deals) )"
    r"| (?:where|how) (?:am|was) i (?:ranked|placed|ranking) "
    r"| (?:what|which) (?:position|place|rank|spot) (?:am|was|do) i "
    r"| (?:what is|whats|what's) my (?:rank|ranking|position|place|spot|standing) "
    r"| my (?:rank|ranking|position|standing) (?:in|on|among|within|across|out of|compared) "
    r"| where do i stand (?:in|on|among|within|against|compared|relative|versus|vs) "
)
# where a named rep stands: "where does Daniell Hammack stand in the East office for won rev?", "Zane's rank on the
# team", "how does Kami stack up in Central"
_THEIR_STANDING = re.compile(
    r" where (?:does|did|would) (?:[\w'-]+ ){1,3}?(?:rank|stand|stack up|place|come in|sit|land|fall)"
    r" (?:in|on|among|within|across|against) "
    r"| how (?:does|did|would) (?:[\w'-]+ ){1,3}?(?:rank|stack up) (?:in|on|among|within|across|against) "
    r"| (?:rank|ranking|position|standing|place) (?:in|on|among|within|across) (?:the|their|his|her|our|my) "
)


def standing(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:
    """ "where do I rank in our regional office by won revenue?": every rep in scope ranked, and the asker's position
    among them with their figure."""
    owner = scope.get("owner")
    theirs = owner not in (None, "me", "my team") and _THEIR_STANDING.search(t) is not None
    if not (_STANDING.search(t) or theirs):
        return None
    if theirs and _mine_against(t, str(owner)):
        return None  # "my win rate - how does it stack up against Zane's?": the two side by side, not a standing
    measure = next((m for m in measures if m != "breakdown"), None) or (
        "pipeline_value" if re.search(r" (?:pipeline|pipe) ", t) else
        "won" if re.search(r" (?:deals|wins) ", t) and not re.search(r" (?:\$|dollars|revenue|money) ", t) else
        "won_revenue")  # fmt: skip
    ranked = {k: v for k, v in scope.items() if k != "owner"}
    if lx.means_my_team(t, text):
        ranked["owner"] = "my team"
    return Question("standing", (measure,), ranked, "rep", text=text, sides=({"owner": owner if theirs else "me"},))


def _mine_against(t: str, owner: str) -> bool:
    """Whether the asker's own figure is set against the named rep's: "my X - how does it stack up against Zane's"."""
    first = re.escape(owner.split()[0].lower())
    against = rf" (?:against|vs|versus|compared (?:to|with)|next to) (?:[\w'-]+ ){{0,2}}?{first}(?:s|'s)? "
    return re.search(r" (?:my|mine|i) ", t) is not None and re.search(against, t) is not None


_UP = re.compile(
    r" (?:grew|grow|grown|growth|increased?|improved?|improvement|jumped|rose|risen|climbed|gained|gain|up the most"
    r"|(?:went|gone|go|going|moved) up|biggest (?:jump|increase|gain|improvement)) "
)
_DOWN = re.compile(
    r" (?:dropped|drop|declined?|decline|fell|fallen|shrank|shrunk|decreased?|slipped|slid|lost the most ground"
    r"|(?:went|gone|go|going|moved) down|biggest (?:drop|fall|decline|decrease)) "
)


def change_direction(t: str) -> str | None:
    """ "which rep grew the most from Q3 to Q4" -> "up"; "which product dropped the most" -> "down"."""
    if _UP.search(t):
        return "up"
    return "down" if _DOWN.search(t) else None


# "any account that went a whole quarter without a win", "reps who had a month with no deals": a gap in time
_WENT_WITHOUT = re.compile(
    r" (?:went|gone|go|goes|going|had|has|have|spent|sat|passed) (?:a |an |one )?(?:whole |entire |full |single |"
    r"complete )?(?P<unit>quarter|month) (?:\w+ ){0,8}?(?:without|with no|with zero|with nothing) "
    r"| (?:a |an |one |any )?(?:whole |entire |full |complete )?(?P<unit2>quarter|month) (?:\w+ ){0,3}?"
    r"(?:without (?:a single|any|one)|with (?:no|zero)) "
)
_GROUP_NOUN = re.compile(
    r" (?:any|which|what|an?|every|the) (?:of )?(?:the |my |our )?(?:\w+ )?"
    r"(?P<noun>accounts?|customers?|clients?|compan(?:y|ies)|reps?|salespeople|products?|offices?|sectors?)"
    r"(?= (?:that|which|who|where|have|has|had|went|gone|go|did|with) )"
)
_GROUP_OF = {"account": "account", "customer": "account", "client": "account", "company": "account",
             "companie": "account", "rep": "rep", "salespeople": "rep", "product": "product", "office": "office",
             "sector": "sector"}  # fmt: skip


def without_for_a_while(t: str, scope: dict[str, Any], text: str, today: date) -> Question | None:
    """ "is there any account that went a whole quarter this year without a closed-won deal?": the groups with no
    deal in scope during at least one month or quarter of the period, with those months or quarters."""
    gap = _WENT_WITHOUT.search(t)
    noun = _GROUP_NOUN.search(t)
    if gap is None or noun is None:
        return None
    group = _GROUP_OF[noun.group("noun").rstrip("s") if noun.group("noun") != "salespeople" else "salespeople"]
    unit = gap.group("unit") or gap.group("unit2")
    periods = find_periods(text, today)
    if len(periods) > 1:  # "this year (Q1, Q2, Q3 or Q4)": the quarters are the buckets, the span is all of them
        start, end = min(p.start for p in periods), max(p.end for p in periods)
        scope = {**scope, "period": f"{start.isoformat()} to {end.isoformat()}"}
    return Question("ranking", ("deals",), scope, group, text=text, every=unit)


# the catalogue's own prices, not what deals closed for: "remind me what the list price is on MG Advanced?"
_PRICE = re.compile(
    r" (?:list price|list prices|price list|sticker price|msrp|price|prices|pricing|cost|costs"
    r"|lists? (?:at|for)|listed (?:at|for)) "
)
_CATALOGUE = re.compile(r" (?:price list|catalogue|catalog|product list|(?:all )?(?:our|the) products) ")
_DEALISH = re.compile(
    r" (?:deals?|opps?|opportunit(?:y|ies)|pipeline|pipe|open|won|win|wins|closed|close|closes|lost|"
    r"lose|revenue|sold|sell|booked|average|avg|total|sum|worth|discount|discounts|discounted) "
)


def catalogue(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """ "what's the list price on MG Advanced? and on the GTK 500", "our price list": the products' list prices
    from the catalogue, when no deal is asked about."""
    named = [scope["product"]] if scope.get("product") else list(scope.get("products") or [])
    if not _PRICE.search(t) or _DEALISH.search(t) or not (named or _CATALOGUE.search(t)):
        return None
    return Question("catalogue", (), {"products": named} if named else {}, text=text)

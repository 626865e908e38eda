"""Questions about the accounts themselves rather than our deals with them: which accounts match facts of their own
("which of our accounts are headquartered in Europe?"), the account at the top of one of those facts ("our youngest
customer"), and how the accounts spread over sectors or countries ("which industry has the most companies in our
account list?")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.question import Question
from agents.offline.shapes import DEAL_VERBS

_ACCOUNTS = re.compile(
    r" (?:how many|which|what|list|name|show(?: me)?|give me|any) (?:of )?(?:all )?(?:our |the |my |your )?"
    r"(?:\w+ ){0,2}"
    r"(?:accounts|companies|customers|clients) "
    r"| (?:accounts|companies|customers|clients) (?:do|have) (?:we|i) (?:have|got) "
    # "number of retail vs medical accounts"; not "number of deals with retail accounts" (deals)
    r"| (?:number|count|no|total number) of (?:our |the |my )?(?:(?!deals?|opps?|opportunit|wins|losses)\w+ ){0,3}"
    r"(?:accounts|companies|customers|clients) "
    # a message that opens on the accounts and where they are: "accounts headquartered outside the US"
    r"|^ (?:all )?(?:our |the |my )?(?:accounts|companies|customers|clients) (?:that are |which are )?"
    r"(?:headquartered|based|located|hq d|hq'd|hqd|hq-d|hq ed|outside) "
    # ... or their own size or age: "accounts with more than $5bn annual revenue", "customers founded before 1990"
    r"|^ (?:all )?(?:our |the |my )?(?:accounts|companies|customers|clients) (?:with|having|that have|which have"
    r"|founded|established|making|that make|turning over) "
)
ACCOUNT_FACTS = ("sector", "headquarters", "employees", "founded", "subsidiary", "annual_revenue", "parent")


_DEAL_FILTERS = {"stage", "period", "owner", "product", "office"}
_STAGED = re.compile(
    r" (?:win|won|wins|lose|lost|losses|close|closed|sell|sold|book|booked|land|landed|sign|signed|engag\w*|open"
    r"|pipeline|prospect\w*) "
)


def account_list(t: str, scope: dict[str, Any], measures: tuple[str, ...], text: str) -> Question | None:
    """ "which of our accounts are headquartered in Europe?", "how many software companies do we have?": the
    accounts themselves, by their own facts; with a figure asked too ("and how much have we won from them"),
    that figure over their deals."""
    facts = {k: scope[k] for k in ACCOUNT_FACTS if k in scope}
    if not _ACCOUNTS.search(t) or not (facts or re.search(r" (?:do|have) (?:we|i) (?:have|got) ", t)):
        return None
    # "how many retail customers did we win in Q4": the accounts among those deals; not "how many accounts have
    # 10k+ staff, and how much have we won from them" (a figure over the accounts) nor "which are X's subs"
    own_clause = re.split(r" (?:and|plus|also|-|–|—) (?:how much|what) ", t)[0]
    among_deals = (
        _DEAL_FILTERS & scope.keys()
        and not {"subsidiary", "parent"} & facts.keys()
        and re.search(rf" (?:{DEAL_VERBS}) ", own_clause)
    )
    # "which of the accounts I've done deals with have 10k+ staff": the rep's accounts, whatever became of the deals
    any_deal = scope.keys() & _DEAL_FILTERS == {"owner"} and not _STAGED.search(own_clause)
    if re.search(rf" (?:{DEAL_VERBS}) ", t) and (not facts or (among_deals and not any_deal)):
        return None  # "how many accounts do I have open deals with": accounts among deals (distinct)
    if any(lx.has(t, w) for w in ("most", "top", "best", "biggest", "largest", "highest", "fewest", "least")):
        return None  # "which accounts have the most open deals": a ranking
    figures = tuple(m for m in measures if m not in ("deals", "breakdown"))
    if not figures and re.search(r" (?:what|how much) (?:have|did|has|had) (?:we|i|you|they|my team) (?:won|booked|"
                                 r"brought in|closed) ", t):  # fmt: skip
        figures = ("won_revenue",)  # "... and what have we won from them?"
    group = scope.get("account_group") or scope.get("account")
    if facts.get("subsidiary") and group and "parent" not in facts:
        return _under(group, figures, scope, text)  # "which accounts sit under Warephase": its subsidiaries
    others: tuple[dict[str, Any], ...] = ()
    both_out = str(scope.get("headquarters", "")).startswith("not ") and " or " in scope.get("headquarters", "")
    if "headquarters" in scope and _THE_REST.search(t) and not both_out:  # not "outside the US and not in Europe"
        others = ({"headquarters": _elsewhere(scope["headquarters"])},)
    return Question("accounts", figures, scope, text=text, sides=others)


def _under(group: str, figures: tuple[str, ...], scope: dict[str, Any], text: str) -> Question:
    """The accounts that roll up to ``group``; a figure asked with them is the whole group's ("which accounts sit
    under Warephase, and how much have we won across Warephase + subs this year?")."""
    listing = Question("facts", (), {"account": group, "subsidiary": True}, facts=("subsidiaries",), text=text)
    if not figures:
        return listing
    rest = {k: v for k, v in scope.items() if k not in (*ACCOUNT_FACTS, "account", "account_group")}
    return Question("multi", text=text, parts=(listing, Question("figure", figures, {**rest, "account_group": group},
                                                                  text=text)))  # fmt: skip


# "how many are headquartered in the US, and how many outside it?": the accounts everywhere else, counted too
_THE_REST = re.compile(
    r" (?:and|vs|versus|compared to|against) (?:how many |the ones |those )?(?:(?:are|of them|based|headquartered|"
    r"located) )*(?:outside|not in|elsewhere|abroad|overseas|international|internationally|the rest|everywhere else|"
    r"anywhere else|inside|within) "
)


def _elsewhere(headquarters: str) -> str:
    return headquarters[4:] if headquarters.startswith("not ") else f"not {headquarters}"


# a company's headcount as said: "by # of employees", "by employee count", "staff"
_HEADS = r"(?:(?:# |number |no )?(?:of )?(?:employees|staff|people|workforce)|employee count|headcount|head count)"
# the accounts ranked by their own facts, not by our deals with them: "which customer is the youngest company",
# "our biggest account by annual revenue (theirs, not what they spend with us)", "the account with the most staff"
_BY_FACT = (
    ("founded", False, re.compile(r" (?:youngest|newest|most recently (?:founded|established)|"
                                  r"founded most recently) ")),
    ("founded", True, re.compile(r" (?:oldest (?:company|account|customer|client)|longest established|"
                                 r"(?:earliest|first) (?:founded|established)|founded (?:earliest|first)) ")),
    ("revenue", False, re.compile(r" (?:biggest|largest|highest|most|top)(?: \w+){0,3} (?:by |in )?(?:annual revenue|"
                                  r"turnover|company revenue|their revenue|their own revenue) ")),
    ("employees", False, re.compile(rf" (?:most|biggest|largest|highest)(?: [\w#]+){{0,4}} (?:by )?{_HEADS} ")),
    ("employees", True, re.compile(rf" (?:fewest|smallest|lowest|tiniest|least)(?: [\w#]+){{0,4}} (?:by )?{_HEADS} ")),
    # the headcount asked of the biggest company: "how many employees does the biggest retail account have"
    ("employees", False, re.compile(rf" {_HEADS} (?:\w+ ){{0,2}}?(?:does|do|has|have|at|in|of|is|for) (?:the|our|my) "
                                    r"(?:biggest|largest) (?:\w+ ){0,2}?(?:account|company|customer|client) ")),
    ("employees", True, re.compile(rf" {_HEADS} (?:\w+ ){{0,2}}?(?:does|do|has|have|at|in|of|is|for) (?:the|our|my) "
                                   r"(?:smallest|tiniest) (?:\w+ ){0,2}?(?:account|company|customer|client) ")),
)  # fmt: skip
_AN_ACCOUNT = re.compile(r" (?:accounts?|compan(?:y|ies)|customers?|clients?|logos?) ")


_OF_THEM = re.compile(
    r" (?:subsidiaries|subsidiary|subs) (?:[\w'-]+ ){0,8}?(?:which|what) (?:one|of them|sub|subsidiary) "
)


def subsidiary_extreme(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """ "how many subsidiaries does Golddex have, and which is the biggest by headcount?": the parent's subsidiaries
    ranked on a fact of their own, with how many there are."""
    if "account" not in scope or not _OF_THEM.search(t):
        return None
    for fact, ascending, cue in _BY_FACT:
        if cue.search(t):
            return Question("accounts", (), {"parent": scope["account"]}, sort=fact, ascending=ascending, top=1,
                            text=text)  # fmt: skip
    return None


def account_extreme(t: str, scope: dict[str, Any], text: str, measures: tuple[str, ...] = ()) -> Question | None:
    """The account that tops a ranking on its own facts (founding year, annual revenue, headcount), with its facts;
    among some deals' accounts ("which of MY accounts", "the accounts I've won with"), with those deals' figures."""
    if not _AN_ACCOUNT.search(t):
        return None
    for fact, ascending, cue in _BY_FACT:
        if cue.search(t):
            if _DEAL_FILTERS & scope.keys():
                figures = tuple(m for m in measures if m != "breakdown") or ("deals",)
                return Question("ranking", figures, scope, "account", top=1, ascending=ascending, sort=fact,
                                text=text)  # fmt: skip
            facts = {k: scope[k] for k in ACCOUNT_FACTS if k in scope}
            leader = Question("accounts", (), facts, sort=fact, ascending=ascending, top=1, text=text)
            if facts and _COUNTED_TOO.search(t):  # "accts founded before 1985 - how many, and which is the biggest"
                return Question("multi", text=text, parts=(Question("accounts", (), facts, text=text), leader))
            return leader
    return None


# the accounts counted as well as ranked; not "how many employees does the biggest have" (the fact itself)
_COUNTED_TOO = re.compile(
    r" (?:how many|count|number of|no of|total number)(?! (?:employees|staff|people|ppl|heads|workers|head count))"
)


_SPREAD_BY = {"sector": "sector", "sectors": "sector", "industry": "sector", "industries": "sector",
              "vertical": "sector", "verticals": "sector", "country": "country", "countries": "country",
              "nation": "country"}  # fmt: skip
_BY = "|".join(_SPREAD_BY)
_COMPANIES = r"(?:accounts|companies|customers|clients|logos|firms)"
# "which industry has the most companies in our account list", "how many accounts per country", "accounts by sector"
_SPREAD = re.compile(
    rf" (?:which|what) (?P<dim>{_BY}) (?:\w+ ){{0,6}}?(?P<order>most|fewest|least|highest number of|largest number of"
    rf"|biggest number of|lowest number of|smallest number of) (?:\w+ ){{0,2}}?{_COMPANIES} "
    rf"| {_COMPANIES} (?:do we have |are there |have we got )?(?:per|by|in each|for each|across|split by)"
    rf" (?P<dim2>{_BY}) "
    rf"| how many {_COMPANIES} (?:do we have |are there |have we got )?(?:in each|per|by|for each) (?P<dim3>{_BY}) "
)


def accounts_spread(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """ "which industry has the most companies in our account list?": the accounts counted per sector (or country),
    not deals. Not when deals are asked about ("which sector has the most customers we won deals with")."""
    found = _SPREAD.search(t)
    about_deals = re.search(rf" (?:{DEAL_VERBS}|revenue|won|lost|wins|losses) ", t.replace(" account list ", " "))
    if found is None or about_deals:
        return None
    dim = _SPREAD_BY[found.group("dim") or found.group("dim2") or found.group("dim3")]
    order = found.group("order") or ""
    facts = {k: scope[k] for k in (*ACCOUNT_FACTS, "owner") if k in scope}  # "most of MY accounts": the rep's
    top = 1 if order else None
    return Question("accounts", (), facts, group_by=dim, top=top, ascending=order.startswith(("fewest", "least",
                    "lowest", "smallest")), sort="count", text=text)  # fmt: skip


# an account's profile asked for ("headcount, revenue and what sector"): its revenue is the company's own, not what we
# won there; "revenue we've won there" or "our revenue with them" stays ours
_PROFILE_FACTS = {"employees", "sector", "headquarters", "established", "parent"}
_OUR_REVENUE = re.compile(r" (?:won|win|our|we|us|closed|booked|bookings|from them|with them|deals?|pipeline|sold) ")


def profile_revenue(
    t: str, facts: tuple[str, ...], measures: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``facts`` and ``measures`` with a bare "revenue" among an account's profile facts read as its own revenue."""
    if (
        _PROFILE_FACTS & set(facts)
        and "company_revenue" not in facts
        and " revenue " in t
        and not _OUR_REVENUE.search(t)
    ):
        return (*facts, "company_revenue"), tuple(m for m in measures if m != "won_revenue")
    return facts, measures


# "how long has Kan-code been around?": the company's age, not how long its deals take to close
_HOW_LONG_AROUND = re.compile(r" how long (?:has|have|had|did) (?!(?:it|they|we|i|you) (?:take|took) )")
_DEAL_TIMING = re.compile(r" (?:deals?|opps?|cycle|close|closing|closed|win|won|takes?|took|engaged?) ")


def company_age(t: str, facts: tuple[str, ...], measures: tuple[str, ...]) -> tuple[str, ...]:
    """``measures`` without the sales cycle when "how long" asks how long an account has existed."""
    if "established" in facts and _HOW_LONG_AROUND.search(t) and not _DEAL_TIMING.search(t):
        return tuple(m for m in measures if m != "avg_cycle_days")
    return measures


def facts_and_figures(measures: tuple[str, ...], scope: dict[str, Any], facts: tuple[str, ...], text: str) -> Question:
    """An account's own facts; with a count asked of some of its deals too ("how many ppl work at Hottechi, and how
    many deals has my team won with them"), those deals' figures beside them, as a question of their own."""
    told = Question("facts", measures, scope, facts=facts, text=text)
    if not measures or "parent" in facts or not (_DEAL_FILTERS - {"stage"}) & scope.keys():
        return told  # the account's record has its own totals by stage, and the parent's figures
    return Question("multi", text=text, parts=(replace(told, measures=()), Question("figure", measures, scope,
                                                                                      text=text)))  # fmt: skip


# the accounts just found, pointed back at: "... and which rep has won the most there", "how much have I won from them"
_AT_THOSE = re.compile(
    r"\b(?:there|with them|from them|at them|of those|among those|at those|from those|with those|among them)\b", re.I
)

_OVERALL = re.compile(
    r"\b(?:overall|of all|across all|out of all|any account|all (?:my |our )?accounts|in total)\b", re.I
)


def carried_account_facts(first: Question, part: Question) -> dict[str, Any]:
    """The facts that found the accounts of ``first`` ("which accts have 10k+ employees?"), for a later ``part`` that
    ranks those accounts or asks about them ("and which of those have I won the most $ with")."""
    if first.style != "accounts" or {"account", "account_group", "subsidiary", "parent"} & first.scope.keys():
        return {}
    if part.group_by != "account" and not _AT_THOSE.search(part.text):
        return {}
    if _OVERALL.search(part.text) and not _AT_THOSE.search(part.text):
        return {}  # "and which account have I won the most with overall": every account
    return {k: v for k, v in first.scope.items() if k in ACCOUNT_FACTS and k not in part.scope}


# the accounts' own headcounts added up: "total headcount of accounts in the software sector", "how many employees do
# our japanese accounts have combined"; one account's ("Inity group headcount") is its facts (group_headcount)
_TOTAL_HEADS = re.compile(
    rf" (?:total|combined|sum of|overall|aggregate) (?:the )?{_HEADS} | {_HEADS} (?:\w+ ){{0,6}}?(?:combined|in total"
    r"|altogether|all together|added up|summed) "
)


def total_headcount(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """The accounts found by their facts, with their employees added up."""
    facts = {k: scope[k] for k in ACCOUNT_FACTS if k in scope and k != "parent"}
    if not _TOTAL_HEADS.search(t) or not _AN_ACCOUNT.search(t) or "account" in scope or "account_group" in scope:
        return None
    if not facts and not re.search(r" (?:all|our|every) (?:of )?(?:our |the )?(?:accounts|customers|clients) ", t):
        return None
    return Question("accounts", (), facts, facts=("total_employees",), text=text)


# "who owns them" after deals were named: the reps on those deals, not the account's parent ("how many open deals
# with Treequote, and who owns them"); after accounts ("Treequote and Kan-code - who owns them?") it is the parent
_DEALS_OWNED = re.compile(
    r" (?:deals?|opps?|opportunit(?:y|ies)|pipeline|pipe|wins|losses)\b"
    r"(?:(?! (?:company|companies|accounts?|firms?) ).)*"
    r" who (?:owns|owned|has|holds) (?:them|those|these|it|that)(?= )"
)


def deals_owned(t: str, facts: tuple[str, ...]) -> tuple[str, ...]:
    """``facts`` without the parent company when normalised ``t`` asks who owns the deals it just named."""
    if "parent" in facts and _DEALS_OWNED.search(t):
        return tuple(f for f in facts if f != "parent")
    return facts

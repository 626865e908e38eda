"""Which deals a question is about, read from its words: whose (the asker, a team, a rep, an office), which
accounts (named, by sector, by headquarters, by headcount or age), which products, what stage and when."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline import filters
from agents.offline import lexicon as lx
from agents.offline.asides import (
    PLAN,
    company_wide,
    names_my_figure,
    without_purpose,
    without_requester,
    without_scene_actor,
)
from agents.offline.bystanders import bystander
from agents.offline.closed_ago import close_age_bound
from agents.offline.closed_by_now import closed_by_now
from agents.offline.cycle_bounds import cycle_bound
from agents.offline.engaged_then import engaged_then_closed
from agents.offline.entities import Mention, tokens_of
from agents.offline.group_member import picks_a_member
from agents.offline.headquarters import headquarters
from agents.offline.normalise import without_plan
from agents.offline.offices_asked import without_wanting_of_offices
from agents.offline.open_age import age_bound
from agents.offline.open_then import DONE_FOR_THE_YEAR, date_field_of
from agents.offline.stage_share import NEGATED_STAGE, without_subset_stage
from agents.offline.subsidiaries_only import subsidiaries_only
from agents.offline.value_between import value_between
from agents.period_days import particular_days
from agents.periods import OPEN_END, OPEN_START, find_period


def deal_scope(
    t: str, text: str, mentions: list[Mention], today: date, measures: tuple[str, ...], series: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Which deals the message is about: whose, where, which accounts and products, what stage, when."""
    cycle, text = cycle_bound(text)  # "wins that took more than 90 days to close": its span is no period
    age, text = age_bound(text, today) if cycle is None else (None, text)  # "sitting in engaging over 90 days"
    closed_ago, text = (
        close_age_bound(text, today) if cycle is None and age is None else (None, text)
    )  # "won >90 days ago"
    if cycle is not None or age is not None or closed_ago is not None:
        t = lx.normalised(text)
    tokens = tokens_of(text)
    scope: dict[str, Any] = {}
    for m in mentions:
        if m.kind == "person" and not bystander(tokens, m, mentions):
            scope.setdefault("owner", m.name)
        elif m.kind in ("account", "product"):
            scope.setdefault(m.kind, m.name)
        elif m.kind == "sector" and _names_a_sector(t, tokens, m):
            scope.setdefault("sector", m.name)
        elif m.kind == "office":
            scope.setdefault("office", m.name)  # "central", "the West": the regional offices
    if together := filters.products_together(t, text, mentions, series):  # "the MG line", "GTX Pro + GTX Basic"
        scope.pop("product", None)
        scope.update(together)
    if together := filters.reps_together(t, text, [m for m in mentions if not bystander(tokens, m, mentions)]):
        scope = {k: v for k, v in scope.items() if k != "owner"} | together  # "reed + donn + cassey, added together"
    if "account" not in scope and (where := headquarters(t)):
        scope["headquarters"] = where
    bounds, period_text = filters.account_bounds(text)  # "more than 10,000 employees", "founded before 1990"
    scope.update(bounds)
    if value := value_between(text) or filters.value_bound(text):
        scope["value"] = value  # "wins bigger than $5,000 each", "wins between $1k and $2k"
    if (
        _SUBSIDIARIES.search(t)
        or any(  # "accounts that are subsidiaries", "of Sonron's subsidiaries"
            m.kind == "account" and tokens[m.end : m.end + 1] in (["subsidiaries"], ["subs"]) for m in mentions
        )
    ):
        scope["subsidiary"] = True
    family = any(m.kind == "account" and m.end < len(tokens) and tokens[m.end] in ("group", "family") for m in mentions)
    family = family or (any(m.kind == "account" for m in mentions) and THE_GROUP.search(t) is not None)
    subsidiaries = family or any(lx.has(t, c) and not excluded(t, c) for c in lx.FACT_CUES["subsidiaries"])
    own_office, t_owner = filters.own_office(t)  # "our regional office": its reps, not just the asker
    t_owner = without_plan(t_owner, text)  # "...? want to ping them before I reach out": the asker's plan, not whose
    t_owner = without_purpose(t_owner, text)  # "..., for my account plan": what the figures are for, not whose
    t_owner = without_scene_actor(t_owner)  # "before I email them - how many do we have there": a scene, not whose
    t_owner = lx.without_team_set_aside(t_owner)  # "the whole office, not just my guys": the "my" is set aside
    if any(lx.has(t, w) for w in lx.COMPANY_WORDS):  # "I just need the numbers: what have we lost at X": ours
        t_owner = without_requester(t_owner)
    t_owner = without_wanting_of_offices(t_owner, mentions)  # "I'd like West's win rate next to East's": theirs
    if own_office and "office" not in scope:
        scope["office"] = "mine"
    # "..., all reps?" widens an "I" that only set the scene ("before my call"); "my win rate company-wide" stays
    wide = company_wide(text) and not names_my_figure(t_owner)
    if "owner" not in scope and not _EVERYONE.search(t_owner):
        if lx.means_my_team(t_owner, text):
            scope["owner"] = "my team"
        elif wide:
            pass  # every rep's deals
        elif (
            any(lx.has(t_owner, w) for w in lx.SELF_WORDS)
            or _BARE_ME.search(text)
            or re.search(
                r" (for|to|by|with|on|take|takes|took|brought|brings?|bringing|got|gave|given|made|makes?|making"
                r"|earn|earned|earns|earning|generates?|generated|from) me ",  # "bought from me", "away from me"
                t_owner,
            )
        ):
            scope["owner"] = "me"  # not "show me"/"tell me": those are about the reply, not ownership
        elif (
            _OWN_STATUS.search(t)
            and not ({"office", "account", "sector", "account_group"} & scope.keys())
            and not any(lx.has(t, w) for w in lx.COMPANY_WORDS)
        ):
            scope["owner"] = "me"  # "qtd numbers pls": a rep's status check is about their own numbers
    if (cue := lx.no_account_cue(t)) is not None and not excluded(t, cue):
        scope["no_account"] = True  # not for "ignore the ones without an account": those are left out anyway
    # "average days between engage date and close date" names the cycle's two ends, not the dates the period is on
    engage_dates = lx.engaged_when(_CYCLE_ENDS.sub(" ", t))
    stage = _stage(t, engage_dates)
    if stage:
        scope["stage"] = stage
    # "what did we win across the Bubba Gump group (it plus its subsidiaries)": the group's deals, not its facts
    # so is a count of its open deals: "Inity + its subsidiaries - how many open deals across them?"
    group_deals = (stage is not None or "deals" in measures) and (
        family
        or _WITH_ITS_SUBSIDIARIES.search(t) is not None
        or _PLUS_ITS_SUBSIDIARIES.search(text) is not None
        or picks_a_member(t)  # "which of Sonron's subs has the most open deals": its deals, company by company
    )
    if (
        "account" in scope
        and subsidiaries
        and (set(measures) - {"deals"} or group_deals)
        and not about_the_parent(t, ("parent",))
    ):
        scope["account_group"] = scope.pop("account")
    scope = subsidiaries_only(t, scope)  # "golddex's subs only, not golddex itself - what did we win from them"
    if cycle is not None:
        scope["cycle_days"] = cycle
        scope.setdefault("stage", "won")  # the cycle is a won deal's measure
    period_text = _without_plans(period_text, today)
    listed = particular_days(period_text, OPEN_START, OPEN_END)  # "on the last day of a quarter (mar 31, jun 30..)"
    period = find_period(listed[1] if listed else period_text, today)
    field = ("engage" if engage_dates else date_field_of(scope.get("stage"), period, today, t)) if period else None
    if period is not None and field != "now":  # "now": the open deals of a period still running are today's
        scope["period"], scope["date_field"] = period.phrase or period.label, field
    if (window := engaged_then_closed(t, today)) is not None:  # "engaged in Q1 that were won in Q2": one cohort
        scope["period"], scope["date_field"], scope["closed_in"] = window[0], "engage", window[1]
    if "closed_in" not in scope and (by_now := closed_by_now(t, scope.get("stage"), today)) is not None:
        scope["closed_in"] = by_now  # "of those engaged in H1, how many have I already won by today?"
    if age is not None and scope.get("stage") in (None, "open", "engaging", "prospecting"):
        scope.setdefault("stage", "open")  # only an open deal has an age: its engage date is the bound
        scope["period"], scope["date_field"] = age, "engage"
    if closed_ago is not None:  # "deals we won over 90 days ago": their close dates
        scope["period"], scope["date_field"] = closed_ago, "close"
    if listed is not None:
        low, high = (period.start, period.end) if period else (date(today.year, 1, 1), date(today.year, 12, 31))
        days = particular_days(period_text, low, high)
        scope["close_days"] = [d.isoformat() for d in days[0]] if days else []
    return scope


_CYCLE_ENDS = re.compile(
    r" (?:between|from) (?:the )?engage(?:ment)? date (?:and|to|till|until) (?:the )?clos\w* "
    r"date "
)
# the group named after its account: "won deals for the group incl Sonron itself", "across the whole family"
THE_GROUP = re.compile(
    r" (?:for|across|over|on|in|of|from|with|at|does|do|did|has|have) (?:the|that|this|its) (?:whole |entire )?"
    r"(?:group|family) "
    r"| (?:incl|including|inc|plus|with|and) (?:the parent )?(?:[\w'-]+ ){0,3}?itself "
)
# the subsidiaries may be pointed back at rather than owned: "which companies sit under X? ... across X + those subs"
_THEIR = r"(?:its|their|those|these|the)"
_WITH_ITS_SUBSIDIARIES = re.compile(
    rf" (?:plus|and|with|including|incl|together with) (?:all )?(?:of )?{_THEIR} (?:subsidiaries|subsidiary|subs) "
)
_PLUS_ITS_SUBSIDIARIES = re.compile(rf"[+&]\s*(?:all\s+)?(?:of\s+)?{_THEIR}\s+(?:subsidiar(?:ies|y)|subs)\b", re.I)
# deals of every rep, whatever "I" the message also says: "how much have they spent with us across all reps", "the
# last time anyone here won at Condax"
_EVERYONE = re.compile(
    r" (?:across|by|from|with|for|among|of) (?:all|every|any) (?:the )?(?:reps?|salespeople|sellers|agents|of us) "
    r"| (?:anyone|anybody|someone|somebody) (?:here|on the team|in the company|at all|ever) "
    r"| (?:across|for|in) the (?:whole |entire )?(?:company|org) "
    # "all West reps, not just mine", "every rep in the office": the office's deals, not only the asker's
    r"| not (?:just|only) (?:mine|me|my (?:own|team|reps|people|deals)|ours|our team) "
    r"| (?:all|every) (?:the )?(?:east|west|central|office|regional) (?:reps?|salespeople|sellers|people|folks) "
)


# a message that opens by asking for "numbers" alone, chat shorthand for the asker's own: "qtd numbers pls", "stats?"
_OWN_STATUS = re.compile(
    r"^ (?:(?:qtd|mtd|ytd|wtd|quarter to date|month to date|year to date|q[1-4]|quarterly|monthly|weekly|today) )?"
    r"(?:numbers|stats|figures|nums) (?:(?:pls|please|plz|quick|real quick|asap|so far) )*(?:-|$|how|what|for)"
    # "got an engaging opp that's gone stale?", "got any wins this week": "(have I) got", the subject dropped
    r"|^ (?:(?:so|ok|okay|hey|quick q|quick one) )?got (?:a|an|any|anything|something|some) "
)


_CLAUSE = re.compile(r"[.?!;:]+(?:\s|$)|\s[-–—]+\s|\s(?:so|but|anyway|and so)\s", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:which|what|whats|how|who|whos|where|when|did|does|do|have|has|is|are|was|were|can|could)\b",
                   re.IGNORECASE)  # fmt: skip


_COMMAND = re.compile(r"\s*(?:pls |please |just )?(?:list|show|pull|give|get me|tell|find|count|name)\b", re.I)


def _without_plans(text: str, today: date) -> str:
    """``text`` without the clauses that only set the scene with a period, when another clause asks the question: a
    future period ("celia wants me to diversify in 2018, so which products have I never won?" asks about no 2018),
    or when the asker means to act ("my open GTK 500 ids? want to chase them in january": no January filter)."""
    clauses = [c for c in _CLAUSE.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return text
    asks = [bool(_ASKS.search(c) or _COMMAND.match(c)) and not PLAN.search(c) for c in clauses]
    kept = []
    for clause, asking in zip(clauses, asks, strict=True):
        period = find_period(clause, today)
        # "not emailing Rangreen today, just prepping": a statement about the asker's day sets the scene too
        day = period is not None and period.start == period.end == today
        aside = period is not None and (period.start > today or day or PLAN.search(clause) is not None)
        kept.append(clause if asking or not aside or not any(asks) else " ")
    return " ".join(kept) if kept != clauses else text


_SUBSIDIARIES = re.compile(
    r" (?:accounts?|customers?|clients?|companies|ones|logos) (?:that|which|who)? ?(?:are|is|were)? ?(?:a )?"
    r"(?:subsidiaries|subsidiary|subs) | subsidiaries of (?:some|a|an|another|other|bigger|larger|parent) "
)
# "me" standing alone as a clause: "quarter-to-date, closed-won dollars, me. go"
_BARE_ME = re.compile(r"(?:^|[,.;:!?(]|\s[-–—])\s*(?:just |only )?me\s*(?:[,.;!?)]|\s[-–—]|$)", re.I)


_SECTOR_NOUN = re.compile(
    r"(accounts?|compan(y|ies)|cos|customers?|clients?|deals?|opps|firms?|businesses|shops?|"
    r"revenue|pipeline|pipe|wins|space|market|players|logos|ones)$"
)
# "how much did I win from medical", "what have we sold in retail": a sale made in the sector, not its department
_SALE_VERB = re.compile(r"(win|won|winning|sold|sell|selling|lost|lose|losing|booked|closed|made|earned)$")
_SALE_FILLERS = frozenset(
    "anything something much most more least less of it them the this last year quarter month so far ytd to date"
    " ".split()
)


def _names_a_sector(t: str, tokens: list[str], m: Mention) -> bool:
    """ "software company", "the retail accounts", "deals in medical", "which sector": the sector as a filter; not
    "finance is asking again" (the department)."""
    if re.search(r" (sector|sectors|industry|industries|vertical|verticals) ", t):
        return True
    after = [lx.normalised(w).strip() for w in tokens[m.end : m.end + 2]]  # "accts" reads "accounts"
    before = [lx.normalised(w).strip() for w in tokens[max(0, m.start - 5) : m.start]]
    return any(_SECTOR_NOUN.match(w) for w in after) or (
        bool(before)
        and before[-1] in ("in", "within", "from", "across")
        and (any(_SECTOR_NOUN.match(w) for w in before) or _sold_there(before[:-1]))
    )


def _sold_there(before: list[str]) -> bool:
    """ "won from", "sold the most in", "lost this year in": a sale verb right before the place, nothing else
    named between ("lost the sign-off from finance" is the department)."""
    for i in range(len(before) - 1, -1, -1):
        if _SALE_VERB.match(before[i]):
            return True
        if before[i] not in _SALE_FILLERS:
            return False
    return False


def about_the_parent(t: str, facts: tuple[str, ...]) -> bool:
    """ "how much have we won from the parent itself": a figure about the account's parent, not the account."""
    return "parent" in facts and re.search(r" (from|with|at|for|of|by) (the|its|their|that) parent ", t) is not None


_EXCLUDE = re.compile(
    r" (ignore|ignoring|exclude|excluding|except|minus|leave out|leaving out|not counting|skip|not|but not"
    r"|skipping|drop|dropping|apart from|other than|filter out|remove|removing|disregard|forget) "
)


def excluded(t: str, cue: str) -> bool:
    """ "ignore the ones without an account": the cue names what to leave out, not what to keep."""
    before = t[: t.find(f" {cue} ") + 1]
    return _EXCLUDE.search(" ".join(before.split()[-5:]).join("  ")) is not None


_OPEN_WITH_ITS_PART = re.compile(
    r" (?:incl|including|inc|with|plus|counting|\+|and) (?:the ones |those |the deals |deals |ones |the )?"
    r"(?:(?:still|that are|that're|in|currently) )*(?:prospecting|engaging)(?: ones| deals| too| as well)?"
    r" (?:(?:too|as well|also) )?(?:pls |please )?$"
    # said as an aside anywhere: "open opps (prospecting counts)", "open pipe, engaging ones included, by rep"
    r"| (?:prospecting|engaging)(?: ones| deals| stage)? (?:counts|count|included|incl|too|as well|counted) "
)


def _stage(t: str, engage_dates: bool) -> str | None:
    t = without_subset_stage(t)
    t = _WHATEVER_STAGE.sub(" ", t)  # "doesn't matter if they closed since": every stage counts
    t = _ANY_STAGE.sub(" ", t)  # "whatever stage those deals are in now", "pipeline build-up": no stage filter
    t = re.sub(r" win (rate|%|pct|percentage|ratio) ", " ", t)
    t = re.sub(r" (closed|won|signed|booked) at (full )?(list|full)", " ", t)  # "if they all closed at list price"
    t = DONE_FOR_THE_YEAR.sub(" ", t)  # "any open opps left or am I fully closed out?": the asker done, no stage
    if engage_dates:  # "deals engaged in March" is a date, not the stage; "deals in engaging" still is
        for cue in lx.ENGAGE_DATE_CUES:
            t = re.sub(f" {cue}", " ", t)
        t = t.replace(" engaged ", " ")
    found = [stage for word, stage in lx.STAGE_WORDS.items() if lx.has(t, word)]
    kept = NEGATED_STAGE.sub(" ", t)  # "still prospecting (not engaging yet)": the negated stage is no filter
    if len(set(found)) > 1 and (affirmed := [stage for word, stage in lx.STAGE_WORDS.items() if lx.has(kept, word)]):
        dropped = set(found) - set(affirmed)
        found = affirmed
        if set(found) == {"open"} and len(dropped & {"engaging", "prospecting"}) == 1:
            return ({"engaging", "prospecting"} - dropped).pop()  # "my open pipe, excluding prospecting": engaging
    if "open" in found and _OPEN_WITH_ITS_PART.search(t):
        return "open"  # "open deals count, incl the ones still prospecting": a part of open named as included
    specific = [s for s in found if s != "open"] or found
    distinct = set(specific)
    if len(distinct) == 2 and "closed" in distinct and distinct & {"won", "lost"}:
        distinct.discard("closed")  # "the last time we won at X? who closed it": won is the closed deal meant
        specific = [s for s in specific if s != "closed"]
    if {"won", "lost"} <= distinct <= {"closed", "won", "lost"} and re.search(r" clos(?:e|ed|es|ing) ", t):
        return "closed"  # "how many have I closed (won+lost)": the two spell out what closed means
    if len(distinct) > 1:  # "won, lost, engaging and prospecting": a breakdown, not a filter
        return None
    return specific[0] if specific else None


# any stage said out, or new pipeline made (deals engaged), not what is open today: "All East reps, whatever stage those
# deals are in now", "pipeline gen for the review: how many new deals did my team start engaging in H2"
_ANY_STAGE = re.compile(
    r" (?:whatever|any|all|every) stages?(?: (?:they're|they are|those deals are|the deals are|theyre|it's|its)"
    r" (?:in|at)(?: now| today)?)? "
    r"| pipe(?:line)? (?:gen|generation|generated|build-?up|build|building|created|creation|added|adds|growth) "
)


# a stage named only to say it doesn't matter: "doesn't matter if they closed since", "whether or not they've won",
# "regardless of whether they're still open", "won or lost, don't care"
_WHATEVER_STAGE = re.compile(
    r" (?:(?:it )?(?:doesn't|doesnt|does not) matter|no matter|regardless of|irrespective of|never mind|don't care"
    r"|dont care|do not care|even) (?:if|whether|whether or not) (?:[\w'-]+ ){0,3}?"
    r"(?:closed|won|lost|open|engaging|prospecting|signed)(?: (?:or not|since|yet|already|now|or (?:won|lost|not)))* "
    r"| whether or not (?:[\w'-]+ ){0,3}?(?:closed|won|lost|open|engaging|prospecting)(?: since| yet| already| now)* "
)

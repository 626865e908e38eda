"""Messages that ask several things at once: "how many did I win last month? and how many did I lose... oh and
how big was the biggest win". Each clause is read as its own question; later clauses keep the scope the first
one set (whose deals, which period) unless they name their own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from agents.offline import dutch, german, spanish, spelling
from agents.offline import lexicon as lx
from agents.offline.account_shapes import carried_account_facts
from agents.offline.addressee import addressee_dropped
from agents.offline.asked_of_another import asked_of_another
from agents.offline.asked_tails import without_trailing_asides
from agents.offline.catalogue_first import counts_its_products
from agents.offline.chained import LEADER, fact_of_them, leader_keys, standing_for_the_leader, waiting_for_the_leader
from agents.offline.clause_breaks import A_FIGURE, BREAK, GROUP, GROUP_BREAK, MY_FIGURE, THE_FIGURE
from agents.offline.clause_tidy import asides_joined, counts_a_whole, model_said_short, remarks_dropped, the_whole_open
from agents.offline.corrections import name_corrected, period_corrected, restarted
from agents.offline.coverage import pipeline_against_won
from agents.offline.domain import off_domain
from agents.offline.draft_to_leader import draft_to_the_leader
from agents.offline.drafts_each import drafts_to_each
from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.figures_in_a_row import added_figure, figures_in_a_row
from agents.offline.focus import focus, resolve, to_date_carried
from agents.offline.in_stage_since import in_stage_since
from agents.offline.leader_inside import leader_asked_inside
from agents.offline.left_out import excluded
from agents.offline.listed import (
    NUMBERED,
    addressed_items,
    counts_in_a_row,
    lead_asks_for_items,
    listed_after_colon,
    numbered_lead,
    numbered_sides,
)
from agents.offline.mine_asked import as_mine, mine_asked
from agents.offline.money_words import money_in_digits
from agents.offline.occasion_dates import named_occasions_dropped, occasion_dates_dropped
from agents.offline.parser import read, tool_calls
from agents.offline.question import Question
from agents.offline.quoted_answer import quoted_answer_as_mine
from agents.offline.quoted_colleague import quoted_colleague
from agents.offline.remark_first import question_after_remark
from agents.offline.scope import THE_GROUP
from agents.offline.set_aside import set_aside_spelled_out
from agents.offline.spoken import as_typed
from agents.offline.whose_carried import whose_carried
from agents.period_holidays import holidays_as_dates
from agents.periods import full_year_said
from memory.normalise import name_key

# what is held now, then what happened, each counted with a verb of its own: "how many open deals do we have with
# them and how many did we lose all time?"; not one cohort told two ways ("how many did we win and how many lose")
_HELD_THEN_DONE = re.compile(
    r"^(.*\bhow many\b[^?]*?\b(?:do|does) (?:we|i|they|you|u) (?:still )?(?:have|hold|carry|own)\b[^?]*?)"
    r"\s+and\s+(how many (?:did|have|has|had) [^?]*\??)\s*$",
    re.IGNORECASE,
)
_TAIL_WORDS = 3
# thanks after the questions asks nothing: "...? Thanks so much in advance!"
_THANKS = re.compile(
    r"(?:thanks|thank you|thx|ty|cheers|many thanks|much appreciated|appreciate it)\b[^?]*$", re.IGNORECASE
)
_ANSWERABLE = ("figure", "ranking", "list", "facts", "roster", "distinct", "share", "accounts", "against", "catalogue",
               "org", "pipeline")  # fmt: skip
# what a later clause takes over from the first ("and how many did I lose": mine, last month). Not the stage:
# "how many did I win? and my win rate?" asks the rate over all closed deals.
# ... but "also which one's been sitting the longest" picks among the deals just counted: their stage too
# "and what's the biggest one", "what was the single largest one worth"
_ONE_OF_THEM = re.compile(r"\b(?:which|the(?: [\w-]+){1,2}) (?:one|ones)\b", re.IGNORECASE)
# the deals just counted: "how many of those", "and for those, which product did we lose most often"
_AMONG = re.compile(
    r"\bhow many (?:of|among) (?:those|these|them)\b|^(?:and |also |plus )?(?:for|of|among|out of) (?:those|these)\b",
    re.I,
)
_DEALS_NAMED = re.compile(
    r"\b(?:deals?|opps?|opportunit\w*|wins?|won|loss\w*|lost|los[ei]|closed?|open|pipeline|pipe|revenue|rate"
    r"|engag\w*|prospect\w*)\b",
    re.IGNORECASE,
)
# a first clause that opens on its figure with no one's name or pronoun: "lost how many this yr & what's my open
# stuff worth": the asker's, as the next clause says
_SUBJECTLESS = re.compile(
    r"^\s*(?:won|lost|closed|win rate|wr|wins|losses|open|pipeline|pipe|engaging|prospecting)\b"
    r"(?!.*\b(?:we|our|us|company|team|everyone|all|total|overall|org|i|my|me)\b)",
    re.IGNORECASE,
)
# a later clause that says which date its own period is of: "and how many did I win in Q1", "engaged in Q2"
_DATED_BY = re.compile(
    r"\b(?:won|win|wins|lost|lose|loss\w*|clos\w*|engag\w*|sign\w*|book\w*|start\w*|began|begun|open\w*)\b", re.I
)
_SHARED = ("owner", "office", "account", "account_group", "parent", "product", "products", "sector", "headquarters",
           "no_account", "period")  # fmt: skip


def read_message(text: str, gazetteer: Gazetteer, today: date) -> Question:
    """The question in ``text``, or a "multi" question of its parts when it asks several answerable things."""
    # "wie viele...?", "hoeveel deals...?", "> dealbot: Your total for Q3 is..."
    text = quoted_answer_as_mine(dutch.in_english(german.in_english(as_typed(text))))  # dictated: as if typed
    text = addressee_dropped(text, gazetteer)  # "how many did I win in Q4? thanks kami": asked of no Kami
    text = quoted_colleague(text, gazetteer)  # '> Cara Losch: "which East rep has the most open deals?" answer pls'
    text = money_in_digits(text)  # "over five grand": read as "over 5 grand"
    text = spelling.corrected(text, lambda word: name_key(word) in gazetteer.aliases)  # "opps got engagd"
    text = restarted(text)  # "my office vs Cara's... wait no, we're both East. ok then: my team vs Cara's team"
    text = occasion_dates_dropped(text)  # "kan-code QBR is jan 3. how many deals have we lost there": no period
    text = named_occasions_dropped(text, today)  # "q3 forecast call tmrw. my won rev last month?": last month's
    text = holidays_as_dates(text, today)  # "since Labor Day": since September 4
    text = full_year_said(text)  # "what % of my full-year 2017 won revenue was that": 2017's
    text = in_stage_since(text, today)  # "sitting in Engaging since last year": engaged before this year, still there
    text = period_corrected(text, today)  # "for Q3.. wait no, I mean Q2": the period as meant
    text = name_corrected(text, gazetteer)  # "on GTX Plus Basic.. sorry, I meant GTX Basic": the one meant
    text = set_aside_spelled_out(text)  # "(carol has no deals, ignore her)": "leave her out"
    text = numbered_sides(text)  # "Q3 won revenue (1) for me (2) for Kami": one figure for each
    text = asked_of_another(text, gazetteer, today, read)  # "my won rev in Q4? and my team's?": one for each
    text = leader_asked_inside(text)  # "how many deals does our biggest account have": the leader, then its deals
    if (drafted := draft_to_the_leader(text, gazetteer, today, read)) is not None:
        return drafted  # "draft a check-in to my #1 acct": the account found first, then the draft to it
    if (each := drafts_to_each(text, gazetteer, today, read)) is not None:
        return each  # "draft a check-in email to Treequote and Kan-code": one draft each
    return off_domain(_read_message(text, gazetteer, today), text, gazetteer)


def _read_message(text: str, gazetteer: Gazetteer, today: date) -> Question:
    if (before := mine_asked(text)) and (mine := as_mine(read_message(before, gazetteer, today), text, before)):
        return mine  # "Rocco wants everyone's 2017 won revenue for the team sheet. what's mine?"
    scene, request = focus(text, gazetteer)
    if scene:  # the preamble only sets the scene; it may name who the request's "there" or "them" is
        request = to_date_carried(scene, request, today)  # "boarding in 20 qtd for me - # of wins?": QTD's
        asked = read_message(resolve(scene, request, gazetteer), gazetteer, today)
        return replace(asked, text=text) if asked.style == "draft" else asked  # the draft keeps the occasion
    whole = read(text, gazetteer, today)
    if (covered := pipeline_against_won(lx.normalised(text), whole.scope, today)) is not None:
        return replace(covered, text=text)  # "coverage: open pipeline vs what we won last qtr": two figures
    items = None
    if whole.style == "facts" and (each := _facts_of_each(text, whole, gazetteer)) is not None:
        return each  # "hottechi or isdom - which is bigger by headcount?": the fact of both
    breaks = GROUP_BREAK if GROUP.search(text) else BREAK
    clauses = [c.strip() for c in breaks.split(text) if c.strip(" .,!()-") and not _THANKS.match(c.strip())]
    clauses = [part for c in clauses for part in counts_in_a_row(c)]
    clauses = asides_joined(remarks_dropped(clauses, lambda c: _asks_nothing(read(c, gazetteer, today))))
    if (
        whole.style == "loss_reasons"
        and len(clauses) >= 2
        and (why := _why_then_asked(text, clauses, gazetteer, today))
    ):
        return why  # "why do i keep losing at hottechi?? how many have i won vs lost with them": both said
    if len(clauses) == 1 and whole.style in ("figure", "list") and (items := listed_after_colon(text)) is not None:
        clauses = items  # "For Kami: win rate this year, # of open deals, and her biggest win": each for Kami
    clauses = [c for c in clauses if not c.endswith(":")] or clauses  # "3 things for my staff mtg:" asks nothing
    clauses[1:] = [question_after_remark(c, _full_question) for c in clauses[1:]]  # "crm says so. how many did i"
    if len(row := [part for c in clauses for part in figures_in_a_row(c, today) or [c]]) > len(clauses):
        clauses = items = row  # "won revenue in October, won revenue for November to date": each its own
    lead = numbered_lead(text)
    if (
        len(clauses) > 2
        and lead
        and clauses[0] == lead
        and (lead_asks_for_items(lead) or read(lead, gazetteer, today).style not in _ANSWERABLE)
    ):
        clauses = clauses[1:]  # "quick one before my 1:1 - (1) my Q3 wins (2) my pipeline": the lead asks nothing
        clauses = addressed_items(lead, clauses, gazetteer)  # "Hayden - please bring (1) your won revenue": Hayden's
    if len(clauses) == 1 and (held := _HELD_THEN_DONE.match(text)) is not None:
        clauses = [held.group(1), held.group(2)]  # "how many open deals do we have there and how many did we lose"
    added = len(clauses) >= 2 and added_figure(clauses[-1])  # "..., open deals count? + my q4 won rev"
    listed = len(NUMBERED.findall(text)) >= 2 or items is not None or added  # each item listed is a question
    short_tail = (  # a figure added at the end is a question of its own, not the tail of the one before
        len(clauses) >= 2 and len(clauses[-1].split()) <= _TAIL_WORDS and not _full_question(clauses[-1]) and not added
    )
    if short_tail and fact_of_them(clauses[-1]) and leader_keys(read(clauses[-2], gazetteer, today)):
        short_tail = False  # "top acct by won $ for me? + their hq": a fact of the account found, asked apart
    if short_tail and not listed:
        clauses[-2:] = [f"{clauses[-2]} {clauses[-1]}"]  # "...in H2? all reps": the tail belongs to the question
    asks_several = len(clauses) >= 2 and whole.style in (*_ANSWERABLE, "compare")
    if not asks_several:
        return whole
    opened = read(clauses[0], gazetteer, today)
    if opened.style == "catalogue" and whole.style == "figure" and counts_its_products(whole, opened):
        return Question("multi", text=text, parts=(opened, whole))  # "GTK 500 list price? and how many are open"
    clauses[1:] = [_pointing_back(c, opened) for c in clauses[1:]]
    clauses, waiting = waiting_for_the_leader(
        clauses, opened, gazetteer, _QUESTION
    )  # "..., and how much from that sector?"
    if not (listed or _all_questions([c for i, c in enumerate(clauses) if i not in waiting], opened)):
        return whole  # "my oldest deal? opp id + account pls": the second clause only refines the first
    parts = [opened, *(read(c, gazetteer, today) for c in clauses[1:])]
    if (
        whole.style == "ranking"
        and len(clauses) - 1 not in waiting
        and re.match(r"which\b", clauses[-1], re.IGNORECASE)
        and parts[-1].style == "ranking"
        and not _DEALS_NAMED.search(parts[-1].text)
    ):
        return whole  # "how large is the engaging pile, and which rep is sitting on the most": the pile, ranked
    answerable = sum(p.style in (*_ANSWERABLE, "compare") for p in parts)  # a side by side may be one of them
    if len(parts) != answerable or len({_shape(p) for p in parts}) < len(parts):
        return whole  # a clause the parts can't answer, or two asking the same thing: read it as one
    first = parts[0]
    if "owner" not in first.scope and _SUBJECTLESS.match(first.text) and parts[1].scope.get("owner") == "me":
        first = replace(first, scope={**first.scope, "owner": "me"})  # "lost how many this yr & what's my open.."
    merged = [first]
    for i, part in enumerate(parts[1:], 1):
        part = whose_carried(first, part)  # noqa: PLW2901 - "for my team: X in Oct, Y in Nov": Y is the team's too
        picks_among = (
            _ONE_OF_THEM.search(part.text)
            or _AMONG.search(part.text)
            or (part.measures in ((), ("deals",)) and not _DEALS_NAMED.search(part.text))
        )  # "... prospecting backlog? and who's got the biggest pile": the pile is that backlog
        shared = (*_SHARED, "stage") if picks_among else _SHARED
        inherited = {k: v for k, v in first.scope.items() if k in shared and k not in part.scope}
        if inherited.get("owner") == "me" and "me" in part.scope.get("exclude_owners", ()):
            del inherited["owner"]  # "how many do I have there? and who else is working deals there": the others
        if part.scope.get("office") not in (None, "mine") and inherited.get("owner") in ("me", "my team"):
            del inherited["owner"]  # "who on my team has the most open pipe, and the east office total": the office's
        if "product" in part.scope:
            inherited.pop("products", None)  # "GTX Pro and GTX Basic list prices, and my best GTX Pro win": that one
        if {"account", "account_group", "parent"} & part.scope.keys():  # "X's subs? and across X and the subs"
            inherited = {k: v for k, v in inherited.items() if k not in ("account", "account_group", "parent")}
        elif "account" in inherited and THE_GROUP.search(lx.normalised(part.text)):
            inherited["account_group"] = inherited.pop("account")  # "X's subs? plus open deals across the group"
        inherited.update(carried_account_facts(first, part))  # "10k+ employee accts? and which of those ..."
        if (
            "period" in inherited
            and part.scope.get("stage") in ("open", "engaging", "prospecting")
            and first.scope.get("date_field") != "engage"
        ):
            del inherited["period"]  # "won since september, plus what's my open pipeline": open now, never closed
        inherited = the_whole_open(part.text, part.scope.get("stage"), inherited)  # "... and how many open in total"
        if _OUT_OF.match(part.text):  # "out of how many total": the whole the count was taken from
            # "how many did we lose? out of how many": all stages; "sitting >180 days? out of how many open": any age
            counted = ("stage",) if first.scope.get("stage") in ("won", "lost") else ("period", "date_field")
            inherited = {k: v for k, v in inherited.items() if k not in counted}
        if "period" in inherited:
            inherited["date_field"] = first.scope.get("date_field", "close")
            closing = {part.scope.get("stage"), part.count_stage} & {"won", "lost", "closed"}
            closing |= {"win_rate", "loss_rate"} & set(part.measures)  # "..., and the win rate": of deals closed then
            if closing and "engag" not in part.text.lower() and not picks_among:
                inherited["date_field"] = "close"  # "... engaged in August, and how many did I close that month?"
        if i in waiting:  # filled in with what the first part finds, once it is found
            key, named = waiting[i]
            inherited = {k: v for k, v in inherited.items() if k != "owner"}  # whose: the leader's or the part's own
            own = standing_for_the_leader(part, named, first)
            merged.append(replace(part, scope={**inherited, **own, key: LEADER}))
            continue
        own_scope = dict(part.scope)
        if "period" in own_scope and first.scope.get("date_field") == "engage" and not _DATED_BY.search(part.text):
            own_scope["date_field"] = "engage"  # "...start engaging in H2 2016, and how many in H1 2017?": engaged too
        merged.append(replace(part, scope={**inherited, **own_scope}))
    calls = [repr(tool_calls(p)) for p in merged]
    if len(set(calls)) < len(calls):
        return whole  # "where do we stand with X? how many won, lost..": one set of figures answers both
    return Question("multi", text=text, parts=tuple(merged))


def _why_then_asked(text: str, clauses: list[str], gazetteer: Gazetteer, today: date) -> Question | None:
    """A "why" the CRM can't answer, then the figures asked after it: the first said (no loss reason is kept), the
    others answered, with "them" the account the "why" named."""
    why = read(clauses[0], gazetteer, today)
    if why.style != "loss_reasons":
        return None
    rest = _pointing_back(text[text.find(clauses[1]) :], why)
    asked = _read_message(rest, gazetteer, today)
    if asked.style not in (*_ANSWERABLE, "compare", "multi"):
        return None
    return Question("multi", text=text, parts=(why, *(asked.parts or (asked,))))


def _facts_of_each(text: str, q: Question, gazetteer: Gazetteer) -> Question | None:
    """The same profile facts of every account named, not only the first one's."""
    tokens = tokens_of(text)
    mentions = find_mentions(gazetteer, tokens)
    left_out = excluded(tokens, mentions)
    named = [m for m in mentions if m.kind == "account" and m not in left_out]
    names = list(dict.fromkeys(m.name for m in named))
    joined = all(set(tokens[a.end : b.start]) <= _JOINING for a, b in zip(named, named[1:], strict=False))
    if len(names) < 2 or q.scope.get("account") != names[0] or not joined:
        return None  # "Hottechi's HQ, not Isdom's": one account's
    return Question("multi", text=text, parts=tuple(replace(q, scope={**q.scope, "account": n}) for n in names))


_JOINING = {"or", "and", "vs", "versus", "v", "plus", "&", "+", "and/or", "compared", "to", "with"}

_QUESTION = re.compile(
    r"^(?:(?:and|also|plus|oh|oh and|and also|then|out of)\s+)*"
    r"(?:(?:(?:pls|please|can you|could you) )?(?:remind|tell|show) me\s+|let me know\s+)?"  # "and remind me what ..."
    r"(?:how (?:many|much|big|large|long)|what|what's"
    r"|whats|which|who|who's|whos|where|is|are|was|were|do|does|did|has|have|had"
    # "also total won deal count for the group": a figure asked for by name after a connective
    r"|(?:(?<=also )|(?<=plus ))(?:the |my |our )?(?:total|overall|combined|number|count|sum)"
    # "also open count rn", "and kami's win count for q4": the figure named, whose and when after it
    # ... or a team's: "and the team's open count"
    rf"|(?P<figure>(?:(?<=also )|(?<=plus )|(?<=and ))"
    rf"(?:(?:(?:the |my |our )?[\w-]+'s )?{A_FIGURE}|{MY_FIGURE}|{THE_FIGURE})))\b"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _all_questions(clauses: list[str], opened: Question) -> bool:
    """Whether each clause asks a question of its own (``opened`` is the first one read). The first may also name an
    account and the facts wanted about it without a question word ("sonron's subsidiaries - who are they?"): it
    points back at nothing before it."""
    # ... or a figure asked for by name: "company-wide win rate Q3 vs Q4, plus which office had the best Q4"
    opening = _full_question(clauses[0]) or opened.style in (*_ANSWERABLE, "compare")
    return opening and all(map(_full_question, clauses[1:]))


def _pointing_back(clause: str, first: Question) -> str:
    """A later ``clause`` with what it points back at in the ``first`` spelled out: the account named ("Ganjaflex: HQ
    + sector? and what did we win from them in Q4"), or the accounts described ("how many accounts in telecom, and
    which one of them won most")."""
    clause = model_said_short(clause, first.scope)  # "... GTK 500s? and what does a 500 list at"
    if named := first.scope.get("account"):
        clause = _THEM.sub(rf"\1 {named}", clause)
    if _described_accounts(first):
        clause = _WHICH_OF_THEM.sub("which account", clause)
    if (period := first.scope.get("period")) and _SHARE_WAS_THAT.search(clause):
        clause = _WAS_THAT.sub(f" came in {period}", clause)  # "won $ in October? what % of Q4's was that?"
    return clause


def _described_accounts(q: Question) -> bool:
    """Accounts found by what they are (a sector, a country), not one account's subsidiaries."""
    return q.style == "accounts" and not {"account", "account_group", "subsidiary", "parent"} & q.scope.keys()


# the figure just given as a part of a longer period's: "and what share of the whole Q4 won revenue was that"
_SHARE_WAS_THAT = re.compile(r"\b(?:share|%|percent|percentage|proportion|fraction|pct) of\b", re.IGNORECASE)
_WAS_THAT = re.compile(r" (?:was|is) (?:that|this|it)\b", re.IGNORECASE)
_OUT_OF = re.compile(r"^\s*(?:and\s+)?out of how (?:many|much)\b", re.IGNORECASE)
_WHICH_OF_THEM = re.compile(r"\bwhich (?:one )?of (?:them|those|these)\b", re.IGNORECASE)
_THEM = re.compile(r"\b(from|with|at|to) them\b", re.IGNORECASE)


# "which account and what product", "which customer and how much was it for": what to say about the deal just asked
# for, not a question of its own
_DETAILS = re.compile(
    r"^(?:(?:and|or|\+|&|which|what|who|whats|what's|how much|how big|was|is|it|for|the|its|their|pls|please"
    r"|account|customer|client|company|product|rep|owner|amount|value|date|id|opp|stage)\b\s*)+$",
    re.IGNORECASE,
)


# a time or scope set before the question word: "since jul 1 how many deals have I lost?", "in Q3, what did I win"
_LEAD_IN = re.compile(
    r"^(?:(?:and|also|plus),? )?(?:(?:since|from|in|during|for|over|after|before|through|across|between|starting)\b"
    r"[^?.!]{1,40}?|(?:of|among|out of) (?:those|these|them)\b[^?.!]{0,40}?)[\s,]+"
    r"(?=(?:how|what|which|who)\b)",
    re.IGNORECASE,
)


_STAGE_COUNTED = re.compile(
    r"(?:were|was|did we|did i|have we|have i|got) (?:won|lost|closed|engaged|win|lose|close)\b"
)


# ... narrowed by a filter of its own ("are with software accounts"), not by a stage ("are still engaging"): the
# stage of those just counted is in the first answer's breakdown
_AMONG_THOSE = re.compile(
    r"^(?:of|among) (?:those|these|them) (?:are |were |is |was )?(?=(?:with|at|for|from|in|on) )"
    # "..., and how many of those are mine": the asker's share of the deals just counted
    r"|^(?:of|among) (?:those|these|them) (?:are|were|is|was) (?=(?:mine|ours|my own|our own)\b)",
    re.IGNORECASE,
)
_OF_EACH = re.compile(
    r"\b(?:of|on|for|with) each\b(?! (?:of )?(?:month|quarter|rep|product|office|sector|account|year|week|team"
    r"|manager|customer|industry)s?\b)",
    re.IGNORECASE,
)


def _full_question(clause: str) -> bool:
    """A clause that is a question of its own ("and how many did I lose"), not a fragment ("how many", "ids pls")."""
    if (english := spanish.in_english(clause.lower())) != clause.lower():
        clause = english  # "y cuántos deals abiertos son en total": "and how many open deals are in total"
    clause = _LEAD_IN.sub("", without_trailing_asides(clause.strip()), count=1)  # "... and what is it": the leader's
    if _OUT_OF.match(clause):
        return True  # "out of how many open total": the whole the count before is part of
    if _DETAILS.match(re.split(r"[.!]", clause.strip(" ,.!-"))[0].strip() + " "):
        return False
    found = _QUESTION.match(clause.strip(" ,.!-"))
    if found is None:
        return False
    # ", and which": two words; but "and how many were won" counts a stage of its own
    words = len(re.findall(r"\w[\w'-]*", found.group("rest")))
    short = words < 3 and not _STAGE_COUNTED.match(found.group("rest")) and not found.group("figure")
    if short and not counts_a_whole(found.group("rest")):  # not "and how many open altogether"
        return False
    rest = re.sub(r"\b(?:this|that) (?:year|yr|quarter|qtr|q|month|mo|week|wk)\b", "", found.group("rest"), flags=re.I)
    rest = re.sub(r"\b(?:alongside|along with|next to|beside|besides|with) (?:it|that|this)\b", "", rest, flags=re.I)
    # "across X + those subs": the group is named again, so "those" points at nothing left unsaid
    rest = re.sub(
        r"(?:\+|&|\band|\bplus|\bwith) (?:(?:those|these|its|their) (?:subs|subsidiaries|companies)\b"
        r"|(?:those|these)\))",
        "",
        rest,
        flags=re.I,
    )
    if _OF_EACH.search(rest):
        return False  # "how many of each have I closed": each of the things the clause before named
    # "..., and how many of those are with software accounts": a count of its own among the deals just counted
    rest = _AMONG_THOSE.sub("", rest, count=1)
    if re.match(r"(?:who|which|what) (?:rep|reps|person|people|seller|sellers)?\b", found.group(0).strip(), re.I):
        rest = re.sub(r"\b(?:their|they)\b", "", rest, flags=re.I)  # "which rep closed their wins fastest": theirs
    return re.search(r"\b(?:it|its|that|this|them|those|these|they|their)\b", rest, re.I) is None  # "who closed it"


def _asks_nothing(q: Question) -> bool:
    return q.style in ("out_of_scope", "help") and not q.scope and not q.measures


def _shape(q: Question) -> tuple[object, ...]:
    """What a clause asks, and of whom: "how many has carl won, and kami's win count" asks one thing of two reps."""
    # ... and when: "won revenue in October, won revenue in November" asks two figures
    return (q.style, q.measures, q.scope.get("stage"), q.count_stage, q.group_by, q.sort, q.scope.get("owner"),
            q.scope.get("period"))  # fmt: skip

"""Everyday chat about one's own sales, read before the figure machinery: "what did we close in Q3?", "how's my
quarter looking?", "anything closing soon?", "what's stuck?", "how many did I lose to price?". Each is gated on a
seller's subject (I, we, the team, a rep) or a deal word, so "how are you doing" or "who won the cup" stay out."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline import priorities
from agents.offline.question import Question, ToolCall
from agents.periods import find_period

_WHO = r"(?P<who>we|i|the (?:whole |entire )?team|my team|our team|my reps|my people|my guys|the reps|they)"
_VERBS = {"win": "won", "won": "won", "close": "won", "closed": "won", "sell": "won", "sold": "won", "book": "won",
          "booked": "won", "sign": "won", "signed": "won", "land": "won", "landed": "won", "bag": "won",
          "bagged": "won", "bring in": "won", "brought in": "won", "pull in": "won", "pulled in": "won",
          "lose": "lost", "lost": "lost", "drop": "lost", "dropped": "lost"}  # fmt: skip
# "what did we win in Q3", "what have I closed so far", "what'd the team sell last month": the verb picks the stage
_VERB_LED = re.compile(
    rf" what(?:'d| did| have| has|'ve| do| does) {_WHO} (?:actually |really |already |even |end up |ended up )?"
    rf"(?P<verb>{'|'.join(_VERBS)})(?: up)?(?= )(?! (?:rate|ratio|percentage|%|the cup|the game|the match))"
)
# "did the team close anything yesterday", "anything won this week?", "any deals lost last week": a check on one's
# latest results, read like "what did we close"; not "did they sign anything" (no seller), "anything I should know"
_ANYTHING_DONE = re.compile(
    rf" (?:did|have|has|'ve) {_WHO} (?:actually |already |even |managed to )?(?P<verb>{'|'.join(_VERBS)})"
    r" (?:anything|something|any deals?|any) "
    r"|^ (?:(?:is|was|has|have|got) )?(?:anything|something|any deals?) (?:been |get |got |gotten )?"
    r"(?P<done>won|closed|lost|signed|booked|landed|dropped|sold)(?= )"
)
# "how are we doing", "how did I do last month", "how's my quarter looking", "how is the team tracking"
_HOW_DOING = re.compile(
    rf" how(?:'s|s|'re|'d|'ve| is| are| am| did| do| does| was| were| have| has)? (?:{_WHO}"
    r"|my (?P<span>quarter|month|year|week|numbers)|our (?P<our>quarter|month|year|week|numbers)|things|it)"
    r" (?:been )?(?:doing|do|done|going|go|looking|look|tracking|trending|shaping up|performing|perform|pacing"
    r"|stacking up)(?= )"
)
# "what's my number this quarter", "my numbers for Q3", "gimme the team numbers ytd", "numbers for the qtr?" (the
# asker's own), "where am I at this month"
_MY_NUMBER = re.compile(
    r"^ (?:(?:hey|hi|ok|okay|so|quick one|quick q|yo) )*(?:(?:what(?:'s| is| are| were| was)?|gimme|give me|get me"
    r"|show me|pull up|pull|can i (?:get|see|have)|could i (?:get|see|have)|can (?:you|u) (?:give me|show me|pull up"
    r"|pull|get me)|could you (?:give me|show me|pull up|pull|get me)|i need|need|lemme see|let me see) )?"
    r"(?:(?P<whose>my|our|the team's|the teams|my team's|the team|my team) )?(?:number|numbers|nums|stats)(?= )"
    r"| where (?P<at>am i|are we|is the team) (?:at|sitting)(?= )"
)
_OWNERS = {"my": "i", "am i": "i", "our": "we", "are we": "we"}  # any other: the team
_SPAN_PERIODS = {"quarter": "this quarter", "month": "this month", "year": "this year", "week": "this week"}
# "anything closing soon", "what's about to close", "deals due to close this month", "open deals closing this quarter"
_CLOSING_SOON = re.compile(
    r" (?:closing|close|closes|to close|land|landing) (?:soon|shortly|next|imminently|any day"
    r"|this (?:week|month|quarter|qtr|year)|(?:by|before) (?:the )?end of (?:the )?(?:month|quarter|qtr|year)"
    r"|in the next)(?= )| (?:about|due|expected|likely|set) to (?:close|land|sign)(?= )"
)
# what already closed: "what'd the team close this month", "which deals did I close this year"
_DONE = re.compile(r" (?:closed|won|lost) | (?:did|didn't|didnt) (?:\w+ ){1,2}?(?:close|land|sign) ")
# "which deals need attention", "what should I work on today", "what's stuck", "where should I focus"
_ATTENTION = re.compile(
    r" (?:need|needs|needing|require|requires) (?:my |our |some |urgent |immediate )?(?:attention|a push|a nudge|love)"
    r"| (?:what|which deals?|which opps?|which (?:of )?(?:my|our|the team s|the) (?:deals|opps)|where) should"
    r" (?:i|we|my team) (?:work on|focus on|focus|prioriti[sz]e"
    r"|look at|chase|spend (?:my|our) time on|be working on)"
    r"| (?:what|which|anything|deals|opps|opportunities|ones) (?:is |are |s |re |that are |that's |thats )?(?:stuck"
    r"|stale|sitting idle|idle|gathering dust)"
    r"| (?:stuck|stale|neglected|forgotten) (?:deals|opps|opportunities)"
)
# "how many did I lose to price", "deals lost on budget", "why did we lose", "our top loss reasons"
_LOSS_REASON = re.compile(
    r" (?:lose|lost|losing|loses) (?:\w+ ){0,3}?(?:to|on|over|because of|due to|for) (?:the )?(?:price|pricing|cost"
    r"|costs|budget|budgets|money|being too expensive|features|timing|competition|a competitor|competitors)(?= )"
    r"| why (?:did|do|have|are) (?:we|i|the team|my team|they|my reps) (?:\w+ )?(?:lose|lost|losing)(?= )"
    r"| (?:loss|lost|losing) reasons? | reasons? (?:we|i|for losing|for (?:our |my )?losses) "
)
_PEOPLE = {"we", "our team", "the team", "the whole team", "the entire team", "my team", "my reps", "my people",
           "my guys", "the reps", "they"}  # fmt: skip


# a terse tally of one's own results: "losses this qtr?", "my team's wins in march", "any wins yet today? how many"
_TALLY_NOUN = re.compile(r" (?P<noun>wins|losses|won deals|lost deals|deals won|deals lost|bookings|won revenue) ")
_TALLY_WORDS = {"any", "how", "many", "count", "number", "total", "yet", "did", "do", "i", "get", "got", "have",
                "my", "team", "team's", "teams", "the", "what", "were", "are", "is", "there", "of", "since", "start",
                "q1", "q2", "q3", "q4", "qtd", "ytd", "mtd", "yr", "qtr", "mo", "wk", "week", "month", "quarter",
                "year", "today", "yesterday", "combined", "together", "altogether", "both"}  # fmt: skip
_ANSWERED = ("owner", "office", "account", "product", "sector", "series", "account_group", "country")


def _terse_tally(t: str, text: str, scope: dict[str, Any], today: date) -> Question | None:
    """ "q3 wins?" from a rep is their own count (a manager's "team losses in dec?" the team's): only the outcome
    noun, a period and filler; any filter (a product, an account, "we") leaves it to the figure machinery."""
    found = _TALLY_NOUN.search(t)
    # the asker's team read from an opening "team ..." is the tally's own subject, not a filter
    named = {k for k in _ANSWERED if k in scope} - ({"owner"} if scope.get("owner") == "my team" else set())
    if found is None or "period" not in scope or named:
        return None
    rest = (t[: found.start()] + " " + t[found.end() :]).split()
    if not all(w in _TALLY_WORDS or w in _FILLER or find_period(w, today) for w in rest):
        return None
    who = "my team" if "team" in rest or "team's" in rest or "teams" in rest else None
    if found.group("noun") in ("bookings", "won revenue"):  # "mar + apr bookings combined?": the money won
        return Question("figure", ("won_revenue",), _whose(who, scope), text=text, count_stage="won")
    stage = "lost" if "los" in found.group("noun") else "won"
    return Question("figure", ("deals",), {**_whose(who, scope), "stage": stage}, text=text)


def read_first(t: str, text: str, scope: dict[str, Any], today: date) -> Question | None:
    """Questions the figure machinery would misread: a loss reason as a plain count of losses, "which deals need
    attention" as a list of every deal, a terse "q3 wins?" as the company's."""
    if (tally := _terse_tally(t, text, scope, today)) is not None:
        return tally
    if _LOSS_REASON.search(t):
        who = next((w for w in ("we", "our", "the team", "my team", "our team") if re.search(f" {w} ", t)), None)
        scope = _whose("we" if who == "our" else who, scope)
        return Question("loss_reasons", ("deals",), {**scope, "stage": "lost"}, text=text)
    if _CLOSING_SOON.search(t) and not _DONE.search(t) and not _VERB_LED.search(t):
        return Question("closing_soon", (), _open_deals(scope), text=text)
    if (found := _ATTENTION.search(t) or priorities.asked(t)) is not None and _about_work(t[found.end() :]):
        return Question("attention", (), _open_deals(scope), text=text)
    return None


def read_last(t: str, text: str, scope: dict[str, Any], mentions: int, today: date) -> Question | None:
    """Questions nothing else read, before they are refused: "what did we close in Q3", "how am I doing";
    ``mentions`` counts the names the message links."""
    if (found := _VERB_LED.search(t)) is not None and (found.group("who") != "they" or mentions):
        return _done_figure(_VERBS[found.group("verb")], found.group("who"), scope, text)
    done = _ANYTHING_DONE.search(t)
    if done is not None and (done.group("who") != "they" or mentions) and _only_when(t[done.end() :], scope, today):
        return _done_figure(_VERBS[done.group("verb") or done.group("done")], done.group("who"), scope, text)
    found = _HOW_DOING.search(t) or _MY_NUMBER.search(t)
    if found is not None and _a_seller(found, mentions) and _only_when(t[found.end() :], scope, today):
        named = found.groupdict()
        span = named.get("span") or named.get("our")
        who = named.get("who") or ("we" if named.get("our") else None)
        if named.get("whose") or named.get("at") or found.re is _MY_NUMBER:
            who = _OWNERS.get(named.get("whose") or named.get("at") or "my", "the team")  # no owner said: the asker
        scope = _whose(who, scope)
        if "period" not in scope:
            scope = {**scope, "period": _SPAN_PERIODS.get(span or "", "this quarter"), "date_field": "close"}
        scope.pop("stage", None)
        period = find_period(scope["period"], today)
        current = period is not None and period.start <= today <= period.end
        # open deals have no close date: the pipeline of a current period is what is open now
        return Question("summary", ("breakdown",), scope, text=text, sides=({"stage": "open"},) if current else ())
    return None


def _done_figure(stage: str, who: str | None, scope: dict[str, Any], text: str) -> Question:
    """What was won (its revenue and count) or lost (a count), by whom the message says."""
    scope = _whose(who, scope)
    if stage == "lost":
        return Question("figure", ("deals",), {**scope, "stage": "lost"}, text=text)
    return Question("figure", ("won_revenue",), {k: v for k, v in scope.items() if k != "stage"}, text=text,
                    count_stage="won")  # fmt: skip


def calls(question: Question) -> list[ToolCall]:
    """The tool calls for the styles read here."""
    scope = question.scope
    if question.style == "summary":
        unperiodic = {k: v for k, v in scope.items() if k not in ("period", "date_field")}
        return [
            ToolCall("deal_stats", dict(scope)),
            *(ToolCall("deal_stats", {**unperiodic, **s}) for s in question.sides),
        ]
    if question.style == "loss_reasons":
        return [ToolCall("deal_stats", dict(scope))]
    listed = ToolCall("list_deals", {**scope, "stage": "engaging", "sort": "oldest_engaged", "limit": 10})
    if question.style == "closing_soon":
        return [listed]
    return [listed, ToolCall("deal_risk", {k: v for k, v in scope.items() if k in ("owner", "account")})]


STYLES = ("summary", "loss_reasons", "closing_soon", "attention")


def _whose(who: str | None, scope: dict[str, Any]) -> dict[str, Any]:
    """The owner meant: "the team" is the asker's team; "we" stays the company; otherwise the asker unless named."""
    if "owner" in scope or "office" in scope:
        return dict(scope)
    if who in _PEOPLE - {"we", "they", "the reps"}:
        return {**scope, "owner": "my team"}
    if who in ("we", "they", "the reps"):
        return dict(scope)
    return {**scope, "owner": "me"}


_WORK_TAIL = re.compile(
    r"^(?: (?:today|now|right now|first|next|tomorrow|this (?:week|morning|afternoon)|pls|please|then|on my plate"
    r"|in my pipeline|in my pipe|in the pipeline|at the moment|atm|lately|and why|why|for me|here))*$"
)
_DEAL_WORDS = re.compile(r" (?:deals?|opps?|opportunities|pipeline|pipe|accounts?|customers?|clients?|book) ")


def _about_work(rest: str) -> bool:
    """ "what should I focus on today" and "... with my deals" are about work; "... in my marriage" is not."""
    return bool(_WORK_TAIL.match(rest.rstrip()) or _DEAL_WORDS.search(rest + " "))


_FILLER = {"so", "far", "in", "for", "on", "the", "this", "last", "overall", "lately", "recently", "pls", "please",
           "now", "right", "really", "honestly", "at", "all", "then", "sales", "quota", "target", "like", "as",
           "of", "to", "date", "numbers", "these", "days", "ok", "mate", "team", "looking", "look", "shaping",
           "up", "year", "quarter", "month", "week"}  # fmt: skip


def _only_when(rest: str, scope: dict[str, Any], today: date) -> bool:
    """ "how am I doing this quarter" is a check-in; "how am I doing at the gym" is not: past the verb, only the
    period (and filler) may follow, or a word about deals."""
    words = rest.replace(f" {scope.get('period', '')} ", " ").split() if scope.get("period") else rest.split()
    return all(w in _FILLER or find_period(w, today) for w in words) or bool(_DEAL_WORDS.search(rest + " "))


def _a_seller(found: re.Match[str], mentions: int) -> bool:
    """ "how are you doing" is small talk; "how's Darcel doing" names a rep."""
    if found.groupdict().get("who") == "they":
        return mentions > 0
    if found.re is _MY_NUMBER:  # "numbers for the qtr?": a seller's own status check
        return True
    return any(found.groupdict().get(g) for g in ("who", "span", "our", "whose", "at")) or mentions > 0


def _open_deals(scope: dict[str, Any]) -> dict[str, Any]:
    """The asker's open deals (a manager's: the team's), unless the message names whose."""
    kept = {k: v for k, v in scope.items() if k not in ("period", "date_field", "stage")}
    return kept if "owner" in kept or "office" in kept or "account" in kept else {**kept, "owner": "me"}


# a thank-you and nothing else: "thanks!", "great, thanks", "cheers", "ok thank you so much". Not "thanks, and how
# many did I win?" (a question follows), "no thanks", "Cheers?" (the account, asked about), "thank-you note to Isdom".
_THANKS_ONLY = re.compile(
    r"^ (?:(?:ok|okay|great|perfect|awesome|cool|nice|brilliant|excellent|lovely|super|sweet|good|got it|that helps"
    r"|that helped|that is helpful|that was helpful|very helpful|helpful|all good|wonderful|amazing|fantastic) )*"
    r"(?:thanks|thank you|thx|thnx|thanx|ty|tysm|cheers|many thanks|much appreciated|appreciate it|appreciated"
    r"|ta)(?: (?:so much|very much|a lot|a bunch|a ton|heaps|again|for that|for the help|for your help|mate|man"
    r"|buddy|dealbot|bot|that helps|that helped|great|perfect|cheers|thanks))* $"
)


def only_thanks(t: str, text: str) -> bool:
    """Whether the message (``t`` normalised) only says thanks: it gets a "you're welcome", not the help text."""
    return "?" not in text and _THANKS_ONLY.match(t) is not None

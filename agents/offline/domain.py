"""The domain gate: a question with nothing of sales in it is out of scope, however it is shaped.

"who should I start at quarterback this weekend?" reads like a ranking ("who ... start"), but names no deal,
account, product, rep, sector or measure, and no name the store knows: it is refused, never answered with a default
figure. So is a phone number asked for (agents.offline.phone_numbers), whatever account it names. Terse sales
questions ("q3 wins?") carry a sales word; follow-ups ("and last quarter?") keep their scope so the thread's
previous question completes them."""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.phone_numbers import asks_phone_number
from agents.offline.question import Question

# the shapes built from figures; actions, drafts and everyday chat have gates of their own
_FIGURED = ("figure", "ranking", "list", "compare", "distinct", "share", "standing", "against", "change", "pipeline")
# a pipeline of another trade: "our hiring pipeline", "the data pipeline", "the CI pipe"; it makes no sales question
_OTHER_PIPELINE = re.compile(
    r" (?:hiring|recruiting|recruitment|talent|candidate|candidates|data|etl|ci|cd|build|deploy|deployment|release"
    r"|oil|gas|water|sewage|content|editorial|video|render|rendering|ml|training|graphics|audio) (?:pipeline|pipe)s? "
)
# what a phone number asked for can't be: a message or a change to make ("text him the quote", "update his number")
_NOT_DONE = ("draft", "draft_action", "update")
# words that make a question a sales one on their own
_SALES = re.compile(
    r" (?:deals?|opps?|oppt?ys?|opportunit\w*|pipeline|pipe|revenue|rev|sales?|sold|sell\w*|accounts?|customers?"
    r"|clients?|compan\w*|products?|reps?|performers?|sectors?|industr\w*|verticals?|quotas?|forecast\w*|book\w*|engag\w*"
    r"|prospect\w*|stages?|price\w*|pricing|worth|employees|staff|headcount|headquarter\w*|hq|subsidiar\w*"
    r"|cycle|nums|stats|dollars|revenue|signed|orders?|contracts?|buyers?|attainment|series|gtx\w*|mg) "
)
# words that are sales ones too, unless the question is plainly about sport, food or free time ("my fantasy
# football team", "which pizza place near the office")
_SHARED = re.compile(
    r" (?:wins?|won|winning|lose|loses|loss|losses|lost|losing|teams?|office\w*|managers?|agents?|targets?|clos\w*"
    r"|value|amounts?|based|parent|owns?|owned|numbers?|figures?|money|brought|bring|land\w*|units|list|ids?"
    r"|biggest|largest|average|avg|total|rate|%|performance|performing|results|tracking|pace|ranking|rank"
    r"|leaderboard|region\w*|central|east|west|country|countries|founded|years?|quarters?|months?|q[1-4]|ytd|qtd"
    r"|mtd) "
)
_LEISURE = re.compile(
    r" (?:fantasy|football|soccer|basketball|baseball|hockey|cricket|rugby|tennis|golf|quarterback|striker|goalie"
    r"|pitcher|league|nfl|nba|mlb|playoffs?|world cup|super bowl|match|coach|lineup|line-up|pizza|restaurant|lunch"
    r"|dinner|breakfast|coffee|pub|bar|beer|wine|movie|film|song|album|band|recipe|weather|holiday|vacation|game"
    r"|games|sport|sports|bet|odds|horse|race|chess|poker) "
)

# what the asker holds, left unnamed: "anything left open under my name", "any of mine still open?". With a stage
# word it can only be their deals; "is my gym open" names what it is, and is no sales question.
HELD = re.compile(
    r" (?:anything|any|everything|something|what|whats|how many)(?: [\w']+){0,3}? (?:(?:under|in|with) my name|of mine"
    r"|on my books) "
    # "do I even have anything open rn", "have we got any engaging": asked of oneself, the deals are the asker's
    r"|(?: (?:do|did|have|has) (?:i|we) (?:[\w']+ ){0,2}?(?:have|got)|^ got) (?:anything|any|something)(?: still)?"
    r" (?:open|engaging|prospecting|active|live|left|going|in (?:the )?(?:pipe|pipeline|flight))"
    r"| (?:my|our) (?:board|plate|books|desk) (?:is |looks? )?(?:empty|clear|full|bare) "
)


def off_domain(question: Question, text: str, gazetteer: Gazetteer) -> Question:
    """``question``, or an out-of-scope one (keeping its scope for a follow-up) when ``text`` isn't about sales."""
    # "who should I call today" asks which deals to work on (attention), not for anyone's number
    if question.style not in (*_NOT_DONE, "attention") and asks_phone_number(lx.normalised(text)):
        # "whats the direct cell # for the IT director at Kan-code?": no figure of the account answers it, nor of the
        # question before it, so no scope is kept for a follow-up to complete
        return Question("out_of_scope", text=question.text, reason="phone_number")
    if question.style not in _FIGURED:
        return question
    t = lx.normalised(text).replace("-", " ")  # "close-won", "medical-sector"
    t, other_trades = _OTHER_PIPELINE.subn(" ", t)  # "how's the hiring pipeline": no sales word left in it
    leisure = _LEISURE.search(t) is not None
    # a place or a sector named in passing ("lunch near the West office") makes no sales question of a leisure one
    kinds = {m.kind for m in find_mentions(gazetteer, tokens_of(text))} - ({"office", "sector"} if leisure else set())
    held = "stage" in question.scope and HELD.search(t) is not None and not leisure
    named_deal = any("deal" in side for side in question.sides)  # "3F5AAJZB vs ZGSQMEQ9 - which was bigger?"
    # "what's in the hiring pipe for my team": the team's hiring, whatever words it shares with sales
    shared = _SHARED.search(t) is not None and not leisure and not other_trades
    if _SALES.search(t) or shared or kinds or held or named_deal:
        return question
    return Question("out_of_scope", scope=question.scope, text=question.text)


# help asked with a task of another kind ("can u help me figure out my tax return?"): not a greeting, so not
# answered with the help text; help with using dealbot itself ("help me get started", "help me understand what
# you can do") still is
_HELP_WITH = re.compile(
    r" help (?:me |us )?(?:out )?(?:with|figure|work|sort|understand|do|fill|file|plan|choose|pick|decide|write|fix"
    r"|find|make|get|calculate|prepare|organi[sz]e|book|learn|study|pass|solve|answer)\b"
)
_ABOUT_DEALBOT = re.compile(
    r" (?:you|your|dealbot|(?:the|this) (?:bot|tool|app|thing)|use (?:it|this)|started|going|commands?|features?) "
)


def help_with_other_task(t: str) -> bool:
    """Whether normalised ``t`` asks help with something that is neither sales work nor using dealbot."""
    found = _HELP_WITH.search(t)
    return found is not None and not _SALES.search(t) and not _ABOUT_DEALBOT.search(t[found.end() :] + " ")


# a question of its own after the greeting, not one about the bot ("hey, what can you do?")
_ASKS_PAST_HELLO = re.compile(
    r"^(?: (?:hi|hello|hey|good morning|morning|thanks|thank you|there|all|team|folks|-|–|—))+"
    r" (?!can you help|what can you|who are you|help)(?:what|whats|what's|who|whos|who's|when|where|why|which|is|are"
    r"|do|does|did|can you|could you|tell me)(?= )"
)


def greeted_only(t: str) -> bool:
    """Whether normalised ``t`` greets the bot or asks about it, with no other task or question after the hello."""
    greets = any(lx.has(t, g) for g in lx.GREETINGS)
    return greets and not help_with_other_task(t) and not _ASKS_PAST_HELLO.search(t)
